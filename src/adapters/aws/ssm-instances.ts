// The instance directory over SSM: DescribeInstanceInformation with `tag:<key>` filters lists the
// managed nodes that carry the tags and whether each agent is online. Listing stops one page past
// 50 (the most any runbook may target), so a tag that matches a whole fleet costs little and is
// still refused as too many.
import {
  DescribeInstanceInformationCommand,
  type InstanceInformationStringFilter,
  type SSMClient
} from '@aws-sdk/client-ssm'
import type { InstanceDirectory } from '../../plan/ports.js'
import { describeAwsError } from '../../util/aws-error.js'

const ENOUGH = 51

export function ssmInstanceDirectory(client: SSMClient): InstanceDirectory {
  return {
    async tagged(tags) {
      const Filters: InstanceInformationStringFilter[] = Object.entries(tags).map(([k, v]) => ({
        Key: `tag:${k}`,
        Values: [...(v ?? [])]
      }))
      const instances: { id: string; online: boolean }[] = []
      try {
        let NextToken: string | undefined
        do {
          const page = await client.send(
            new DescribeInstanceInformationCommand({ Filters, MaxResults: 50, NextToken })
          )
          for (const i of page.InstanceInformationList ?? [])
            if (i.InstanceId)
              instances.push({ id: i.InstanceId, online: i.PingStatus === 'Online' })
          NextToken = page.NextToken
        } while (NextToken && instances.length < ENOUGH)
      } catch (error) {
        return { ok: false, reason: `SSM could not list them (${describeAwsError(error)})` }
      }
      return { ok: true, instances }
    }
  }
}
