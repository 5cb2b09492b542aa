// AWS console links for an incident. They are built only from parts that match REGION and
// INSTANCE_ID, so a crafted event cannot point a link anywhere but the AWS console.
import type { Link } from '../generated/incident.js'
import type { Parts } from './parts.js'
import { oneLine } from './text.js'

const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/
const INSTANCE_ID = /^i-[0-9a-f]{8,17}$/
const MAX_LINKS = 5

/** The console URL of `path` (where `{region}` stands for the region), if the region is valid. */
export function consoleUrl(region: string | undefined, path: string): string | undefined {
  return region && REGION.test(region)
    ? `https://${region}.console.aws.amazon.com/${path.replace(/\{region\}/g, region)}`
    : undefined
}

export function link(title: string, url: string | undefined): Link[] {
  return url ? [{ title, url }] : []
}

export function ecsServiceLink(
  region: string | undefined,
  cluster: string,
  service: string
): Link[] {
  const path = `ecs/v2/clusters/${encodeURIComponent(cluster)}/services/${encodeURIComponent(service)}?region={region}`
  return link(`ECS service ${service}`, consoleUrl(region, path))
}

/** ECS service links from `arn:aws:ecs:<region>:<account>:service/<cluster>/<service>` ARNs. */
function ecsServiceLinks(arns: string[]): Link[] {
  return arns.flatMap((arn) => {
    const m = /^arn:aws[a-z-]*:ecs:([^:]+):\d*:service\/([^/]+)\/([^/]+)$/.exec(arn)
    return m?.[1] && m[2] && m[3] ? ecsServiceLink(m[1], m[2], m[3]) : []
  })
}

/** EC2 instance ids named by the resources, the alarm's dimensions and the event body. */
function instanceIds(p: Parts): string[] {
  const ids = [
    ...p.instances,
    ...p.resources.map((r) => (r.startsWith('arn:') ? (/:instance\/(.+)$/.exec(r)?.[1] ?? '') : r)),
    ...p.metrics.map((m) => m.dimensions.InstanceId ?? '')
  ]
  return [...new Set(ids.filter((id) => INSTANCE_ID.test(id)))]
}

/** The alarm, the reader's own links, ECS services and EC2 instances: distinct, at most five. */
export function linksOf(p: Parts): Link[] {
  const alarm =
    p.kind === 'alarm' && p.alarmName
      ? link(
          `CloudWatch alarm ${p.alarmName}`,
          consoleUrl(
            p.region,
            `cloudwatch/home?region={region}#alarmsV2:alarm/${encodeURIComponent(p.alarmName)}`
          )
        )
      : []
  const services = [
    ...ecsServiceLinks(p.resources),
    ...p.metrics.flatMap((m) => {
      const { ClusterName: cluster, ServiceName: service } = m.dimensions
      return cluster && service ? ecsServiceLink(p.region, cluster, service) : []
    })
  ]
  const instances = instanceIds(p).flatMap((id) =>
    link(
      `EC2 instance ${id}`,
      consoleUrl(p.region, `ec2/home?region={region}#InstanceDetails:instanceId=${id}`)
    )
  )
  const byUrl = new Map<string, Link>()
  for (const l of [...alarm, ...p.links, ...services, ...instances]) {
    if (!byUrl.has(l.url)) byUrl.set(l.url, { title: oneLine(l.title, 200), url: l.url })
  }
  return [...byUrl.values()].slice(0, MAX_LINKS)
}
