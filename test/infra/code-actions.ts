// The AWS operations OpsLoop's code performs, read from its source for the IAM reviews of the
// templates (iam.test.ts, detector-template.test.ts): every `new XCommand(`, `paginateX(` and
// `waitUntilX(` with the @aws-sdk client package it is imported from, mapped to the IAM action
// that authorizes it; and the source files an entry point loads, following its relative imports,
// so a role can be held to exactly the calls of the code that runs with it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'

/** IAM prefix of each AWS SDK client package the code may use. */
export const CLIENT_PREFIXES: Record<string, string> = {
  '@aws-sdk/client-ssm': 'ssm',
  '@aws-sdk/client-cloudwatch': 'cloudwatch',
  '@aws-sdk/client-cloudwatch-logs': 'logs',
  '@aws-sdk/client-bedrock-runtime': 'bedrock',
  '@aws-sdk/client-ecs': 'ecs',
  '@aws-sdk/client-auto-scaling': 'autoscaling',
  '@aws-sdk/client-resource-groups-tagging-api': 'tag',
  '@aws-sdk/client-dynamodb': 'dynamodb',
  '@aws-sdk/client-eventbridge': 'events'
}

/** Operations authorized by an action of another name (Service Authorization Reference). */
export const ACTION_OF_OPERATION: Record<string, string> = {
  'bedrock:Converse': 'bedrock:InvokeModel',
  'bedrock:ConverseStream': 'bedrock:InvokeModelWithResponseStream'
}

/** SDK waiters and the operation they poll. */
export const WAITER_OPERATIONS: Record<string, string> = {
  CommandExecuted: 'GetCommandInvocation',
  AlarmExists: 'DescribeAlarms',
  CompositeAlarmExists: 'DescribeAlarms'
}

export interface Operation {
  file: string
  operation: string
  action: string
}

/** Every TypeScript file under `dir`, generated code aside. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f)
    if (statSync(path).isDirectory()) return path.endsWith('generated') ? [] : sourceFiles(path)
    return path.endsWith('.ts') ? [path] : []
  })
}

/** Every AWS operation a source file performs, with the IAM action that authorizes it. */
export function awsOperations(file: string, text: string): Operation[] {
  const imported = new Map<string, string>()
  for (const m of text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s*from\s*'(@aws-sdk\/[^']+)'/g)) {
    const pkg = m[2] ?? ''
    for (const raw of (m[1] ?? '').split(',')) {
      const name =
        raw
          .replace(/^\s*type\s+/, '')
          .split(/\s+as\s+/)[0]
          ?.trim() ?? ''
      if (name === '') continue
      const prefix = CLIENT_PREFIXES[pkg]
      if (prefix === undefined)
        throw new Error(`${file} imports ${name} from ${pkg}: add the package to CLIENT_PREFIXES`)
      // The aggregated clients (`new SSM().sendCommand`) would hide operations from this scan.
      if (text.includes(`new ${name}(`) && !/(Client|Command)$/.test(name))
        throw new Error(`${file} uses the aggregated client ${name}: use XCommand with client.send`)
      imported.set(name, prefix)
    }
  }
  const found: Operation[] = []
  const add = (symbol: string, operation: string): void => {
    const prefix = imported.get(symbol)
    if (prefix === undefined)
      throw new Error(`${file}: ${symbol} is not imported from an @aws-sdk client package`)
    const action = `${prefix}:${operation}`
    found.push({ file, operation, action: ACTION_OF_OPERATION[action] ?? action })
  }
  for (const m of text.matchAll(/new\s+([A-Z][A-Za-z0-9]*)Command\s*\(/g))
    add(`${m[1] ?? ''}Command`, m[1] ?? '')
  for (const m of text.matchAll(/\bpaginate([A-Z][A-Za-z0-9]*)\s*\(/g))
    add(`paginate${m[1] ?? ''}`, m[1] ?? '')
  for (const m of text.matchAll(/\bwaitUntil([A-Z][A-Za-z0-9]*)\s*\(/g)) {
    const operation = WAITER_OPERATIONS[m[1] ?? '']
    if (operation === undefined)
      throw new Error(`${file}: add waitUntil${m[1] ?? ''} to WAITER_OPERATIONS`)
    add(`waitUntil${m[1] ?? ''}`, operation)
  }
  return found
}

/**
 * The source files `entry` loads (itself included): its relative imports, static, dynamic and
 * re-exports, followed to the end, as paths relative to the repository (`src/...`). Type-only
 * imports load nothing at run time and are left out.
 */
export function loadedFiles(entry: string): string[] {
  const seen = new Set<string>()
  const visit = (file: string): void => {
    if (seen.has(file)) return
    seen.add(file)
    const text = readFileSync(file, 'utf8')
    const specifiers = [
      ...text.matchAll(/^(?:import|export)\s+(?!type\s)[\w*{}\s,$]+?\s+from\s+'(\.[^']+)'/gm),
      ...text.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g),
      ...text.matchAll(/^\s*import\s+'(\.[^']+)'/gm)
    ].map((m) => m[1] ?? '')
    for (const specifier of specifiers) {
      const base = normalize(join(dirname(file), specifier))
      const candidates = [base.replace(/\.js$/, '.ts'), base]
      const found = candidates.find((c) => existsSync(c) && statSync(c).isFile())
      if (found === undefined) throw new Error(`${file} imports ${specifier}, which is not there`)
      if (found.endsWith('.ts')) visit(found)
    }
  }
  visit(normalize(entry))
  return [...seen].map((f) => relative('.', f)).sort()
}
