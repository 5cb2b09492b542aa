// GitHub's GraphQL API (`POST /graphql`) for the stand-in, backed by the same in-memory Store as
// REST. Every query is parsed and validated by graphql-js against GitHub's published schema
// (@octokit/graphql-schema); a query that does not validate is answered as GitHub answers it
// (HTTP 200 with `errors` and no `data`) and recorded as a violation, so tests catch queries
// GitHub would reject. Only what OpsLoop reads is modelled: a field the schema has but the
// stand-in does not model fails that field with "not modelled by the stand-in: <Type.field>"
// (and a violation), never a silent null.
//
// Modelled: viewer; repository(owner:, name:) { issue(number:) }; Issue and IssueComment
// bodies with their edit state (lastEditedAt, includesCreatedEdit, editor, userContentEdits),
// authors (User or Bot; null for a deleted account), labels, comments, and timelineItems of
// types LABELED_EVENT and UNLABELED_EVENT. Connections paginate with cursors as GitHub does
// (`first`/`last` required, at most 100). As on GitHub, a Bot's login in GraphQL has no `[bot]`
// suffix (`github-actions`), while `viewer` (typed User) reports the token's login as REST does.
import type {
  DocumentNode,
  GraphQLError,
  GraphQLFieldResolver,
  GraphQLSchema,
  GraphQLTypeResolver
} from 'graphql'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { cachedFile } from '../cache.js'
import type { StandInRequest } from '../http.js'
import type { Comment, ContentEdit, Issue, Label, LabelEvent, Repo, Store, User } from './state.js'
import type { Faults, RateLimits } from './traffic.js'

const WEB = 'https://github.com'
const GRAPHQL_DOCS = 'https://docs.github.com/graphql'
/** GitHub's limit on `first`/`last` of any connection. */
const MAX_PAGE = 100

export const GRAPHQL_PATH = '/graphql'

const load = createRequire(import.meta.url)
let graphqlJs: typeof import('graphql') | undefined

/** graphql-js, loaded on the first GraphQL request: most processes never send one. */
function gql(): typeof import('graphql') {
  return (graphqlJs ??= load('graphql') as typeof import('graphql'))
}

let schema: GraphQLSchema | undefined
let loadMs: number | undefined

/**
 * GitHub's schema, built once per process (per test file under jest, which isolates modules) on
 * the first GraphQL request. The published SDL declares `EnterpriseOwnerInfo.repositoryDeployKeySetting`
 * twice, which graphql-js's SDL check rejects, so it is built with `assumeValidSDL`; the built
 * schema is still checked as a type system on the first validation. Parsing the 1.2 MB SDL is
 * done once per machine: its document (without locations) is kept in the stand-ins' cache as
 * JSON, which reads in about a third of the time. About 0.1 s from the cache, 0.3 s without.
 */
export function githubSchema(): GraphQLSchema {
  if (schema) return schema
  const started = performance.now()
  // The package exports only its ESM entry (which also parses the 10 MB JSON): find the SDL file.
  const dirs = load.resolve.paths('@octokit/graphql-schema') ?? []
  const file = dirs
    .map((dir) => join(dir, '@octokit', 'graphql-schema', 'schema.graphql'))
    .find((candidate) => existsSync(candidate))
  if (!file) throw new Error('@octokit/graphql-schema is not installed (schema.graphql not found)')
  const sdl = readFileSync(file, 'utf8')
  const { buildASTSchema, parse } = gql()
  const parseSdl = (): DocumentNode => parse(sdl, { noLocation: true })
  const hash = createHash('sha256').update(sdl).update(gql().version).digest('hex').slice(0, 20)
  const cached = cachedFile(`github-graphql-${hash}.json`, () => JSON.stringify(parseSdl()))
  const document = cached ? (JSON.parse(readFileSync(cached, 'utf8')) as DocumentNode) : parseSdl()
  schema = buildASTSchema(document, { assumeValidSDL: true })
  loadMs = performance.now() - started
  return schema
}

/** Milliseconds the schema took to build; undefined until the first GraphQL request. */
export function schemaLoadMs(): number | undefined {
  return loadMs
}

export interface GraphqlViolation {
  where: 'route' | 'request.body' | 'response'
  pointer: string
  message: string
}

export interface GraphqlReply {
  status: number
  body: unknown
  headers: Record<string, string>
  /** Login of the token's user; undefined when unauthenticated. */
  login: string | undefined
  violations: GraphqlViolation[]
}

/** An error GitHub answers in `errors` with a `type` (NOT_FOUND, EXCESSIVE_PAGINATION, ...). */
class Answer extends Error {
  constructor(
    readonly type: string,
    message: string,
    /** The caller's mistake (a bad argument), recorded as a violation as well. */
    readonly mistake = false
  ) {
    super(message)
  }
}

/** A field or argument the schema has and the stand-in does not implement. */
class NotModelled extends Error {
  constructor(what: string) {
    super(`not modelled by the stand-in: ${what}`)
  }
}

type Args = Record<string, unknown>
/**
 * A resolved object: its fields as values or as functions of the field's arguments. Objects
 * that can stand for an interface or union (Actor, timeline items) name their `__typename`.
 */
interface Model {
  __typename?: string
  [field: string]: unknown
}
type FieldFn = (args: Args) => unknown

interface Env {
  store: Store
  user: User
}

function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`${kind}:${id}`).toString('base64')
}

/** Opaque to clients, as GitHub's are; encodes the item's position key. */
function cursor(key: number): string {
  return Buffer.from(`cursor:v2:${key}`).toString('base64')
}

function decodeCursor(value: string): number {
  const match = /^cursor:v2:(-?\d+)$/.exec(Buffer.from(value, 'base64').toString('utf8'))
  if (!match?.[1]) {
    throw new Answer(
      'INVALID_CURSOR_ARGUMENTS',
      `\`${value}\` does not appear to be a valid cursor.`,
      true
    )
  }
  return Number(match[1])
}

const optionalInt = (args: Args, name: string): number | undefined =>
  typeof args[name] === 'number' ? args[name] : undefined
const optionalString = (args: Args, name: string): string | undefined =>
  typeof args[name] === 'string' ? args[name] : undefined

interface Page<T> {
  nodes: T[]
  keys: number[]
  filtered: number
  hasNextPage: boolean
  hasPreviousPage: boolean
}

/**
 * One page of a connection, as GitHub pages: `first` or `last` is required and at most 100;
 * `after`/`before` are cursors of items. `key` orders items (ascending in list order, or
 * descending when `descending`), so a cursor stays valid when other items are deleted.
 */
function paginate<T>(
  connection: string,
  items: readonly T[],
  args: Args,
  key: (item: T) => number,
  descending = false
): Page<T> {
  const first = optionalInt(args, 'first')
  const last = optionalInt(args, 'last')
  if (first === undefined && last === undefined) {
    throw new Answer(
      'MISSING_PAGINATION_BOUNDARIES',
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${connection}\` connection.`,
      true
    )
  }
  for (const [name, value] of [
    ['first', first],
    ['last', last]
  ] as const) {
    if (value === undefined) continue
    if (value < 0) {
      throw new Answer(
        'INVALID_ARGUMENTS',
        `\`${name}\` on the \`${connection}\` connection cannot be less than zero.`,
        true
      )
    }
    if (value > MAX_PAGE) {
      throw new Answer(
        'EXCESSIVE_PAGINATION',
        `Requesting ${value} records on the \`${connection}\` connection exceeds the \`${name}\` limit of ${MAX_PAGE} records.`,
        true
      )
    }
  }
  const order = (k: number): number => (descending ? -k : k)
  const after = optionalString(args, 'after')
  const before = optionalString(args, 'before')
  let list = items.map((item) => ({ item, k: key(item) }))
  if (after !== undefined) {
    const bound = order(decodeCursor(after))
    list = list.filter((e) => order(e.k) > bound)
  }
  if (before !== undefined) {
    const bound = order(decodeCursor(before))
    list = list.filter((e) => order(e.k) < bound)
  }
  const filtered = list.length
  let hasNextPage = false
  let hasPreviousPage = false
  if (first !== undefined && list.length > first) {
    hasNextPage = true
    list = list.slice(0, first)
  }
  if (last !== undefined && list.length > last) {
    hasPreviousPage = true
    list = list.slice(list.length - last)
  }
  return {
    nodes: list.map((e) => e.item),
    keys: list.map((e) => e.k),
    filtered,
    hasNextPage,
    hasPreviousPage
  }
}

/** The connection object (nodes, edges, pageInfo, totalCount) for a page. */
function connectionOf<T>(page: Page<T>, total: number, model: (item: T) => Model): Model {
  const nodes = page.nodes.map(model)
  const cursors = page.keys.map(cursor)
  return {
    totalCount: total,
    nodes,
    edges: nodes.map((node, i) => ({ node, cursor: cursors[i] })),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: cursors[0] ?? null,
      endCursor: cursors[cursors.length - 1] ?? null
    }
  }
}

/** Arguments the stand-in does not implement fail loudly instead of being ignored. */
function unsupported(args: Args, field: string, names: readonly string[]): void {
  for (const name of names) {
    if (args[name] !== undefined && args[name] !== null) {
      throw new NotModelled(`${field}(${name}:)`)
    }
  }
}

/** Resolvers over the Store for one request (the viewer matters for `viewerDidAuthor`). */
class Models {
  constructor(private readonly env: Env) {}

  private get store(): Store {
    return this.env.store
  }

  root(): Model {
    return {
      __typename: 'Query',
      viewer: this.viewer(),
      repository: (args: Args) => this.repository(String(args.owner), String(args.name))
    }
  }

  /** Typed User in the schema, so even a bot token's viewer is a User with its REST login. */
  private viewer(): Model {
    const { user } = this.env
    return {
      __typename: 'User',
      id: nodeId(user.type, user.id),
      databaseId: user.id,
      login: user.login,
      url: this.webUrl(user),
      resourcePath: new URL(this.webUrl(user)).pathname,
      avatarUrl: (args: Args) => this.avatar(user, args)
    }
  }

  private webUrl(user: User): string {
    return user.type === 'Bot' ? `${WEB}/apps/${botSlug(user.login)}` : `${WEB}/${user.login}`
  }

  private avatar(user: User, args: Args): string {
    const size = optionalInt(args, 'size')
    return `https://avatars.githubusercontent.com/u/${user.id}?${size === undefined ? '' : `s=${size}&`}v=4`
  }

  /** An Actor (User or Bot); null for a login with no account (deleted: GitHub's ghost). */
  actor(login: string | null): Model | null {
    const user = login === null ? undefined : this.store.user(login)
    if (!user) return null
    return {
      __typename: user.type,
      id: nodeId(user.type, user.id),
      databaseId: user.id,
      // GraphQL names an app's bot by its slug: `github-actions`, not `github-actions[bot]`.
      login: user.type === 'Bot' ? botSlug(user.login) : user.login,
      url: this.webUrl(user),
      resourcePath: new URL(this.webUrl(user)).pathname,
      avatarUrl: (args: Args) => this.avatar(user, args)
    }
  }

  private repository(owner: string, name: string): Model {
    const repo = this.store.repo(owner, name)
    // Private repositories the token cannot read are hidden, as on GitHub.
    if (!repo || !this.store.can(this.env.user, repo, 'read')) {
      throw new Answer(
        'NOT_FOUND',
        `Could not resolve to a Repository with the name '${owner}/${name}'.`
      )
    }
    return this.repo(repo)
  }

  private repo(repo: Repo): Model {
    return {
      __typename: 'Repository',
      id: nodeId('Repository', repo.id),
      databaseId: repo.id,
      name: repo.name,
      nameWithOwner: repo.fullName,
      url: `${WEB}/${repo.fullName}`,
      isPrivate: repo.visibility === 'private',
      issue: (args: Args) => {
        const number = Number(args.number)
        const issue = this.store.issue(repo.fullName, number)
        if (!issue) {
          throw new Answer(
            'NOT_FOUND',
            `Could not resolve to an Issue with the number of ${number}.`
          )
        }
        return this.issue(issue)
      }
    }
  }

  private edited(
    kind: string,
    target: Issue | Comment
  ): Pick<Model, 'lastEditedAt' | 'includesCreatedEdit' | 'editor' | 'userContentEdits'> {
    return {
      lastEditedAt: target.lastEditedAt,
      // "Whether this was edited and includes an edit with the creation data": once edited.
      includesCreatedEdit: target.edits.length > 0,
      editor: this.actor(target.edits[target.edits.length - 1]?.editor ?? null),
      userContentEdits: (args: Args) => {
        // Newest first, as GitHub lists them; the creation edit comes last.
        const edits = target.edits.map((edit, index) => ({ edit, index })).reverse()
        const page = paginate('userContentEdits', edits, args, (e) => e.index, true)
        return connectionOf(page, edits.length, (e) => this.contentEdit(kind, target, e))
      }
    }
  }

  private contentEdit(
    kind: string,
    target: Issue | Comment,
    { edit, index }: { edit: ContentEdit; index: number }
  ): Model {
    return {
      __typename: 'UserContentEdit',
      id: nodeId('UserContentEdit', `${kind}${target.id}:${index}`),
      createdAt: edit.editedAt,
      updatedAt: edit.editedAt,
      editedAt: edit.editedAt,
      editor: this.actor(edit.editor),
      // GitHub's `diff` holds the revision's text.
      diff: edit.body ?? '',
      deletedAt: null,
      deletedBy: null
    }
  }

  issue(issue: Issue): Model {
    const url = `${WEB}/${issue.repo}/issues/${issue.number}`
    return {
      __typename: 'Issue',
      id: nodeId('Issue', issue.id),
      databaseId: issue.id,
      number: issue.number,
      title: issue.title,
      body: issue.body ?? '',
      url,
      resourcePath: new URL(url).pathname,
      state: issue.state === 'open' ? 'OPEN' : 'CLOSED',
      closed: issue.state === 'closed',
      closedAt: issue.closedAt,
      locked: issue.locked,
      createdAt: issue.createdAt,
      updatedAt: issue.updatedAt,
      author: this.actor(issue.user),
      viewerDidAuthor: issue.user.toLowerCase() === this.env.user.login.toLowerCase(),
      ...this.edited('Issue', issue),
      repository: () => {
        const [owner = '', name = ''] = issue.repo.split('/')
        return this.repository(owner, name)
      },
      labels: (args: Args) => this.issueLabels(issue, args),
      comments: (args: Args) => {
        unsupported(args, 'Issue.comments', ['orderBy'])
        // Oldest first; ids grow with creation, so a cursor survives deleted comments.
        const all = this.store.commentsOf(issue.repo, issue.number)
        const page = paginate('comments', all, args, (c) => c.id)
        return connectionOf(page, all.length, (c) => this.comment(c))
      },
      timelineItems: (args: Args) => this.timeline(issue, args)
    }
  }

  private issueLabels(issue: Issue, args: Args): Model {
    // Default order: the labels' creation (LabelOrder CREATED_AT ASC), not when applied.
    const order = (args.orderBy ?? { field: 'CREATED_AT', direction: 'ASC' }) as {
      field: string
      direction: string
    }
    const labels = issue.labels.flatMap((name) => {
      const label = this.store.label(issue.repo, name)
      return label ? [label] : []
    })
    labels.sort((a, b) =>
      order.field === 'NAME' ? (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1) : a.id - b.id
    )
    if (order.direction === 'DESC') labels.reverse()
    const positions = new Map(labels.map((l, i) => [l, i]))
    const page = paginate('labels', labels, args, (l) => positions.get(l) ?? 0)
    return connectionOf(page, labels.length, (l) => this.label(l, issue.repo))
  }

  private label(label: Label | undefined, repo: string, name = label?.name ?? ''): Model {
    return {
      __typename: 'Label',
      id: nodeId('Label', label?.id ?? 0),
      name,
      color: label?.color ?? 'ededed',
      description: label?.description ?? null,
      isDefault: false,
      url: `${WEB}/${repo}/labels/${encodeURIComponent(name)}`,
      resourcePath: `/${repo}/labels/${encodeURIComponent(name)}`
    }
  }

  comment(comment: Comment): Model {
    const url = `${WEB}/${comment.repo}/issues/${comment.issueNumber}#issuecomment-${comment.id}`
    return {
      __typename: 'IssueComment',
      id: nodeId('IssueComment', comment.id),
      databaseId: comment.id,
      body: comment.body,
      url,
      resourcePath: new URL(url).pathname + new URL(url).hash,
      createdAt: comment.createdAt,
      updatedAt: comment.updatedAt,
      author: this.actor(comment.user),
      viewerDidAuthor: comment.user.toLowerCase() === this.env.user.login.toLowerCase(),
      ...this.edited('IssueComment', comment),
      issue: () => {
        const issue = this.store.issue(comment.repo, comment.issueNumber)
        if (!issue) throw new Error(`comment ${comment.id} has no issue`)
        return this.issue(issue)
      }
    }
  }

  private timeline(issue: Issue, args: Args): Model {
    unsupported(args, 'Issue.timelineItems', ['since', 'skip'])
    const kinds = args.itemTypes as string[] | null | undefined
    const modelled = new Map<string, LabelEvent['type']>([
      ['LABELED_EVENT', 'labeled'],
      ['UNLABELED_EVENT', 'unlabeled']
    ])
    if (!kinds) {
      throw new NotModelled(
        'Issue.timelineItems without itemTypes (only LABELED_EVENT and UNLABELED_EVENT are modelled)'
      )
    }
    const other = kinds.find((k) => !modelled.has(k))
    if (other !== undefined) throw new NotModelled(`Issue.timelineItems(itemTypes: ${other})`)
    const wanted = new Set(kinds.map((k) => modelled.get(k)))
    const events = this.store.labelEventsOf(issue).filter((e) => wanted.has(e.type))
    const page = paginate('timelineItems', events, args, (e) => e.id)
    return {
      ...connectionOf(page, events.length, (e) => this.labelEvent(issue, e)),
      filteredCount: page.filtered,
      pageCount: page.nodes.length,
      updatedAt: issue.updatedAt
    }
  }

  private labelEvent(issue: Issue, event: LabelEvent): Model {
    return {
      __typename: event.type === 'labeled' ? 'LabeledEvent' : 'UnlabeledEvent',
      id: nodeId(event.type === 'labeled' ? 'LabeledEvent' : 'UnlabeledEvent', event.id),
      createdAt: event.createdAt,
      actor: this.actor(event.actor),
      label: this.label(this.store.label(issue.repo, event.label), issue.repo, event.label),
      labelable: () => this.issue(issue)
    }
  }
}

/** An app's bot login without its `[bot]` suffix: the app's slug. */
function botSlug(login: string): string {
  return login.replace(/\[bot\]$/, '')
}

const fieldResolver: GraphQLFieldResolver<unknown, Env, Args> = (source, args, _env, info) => {
  const model = source as Model
  if (!Object.hasOwn(model, info.fieldName)) {
    throw new NotModelled(`${info.parentType.name}.${info.fieldName}`)
  }
  const value = model[info.fieldName]
  return typeof value === 'function' ? (value as FieldFn)(args) : value
}

const typeResolver: GraphQLTypeResolver<unknown, Env> = (value) => (value as Model).__typename

/** graphql-js's wording of the commonest validation errors, as GitHub (graphql-ruby) words them. */
function githubWording(error: GraphQLError): { message: string; extensions?: Args } {
  const field = /^Cannot query field "(\w+)" on type "(\w+)"\./.exec(error.message)
  if (field?.[1] && field[2]) {
    return {
      message: `Field '${field[1]}' doesn't exist on type '${field[2]}'`,
      extensions: { code: 'undefinedField', typeName: field[2], fieldName: field[1] }
    }
  }
  const arg = /^Unknown argument "(\w+)" on field "\w+\.(\w+)"\./.exec(error.message)
  if (arg?.[1] && arg[2]) {
    return {
      message: `Field '${arg[2]}' doesn't accept argument '${arg[1]}'`,
      extensions: {
        code: 'argumentNotAccepted',
        name: arg[2],
        typeName: 'Field',
        argumentName: arg[1]
      }
    }
  }
  return { message: error.message }
}

function formatError(error: GraphQLError): Args {
  const original = error.originalError
  const { message, extensions } = original ? { message: error.message } : githubWording(error)
  return {
    ...(original instanceof Answer ? { type: original.type } : {}),
    ...(error.path ? { path: error.path } : {}),
    ...(extensions ? { extensions } : {}),
    ...(error.locations ? { locations: error.locations } : {}),
    message
  }
}

function where(error: GraphQLError): string {
  const at = error.locations?.[0]
  const path = error.path ? ` at ${error.path.join('.')}` : ''
  return `${error.message}${at ? ` (${at.line}:${at.column})` : ''}${path}`
}

/** Serves POST /graphql: authentication, the rate limit and faults as for REST, then the query. */
export class GraphqlEndpoint {
  constructor(
    private readonly store: Store,
    private readonly limits: RateLimits,
    private readonly faults: Faults
  ) {}

  serve(req: StandInRequest, token: string | undefined, requestId: string): GraphqlReply {
    const violations: GraphqlViolation[] = []
    const user = token === undefined ? undefined : this.store.userByToken(token)
    let headers: Record<string, string> = { 'x-github-media-type': 'github.v4; format=json' }
    const reply = (status: number, body: unknown): GraphqlReply => ({
      status,
      body,
      headers,
      login: user?.login,
      violations
    })
    if (!user) {
      return reply(401, {
        message:
          token === undefined
            ? 'This endpoint requires you to be authenticated.'
            : 'Bad credentials',
        documentation_url: GRAPHQL_DOCS
      })
    }
    // GitHub's GraphQL budget is its own ("graphql") and counts points by query size; the
    // stand-in charges every request one point against a per-token bucket of the REST size.
    const rate = this.limits.take(`graphql:${user.login.toLowerCase()}`, user.rateLimit)
    headers = { ...headers, ...rate.headers, 'x-ratelimit-resource': 'graphql' }
    if (rate.exceeded) {
      // GitHub answers 200 with a RATE_LIMITED error, which @octokit/plugin-throttling knows.
      return reply(200, {
        errors: [
          {
            type: 'RATE_LIMITED',
            code: 'graphql_rate_limit',
            message: `API rate limit already exceeded for user ID ${user.id}.`
          }
        ]
      })
    }
    if (req.method !== 'POST') {
      violations.push({
        where: 'route',
        pointer: '/',
        message: `GraphQL is served on POST ${GRAPHQL_PATH}, not ${req.method}`
      })
      return reply(404, { message: 'Not Found', documentation_url: GRAPHQL_DOCS })
    }
    const fault = this.faults.take(
      req.method,
      req.path,
      { id: 'graphql', template: GRAPHQL_PATH },
      requestId
    )
    if (fault) {
      headers = { ...headers, ...fault.headers }
      return reply(fault.status, fault.body)
    }

    let request: { query?: unknown; variables?: unknown; operationName?: unknown }
    try {
      const parsed = JSON.parse(req.body.toString('utf8')) as unknown
      if (typeof parsed !== 'object' || parsed === null) throw new Error('not an object')
      request = parsed
    } catch {
      violations.push({ where: 'request.body', pointer: '/', message: 'body is not a JSON object' })
      return reply(400, { message: 'Problems parsing JSON', documentation_url: GRAPHQL_DOCS })
    }
    const { query, variables, operationName } = request
    if (typeof query !== 'string') {
      const message = 'A query attribute must be specified and must be a string.'
      violations.push({ where: 'request.body', pointer: '/query', message })
      return reply(200, { errors: [{ message }] })
    }
    if (
      variables !== undefined &&
      variables !== null &&
      (typeof variables !== 'object' || Array.isArray(variables))
    ) {
      const message = 'Variables are invalid JSON.'
      violations.push({ where: 'request.body', pointer: '/variables', message })
      return reply(200, { errors: [{ message }] })
    }
    const schema = githubSchema()
    let document: DocumentNode
    try {
      document = gql().parse(query)
    } catch (e) {
      const { GraphQLError: SyntaxError } = gql()
      const error = e instanceof SyntaxError ? e : new SyntaxError(String(e))
      violations.push({ where: 'request.body', pointer: '/query', message: where(error) })
      return reply(200, { errors: [formatError(error)] })
    }
    const invalid = gql().validate(schema, document)
    if (invalid.length > 0) {
      for (const error of invalid) {
        violations.push({ where: 'request.body', pointer: '/query', message: where(error) })
      }
      return reply(200, { errors: invalid.map(formatError) })
    }

    const env: Env = { store: this.store, user }
    const result = gql().executeSync({
      schema,
      document,
      rootValue: new Models(env).root(),
      contextValue: env,
      variableValues: (variables ?? undefined) as Args | undefined,
      operationName: typeof operationName === 'string' ? operationName : undefined,
      fieldResolver,
      typeResolver
    })
    for (const error of result.errors ?? []) {
      const original = error.originalError
      if (!('data' in result)) {
        // Variables that do not fit their types, or an operation that cannot be chosen.
        violations.push({ where: 'request.body', pointer: '/variables', message: where(error) })
      } else if (original instanceof Answer) {
        if (original.mistake) {
          violations.push({ where: 'request.body', pointer: '/query', message: where(error) })
        }
      } else {
        // Not modelled, or a stand-in bug: the test must not pass on a partial answer.
        violations.push({ where: 'response', pointer: '/', message: where(error) })
      }
    }
    const body: Args = {}
    if ('data' in result) body.data = result.data ?? null
    if (result.errors) body.errors = result.errors.map(formatError)
    return reply(200, body)
  }
}
