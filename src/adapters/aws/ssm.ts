// The thin adapter over SSM: starts a rendered request, waits for it to end, cancels it. Waiting
// and cancelling live beside it: `ssm-command.ts` (Run Command), `ssm-automation.ts` (Automation),
// both polling through `ssm-poll.ts` and reading statuses through `ssm-status.ts`.
import {
  SendCommandCommand,
  StartAutomationExecutionCommand,
  type SSMClient
} from '@aws-sdk/client-ssm'
import type { SsmRunner } from '../../execution/ports.js'
import { stopAutomation, waitAutomation } from './ssm-automation.js'
import { cancelCommand, waitCommand } from './ssm-command.js'

export { STDERR_LIMIT, STDOUT_LIMIT } from './ssm-status.js'

export function ssmRunner(client: SSMClient): SsmRunner {
  return {
    async start(request) {
      if (request.kind === 'command') {
        const { Command } = await client.send(new SendCommandCommand(request.input))
        if (!Command?.CommandId) throw new Error('SendCommand returned no CommandId')
        return Command.CommandId
      }
      const { AutomationExecutionId } = await client.send(
        new StartAutomationExecutionCommand(request.input)
      )
      if (!AutomationExecutionId)
        throw new Error('StartAutomationExecution returned no AutomationExecutionId')
      return AutomationExecutionId
    },
    wait(kind, id, options) {
      return kind === 'command'
        ? waitCommand(client, id, options)
        : waitAutomation(client, id, options)
    },
    async cancel(kind, id) {
      if (kind === 'command') await cancelCommand(client, id)
      else await stopAutomation(client, id)
    }
  }
}
