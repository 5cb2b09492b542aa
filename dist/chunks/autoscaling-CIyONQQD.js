import { D as DescribeAutoScalingInstancesCommand } from './DescribeAutoScalingInstancesCommand-ExoGF5wy.js';
import './index-Dve_F8QV.js';
import 'node:path';
import 'node:os';
import 'node:fs/promises';
import './hasOwn-DL_PWlY9.js';

// The Auto Scaling group of an instance (DescribeAutoScalingInstances: one call by instance id,
// where DescribeAutoScalingGroups could only list every group and search them).
function awsAutoScaling(client) {
    return {
        async groupOf(instanceId) {
            const out = await client.send(new DescribeAutoScalingInstancesCommand({ InstanceIds: [instanceId] }));
            return out.AutoScalingInstances?.[0]?.AutoScalingGroupName;
        }
    };
}

export { awsAutoScaling };
