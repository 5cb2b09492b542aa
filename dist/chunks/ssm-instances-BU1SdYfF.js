import { d as describeAwsError } from './aws-error-lcWkeA8s.js';
import { D as DescribeInstanceInformationCommand } from './DescribeInstanceInformationCommand-DtFClWyc.js';
import './commandBuilder-B6VIlm3h.js';
import './index-Vo15rDGg.js';
import 'node:path';
import 'node:os';
import 'node:fs/promises';
import './hasOwn-DL_PWlY9.js';

// The instance directory over SSM: DescribeInstanceInformation with `tag:<key>` filters lists the
// managed nodes that carry the tags and whether each agent is online. Listing stops one page past
// 50 (the most any runbook may target), so a tag that matches a whole fleet costs little and is
// still refused as too many.
const ENOUGH = 51;
function ssmInstanceDirectory(client) {
    return {
        async tagged(tags) {
            const Filters = Object.entries(tags).map(([k, v]) => ({
                Key: `tag:${k}`,
                Values: [...(v ?? [])]
            }));
            const instances = [];
            try {
                let NextToken;
                do {
                    const page = await client.send(new DescribeInstanceInformationCommand({ Filters, MaxResults: 50, NextToken }));
                    for (const i of page.InstanceInformationList ?? [])
                        if (i.InstanceId)
                            instances.push({ id: i.InstanceId, online: i.PingStatus === 'Online' });
                    NextToken = page.NextToken;
                } while (NextToken && instances.length < ENOUGH);
            }
            catch (error) {
                return { ok: false, reason: `SSM could not list them (${describeAwsError(error)})` };
            }
            return { ok: true, instances };
        }
    };
}

export { ssmInstanceDirectory };
