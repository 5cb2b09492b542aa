// Resource Groups Tagging API stand-in: GetResources, which finds tagged resources of any service
// by ARN, tag and resource type. The pinned client (@aws-sdk/client-resource-groups-tagging-api
// 3.1142.0) speaks AWS JSON 1.1 with `X-Amz-Target: ResourceGroupsTaggingAPI_20170126.<Op>`.
//
// It sees what the Tagging API sees: resources tests tag here (`tagResource`) and the tagged
// resources of the other stand-ins it is given as `sources` (alarms, ECS services and task
// definitions, Auto Scaling groups, when started by startStandIns). As AWS does, it answers
// `PaginationToken: ""` on the last page (not an absent token), lists resources by ARN, and
// refuses ResourceARNList together with paging parameters.
import type { ResourceTagMapping } from '@aws-sdk/client-resource-groups-tagging-api'
import { pageOf } from './paging.js'
import { AwsError, type JsonService } from './protocol.js'

/** A resource and its tags, as another stand-in hands them to this one. */
export interface TaggedResource {
  ResourceARN: string
  Tags: Record<string, string>
}

export interface TaggingOptions {
  /** Other stand-ins' tagged resources, read at every call. */
  sources?: readonly (() => readonly TaggedResource[])[]
}

export interface TaggingControl {
  /**
   * Adds or overwrites tags of the resource with this ARN (any service's), as TagResources
   * would; `{}` lists it with no tags, as a resource whose tags were all removed is listed.
   */
  tagResource(arn: string, tags: Record<string, string>): void
}

interface TagFilter {
  Key?: string
  Values?: string[]
}

const invalid = (message: string) => new AwsError('InvalidParameterException', message)

/** `service:resourceType` of an ARN: `arn:aws:ecs:…:service/prod/api` → `ecs:service`. */
function resourceTypeOf(arn: string): string {
  const [, , service = '', , , ...rest] = arn.split(':')
  const type = /^[^/:]*/.exec(rest.join(':'))?.[0] ?? ''
  return `${service}:${type}`
}

function matchesTypes(arn: string, filters: readonly string[]): boolean {
  if (filters.length === 0) return true
  const type = resourceTypeOf(arn)
  return filters.some((f) => (f.includes(':') ? type === f : type.startsWith(`${f}:`)))
}

/** Every filter must match (AND); a filter's values are alternatives, none means any value. */
function matchesTags(tags: Record<string, string>, filters: readonly TagFilter[]): boolean {
  return filters.every(({ Key = '', Values = [] }) => {
    const value = tags[Key]
    return value !== undefined && (Values.length === 0 || Values.includes(value))
  })
}

function checkedPerPage(value: unknown, min: number, max: number, member: string): number {
  if (value === undefined) return max
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw invalid(`${member} must be between ${min} and ${max}`)
  return value
}

export function createTaggingService(options: TaggingOptions = {}): {
  service: JsonService
  control: TaggingControl
} {
  const own = new Map<string, Record<string, string>>()

  // Other stand-ins' resources first, then this one's own tags merged over them.
  function resources(): Map<string, Record<string, string>> {
    const all = new Map<string, Record<string, string>>()
    for (const source of options.sources ?? [])
      for (const { ResourceARN, Tags } of source()) all.set(ResourceARN, { ...Tags })
    for (const [arn, tags] of own) all.set(arn, { ...all.get(arn), ...tags })
    return all
  }

  function getResources(input: Record<string, unknown>) {
    const arns = input.ResourceARNList as string[] | undefined
    const tagFilters = (input.TagFilters as TagFilter[] | undefined) ?? []
    const typeFilters = (input.ResourceTypeFilters as string[] | undefined) ?? []
    const paging = ['ResourcesPerPage', 'TagsPerPage', 'PaginationToken'].filter(
      (m) => input[m] !== undefined && input[m] !== ''
    )
    if (arns !== undefined) {
      if (arns.length < 1 || arns.length > 100)
        throw invalid('ResourceARNList must hold between 1 and 100 ARNs')
      if (paging.length > 0)
        throw invalid(`ResourceARNList cannot be used with ${paging.join(', ')}`)
    }
    if (tagFilters.length > 50) throw invalid('TagFilters can hold at most 50 filters')
    if (tagFilters.some((f) => f.Key === undefined || (f.Values?.length ?? 0) > 20))
      throw invalid('Each TagFilter needs a Key and at most 20 Values')
    if (input.ExcludeCompliantResources === true && input.IncludeComplianceDetails !== true)
      throw invalid('ExcludeCompliantResources requires IncludeComplianceDetails')
    const perPage = checkedPerPage(input.ResourcesPerPage, 1, 100, 'ResourcesPerPage')
    checkedPerPage(input.TagsPerPage, 100, 500, 'TagsPerPage')

    const matching: ResourceTagMapping[] = [...resources()]
      .filter(
        ([arn, tags]) =>
          (arns === undefined || arns.includes(arn)) &&
          matchesTypes(arn, typeFilters) &&
          matchesTags(tags, tagFilters)
      )
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([ResourceARN, tags]) => ({
        ResourceARN,
        Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
        ...(input.IncludeComplianceDetails === true
          ? {
              ComplianceDetails: {
                NoncompliantKeys: [],
                KeysWithNoncompliantValues: [],
                ComplianceStatus: true
              }
            }
          : {})
      }))
    // No tag policies here: every resource complies.
    const listed = input.ExcludeCompliantResources === true ? [] : matching
    const token = input.PaginationToken === '' ? undefined : input.PaginationToken
    const { page, nextToken } = pageOf(listed, perPage, {
      scope: 'GetResources',
      token,
      invalid: () => invalid('The specified PaginationToken is not valid.')
    })
    return { ResourceTagMappingList: page, PaginationToken: nextToken ?? '' }
  }

  const service: JsonService = {
    targetPrefix: 'ResourceGroupsTaggingAPI_20170126',
    jsonVersion: '1.1',
    accessDenied: { iamPrefix: 'tag' },
    handle(operation, input) {
      return operation === 'GetResources' ? getResources(input) : undefined
    }
  }

  const control: TaggingControl = {
    tagResource(arn, tags) {
      if (!arn.startsWith('arn:')) throw new Error(`not an ARN: ${arn}`)
      own.set(arn, { ...own.get(arn), ...tags })
    }
  }
  return { service, control }
}
