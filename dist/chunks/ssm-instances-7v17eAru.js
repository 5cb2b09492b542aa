import { d as describeAwsError } from './aws-error-lcWkeA8s.js';
import { D as DescribeInstanceInformationCommand } from './DescribeInstanceInformationCommand-CSjkqi0v.js';
import './commandBuilder-RS78BTiN.js';
import './index-Dve_F8QV.js';
import 'node:path';
import 'node:os';
import 'node:fs/promises';
import './hasOwn-DL_PWlY9.js';

// The instance directory over SSM: DescribeInstanceInformation with `tag:<key>` filters lists the
// managed nodes that carry the tags and whether each agent is online. Listing stops one page past
// 50 (the most any runbook may target), so a tag that matches a whole fleet costs little and is
// still refused as too many. The same call with an `InstanceIds` filter says which of the
// instances an incident names SSM manages, with each agent's ping status and platform.
const ENOUGH = 51;
/** The most values one DescribeInstanceInformation filter takes. */
const IDS_PER_CALL = 50;
function managedInstance(i) {
    if (!i.InstanceId)
        return [];
    return [
        {
            id: i.InstanceId,
            ...(i.PingStatus ? { pingStatus: i.PingStatus } : {}),
            ...(i.LastPingDateTime ? { lastPingAt: i.LastPingDateTime.getTime() } : {}),
            ...(i.PlatformType ? { platformType: i.PlatformType } : {}),
            ...(i.PlatformName ? { platformName: i.PlatformName } : {}),
            ...(i.PlatformVersion ? { platformVersion: i.PlatformVersion } : {}),
            ...(i.AgentVersion ? { agentVersion: i.AgentVersion } : {})
        }
    ];
}
/** The managed nodes among `ids` (an `InstanceIds` filter), every page. */
async function describeIds(client, ids) {
    const found = [];
    let NextToken;
    do {
        const page = await client.send(new DescribeInstanceInformationCommand({
            Filters: [{ Key: 'InstanceIds', Values: [...ids] }],
            MaxResults: 50,
            NextToken
        }));
        found.push(...(page.InstanceInformationList ?? []).flatMap(managedInstance));
        NextToken = page.NextToken;
    } while (NextToken && found.length < ids.length);
    return found;
}
const invalidInstanceId = (error) => error instanceof Error && error.name === 'InvalidInstanceId';
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
        },
        async managed(ids) {
            const wanted = [...new Set(ids)].slice(0, IDS_PER_CALL);
            if (wanted.length === 0)
                return [];
            try {
                return await describeIds(client, wanted);
            }
            catch (error) {
                // SSM may refuse the whole filter when one of the ids is no managed node it knows: ask
                // for each alone; one it refuses is one it does not manage.
                if (!invalidInstanceId(error))
                    throw error;
                const found = [];
                for (const id of wanted) {
                    try {
                        found.push(...(await describeIds(client, [id])));
                    }
                    catch (single) {
                        if (!invalidInstanceId(single))
                            throw single;
                    }
                }
                return found;
            }
        }
    };
}

export { ssmInstanceDirectory };
