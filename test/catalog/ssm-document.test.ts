// Runbooks compiled to SSM Command documents: every starter runbook compiles; each document has
// the shape SSM's document schema gives (AWS "Data elements and parameters", the aws:runShellScript
// plugin reference, and the SSM API model for CreateDocument); each `allowedPattern` accepts
// exactly what the runbook's schema accepts on hostile values, and means the same in ECMAScript,
// Java (java.util.regex, SSM's API-side check) and Go (regexp, the SSM Agent's check) when those
// are installed; and the document's commands, after SSM's substitution of the plan's values, are
// exactly the shell text render.ts sends today, so moving remediation onto them changes nothing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkParameterValue } from '../../src/catalog/parameters.js'
import {
  compileRunbook,
  compileRunbookDocuments,
  documentName,
  integerPattern,
  prepareSsmDocuments,
  SAFE_VALUE,
  ssmPattern,
  type CompiledDocument,
  type SsmParameter
} from '../../src/catalog/ssm-document.js'
import { renderAction, type RunbookAction } from '../../src/execution/render.js'
import type { Parameter, Runbook } from '../../src/generated/runbook.js'
import type { Plan } from '../../src/plan/plan.js'
import type { CatalogRunbook } from '../../src/triage/types.js'
import { canonicalJson } from '../../src/util/canonical-json.js'
import { validateCommand } from '../../src/flows/validate.js'
import { validationSummary } from '../../src/report/validation-summary.js'
import { loadModel, shapeProblems } from '../../harness/standins/aws/model.js'
import { starterCatalog } from '../helpers/catalog.js'
import { STARTER_SCENARIOS, examplePlan, scenarioName } from '../helpers/starter-scenarios.js'

await prepareSsmDocuments()
const catalog: CatalogRunbook[] = await starterCatalog()
const byId = (id: string): CatalogRunbook => {
  const e = catalog.find((c) => c.runbook.id === id)
  if (!e) throw new Error(`no starter runbook ${id}`)
  return e
}

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

/** CreateDocument's Name: the SSM API model's pattern, and the prefixes AWS reserves. */
const NAME = /^[a-zA-Z0-9_\-.]{3,128}$/
const RESERVED = /^(aws|amazon|amzn|AWSEC2|AWSConfigRemediation|AWSSupport)/i

describe('documentName', () => {
  it('names the steps OpsLoop-<id>, .check and .rollback', () => {
    expect(documentName('restart-nginx', 'execution')).toBe('OpsLoop-restart-nginx')
    expect(documentName('restart-nginx', 'check')).toBe('OpsLoop-restart-nginx.check')
    expect(documentName('restart-nginx', 'rollback')).toBe('OpsLoop-restart-nginx.rollback')
  })

  it('gives two runbooks two sets of names, whatever their ids', () => {
    // Runbook `foo`'s check is not runbook `foo-check`'s execution.
    const names = ['foo', 'foo-check', 'foo-rollback'].flatMap((id) =>
      (['execution', 'check', 'rollback'] as const).map((step) => documentName(id, step))
    )
    expect(new Set(names).size).toBe(names.length)
  })

  it('keeps the longest id the schema allows whole, within SSM’s name rules', () => {
    const longest = `${'a'.repeat(31)}-${'b'.repeat(32)}`
    expect(longest).toHaveLength(64)
    for (const step of ['execution', 'check', 'rollback'] as const) {
      const name = documentName(longest, step)
      expect(name).toMatch(NAME)
      expect(name).not.toMatch(RESERVED)
      expect(name.length).toBeLessThanOrEqual(81)
    }
  })

  it('refuses what is not a runbook id instead of cutting or mangling it', () => {
    expect(() => documentName('a'.repeat(65), 'execution')).toThrow(/at most 64/)
    expect(() => documentName('Restart_Nginx', 'execution')).toThrow(/not kebab-case/)
    expect(() => documentName('x; rm -rf /', 'check')).toThrow(/not kebab-case/)
  })
})

// ---------------------------------------------------------------------------------------------
// The starter catalog compiled
// ---------------------------------------------------------------------------------------------

/** Parameter fields as AWS documents them ("Data elements and parameters"). */
const PARAMETER_SCHEMA = {
  type: 'object',
  required: ['type'],
  additionalProperties: false,
  properties: {
    type: { enum: ['String', 'StringList', 'Boolean', 'Integer', 'MapList', 'StringMap'] },
    description: { type: 'string' },
    default: { type: 'string' },
    allowedValues: { type: 'array', items: { type: 'string' }, minItems: 1 },
    allowedPattern: { type: 'string' },
    displayType: { enum: ['textfield', 'textarea'] },
    minItems: { type: 'integer', minimum: 0 },
    maxItems: { type: 'integer', minimum: 0 },
    minChars: { type: 'integer', minimum: 0 },
    maxChars: { type: 'integer', minimum: 0 }
  }
}

/** A schema 2.2 Command document with aws:runShellScript steps (the plugin's inputs). */
const COMMAND_DOCUMENT_SCHEMA = {
  type: 'object',
  required: ['schemaVersion', 'mainSteps'],
  additionalProperties: false,
  properties: {
    schemaVersion: { const: '2.2' },
    description: { type: 'string' },
    parameters: {
      type: 'object',
      propertyNames: { pattern: '^[A-Za-z0-9_]+$' },
      additionalProperties: PARAMETER_SCHEMA
    },
    mainSteps: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['action', 'name', 'inputs'],
        additionalProperties: false,
        properties: {
          action: { const: 'aws:runShellScript' },
          name: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,100}$' },
          precondition: {
            type: 'object',
            additionalProperties: false,
            properties: {
              StringEquals: { const: ['platformType', 'Linux'] }
            }
          },
          inputs: {
            type: 'object',
            required: ['runCommand'],
            additionalProperties: false,
            properties: {
              runCommand: { type: 'array', minItems: 1, items: { type: 'string' } },
              workingDirectory: { type: 'string' },
              timeoutSeconds: { type: 'string', pattern: '^[1-9][0-9]{0,5}$' }
            }
          }
        }
      }
    }
  }
}

const validateShape = new Ajv2020({ strict: true, allErrors: true }).compile(
  COMMAND_DOCUMENT_SCHEMA
)
const model = loadModel('ssm-2014-11-06.json')

const compiled: { id: string; documents: CompiledDocument[] }[] = catalog.map((e) => ({
  id: e.runbook.id,
  documents: compileRunbookDocuments(e.runbook)
}))
const allDocuments = compiled.flatMap((c) => c.documents)

describe('the starter catalog compiled', () => {
  it('compiles every runbook, one document per Run Command shell step', () => {
    const steps = (rb: Runbook) =>
      [
        ['execution', rb.execution],
        ['check', rb.verify?.check],
        ['rollback', rb.rollback]
      ].flatMap(([step, a]) =>
        typeof a === 'object' && a.runCommand?.document === 'AWS-RunShellScript' ? [step] : []
      )
    for (const e of catalog) {
      expect(compileRunbook(e.runbook).findings).toEqual([])
      const docs = compiled.find((c) => c.id === e.runbook.id)?.documents ?? []
      expect({ id: e.runbook.id, steps: docs.map((d) => d.step) }).toEqual({
        id: e.runbook.id,
        steps: steps(e.runbook)
      })
      for (const d of docs) expect(d.name).toBe(documentName(e.runbook.id, d.step))
    }
    expect(allDocuments.map((d) => d.name).sort()).toEqual([
      'OpsLoop-free-disk-space',
      'OpsLoop-restart-runaway-process',
      'OpsLoop-restart-runaway-process.check',
      'OpsLoop-restart-systemd-service',
      'OpsLoop-restart-systemd-service.check',
      'OpsLoop-rotate-oversized-logs'
    ])
  })

  it('has the shape of an SSM Command document (schema 2.2, one Linux shell step)', () => {
    for (const d of allDocuments) {
      const ok = validateShape(d.content)
      expect({ name: d.name, errors: ok ? [] : validateShape.errors }).toEqual({
        name: d.name,
        errors: []
      })
      expect(d).toMatchObject({ documentType: 'Command', documentFormat: 'JSON' })
      expect(d.content.mainSteps).toHaveLength(1)
      // Every parameter the commands use is declared, and every declared one is used.
      const used = new Set(
        d.content.mainSteps[0].inputs.runCommand.flatMap((l) =>
          [...l.matchAll(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g)].map((m) => m[1])
        )
      )
      expect([...used].sort()).toEqual(Object.keys(d.content.parameters ?? {}).sort())
      // Each parameter is constrained, and required unless the runbook's plan would use its default.
      for (const p of Object.values(d.content.parameters ?? {}))
        expect(p.allowedValues !== undefined || p.allowedPattern !== undefined).toBe(true)
    }
  })

  it('is a CreateDocument request the SSM API model accepts, far under the 64 KB content limit', () => {
    for (const d of allDocuments) {
      const request = {
        Name: d.name,
        Content: d.contentText,
        DocumentType: d.documentType,
        DocumentFormat: d.documentFormat
      }
      if (model)
        expect(
          shapeProblems(model, 'com.amazonaws.ssm#CreateDocumentRequest', request, 'CreateDocument')
        ).toEqual([])
      expect(Buffer.byteLength(d.contentText)).toBeLessThan(16 * 1024)
    }
  })

  it('sends canonical JSON and hashes exactly that text with SHA-256', () => {
    for (const d of allDocuments) {
      expect(d.contentText).toBe(canonicalJson(d.content))
      expect(JSON.parse(d.contentText)).toEqual(d.content)
      expect(d.hash).toBe(createHash('sha256').update(d.contentText, 'utf8').digest('hex'))
      expect(d.hash).toMatch(/^[0-9a-f]{64}$/)
    }
    // The same runbook compiles to the same bytes every time.
    const again = catalog.flatMap((e) => compileRunbookDocuments(e.runbook))
    expect(again.map((d) => d.hash)).toEqual(allDocuments.map((d) => d.hash))
  })

  it('uses only defaults the plan itself would use', () => {
    const rss = compiled.find((c) => c.id === 'restart-systemd-service')?.documents[0]
    // `service` chooses what the runbook acts on and has no safe default: SSM requires it.
    expect(rss?.content.parameters?.service?.default).toBeUndefined()
    const fds = compiled.find((c) => c.id === 'free-disk-space')?.documents[0]
    expect(fds?.content.parameters?.journalMaxSizeMB?.default).toBe('500')
    expect(fds?.content.parameters?.cleanPackageCache).toMatchObject({
      default: 'true',
      allowedValues: ['true', 'false']
    })
  })

  it('writes only patterns in the common subset of ECMAScript, Java and Go (RE2)', () => {
    const patterns = allDocuments.flatMap((d) =>
      Object.values(d.content.parameters ?? {}).flatMap((p) =>
        p.allowedPattern === undefined ? [] : [p.allowedPattern]
      )
    )
    expect(patterns.length).toBeGreaterThan(3)
    for (const p of patterns) {
      expect(p).toMatch(/^\^.*\$$/)
      expect(() => new RegExp(p, 'u')).not.toThrow()
      // No lookaround, lookbehind, backreference, Unicode property, possessive or lazy quantifier,
      // shorthand class (their meaning differs), and no character outside printable ASCII.
      expect(p).not.toMatch(/\(\?[=!<]|\\[1-9kpPsSwWdDbB]|[*+?}][+?]|[^\x20-\x7e]/)
    }
  })
})

// ---------------------------------------------------------------------------------------------
// Patterns on hostile values
// ---------------------------------------------------------------------------------------------

const TRICKY = [
  '; rm -rf /',
  'nginx; rm -rf /',
  '$(id)',
  'nginx$(id)',
  '`id`',
  '${IFS}',
  'nginx\n',
  'nginx\r\n',
  '\nnginx',
  'ngi\nnx',
  'nginx\u2028',
  'nginx\u0085',
  'nginx ',
  ' nginx',
  'ngi nx',
  'nginx\t',
  "nginx'",
  "'nginx'",
  '"nginx"',
  'nginx\\',
  'nginx\0',
  'nginх', // Cyrillic х
  'nginx\u200b',
  'ｎｇｉｎｘ',
  'café',
  '🚀',
  '-rf',
  '--help',
  '',
  '.',
  '..',
  '/',
  '//',
  '/var/log',
  '/var/log/',
  '/var/log/nginx',
  '/var/log/../../etc',
  '/var/log/nginx/../..',
  '/var/log/a.b-c_d',
  '/etc/logrotate.conf',
  '/etc/logrotate.d/app',
  '/tmp',
  'tmp-and-var-tmp',
  'true',
  'false',
  'TRUE',
  '0',
  '-0',
  '00',
  '01',
  '1',
  '5',
  '7',
  '9',
  '10',
  '90',
  '91',
  '99',
  '100',
  '500',
  '512',
  '4096',
  '4097',
  '10240',
  '10241',
  '+5',
  '5.0',
  '1e3',
  '١٢', // Arabic-Indic digits
  'nginx',
  'app',
  'worker',
  'php-fpm',
  'httpd',
  'api',
  'a'.repeat(64),
  `/${'a'.repeat(64)}`,
  `/${'a'.repeat(65)}`,
  'arn:aws:ecs:eu-west-1:111122223333:task-definition/catalog-api:57',
  'catalog-api:57',
  'catalog-api:0',
  'checkout-web',
  'search-api-prod-asg',
  'Web.1_x-y',
  'x-long-name'
]

/** Runbook parameters beyond the starter catalog's, for the same comparison. */
const EXTRA: Record<string, Parameter> = {
  lowerWithDash: { type: 'string', description: 'x', pattern: '^[a-z][a-z0-9-]{0,62}$' },
  dotted: { type: 'string', description: 'x', pattern: '^[a-z]+(\\.[a-z]+)*$', maxLength: 20 },
  word: { type: 'string', description: 'x', pattern: '^\\w{2,8}$', minLength: 3 },
  notSlash: { type: 'string', description: 'x', pattern: '^(?!-)[A-Za-z0-9._-]{1,40}$' },
  wordBoundary: { type: 'string', description: 'x', pattern: '^web\\b[a-z0-9-]*$' },
  alternatives: { type: 'string', description: 'x', pattern: '^(?:nginx|httpd|api-[0-9]{1,3})$' },
  arn: {
    type: 'string',
    description: 'x',
    pattern:
      '^(arn:aws[a-z-]*:ecs:[a-z0-9-]+:[0-9]{12}:task-definition/)?[A-Za-z0-9_-]{1,255}:[1-9][0-9]{0,8}$'
  },
  negative: { type: 'integer', description: 'x', minimum: -20, maximum: 15 },
  unbounded: { type: 'integer', description: 'x' },
  fraction: { type: 'integer', description: 'x', minimum: 0.5, maximum: 99.5 },
  flag: { type: 'boolean', description: 'x' },
  numbers: { type: 'integer', description: 'x', enum: [1, 5, 10] },
  shortEnum: {
    type: 'string',
    description: 'x',
    enum: ['app', 'nginx', 'x-long-name'],
    maxLength: 5
  },
  anyNumber: { type: 'number', description: 'x' }
}

/** The value a text stands for, for the runbook's own check (what OpsLoop would send as it). */
function typed(param: Parameter, text: string): unknown {
  if (param.type === 'string') return text
  if (param.type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text
  const n = Number(text)
  // OpsLoop sends String(value): only canonical texts stand for numbers.
  return text !== '' && String(n) === text ? n : text
}

function ssmAccepts(p: SsmParameter, value: string): boolean {
  const chars = Array.from(value).length
  if (p.minChars !== undefined && chars < p.minChars) return false
  if (p.maxChars !== undefined && chars > p.maxChars) return false
  if (p.allowedValues && !p.allowedValues.includes(value)) return false
  if (p.allowedPattern !== undefined && !new RegExp(p.allowedPattern, 'u').test(value)) return false
  return true
}

/** Every runbook parameter with its compiled SSM parameter. */
const pairs: { name: string; param: Parameter; ssm: SsmParameter }[] = (() => {
  const out: { name: string; param: Parameter; ssm: SsmParameter }[] = []
  for (const e of catalog)
    for (const d of compiled.find((c) => c.id === e.runbook.id)?.documents ?? [])
      for (const [name, ssm] of Object.entries(d.content.parameters ?? {})) {
        const param = e.runbook.parameters?.[name]
        if (param && !out.some((o) => o.name === `${e.runbook.id}.${name}`))
          out.push({ name: `${e.runbook.id}.${name}`, param, ssm })
      }
  for (const [name, param] of Object.entries(EXTRA)) {
    const rb = runbookUsing(param)
    const [doc] = compileRunbookDocuments(rb)
    const ssm = doc?.content.parameters?.value
    if (!ssm) throw new Error(`${name} did not compile`)
    out.push({ name, param, ssm })
  }
  return out
})()

/** The smallest runbook that passes `value` to a shell command. */
function runbookUsing(param: Parameter, line = 'echo -- {{ params.value }}'): Runbook {
  return {
    apiVersion: 'opsloop/v1',
    id: 'probe',
    title: 'Probe',
    description: 'Compiles one parameter.',
    owners: ['alice'],
    risk: 'low',
    match: [{ source: 'aws.cloudwatch' }],
    parameters: { value: param },
    targets: { from: 'dimension', dimension: 'InstanceId', max: 1 },
    approval: { required: true },
    execution: {
      runCommand: { document: 'AWS-RunShellScript', commands: ['set -euo pipefail', line] }
    }
  }
}

describe('allowedPattern and allowedValues on hostile values', () => {
  it('accept exactly what the runbook schema accepts', () => {
    const disagreements: string[] = []
    for (const { name, param, ssm } of pairs)
      for (const value of TRICKY) {
        const runbook = checkParameterValue(param, typed(param, value)) === undefined
        if (runbook !== ssmAccepts(ssm, value))
          disagreements.push(
            `${name} ${JSON.stringify(value)}: runbook ${runbook}, SSM ${!runbook}`
          )
      }
    expect(disagreements).toEqual([])
  })

  it('never let SSM substitute a character outside the safe set into a script', () => {
    for (const { name, ssm } of pairs)
      for (const value of TRICKY)
        if (ssmAccepts(ssm, value))
          expect({ name, value, safe: SAFE_VALUE.test(value) }).toMatchObject({ safe: true })
  })

  it('write integer ranges exactly', () => {
    const cases: [number | undefined, number | undefined][] = [
      [1, 5],
      [0, 0],
      [100, 4096],
      [10, 10240],
      [-20, 15],
      [-1000, -3],
      [7, 7],
      [0, 1_000_000],
      [99, 101]
    ]
    for (const [min, max] of cases) {
      const re = new RegExp(integerPattern(min, max), 'u')
      const lo = (min ?? 0) - 50
      const hi = (max ?? 0) + 50
      for (let n = lo; n <= hi; n += n > lo + 200 && n < hi - 200 ? 997 : 1)
        expect({ min, max, n, ok: re.test(String(n)) }).toEqual({
          min,
          max,
          n,
          ok: n >= (min ?? -Infinity) && n <= (max ?? Infinity)
        })
    }
    expect(integerPattern(1, 5)).toBe('^[1-5]$')
    expect(integerPattern(1, 90)).toBe('^(?:[1-9]|[1-8][0-9]|90)$')
  })

  it('refuse patterns SSM cannot check as written, and say why', () => {
    expect(ssmPattern('^[a-z]{1,2000}$')).toMatchObject({
      rule: 'ssm-document',
      problem: expect.stringMatching(/repeats 2000 times.*at most 1000/)
    })
    expect(ssmPattern('^([a-z]{1,100}){0,20}$')).toMatchObject({
      rule: 'ssm-document',
      problem: expect.stringMatching(/nested repeats multiply to more than 1000/)
    })
    expect(ssmPattern('^[a-zé]+$')).toMatchObject({
      rule: 'ssm-substitution',
      problem: expect.stringMatching(/accepts "é", which holds U\+00E9/)
    })
    expect(ssmPattern('^.+$')).toMatchObject({ rule: 'ssm-substitution' })
    // What the analysis can settle exactly is rewritten without the construct.
    expect(ssmPattern('^(?!-)[a-z-]{1,3}$')).toEqual({ pattern: '^[a-z][a-z\\-]{0,2}$' })
    expect(ssmPattern('^(a)\\1$')).toEqual({ pattern: '^aa$' })
    expect(ssmPattern('^\\w+$')).toEqual({ pattern: '^[0-9A-Za-z_]+$' })
  })
})

// ---------------------------------------------------------------------------------------------
// The same verdicts in Java and Go, SSM's two checks (when they are installed)
// ---------------------------------------------------------------------------------------------

const has = (tool: string): boolean =>
  spawnSync(tool, ['version'], { stdio: 'ignore' }).error === undefined
const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64')

const JAVA = `
import java.io.*;
import java.util.Base64;
import java.util.regex.*;
public class PatternCheck {
  public static void main(String[] args) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, "UTF-8"));
    Base64.Decoder b64 = Base64.getDecoder();
    StringBuilder out = new StringBuilder();
    for (String line; (line = in.readLine()) != null;) {
      if (line.isEmpty()) continue;
      String[] parts = line.split(" ", -1);
      String pattern = new String(b64.decode(parts[0]), "UTF-8");
      String value = new String(b64.decode(parts[1]), "UTF-8");
      Matcher m = Pattern.compile(pattern).matcher(value);
      boolean whole = m.matches();
      m.reset();
      out.append(whole ? '1' : '0').append(m.find() ? '1' : '0').append('\\n');
    }
    System.out.print(out);
  }
}
`

const GO = `
package main

import (
	"bufio"
	"encoding/base64"
	"fmt"
	"os"
	"regexp"
	"strings"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		parts := strings.Split(in.Text(), " ")
		if len(parts) != 2 {
			continue
		}
		p, _ := base64.StdEncoding.DecodeString(parts[0])
		v, _ := base64.StdEncoding.DecodeString(parts[1])
		re, err := regexp.Compile(string(p))
		if err != nil {
			fmt.Fprintln(out, "E")
		} else if re.MatchString(string(v)) {
			fmt.Fprintln(out, "1")
		} else {
			fmt.Fprintln(out, "0")
		}
	}
}
`

describe('the same verdicts in Java and Go', () => {
  const patterns = [
    ...new Set(pairs.flatMap((p) => (p.ssm.allowedPattern ? [p.ssm.allowedPattern] : [])))
  ]
  const cases = patterns.flatMap((pattern) => TRICKY.map((value) => ({ pattern, value })))
  const js = cases.map(({ pattern, value }) => new RegExp(pattern, 'u').test(value))
  let dir: string

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'opsloop-patterns-'))
  })
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  const input = cases.map((c) => `${b64(c.pattern)} ${b64(c.value)}`).join('\n')
  /** Java's `$` also matches before one final line terminator, in a partial `find()` only. */
  const endsInTerminator = (v: string): boolean => /(\r\n|[\n\r\u0085\u2028\u2029])$/.test(v)

  const java = has('java') ? it : it.skip
  java('Java (SSM’s API check) matches whole values as ECMAScript does', () => {
    const file = join(dir, 'PatternCheck.java')
    writeFileSync(file, JAVA)
    const out = execFileSync('java', [file], { input, encoding: 'utf8', timeout: 60_000 })
    const lines = out.trim().split('\n')
    expect(lines).toHaveLength(cases.length)
    const differ = cases.flatMap((c, i) => {
      const [whole, partial] = [lines[i]?.[0] === '1', lines[i]?.[1] === '1']
      const bad = whole !== js[i] || (partial !== js[i] && !(partial && endsInTerminator(c.value)))
      return bad ? [`${c.pattern} ${JSON.stringify(c.value)}: js ${js[i]}, java ${lines[i]}`] : []
    })
    expect(differ).toEqual([])
  })

  const go = has('go') ? it : it.skip
  go('Go (the SSM Agent’s check) accepts exactly what ECMAScript does', () => {
    const file = join(dir, 'check.go')
    writeFileSync(file, GO)
    const out = execFileSync('go', ['run', file], {
      input,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, GOFLAGS: '-mod=mod', GO111MODULE: 'off' }
    })
    const lines = out.trim().split('\n')
    expect(lines).toHaveLength(cases.length)
    const differ = cases.flatMap((c, i) =>
      (lines[i] === '1') !== js[i]
        ? [`${c.pattern} ${JSON.stringify(c.value)}: js ${js[i]}, go ${lines[i]}`]
        : []
    )
    expect(differ).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------
// The same shell text as render.ts
// ---------------------------------------------------------------------------------------------

const CTX = {
  issueUrl: 'https://github.com/acme/ops/issues/42',
  approvers: ['alice'],
  step: 'execution' as const,
  digest: 'f'.repeat(64)
}

/** What SSM does with a document and parameter values: each `{{ name }}` becomes the text. */
function substitute(doc: CompiledDocument, values: Record<string, string>): string[] {
  for (const [name, p] of Object.entries(doc.content.parameters ?? {})) {
    const value = values[name] ?? p.default
    if (value === undefined)
      throw new Error(`SSM would refuse ${doc.name}: \`${name}\` is required`)
    if (!ssmAccepts(p, value))
      throw new Error(`SSM would refuse ${JSON.stringify(value)} for ${name}`)
  }
  return doc.content.mainSteps[0].inputs.runCommand.map((line) =>
    line.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (_, name: string) => {
      const value = values[name] ?? doc.content.parameters?.[name]?.default
      if (value === undefined) throw new Error(`no value for ${name}`)
      return value
    })
  )
}

const actionOf = (rb: Runbook, step: CompiledDocument['step']): RunbookAction | undefined =>
  step === 'execution' ? rb.execution : step === 'check' ? rb.verify?.check : rb.rollback

function expectSameText(
  rb: Runbook,
  doc: CompiledDocument,
  plan: Pick<Plan, 'parameters' | 'targets'>,
  label: string
): void {
  const action = actionOf(rb, doc.step)
  if (!action) throw new Error(`${rb.id} has no ${doc.step}`)
  const request = renderAction(action, plan, CTX)
  if (request.kind !== 'command') throw new Error('expected a command')
  const sent = request.input.Parameters ?? {}
  const values = Object.fromEntries(
    plan.parameters.flatMap((p) => (p.value === undefined ? [] : [[p.name, String(p.value)]]))
  )
  expect({ label, commands: substitute(doc, values) }).toEqual({ label, commands: sent.commands })
  const inputs = doc.content.mainSteps[0].inputs
  expect({ label, timeout: inputs.timeoutSeconds }).toEqual({
    label,
    timeout: sent.executionTimeout?.[0]
  })
  expect({ label, cwd: inputs.workingDirectory }).toEqual({
    label,
    cwd: sent.workingDirectory?.[0]
  })
}

/** Valid values to try for a parameter: its enum, bounds, default and some well-formed texts. */
function samples(param: Parameter): (string | number | boolean)[] {
  if (param.enum) return [...param.enum]
  if (param.type === 'boolean') return [true, false]
  if (param.type === 'integer') {
    const lo = param.minimum ?? 0
    const hi = param.maximum ?? 100
    return [
      lo,
      hi,
      Math.floor((lo + hi) / 2),
      ...(param.default === undefined ? [] : [param.default])
    ]
  }
  return [
    '/',
    '/var/log',
    '/var/log/nginx',
    '/var/log/a.b-c_d/e',
    '/data/x-1.y/z',
    ...(param.default === undefined ? [] : [param.default])
  ].filter((v) => checkParameterValue(param, v) === undefined)
}

describe('the compiled commands, with SSM’s substitution, are the shell text render.ts sends', () => {
  const scenarios = STARTER_SCENARIOS.filter(
    (s) =>
      !s.variant &&
      'parameters' in s.expect &&
      compiled.some((c) => c.id === s.example.split('/')[0] && c.documents.length > 0)
  )

  it('covers every compiled runbook', () => {
    const ids = new Set(scenarios.map((s) => s.example.split('/')[0]))
    expect([...ids].sort()).toEqual(
      compiled
        .filter((c) => c.documents.length > 0)
        .map((c) => c.id)
        .sort()
    )
  })

  it.each(scenarios.map((s) => [scenarioName(s), s] as const))('%s', async (_name, scenario) => {
    const id = scenario.example.split('/')[0] ?? ''
    const entry = byId(id)
    const plan = await examplePlan(scenario, entry)
    expect(plan.problems).toEqual([])
    for (const doc of compiled.find((c) => c.id === id)?.documents ?? []) {
      expectSameText(entry.runbook, doc, plan, `${doc.name} as planned`)
      // Every other allowed value of each parameter gives the same text too.
      for (const name of Object.keys(doc.content.parameters ?? {})) {
        const param = entry.runbook.parameters?.[name]
        if (!param) continue
        for (const value of samples(param)) {
          const varied = {
            ...plan,
            parameters: plan.parameters.map((p) => (p.name === name ? { ...p, value } : p))
          }
          expectSameText(entry.runbook, doc, varied, `${doc.name} with ${name}=${String(value)}`)
        }
      }
    }
  })
})

describe('the validate job summary', () => {
  it('lists each runbook’s documents with the first 12 hex digits of their hash', async () => {
    const result = await validateCommand({ dir: 'runbooks' })
    const md = validationSummary(result)
    const docs = compiled.find((c) => c.id === 'restart-systemd-service')?.documents ?? []
    const [execution, check] = docs.map((d) => d.hash.slice(0, 12))
    expect(md).toMatch(
      /\| Runbook \| File \| Risk \| Targets \| Approval \| Status \| SSM documents \|/
    )
    expect(md).toContain(
      `| runbooks/restart-systemd-service.yaml | medium | tags Role (max 10) | 1 approver, env incident-remediation, expires 2h | ✅ valid | execution \`${execution ?? ''}\`, check \`${check ?? ''}\` |`
    )
    // Automation runbooks name their documents instead.
    expect(md).toMatch(/\| `reboot-ec2-instance` \|[^\n]*\| — \|\n/)
    expect(md).toContain('`OpsLoop-<id>.check`')
  })
})
