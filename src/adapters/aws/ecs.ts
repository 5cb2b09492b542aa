// An ECS service's deployments (DescribeServices) and where its containers log
// (DescribeTaskDefinition: the `awslogs-group` of each container's awslogs log configuration).
import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient
} from '@aws-sdk/client-ecs'
import type { EcsSource } from '../../context/ports.js'

export function awsEcs(client: ECSClient): EcsSource {
  return {
    async service(cluster, service) {
      const out = await client.send(new DescribeServicesCommand({ cluster, services: [service] }))
      const found = out.services?.[0]
      if (!found) return undefined
      return {
        cluster,
        service,
        deployments: (found.deployments ?? []).flatMap((d) =>
          d.status && d.taskDefinition
            ? [
                {
                  status: d.status,
                  taskDefinition: d.taskDefinition,
                  ...(d.rolloutState ? { rolloutState: d.rolloutState } : {}),
                  ...(d.createdAt ? { createdAt: d.createdAt.getTime() } : {})
                }
              ]
            : []
        )
      }
    },
    async logGroups(taskDefinition) {
      const out = await client.send(new DescribeTaskDefinitionCommand({ taskDefinition }))
      return (out.taskDefinition?.containerDefinitions ?? []).flatMap((c) => {
        const config = c.logConfiguration
        const group =
          config?.logDriver === 'awslogs' ? config.options?.['awslogs-group'] : undefined
        return group ? [group] : []
      })
    }
  }
}
