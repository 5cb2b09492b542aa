// The `learn/` sub-action's entry (dist/learn.js): the `learn` job under the real runner.
import { actionsHost } from '../action/host.js'
import { runAction } from '../main.js'

await runAction(actionsHost(), { command: 'learn' })
