// A local stand-in for GitHub's REST API that the real Octokit clients talk to over
// loopback (only `baseUrl` and the token change). Every request and every response is checked
// against GitHub's official OpenAPI description; what does not conform is answered the way
// GitHub answers bad input and recorded in `violations`, so tests catch protocol mistakes on
// either side. GitHub's GraphQL API is served on `POST /graphql` from the same state, with
// queries validated against GitHub's published schema (see graphql.ts). State is in memory
// and fresh per startGitHub() call.
import { startServer, type StandInRequest, type StandInResponse } from '../http.js'
import { errorBody, GitHubError } from './errors.js'
import { GRAPHQL_PATH, GraphqlEndpoint } from './graphql.js'
import { issuesOf, type Issue as SchemaIssue, type Operation } from './openapi.js'
import { componentValidator, description } from './validators.js'
import { Renderer } from './render.js'
import { Params, routes, type Reply } from './routes.js'
import {
  Store,
  type Dispatch,
  type GitHubSeed,
  type SeedCommit,
  type SeedDeployment,
  type SeedDeploymentStatus,
  type SeedPull,
  type SeedRelease,
  type Undated,
  type User,
  type WorkflowDispatch
} from './state.js'
import { Faults, RateLimits } from './traffic.js'

export { BOT_LOGIN, BOT_TOKEN, DEFAULT_REPO } from './state.js'
export type {
  Commit,
  CommitFile,
  DeploymentState,
  GitHubSeed,
  Role,
  SeedCommit,
  SeedCommitFile,
  SeedDeployment,
  SeedDeploymentStatus,
  SeedIssue,
  SeedPull,
  SeedRelease,
  SeedRepo,
  SeedTeam,
  SeedUser,
  Undated,
  WorkflowDispatch
} from './state.js'
export type { FaultSpec } from './traffic.js'

export interface RecordedRequest {
  method: string
  path: string
  /** The query string without `?` ('' for none). */
  query: string
  /** Undefined for paths that match no served operation; `graphql` for POST /graphql. */
  operationId: string | undefined
  status: number
  /** The token's user; undefined when unauthenticated. */
  login: string | undefined
  /** On the stand-in's clock. */
  at: string
}

export interface Violation {
  operationId: string | undefined
  method: string
  path: string
  /** Which part did not conform to GitHub's description. */
  where: 'route' | 'request.path' | 'request.query' | 'request.body' | 'response'
  /** JSON Pointer into that part, e.g. `/title`. */
  pointer: string
  message: string
}

export interface GitHubHandle {
  /** Pass as Octokit's `baseUrl`. */
  url: string
  /** The live store: read issues, comments, labels, users...; tests may also change it. */
  state: Store
  /** Builds the JSON GitHub would show for stored records (e.g. for webhook payloads). */
  render: Renderer
  requests: RecordedRequest[]
  violations: Violation[]
  dispatches: Dispatch[]
  /** Accepted `actions/create-workflow-dispatch` calls, oldest first. */
  workflowDispatches: WorkflowDispatch[]
  faults: Faults
  /**
   * Spends the rest of `login`'s primary rate limit for the hour, of the REST API or GraphQL's
   * separate budget: its next requests get GitHub's answer to a spent budget (REST 403, GraphQL
   * `RATE_LIMITED`, with `x-ratelimit-remaining: 0`) until the clock passes the reset.
   */
  exhaustRateLimit(login: string, api?: 'rest' | 'graphql'): void
  clock: { now(): Date; advance(ms: number): void }
  tokenFor(login: string): string
  /** A comment by `user` (a human, say) as if made on github.com; returns its API JSON. */
  comment(input: {
    repo?: string
    issue: number
    user: string
    body: string
  }): Record<string, unknown>
  /**
   * Edits a comment's body as `asLogin` (default: its author) as if on github.com: sets
   * lastEditedAt and adds to its edit history, as REST `issues/update-comment` does.
   * Returns its API JSON.
   */
  editComment(id: number, body: string, asLogin?: string): Record<string, unknown>
  /** Edits an issue's body as `asLogin` (default: its author); see editComment. */
  editIssueBody(
    number: number,
    body: string | null,
    asLogin?: string,
    repo?: string
  ): Record<string, unknown>
  /** Deletes a comment as if on github.com (as REST `issues/delete-comment` does). */
  deleteComment(id: number): void
  /** A reviewer approves (or rejects) a workflow run waiting on an environment. */
  reviewDeployment(input: {
    repo?: string
    runId: number
    environment: string
    user: string
    state?: 'approved' | 'rejected'
    comment?: string
  }): void
  /** A deployment (with any statuses) as if created now; createdAt defaults to the clock. */
  addDeployment(input: Undated<SeedDeployment>): number
  /** A new status on a deployment; createdAt defaults to the clock. Returns its id. */
  addDeploymentStatus(input: SeedDeploymentStatus & { repo?: string; deploymentId: number }): number
  /** A release; createdAt defaults to the clock. Returns its id. */
  addRelease(input: Undated<SeedRelease>): number
  /** A pull request, numbered with the issues; returns its number. */
  addPull(input: SeedPull): number
  /**
   * A commit (a child of the repository's previous one unless `parents` says otherwise) that
   * the default branch moves to; date defaults to the clock. Returns its SHA.
   */
  addCommit(input: SeedCommit): string
  /** Returns the recorded violations and forgets them (for tests that provoke some). */
  takeViolations(): Violation[]
  /** Throws listing every recorded violation; call it in afterEach. */
  assertNoViolations(): void
  close(): Promise<void>
}

const SERVED = Object.keys(routes)
const API_DOCS = 'https://docs.github.com/rest'

function formatViolation(v: Violation): string {
  return `${v.method} ${v.path} (${v.operationId ?? 'no operation'}) ${v.where} ${v.pointer}: ${v.message}`
}

/** In the spirit of GitHub's "Invalid request.\n\nFor 'title', 5 is not a string." */
function invalidRequest(where: string, issues: SchemaIssue[]): string {
  const lines = issues.map((i) => {
    const field = i.pointer === '/' ? where : i.pointer.slice(1)
    return `For '${field}', ${i.message}.`
  })
  return `Invalid request.\n\n${lines.join('\n')}`
}

function tokenOf(req: StandInRequest): string | undefined {
  const header = req.headers.authorization
  return header ? /^(?:token|bearer)\s+(\S+)$/i.exec(header)?.[1] : undefined
}

/** Starts a stand-in GitHub on 127.0.0.1; the first call in a process loads the description. */
export async function startGitHub(seed: GitHubSeed = {}): Promise<GitHubHandle> {
  const { operations, operationIdFor } = description(SERVED)
  const served = new Map(operations.map((op) => [op.id, op]))
  const store = new Store(seed)
  const limits = new RateLimits(() => store.now())
  const faults = new Faults()
  const requests: RecordedRequest[] = []
  const violations: Violation[] = []
  let api = ''
  const render = new Renderer(store, () => api)
  const graphql = new GraphqlEndpoint(store, limits, faults)
  let counter = 0

  const handler = (req: StandInRequest): StandInResponse => {
    const requestId = `5A1B:${(++counter).toString(16).toUpperCase().padStart(6, '0')}:0:0:0`
    const at = store.stamp()
    const described = operationIdFor(req.method, req.path)
    const operation = described === undefined ? undefined : served.get(described)
    const token = tokenOf(req)
    if (req.path === GRAPHQL_PATH) {
      const reply = graphql.serve(req, token, requestId)
      for (const v of reply.violations) {
        violations.push({ operationId: 'graphql', method: req.method, path: req.path, ...v })
      }
      requests.push({
        method: req.method,
        path: req.path,
        query: req.query.toString(),
        operationId: 'graphql',
        status: reply.status,
        login: reply.login,
        at
      })
      return {
        status: reply.status,
        headers: { 'x-github-request-id': requestId, ...reply.headers },
        body: reply.body
      }
    }
    const user = token === undefined ? undefined : store.userByToken(token)
    let rateHeaders: Record<string, string> = {}

    const violate = (where: Violation['where'], issues: SchemaIssue[]): void => {
      for (const i of issues) {
        violations.push({
          operationId: operation?.id,
          method: req.method,
          path: req.path,
          where,
          pointer: i.pointer,
          message: i.message
        })
      }
    }
    const answer = (reply: Reply): StandInResponse => {
      requests.push({
        method: req.method,
        path: req.path,
        query: req.query.toString(),
        operationId: operation?.id,
        status: reply.status,
        login: user?.login,
        at
      })
      return {
        status: reply.status,
        headers: {
          'x-github-api-version-selected': '2022-11-28',
          'x-github-media-type': 'github.v3; format=json',
          'x-github-request-id': requestId,
          ...rateHeaders,
          ...reply.headers
        },
        body: reply.body
      }
    }
    const fail = (status: number, message: string, docs: string): StandInResponse =>
      answer({ status, body: errorBody(status, message, docs) })

    if (!user) {
      rateHeaders = limits.take('anonymous', 60).headers
      return fail(
        401,
        token === undefined ? 'Requires authentication' : 'Bad credentials',
        API_DOCS
      )
    }
    const rate = limits.take(user.login, user.rateLimit)
    rateHeaders = rate.headers
    if (rate.exceeded) return answer({ status: 403, body: limits.exceededBody(user) })

    if (!operation) {
      violate('route', [
        {
          pointer: '/',
          message: described
            ? `${described} is in GitHub's description but not served by the stand-in`
            : `no operation in GitHub's description matches ${req.method} ${req.path}`
        }
      ])
      return fail(404, 'Not Found', API_DOCS)
    }
    const fault = faults.take(req.method, req.path, operation, requestId)
    if (fault) return answer(fault)

    const reply = serve(operation, user, req, violate)
    checkResponse(operation, reply, violate)
    return answer(reply)
  }

  const serve = (
    op: Operation,
    user: User,
    req: StandInRequest,
    violate: (where: Violation['where'], issues: SchemaIssue[]) => void
  ): Reply => {
    const error = (status: number, message: string): Reply => ({
      status,
      body: errorBody(status, message, op.docsUrl)
    })
    const path = op.checkPath(op.match(req.path) ?? {})
    if (path.issues.length > 0) {
      // GitHub routes `/issues/abc` nowhere: a path parameter of the wrong type is a 404.
      violate('request.path', path.issues)
      return error(404, 'Not Found')
    }
    const query = op.checkQuery(req.query)
    if (query.issues.length > 0) {
      violate('request.query', query.issues)
      return error(422, invalidRequest('query', query.issues))
    }
    let body: unknown
    if (op.checkBody) {
      const text = req.body.toString('utf8')
      if (text.trim() === '') {
        if (op.bodyRequired) {
          violate('request.body', [{ pointer: '/', message: 'a JSON body is required' }])
          return error(400, 'Problems parsing JSON')
        }
      } else {
        try {
          body = JSON.parse(text) as unknown
        } catch {
          violate('request.body', [{ pointer: '/', message: 'body is not JSON' }])
          return error(400, 'Problems parsing JSON')
        }
        const issues = op.checkBody(body)
        if (issues.length > 0) {
          violate('request.body', issues)
          return error(422, invalidRequest('body', issues))
        }
      }
    }
    const route = routes[op.id]
    if (!route) throw new Error(`no route for ${op.id}`)
    try {
      return route({
        store,
        render,
        user,
        params: new Params({ ...query.values, ...path.values }),
        body,
        accept: req.headers.accept ?? '',
        url: new URL(`${req.path}?${req.query.toString()}`, api)
      })
    } catch (e) {
      if (!(e instanceof GitHubError)) {
        // A stand-in bug: answer like GitHub's 500 and make the test fail on it.
        const message = e instanceof Error ? e.message : String(e)
        violate('response', [{ pointer: '/', message: `handler failed: ${message}` }])
        return error(500, 'Server Error')
      }
      return { status: e.status, body: errorBody(e.status, e.message, op.docsUrl, e.errors) }
    }
  }

  const server = await startServer(handler)
  api = server.url
  return {
    url: server.url,
    state: store,
    render,
    requests,
    violations,
    dispatches: store.dispatches,
    workflowDispatches: store.workflowDispatches,
    faults,
    exhaustRateLimit(login, api = 'rest') {
      const user = store.user(login)
      if (!user) throw new Error(`no seeded user ${login}`)
      // The keys the REST handler and the GraphQL endpoint count under.
      const key = api === 'graphql' ? `graphql:${user.login.toLowerCase()}` : user.login
      limits.exhaust(key, user.rateLimit)
    },
    clock: {
      now: () => store.now(),
      advance: (ms) => {
        store.advance(ms)
      }
    },
    tokenFor(login) {
      const found = store.user(login)
      if (!found) throw new Error(`no seeded user ${login}`)
      return found.token
    },
    comment({ repo, issue: number, user, body }) {
      const name = repo ?? [...store.repos.values()][0]?.fullName ?? ''
      const issue = store.issue(name, number)
      if (!issue) throw new Error(`no issue ${name}#${number}`)
      return render.comment(store.addComment(issue, user, body))
    },
    editComment(id, body, asLogin) {
      const comment = store.comment(id)
      if (!comment) throw new Error(`no comment ${id}`)
      store.editComment(comment, body, asLogin ?? comment.user)
      return render.comment(comment)
    },
    editIssueBody(number, body, asLogin, repo) {
      const name = repo ?? [...store.repos.values()][0]?.fullName ?? ''
      const issue = store.issue(name, number)
      if (!issue) throw new Error(`no issue ${name}#${number}`)
      store.editIssueBody(issue, body, asLogin ?? issue.user)
      return render.issue(issue)
    },
    deleteComment(id) {
      if (!store.deleteComment(id)) throw new Error(`no comment ${id}`)
    },
    reviewDeployment({ repo, runId, environment, user, state = 'approved', comment = '' }) {
      const name = repo ?? [...store.repos.values()][0]?.fullName ?? ''
      store.deploymentReviews.push({
        repo: name,
        runId,
        environment,
        user,
        state,
        comment,
        at: store.stamp()
      })
    },
    addDeployment(input) {
      return store.addDeployment(input).id
    },
    addDeploymentStatus({ repo, deploymentId, ...status }) {
      const name = repo ?? [...store.repos.values()][0]?.fullName ?? ''
      const deployment = store.deployment(name, deploymentId)
      if (!deployment) throw new Error(`no deployment ${deploymentId} in ${name}`)
      return store.addDeploymentStatus(deployment, status).id
    },
    addRelease(input) {
      return store.addRelease(input).id
    },
    addPull(input) {
      return store.addPull(input).number
    },
    addCommit(input) {
      return store.addCommit(input).sha
    },
    takeViolations() {
      return violations.splice(0, violations.length)
    },
    assertNoViolations() {
      const found = violations.splice(0, violations.length)
      if (found.length > 0) {
        throw new Error(
          `GitHub stand-in saw ${found.length} protocol violation(s):\n${found.map(formatViolation).join('\n')}`
        )
      }
    },
    close: () => server.close()
  }
}

/**
 * Checks a reply against the operation's documented responses. GitHub documents 401, 403 and
 * 404 globally and sends its error JSON even where an operation lists an error without a
 * body, so any error status must carry a GitHub error body.
 */
function checkResponse(
  op: Operation,
  reply: Reply,
  violate: (where: Violation['where'], issues: SchemaIssue[]) => void
): void {
  if (typeof reply.body === 'string' || Buffer.isBuffer(reply.body)) return // raw media types
  const documented = op.response(reply.status)
  const validate =
    documented ??
    (reply.status >= 400
      ? componentValidator(reply.status === 422 ? 'validation-error' : 'basic-error')
      : undefined)
  if (validate) {
    if (!validate(reply.body)) violate('response', issuesOf(validate.errors))
  } else if (documented === undefined) {
    violate('response', [
      { pointer: '/', message: `status ${reply.status} is not documented for ${op.id}` }
    ])
  } else if (reply.body !== undefined) {
    violate('response', [
      { pointer: '/', message: `status ${reply.status} is documented without a body` }
    ])
  }
}
