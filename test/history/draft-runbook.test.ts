// A runbook drafted from an incident people resolved by hand passes `opsloop validate` with the
// starter catalog, and its example (the incident's own event) selects it; a fix whose value
// OpsLoop cannot tie to the incident fails validation on purpose, saying what to constrain.
import { describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'
import { validateCommand } from '../../src/flows/validate.js'
import { draftRunbook, commandLines, type DraftInput } from '../../src/history/draft-runbook.js'
import { splitComment } from '../../src/history/resolution.js'
import { normalize } from '../../src/intake/normalize.js'

const payload = (): Record<string, unknown> => {
  const example = JSON.parse(
    readFileSync('runbooks/examples/restart-systemd-service/alb-target-5xx.json', 'utf8')
  ) as { event: { detail: { alarmName: string }; resources: string[] } }
  example.event.detail.alarmName = 'search-web-target-5xx'
  example.event.resources = [
    'arn:aws:cloudwatch:eu-west-1:111122223333:alarm:search-web-target-5xx'
  ]
  return { event: example.event, context: { tags: { role: 'search-web', service: 'php-fpm' } } }
}

const note = (body: string) => ({
  author: 'dave',
  url: 'https://github.com/acme/ops/issues/7#issuecomment-1',
  ...splitComment(body)
})

function input(body: string): DraftInput {
  const p = payload()
  return {
    issue: { number: 7, url: 'https://github.com/acme/ops/issues/7' },
    incident: normalize(p),
    payload: p,
    notes: [note(body)],
    taken: ['restart-systemd-service']
  }
}

/** The starter catalog with the draft's files added, validated as `opsloop validate` does. */
async function validateWith(files: { path: string; text: string }[]) {
  const root = mkdtempSync(join(tmpdir(), 'opsloop-draft-'))
  try {
    cpSync('runbooks', join(root, 'runbooks'), { recursive: true })
    cpSync('infra/ssm-documents', join(root, 'infra/ssm-documents'), { recursive: true })
    for (const f of files) {
      mkdirSync(dirname(join(root, f.path)), { recursive: true })
      writeFileSync(join(root, f.path), f.text)
    }
    return await validateCommand({ dir: join(root, 'runbooks') })
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

describe('draftRunbook', () => {
  it('turns the commands people ran into a runbook that validates and that its example selects', async () => {
    const result = draftRunbook(
      input(
        'The pool was exhausted.\n\n```sh\n$ sudo systemctl restart php-fpm\n# then check\nsystemctl is-active php-fpm\n```'
      )
    )
    if (!result.drafted) throw new Error(result.reason)
    const { draft } = result
    expect(draft.id).toBe('fix-search-web-target-5xx')
    expect(draft.safe).toBe(true)
    expect(draft.files.map((f) => f.path)).toEqual([
      'runbooks/fix-search-web-target-5xx.yaml',
      'runbooks/examples/fix-search-web-target-5xx/issue-7.json'
    ])
    const runbook = parse(draft.files[0]?.text ?? '') as Record<string, unknown>
    expect(runbook).toMatchObject({
      risk: 'medium',
      owners: ['dave'],
      approval: { required: true, minApprovals: 2 },
      match: [
        {
          source: 'aws.cloudwatch',
          alarmName: ['search-web-target-5xx'],
          metric: { namespace: 'AWS/ApplicationELB', name: 'HTTPCode_Target_5XX_Count' }
        }
      ],
      parameters: {
        service: { enum: ['php-fpm'], from: 'tags.service' },
        role: { enum: ['search-web'], from: 'tags.role' }
      },
      targets: { from: 'tags', tags: { role: ['{{ params.role }}'] } },
      verify: { alarmOk: { within: '10m' } },
      tests: ['examples/fix-search-web-target-5xx/issue-7.json']
    })
    expect(
      (runbook.execution as { runCommand: { commands: string[] } }).runCommand.commands
    ).toEqual([
      'set -euo pipefail',
      'sudo systemctl restart {{ params.service }}',
      'systemctl is-active {{ params.service }}'
    ])
    const validation = await validateWith(draft.files)
    expect(validation.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(validation.entries.map((e) => e.runbook.id)).toContain(draft.id)
  })

  it('fails validation on purpose when a value reaches a shell unconstrained, and says what to do', async () => {
    const result = draftRunbook(input('```\nsystemctl restart $UNIT && curl <health-url>\n```'))
    if (!result.drafted) throw new Error(result.reason)
    expect(result.draft.safe).toBe(false)
    expect(result.draft.todo[0]).toMatch(
      /^`unit` \(`\$UNIT` in the commands\) reaches a shell unconstrained: give it an `enum` or an anchored `pattern`/
    )
    const validation = await validateWith(result.draft.files)
    const errors = validation.problems.filter(
      (p) => p.severity === 'error' && p.file.endsWith('fix-search-web-target-5xx.yaml')
    )
    expect(errors.map((e) => e.message).join('\n')).toMatch(/unit/)
    expect(validation.ok).toBe(false)
  })

  it('drafts nothing without commands, and never takes an id the catalog has', () => {
    expect(draftRunbook(input('Restarted it, all good now.'))).toEqual({
      drafted: false,
      reason: 'nobody wrote the commands they ran in a code block on the issue'
    })
    const again = draftRunbook({
      ...input('```\nsystemctl restart php-fpm\n```'),
      taken: ['fix-search-web-target-5xx']
    })
    expect(again.drafted && again.draft.id).toBe('fix-search-web-target-5xx-2')
  })
})

describe('commandLines', () => {
  it('drops prompts, comments and blank lines', () => {
    expect(
      commandLines([
        { author: 'a', url: '', text: '', commands: ['$ uptime\n\n# note\n  df -h  ', 'free'] }
      ])
    ).toEqual(['uptime', 'df -h', 'free'])
  })
})
