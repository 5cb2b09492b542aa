// The release process (issue 22): the workflow that turns a v<major>.<minor>.<patch> tag into an
// immutable, attested release and moves the major tag, read from the file and evaluated with
// GitHub's own expression engine; the version checks it runs first; and the `uses:` lines the
// docs give, which must name the tag the workflow moves.
import { describe, expect, it } from '@jest/globals'
import { Evaluator, Lexer, Parser, data } from '@actions/expressions'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { changelogSection, checkRelease, RELEASE_TAG } from '../scripts/release-check.js'

interface Step {
  name?: string
  if?: string
  uses?: string
  run?: string
  with?: Record<string, string>
}
interface Workflow {
  on: {
    push?: { tags?: string[] }
    workflow_dispatch?: { inputs?: Record<string, { required?: boolean }> }
  }
  permissions?: unknown
  jobs: Record<string, { permissions?: unknown; env?: Record<string, string>; steps: Step[] }>
}

const workflow = parse(readFileSync('.github/workflows/release.yml', 'utf8')) as Workflow
const job = workflow.jobs.release
const steps = job?.steps ?? []

/** A `${{ }}` value as GitHub computes it, given the contexts. */
function evaluate(text: string, contexts: Record<string, Record<string, string>>): string {
  const inner = /^\$\{\{([^]*)\}\}$/.exec(text.trim())?.[1]
  if (inner === undefined) throw new Error(`not one expression: ${text}`)
  const names = Object.keys(contexts)
  const expr = new Parser(new Lexer(inner).lex().tokens, names, []).parse()
  const dictionary = (values: Record<string, string>) =>
    new data.Dictionary(
      ...Object.entries(values).map(([key, value]) => ({ key, value: new data.StringData(value) }))
    )
  const context = new data.Dictionary(
    ...names.map((key) => ({ key, value: dictionary(contexts[key] ?? {}) }))
  )
  const result = new Evaluator(expr, context).evaluate()
  return result.coerceString()
}

/** GitHub's filter pattern (the subset the workflow uses: `[...]`, `+`, literals) as a regex. */
function filterPattern(pattern: string): RegExp {
  let source = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i)
    if (c === '[') {
      const end = pattern.indexOf(']', i)
      source += pattern.slice(i, end + 1)
      i = end
    } else if (c === '+') source += '+'
    else if ('*?!'.includes(c)) throw new Error(`pattern character ${c} not modelled here`)
    else source += c.replace(/[.\\^$|(){}]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

const creating = (s: Step): boolean =>
  s.uses?.startsWith('actions/attest-build-provenance@') === true ||
  /gh release|gh api/.test(s.run ?? '')

describe('release.yml', () => {
  it('releases on a version tag, and runs by hand only as a dry run for a named tag', () => {
    const tags = (workflow.on.push?.tags ?? []).map(filterPattern)
    expect(tags).toHaveLength(1)
    const matches = (tag: string) => tags.some((t) => t.test(tag))
    for (const tag of ['v0.1.0', 'v0.12.3', 'v1.0.10']) {
      expect(matches(tag)).toBe(true)
      expect(RELEASE_TAG.test(tag)).toBe(true)
    }
    for (const tag of ['v0', 'v0.1', '0.1.0', 'v0.1.0-rc.1', 'v0.1.0.1', 'v0.x.0'])
      expect(matches(tag)).toBe(false)
    expect(workflow.on.workflow_dispatch?.inputs?.tag?.required).toBe(true)
  })

  it('asks for exactly what it needs: write contents, sign and store the attestation', () => {
    expect(workflow.permissions).toEqual({})
    expect(job?.permissions).toEqual({
      contents: 'write',
      'id-token': 'write',
      attestations: 'write'
    })
  })

  it('takes the tag from the push, or from the input in a dry run', () => {
    const env = job?.env ?? {}
    const push = { github: { event_name: 'push', ref_name: 'v0.2.0' }, inputs: {} }
    const dispatch = {
      github: { event_name: 'workflow_dispatch', ref_name: 'main' },
      inputs: { tag: 'v0.3.0' }
    }
    expect(evaluate(env.TAG ?? '', push)).toBe('v0.2.0')
    expect(evaluate(env.DRY_RUN ?? '', push)).toBe('false')
    expect(evaluate(env.TAG ?? '', dispatch)).toBe('v0.3.0')
    expect(evaluate(env.DRY_RUN ?? '', dispatch)).toBe('true')
  })

  it('creates nothing in a dry run, and checks everything before it creates anything', () => {
    const made = steps.filter(creating)
    // The attestation, the release and the major tag.
    expect(made).toHaveLength(3)
    for (const step of made) {
      expect(evaluate(step.if ?? '${{ true }}', { env: { DRY_RUN: 'true' } })).toBe('false')
      expect(evaluate(step.if ?? '${{ true }}', { env: { DRY_RUN: 'false' } })).toBe('true')
    }
    const first = steps.findIndex(creating)
    const before = steps.slice(0, first).map((s) => s.run ?? '')
    expect(before.some((r) => r.includes('git merge-base --is-ancestor HEAD origin/main'))).toBe(
      true
    )
    expect(before.some((r) => r.includes('scripts/release-check.ts "$TAG"'))).toBe(true)
    expect(
      before.some(
        (r) => r.includes('npm run package') && r.includes('git status --porcelain -- dist/')
      )
    ).toBe(true)
    expect(before).toContain('npm test')
    // Every step with a condition names the dry run; none runs only on success of a guess.
    for (const step of steps.filter((s) => s.if !== undefined))
      expect(step.if).toMatch(/env\.DRY_RUN/)
  })

  it('attests every file of dist/ and releases with the changelog section as notes', () => {
    const attest = steps.find((s) => s.uses?.startsWith('actions/attest-build-provenance@'))
    expect(attest?.with?.['subject-path']).toBe('dist/**/*')
    const release = steps.find((s) => s.run?.includes('gh release create'))
    expect(release?.run).toMatch(/--verify-tag/)
    expect(release?.run).toMatch(/--notes-file "\$RUNNER_TEMP\/notes\.md"/)
    const check = steps.find((s) => s.run?.includes('release-check.ts'))
    expect(check?.run).toMatch(/"\$RUNNER_TEMP\/notes\.md"/)
  })
})

describe('release checks (scripts/release-check.ts)', () => {
  const files = {
    packageJson: JSON.stringify({ version: '0.2.0' }),
    versionTs: "export const VERSION = '0.2.0'\n",
    changelog:
      '# Changelog\n\n## [0.2.0] - 2027-01-15\n\n### Fixed\n\n- A thing.\n\n## [0.1.0] - 2026-12-20\n\n- First.\n'
  }

  it('passes a tag that agrees with package.json, the CLI and a dated changelog section', () => {
    expect(checkRelease('v0.2.0', files)).toEqual({
      ok: true,
      version: '0.2.0',
      major: 'v0',
      notes: '### Fixed\n\n- A thing.'
    })
  })

  it('refuses, saying what to fix, a tag that is not a version or disagrees', () => {
    expect(checkRelease('v0.2', files)).toEqual({
      ok: false,
      problems: [expect.stringMatching(/not a release tag: use v<major>\.<minor>\.<patch>/)]
    })
    const r = checkRelease('v0.3.0', files)
    expect(r.ok).toBe(false)
    expect(r.ok ? [] : r.problems).toEqual([
      expect.stringMatching(
        /^package\.json says 0\.2\.0, the tag v0\.3\.0: run `npm version 0\.3\.0/
      ),
      expect.stringMatching(/^src\/version\.ts says 0\.2\.0/),
      expect.stringMatching(/no section `## \[0\.3\.0\]`/)
    ])
    const undated = checkRelease('v0.2.0', {
      ...files,
      changelog: files.changelog.replace('- 2027-01-15', '- Unreleased')
    })
    expect(undated.ok ? [] : undated.problems).toEqual([expect.stringMatching(/is not dated/)])
  })

  it('finds this repository one step from a release: a changelog section for its version', () => {
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string })
      .version
    const section = changelogSection(readFileSync('CHANGELOG.md', 'utf8'), version)
    expect(section?.text).toMatch(/\S/)
    const result = checkRelease(`v${version}`, {
      packageJson: readFileSync('package.json', 'utf8'),
      versionTs: readFileSync('src/version.ts', 'utf8'),
      changelog: readFileSync('CHANGELOG.md', 'utf8')
    })
    // Until the release day, the only thing missing is the date.
    if (!result.ok) expect(result.problems).toEqual([expect.stringMatching(/is not dated/)])
  })
})

describe('the `uses:` lines in the docs', () => {
  it('name the major tag the release workflow moves, or a full commit SHA', () => {
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string })
      .version
    const major = `v${version.split('.')[0] ?? '0'}`
    const docs = ['README.md', 'docs/setup.md'].map((f) => readFileSync(f, 'utf8')).join('\n')
    const refs = [...docs.matchAll(/uses: opsloop\/opsloop(?:\/[\w-]+)?@(\S+)/g)].map((m) => m[1])
    expect(refs.length).toBeGreaterThan(0)
    for (const ref of refs) expect(ref === major || ref === '<full').toBe(true)
  })
})
