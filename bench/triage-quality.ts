// The triage evaluation as `npm run bench` runs it: the rules provider on the calibration set
// (eval/triage/cases, on which the text floors were calibrated) and on the held-out set
// (eval/triage/blind, written blind afterwards, never used for tuning), and the model provider on
// the same harness whenever AWS credentials and OPSLOOP_EVAL_MODEL_ID are present.
import { existsSync } from 'node:fs'
import { chooseProvider } from '../src/action/triage-provider.js'
import { rulesProvider } from '../src/triage/rules.js'
import type { TriageProvider } from '../src/triage/types.js'
import {
  evaluateTriage,
  evaluationTable,
  loadEvaluation,
  type TriageEvaluationReport
} from './triage-eval.js'

/** Whether the report meets the targets: ≥ 95 % overall, ≥ 85 % text-only, 0 rejected. */
function meets(report: TriageEvaluationReport): boolean {
  const share = (a: { correct: number; total: number }): number =>
    a.total === 0 ? 1 : a.correct / a.total
  return (
    share(report.totals.overall) >= 0.95 &&
    share(report.totals.textOnly) >= 0.85 &&
    report.totals.rejectedProposals === 0
  )
}

const hasCredentials = (env: NodeJS.ProcessEnv): boolean =>
  Boolean(
    env.AWS_ACCESS_KEY_ID ||
    env.AWS_PROFILE ||
    env.AWS_WEB_IDENTITY_TOKEN_FILE ||
    env.AWS_CONTAINER_CREDENTIALS_FULL_URI
  )

export async function benchTriageQuality(
  env: NodeJS.ProcessEnv = process.env
): Promise<{ text: string; ok: boolean }> {
  const sets = [
    { name: 'calibration set (eval/triage/cases)', folder: 'cases', heldOut: false },
    ...(existsSync('eval/triage/blind')
      ? [
          {
            name: 'held-out set, written blind (eval/triage/blind)',
            folder: 'blind',
            heldOut: true
          }
        ]
      : [])
  ]
  const providers: { provider: TriageProvider; note?: string }[] = [{ provider: rulesProvider }]
  const modelId = env.OPSLOOP_EVAL_MODEL_ID ?? ''
  if (hasCredentials(env) && modelId !== '')
    providers.push({
      provider: chooseProvider({
        provider: 'bedrock',
        modelId,
        region: env.AWS_REGION ?? '',
        maxTokens: '',
        temperature: ''
      })
    })
  const parts: string[] = []
  let ok = true
  for (const set of sets) {
    const evaluation = await loadEvaluation('eval/triage', { cases: set.folder })
    for (const { provider } of providers) {
      const report = await evaluateTriage(provider, evaluation)
      parts.push(`\n${set.name}\n${evaluationTable(report, !set.heldOut)}`)
      ok &&= meets(report)
    }
  }
  if (providers.length === 1)
    parts.push(
      '\nModel path: not run (it runs on the same cases when AWS credentials and OPSLOOP_EVAL_MODEL_ID are set).'
    )
  return { text: parts.join('\n'), ok }
}
