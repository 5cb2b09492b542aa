import { c as command, e as CancelCommand$, _ as _mw0, a as _ep0, G as GetCommandInvocation$, L as ListCommandInvocations$, S as SendCommand$, f as StartAutomationExecution$, g as StopAutomationExecution$ } from './commandBuilder-RS78BTiN.js';
import { S as SSMClient } from './ListCommandsCommand-BU4D04SK.js';
import { c as createPaginator } from './createPaginator-DU2FIZFW.js';

class CancelCommandCommand extends command(_ep0, _mw0, "CancelCommand", CancelCommand$) {
}

class GetCommandInvocationCommand extends command(_ep0, _mw0, "GetCommandInvocation", GetCommandInvocation$) {
}

class ListCommandInvocationsCommand extends command(_ep0, _mw0, "ListCommandInvocations", ListCommandInvocations$) {
}

class SendCommandCommand extends command(_ep0, _mw0, "SendCommand", SendCommand$) {
}

class StartAutomationExecutionCommand extends command(_ep0, _mw0, "StartAutomationExecution", StartAutomationExecution$) {
}

class StopAutomationExecutionCommand extends command(_ep0, _mw0, "StopAutomationExecution", StopAutomationExecution$) {
}

const paginateListCommandInvocations = createPaginator(SSMClient, ListCommandInvocationsCommand, "NextToken", "NextToken", "MaxResults");

export { CancelCommandCommand as C, GetCommandInvocationCommand as G, ListCommandInvocationsCommand as L, StopAutomationExecutionCommand as S, SendCommandCommand as a, StartAutomationExecutionCommand as b, paginateListCommandInvocations as p };
