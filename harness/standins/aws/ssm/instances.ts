// Emulated managed nodes: registration, agent ping history (so delivery can be decided for any
// moment after the fact), tag targeting, and DescribeInstanceInformation.
import { AwsError } from '../protocol.js'
import { succeedingExecutor, type Executor } from '../executors.js'
import {
  epochSeconds,
  notModelled,
  paginate,
  readObjectList,
  readStringList,
  type Clock,
  type Input,
  type Target
} from './common.js'

export type PingStatus = 'Online' | 'ConnectionLost' | 'Inactive'

export interface InstanceSpec {
  instanceId: string
  /** Default Online. */
  pingStatus?: PingStatus
  /** Default Linux. */
  platform?: 'Linux' | 'Windows' | 'MacOS'
  platformName?: string
  platformVersion?: string
  tags?: Record<string, string>
  /** Default: every command succeeds with no output. */
  executor?: Executor
}

export interface Instance {
  spec: InstanceSpec
  executor: Executor
  registeredAt: number
  /** Append-only, in clock order. */
  pings: { at: number; status: PingStatus }[]
}

const INSTANCE_ID = /^(i-(\w{8}|\w{17})|mi-\w{17})$/
export const isInstanceId = (id: string): boolean => INSTANCE_ID.test(id)

export class Instances {
  readonly #byId = new Map<string, Instance>()

  constructor(private readonly clock: Clock) {}

  register(spec: InstanceSpec): void {
    if (!isInstanceId(spec.instanceId)) throw new Error(`not an instance id: ${spec.instanceId}`)
    const at = this.clock.now()
    this.#byId.set(spec.instanceId, {
      spec,
      executor: spec.executor ?? succeedingExecutor,
      registeredAt: at,
      pings: [{ at, status: spec.pingStatus ?? 'Online' }]
    })
  }

  setPingStatus(instanceId: string, status: PingStatus): void {
    this.require(instanceId).pings.push({ at: this.clock.now(), status })
  }

  get(instanceId: string): Instance | undefined {
    return this.#byId.get(instanceId)
  }

  require(instanceId: string): Instance {
    const instance = this.#byId.get(instanceId)
    if (!instance) throw new Error(`no emulated instance ${instanceId}`)
    return instance
  }

  statusAt(instance: Instance, at: number): PingStatus {
    return instance.pings.findLast((p) => p.at <= at)?.status ?? 'Inactive'
  }

  /** The first moment at or after `from` when the agent was Online, as far as known now. */
  onlineFrom(instanceId: string, from: number): number | undefined {
    const instance = this.require(instanceId)
    if (this.statusAt(instance, from) === 'Online') return from
    return instance.pings.find((p) => p.at > from && p.status === 'Online')?.at
  }

  /** Instances a `Targets` list selects: `InstanceIds`, `tag:<Key>` or `tag-key`. */
  resolveTargets(targets: readonly Target[]): string[] {
    const matches = ({ Key, Values }: Target, instance: Instance): boolean => {
      const tags = instance.spec.tags ?? {}
      if (Key === 'InstanceIds') return Values.includes(instance.spec.instanceId)
      if (Key === 'tag-key') return Values.some((k) => k in tags)
      if (!Key.startsWith('tag:')) notModelled(`the target key ${Key}`)
      const value = tags[Key.slice('tag:'.length)]
      return value !== undefined && Values.includes(value)
    }
    return [...this.#byId.values()]
      .filter((instance) => targets.every((t) => matches(t, instance)))
      .map((i) => i.spec.instanceId)
  }

  describe(input: Input): unknown {
    const filters = [
      ...(readObjectList(input, 'InstanceInformationFilterList') ?? []).map((f) => ({
        key: f.key,
        values: readStringList(f, 'valueSet') ?? []
      })),
      ...(readObjectList(input, 'Filters') ?? []).map((f) => ({
        key: f.Key,
        values: readStringList(f, 'Values') ?? []
      }))
    ]
    const now = this.clock.now()
    let list = [...this.#byId.values()]
    for (const { key, values } of filters) {
      // `tag:<key>` and `tag-key` filter by the instance's tags, as SSM documents for Filters.
      if (typeof key === 'string' && key.startsWith('tag:')) {
        const tag = key.slice('tag:'.length)
        list = list.filter((i) => values.includes(i.spec.tags?.[tag] ?? '\u0000'))
        continue
      }
      if (key === 'tag-key') {
        list = list.filter((i) => values.some((k) => k in (i.spec.tags ?? {})))
        continue
      }
      const pick = FILTERS[String(key)]
      if (!pick)
        throw new AwsError('InvalidFilterKey', `The filter key ${String(key)} is not valid.`)
      list = list.filter((i) => values.includes(pick(i, this.statusAt(i, now))))
    }
    const { page, NextToken } = paginate(list, input, { min: 5, max: 50 })
    return { InstanceInformationList: page.map((i) => this.#information(i, now)), NextToken }
  }

  #information(instance: Instance, now: number): Record<string, unknown> {
    const { spec } = instance
    const status = this.statusAt(instance, now)
    const lastOnline = instance.pings.findLast((p) => p.status === 'Online')?.at
    const managed = spec.instanceId.startsWith('mi-')
    return {
      InstanceId: spec.instanceId,
      PingStatus: status,
      LastPingDateTime: epochSeconds(
        status === 'Online' ? now : (lastOnline ?? instance.registeredAt)
      ),
      AgentVersion: '3.3.1142.0',
      IsLatestVersion: true,
      PlatformType: spec.platform ?? 'Linux',
      PlatformName: spec.platformName ?? 'Amazon Linux',
      PlatformVersion: spec.platformVersion ?? '2023',
      RegistrationDate: epochSeconds(instance.registeredAt),
      ResourceType: managed ? 'ManagedInstance' : 'EC2Instance',
      ComputerName: `${spec.instanceId}.ec2.internal`,
      ...(spec.tags?.Name ? { Name: spec.tags.Name } : {}),
      SourceId: spec.instanceId,
      SourceType: managed ? 'AWS::SSM::ManagedInstance' : 'AWS::EC2::Instance'
    }
  }
}

const FILTERS: Partial<Record<string, (i: Instance, status: PingStatus) => string>> = {
  InstanceIds: (i) => i.spec.instanceId,
  PingStatus: (_i, status) => status,
  PlatformTypes: (i) => i.spec.platform ?? 'Linux'
}
