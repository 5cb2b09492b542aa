// `npm run demo`: the whole OpsLoop loop on this machine, offline, in under a minute.
import { parseArgs } from 'node:util'
import { runDemo, SCENARIOS } from './demo.js'

const HELP = `npm run demo -- [--scenario NAME] [--out DIR]

Runs the whole incident loop locally against stand-ins for GitHub, Systems Manager and CloudWatch:
an incident arrives, OpsLoop opens the issue, a person approves, the runbook runs and is verified.

  --scenario NAME   ${Object.entries(SCENARIOS)
    .map(([name, s]) => `${name}: ${s.title}`)
    .join('\n                    ')}
                    (default: service-down; "all" runs every one)
  --out DIR         also write the issue and its comments as Markdown files to DIR
`

let values
try {
  values = parseArgs({
    options: {
      scenario: { type: 'string', default: 'service-down' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    }
  }).values
} catch (error) {
  process.stderr.write(`demo: ${(error as Error).message}\n\n${HELP}`)
  process.exit(2)
}
if (values.help) {
  process.stdout.write(HELP)
  process.exit(0)
}
const names = values.scenario === 'all' ? Object.keys(SCENARIOS) : [values.scenario]
const unknown = names.filter((n) => !(n in SCENARIOS))
if (unknown.length > 0) {
  process.stderr.write(`demo: unknown scenario ${unknown.join(', ')}\n\n${HELP}`)
  process.exit(2)
}
let ok = true
for (const scenario of names) {
  const result = await runDemo({
    scenario,
    ...(values.out ? { out: names.length > 1 ? `${values.out}/${scenario}` : values.out } : {})
  })
  ok &&= result.ok
}
process.exit(ok ? 0 : 1)
