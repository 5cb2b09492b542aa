import { D as DescribeAlarmsCommand } from './DescribeAlarmsCommand-C_OUKmTk.js';
import './commandBuilder-DjRIH90Z.js';
import './index-Dve_F8QV.js';
import 'node:path';
import 'node:os';
import 'node:fs/promises';
import './hasOwn-DL_PWlY9.js';
import 'node:zlib';
import 'node:util';
import './toUint8Array-6d8rgJ2N.js';

// CloudWatch alarm states for verification: DescribeAlarms for one alarm, metric or composite.
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

export { cloudWatchAlarms };
