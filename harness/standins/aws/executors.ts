// What runs "on" an emulated managed node when the SSM stand-in delivers a command, and what an
// Automation document does when the stand-in runs it. The stand-in owns the lifecycle (statuses,
// timing, truncation); an executor only produces the exit code and output of one invocation.
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'

export interface ExecutionRequest {
  instanceId: string
  documentName: string
  /** Parameters as sent (defaults filled in), e.g. `{ commands: ['uptime'] }`. */
  parameters: Record<string, string[]>
  /** Shell lines to run: AWS-RunShellScript's `commands`, or a document's runCommand resolved. */
  commands: string[]
  /** As the `workingDirectory` parameter gives it; empty for the default. */
  workingDirectory: string
  executionTimeoutSeconds: number
  /** Aborted when the invocation is cancelled while it runs. */
  signal: AbortSignal
}

export interface ExecutionResult {
  /** 0 is Success; anything else is Failed (the agent's rule: a status is only an exit code). */
  exitCode: number
  stdout?: string
  stderr?: string
  /** The run outlived its execution timeout and was killed: the invocation ends TimedOut. */
  timedOut?: boolean
}

export interface Executor {
  run(request: ExecutionRequest): ExecutionResult | Promise<ExecutionResult>
}

/** The agent's exit code for a run it stopped (timeout or cancel) on Linux: 128 + SIGKILL. */
export const STOPPED_EXIT_CODE = 137

export const succeedingExecutor: Executor = { run: () => ({ exitCode: 0 }) }

export interface ScriptRule {
  /** Matched against the command lines joined with newlines. */
  match: string | RegExp
  result: ExecutionResult | ((request: ExecutionRequest) => ExecutionResult)
}

export interface ScriptedExecutor extends Executor {
  /** Every request this executor received, in order. */
  readonly requests: ExecutionRequest[]
  /** Queues results served (first in, first out) before any rule is consulted. */
  enqueue(...results: ExecutionResult[]): void
}

/** Per-test results: queued ones first, then the first matching rule, then `fallback`. */
export function scriptedExecutor(
  rules: readonly ScriptRule[] = [],
  fallback: ExecutionResult = { exitCode: 0 }
): ScriptedExecutor {
  const requests: ExecutionRequest[] = []
  const queue: ExecutionResult[] = []
  return {
    requests,
    enqueue: (...results) => queue.push(...results),
    run(request) {
      requests.push(request)
      const queued = queue.shift()
      if (queued) return queued
      const script = request.commands.join('\n')
      const rule = rules.find((r) =>
        typeof r.match === 'string' ? script.includes(r.match) : r.match.test(script)
      )
      if (!rule) return fallback
      return typeof rule.result === 'function' ? rule.result(request) : rule.result
    }
  }
}

export interface SandboxExecutor extends Executor {
  /** First on PATH for every run: the demo puts shims (a fake `systemctl`, ...) here. */
  readonly binDir: string
  /** The directory a node's commands run in (created on first use). */
  instanceDir(instanceId: string): string
}

// Output kept per stream; SSM shows at most 24,000 characters anyway.
const CAPTURE_LIMIT = 1024 * 1024

/**
 * Runs shell lines with `bash` in a per-node directory under `root`: cwd, HOME and TMPDIR live
 * there, the environment is only PATH (root's bin/ first, then the system's bin directories), and
 * the whole process group is killed on timeout or cancel. This keeps the demo's catalog commands
 * (plus shims) off the real machine; it is NOT a security boundary: a command that names an
 * absolute path or a system tool can still reach outside, so run only trusted commands.
 */
export function sandboxExecutor({ root }: { root: string }): SandboxExecutor {
  if (!isAbsolute(root)) throw new Error(`sandbox root must be absolute: ${root}`)
  const binDir = join(root, 'bin')
  mkdirSync(binDir, { recursive: true })
  const instanceDir = (instanceId: string) => join(root, 'nodes', instanceId)

  return {
    binDir,
    instanceDir,
    run(request) {
      const home = instanceDir(request.instanceId)
      const cwd = resolve(home, request.workingDirectory.replace(/^\/+/, ''))
      if (relative(home, cwd).startsWith('..')) {
        return { exitCode: 1, stderr: `workingDirectory escapes the sandbox: ${cwd}` }
      }
      for (const dir of [cwd, join(home, 'tmp')]) mkdirSync(dir, { recursive: true })
      return runBash(request.commands.join('\n'), {
        cwd,
        env: {
          PATH: `${binDir}:/usr/local/bin:/usr/bin:/bin`,
          HOME: home,
          TMPDIR: join(home, 'tmp')
        },
        timeoutMs: request.executionTimeoutSeconds * 1000,
        signal: request.signal
      })
    }
  }
}

interface RunOptions {
  cwd: string
  env: Record<string, string>
  timeoutMs: number
  signal: AbortSignal
}

function runBash(script: string, options: RunOptions): Promise<ExecutionResult> {
  return new Promise((done) => {
    // detached: the child leads its own process group, so a kill reaches everything it started.
    const child = spawn('bash', ['-c', script], {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const out = { stdout: '', stderr: '' }
    const capture = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      if (out[stream].length < CAPTURE_LIMIT) out[stream] += chunk.toString('utf8')
    }
    child.stdout.on('data', capture('stdout'))
    child.stderr.on('data', capture('stderr'))

    let timedOut = false
    let closed = false
    const killGroup = () => {
      if (child.pid !== undefined && !closed) {
        try {
          process.kill(-child.pid, 'SIGKILL')
        } catch {
          // Already gone.
        }
      }
    }
    const timer = setTimeout(() => {
      timedOut = true
      killGroup()
    }, options.timeoutMs)
    options.signal.addEventListener('abort', killGroup, { once: true })

    child.on('error', (error) => {
      clearTimeout(timer)
      done({ exitCode: 1, stderr: `cannot start bash: ${error.message}` })
    })
    child.on('close', (code) => {
      closed = true
      clearTimeout(timer)
      options.signal.removeEventListener('abort', killGroup)
      const stopped = timedOut || options.signal.aborted
      done({ exitCode: stopped ? STOPPED_EXIT_CODE : (code ?? 1), ...out, timedOut })
    })
  })
}

/** One step of an Automation document, as GetAutomationExecution reports it. */
export interface AutomationStep {
  name: string
  /** e.g. `aws:changeInstanceState`. */
  action: string
  outputs?: Record<string, string[]>
}

/** How a run of an Automation document ends (default: every step succeeds). */
export interface AutomationOutcome {
  status?: 'Success' | 'Failed' | 'TimedOut'
  steps?: AutomationStep[]
  /** The step that fails or times out; default the last one. */
  failedStep?: string
  failureMessage?: string
  /** Execution outputs, shown once it ends. */
  outputs?: Record<string, string[]>
  /** Parameters the document requires (InvalidAutomationExecutionParametersException if missing). */
  requiredParameters?: string[]
}
