// How the action builds its adapters, in one place: the GitHub client (retry, throttling, proxy),
// one AWS client configuration (region, retries, proxy), the notifiers, the sealing key and the
// catalog every job triages from. Each job's composition takes a Wiring and asks only for what it
// uses; AWS SDK clients load on demand, since most runs never need them.
import { recordKey, type RecordKey } from '../issue/record-key.js'
import type { NotificationEvent } from '../notify/events.js'
import type { NotifyConfig } from '../notify/config.js'
import type { CatalogRunbook } from '../triage/types.js'
import type { Clock } from '../util/clock.js'
import { createGitHubClient, type GitHub } from '../adapters/github/client.js'
import type { SSMClientConfig } from '@aws-sdk/client-ssm'
import type { ActionHost } from './host.js'
import { parseJsonText } from '../intake/dispatch.js'
import { required, type CatalogInputs, type IssueAccess, type RunnerFacts } from './inputs.js'

/**
 * What the process running the action may change. The runner uses none of these; tests that run
 * a job in process against the stand-ins shrink GitHub's real-time waits, point the AWS SDK at
 * the stand-ins and pass a virtual clock.
 */
export interface RuntimeOptions {
  /** Scales the GitHub client's spacing and rate-limit waits (1, GitHub's, by default). */
  githubWaitScale?: number
  /** Adjusts every AWS SDK client's settings (endpoint, credentials, retry strategy). */
  aws?: (config: AwsClientConfig) => AwsClientConfig
  /** The clock remediation waits on. */
  clock?: Clock
}

/**
 * The settings every AWS SDK client of a run shares (every v3 client takes the same ones; SSM's
 * type names them).
 */
export type AwsClientConfig = Pick<
  SSMClientConfig,
  | 'region'
  | 'maxAttempts'
  | 'retryMode'
  | 'requestHandler'
  | 'endpoint'
  | 'credentials'
  | 'retryStrategy'
>

export interface Wiring {
  host: ActionHost
  facts: RunnerFacts
  runtime: RuntimeOptions
  /**
   * The GitHub client for `token`, built once per run (per options). `primaryRateLimitRetries: 0`
   * fails a request at once on a primary rate limit instead of waiting for the reset.
   */
  github(token: string, options?: { primaryRateLimitRetries?: number }): GitHub
  /** AWS SDK settings for `region` ('' lets the SDK find it), `attempts` tries per call. */
  aws(region: string, options?: { attempts?: number; adaptive?: boolean }): AwsClientConfig
  /** The sealing key (masked by then) and the repository records belong to. */
  records(access: IssueAccess): { key: RecordKey; repo: string }
  /** The triggering event's payload (GITHUB_EVENT_PATH), with a clear error when it is not JSON. */
  webhook(): Promise<unknown>
  /** Runbooks that pass validation; problems are reported as warnings, not fatal. */
  triageCatalog(inputs: CatalogInputs): () => Promise<CatalogRunbook[]>
  /** Sends one notification to every configured target; never fails the step. */
  notifier(config: NotifyConfig): Promise<(event: NotificationEvent) => Promise<void>>
}

/** What a proxy changes for every client: fetch (GitHub, Slack, Jira) and the AWS SDK's handler. */
export interface Transport {
  fetch?: typeof fetch
  awsHandler?: AwsClientConfig['requestHandler']
}

/** The run's transport: through the proxy when the environment names one, else the defaults. */
export async function transport(host: ActionHost, facts: RunnerFacts): Promise<Transport> {
  if (!facts.proxy) return {}
  const proxy = await import('../adapters/http/proxy.js')
  host.log.info(proxy.proxyLogLine(facts.proxy))
  return {
    fetch: await proxy.proxiedFetch(facts.proxy),
    awsHandler: await proxy.awsRequestHandler(facts.proxy)
  }
}

export function wiring(
  host: ActionHost,
  facts: RunnerFacts,
  runtime: RuntimeOptions,
  through: Transport = {}
): Wiring {
  const clients = new Map<string, GitHub>()
  // Tests in process set the scale; the demo's bundle against the local stand-in may (facts).
  const scale = runtime.githubWaitScale ?? facts.standInWaitScale
  const waitScale = scale !== undefined ? { waitScale: scale } : {}
  return {
    host,
    facts,
    runtime,
    github(token, options = {}) {
      const key = `${token}\n${options.primaryRateLimitRetries ?? ''}`
      let client = clients.get(key)
      if (!client) {
        client = createGitHubClient({
          token,
          baseUrl: facts.apiUrl,
          warn: host.log.warning,
          ...options,
          ...(through.fetch ? { fetch: through.fetch } : {}),
          ...waitScale
        })
        clients.set(key, client)
      }
      return client
    },
    aws(region, options = {}) {
      const config: AwsClientConfig = {
        ...(region ? { region } : {}),
        maxAttempts: options.attempts ?? 3,
        ...(options.adaptive ? { retryMode: 'adaptive' as const } : {}),
        ...(through.awsHandler ? { requestHandler: through.awsHandler } : {})
      }
      return runtime.aws ? runtime.aws(config) : config
    },
    async webhook() {
      const eventPath = required(facts, 'eventPath')
      return parseJsonText(await host.readFile(eventPath), `The webhook event file ${eventPath}`)
    },
    records(access) {
      return { key: recordKey(access.recordKey), repo: access.repositoryName }
    },
    triageCatalog(inputs) {
      return async () => {
        // Loaded when triage asks for the catalog, after intake's first GitHub requests: the
        // validator, YAML parser and schema checks are a third of the bundle a job would
        // otherwise compile before it can take the incident's lock.
        const [{ validateCommand }, { formatProblem }] = await Promise.all([
          import('../flows/validate.js'),
          import('../catalog/problem.js')
        ])
        const catalog = await validateCommand(inputs)
        for (const p of catalog.problems)
          if (p.severity === 'error') host.log.warning(`runbook ignored: ${formatProblem(p)}`)
        return catalog.entries
          .filter((e) => e.status.errors === 0)
          .map((e) => ({ runbook: e.runbook, file: e.file, digest: e.digest }))
      }
    },
    async notifier(config) {
      if (!config.slack && !config.jira) return () => Promise.resolve()
      const notify = await import('../notify/notify.js')
      const notifiers = notify.createNotifiers(
        config,
        through.fetch ? { fetch: through.fetch } : {}
      )
      return async (event) => {
        for (const d of await notify.notifyAll(notifiers, event, host.log.warning))
          if (d.ok) host.log.info(`Notified ${d.target}: ${d.detail}`)
      }
    }
  }
}
