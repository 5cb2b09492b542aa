import { p as paginateListCommands, a as paginateDescribeAutomationExecutions } from './ListCommandsPaginator-Dl04gWPQ.js';
import { G as GetAutomationExecutionCommand } from './ListCommandsCommand-BU4D04SK.js';
import './createPaginator-DU2FIZFW.js';
import './index-Dve_F8QV.js';
import 'node:path';
import 'node:os';
import 'node:fs/promises';
import './hasOwn-DL_PWlY9.js';
import './ProtocolLib-xg-5KSLQ.js';
import 'node:fs';
import './write-request-body-CNb9daTH.js';
import 'node:stream';
import './toUint8Array-6d8rgJ2N.js';
import 'node:crypto';
import 'node:process';
import './commandBuilder-RS78BTiN.js';
import './AwsJson1_1Protocol-C8sIEmPP.js';
import './AwsJsonRpcProtocol-BPEFBNSc.js';
import './RpcProtocol-BTxjZwLM.js';
import './JsonCodec2-DRq7UHOR.js';
import './node-http-handler-Cs_FYUpW.js';
import 'node:https';
import './getDefaultSocketTimeout-DL-CUiQe.js';

// SSM's own history of runs, for the circuit breakers (approval/breakers.ts): ListCommands by
// document and start time, and DescribeAutomationExecutions by document and start time (SSM keeps
// commands for 30 days; the breakers look back one day). Reading is bounded: a history longer
// than the bound is an error, never a count cut short, so a breaker cannot be bypassed by
// flooding SSM with other runs of a shared document.
/** Runs read per selector at most (50 per page), by default. */
const HISTORY_LIMIT = 1_000;
/** Automation executions whose parameters are read for their targets, at most. */
const PARAMETER_READS = 100;
function ssmRunHistory(client, options = {}) {
    const limit = options.limit ?? HISTORY_LIMIT;
    const tooMany = (selector) => new Error(`SSM holds more than ${limit} runs of ${selector.document} in the last day, more than OpsLoop reads to count this runbook's runs; the circuit breakers cannot be checked`);
    async function commands(selector, since) {
        const runs = [];
        let read = 0;
        const pages = paginateListCommands({ client, pageSize: 50 }, {
            Filters: [
                { key: 'DocumentName', value: selector.document },
                { key: 'InvokedAfter', value: since.toISOString() }
            ]
        });
        for await (const page of pages) {
            for (const c of page.Commands ?? []) {
                if (++read > limit)
                    throw tooMany(selector);
                if (selector.comment !== undefined && !(c.Comment ?? '').startsWith(selector.comment))
                    continue;
                runs.push({
                    id: c.CommandId ?? '',
                    startedAt: c.RequestedDateTime ?? new Date(),
                    targets: [...(c.InstanceIds ?? []), ...(c.Targets ?? []).flatMap((t) => t.Values ?? [])]
                });
            }
        }
        return runs;
    }
    async function automations(document, since) {
        const found = [];
        const pages = paginateDescribeAutomationExecutions({ client, pageSize: 50 }, {
            Filters: [
                { Key: 'DocumentNamePrefix', Values: [document] },
                { Key: 'StartTimeAfter', Values: [since.toISOString()] }
            ]
        });
        for await (const page of pages) {
            for (const e of page.AutomationExecutionMetadataList ?? []) {
                if (found.length >= limit)
                    throw tooMany({ document });
                // A prefix matches other documents too; a rate-controlled run's children are one run.
                if (e.DocumentName === document && e.ParentAutomationExecutionId === undefined)
                    found.push(e);
            }
        }
        let reads = 0;
        const runs = [];
        for (const e of found) {
            const id = e.AutomationExecutionId ?? '';
            // A rate-controlled run names its targets; another one has them in its parameters.
            let targets = (e.Targets ?? []).flatMap((t) => t.Values ?? []);
            if (targets.length === 0) {
                if (++reads > PARAMETER_READS)
                    throw new Error(`more than ${PARAMETER_READS} runs of ${document} in the last day to read the targets of; the circuit breakers cannot be checked`);
                const { AutomationExecution } = await client.send(new GetAutomationExecutionCommand({ AutomationExecutionId: id }));
                targets = Object.values(AutomationExecution?.Parameters ?? {}).flat();
            }
            runs.push({ id, startedAt: e.ExecutionStartTime ?? new Date(), targets });
        }
        return runs;
    }
    return {
        async runs(selectors, since) {
            const byId = new Map();
            for (const selector of selectors) {
                const found = selector.kind === 'command'
                    ? await commands(selector, since)
                    : await automations(selector.document, since);
                for (const run of found)
                    byId.set(`${selector.kind}:${run.id}`, run);
            }
            return [...byId.values()];
        }
    };
}

export { HISTORY_LIMIT, ssmRunHistory };
