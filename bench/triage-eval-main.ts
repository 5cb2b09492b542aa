// Runs the labelled triage evaluation (eval/triage) with the offline rules provider and prints its
// figures against their targets, then the failing cases. From the repository root:
//   npx tsx bench/triage-eval-main.ts            (or tsc -p tsconfig.bench.json, then
//   node bench/out/bench/triage-eval-main.js)
// `--json` prints the whole report instead. It exits 0 whatever the figures: it measures.
import { rulesProvider } from '../src/triage/rules.js'
import { evaluateTriage, evaluationTable, loadEvaluation } from './triage-eval.js'

const evaluation = await loadEvaluation()
const report = await evaluateTriage(rulesProvider, evaluation)
process.stdout.write(
  process.argv.includes('--json') ? `${JSON.stringify(report, null, 2)}\n` : evaluationTable(report)
)
