// The root action's entry (dist/index.js): the real runner, the command chosen by input or event.
import { actionsHost } from './action/host.js'
import { runAction } from './main.js'

await runAction(actionsHost())
