// Tags of the incident's alarm (CloudWatch ListTagsForResource) and of the resources its event
// names (Resource Groups Tagging API GetResources, which answers for every tagging service).
import { CloudWatchClient, ListTagsForResourceCommand } from '@aws-sdk/client-cloudwatch'
import {
  GetResourcesCommand,
  ResourceGroupsTaggingAPIClient
} from '@aws-sdk/client-resource-groups-tagging-api'
import type { TagSource } from '../../context/ports.js'

/** GetResources takes at most 100 ARNs per call; the resolver asks for far fewer. */
const ARNS_PER_CALL = 100

function record(tags: readonly { Key?: string; Value?: string }[] | undefined) {
  const out: Record<string, string> = {}
  for (const t of tags ?? []) if (t.Key !== undefined) out[t.Key] = t.Value ?? ''
  return out
}

export function awsTags(
  cloudwatch: CloudWatchClient,
  tagging: ResourceGroupsTaggingAPIClient
): TagSource {
  return {
    async alarmTags(alarmArn) {
      const out = await cloudwatch.send(new ListTagsForResourceCommand({ ResourceARN: alarmArn }))
      return record(out.Tags)
    },
    async resourceTags(arns) {
      const found = new Map<string, Record<string, string>>()
      const wanted = arns.slice(0, ARNS_PER_CALL)
      let token: string | undefined
      // Paginated even with an ARN list; bounded by the ARNs asked for.
      for (let page = 0; page < 10; page++) {
        const out = await tagging.send(
          new GetResourcesCommand({
            ResourceARNList: [...wanted],
            ...(token ? { PaginationToken: token } : {})
          })
        )
        for (const r of out.ResourceTagMappingList ?? [])
          if (r.ResourceARN) found.set(r.ResourceARN, record(r.Tags))
        token = out.PaginationToken || undefined
        if (!token) break
      }
      return found
    }
  }
}
