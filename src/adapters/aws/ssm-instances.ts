// The instance directory over SSM: DescribeInstanceInformation with `tag:<key>` filters lists the
// managed nodes that carry the tags and whether each agent is online. Listing stops one page past
// 50 (the most any runbook may target), so a tag that matches a whole fleet costs little and is
// still refused as too many. The same call with an `InstanceIds` filter says which of the
// instances an incident names SSM manages, with each agent's ping status and platform.
import {
  DescribeInstanceInformationCommand,
  type InstanceInformation,
  type InstanceInformationStringFilter,
  type SSMClient
} from '@aws-sdk/client-ssm'
import type { ManagedInstance, ManagedInstanceSource } from '../../context/ports.js'
import type { InstanceDirectory } from '../../plan/ports.js'
import { describeAwsError } from '../../util/aws-error.js'

const ENOUGH = 51
/** The most values one DescribeInstanceInformation filter takes. */
const IDS_PER_CALL = 50

function managedInstance(i: InstanceInformation): ManagedInstance[] {
  if (!i.InstanceId) return []
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
  ]
}

/** The managed nodes among `ids` (an `InstanceIds` filter), every page. */
async function describeIds(client: SSMClient, ids: readonly string[]): Promise<ManagedInstance[]> {
  const found: ManagedInstance[] = []
  let NextToken: string | undefined
  do {
    const page = await client.send(
      new DescribeInstanceInformationCommand({
        Filters: [{ Key: 'InstanceIds', Values: [...ids] }],
        MaxResults: 50,
        NextToken
      })
    )
    found.push(...(page.InstanceInformationList ?? []).flatMap(managedInstance))
    NextToken = page.NextToken
  } while (NextToken && found.length < ids.length)
  return found
}

const invalidInstanceId = (error: unknown): boolean =>
  error instanceof Error && error.name === 'InvalidInstanceId'

export function ssmInstanceDirectory(client: SSMClient): InstanceDirectory & ManagedInstanceSource {
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
    },

    async managed(ids) {
      const wanted = [...new Set(ids)].slice(0, IDS_PER_CALL)
      if (wanted.length === 0) return []
      try {
        return await describeIds(client, wanted)
      } catch (error) {
        // SSM may refuse the whole filter when one of the ids is no managed node it knows: ask
        // for each alone; one it refuses is one it does not manage.
        if (!invalidInstanceId(error)) throw error
        const found: ManagedInstance[] = []
        for (const id of wanted) {
          try {
            found.push(...(await describeIds(client, [id])))
          } catch (single) {
            if (!invalidInstanceId(single)) throw single
          }
        }
        return found
      }
    }
  }
}
