// Whether the current plan is approved, decided from the issue's original human comments every
// time. OpsLoop's replies are never read back as approvals; the plan itself comes from OpsLoop's
// sealed record (issue/ledger.ts). A comment counts only when nobody ever edited it and it was
// posted after the comment that proposed the plan (comment ids increase with time, so the order
// is exact even within one second). Stateless and pure apart from the two lookups the caller
// passes in.
import type { Runbook } from '../generated/runbook.js'
import type { Permission } from '../issue/thread.js'
import {
  MIN_DIGEST,
  parseCommentCommand,
  type CommandWord,
  type CommentCommand
} from './comment-command.js'

export type { Permission }

export interface IssueComment {
  id: number
  /** Login. */
  author: string
  /** 'User' | 'Bot' | 'Organization' ... */
  authorType: string
  body: string
  /** ISO time. */
  createdAt: string
  /** Whether anyone ever changed the body after it was posted. */
  edited: boolean
}

export interface ApprovalContext {
  /** The current plan, and the id of OpsLoop's comment that proposed it. */
  plan: { digest: string; proposedIn: number; requestedBy?: string }
  approval: Runbook['approval']
  /** Logins of the action's own identity and other automation to ignore (e.g. 'github-actions[bot]'). */
  ignoredLogins: readonly string[]
  now: Date
  permissionOf(login: string): Promise<Permission>
  /**
   * Whether the login is an active member of the team. Absent, or answering undefined, when the
   * token cannot read org team membership: team-restricted runbooks then refuse clearly.
   */
  isTeamMember?: (org: string, slug: string, login: string) => Promise<boolean | undefined>
}

export interface CommentDecision {
  commentId: number
  author: string
  command: CommentCommand['kind']
  outcome: 'approved' | 'rejected' | 'refused' | 'counted-already' | 'ignored'
  /** One sentence a person can act on, e.g. why it was refused and what to do instead. */
  reason: string
}

export interface ApprovalState {
  status: 'approved' | 'pending' | 'rejected'
  /** Distinct, in order of approval. */
  approvers: string[]
  /** minApprovals (default 1). */
  needed: number
  /** One per comment carrying /approve or /reject, in comment order; other comments are left out. */
  decisions: CommentDecision[]
}

const DURATION = /^([1-9][0-9]*[smhd])+$/
const UNIT_MS = new Map([
  ['s', 1_000],
  ['m', 60_000],
  ['h', 3_600_000],
  ['d', 86_400_000]
])

/** Milliseconds in a runbook duration (`90s`, `30m`, `1h30m`, `7d`), as the schema's pattern allows. */
export function parseDuration(text: string): number {
  if (!DURATION.test(text))
    throw new Error(`"${text}" is not a duration such as 90s, 30m, 1h30m or 7d`)
  let ms = 0
  for (const [, count = '', unit = ''] of text.matchAll(/([0-9]+)([smhd])/g))
    ms += Number(count) * (UNIT_MS.get(unit) ?? Number.NaN)
  if (!Number.isSafeInteger(ms)) throw new Error(`"${text}" is too long a duration`)
  return ms
}

const login = (name: string): string => name.replace(/^@/, '').toLowerCase()
const FULL_DIGEST = /^[0-9a-f]{64}$/

const orList = (items: readonly string[]): string =>
  items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} or ${items.slice(-1).join('')}`

interface Lookups {
  permission(author: string): Promise<Permission>
  member(org: string, slug: string, author: string): Promise<boolean | undefined>
}

// One lookup per distinct author (and team) within a call: a busy issue has many comments.
function cachedLookups(ctx: Pick<ApprovalContext, 'permissionOf' | 'isTeamMember'>): Lookups {
  const permissions = new Map<string, Promise<Permission>>()
  const members = new Map<string, Promise<boolean | undefined>>()
  return {
    permission(author) {
      const key = login(author)
      let found = permissions.get(key)
      if (!found) {
        found = ctx.permissionOf(author)
        permissions.set(key, found)
      }
      return found
    },
    member(org, slug, author) {
      const { isTeamMember } = ctx
      if (!isTeamMember) return Promise.resolve(undefined)
      const key = `${org}/${slug}/${login(author)}`.toLowerCase()
      let found = members.get(key)
      if (!found) {
        found = isTeamMember(org, slug, author)
        members.set(key, found)
      }
      return found
    }
  }
}

/** Whether a comment takes part in the approval decision at all. */
function carriesDecision(command: CommentCommand | undefined): command is CommentCommand {
  if (command === undefined) return false
  if (command.kind === 'invalid')
    return command.command === 'approve' || command.command === 'reject'
  return command.kind === 'approve' || command.kind === 'reject'
}

const DOING: Record<CommandWord, string> = {
  approve: 'approving',
  reject: 'rejecting',
  'dry-run': 'a dry run',
  cancel: 'cancelling',
  set: 'setting a parameter',
  retriage: 'triaging again',
  ask: 'asking OpsLoop'
}
type Verb = 'approve' | 'reject' | 'dry-run' | 'set' | 'retriage'

/** Whether a repository permission lets its holder give OpsLoop commands at all. */
export const maySendCommands = (permission: Permission): boolean =>
  permission === 'write' || permission === 'admin'

/**
 * Why someone without `write` or `admin` cannot do what their command asks: one sentence, e.g.
 * "bob has only `read` permission on this repository, but approving needs `write` or `admin`; …".
 */
export function permissionRefusal(who: string, permission: Permission, word: string): string {
  const has =
    permission === 'none'
      ? 'no access to this repository (permission `none`)'
      : `only \`${permission}\` permission on this repository`
  const doing = (DOING as Record<string, string | undefined>)[word] ?? `\`/${word}\``
  return `${who} has ${has}, but ${doing} needs \`write\` or \`admin\`; ask someone with write access.`
}

/**
 * Why the author may not change what runs with this runbook, or undefined when they may:
 * approving and rejecting, and equally setting a parameter (`/set`) or asking for a new triage
 * (`/retriage`), since both change the plan that others then approve; and a dry run (`/dry-run`),
 * which shows what would be sent to the hosts, to the same people.
 */
export function refuseChange(
  comment: IssueComment,
  verb: Verb,
  ctx: Pick<ApprovalContext, 'approval' | 'permissionOf' | 'isTeamMember'>
): Promise<string | undefined> {
  return refusePerson(comment, verb, ctx, cachedLookups(ctx))
}

/** Why the author may not approve or reject this runbook at all, or undefined when they may. */
async function refusePerson(
  comment: IssueComment,
  verb: Verb,
  ctx: Pick<ApprovalContext, 'approval' | 'isTeamMember'>,
  lookups: Lookups
): Promise<string | undefined> {
  const who = comment.author
  if (comment.edited)
    return `This comment was edited, and edited comments do not count because others with write access can edit them; post a new /${verb}.`
  if (who.trim() === '' || comment.authorType !== 'User' || /\[bot\]$/i.test(who))
    return `Comments by bots, apps and deleted accounts do not count; a person with write access must post /${verb}.`

  const permission = await lookups.permission(who)
  if (!maySendCommands(permission)) return permissionRefusal(who, permission, verb)

  const users = ctx.approval.approvers?.users ?? []
  const teams = (ctx.approval.approvers?.teams ?? []).map((t) => t.replace(/^@/, ''))
  if (users.length === 0 && teams.length === 0) return undefined
  if (users.some((u) => login(u) === login(who))) return undefined
  const cannotRead = `This runbook limits approval to teams ${teams.join(', ')}, but the token cannot read team membership; use a GitHub App token with members:read.`
  if (teams.length > 0) {
    if (!ctx.isTeamMember) return cannotRead
    let unknown = false
    for (const team of teams) {
      const slash = team.indexOf('/')
      const org = team.slice(0, slash)
      const slug = team.slice(slash + 1)
      if (slash <= 0 || slug === '') continue
      const member = await lookups.member(org, slug, who)
      if (member === true) return undefined
      if (member === undefined) unknown = true
    }
    if (unknown) return cannotRead
  }
  const allowed = orList([
    ...users.map((u) => u.replace(/^@/, '')),
    ...teams.map((t) => `members of ${t}`)
  ])
  return `Only ${allowed} may ${verb} with this runbook; ask one of them.`
}

async function decide(
  comment: IssueComment,
  command: CommentCommand | undefined,
  ctx: ApprovalContext,
  alreadyApproved: readonly string[],
  lookups: Lookups
): Promise<CommentDecision> {
  const decision = (outcome: CommentDecision['outcome'], reason: string): CommentDecision => ({
    commentId: comment.id,
    author: comment.author,
    // A comment without a command has no kind of its own; 'invalid' is the closest.
    command: command?.kind ?? 'invalid',
    outcome,
    reason
  })
  if (command === undefined) return decision('ignored', 'This comment carries no OpsLoop command.')
  if (ctx.ignoredLogins.some((l) => login(l) === login(comment.author)))
    return decision(
      'ignored',
      `Comments by ${comment.author} are automation and are never read as commands.`
    )
  if (
    command.kind === 'dry-run' ||
    command.kind === 'cancel' ||
    command.kind === 'set' ||
    command.kind === 'retriage' ||
    command.kind === 'ask'
  )
    return decision(
      'ignored',
      `/${command.kind} is not an approval decision and is handled on its own.`
    )
  if (command.kind === 'invalid') return decision('refused', command.reason)

  const refusal = await refusePerson(comment, command.kind, ctx, lookups)
  if (refusal !== undefined) return decision('refused', refusal)

  const { plan } = ctx
  const created = Date.parse(comment.createdAt)
  // Unreadable times fail closed: an expiry could not be checked.
  if (Number.isNaN(created))
    return decision(
      'refused',
      'The comment has no readable time, so it cannot count; post it again.'
    )
  const before = comment.id <= plan.proposedIn

  // No self-approval check for /reject: withdrawing one's own request only makes things safer.
  if (command.kind === 'reject') {
    if (before)
      return decision(
        'refused',
        `This /reject was posted before the current plan ${plan.digest.slice(0, 12)} was proposed; post a new /reject if you still object to it.`
      )
    return decision(
      'rejected',
      `${comment.author} rejected the plan; a new /approve from them withdraws the rejection.`
    )
  }

  if (
    ctx.approval.allowSelfApproval !== true &&
    plan.requestedBy !== undefined &&
    login(plan.requestedBy) === login(comment.author)
  )
    return decision(
      'refused',
      `${comment.author} requested this remediation and this runbook does not allow self-approval; ask another approver.`
    )

  const digest = plan.digest.toLowerCase()
  if (!FULL_DIGEST.test(digest))
    return decision(
      'refused',
      'The current plan has no valid digest, so it cannot be approved; fix the problems the issue lists first.'
    )
  if (command.digest === undefined)
    return decision(
      'refused',
      `An approval must name the plan it approves: comment \`/approve ${digest.slice(0, 12)}\` (at least ${MIN_DIGEST} characters of the digest) after checking the plan.`
    )
  if (!digest.startsWith(command.digest))
    return decision(
      'refused',
      `This approves plan ${command.digest}, but the current plan is ${digest.slice(0, 12)}; check the new plan and approve it.`
    )
  if (before)
    return decision(
      'refused',
      `This /approve was posted before the current plan ${digest.slice(0, 12)} was proposed, so it approves an earlier plan; check the new plan and approve it.`
    )

  if (ctx.approval.expiry !== undefined) {
    let expiry: number
    try {
      expiry = parseDuration(ctx.approval.expiry)
    } catch {
      return decision(
        'refused',
        `The runbook's approval.expiry "${ctx.approval.expiry}" is not a duration such as 30m or 2h; fix the runbook.`
      )
    }
    if (ctx.now.getTime() - created > expiry)
      return decision(
        'refused',
        `This approval expired: it is older than the runbook's approval.expiry of ${ctx.approval.expiry}; post a new /approve if the plan is still right.`
      )
  }

  if (alreadyApproved.some((a) => login(a) === login(comment.author)))
    return decision(
      'counted-already',
      `${comment.author}'s approval of this plan is already counted; one person counts once.`
    )

  const needed = neededOf(ctx)
  const count = Math.min(alreadyApproved.length + 1, needed)
  return decision(
    'approved',
    `${comment.author} approved plan ${digest.slice(0, 12)} (${count} of ${needed} needed).`
  )
}

// The schema's minimum is 1; never let a bad value mean "no approval needed".
const neededOf = (ctx: ApprovalContext): number => Math.max(1, ctx.approval.minApprovals ?? 1)

/** One comment's decision, for replying to it right away. */
export function decideComment(
  comment: IssueComment,
  ctx: ApprovalContext,
  alreadyApproved: readonly string[]
): Promise<CommentDecision> {
  return decide(
    comment,
    parseCommentCommand(comment.body),
    ctx,
    alreadyApproved,
    cachedLookups(ctx)
  )
}

/**
 * The approval state of the current plan. Comments are read in the order given (the API lists
 * them oldest first); each person's latest counted /approve or /reject is their stance.
 */
export async function evaluateApprovals(
  comments: readonly IssueComment[],
  ctx: ApprovalContext
): Promise<ApprovalState> {
  const lookups = cachedLookups(ctx)
  const approvers: string[] = []
  const rejecters = new Set<string>()
  const decisions: CommentDecision[] = []
  for (const comment of comments) {
    const command = parseCommentCommand(comment.body)
    if (!carriesDecision(command)) continue
    const decision = await decide(comment, command, ctx, approvers, lookups)
    decisions.push(decision)
    const who = login(comment.author)
    if (decision.outcome === 'approved') {
      rejecters.delete(who)
      approvers.push(comment.author)
    } else if (decision.outcome === 'rejected') {
      rejecters.add(who)
      const at = approvers.findIndex((a) => login(a) === who)
      if (at >= 0) approvers.splice(at, 1)
    }
  }
  const needed = neededOf(ctx)
  const status =
    rejecters.size > 0 ? 'rejected' : approvers.length >= needed ? 'approved' : 'pending'
  return { status, approvers, needed, decisions }
}
