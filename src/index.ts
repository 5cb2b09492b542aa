// The action's entry point (dist/index.js); see main.ts.
import { run } from './main.js'

await run()
