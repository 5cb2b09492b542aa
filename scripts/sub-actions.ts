// One action per job, as actions/cache (`restore/`, `save/`) and github/codeql-action (`init/`)
// ship them: `validate/`, `intake/`, `approve/` and `remediate/` each declare only the inputs and
// outputs of their job, taken from the root action.yml (the single source of their descriptions
// and defaults), and run their own bundle entry. The root action stays for compatibility.
import { readFile } from 'node:fs/promises'
import { format, resolveConfig } from 'prettier'
import { parse, stringify } from 'yaml'
import { NOTIFY_INPUTS } from '../src/notify/config.js'
import type { GeneratedFile } from './generated-files.js'

const TOKEN = ['github-token', 'record-key']
const CATALOG = ['runbooks', 'allowed-documents']
const NOTIFY = [...NOTIFY_INPUTS]

export interface SubAction {
  dir: string
  command: 'validate' | 'intake' | 'comment' | 'remediate' | 'reconcile' | 'publish' | 'learn'
  name: string
  description: string
  inputs: string[]
  outputs: string[]
}

export const SUB_ACTIONS: readonly SubAction[] = [
  {
    dir: 'validate',
    command: 'validate',
    name: 'OpsLoop validate',
    description:
      'Checks the runbook catalog (schema, templates, shell safety, SSM documents) and annotates every problem on its file and line: the pull-request check for runbook changes.',
    inputs: CATALOG,
    outputs: ['valid', 'runbooks', 'errors']
  },
  {
    dir: 'intake',
    command: 'intake',
    name: 'OpsLoop intake',
    description:
      'Turns an AWS incident (repository_dispatch from EventBridge, or a replay by workflow_dispatch) into exactly one issue, with evidence, triage and a proposed plan; on issue_comment, makes the plan again after an accepted /set or /retriage, or answers an accepted /ask. Runs nothing.',
    inputs: [
      ...TOKEN,
      'event-type',
      ...CATALOG,
      'triage-provider',
      'model-id',
      'aws-region',
      'max-tokens',
      'temperature',
      'model-timeout',
      'log-groups',
      'change-repositories',
      'change-window',
      'components',
      'close-on-recovery',
      'insufficient-data',
      ...NOTIFY
    ],
    outputs: [
      'action',
      'issue-number',
      'issue-url',
      'fingerprint',
      'runbook-id',
      'severity',
      'plan-digest',
      'triage-provider',
      'snapshot',
      'occurrences'
    ]
  },
  {
    dir: 'approve',
    command: 'comment',
    name: 'OpsLoop approve',
    description:
      'Answers /approve, /reject, /dry-run, /cancel, /set and /retriage on an incident issue (issue_comment) and says whether the plan is now approved, so the remediation job may start, or must be made again (by intake on the same event), or whether an /ask waits for its answer (by intake on the same event). With read-only AWS credentials (the triage role) it counts no approval of a plan over the circuit breakers of its runbook; without them the remediation job checks those alone.',
    inputs: [...TOKEN, ...CATALOG, 'ignore-users', 'aws-region'],
    outputs: ['issue-number', 'approved', 'plan-digest', 'replan', 'ask']
  },
  {
    dir: 'remediate',
    command: 'remediate',
    name: 'OpsLoop remediate',
    description:
      "Runs an incident issue's approved plan through AWS Systems Manager, verifies it, rolls back on failure and records every step on the issue.",
    inputs: [
      ...TOKEN,
      ...CATALOG,
      'issue-number',
      'plan-digest',
      'approval',
      'environment',
      'require-alarm',
      'close-on-success',
      'run-shell-script',
      'ignore-users',
      'aws-region',
      ...NOTIFY
    ],
    outputs: ['outcome', 'plan-digest']
  },
  {
    dir: 'reconcile',
    command: 'reconcile',
    name: 'OpsLoop reconcile',
    description:
      'On a schedule: lists the CloudWatch alarms in ALARM that OpsLoop is responsible for (a name prefix, a tag) and the open incident issues, and hands intake the state change whose delivery was lost, as that delivery, so an alarm without its issue gets one and an issue whose alarm recovered gets its recovery noted. Runs nothing.',
    inputs: [
      ...TOKEN,
      ...CATALOG,
      'triage-provider',
      'model-id',
      'aws-region',
      'max-tokens',
      'temperature',
      'model-timeout',
      'log-groups',
      'change-repositories',
      'change-window',
      'components',
      'close-on-recovery',
      'alarm-name-prefix',
      'alarm-tag',
      'max-alarms',
      ...NOTIFY
    ],
    outputs: ['reconciled', 'failures']
  },
  {
    dir: 'publish',
    command: 'publish',
    name: 'OpsLoop publish',
    description:
      "After a merge to the default branch: validates the runbook catalog and, only when all of it is valid, publishes each runbook's compiled OpsLoop-* SSM Command documents (created, or a new default version when the content changed), so AWS runs exactly the reviewed commands. Needs the publisher role; touches no issue.",
    inputs: [...CATALOG, 'aws-region'],
    outputs: ['documents', 'published']
  },
  {
    dir: 'learn',
    command: 'learn',
    name: 'OpsLoop learn',
    description:
      'When an incident issue is closed as completed and people with write access wrote on it the commands that fixed it (no runbook did), drafts a runbook from those commands and proposes it as a draft pull request, validated as opsloop validate would; replies on the issue once. Never merges; nothing from it runs before a person merges it and it is published.',
    inputs: [...TOKEN, ...CATALOG],
    outputs: ['drafted', 'pull-request']
  }
]

interface Manifest {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
  branding?: unknown
  author?: string
}

/** Each sub-action's action.yml, from the root action.yml. */
export async function subActionFiles(): Promise<GeneratedFile[]> {
  const root = parse(await readFile('action.yml', 'utf8')) as Manifest
  const prettierConfig = (await resolveConfig('action.yml')) ?? {}
  const pick = <T>(from: Record<string, T>, names: readonly string[], what: string) =>
    Object.fromEntries(
      names.map((name) => {
        const spec = from[name]
        if (!spec) throw new Error(`The root action.yml has no ${what} \`${name}\`.`)
        return [name, spec]
      })
    )
  const files: GeneratedFile[] = []
  for (const sub of SUB_ACTIONS) {
    const manifest = {
      name: sub.name,
      description: sub.description,
      author: root.author,
      inputs: pick(root.inputs, sub.inputs, 'input'),
      outputs: pick(root.outputs, sub.outputs, 'output'),
      runs: { using: 'node24', main: `../dist/${sub.dir}.js` }
    }
    const text = [
      `# Generated from the root action.yml by \`npm run generate\` (scripts/sub-actions.ts). Do not edit.`,
      `# \`uses: opsloop/opsloop/${sub.dir}@<sha>\`: the \`${sub.command}\` job with only its own inputs.`,
      stringify(manifest, { lineWidth: 100 })
    ].join('\n')
    files.push({
      path: `${sub.dir}/action.yml`,
      content: await format(text, { ...prettierConfig, parser: 'yaml' })
    })
  }
  return files
}
