// The `publish/` sub-action's entry (dist/publish.js): the `publish` job under the real runner.
import { actionsHost } from '../action/host.js'
import { runAction } from '../main.js'

await runAction(actionsHost(), { command: 'publish' })
