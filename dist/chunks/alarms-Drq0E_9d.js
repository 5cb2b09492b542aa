import { D as DescribeAlarmsCommand } from './DescribeAlarmsCommand-D9Dn2N7x.js';
import './commandBuilder-Cf3LnfC9.js';
import './index-CnzDTqIm.js';
import 'node:path';
import 'node:os';
import 'node:fs/promises';
import 'node:zlib';
import 'node:util';
import './toUint8Array-6d8rgJ2N.js';

// CloudWatch alarm state, for the checks around remediation: is the alarm still firing before we
// act, and does it return to OK afterwards within the runbook's window. Bounded polling with an
// injectable clock (the SDK has an "alarm exists" waiter, not a "state is" one).
function cloudWatchAlarms(client) {
    return {
        async state(name) {
            const out = await client.send(new DescribeAlarmsCommand({
                AlarmNames: [name],
                AlarmTypes: ['MetricAlarm', 'CompositeAlarm']
            }));
            const alarm = out.MetricAlarms?.[0] ?? out.CompositeAlarms?.[0];
            return alarm?.StateValue;
        }
    };
}
const realClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};
/** Waits until the alarm is OK, polling every `pollMs`, for at most `withinMs`. */
async function waitForOk(alarms, name, withinMs, clock = realClock, pollMs = 15_000) {
    const start = clock.now();
    for (;;) {
        const state = await alarms.state(name);
        const waitedMs = clock.now() - start;
        if (state === 'OK')
            return { ok: true, waitedMs };
        if (waitedMs >= withinMs)
            return { ok: false, waitedMs, lastState: state ?? 'missing' };
        await clock.sleep(Math.min(pollMs, withinMs - waitedMs));
    }
}

export { cloudWatchAlarms, realClock, waitForOk };
