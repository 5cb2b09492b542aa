// One broken catalog per validation rule and per kind of bad input: each must fail with a
// positioned, actionable message, never a crash.
import { afterAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { validateCommand } from '../../src/flows/validate.js'
import {
  BASE_FILES,
  BASE_RUNBOOK,
  columnOf,
  describeProblems,
  lineOf,
  removeTempRepos,
  tempRepo,
  type FileContent
} from '../helpers/catalog.js'
import { alarmEvent } from '../helpers/events.js'

afterAll(removeTempRepos)

function mutate(...pairs: [string, string][]): string {
  let text = BASE_RUNBOOK
  for (const [from, to] of pairs) {
    if (!text.includes(from)) throw new Error(`base runbook has no ${from}`)
    text = text.replace(from, () => to)
  }
  return text
}

interface Case {
  name: string
  files: Record<string, FileContent>
  file?: string
  line?: number
  column?: number
  rule: string
  message: RegExp
}

const runbook = (text: string): Record<string, FileContent> => ({
  ...BASE_FILES,
  'runbooks/base.yaml': text
})

const automationRunbook = (extra: string): string =>
  mutate([
    `  runCommand:
    document: AWS-RunShellScript
    commands:
      - set -euo pipefail
      - systemctl restart {{ params.unit }}`,
    `  automation:
    document: AWS-RestartEC2Instance
${extra}`
  ])

const cases: Case[] = (() => {
  const c: Case[] = []
  const add = (
    name: string,
    text: string,
    marker: string,
    rule: string,
    message: RegExp,
    column?: number
  ): void => {
    c.push({
      name,
      files: runbook(text),
      line: lineOf(text, marker),
      rule,
      message,
      ...(column ? { column } : {})
    })
  }
  // YAML syntax and structure
  let t = mutate(['title: Base runbook', "title: 'Base runbook"])
  c.push({
    name: 'YAML syntax error (unclosed quote)',
    files: runbook(t),
    rule: 'yaml',
    message: /YAML syntax error.*close the quote/s
  })
  t = mutate(['risk: low', 'risk: low\nrisk: medium'])
  add('duplicate key', t, 'risk: medium', 'yaml', /duplicate key.*remove or rename/s, 1)
  t = mutate(['title: Base runbook', 'title: Base runbook\n\ttabbed: yes'])
  c.push({ name: 'tab indentation', files: runbook(t), rule: 'yaml', message: /YAML/ })
  t = `${BASE_RUNBOOK}---\nid: second\n`
  c.push({
    name: 'two documents in one file',
    files: runbook(t),
    rule: 'yaml',
    message: /one runbook per file|YAML/
  })
  // Schema
  t = mutate(['  max: 1', '  max: ten'])
  add(
    'wrong type',
    t,
    'max: ten',
    'schema',
    /`targets\.max` must be an integer, not a string/,
    columnOf(t, 'ten')
  )
  // SSM refuses MaxConcurrency 0 (`^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$`): nothing would run.
  t = mutate([
    '      - systemctl restart {{ params.unit }}',
    "      - systemctl restart {{ params.unit }}\n  maxConcurrency: '0'"
  ])
  add('a rate control SSM refuses', t, "maxConcurrency: '0'", 'schema', /maxConcurrency/)
  t = mutate([
    '      - systemctl restart {{ params.unit }}',
    '      - systemctl restart {{ params.unit }}\nlimits:\n  runsPerHour: 0'
  ])
  add('a circuit breaker that lets nothing run', t, 'runsPerHour: 0', 'schema', /runsPerHour/)
  t = mutate(['title: Base runbook', 'titel: Base runbook'])
  add(
    'unknown field with a suggestion',
    t,
    'titel:',
    'schema',
    /unknown field `titel`.*did you mean `title`\?/,
    1
  )
  t = mutate(['risk: low', 'risk: low\ncolour: blue'])
  add(
    'unknown field without a close match',
    t,
    'colour:',
    'schema',
    /unknown field `colour`.*allowed here: .*apiVersion/
  )
  t = mutate(['    enum: [nginx, app]', '    enum: [nginx, app]\n    defualt: app'])
  add(
    'unknown nested field',
    t,
    'defualt:',
    'schema',
    /unknown field `defualt` in `parameters\.unit`; did you mean `default`\?/
  )
  t = mutate(['owners: [alice]\n', ''])
  add('missing required field', t, 'apiVersion:', 'schema', /missing the required field `owners`/)
  t = mutate(['risk: low', 'risk: critical'])
  add(
    'value outside an enum',
    t,
    'risk: critical',
    'schema',
    /`risk` is "critical" but must be one of `low`, `medium`, `high`/
  )
  t = mutate(['id: base', 'id: Base_Runbook'])
  add(
    'id pattern',
    t,
    'id: Base_Runbook',
    'schema',
    /`id` is "Base_Runbook", which does not match .*kebab-case/
  )
  t = mutate(["alarmName: 'disk-*'", 'alarmName: 5'])
  add(
    'string-or-list of the wrong shape',
    t,
    'alarmName: 5',
    'schema',
    /`match\[0\]\.alarmName` must be a string or a list of strings/
  )
  t = mutate(["alarmName: 'disk-*'", 'alarmName: [disk, 7]'])
  add(
    'list with a wrong item',
    t,
    'alarmName: [disk, 7]',
    'schema',
    /`match\[0\]\.alarmName\[1\]` must be a string, not an integer/
  )
  t = mutate(["alarmName: 'disk-*'", "alarmName: 'disk-*'\n    severity: urgent"])
  add(
    'enum-or-list of the wrong value',
    t,
    'severity: urgent',
    'schema',
    /^`match\[0\]\.severity` must be one of `low`, `medium`, `high`, `critical` or a list of values among `low`/
  )
  t = mutate(['apiVersion: opsloop/v1', 'apiVersion: opsloop/v2'])
  add('wrong apiVersion', t, 'apiVersion:', 'schema', /`apiVersion` must be `opsloop\/v1`/)
  t = mutate(['  dimension: InstanceId\n', ''])
  add(
    'targets.from without its companion field',
    t,
    'targets:',
    'schema',
    /`targets` is missing the required field `dimension`/
  )
  t = mutate([
    '      - systemctl restart {{ params.unit }}',
    '      - systemctl restart {{ params.unit }}\n  automation:\n    document: AWS-RestartEC2Instance'
  ])
  add(
    'both runCommand and automation',
    t,
    'execution:',
    'schema',
    /`execution` must have only one of `runCommand`, `automation` or `workflowDispatch`/
  )
  t = mutate([
    '  runCommand:\n    document: AWS-RunShellScript\n    commands:\n      - set -euo pipefail\n      - systemctl restart {{ params.unit }}',
    '  timeoutSeconds: 600'
  ])
  add(
    'neither runCommand nor automation',
    t,
    'execution:',
    'schema',
    /`execution` needs one of `runCommand`, `automation` or `workflowDispatch`/
  )
  t = mutate(['  max: 1', '  max: 500'])
  add('number above maximum', t, 'max: 500', 'schema', /`targets\.max` is 500 but must be <= 50/)
  t = mutate(['match:\n', 'match: []\nx_match:\n'])
  c.push({
    name: 'empty match list',
    files: runbook(t),
    rule: 'schema',
    message: /`match` must list at least 1 item/
  })
  // Semantic rules
  t = mutate(['systemctl restart {{ params.unit }}', 'systemctl restart {{ params.unti }}'])
  add(
    'undeclared template reference',
    t,
    'params.unti',
    'template-reference',
    /`\{\{ params\.unti \}\}` refers to an undeclared parameter; did you mean `unit`\?/,
    columnOf(t, '{{ params.unti')
  )
  t = mutate(['systemctl restart {{ params.unit }}', 'systemctl restart {{ env.HOME }}'])
  add(
    'reference outside params and targets',
    t,
    'env.HOME',
    'template-reference',
    /only `\{\{ params\.NAME \}\}` and `\{\{ targets \}\}`/
  )
  t = mutate(['systemctl restart {{ params.unit }}', 'systemctl restart {{ params.unit }'])
  add('unbalanced braces', t, 'params.unit }', 'template-reference', /unbalanced/)
  t = mutate(['    enum: [nginx, app]\n', ''])
  add(
    'unconstrained string reaching a shell',
    t,
    '  unit:',
    'shell-injection',
    /parameter `unit` reaches a shell command .* unconstrained string/
  )
  t = mutate(['    enum: [nginx, app]', "    pattern: '[a-z]+'"])
  add('unanchored pattern', t, '  unit:', 'shell-injection', /pattern `\[a-z\]\+` is not anchored/)
  t = mutate(['    enum: [nginx, app]', "    pattern: '^a$|.*'"])
  add('alternation escaping the anchors', t, '  unit:', 'shell-injection', /is not anchored/)
  t = mutate(['    enum: [nginx, app]', "    pattern: '^[a-z;]+$'"])
  add(
    'pattern admitting a metacharacter',
    t,
    '  unit:',
    'shell-injection',
    /pattern `\^\[a-z;\]\+\$` accepts ".*;.*", which contains the shell metacharacter ;/
  )
  t = mutate(['    enum: [nginx, app]', "    enum: [nginx, 'app; rm -rf /']"])
  add(
    'enum value with a metacharacter',
    t,
    '  unit:',
    'shell-injection',
    /enum value "app; rm -rf \/" contains the shell metacharacter/
  )
  t = mutate(['    default: app', '    default: apache'])
  add(
    'default outside its own enum',
    t,
    'default: apache',
    'parameter',
    /`unit`'s default must be one of "nginx", "app"/
  )
  t = mutate(['    enum: [nginx, app]', "    pattern: '^[a-z'"])
  add(
    'invalid regular expression',
    t,
    "pattern: '^[a-z'",
    'parameter',
    /not a valid regular expression/
  )
  t = mutate(['    document: AWS-RunShellScript', '    document: AWS-RunPowerShellScript'])
  add(
    'document outside the allow-list',
    t,
    'AWS-RunPowerShellScript',
    'document-allow-list',
    /`AWS-RunPowerShellScript` is not on the allow-list/
  )
  t = mutate(['      - set -euo pipefail\n', ''])
  add(
    'shell commands that do not fail loudly',
    t,
    'systemctl restart',
    'shell-strict-mode',
    /must start with `set -euo pipefail`/
  )
  t = mutate(
    ['risk: low', 'risk: high'],
    ['approval:\n  required: true', 'approval:\n  required: true\n  minApprovals: 2']
  )
  c.push({
    name: 'high risk without verify',
    files: runbook(t),
    line: lineOf(t, 'risk: high'),
    rule: 'high-risk',
    message: /must declare `verify`/
  })
  c.push({
    name: 'high risk without rollback',
    files: runbook(t),
    line: lineOf(t, 'risk: high'),
    rule: 'high-risk',
    message: /must declare `rollback`/
  })
  t = mutate(['risk: low', 'risk: medium'], ['  required: true', '  required: false'])
  add(
    'medium risk without approval',
    t,
    'required: false',
    'approval',
    /medium-risk runbooks must set `approval\.required: true`/
  )
  t = mutate([
    '  from: dimension\n  dimension: InstanceId',
    '  from: parameter\n  parameter: instance'
  ])
  add(
    'target parameter not declared',
    t,
    'parameter: instance',
    'targets',
    /names `instance`, which is not declared/
  )
  t = automationRunbook('    parameters:\n      InstanceId: [i-1]')
  add(
    'automation that never receives its targets',
    t,
    '    parameters:',
    'targets',
    /never receives the targets/
  )
  t = mutate(
    ['  from: dimension\n  dimension: InstanceId', '  from: tags\n  tags:\n    Role: [web]'],
    [
      '  runCommand:\n    document: AWS-RunShellScript\n    commands:\n      - set -euo pipefail\n      - systemctl restart {{ params.unit }}',
      "  automation:\n    document: AWS-RestartEC2Instance\n    parameters:\n      InstanceId: ['{{ targets }}']"
    ]
  )
  add(
    'tag targets with an Automation document',
    t,
    'from: tags',
    'targets',
    /tag targets work with `runCommand` only/
  )
  t = automationRunbook("    parameters:\n      InstanceId: 'i-{{ targets }}'").replace(
    '  max: 1',
    '  max: 3'
  )
  add(
    'targets inside a single value with several targets',
    t,
    "InstanceId: 'i-",
    'targets',
    /inside a single value needs `targets\.max: 1`/
  )
  t = mutate(
    [
      "  - source: aws.cloudwatch\n    alarmName: 'disk-*'",
      '  - source: aws.ecs\n    eventName: SERVICE_TASK_START_IMPAIRED'
    ],
    ['tests:', 'verify:\n  alarmOk:\n    within: 10m\ntests:']
  )
  add(
    'waiting for an alarm in a runbook for non-alarm events',
    t,
    '  alarmOk:',
    'verify',
    /no triggering alarm to wait for/
  )
  t = mutate(['tests:', 'verify:\n  check:\n    retries: 2\ntests:'])
  add(
    'verify check with neither runCommand nor automation',
    t,
    '  check:',
    'schema',
    /`verify\.check` needs one of `runCommand` or `automation`/
  )
  t = mutate([
    '    document: AWS-RunShellScript',
    '    document: AWS-RunShellScript\n    guardAlarm: 7'
  ])
  c.push({
    name: 'guard alarm of the wrong type',
    files: runbook(t),
    rule: 'schema',
    message: /unknown field `guardAlarm` in `execution\.runCommand`/
  })
  t = mutate([
    '      - systemctl restart {{ params.unit }}',
    '      - systemctl restart {{ params.unit }}\n      - echo {{ targets }}'
  ])
  add(
    'incident-derived targets inside a shell command',
    t,
    'echo {{ targets }}',
    'shell-injection',
    /`\{\{ targets \}\}` cannot be used in shell commands: targets come from the incident/
  )
  // Shell placement: what an attacker with commit access to a runbook (or a careless author)
  // would write. OpsLoop single-quotes a value, which is exact only in a plain word.
  const shellLine = (line: string): string =>
    mutate(['      - systemctl restart {{ params.unit }}', `      - ${line}`])
  const placements: [string, string, string, RegExp][] = [
    [
      'placeholder inside double quotes',
      'systemctl restart "{{ params.unit }}"',
      'shell-quoting',
      /inside double quotes, where the shell still runs `\$\(…\)`.*write the placeholder bare \(`systemctl restart \{\{ params\.unit \}\}`, never `"\{\{ params\.unit \}\}"`\): OpsLoop puts every value in single quotes itself/
    ],
    [
      'placeholder inside single quotes',
      '"systemctl restart \'{{ params.unit }}\'"',
      'shell-quoting',
      /inside single quotes: OpsLoop's quotes would close yours.*write the placeholder bare/
    ],
    [
      'placeholder in the code of bash -c',
      'bash -c "systemctl restart {{ params.unit }}"',
      'shell-quoting',
      /part of the code that `bash -c` runs: the shell parses the value a second time.*pass the value as an argument and use "\$1"/
    ],
    [
      'placeholder in the code of sh -c',
      '"sh -c \'systemctl restart {{ params.unit }}\'"',
      'shell-quoting',
      /part of the code that `sh -c` runs/
    ],
    [
      'placeholder as the whole code of bash -c',
      'sudo -u app bash -ec {{ params.unit }}',
      'shell-quoting',
      /part of the code that `bash -c` runs/
    ],
    [
      'placeholder evaluated by eval',
      'eval systemctl restart {{ params.unit }}',
      'shell-quoting',
      /part of the code that `eval` runs.*run the command directly instead of through `eval`/
    ],
    [
      'placeholder in backquotes',
      'echo `systemctl status {{ params.unit }}`',
      'shell-quoting',
      /backquoted command substitution.*use `\$\(…\)`/
    ],
    [
      'placeholder in a comment',
      "'systemctl restart app # was {{ params.unit }}'",
      'shell-quoting',
      /inside a comment: a value holding a newline would end the comment/
    ],
    [
      'placeholder chosen as the command',
      "'{{ params.unit }} --version'",
      'shell-command-name',
      /is the command name, so the value would choose which program runs/
    ]
  ]
  for (const [name, line, rule, message] of placements) {
    t = shellLine(line)
    add(name, t, line, rule, message, columnOf(t, '{{ params.unit }}'))
  }
  t = mutate([
    '      - systemctl restart {{ params.unit }}',
    "      - cat <<EOF > /etc/app.env\n      - 'UNIT={{ params.unit }}'\n      - EOF"
  ])
  add(
    'placeholder in a here-document',
    t,
    'UNIT=',
    'shell-quoting',
    /inside a here-document.*assign the value to a variable first \(`value=\{\{ params\.unit \}\}`\)/,
    columnOf(t, '{{ params.unit }}')
  )
  // Patterns: a required prefix used to hide every metacharacter from the fixed probes.
  t = mutate(
    ['    enum: [nginx, app]', "    pattern: '^svc-[a-z$() ]{1,40}$'"],
    ['    default: app', '    default: svc-app']
  )
  add(
    'pattern with a required prefix admitting $()',
    t,
    '  unit:',
    'shell-injection',
    /parameter `unit` reaches a shell command .* but its pattern `\^svc-\[a-z\$\(\) \]\{1,40\}\$` accepts "svc-\$", which contains the shell metacharacter \$/
  )
  t = mutate(
    ['    enum: [nginx, app]', "    pattern: '^web-(?:[0-9]+|`)$'"],
    ['    default: app', '    default: web-1']
  )
  add(
    'pattern with a metacharacter in one alternative',
    t,
    '  unit:',
    'shell-injection',
    /accepts "web-`"/
  )
  // Option injection: `systemctl restart --help`, `rm -rf`.
  t = mutate(
    ['    enum: [nginx, app]', "    pattern: '^[a-z-]{1,20}$'"],
    ['    default: app', '    default: nginx']
  )
  add(
    'pattern admitting a leading dash in an argument',
    t,
    'systemctl restart {{',
    'shell-option-injection',
    /`\{\{ params\.unit \}\}` starts an argument of `systemctl` and its pattern `\^\[a-z-\]\{1,20\}\$` accepts "-", which the program would read as an option.*\(`\^\[a-z0-9\]\[a-z0-9-\]\*\$`\) or end the options first \(`systemctl -- \{\{ params\.unit \}\}`\)/,
    columnOf(t, '{{ params.unit }}')
  )
  t = mutate(['    enum: [nginx, app]', "    enum: [nginx, app, '--help']"])
  add(
    'enum value starting with a dash in an argument',
    t,
    'systemctl restart {{',
    'shell-option-injection',
    /its enum value "--help", which the program would read as an option/,
    columnOf(t, '{{ params.unit }}')
  )
  // Document parameters that are shell lines (AWS-RunShellScript-like documents).
  const shellDocument = (kind: 'runCommand' | 'automation', line: string): string =>
    mutate([
      '  runCommand:\n    document: AWS-RunShellScript\n    commands:\n      - set -euo pipefail\n      - systemctl restart {{ params.unit }}',
      kind === 'automation'
        ? `  automation:\n    document: OpsLoop-RunShellScript\n    parameters:\n      InstanceId: ['{{ targets }}']\n      commands:\n        - set -euo pipefail\n        - ${line}`
        : `  runCommand:\n    document: OpsLoop-RunScript\n    parameters:\n      commands:\n        - set -euo pipefail\n        - ${line}`
    ])
  t = shellDocument('automation', 'systemctl restart "{{ params.unit }}"')
  add(
    'Automation `commands` parameter with a quoted placeholder',
    t,
    'systemctl restart "',
    'shell-quoting',
    /inside double quotes/,
    columnOf(t, '{{ params.unit }}')
  )
  t = shellDocument('runCommand', '"sh -c \'systemctl restart {{ params.unit }}\'"')
  add(
    'Run Command `commands` document parameter with sh -c',
    t,
    'sh -c',
    'shell-quoting',
    /part of the code that `sh -c` runs/,
    columnOf(t, '{{ params.unit }}')
  )
  t = shellDocument('automation', 'systemctl restart {{ params.unit }}').replace(
    '    enum: [nginx, app]',
    () => "    pattern: '^[a-z ;]{1,20}$'"
  )
  add(
    'Automation `commands` parameter fed by a leaky pattern',
    t,
    '  unit:',
    'shell-injection',
    /parameter `unit` reaches shell commands through an Automation document \(execution\.automation\.parameters\.commands\[1\]\) but its pattern `\^\[a-z ;\]\{1,20\}\$` accepts ".*", which contains the shell metacharacter/
  )
  t = shellDocument('automation', 'echo {{ targets }}')
  add(
    'Automation `commands` parameter given the incident targets',
    t,
    'echo {{ targets }}',
    'shell-injection',
    /`\{\{ targets \}\}` cannot be used in shell commands: targets come from the incident/
  )
  // SSM documents: what a runbook's Run Command steps compile to (catalog/ssm-document.ts).
  const withParameter = (declaration: string, line = 'echo -- {{ params.size }}'): string =>
    mutate(
      [
        '    default: app\n',
        `    default: app\n  size:\n    description: A value for the script.\n${declaration}`
      ],
      [
        '      - systemctl restart {{ params.unit }}',
        `      - systemctl restart {{ params.unit }}\n      - ${line}`
      ]
    )
  t = withParameter('    type: number\n    minimum: 0.5\n    maximum: 9.5\n')
  add(
    'a number with bounds, which no SSM pattern expresses',
    t,
    'minimum: 0.5',
    'ssm-document',
    /parameter `size` is a `number` with bounds, which an SSM `allowedPattern` cannot express exactly; make it an `integer`/,
    columnOf(t, '0.5')
  )
  t = withParameter("    type: string\n    pattern: '^[a-z]{1,2000}$'\n")
  add(
    'a pattern repeating more than SSM’s Go check allows',
    t,
    "pattern: '^[a-z]{1,2000}$'",
    'ssm-document',
    /parameter `size`'s pattern `\^\[a-z\]\{1,2000\}\$` cannot be written as an SSM `allowedPattern`, which SSM checks with Java and again with Go: it repeats 2000 times, and SSM's Go check allows at most 1000/
  )
  t = withParameter("    type: string\n    pattern: '^([a-z]{1,50}\\.){0,30}[a-z]{1,50}$'\n")
  add(
    'nested repeats over the Go limit',
    t,
    'pattern: ',
    'ssm-document',
    /nested repeats multiply to more than 1000/
  )
  t = withParameter("    type: string\n    pattern: '^[a-zé]{1,20}$'\n")
  add(
    'a pattern admitting a character SSM must not substitute into a script',
    t,
    "pattern: '^[a-zé]",
    'ssm-substitution',
    /parameter `size` reaches a shell command, and in its SSM document SSM puts the value into the script as text; its pattern `\^\[a-zé\]\{1,20\}\$` accepts "é", which holds U\+00E9 \("é"\), and only ASCII letters, digits and `!%\+,-\.\/:=@\]\^_` may be substituted into a script; narrow the pattern's character classes to those/
  )
  t = mutate(['    enum: [nginx, app]', '    enum: [nginx, app, "app\\u0007"]'])
  add(
    'an enum value with a control character',
    t,
    'enum: [nginx',
    'ssm-substitution',
    /its enum value "app\\u0007" holds U\+0007 \("\\u0007"\)/,
    columnOf(t, '"app')
  )
  t = mutate([
    '    commands:\n      - set -euo pipefail',
    '    parameters:\n      workingDirectory: /srv\n    commands:\n      - set -euo pipefail'
  ])
  add(
    'document parameters on a step that compiles to a fixed document',
    t,
    '    parameters:',
    'ssm-document',
    /`execution\.runCommand\.parameters` cannot be compiled into the runbook's SSM document, whose commands are fixed: write the shell lines under `commands` and use `workingDirectory` and `executionTimeoutSeconds`/,
    5
  )
  // Guard alarms: named after declared parameters that are predictable and not sensitive
  const guarded = (guardAlarm: string, declaration = ''): string =>
    mutate(
      [
        '    default: app\n',
        `    default: app\n${declaration ? `  fleet:\n    description: The fleet.\n${declaration}` : ''}`
      ],
      [
        '      - systemctl restart {{ params.unit }}',
        `      - systemctl restart {{ params.unit }}\n  guardAlarm: '${guardAlarm}'`
      ]
    )
  t = guarded('{{ params.unti }}-healthy-hosts-low')
  add(
    'a guard alarm naming an undeclared parameter',
    t,
    'guardAlarm:',
    'template-reference',
    /`\{\{ params\.unti \}\}` refers to an undeclared parameter; did you mean `unit`\? Otherwise declare `unti` under `parameters`/,
    columnOf(t, '{{ params.unti')
  )
  t = guarded('{{ targets }}-healthy-hosts-low')
  add(
    'a guard alarm naming the targets',
    t,
    'guardAlarm:',
    'guard-alarm',
    /`\{\{ targets \}\}` cannot name a guard alarm: targets come from the incident, and SSM watches one alarm for the whole run; name the alarm after a parameter constrained by `enum` or an anchored `pattern`/,
    columnOf(t, '{{ targets')
  )
  t = guarded('{{ params.fleet }}-healthy-hosts-low', '    type: string\n')
  add(
    'a guard alarm named after an unconstrained string',
    t,
    'guardAlarm:',
    'guard-alarm',
    /`\{\{ params\.fleet \}\}` names the guard alarm, but parameter `fleet` is an unconstrained string, so the alarm SSM watches could be any alarm of the account; the name must be predictable from the reviewed runbook and the approved values: give `fleet` an `enum` or an anchored `pattern`/,
    columnOf(t, '{{ params.fleet')
  )
  t = guarded('guard-{{ params.fleet }}', "    type: string\n    pattern: '[a-z]+'\n")
  add(
    'a guard alarm named after a string whose pattern is not anchored',
    t,
    'guardAlarm:',
    'guard-alarm',
    /parameter `fleet` has the pattern `\[a-z\]\+`, which is not anchored/,
    columnOf(t, '{{ params.fleet')
  )
  t = guarded('guard-{{ params.fleet }}', '    type: integer\n    minimum: 1\n    maximum: 9\n')
  add(
    'a guard alarm named after a number without an enum',
    t,
    'guardAlarm:',
    'guard-alarm',
    /parameter `fleet` is an integer without an `enum`/
  )
  t = guarded(
    '{{ params.fleet }}-guard',
    '    type: string\n    enum: [web, api]\n    sensitive: true\n'
  )
  add(
    'a guard alarm named after a sensitive parameter',
    t,
    'guardAlarm:',
    'guard-alarm',
    /parameter `fleet` is sensitive, and a guard alarm's name is shown in `\/dry-run`, the run's replies and SSM's history/,
    columnOf(t, '{{ params.fleet')
  )
  t = guarded('{{ env.FLEET }}-guard')
  add(
    'a guard alarm with a reference that is not a parameter',
    t,
    'guardAlarm:',
    'template-reference',
    /`\{\{ env\.FLEET \}\}` is not a valid reference: only `\{\{ params\.NAME \}\}` and `\{\{ targets \}\}` can be used/,
    columnOf(t, '{{ env')
  )
  t = guarded(
    `${'g'.repeat(235)}-{{ params.fleet }}`,
    '    type: string\n    enum: [web, checkout-web-eu-west-1-blue-green]\n'
  )
  add(
    'a guard alarm too long for CloudWatch with the longest enum value',
    t,
    'guardAlarm:',
    'guard-alarm',
    /the guard alarm `g+-\{\{ params\.fleet \}\}` can be 269 characters long with the longest enum values, and CloudWatch alarm names have at most 255; shorten or fix the name/
  )
  t = mutate([
    '      - systemctl restart {{ params.unit }}',
    '      - systemctl restart {{ params.unit }}\n  guardAlarm: "fleet\\tguard"'
  ])
  add(
    'a guard alarm CloudWatch would refuse',
    t,
    'guardAlarm:',
    'guard-alarm',
    /the guard alarm `fleet\tguard` holds the control character U\+0009, which CloudWatch refuses in alarm names/
  )
  // Example incidents
  t = mutate(['  - examples/disk.json', '  - examples/missing.json'])
  add(
    'missing example incident',
    t,
    'examples/missing.json',
    'tests',
    /`examples\/missing\.json` cannot be used: file not found/
  )
  t = mutate(['  - examples/disk.json', '  - ../../../../etc/passwd.json'])
  add('example outside the repository', t, 'passwd.json', 'tests', /leaves the repository/)
  t = mutate(["alarmName: 'disk-*'", "alarmName: 'memory-*'"])
  add(
    'example that does not match',
    t,
    'examples/disk.json',
    'tests',
    /does not match any of this runbook's `match` rules/
  )
  t = mutate([
    "alarmName: 'disk-*'",
    "alarmName: 'disk-*'\nexclude:\n  - why: Never for the full disk alarm, it is a test.\n    when:\n      alarmName: 'disk-full'"
  ])
  add(
    'example its own exclude entry takes out',
    t,
    'examples/disk.json',
    'tests',
    /example incident `examples\/disk\.json` \(.*\) is one this runbook excludes: its `exclude` entry 1 applies \(it has alarm name `disk-full`\); narrow that entry or drop the example/
  )
  t = mutate([
    "alarmName: 'disk-*'",
    "alarmName: 'disk-*'\nexclude:\n  - why: Never for the data volume, grow it."
  ])
  add(
    'exclude entry with nothing to match',
    t,
    '- why: Never',
    'schema',
    /`exclude\[0\]` needs `when` \(the fields of a match rule\) or `says` \(phrases the incident says\) beside `why`/
  )
  return c
})()

async function problemsFor(files: Record<string, FileContent>, dir = 'runbooks') {
  const root = await tempRepo(files)
  const result = await validateCommand({ dir: join(root, dir) })
  return result
}

describe('broken runbooks are reported with position and advice', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const result = await problemsFor(c.files)
    expect(result.ok).toBe(false)
    const match = result.problems.find((p) => p.rule === c.rule && c.message.test(p.message))
    if (!match)
      throw new Error(
        `expected a ${c.rule} problem matching ${String(c.message)}, got:\n${describeProblems(result.problems)}`
      )
    expect(match.file).toMatch(new RegExp(`${c.file ?? 'runbooks/base.yaml'}$`))
    expect(match.severity).toBe('error')
    if (c.line !== undefined) expect(match.line).toBe(c.line)
    if (c.column !== undefined) expect(match.column).toBe(c.column)
    expect(match.line).toBeGreaterThan(0)
    expect(match.column).toBeGreaterThan(0)
  })
})

describe('catalog-level problems', () => {
  it('rejects duplicate ids across files, pointing at the later file', async () => {
    const result = await problemsFor({ ...BASE_FILES, 'runbooks/copy.yaml': BASE_RUNBOOK })
    const dup = result.problems.find((p) => p.rule === 'unique-id')
    expect(dup?.file).toMatch(/runbooks\/copy\.yaml$/)
    expect(dup?.line).toBe(lineOf(BASE_RUNBOOK, 'id: base'))
    expect(dup?.message).toMatch(/already used by .*runbooks\/base\.yaml:3/)
  })

  it('reports an example incident that selects another runbook, and ties', async () => {
    const specific = BASE_RUNBOOK.replace('id: base', 'id: specific').replace(
      "alarmName: 'disk-*'",
      "alarmName: 'disk-*'\n    metric:\n      name: disk_used_percent"
    )
    const twin = BASE_RUNBOOK.replace('id: base', 'id: twin')
    const result = await problemsFor({
      ...BASE_FILES,
      'runbooks/specific.yaml': specific,
      'runbooks/twin.yaml': twin
    })
    const messages = result.problems
      .filter((p) => p.rule === 'tests')
      .map((p) => `${p.file}: ${p.message}`)
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /base\.yaml: example incident `examples\/disk\.json` selects `specific` \(score 3\) before this runbook \(score 2\)/
        ),
        expect.stringMatching(
          /twin\.yaml: example incident `examples\/disk\.json` selects `specific`/
        )
      ])
    )
    const tie = await problemsFor({ ...BASE_FILES, 'runbooks/twin.yaml': twin })
    expect(tie.problems.map((p) => `${p.file.split('/').pop() ?? ''}: ${p.message}`)).toEqual([
      expect.stringMatching(
        /^base\.yaml: .*matches `twin` equally well \(score 2, same priority\).* set `priority`/
      ),
      expect.stringMatching(/^twin\.yaml: .*matches `base` equally well \(score 2, same priority\)/)
    ])
    const boosted = twin.replace('risk: low', 'risk: low\npriority: 5')
    const resolved = await problemsFor({ ...BASE_FILES, 'runbooks/twin.yaml': boosted })
    expect(resolved.problems.map((p) => `${p.file.split('/').pop() ?? ''}: ${p.message}`)).toEqual([
      expect.stringMatching(
        /^base\.yaml: example incident `examples\/disk\.json` selects `twin` \(score 2\) before this runbook/
      )
    ])
  })

  it('points into an example incident that is not valid JSON', async () => {
    const result = await problemsFor({
      ...BASE_FILES,
      'runbooks/examples/disk.json': '{\n  "source": "aws.cloudwatch",\n  oops\n}'
    })
    const p = result.problems.find((x) => x.file.endsWith('examples/disk.json'))
    expect(p?.message).toMatch(/not valid JSON/)
    expect(p?.line).toBe(3)
  })

  it('rejects an empty catalog', async () => {
    const result = await problemsFor({ 'runbooks/README.md': '# nothing here' })
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0]?.message).toMatch(/holds no runbooks \(\*\.yaml or \*\.yml\)/)
  })

  it('rejects a catalog folder that does not exist', async () => {
    const result = await problemsFor(BASE_FILES, 'nope')
    expect(result.problems[0]?.message).toMatch(/catalog directory `.*nope` does not exist/)
  })

  it('rejects an empty file', async () => {
    const result = await problemsFor({ ...BASE_FILES, 'runbooks/empty.yaml': '' })
    expect(result.problems.find((p) => p.file.endsWith('empty.yaml'))?.message).toMatch(
      /the file is empty/
    )
  })

  it('names every missing field in one message, and survives hostile YAML', async () => {
    const result = await problemsFor({
      ...BASE_FILES,
      'runbooks/empty-map.yaml': '{}\n',
      'runbooks/scalar.yaml': 'hello\n',
      'runbooks/deep.yaml': `a: ${'['.repeat(20000)}${']'.repeat(20000)}\n`,
      'runbooks/bomb.yaml': [
        'a: &a [x, x, x, x, x, x, x, x, x, x]',
        ...'bcdefghijkl'.split('').map(
          (c, i) =>
            `${c}: &${c} [${Array(10)
              .fill(`*${'abcdefghijkl'[i] ?? ''}`)
              .join(', ')}]`
        )
      ].join('\n'),
      'runbooks/tag.yaml': 'id: !!js/function "x"\n'
    })
    const byFile = (name: string) =>
      result.problems.filter((p) => p.file.endsWith(name)).map((p) => p.message)
    expect(byFile('empty-map.yaml')).toEqual([
      expect.stringMatching(
        /^the runbook is missing the required fields `apiVersion`, `id`, .*`execution` \(see docs\/runbook-reference\.md\)$/
      )
    ])
    expect(byFile('scalar.yaml')).toEqual(['the runbook must be a mapping, not a string'])
    expect(byFile('deep.yaml')).toEqual([expect.stringMatching(/^YAML syntax error/)])
    expect(byFile('bomb.yaml')).toEqual([
      expect.stringMatching(/^YAML could not be loaded: Excessive alias count/)
    ])
    expect(byFile('tag.yaml')).toEqual([
      expect.stringMatching(/^YAML syntax error: Unresolved tag/)
    ])
  })

  it('reports every duplicate key, each at its own line', async () => {
    const text = BASE_RUNBOOK.replace('risk: low', 'risk: low\nrisk: medium\nrisk: high')
    const result = await problemsFor({ ...BASE_FILES, 'runbooks/base.yaml': text })
    expect(result.problems.map((p) => `${p.line} ${p.rule}`)).toEqual([
      `${lineOf(text, 'risk: medium')} yaml`,
      `${lineOf(text, 'risk: high')} yaml`
    ])
  })

  it('rejects a file over 1 MB', async () => {
    const big = `${BASE_RUNBOOK}# ${'x'.repeat(1024 * 1024)}\n`
    const result = await problemsFor({ ...BASE_FILES, 'runbooks/base.yaml': big })
    expect(result.problems[0]?.message).toMatch(
      /file is \d+ bytes; the limit is 1048576 bytes \(1 MB\)/
    )
  })

  it('rejects binary content', async () => {
    const result = await problemsFor({
      ...BASE_FILES,
      'runbooks/base.yaml': Buffer.from([0x61, 0x00, 0x62, 0x0a])
    })
    expect(result.problems[0]?.message).toMatch(/binary \(it contains NUL bytes\)/)
  })

  it('rejects text that is not UTF-8', async () => {
    const result = await problemsFor({
      ...BASE_FILES,
      'runbooks/base.yaml': Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xff, 0xfe, 0x0a])
    })
    expect(result.problems[0]?.message).toMatch(/not valid UTF-8/)
  })

  it('rejects a symbolic link pointing outside the repository', async () => {
    const outside = await tempRepo({ 'secret.yaml': BASE_RUNBOOK })
    const result = await problemsFor({
      ...BASE_FILES,
      'runbooks/linked.yaml': { symlinkTo: join(outside, 'secret.yaml') }
    })
    const p = result.problems.find((x) => x.file.endsWith('linked.yaml'))
    expect(p?.message).toMatch(/symbolic link points outside the repository/)
  })

  it('follows a symbolic link inside the repository', async () => {
    const result = await problemsFor({
      ...BASE_FILES,
      'shared/base.yaml': BASE_RUNBOOK,
      'runbooks/base.yaml': { symlinkTo: '../shared/base.yaml' }
    })
    expect(describeProblems(result.problems)).toBe('')
  })

  it('accepts the base runbook, so every case above fails for its own reason', async () => {
    const result = await problemsFor(BASE_FILES)
    expect(describeProblems(result.problems)).toBe('')
    expect(result.ok).toBe(true)
  })

  it('warns (without failing) when the file name differs from the id', async () => {
    const { 'runbooks/base.yaml': base, ...rest } = BASE_FILES
    const result = await problemsFor({ ...rest, 'runbooks/other-name.yaml': base as string })
    expect(result.ok).toBe(true)
    expect(result.problems.map((p) => `${p.severity} ${p.rule}`)).toEqual(['warning id-filename'])
  })

  it('accepts every target as its own list item of an Automation parameter', async () => {
    const text = BASE_RUNBOOK.replace('  max: 1', '  max: 5').replace(
      '  runCommand:\n    document: AWS-RunShellScript\n    commands:\n      - set -euo pipefail\n      - systemctl restart {{ params.unit }}',
      "  automation:\n    document: AWS-RestartEC2Instance\n    parameters:\n      InstanceId: ['{{targets}}']"
    )
    const result = await problemsFor({ ...BASE_FILES, 'runbooks/base.yaml': text })
    expect(describeProblems(result.problems)).toBe('')
  })

  it('accepts a document added to the allow-list', async () => {
    const text = BASE_RUNBOOK.replace(
      'document: AWS-RunShellScript',
      'document: Acme-RunShellScript'
    )
    const root = await tempRepo({ ...BASE_FILES, 'runbooks/base.yaml': text })
    const refused = await validateCommand({ dir: join(root, 'runbooks') })
    expect(refused.problems.map((p) => p.rule)).toContain('document-allow-list')
    const allowed = await validateCommand({
      dir: join(root, 'runbooks'),
      allowedDocuments: ['Acme-*']
    })
    expect(describeProblems(allowed.problems)).toBe('')
  })

  it('accepts incidents wrapped in a dispatch payload with context tags', async () => {
    const text = BASE_RUNBOOK.replace(
      "alarmName: 'disk-*'",
      "alarmName: 'disk-*'\n    tags:\n      team: storage"
    )
    const payload = { event: alarmEvent('disk-full'), context: { tags: { team: 'storage' } } }
    const result = await problemsFor({
      'runbooks/base.yaml': text,
      'runbooks/examples/disk.json': JSON.stringify(payload)
    })
    expect(describeProblems(result.problems)).toBe('')
  })
})

describe('guard alarms: what stays accepted', () => {
  it('accepts a fixed name, and parameters with an enum or an anchored pattern', async () => {
    const text = mutate(
      [
        '    default: app\n',
        "    default: app\n  role:\n    type: string\n    description: The fleet's Role tag.\n    pattern: '^[a-z][a-z0-9-]{0,62}$'\n"
      ],
      [
        '      - systemctl restart {{ params.unit }}',
        "      - systemctl restart {{ params.unit }}\n  guardAlarm: '{{ params.role }}-{{params.unit}}-healthy-hosts-low'"
      ]
    )
    expect(describeProblems((await problemsFor(runbook(text))).problems)).toBe('')
    const fixed = mutate([
      '      - systemctl restart {{ params.unit }}',
      "      - systemctl restart {{ params.unit }}\n  guardAlarm: 'Checkout: 5xx rate (eu-west-1)'"
    ])
    expect(describeProblems((await problemsFor(runbook(fixed))).problems)).toBe('')
  })
})

describe('shell rules: what stays accepted', () => {
  const line = (...lines: string[]): string =>
    mutate([
      '      - systemctl restart {{ params.unit }}',
      lines.map((l) => `      - ${l}`).join('\n')
    ])
  it.each([
    ['a bare argument', line('systemctl restart {{ params.unit }}')],
    [
      'an assignment, then the variable',
      line('unit={{ params.unit }}.service', 'systemctl restart "$unit"')
    ],
    [
      'a positional argument of bash -c',
      line(`bash -c 'systemctl restart "$1"' _ {{ params.unit }}`)
    ],
    ['an argument inside $(…)', line('pid=$(systemctl show -p MainPID --value {{ params.unit }})')],
    ['a word joined to a quoted prefix', line('echo "restarting "{{ params.unit }}')],
    [
      'an option value after =',
      line('journalctl --unit={{ params.unit }} --no-pager | tail -n 20')
    ],
    [
      'a dash-admitting pattern after --',
      mutate(
        ['    enum: [nginx, app]', "    pattern: '^[a-z-]{1,20}$'"],
        ['systemctl restart {{ params.unit }}', 'systemctl restart -- {{ params.unit }}']
      )
    ],
    [
      'a bare placeholder in an Automation `commands` parameter',
      mutate([
        '  runCommand:\n    document: AWS-RunShellScript\n    commands:\n      - set -euo pipefail\n      - systemctl restart {{ params.unit }}',
        "  automation:\n    document: OpsLoop-RunShellScript\n    parameters:\n      InstanceId: ['{{ targets }}']\n      commands:\n        - set -euo pipefail\n        - systemctl restart {{ params.unit }}"
      ])
    ]
  ])('%s', async (_name, text) => {
    const result = await problemsFor({ ...BASE_FILES, 'runbooks/base.yaml': text })
    expect(describeProblems(result.problems)).toBe('')
  })
})

describe('Automation document parameters', () => {
  const automation = (constraint: string): string =>
    mutate(
      [
        '    default: app\n',
        `    default: app\n  group:\n    type: string\n    description: The group to act on.\n${constraint}`
      ],
      [
        '  runCommand:\n    document: AWS-RunShellScript\n    commands:\n      - set -euo pipefail\n      - systemctl restart {{ params.unit }}',
        "  automation:\n    document: OpsLoop-ScaleOut\n    parameters:\n      InstanceId: ['{{ targets }}']\n      GroupName: 'asg/{{ params.group }}'"
      ]
    )

  it.each([
    [
      'an unconstrained string',
      '',
      /gives the Automation document's `GroupName` an unconstrained string/
    ],
    [
      'an unanchored pattern',
      "    pattern: '[a-z]+'\n",
      /a string whose pattern `\[a-z\]\+` is not anchored/
    ],
    [
      'a pattern that accepts anything',
      "    pattern: '^.+$'\n",
      /a string whose pattern `\^\.\+\$` accepts ";", with the shell metacharacter ;/
    ],
    [
      'a prefixed pattern that hides a metacharacter',
      "    pattern: '^asg-[a-z`]{1,20}$'\n",
      /accepts "asg-`"/
    ]
  ])('warns (without failing) about %s', async (_name, constraint, message) => {
    const text = automation(constraint)
    const result = await problemsFor({ ...BASE_FILES, 'runbooks/base.yaml': text })
    expect(result.ok).toBe(true)
    expect(result.problems.map((p) => ({ ...p, file: '' }))).toEqual([
      {
        file: '',
        line: lineOf(text, 'GroupName:'),
        column: columnOf(text, '{{ params.group }}'),
        severity: 'warning',
        rule: 'automation-parameter',
        message: expect.stringMatching(message)
      }
    ])
    expect(result.problems[0]?.message).toMatch(/add an `enum` or an anchored `pattern`/)
  })

  it('accepts a tight pattern or an enum', async () => {
    for (const constraint of [
      "    pattern: '^[a-z][a-z0-9-]{0,62}$'\n",
      '    enum: [web, api]\n'
    ]) {
      const result = await problemsFor({
        ...BASE_FILES,
        'runbooks/base.yaml': automation(constraint)
      })
      expect(describeProblems(result.problems)).toBe('')
    }
  })
})

describe("OpsLoop's own documents in infra/ssm-documents", () => {
  const runbookText = mutate(
    [
      '    default: app\n',
      "    default: app\n  group:\n    type: string\n    description: The group to act on.\n    pattern: '^[a-z][a-z0-9-]{0,62}$'\n  count:\n    type: integer\n    description: How many to add.\n    minimum: 1\n    maximum: 5\n    default: 1\n"
    ],
    [
      '  runCommand:\n    document: AWS-RunShellScript\n    commands:\n      - set -euo pipefail\n      - systemctl restart {{ params.unit }}',
      "  automation:\n    document: OpsLoop-ScaleOut\n    parameters:\n      InstanceId: ['{{ targets }}']\n      GroupName: '{{ params.group }}'\n      Count: '{{ params.count }}'"
    ]
  )
  const documentText = (group: string, count: string): string =>
    [
      "schemaVersion: '0.3'",
      'parameters:',
      '  InstanceId:',
      '    type: StringList',
      '  GroupName:',
      '    type: String',
      ...group.split('\n').filter((l) => l !== ''),
      '  Count:',
      '    type: Integer',
      '    default: 1',
      ...count.split('\n').filter((l) => l !== ''),
      'mainSteps:',
      '  - name: wait',
      '    action: aws:sleep',
      '    inputs:',
      '      Duration: PT1S',
      ''
    ].join('\n')
  const STRICT_GROUP = "    allowedPattern: '^[a-z][a-z0-9-]{0,62}$'"
  const STRICT_COUNT = '    allowedValues: [1, 2, 3, 4, 5]'
  const validate = (group: string, count: string) =>
    problemsFor({
      ...BASE_FILES,
      'runbooks/base.yaml': runbookText,
      'infra/ssm-documents/OpsLoop-ScaleOut.yaml': documentText(group, count)
    })

  it.each([
    ['the same pattern', STRICT_GROUP, STRICT_COUNT],
    [
      'a stricter pattern, written as Java and Go take it',
      "    allowedPattern: '^[a-z](?:[a-z0-9]|\\-){0,30}$'",
      "    allowedValues: ['1', '2']"
    ],
    [
      'an equivalent pattern',
      "    allowedPattern: '^[a-z][-a-z0-9]{0,62}$'",
      '    allowedPattern: ^[1-5]$'
    ]
  ])('accepts a document at least as strict as the runbook: %s', async (_name, group, count) => {
    const result = await validate(group, count)
    expect(describeProblems(result.problems)).toBe('')
  })

  it('accepts a document whose only extra value is its own default', async () => {
    const result = await validate(
      "    default: ''\n    allowedPattern: '^$|^[a-z][a-z0-9-]{0,62}$'",
      STRICT_COUNT
    )
    expect(describeProblems(result.problems)).toBe('')
  })

  it.each([
    [
      'no constraint on a string',
      '',
      STRICT_COUNT,
      'GroupName:',
      /^`OpsLoop-ScaleOut` accepts "[^"]*" for `GroupName`, which runbook `base` fills with `\{\{ params\.group \}\}` \(execution\.automation\.parameters\.GroupName\); the runbook's schema refuses that value, but SSM would run the document with it for anyone allowed to start it; add `allowedPattern: '\^\[a-z\]\[0-9a-z\\-\]\{0,62\}\$'`$/
    ],
    [
      'a looser pattern',
      "    allowedPattern: '^[a-z0-9-]{1,63}$'",
      STRICT_COUNT,
      'GroupName:',
      /accepts "(-|[0-9])[^"]*" for `GroupName`/
    ],
    [
      'an Integer without allowed values',
      STRICT_GROUP,
      '',
      'Count:',
      /accepts "(0|-?[0-9]*[06-9][0-9]*)" for `Count`, .*add `allowedValues: \[1, 2, 3, 4, 5\]`$/
    ],
    [
      'allowed values beyond the runbook’s',
      STRICT_GROUP,
      '    allowedValues: [1, 2, 3, 4, 5, 6]',
      'Count:',
      /accepts "6" for `Count`/
    ]
  ])('warns, at the document’s line, about %s', async (_name, group, count, marker, message) => {
    const result = await validate(group, count)
    expect(result.ok).toBe(true)
    const doc = documentText(group, count)
    expect(
      result.problems.map((p) => ({ ...p, file: p.file.split('/').slice(-3).join('/') }))
    ).toEqual([
      {
        file: 'infra/ssm-documents/OpsLoop-ScaleOut.yaml',
        line: lineOf(doc, marker),
        column: 3,
        severity: 'warning',
        rule: 'document-constraint',
        message: expect.stringMatching(message)
      }
    ])
  })

  it('checks nothing it cannot find: documents kept elsewhere, or AWS’s', async () => {
    const result = await problemsFor({ ...BASE_FILES, 'runbooks/base.yaml': runbookText })
    expect(describeProblems(result.problems)).toBe('')
  })
})
