// The Auto Scaling group of an instance (DescribeAutoScalingInstances: one call by instance id,
// where DescribeAutoScalingGroups could only list every group and search them).
import {
  AutoScalingClient,
  DescribeAutoScalingInstancesCommand
} from '@aws-sdk/client-auto-scaling'
import type { AutoScalingSource } from '../../context/ports.js'

export function awsAutoScaling(client: AutoScalingClient): AutoScalingSource {
  return {
    async groupOf(instanceId) {
      const out = await client.send(
        new DescribeAutoScalingInstancesCommand({ InstanceIds: [instanceId] })
      )
      return out.AutoScalingInstances?.[0]?.AutoScalingGroupName
    }
  }
}
