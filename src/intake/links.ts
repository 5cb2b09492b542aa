// AWS console links for an incident. They are built only from parts that match REGION and
// INSTANCE_ID, so a crafted event cannot point a link anywhere but the AWS console. Names go into
// a link through uriPart, which never throws: a lone surrogate (intake replaces them already,
// sanitize.ts) would make encodeURIComponent throw `URI malformed`.
import type { Link } from '../generated/incident.js'
import type { Parts } from './parts.js'
import { ecsServiceOfArn, ecsServiceOfDimensions, instanceIdOf } from './resources.js'
import { oneLine } from './text.js'
import { wellFormed } from '../util/unicode.js'

const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/
const MAX_LINKS = 5

/** The console URL of `path` (where `{region}` stands for the region), if the region is valid. */
export function consoleUrl(region: string | undefined, path: string): string | undefined {
  return region && REGION.test(region)
    ? `https://${region}.console.aws.amazon.com/${path.replace(/\{region\}/g, region)}`
    : undefined
}

/** A name percent-encoded for a URL; broken UTF-16 becomes U+FFFD instead of an exception. */
export function uriPart(name: string): string {
  return encodeURIComponent(wellFormed(name))
}

export function link(title: string, url: string | undefined): Link[] {
  return url ? [{ title, url }] : []
}

export function ecsServiceLink(
  region: string | undefined,
  cluster: string,
  service: string
): Link[] {
  const path = `ecs/v2/clusters/${uriPart(cluster)}/services/${uriPart(service)}?region={region}`
  return link(`ECS service ${service}`, consoleUrl(region, path))
}

/** EC2 instance ids named by the resources, the alarm's dimensions and the event body. */
function instanceIds(p: Parts): string[] {
  const ids = [
    ...p.instances,
    ...p.resources.map((r) => instanceIdOf(r) ?? ''),
    ...p.metrics.map((m) => m.dimensions.InstanceId ?? '')
  ]
  return [...new Set(ids.filter((id) => instanceIdOf(id) !== undefined))]
}

/** The alarm, the reader's own links, ECS services and EC2 instances: distinct, at most five. */
export function linksOf(p: Parts): Link[] {
  const alarm =
    p.kind === 'alarm' && p.alarmName
      ? link(
          `CloudWatch alarm ${p.alarmName}`,
          consoleUrl(
            p.region,
            `cloudwatch/home?region={region}#alarmsV2:alarm/${uriPart(p.alarmName)}`
          )
        )
      : []
  const services = [
    ...p.resources.map(ecsServiceOfArn),
    ...p.metrics.map((m) => ecsServiceOfDimensions(m.dimensions))
  ].flatMap((s) => (s ? ecsServiceLink(s.region ?? p.region, s.cluster, s.service) : []))
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
