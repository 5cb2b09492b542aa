import { describe, expect, it } from '@jest/globals'
import {
  decideComment,
  evaluateApprovals,
  maySendCommands,
  parseDuration,
  permissionRefusal,
  refuseChange,
  type ApprovalContext,
  type IssueComment,
  type Permission
} from '../../src/approval/policy.js'
import type { Runbook } from '../../src/generated/runbook.js'

const DIGEST = 'ab12cd34ef56' + '0123456789abcdef'.repeat(3) + '01234567deadbeef'.slice(0, 4)
const AFTER = '2025-06-01T10:05:00Z'
const BEFORE = '2025-06-01T09:55:00Z'
/** An approval naming the current plan, as people must write it. */
const APPROVE = `/approve ${DIGEST.slice(0, 12)}`
/** The id of OpsLoop's comment that proposed the plan: comments before it have smaller ids. */
const PROPOSED_IN = 1000

const PERMISSIONS: Record<string, Permission> = {
  alice: 'write',
  bob: 'admin',
  carol: 'write',
  dave: 'read',
  requester: 'write'
}

interface Setup {
  approval?: Partial<Runbook['approval']>
  /** Team (`org/slug`) to its active members; `null` for a token that cannot read teams. */
  teams?: Record<string, string[]> | null
  /** A lookup that answers undefined, as the GitHub adapter does on 403. */
  teamsUnreadable?: boolean
  now?: string
  digest?: string
}

function setup(options: Setup = {}): { ctx: ApprovalContext; permissionCalls: string[] } {
  const permissionCalls: string[] = []
  const { teams } = options
  const ctx: ApprovalContext = {
    plan: {
      digest: options.digest ?? DIGEST,
      proposedIn: PROPOSED_IN,
      requestedBy: 'requester'
    },
    approval: { required: true, ...options.approval },
    ignoredLogins: ['github-actions[bot]', 'OpsLoop-Bot'],
    now: new Date(options.now ?? '2025-06-01T10:30:00Z'),
    permissionOf: (login) => {
      // Logins are case-insensitive on GitHub.
      permissionCalls.push(login)
      return Promise.resolve(PERMISSIONS[login.toLowerCase()] ?? 'none')
    }
  }
  if (options.teamsUnreadable) ctx.isTeamMember = () => Promise.resolve(undefined)
  else if (teams)
    ctx.isTeamMember = (org, slug, login) =>
      Promise.resolve((teams[`${org}/${slug}`] ?? []).includes(login))
  return { ctx, permissionCalls }
}

let nextId = PROPOSED_IN + 1
let nextEarlier = 1
/** A comment; one created BEFORE the plan gets an id below the plan comment's, as on GitHub. */
function comment(
  author: string,
  body: string,
  createdAt = AFTER,
  extra: Partial<IssueComment> = {}
): IssueComment {
  return {
    id: createdAt === BEFORE ? nextEarlier++ : nextId++,
    author,
    authorType: 'User',
    body,
    createdAt,
    edited: false,
    ...extra
  }
}

async function decide(c: IssueComment, options: Setup = {}, already: string[] = []) {
  return decideComment(c, setup(options).ctx, already)
}

describe('an approval that counts', () => {
  it('approves with one approval from a person with write access', async () => {
    const c = comment('alice', APPROVE)
    const state = await evaluateApprovals([c], setup().ctx)
    expect(state).toEqual({
      status: 'approved',
      approvers: ['alice'],
      needed: 1,
      decisions: [
        {
          commentId: c.id,
          author: 'alice',
          command: 'approve',
          outcome: 'approved',
          reason: expect.stringContaining('approved plan ab12cd34ef56 (1 of 1 needed)')
        }
      ]
    })
  })

  it('accepts admin permission and a digest prefix of the current plan in any case', async () => {
    const d = await decide(comment('bob', `/approve ${DIGEST.slice(0, 12).toUpperCase()}`))
    expect(d.outcome).toBe('approved')
  })

  it('refuses a bare /approve, and says which digest to name', async () => {
    const d = await decide(comment('bob', '/approve'))
    expect(d.outcome).toBe('refused')
    expect(d.reason).toContain(`\`/approve ${DIGEST.slice(0, 12)}\``)
  })

  it('refuses a digest shorter than 12 characters', async () => {
    const d = await decide(comment('bob', `/approve ${DIGEST.slice(0, 11)}`))
    expect(d).toMatchObject({ outcome: 'refused', command: 'invalid' })
    expect(d.reason).toMatch(/12 to 64 hexadecimal characters/)
  })

  it('is pending with no approvals at all', async () => {
    const state = await evaluateApprovals([comment('alice', 'Looking into it.')], setup().ctx)
    expect(state).toEqual({ status: 'pending', approvers: [], needed: 1, decisions: [] })
  })
})

describe('who may approve', () => {
  it('refuses an edited comment', async () => {
    const d = await decide(comment('alice', APPROVE, AFTER, { edited: true }))
    expect(d.outcome).toBe('refused')
    expect(d.reason).toMatch(/edited comments do not count.*post a new \/approve/)
  })

  it('refuses a bot without asking for its permission', async () => {
    const { ctx, permissionCalls } = setup()
    const d = await decideComment(
      comment('dependabot', APPROVE, AFTER, { authorType: 'Bot' }),
      ctx,
      []
    )
    expect(d.outcome).toBe('refused')
    expect(d.reason).toMatch(/bots/)
    expect(permissionCalls).toEqual([])
  })

  it('refuses a login ending in [bot] even when typed as a user', async () => {
    const d = await decide(comment('renovate[bot]', APPROVE))
    expect(d.outcome).toBe('refused')
  })

  it('ignores its own identity and listed automation, whatever the case', async () => {
    const { ctx, permissionCalls } = setup()
    const own = comment('github-actions[bot]', APPROVE, AFTER, { authorType: 'Bot' })
    const other = comment('opsloop-bot', APPROVE)
    const state = await evaluateApprovals([own, other], ctx)
    expect(state.status).toBe('pending')
    expect(state.decisions.map((d) => d.outcome)).toEqual(['ignored', 'ignored'])
    expect(permissionCalls).toEqual([])
  })

  it('refuses read-only access, naming the permission', async () => {
    const d = await decide(comment('dave', APPROVE))
    expect(d.outcome).toBe('refused')
    expect(d.reason).toMatch(/dave has only `read` permission.*needs `write` or `admin`/)
  })

  it('refuses someone with no access', async () => {
    const d = await decide(comment('mallory', APPROVE))
    expect(d.outcome).toBe('refused')
    expect(d.reason).toMatch(/mallory has no access to this repository \(permission `none`\)/)
  })

  it('limits approval to the listed users, with or without @ and in any case', async () => {
    const approval = { approvers: { users: ['@Alice'] } }
    expect((await decide(comment('alice', APPROVE), { approval })).outcome).toBe('approved')
    const other = await decide(comment('carol', APPROVE), { approval })
    expect(other.outcome).toBe('refused')
    expect(other.reason).toBe('Only Alice may approve with this runbook; ask one of them.')
  })

  it('still needs write access from a listed user', async () => {
    const d = await decide(comment('dave', APPROVE), {
      approval: { approvers: { users: ['dave'] } }
    })
    expect(d.outcome).toBe('refused')
    expect(d.reason).toMatch(/`read`/)
  })

  it('allows active members of a listed team', async () => {
    const options: Setup = {
      approval: { approvers: { teams: ['@acme/sre'] } },
      teams: { 'acme/sre': ['carol'] }
    }
    expect((await decide(comment('carol', APPROVE), options)).outcome).toBe('approved')
  })

  it('refuses people outside the listed teams', async () => {
    const options: Setup = {
      approval: { approvers: { teams: ['acme/sre', 'acme/dba'] } },
      teams: { 'acme/sre': ['carol'] }
    }
    const d = await decide(comment('alice', APPROVE), options)
    expect(d.outcome).toBe('refused')
    expect(d.reason).toBe(
      'Only members of acme/sre or members of acme/dba may approve with this runbook; ask one of them.'
    )
  })

  it('refuses clearly when the token cannot read team membership', async () => {
    const approval = { approvers: { teams: ['acme/sre'] } }
    const expected =
      'This runbook limits approval to teams acme/sre, but the token cannot read team membership; use a GitHub App token with members:read.'
    const noLookup = await decide(comment('carol', APPROVE), { approval })
    expect(noLookup).toMatchObject({ outcome: 'refused', reason: expected })
    const unreadable = await decide(comment('carol', APPROVE), {
      approval,
      teamsUnreadable: true
    })
    expect(unreadable).toMatchObject({ outcome: 'refused', reason: expected })
  })

  it('lets a listed user approve without a team lookup when both users and teams are set', async () => {
    const options: Setup = {
      approval: { approvers: { users: ['alice'], teams: ['acme/sre'] } },
      teams: { 'acme/sre': ['carol'] }
    }
    expect((await decide(comment('alice', APPROVE), { ...options, teams: null })).outcome).toBe(
      'approved'
    )
    expect((await decide(comment('carol', APPROVE), options)).outcome).toBe('approved')
    expect((await decide(comment('bob', APPROVE), options)).outcome).toBe('refused')
  })

  it('refuses self-approval unless the runbook allows it', async () => {
    const refused = await decide(comment('Requester', APPROVE))
    expect(refused.outcome).toBe('refused')
    expect(refused.reason).toMatch(/does not allow self-approval; ask another approver/)
    const allowed = await decide(comment('requester', APPROVE), {
      approval: { allowSelfApproval: true }
    })
    expect(allowed.outcome).toBe('approved')
  })
})

describe('which plan an approval names', () => {
  it('refuses a digest of another plan', async () => {
    const d = await decide(comment('alice', '/approve 999999999999'))
    expect(d.outcome).toBe('refused')
    expect(d.reason).toBe(
      'This approves plan 999999999999, but the current plan is ab12cd34ef56; check the new plan and approve it.'
    )
  })

  it('refuses a digest prefix that is too short (the parser calls it invalid)', async () => {
    const c = comment('alice', '/approve ab12cd')
    const state = await evaluateApprovals([c], setup().ctx)
    expect(state.status).toBe('pending')
    expect(state.decisions).toEqual([
      expect.objectContaining({
        commentId: c.id,
        command: 'invalid',
        outcome: 'refused',
        reason: expect.stringMatching(/copy the plan digest/)
      })
    ])
  })

  it('refuses an approval posted before the current plan was proposed', async () => {
    const d = await decide(comment('alice', APPROVE, BEFORE))
    expect(d.outcome).toBe('refused')
    expect(d.reason).toMatch(/before the current plan ab12cd34ef56 was proposed.*earlier plan/)
  })

  it('never counts a comment from before the plan, even one naming its digest', async () => {
    const d = await decide(comment('alice', `/approve ${DIGEST.slice(0, 12)}`, BEFORE))
    expect(d.outcome).toBe('refused')
  })

  it('refuses approvals when the plan has no valid digest', async () => {
    const d = await decide(comment('alice', APPROVE), { digest: '' })
    expect(d.outcome).toBe('refused')
  })
})

describe('expiry', () => {
  it('refuses an approval older than the expiry', async () => {
    const d = await decide(comment('alice', APPROVE, AFTER), {
      approval: { expiry: '2h' },
      now: '2025-06-01T12:06:00Z'
    })
    expect(d.outcome).toBe('refused')
    expect(d.reason).toMatch(/expired.*2h.*post a new \/approve/)
  })

  it('counts an approval within the expiry', async () => {
    const d = await decide(comment('alice', APPROVE, AFTER), {
      approval: { expiry: '2h' },
      now: '2025-06-01T12:04:00Z'
    })
    expect(d.outcome).toBe('approved')
  })

  it('fails closed on an expiry that is not a duration', async () => {
    const d = await decide(comment('alice', APPROVE), { approval: { expiry: '2 hours' } })
    expect(d.outcome).toBe('refused')
    expect(d.reason).toMatch(/fix the runbook/)
  })
})

describe('counting approvals', () => {
  it('counts one person approving twice once', async () => {
    const state = await evaluateApprovals(
      [comment('alice', APPROVE), comment('Alice', APPROVE)],
      setup({ approval: { minApprovals: 2 } }).ctx
    )
    expect(state.status).toBe('pending')
    expect(state.approvers).toEqual(['alice'])
    expect(state.needed).toBe(2)
    expect(state.decisions.map((d) => d.outcome)).toEqual(['approved', 'counted-already'])
  })

  it('reaches minApprovals 2 with two different approvers, in order of approval', async () => {
    const { ctx } = setup({ approval: { minApprovals: 2 } })
    const first = await evaluateApprovals([comment('carol', APPROVE)], ctx)
    expect(first.status).toBe('pending')
    const both = await evaluateApprovals(
      [
        comment('carol', APPROVE),
        comment('alice', 'Checked the targets.'),
        comment('bob', APPROVE)
      ],
      ctx
    )
    expect(both.status).toBe('approved')
    expect(both.approvers).toEqual(['carol', 'bob'])
    expect(both.decisions[1]?.reason).toMatch(/2 of 2 needed/)
  })

  it('tells a single decision that the person already counts', async () => {
    const d = await decide(comment('ALICE', APPROVE), {}, ['alice'])
    expect(d.outcome).toBe('counted-already')
    expect(d.reason).toMatch(/one person counts once/)
  })

  it('asks for each author’s permission at most once', async () => {
    const { ctx, permissionCalls } = setup({ approval: { minApprovals: 3 } })
    await evaluateApprovals(
      [
        comment('alice', APPROVE),
        comment('dave', APPROVE),
        comment('alice', APPROVE),
        comment('dave', '/reject no'),
        comment('Alice', '/reject hold on')
      ],
      ctx
    )
    expect(permissionCalls).toEqual(['alice', 'dave'])
  })

  it('keeps decisions in comment order and leaves other comments out', async () => {
    const comments = [
      comment('alice', '/dry-run'),
      comment('dave', APPROVE),
      comment('carol', 'thoughts?'),
      comment('alice', APPROVE),
      comment('bob', '/cancel'),
      comment('bob', '/approve xyz')
    ]
    const state = await evaluateApprovals(comments, setup().ctx)
    expect(state.decisions.map((d) => [d.commentId, d.command, d.outcome])).toEqual([
      [comments[1]?.id, 'approve', 'refused'],
      [comments[3]?.id, 'approve', 'approved'],
      [comments[5]?.id, 'invalid', 'refused']
    ])
  })

  it('leaves /dry-run and /cancel to others', async () => {
    expect((await decide(comment('alice', '/dry-run'))).outcome).toBe('ignored')
    expect(await decide(comment('alice', '/cancel'))).toMatchObject({
      command: 'cancel',
      outcome: 'ignored'
    })
  })
})

describe('rejections', () => {
  it('lets a permitted person reject the plan', async () => {
    const state = await evaluateApprovals(
      [comment('bob', APPROVE), comment('alice', '/reject wrong host\nit is the replica')],
      setup().ctx
    )
    expect(state.status).toBe('rejected')
    expect(state.approvers).toEqual(['bob'])
    expect(state.decisions.map((d) => d.outcome)).toEqual(['approved', 'rejected'])
  })

  it('takes each person’s latest command: reject then approve counts as approving', async () => {
    const state = await evaluateApprovals(
      [comment('alice', '/reject not yet'), comment('alice', APPROVE)],
      setup().ctx
    )
    expect(state.status).toBe('approved')
    expect(state.approvers).toEqual(['alice'])
  })

  it('takes each person’s latest command: approve then reject withdraws the approval', async () => {
    const state = await evaluateApprovals(
      [comment('alice', APPROVE), comment('alice', '/reject on second thought')],
      setup().ctx
    )
    expect(state.status).toBe('rejected')
    expect(state.approvers).toEqual([])
  })

  it('refuses a rejection by a read-only user', async () => {
    const state = await evaluateApprovals(
      [comment('alice', APPROVE), comment('dave', '/reject')],
      setup().ctx
    )
    expect(state.status).toBe('approved')
    expect(state.decisions[1]).toMatchObject({ command: 'reject', outcome: 'refused' })
    expect(state.decisions[1]?.reason).toMatch(/rejecting needs `write` or `admin`/)
  })

  it('lets the requester withdraw their own request, though they may not approve it', async () => {
    expect((await decide(comment('requester', '/reject'))).outcome).toBe('rejected')
  })

  it('refuses a rejection by someone outside the approvers', async () => {
    const d = await decide(comment('carol', '/reject'), {
      approval: { approvers: { users: ['alice'] } }
    })
    expect(d.outcome).toBe('refused')
    expect(d.reason).toMatch(/Only alice may reject/)
  })

  it('does not let a rejection of an earlier plan stand', async () => {
    const state = await evaluateApprovals(
      [comment('bob', '/reject', BEFORE), comment('alice', APPROVE)],
      setup().ctx
    )
    expect(state.status).toBe('approved')
    expect(state.decisions[0]?.outcome).toBe('refused')
  })
})

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['30m', 1_800_000],
    ['2h', 7_200_000],
    ['1d', 86_400_000],
    ['1h30m', 5_400_000],
    ['1d2h3m4s', 93_784_000]
  ])('reads %s', (text, ms) => {
    expect(parseDuration(text)).toBe(ms)
  })

  it.each(['', '0m', '05m', '2H', '1.5h', '2 h', '1w', 'h', '-1h', '2h '])(
    'rejects %j as the schema does',
    (text) => {
      expect(() => parseDuration(text)).toThrow(/not a duration/)
    }
  )
})

describe('who may send commands at all', () => {
  it('takes write or admin, never read, triage (read) or none', () => {
    expect(['admin', 'write', 'read', 'none'].map((p) => maySendCommands(p as Permission))).toEqual(
      [true, true, false, false]
    )
  })

  it('says in one sentence what the command needed and what the person has', () => {
    expect(permissionRefusal('mona', 'read', 'dry-run')).toBe(
      'mona has only `read` permission on this repository, but a dry run needs `write` or `admin`; ask someone with write access.'
    )
    expect(permissionRefusal('mallory', 'none', 'cancel')).toBe(
      'mallory has no access to this repository (permission `none`), but cancelling needs `write` or `admin`; ask someone with write access.'
    )
  })

  it('lets only the runbook’s approvers see a dry run, as it lets only them approve', async () => {
    const approval = { required: true, approvers: { users: ['carol'] } }
    const { ctx } = setup({ approval })
    expect(await refuseChange(comment('carol', '/dry-run'), 'dry-run', ctx)).toBeUndefined()
    expect(await refuseChange(comment('alice', '/dry-run'), 'dry-run', ctx)).toBe(
      'Only carol may dry-run with this runbook; ask one of them.'
    )
    expect(await refuseChange(comment('dave', '/dry-run'), 'dry-run', ctx)).toMatch(
      /^dave has only `read` permission on this repository, but a dry run needs `write` or `admin`/
    )
  })
})
