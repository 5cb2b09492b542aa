// A Jira stand-in on loopback, in one of two flavours:
// - `cloud`: REST v3 under /rest/api/3 with Basic auth (e-mail + API token), rich text as the
//   Atlassian Document Format, search by `POST /rest/api/3/search/jql` (the removed
//   `/rest/api/3/search` answers 410 as Cloud does);
// - `datacenter`: REST v2 under /rest/api/2 with a Bearer personal access token, rich text as
//   wiki-markup strings, search by `POST /rest/api/2/search`.
// It serves what OpsLoop uses: JQL search (`project = KEY`, `labels = "…"` joined by AND, and
// `ORDER BY created ASC|DESC`), create, comment and transitions over a To Do → In Progress → Done
// workflow. Request bodies are checked the way Jira checks them (project, issue type, summary of
// one line up to 255 characters, labels without spaces, ADF `doc` version 1 with known nodes);
// refusals answer like Jira (`errorMessages`/`errors`) and are recorded in `violations`. Faults
// (401, 429 with Retry-After, 5xx) can be injected.
import { startServer, type StandInRequest, type StandInResponse } from '../http.js'

export const JIRA_EMAIL = 'opsloop-bot@acme.example'
export const JIRA_API_TOKEN = 'ATATT3xFfGF0StandInApiToken0123456789'
export const JIRA_PAT = 'NjE4MTM5NzQ5OTI3OlN0YW5kSW5QZXJzb25hbFRva2Vu'

export type JiraFlavor = 'cloud' | 'datacenter'
export type StatusName = 'To Do' | 'In Progress' | 'Done'

const CATEGORY: Record<StatusName, { key: string; name: string }> = {
  'To Do': { key: 'new', name: 'To Do' },
  'In Progress': { key: 'indeterminate', name: 'In Progress' },
  Done: { key: 'done', name: 'Done' }
}

export interface StoredComment {
  id: string
  /** ADF (cloud) or a wiki-markup string (datacenter). */
  body: unknown
}

export interface StoredIssue {
  id: string
  key: string
  project: string
  issueType: string
  summary: string
  labels: string[]
  description: unknown
  status: StatusName
  comments: StoredComment[]
  created: number
}

export interface JiraFault {
  status: number
  /** Seconds, with status 429 (default 1). */
  retryAfter?: number
  times?: number
  /** Only requests this matches (default: any). */
  match?: (method: string, path: string) => boolean
}

export interface JiraRecordedRequest {
  method: string
  path: string
  status: number
  body: unknown
}

export interface JiraTransition {
  id: string
  name: string
  to: StatusName
}

export interface JiraStandInOptions {
  flavor?: JiraFlavor
  /** Project keys (default OPS). */
  projects?: string[]
  issueTypes?: string[]
  /** The workflow's transitions (default To Do 11, In Progress 21, Done 31). */
  transitions?: JiraTransition[]
}

export interface JiraHandle {
  url: string
  flavor: JiraFlavor
  issues: StoredIssue[]
  requests: JiraRecordedRequest[]
  violations: string[]
  fail(fault: JiraFault): void
  /** An issue as if someone created it in Jira (e.g. an older, finished one). */
  seed(issue: Partial<StoredIssue> & { project: string; labels: string[] }): StoredIssue
  close(): Promise<void>
}

class JiraRefusal extends Error {
  constructor(
    readonly status: number,
    readonly body: { errorMessages: string[]; errors: Record<string, string> },
    readonly violation = true
  ) {
    super(JSON.stringify(body))
  }
}

const refuse = (status: number, messages: string[], errors: Record<string, string> = {}) =>
  new JiraRefusal(status, { errorMessages: messages, errors })

// --- Atlassian Document Format, as far as a short notification uses it.

const BLOCKS = new Set(['paragraph', 'heading', 'bulletList', 'orderedList', 'codeBlock', 'rule'])
const MARKS = new Set(['strong', 'em', 'code', 'link', 'strike', 'underline'])

function inlineProblem(node: Record<string, unknown>, at: string): string | undefined {
  if (node.type === 'hardBreak') return undefined
  if (node.type !== 'text') return `${at}: ${JSON.stringify(node.type)} is not an inline node`
  if (typeof node.text !== 'string' || node.text.length === 0)
    return `${at}: a text node needs non-empty text`
  if (node.marks === undefined) return undefined
  if (!Array.isArray(node.marks)) return `${at}.marks must be an array`
  const types = (node.marks as { type?: unknown; attrs?: { href?: unknown } }[]).map((m) => m.type)
  for (const [i, mark] of (
    node.marks as { type?: unknown; attrs?: { href?: unknown } }[]
  ).entries()) {
    if (typeof mark.type !== 'string' || !MARKS.has(mark.type))
      return `${at}.marks[${i}]: unknown mark ${JSON.stringify(mark.type)}`
    if (mark.type === 'link' && typeof mark.attrs?.href !== 'string')
      return `${at}.marks[${i}]: a link needs attrs.href`
  }
  if (types.includes('code') && types.some((t) => t !== 'code' && t !== 'link'))
    return `${at}: the code mark combines only with link`
  return undefined
}

/** The first way `doc` is not an ADF document, or undefined. */
export function adfProblem(doc: unknown): string | undefined {
  const d = doc as Record<string, unknown> | null
  if (typeof d !== 'object' || d === null) return 'not an object'
  if (d.type !== 'doc') return 'type must be "doc"'
  if (d.version !== 1) return 'version must be 1'
  if (!Array.isArray(d.content)) return 'content must be an array'
  for (const [i, raw] of (d.content as unknown[]).entries()) {
    const block = raw as Record<string, unknown> | null
    const at = `content[${i}]`
    if (typeof block !== 'object' || block === null) return `${at} must be a node`
    if (typeof block.type !== 'string' || !BLOCKS.has(block.type))
      return `${at}: ${JSON.stringify(block.type)} is not a block node`
    if (block.type !== 'paragraph' && block.type !== 'heading' && block.type !== 'codeBlock')
      continue
    if (block.content === undefined) continue
    if (!Array.isArray(block.content)) return `${at}.content must be an array`
    for (const [j, inline] of (block.content as unknown[]).entries()) {
      if (typeof inline !== 'object' || inline === null) return `${at}.content[${j}] must be a node`
      const p = inlineProblem(inline as Record<string, unknown>, `${at}.content[${j}]`)
      if (p) return p
    }
  }
  return undefined
}

// --- JQL: the subset OpsLoop sends.

interface Query {
  project?: string
  labels: string[]
  order: 'ASC' | 'DESC'
}

function parseJql(jql: string): Query {
  let rest = jql.trim()
  let order: Query['order'] = 'ASC'
  const ordered = /\s+ORDER\s+BY\s+created\s+(ASC|DESC)\s*$/i.exec(rest)
  if (ordered) {
    order = (ordered[1] ?? 'ASC').toUpperCase() as Query['order']
    rest = rest.slice(0, ordered.index)
  }
  const query: Query = { labels: [], order }
  for (const clause of rest.split(/\s+AND\s+/i)) {
    const m = /^(project|labels)\s*=\s*(?:"([^"\\]*)"|([A-Za-z0-9_-]+))$/i.exec(clause.trim())
    if (!m)
      throw refuse(400, [
        `Error in the JQL Query: the stand-in understands only project = KEY and labels = "…" joined by AND, got ${JSON.stringify(clause)}.`
      ])
    const value = m[2] ?? m[3] ?? ''
    if (m[1]?.toLowerCase() === 'project') query.project = value.toUpperCase()
    else query.labels.push(value)
  }
  return query
}

function authOk(flavor: JiraFlavor, header: string | undefined): boolean {
  if (flavor === 'cloud')
    return header === `Basic ${Buffer.from(`${JIRA_EMAIL}:${JIRA_API_TOKEN}`).toString('base64')}`
  return header === `Bearer ${JIRA_PAT}`
}

function jsonBody(req: StandInRequest): Record<string, unknown> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
    throw new JiraRefusal(415, { errorMessages: ['Unsupported Media Type'], errors: {} })
  try {
    const value = JSON.parse(req.body.toString('utf8')) as unknown
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>
  } catch {
    // Answered below.
  }
  throw refuse(400, ['Invalid request payload. Refer to the REST API documentation and try again.'])
}

const SEARCH_KEYS = {
  cloud: new Set([
    'jql',
    'fields',
    'maxResults',
    'nextPageToken',
    'expand',
    'properties',
    'fieldsByKeys',
    'failFast',
    'reconcileIssues'
  ]),
  datacenter: new Set([
    'jql',
    'startAt',
    'maxResults',
    'fields',
    'validateQuery',
    'expand',
    'properties',
    'fieldsByKeys'
  ])
}

export async function startJira(options: JiraStandInOptions = {}): Promise<JiraHandle> {
  const flavor = options.flavor ?? 'cloud'
  const version = flavor === 'cloud' ? '3' : '2'
  const prefix = `/rest/api/${version}`
  const projects = new Set(options.projects ?? ['OPS'])
  const issueTypes = options.issueTypes ?? ['Task', 'Bug', 'Incident']
  const transitions = options.transitions ?? [
    { id: '11', name: 'To Do', to: 'To Do' },
    { id: '21', name: 'In Progress', to: 'In Progress' },
    { id: '31', name: 'Done', to: 'Done' }
  ]
  const issues: StoredIssue[] = []
  const requests: JiraRecordedRequest[] = []
  const violations: string[] = []
  const faults: (JiraFault & { left: number })[] = []
  const counters = new Map<string, number>()
  let ids = 10000
  let url = ''

  const store = (issue: Partial<StoredIssue> & { project: string; labels: string[] }) => {
    const n = (counters.get(issue.project) ?? 0) + 1
    counters.set(issue.project, n)
    const stored: StoredIssue = {
      id: String(++ids),
      key: `${issue.project}-${n}`,
      issueType: 'Task',
      summary: 'seeded',
      description: null,
      status: 'To Do',
      comments: [],
      created: Date.now() + ids,
      ...issue
    }
    issues.push(stored)
    return stored
  }
  const issueJson = (issue: StoredIssue, fields: readonly string[]) => {
    const all: Record<string, unknown> = {
      summary: issue.summary,
      labels: issue.labels,
      issuetype: { name: issue.issueType },
      project: { key: issue.project },
      status: { name: issue.status, statusCategory: CATEGORY[issue.status] },
      description: issue.description
    }
    const wanted = fields.length === 0 || fields.includes('*all') ? Object.keys(all) : fields
    return {
      id: issue.id,
      key: issue.key,
      self: `${url}${prefix}/issue/${issue.id}`,
      fields: Object.fromEntries(wanted.filter((f) => f in all).map((f) => [f, all[f]]))
    }
  }
  const byKey = (key: string): StoredIssue => {
    const issue = issues.find((i) => i.key === key || i.id === key)
    if (!issue)
      throw new JiraRefusal(
        404,
        {
          errorMessages: ['Issue does not exist or you do not have permission to see it.'],
          errors: {}
        },
        false
      )
    return issue
  }
  const richText = (value: unknown, field: string): string | undefined => {
    if (flavor === 'datacenter')
      return typeof value === 'string' ? undefined : `${field}: Operation value must be a string`
    const problem = adfProblem(value)
    return problem
      ? `${field}: Operation value must be an Atlassian Document (${problem})`
      : undefined
  }

  const search = (req: StandInRequest): StandInResponse => {
    const body = jsonBody(req)
    const unknown = Object.keys(body).filter((k) => !SEARCH_KEYS[flavor].has(k))
    if (unknown.length > 0)
      throw refuse(400, [
        `Invalid request payload. Refer to the REST API documentation and try again. (unknown: ${unknown.join(', ')})`
      ])
    if (typeof body.jql !== 'string' || body.jql.trim() === '')
      throw refuse(400, ['A JQL query is required.'])
    const query = parseJql(body.jql)
    if (query.project && !projects.has(query.project))
      throw refuse(400, [`The value '${query.project}' does not exist for the field 'project'.`])
    const fields = Array.isArray(body.fields) ? (body.fields as unknown[]).map(String) : []
    const max = typeof body.maxResults === 'number' ? body.maxResults : 50
    const found = issues
      .filter((i) => (query.project ? i.project === query.project : true))
      .filter((i) => query.labels.every((l) => i.labels.includes(l)))
      .sort((a, b) => (query.order === 'ASC' ? a.created - b.created : b.created - a.created))
    const page = found.slice(0, max).map((i) => issueJson(i, fields))
    return {
      status: 200,
      body:
        flavor === 'cloud'
          ? { issues: page, isLast: page.length === found.length }
          : { startAt: 0, maxResults: max, total: found.length, issues: page }
    }
  }

  const create = (req: StandInRequest): StandInResponse => {
    const body = jsonBody(req)
    const fields = body.fields as Record<string, unknown> | null | undefined
    if (typeof fields !== 'object' || fields === null)
      throw refuse(400, ['Issue fields are required.'])
    const errors: Record<string, string> = {}
    const project = (fields.project as { key?: unknown } | undefined)?.key
    if (typeof project !== 'string' || !projects.has(project))
      errors.project = 'valid project is required'
    const type = (fields.issuetype as { name?: unknown } | undefined)?.name
    if (typeof type !== 'string' || !issueTypes.includes(type))
      errors.issuetype = 'Specify a valid issue type'
    const summary = fields.summary
    if (typeof summary !== 'string' || summary.trim() === '')
      errors.summary = 'You must specify a summary of the issue.'
    else if (summary.length > 255) errors.summary = 'Summary must be less than 255 characters.'
    else if (/[\r\n]/.test(summary)) errors.summary = "Field 'summary' cannot contain newline."
    const labels = fields.labels ?? []
    if (!Array.isArray(labels) || labels.some((l) => typeof l !== 'string'))
      errors.labels = 'Labels must be a list of strings.'
    else {
      const bad = (labels as string[]).find((l) => /\s/.test(l) || l.length > 255 || l === '')
      if (bad !== undefined) errors.labels = `The label '${bad}' contains spaces which is invalid.`
    }
    if (fields.description !== undefined) {
      const p = richText(fields.description, 'description')
      if (p) errors.description = p
    }
    for (const name of Object.keys(fields))
      if (!['project', 'issuetype', 'summary', 'labels', 'description'].includes(name))
        errors[name] =
          `Field '${name}' cannot be set. It is not on the appropriate screen, or unknown.`
    if (Object.keys(errors).length > 0) throw refuse(400, [], errors)
    const issue = store({
      project: project as string,
      issueType: type as string,
      summary: summary as string,
      labels: labels as string[],
      description: fields.description ?? null,
      created: Date.now() + ids
    })
    return {
      status: 201,
      body: { id: issue.id, key: issue.key, self: `${url}${prefix}/issue/${issue.id}` }
    }
  }

  const comment = (req: StandInRequest, key: string): StandInResponse => {
    const issue = byKey(key)
    const body = jsonBody(req)
    const problem = richText(body.body, 'comment')
    if (problem) throw refuse(400, [], { comment: problem })
    const stored = { id: String(++ids), body: body.body }
    issue.comments.push(stored)
    return {
      status: 201,
      body: {
        id: stored.id,
        body: stored.body,
        self: `${url}${prefix}/issue/${issue.id}/comment/${stored.id}`
      }
    }
  }

  const available = (issue: StoredIssue) => transitions.filter((t) => t.to !== issue.status)
  const transition = (req: StandInRequest, key: string): StandInResponse => {
    const issue = byKey(key)
    if (req.method === 'GET')
      return {
        status: 200,
        body: {
          transitions: available(issue).map((t) => ({
            id: t.id,
            name: t.name,
            to: { name: t.to, statusCategory: CATEGORY[t.to] },
            hasScreen: false
          }))
        }
      }
    const body = jsonBody(req)
    const id = (body.transition as { id?: unknown } | undefined)?.id
    const chosen = available(issue).find((t) => t.id === id)
    if (!chosen) throw refuse(400, [`Transition id '${String(id)}' is not valid for this issue.`])
    issue.status = chosen.to
    return { status: 204 }
  }

  const route = (req: StandInRequest): StandInResponse => {
    if (!req.path.startsWith('/rest/api/'))
      throw new JiraRefusal(404, { errorMessages: ['Not found'], errors: {} })
    if (flavor === 'cloud' && req.path === '/rest/api/3/search')
      throw refuse(410, [
        'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API.'
      ])
    if (!req.path.startsWith(`${prefix}/`))
      throw refuse(404, [
        `This ${flavor === 'cloud' ? 'Jira Cloud' : 'Jira Data Center'} stand-in serves ${prefix} only.`
      ])
    const path = req.path.slice(prefix.length)
    const searchPath = flavor === 'cloud' ? '/search/jql' : '/search'
    if (path === searchPath && req.method === 'POST') return search(req)
    if (path === '/issue' && req.method === 'POST') return create(req)
    const m = /^\/issue\/([^/]+)\/(comment|transitions)$/.exec(path)
    if (m?.[2] === 'comment' && req.method === 'POST')
      return comment(req, decodeURIComponent(m[1] ?? ''))
    if (m?.[2] === 'transitions' && (req.method === 'GET' || req.method === 'POST'))
      return transition(req, decodeURIComponent(m[1] ?? ''))
    throw refuse(404, [`No route for ${req.method} ${req.path}.`])
  }

  const server = await startServer((req) => {
    const record: JiraRecordedRequest = {
      method: req.method,
      path: req.path,
      status: 0,
      body: req.body.length > 0 ? (JSON.parse(req.body.toString('utf8')) as unknown) : undefined
    }
    requests.push(record)
    const answer = (r: StandInResponse): StandInResponse => {
      record.status = r.status
      return r
    }
    const i = faults.findIndex((f) => !f.match || f.match(req.method, req.path))
    const fault = faults[i]
    if (fault) {
      if (--fault.left <= 0) faults.splice(i, 1)
      if (fault.status === 401)
        return answer({
          status: 401,
          headers: { 'content-type': 'text/plain' },
          body: 'Client must be authenticated to access this resource.'
        })
      return answer({
        status: fault.status,
        ...(fault.status === 429
          ? { headers: { 'retry-after': String(fault.retryAfter ?? 1) } }
          : {}),
        body: {
          errorMessages: [fault.status === 429 ? 'Rate limit exceeded.' : 'Internal server error'],
          errors: {}
        }
      })
    }
    if (!authOk(flavor, req.headers.authorization))
      return answer({
        status: 401,
        headers: { 'content-type': 'text/plain' },
        body: 'Client must be authenticated to access this resource.'
      })
    try {
      return answer(route(req))
    } catch (error) {
      if (!(error instanceof JiraRefusal)) throw error
      if (error.violation)
        violations.push(
          `${req.method} ${req.path}: ${[...error.body.errorMessages, ...Object.values(error.body.errors)].join('; ')}`
        )
      return answer({ status: error.status, body: error.body })
    }
  })
  url = server.url

  return {
    url: server.url,
    flavor,
    issues,
    requests,
    violations,
    fail: (fault) => faults.push({ ...fault, left: fault.times ?? 1 }),
    seed: store,
    close: () => server.close()
  }
}
