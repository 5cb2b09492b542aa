import { D as DescribeTaskDefinitionCommand, a as DescribeServicesCommand } from './DescribeTaskDefinitionCommand-Dse4B2Tx.js';
import './index-Dve_F8QV.js';
import 'node:path';
import 'node:os';
import 'node:fs/promises';
import './hasOwn-DL_PWlY9.js';

// An ECS service's deployments (DescribeServices) and where its containers log
// (DescribeTaskDefinition: the `awslogs-group` of each container's awslogs log configuration).
function awsEcs(client) {
    return {
        async service(cluster, service) {
            const out = await client.send(new DescribeServicesCommand({ cluster, services: [service] }));
            const found = out.services?.[0];
            if (!found)
                return undefined;
            return {
                cluster,
                service,
                deployments: (found.deployments ?? []).flatMap((d) => d.status && d.taskDefinition
                    ? [
                        {
                            status: d.status,
                            taskDefinition: d.taskDefinition,
                            ...(d.rolloutState ? { rolloutState: d.rolloutState } : {}),
                            ...(d.createdAt ? { createdAt: d.createdAt.getTime() } : {})
                        }
                    ]
                    : [])
            };
        },
        async logGroups(taskDefinition) {
            const out = await client.send(new DescribeTaskDefinitionCommand({ taskDefinition }));
            return (out.taskDefinition?.containerDefinitions ?? []).flatMap((c) => {
                const config = c.logConfiguration;
                const group = config?.logDriver === 'awslogs' ? config.options?.['awslogs-group'] : undefined;
                return group ? [group] : [];
            });
        }
    };
}

export { awsEcs };
