// The `reconcile/` sub-action's entry (dist/reconcile.js): the `reconcile` job under the real runner.
import { actionsHost } from '../action/host.js'
import { runAction } from '../main.js'

await runAction(actionsHost(), { command: 'reconcile' })
