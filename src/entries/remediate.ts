// The `remediate/` sub-action's entry (dist/remediate.js): the `remediate` job under the real runner.
import { actionsHost } from '../action/host.js'
import { runAction } from '../main.js'

await runAction(actionsHost(), { command: 'remediate' })
