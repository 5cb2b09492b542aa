// Jira: one Jira issue per OpsLoop incident, labelled `opsloop-<fingerprint>` and found by JQL
// before anything is created, so a repeated delivery never opens a second one. A new incident
// creates it; approval, remediation and recovery become comments (creating the issue if it is
// missing); recovery can also move it through a named transition.
//
// Two flavours, chosen by the credentials:
// - Jira Cloud (e-mail + API token, Basic auth): REST v3, rich text as the Atlassian Document
//   Format, search through `POST /rest/api/3/search/jql` (the old `/search` is gone on Cloud).
// - Jira Data Center (personal access token, Bearer auth): REST v2 (Data Center has no v3),
//   `POST /rest/api/2/search`, and rich text as wiki markup, which OpsLoop never lets untrusted
//   text write: it goes inside a `{noformat}` block.
//
// Rendering (summary, description, comments, ADF and wiki markup) is in `jira-render.ts`.
import type { NotificationEvent, Notifier } from './events.js'
import { exchange, NotifyError, redact, type HttpOptions, type HttpResponse } from './http.js'
import {
  incidentLabel,
  jiraComment,
  jiraDescription,
  jiraLabels,
  jiraSummary,
  toAdf,
  toWiki,
  type JiraDoc
} from './jira-render.js'
import { PROJECT_KEY } from './config.js'
import { oneLine, truncate } from './text.js'

export {
  incidentLabel,
  jiraComment,
  jiraDescription,
  jiraSummary,
  SUMMARY_MAX,
  toAdf,
  toWiki,
  type AdfNode,
  type Inline,
  type JiraDoc
} from './jira-render.js'

export interface JiraTarget {
  /** The site (`https://acme.atlassian.net`) or the Data Center base URL (may have a path). */
  baseUrl: string
  /** The project key, e.g. `OPS`. */
  project: string
  /** The issue type's name, e.g. `Task` or `Incident`. */
  issueType: string
  /** Cloud: the Atlassian account's e-mail and an API token. Data Center: a personal access token. */
  auth: { email: string; apiToken: string } | { token: string }
  /** On recovery, move the issue through this transition (by name, e.g. `Done`). */
  doneTransition?: string
}

export type JiraFlavor = 'cloud' | 'datacenter'

export const jiraFlavor = (target: Pick<JiraTarget, 'auth'>): JiraFlavor =>
  'email' in target.auth ? 'cloud' : 'datacenter'

interface Found {
  key: string
  done: boolean
}

export function jiraSecrets(target: JiraTarget): string[] {
  const auth = target.auth
  if ('email' in auth) {
    const basic = Buffer.from(`${auth.email}:${auth.apiToken}`).toString('base64')
    return [auth.apiToken, basic]
  }
  return [auth.token]
}

const KEY = /^[A-Z][A-Z0-9_]*-\d+$/

export function jiraNotifier(target: JiraTarget, options: HttpOptions = {}): Notifier {
  const flavor = jiraFlavor(target)
  const version = flavor === 'cloud' ? '3' : '2'
  const base = target.baseUrl.replace(/\/+$/, '')
  const api = `${base}/rest/api/${version}`
  const auth = target.auth
  const authorization =
    'email' in auth
      ? `Basic ${Buffer.from(`${auth.email}:${auth.apiToken}`).toString('base64')}`
      : `Bearer ${auth.token}`
  const secrets = jiraSecrets(target)
  // Jira's search index lags writes by a few seconds: an issue created in this run is remembered
  // here, so the approval that follows a new incident comments on it instead of creating another.
  const known = new Map<string, Found>()

  const call = async (
    step: string,
    method: 'GET' | 'POST',
    path: string,
    json?: unknown
  ): Promise<unknown> => {
    const response = await exchange(
      {
        method,
        url: `${api}${path}`,
        headers: { authorization },
        ...(json !== undefined ? { json } : {})
      },
      options
    )
    if (response.status < 200 || response.status > 299)
      throw new NotifyError(`${step}: ${describeJiraError(response, target)}`, response.status)
    if (response.text.trim() === '') return undefined
    try {
      return JSON.parse(response.text) as unknown
    } catch {
      throw new NotifyError(`${step}: HTTP ${response.status} with a body that is not JSON`)
    }
  }
  const body = (doc: JiraDoc, event: NotificationEvent): unknown =>
    flavor === 'cloud' ? toAdf(doc) : toWiki(doc, event)

  const find = async (fingerprint: string): Promise<Found | undefined> => {
    const remembered = known.get(fingerprint)
    if (remembered) return remembered
    const jql = `project = "${target.project}" AND labels = "${incidentLabel(fingerprint)}" ORDER BY created DESC`
    const request = { jql, fields: ['status'], maxResults: 10 }
    const answer = (await call(
      'search',
      'POST',
      flavor === 'cloud' ? '/search/jql' : '/search',
      request
    )) as {
      issues?: { key?: unknown; fields?: { status?: { statusCategory?: { key?: unknown } } } }[]
    }
    const first = answer.issues?.[0]
    if (!first) return undefined
    if (typeof first.key !== 'string' || !KEY.test(first.key))
      throw new NotifyError('search: Jira answered with an issue without a key')
    const found = { key: first.key, done: first.fields?.status?.statusCategory?.key === 'done' }
    known.set(fingerprint, found)
    return found
  }

  const create = async (event: NotificationEvent): Promise<string> => {
    const fields = {
      project: { key: target.project },
      issuetype: { name: target.issueType },
      summary: jiraSummary(event),
      labels: jiraLabels(event.fingerprint),
      description: body(jiraDescription(event), event)
    }
    const answer = (await call('create issue', 'POST', '/issue', { fields })) as
      { key?: unknown } | undefined
    const key = answer?.key
    if (typeof key !== 'string' || !KEY.test(key))
      throw new NotifyError('create issue: Jira answered without an issue key')
    known.set(event.fingerprint, { key, done: false })
    return key
  }

  const transition = async (key: string, name: string): Promise<void> => {
    const path = `/issue/${encodeURIComponent(key)}/transitions`
    const answer = (await call('transitions', 'GET', path)) as
      { transitions?: { id?: unknown; name?: unknown; to?: { name?: unknown } }[] } | undefined
    const transitions = answer?.transitions ?? []
    const wanted = name.toLowerCase()
    const match =
      transitions.find((t) => typeof t.name === 'string' && t.name.toLowerCase() === wanted) ??
      transitions.find((t) => typeof t.to?.name === 'string' && t.to.name.toLowerCase() === wanted)
    if (!match || typeof match.id !== 'string') {
      const available = transitions
        .map((t) =>
          typeof t.name === 'string' ? JSON.stringify(truncate(oneLine(t.name), 40)) : ''
        )
        .filter((t) => t !== '')
        .slice(0, 10)
      throw new NotifyError(
        `transition: ${JSON.stringify(name)} is not available on ${key} (available: ${available.join(', ') || 'none'})`
      )
    }
    await call('transition', 'POST', path, { transition: { id: match.id } })
  }

  const deliver = async (event: NotificationEvent): Promise<string> => {
    if (!PROJECT_KEY.test(target.project))
      throw new NotifyError('the Jira project must be a project key such as OPS')
    const found = await find(event.fingerprint)
    const comment = jiraComment(event)
    if (!comment) {
      // A new incident: its issue may exist already (a repeated delivery, or the same alarm
      // again while the last one is still open); only a finished one gets a successor.
      if (found && !found.done) return `${found.key} already tracks this incident`
      return `created ${await create(event)}`
    }
    const done: string[] = []
    let key = found?.key
    if (!key) {
      key = await create(event)
      done.push(`created ${key}`)
    }
    await call('comment', 'POST', `/issue/${encodeURIComponent(key)}/comment`, {
      body: body(comment, event)
    })
    done.push(`commented on ${key}`)
    if (event.kind === 'recovered' && target.doneTransition && found?.done !== true) {
      await transition(key, target.doneTransition)
      known.set(event.fingerprint, { key, done: true })
      done.push(`moved it through ${JSON.stringify(target.doneTransition)}`)
    }
    return done.join(', ')
  }

  return {
    target: `Jira (${target.project} on ${hostOf(base)})`,
    async send(event) {
      try {
        return await deliver(event)
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        throw new NotifyError(
          redact(message, secrets),
          error instanceof NotifyError ? error.status : undefined
        )
      }
    }
  }
}

/** A failed Jira call in one line: status, Jira's own messages (bounded), and what to check. */
function describeJiraError(response: HttpResponse, target: JiraTarget): string {
  let messages: string[] = []
  try {
    const body = JSON.parse(response.text) as {
      errorMessages?: unknown
      errors?: Record<string, unknown>
    }
    const listed: unknown[] = Array.isArray(body.errorMessages) ? body.errorMessages : []
    messages = [
      ...listed.filter((m): m is string => typeof m === 'string'),
      ...Object.entries(body.errors ?? {}).map(([field, value]) => `${field}: ${String(value)}`)
    ].map((m) => oneLine(m))
  } catch {
    // Not JSON (Cloud answers 401 with a text page): the status and the hint say enough.
  }
  const detail = messages.length > 0 ? ` ${truncate(messages.join('; '), 300)}` : ''
  const hint = HINTS[response.status]?.(target) ?? ''
  return `HTTP ${response.status}${detail}${hint ? ` (${hint})` : ''}`
}

const HINTS: Partial<Record<number, (target: JiraTarget) => string>> = {
  401: (t) =>
    jiraFlavor(t) === 'cloud'
      ? 'check `jira-email` and `jira-api-token`'
      : 'check `jira-token`, a personal access token',
  403: (t) =>
    `the account needs permission to browse, create, comment on and transition issues in ${t.project}`,
  404: (t) =>
    jiraFlavor(t) === 'cloud'
      ? 'check `jira-base-url`: the site root, such as https://acme.atlassian.net'
      : 'check `jira-base-url`, including any context path',
  410: () => 'this Jira no longer serves that API'
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return 'an invalid URL'
  }
}
