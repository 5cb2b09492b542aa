// The `approve/` sub-action's entry (dist/approve.js): the `comment` job under the real runner.
import { actionsHost } from '../action/host.js'
import { runAction } from '../main.js'

await runAction(actionsHost(), { command: 'comment' })
