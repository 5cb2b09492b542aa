// The action's composition root: reads every input and runner fact once (action/inputs.ts),
// masks the secrets among them at once, builds the adapters (action/wiring.ts), runs one job and
// turns what went wrong into one failure message. The same root serves the root action (any
// command) and each sub-action (one fixed command), under the real runner or in process. The
// runner's own library (@actions/core) is the entries' import, not this module's: in process, a
// test host stands in for it.
import type { ActionHost } from './action/host.js'
import {
  chooseCommand,
  parseInputs,
  runnerFacts,
  type Command,
  type JobInputs
} from './action/inputs.js'
import { transport, wiring, type RuntimeOptions, type Wiring } from './action/wiring.js'
import { failureMessage } from './adapters/http/network-error.js'

export { chooseCommand }
export type { RuntimeOptions }

/** The job's composition, loaded on demand so a run loads only its own. */
async function runJob(inputs: JobInputs, jobWiring: Wiring): Promise<void> {
  switch (inputs.command) {
    case 'validate':
      return (await import('./action/jobs/validate.js')).validateJob(inputs, jobWiring)
    case 'intake':
      return (await import('./action/jobs/intake.js')).intakeJob(inputs, jobWiring)
    case 'comment':
      return (await import('./action/jobs/comment.js')).commentJob(inputs, jobWiring)
    case 'remediate':
      return (await import('./action/jobs/remediate.js')).remediateJob(inputs, jobWiring)
    case 'reconcile':
      return (await import('./action/jobs/reconcile.js')).reconcileJob(inputs, jobWiring)
    case 'learn':
      return (await import('./action/jobs/learn.js')).learnJob(inputs, jobWiring)
    case 'publish':
      return (await import('./action/jobs/publish.js')).publishJob(inputs, jobWiring)
  }
}

/** Every secret among a job's inputs, masked before anything else is logged. */
async function secretsOf(inputs: JobInputs): Promise<string[]> {
  if (inputs.command === 'validate' || inputs.command === 'publish') return []
  // The notifiers (and their secrets' shapes) load only when a target is configured.
  const notify =
    'notify' in inputs && (inputs.notify.slack || inputs.notify.jira)
      ? (await import('./notify/notify.js')).notifySecrets(inputs.notify)
      : []
  return [inputs.token, inputs.recordKey, ...notify]
}

/**
 * Runs one job. `options.command` fixes it (a sub-action); otherwise the `command` input or the
 * triggering event chooses. Never throws: a problem fails the step with its message.
 */
export async function runAction(
  host: ActionHost,
  options: RuntimeOptions & { command?: Command } = {}
): Promise<void> {
  try {
    const facts = runnerFacts(host.env)
    const command = options.command ?? chooseCommand(host.input('command'), facts.eventName)
    const inputs = parseInputs(command, (name) => host.input(name), facts)
    for (const secret of await secretsOf(inputs)) host.log.setSecret(secret)
    await runJob(inputs, wiring(host, facts, options, await transport(host, facts)))
  } catch (error) {
    host.fail(failureMessage(error))
  }
}
