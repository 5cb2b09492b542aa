import { beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formatProblem } from '../../src/catalog/problem.js'
import {
  failsLoudly,
  leadingDashExample,
  placeholderProblem,
  preparePatternAnalysis,
  shellPlaceholders,
  shellUnsafeReason
} from '../../src/catalog/shell-safety.js'
import { references } from '../../src/catalog/templates.js'
import { checkParameterValue } from '../../src/catalog/parameters.js'
import { validateCommand } from '../../src/flows/validate.js'
import { shellQuote } from '../../src/execution/render.js'

const str = (extra: object) => ({ type: 'string' as const, description: 'x', ...extra })

// The pattern analysis loads on demand, as validation does before it checks anything.
beforeAll(preparePatternAnalysis)

describe('shell safety of parameters', () => {
  it('accepts enums and tight anchored patterns', () => {
    expect(shellUnsafeReason(str({ enum: ['nginx', 'app'] }))).toBeUndefined()
    expect(shellUnsafeReason(str({ pattern: '^i-[0-9a-f]{8,17}$' }))).toBeUndefined()
    expect(shellUnsafeReason(str({ pattern: '^(nginx|app)$' }))).toBeUndefined()
    expect(
      shellUnsafeReason(str({ pattern: '^/var/log/[a-z0-9_.-]+$', default: '/var/log/app.log' }))
    ).toBeUndefined()
    expect(shellUnsafeReason({ type: 'integer', description: 'n' })).toBeUndefined()
  })
  it('refuses unconstrained, unanchored and leaky patterns', () => {
    expect(shellUnsafeReason(str({}))).toMatch(/unconstrained/)
    expect(shellUnsafeReason(str({ pattern: '^[a-z]+' }))).toMatch(/not anchored/)
    expect(shellUnsafeReason(str({ pattern: '^a$|^b$' }))).toMatch(/not anchored/)
    expect(shellUnsafeReason(str({ pattern: '^.+$' }))).toMatch(/accepts ";"/)
    expect(shellUnsafeReason(str({ pattern: '^[a-z ]+$' }))).toMatch(/space/)
    expect(shellUnsafeReason(str({ pattern: '^[a-z\\n]+$' }))).toMatch(/newline/)
    expect(shellUnsafeReason(str({ pattern: '^[\\w$()]+$' }))).toMatch(/metacharacter/)
    expect(shellUnsafeReason(str({ enum: ['ok', '$(reboot)'] }))).toMatch(/enum value/)
  })
})

describe('fail-loudly check', () => {
  it.each([
    ['set -euo pipefail', true],
    ['set -Eeuo pipefail', true],
    ['set -e -u -o pipefail', true],
    ['set -o errexit -o nounset -o pipefail', true],
    ['set -eu', false],
    ['set -e -o pipefail', false],
    ['echo hi', false]
  ])('%s → %s', (line, ok) => {
    expect(failsLoudly(['# comment', line, 'true'])).toBe(ok)
  })
})

describe('template references', () => {
  it('finds params and targets, and flags everything else', () => {
    expect(references('restart {{ params.unit }} on {{targets}}').map((r) => r.kind)).toEqual([
      'param',
      'targets'
    ])
    expect(references('{{ env.HOME }} {{ params.a-b }}').map((r) => r.kind)).toEqual([
      'invalid',
      'invalid'
    ])
    expect(references('echo {{ params.x }')[0]).toMatchObject({
      kind: 'invalid',
      reason: expect.stringMatching(/unbalanced/)
    })
    expect(references('plain text')).toEqual([])
  })
})

describe('parameter values', () => {
  it('checks type, enum, pattern, lengths and bounds', () => {
    const port = { type: 'integer' as const, description: 'p', minimum: 1, maximum: 65535 }
    expect(checkParameterValue(port, 80)).toBeUndefined()
    expect(checkParameterValue(port, 0)).toMatch(/>= 1/)
    expect(checkParameterValue(port, 1.5)).toMatch(/integer/)
    expect(checkParameterValue(str({ pattern: '^[a-z]+$', maxLength: 3 }), 'abcd')).toMatch(
      /at most 3/
    )
    expect(checkParameterValue(str({ pattern: '^[a-z]+$' }), 'AB')).toMatch(/does not match/)
    expect(checkParameterValue({ type: 'boolean', description: 'b' }, 'true')).toMatch(/boolean/)
  })
})

// ---------------------------------------------------------------------------------------------
// An attacker's view: each trick below was accepted before; each must now be refused.
// ---------------------------------------------------------------------------------------------

/** What the renderer used to do everywhere: the value in single quotes, whatever surrounds it. */
const naive = (script: string, value: string): string =>
  script.replaceAll('{{ params.x }}', () => shellQuote(value))

/** Runs a script in a scratch folder; says whether the payload created `pwned` there. */
function pwns(script: string): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'opsloop-shell-'))
  try {
    spawnSync('bash', ['-c', script], { cwd: dir, stdio: 'ignore', timeout: 10_000 })
    return existsSync(join(dir, 'pwned'))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('placeholders outside a plain word (gap 1)', () => {
  // Each payload really runs when the value is single-quoted in that place, as it was before.
  const attacks: [string, string, RegExp][] = [
    ['echo "{{ params.x }}"', '$(touch pwned)', /inside double quotes.*write the placeholder bare/],
    ["echo '{{ params.x }}'", 'a; touch pwned; #', /inside single quotes.*close yours/],
    ["echo $'{{ params.x }}'", 'a; touch pwned; #', /inside \$'…' quotes/],
    ['echo `echo {{ params.x }}`', '`; touch pwned; echo `', /backquoted command substitution/],
    ['bash -c "echo {{ params.x }}"', '$(touch pwned)', /code that `bash -c` runs.*"\$1"/],
    ["sh -c 'echo {{ params.x }}'", 'a; touch pwned', /code that `sh -c` runs/],
    ['bash -c {{ params.x }}', 'touch pwned', /code that `bash -c` runs/],
    ['sudo -n true; timeout 5 bash -ec {{ params.x }}', 'touch pwned', /`bash -c` runs/],
    ['eval echo {{ params.x }}', 'a; touch pwned', /code that `eval` runs.*directly/],
    ['eval "echo {{ params.x }}"', '$(touch pwned)', /code that `eval` runs/],
    ['trap {{ params.x }} EXIT', 'touch pwned', /code that `trap` runs/],
    ['# restarting {{ params.x }}', 'a\ntouch pwned\n#', /inside a comment.*newline/],
    ['echo done # {{ params.x }}', 'a\ntouch pwned\n#', /inside a comment/],
    ['cat <<EOF\n{{ params.x }}\nEOF', '$(touch pwned)', /inside a here-document.*value=/],
    ['echo "${v:-{{ params.x }}}"', '$(touch pwned)', /inside `\$\{…\}`/],
    ['echo \\{{ params.x }}', 'a; touch pwned; #', /follows a backslash/],
    ['{{ params.x }} pwned', 'touch', /is the command name.*`case`/],
    ['FOO=1 {{ params.x }} pwned', 'touch', /is the command name/],
    ['x=$({{ params.x }} pwned)', 'touch', /is the command name/],
    // Arithmetic reads the value itself as an expression; subscripts run `$(…)`.
    ['[[ {{ params.x }} -eq 1 ]]', 'a[$(touch pwned)]', /arithmetic expression/],
    ['let n={{ params.x }}', 'a[$(touch pwned)]', /arithmetic expression/],
    ['f() { local -i n={{ params.x }}; }; f', 'a[$(touch pwned)]', /arithmetic expression/]
  ]
  it.each(attacks)('%j with %j', (script, value, message) => {
    expect(pwns(naive(script, value))).toBe(true)
    const problems = shellPlaceholders(script.split('\n')).map(placeholderProblem)
    expect(problems).toEqual([expect.stringMatching(message)])
  })

  it('refuses the places where quoting is wrong even without a working exploit', () => {
    const refused = (script: string) =>
      shellPlaceholders(script.split('\n')).map((p) => placeholderProblem(p) ?? 'ok')
    // Arithmetic evaluates text as code and refuses quotes; `$'…'` decodes escapes in the value.
    expect(refused('echo $(( {{ params.x }} + 1 ))')).toEqual([expect.stringMatching(/arithmetic/)])
    expect(refused('(( {{ params.x }} > 1 ))')).toEqual([expect.stringMatching(/arithmetic/)])
    expect(refused('echo ${{ params.x }}')).toEqual([expect.stringMatching(/follows a `\$`/)])
    // A quote opened on one line goes on in the next: SSM runs the lines as one script.
    expect(refused('echo "start\n{{ params.x }}"')).toEqual([
      expect.stringMatching(/double quotes/)
    ])
    expect(refused("cat <<'EOF'\n{{ params.x }}\nEOF")).toEqual([
      expect.stringMatching(/here-document/)
    ])
    expect(refused('su - app -c {{ params.x }}')).toEqual([expect.stringMatching(/`su -c`/)])
    expect(refused('runuser -u app --command={{ params.x }}')).toEqual([
      expect.stringMatching(/`runuser -c`/)
    ])
    expect(refused('ssh host systemctl restart {{ params.x }}')).toEqual([
      expect.stringMatching(/`ssh`.*SSM already does/)
    ])
    expect(refused('if {{ params.x }}; then :; fi')).toEqual([
      expect.stringMatching(/command name/)
    ])
    // Wrappers run their first argument: the value would still choose the program or script.
    for (const line of ['sudo {{ params.x }}', 'exec {{ params.x }} -v', '. {{ params.x }}'])
      expect({ line, problems: refused(line) }).toEqual({
        line,
        problems: [expect.stringMatching(/is the command name/)]
      })
    expect(refused('sudo systemctl restart {{ params.x }}')).toEqual(['ok'])
    expect(refused('[[ {{ params.x }} == nginx ]]')).toEqual(['ok'])
    expect(refused('watch systemctl status {{ params.x }}')).toEqual([
      expect.stringMatching(/code that `watch` runs.*export VALUE=/)
    ])
    expect(refused('runuser -u app -- systemctl restart {{ params.x }}')).toEqual(['ok'])
  })

  // Bare words, assignments, `$(…)`, positional arguments of `bash -c`: the value stays data.
  const safe: [string, string][] = [
    ['printf "%s" {{ params.x }} > out', ''],
    ['v={{ params.x }}; printf "%s" "$v" > out', ''],
    ['printf "%s" "$(printf "%s" {{ params.x }})" > out', ''],
    ['bash -c \'printf "%s" "$1" > out\' _ {{ params.x }}', ''],
    ['f() { shift; printf "%s" "$1" > out; }; f -- {{ params.x }}', ''],
    ['printf "%s" "X-Token: "{{ params.x }} > out', 'X-Token: '],
    ['words=(one {{ params.x }}); printf "%s" "${words[1]}" > out', ''],
    ['case {{ params.x }} in *) printf "%s" {{ params.x }} > out ;; esac', '']
  ]
  const hostile = [
    '$(touch pwned)',
    '`touch pwned`',
    "'; touch pwned; '",
    '"; touch pwned; "',
    'a\ntouch pwned',
    "\\'; touch pwned #"
  ]
  it.each(safe)('accepts %j, and no hostile value runs there', (script, prefix) => {
    expect(shellPlaceholders(script.split('\n')).map(placeholderProblem)).toEqual(
      expect.not.arrayContaining([expect.any(String)])
    )
    for (const value of hostile) {
      const dir = mkdtempSync(join(tmpdir(), 'opsloop-shell-'))
      try {
        spawnSync('bash', ['-c', naive(script, value)], { cwd: dir, timeout: 10_000 })
        expect({ value, pwned: existsSync(join(dir, 'pwned')) }).toEqual({ value, pwned: false })
        expect(readFileSync(join(dir, 'out'), 'utf8')).toBe(prefix + value)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }
  })

  it('tells arguments from the command name, assignments, redirections and `--`', () => {
    const roles = (line: string) =>
      shellPlaceholders([line]).map((p) => ({
        arg: p.argumentStart,
        cmd: p.commandName,
        program: p.program
      }))
    expect(roles('systemctl restart {{ params.x }}')).toEqual([
      { arg: true, cmd: false, program: 'systemctl' }
    ])
    expect(roles('unit={{ params.x }}.service')).toEqual([
      { arg: false, cmd: false, program: undefined }
    ])
    expect(roles('rm -- {{ params.x }}')).toEqual([{ arg: false, cmd: false, program: 'rm' }])
    expect(roles('tool --name={{ params.x }}')).toEqual([
      { arg: false, cmd: false, program: 'tool' }
    ])
    expect(roles('cat > {{ params.x }}')).toEqual([{ arg: false, cmd: false, program: 'cat' }])
    expect(roles('[[ {{ params.x }} == a* ]]')).toEqual([{ arg: false, cmd: false, program: '[[' }])
    expect(roles('a && sort {{ params.x }} | uniq')).toEqual([
      { arg: true, cmd: false, program: 'sort' }
    ])
    expect(roles('diff <(sort {{ params.x }}) b')).toEqual([
      { arg: true, cmd: false, program: 'sort' }
    ])
  })
})

describe('pattern analysis (gap 2)', () => {
  // None of these matched the old fixed probes ('a', '0', 'web', …, plus one metacharacter).
  it.each([
    ['^svc-[a-z$() ]{1,40}$', /accepts "svc-\$", which contains the shell metacharacter \$/],
    ['^svc-(?:[a-z]+|;)$', /accepts "svc-;"/],
    ['^prod-[0-9]{2}-[a-z&|]{3}$', /accepts "prod-\d\d-[a-z]*&/],
    ['^id-\\x24[a-z]$', /accepts "id-\$/],
    ['^v[0-9]\\u0060$', /accepts "v0`"/],
    ['^[^\\w\\-/]{2}$', /accepts ".*;.*", which contains the shell metacharacter ;/],
    ['^node\\s[0-9]$', /accepts "node[ \\t\\n]?0"|metacharacter (space|newline|tab)/],
    ['^\\p{P}{3}$', /accepts .*contains the shell metacharacter/],
    ['^x(?:y|z){0,2}#?$', /accepts "x#"/],
    ['^(?:[a-z]{1,10}\\.){0,300}[a-z~]$', /metacharacter ~/]
  ])('%s', (pattern, message) => {
    expect(shellUnsafeReason(str({ pattern }))).toMatch(message)
  })

  it('proves tight patterns, lookaheads and big repeats safe', () => {
    for (const pattern of [
      '^svc-[a-z0-9-]{1,40}$',
      '^(?!-)[a-z0-9-]{1,63}$',
      '^[a-z]{1,10}(\\.[a-z]{1,50}){0,300}$',
      '^\\p{L}[\\p{L}\\p{N}_.-]{0,62}$',
      '^(a|b)\\1$'
    ])
      expect({ pattern, reason: shellUnsafeReason(str({ pattern })) }).toEqual({
        pattern,
        reason: undefined
      })
  })

  it('does not guess about lookarounds it cannot follow', () => {
    expect(shellUnsafeReason(str({ pattern: '^(?=.*x)[a-z;]+$' }))).toMatch(
      /may accept the shell metacharacter ; \(it uses lookarounds/
    )
  })
})

describe('option injection (gap 3)', () => {
  it('finds a leading `-` that an enum or pattern admits', () => {
    expect(leadingDashExample(str({ pattern: '^[a-z-]{1,20}$' }))).toBe('-')
    expect(leadingDashExample(str({ pattern: '^[\\w.-]+$' }))).toBe('-')
    expect(leadingDashExample(str({ pattern: '^(?:--help|app)$' }))).toBe('--help')
    expect(leadingDashExample(str({ enum: ['app', '-rf'] }))).toBe('-rf')
    expect(leadingDashExample(str({ pattern: '^[a-z][a-z-]{0,19}$' }))).toBeUndefined()
    expect(leadingDashExample(str({ pattern: '^(?!-)[a-z-]{1,20}$' }))).toBeUndefined()
    expect(leadingDashExample(str({ enum: ['nginx', 'app'] }))).toBeUndefined()
    expect(leadingDashExample({ type: 'integer', description: 'n' })).toBeUndefined()
  })

  it('a leading `-` really is read as an option, and `--` really stops it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'opsloop-shell-'))
    try {
      spawnSync('bash', ['-c', naive('touch {{ params.x }}', '--version')], { cwd: dir })
      expect(readdirSync(dir)).toEqual([])
      spawnSync('bash', ['-c', naive('touch -- {{ params.x }}', '--version')], { cwd: dir })
      expect(readdirSync(dir)).toEqual(['--version'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the starter catalog', () => {
  it('uses every placeholder as a bare word and passes every shell rule', async () => {
    const result = await validateCommand({ dir: 'runbooks' })
    // Every other rule is starter-catalog.test.ts's to check.
    const shellRules = result.problems.filter((p) => /^(shell|ssm-)/.test(p.rule))
    expect(shellRules.map(formatProblem)).toEqual([])
    let placeholders = 0
    for (const { runbook } of result.entries) {
      for (const step of [runbook.execution, runbook.rollback, runbook.verify?.check]) {
        const commands = step?.runCommand?.commands ?? []
        for (const p of shellPlaceholders(commands)) {
          placeholders++
          const param = p.ref.kind === 'param' ? runbook.parameters?.[p.ref.name] : undefined
          const dash = param && p.argumentStart ? leadingDashExample(param) : undefined
          const line = commands[p.line]
          expect({ runbook: runbook.id, line, problem: placeholderProblem(p), dash }).toEqual({
            runbook: runbook.id,
            line,
            problem: undefined,
            dash: undefined
          })
        }
      }
    }
    expect(placeholders).toBeGreaterThan(10)
  })
})
