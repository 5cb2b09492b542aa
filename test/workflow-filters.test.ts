// remediation.yml's pre-filter, evaluated as GitHub evaluates it: the `decide` job's `if:` is read
// from the workflow file and run by GitHub's own expression engine (@actions/expressions, the
// parser and evaluator of the Actions language services) on real webhook payloads from
// ../shared/testdata/github-webhooks (when present; it is not shipped with the project) and on
// variations of them. Only a new comment starting with `/`, by a person whose author_association
// can hold write access, on an issue labelled `opsloop` (not a pull request), starts a runner.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { compileIf } from './helpers/workflow-if.js'

interface Workflow {
  on: { issue_comment?: { types?: string[] } }
  jobs: Record<
    string,
    {
      if?: string
      needs?: string | string[]
      permissions?: Record<string, string>
      steps?: { uses?: string }[]
    }
  >
}
const workflow = parse(readFileSync('.github/workflows/remediation.yml', 'utf8')) as Workflow
const source = workflow.jobs.decide?.if ?? ''

const compile = (text: string) => compileIf(text, 'issue_comment')

describe('remediation.yml: who starts a runner', () => {
  it('listens to new comments only and skips every later job when `decide` is skipped', () => {
    expect(workflow.on.issue_comment?.types).toEqual(['created'])
    for (const [name, job] of Object.entries(workflow.jobs))
      if (name !== 'decide') expect([job.needs].flat()).toContain('decide')
  })

  it('answers an /ask only after the decide job accepted it, with read-only permissions', () => {
    const answer = workflow.jobs.answer
    expect(answer?.if).toBe("${{ needs.decide.outputs.ask == 'true' }}")
    const starts = compile(answer?.if ?? '')
    expect(starts({}, { decide: { outputs: { ask: 'true' } } })).toBe(true)
    expect(starts({}, { decide: { outputs: { ask: 'false', replan: 'true' } } })).toBe(false)
    expect(starts({}, { decide: { outputs: {} } })).toBe(false)
    expect(answer?.permissions).toEqual({
      contents: 'read',
      issues: 'write',
      deployments: 'read',
      'pull-requests': 'read',
      'id-token': 'write'
    })
    expect(answer?.steps?.map((s) => s.uses)).toContain('./intake')
  })

  it('filters with one expression that GitHub parses', () => {
    expect(source).toMatch(/^\$\{\{[^]*\}\}$/)
    expect(() => compile(source)).not.toThrow()
  })
})

const SHARED = join(process.cwd(), '..', 'shared', 'testdata', 'github-webhooks')
const present = existsSync(SHARED)
if (!present)
  console.info(`skipping the decide job's filter on real webhook payloads: ${SHARED} is absent`)
const real = present
  ? readdirSync(SHARED)
      .filter((f) => /\.json$/.test(f) && !f.includes('package'))
      .map((f) => ({
        file: f,
        payload: JSON.parse(readFileSync(join(SHARED, f), 'utf8')) as Record<string, unknown>
      }))
  : []

interface CommentPayload {
  action: string
  issue: { labels: { name: string }[]; pull_request?: unknown }
  comment: { body: string; author_association: string; user: { type: string } }
}

// The payload GitHub sent for a real `issue_comment` (created), made into an OpsLoop command.
const realComment = real.find((r) => r.file.startsWith('issue_comment.'))?.payload
const variant = (change: (p: CommentPayload) => void): CommentPayload => {
  const p = structuredClone(realComment) as unknown as CommentPayload
  p.issue.labels = [...p.issue.labels, { name: 'opsloop' }, { name: 'opsloop:fp:0123456789abcdef' }]
  p.comment.body = '/approve 0123456789ab'
  change(p)
  return p
}

;(present ? describe : describe.skip)('the decide job on real webhook payloads', () => {
  const passes = compile(source)

  it('starts for no payload as GitHub sent it (none is an OpsLoop command)', () => {
    expect(real.map((r) => r.file)).toContain('issue_comment.created.json')
    for (const { file, payload } of real) expect([file, passes(payload)]).toEqual([file, false])
  })

  it('starts for a command on an OpsLoop issue by an owner, a member or a collaborator', () => {
    for (const association of ['OWNER', 'MEMBER', 'COLLABORATOR'])
      expect(passes(variant((p) => (p.comment.author_association = association)))).toBe(true)
    // Every command word, and whatever follows the slash: the action reads the rest.
    for (const body of [
      '/dry-run',
      '/cancel',
      '/reject not now',
      '/set service=nginx',
      '/retriage',
      '/ask has this happened before?',
      '/lgtm'
    ])
      expect(passes(variant((p) => (p.comment.body = body)))).toBe(true)
  })

  it('never starts for people whose association cannot hold write access', () => {
    for (const association of [
      'NONE',
      'CONTRIBUTOR',
      'FIRST_TIME_CONTRIBUTOR',
      'FIRST_TIMER',
      'MANNEQUIN'
    ])
      expect([
        association,
        passes(variant((p) => (p.comment.author_association = association)))
      ]).toEqual([association, false])
  })

  it('never starts for bots and apps, edits, pull requests, other issues or other text', () => {
    const refused: Record<string, (p: CommentPayload) => void> = {
      'a bot': (p) => (p.comment.user.type = 'Bot'),
      'an organization': (p) => (p.comment.user.type = 'Organization'),
      'an edited comment': (p) => (p.action = 'edited'),
      'a deleted comment': (p) => (p.action = 'deleted'),
      'a pull request comment': (p) =>
        (p.issue.pull_request = { url: 'https://api.github.com/repos/o/r/pulls/1' }),
      'an issue without the opsloop label': (p) =>
        (p.issue.labels = p.issue.labels.filter((l) => l.name !== 'opsloop')),
      'an issue with no labels': (p) => (p.issue.labels = []),
      'text before the slash': (p) => (p.comment.body = 'please /approve 0123456789ab'),
      'a quoted command': (p) => (p.comment.body = '> /approve 0123456789ab'),
      'a leading space': (p) => (p.comment.body = ' /approve 0123456789ab'),
      'an empty body': (p) => (p.comment.body = '')
    }
    for (const [what, change] of Object.entries(refused))
      expect([what, passes(variant(change))]).toEqual([what, false])
  })

  it('lets none of 500 commands from an outsider through', () => {
    const commands = [
      '/approve 0123456789ab',
      '/dry-run',
      '/cancel',
      '/reject',
      '/set a=b',
      '/retriage',
      '/ask what fixed it last time?'
    ]
    let started = 0
    for (let i = 0; i < 500; i++) {
      const p = variant((c) => {
        c.comment.author_association =
          ['NONE', 'CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR'][i % 3] ?? 'NONE'
        c.comment.body = commands[i % commands.length] ?? '/approve'
      })
      if (passes(p)) started++
    }
    expect(started).toBe(0)
  })
})
