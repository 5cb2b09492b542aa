// The detector's state in memory, with the semantics the DynamoDB store must have (first writer
// wins, atomic counters, one claim per key): for the CLI, the bench and tests. Every method
// yields to the event loop as a request would, so two detectors sharing one store interleave.
// Memory grows with templates × active minutes and with records; nothing expires.
import type { AnomalyKind } from './anomaly.js'
import type { DetectorStore } from './ports.js'

const SEP = '\u0000'

export class MemoryStore implements DetectorStore {
  private readonly groups = new Map<string, number>()
  private readonly templates = new Map<string, number>()
  private readonly buckets = new Map<string, Map<number, number>>()
  private readonly claims = new Map<string, string>()
  private readonly done = new Set<string>()
  /** Requests served, by operation: what the DynamoDB store would be asked. */
  readonly requests = {
    groupFirstSeen: 0,
    templateFirstSeen: 0,
    addCount: 0,
    counts: 0,
    claim: 0,
    release: 0,
    wasDone: 0,
    recordDone: 0
  }

  /** Templates stored, across log groups. */
  get templateCount(): number {
    return this.templates.size
  }

  async groupFirstSeen(group: string, at: number): Promise<number> {
    await tick()
    this.requests.groupFirstSeen++
    const stored = this.groups.get(group)
    if (stored !== undefined) return stored
    this.groups.set(group, at)
    return at
  }

  async templateFirstSeen(
    group: string,
    key: string,
    at: number
  ): Promise<{ isNew: boolean; firstSeen: number }> {
    await tick()
    this.requests.templateFirstSeen++
    const id = group + SEP + key
    const stored = this.templates.get(id)
    if (stored !== undefined) return { isNew: false, firstSeen: stored }
    this.templates.set(id, at)
    return { isNew: true, firstSeen: at }
  }

  async addCount(group: string, key: string, minute: number, n: number): Promise<number> {
    await tick()
    this.requests.addCount++
    const id = group + SEP + key
    let minutes = this.buckets.get(id)
    if (minutes === undefined) {
      minutes = new Map()
      this.buckets.set(id, minutes)
    }
    const total = (minutes.get(minute) ?? 0) + n
    minutes.set(minute, total)
    return total
  }

  async counts(
    group: string,
    key: string,
    fromMinute: number,
    toMinute: number
  ): Promise<ReadonlyMap<number, number>> {
    await tick()
    this.requests.counts++
    const out = new Map<number, number>()
    const minutes = this.buckets.get(group + SEP + key)
    if (minutes === undefined) return out
    // Whichever is smaller: the range or what is stored.
    if (toMinute - fromMinute + 1 <= minutes.size) {
      for (let m = fromMinute; m <= toMinute; m++) {
        const n = minutes.get(m)
        if (n !== undefined) out.set(m, n)
      }
    } else for (const [m, n] of minutes) if (m >= fromMinute && m <= toMinute) out.set(m, n)
    return out
  }

  async claim(
    group: string,
    key: string,
    kind: AnomalyKind,
    windowStart: number,
    owner: string
  ): Promise<boolean> {
    await tick()
    this.requests.claim++
    const id = [group, key, kind, windowStart].join(SEP)
    if (this.claims.has(id)) return false
    this.claims.set(id, owner)
    return true
  }

  async release(
    group: string,
    key: string,
    kind: AnomalyKind,
    windowStart: number,
    owner: string
  ): Promise<void> {
    await tick()
    this.requests.release++
    const id = [group, key, kind, windowStart].join(SEP)
    if (this.claims.get(id) === owner) this.claims.delete(id)
  }

  async wasDone(recordId: string): Promise<boolean> {
    await tick()
    this.requests.wasDone++
    return this.done.has(recordId)
  }

  async recordDone(recordId: string): Promise<void> {
    await tick()
    this.requests.recordDone++
    this.done.add(recordId)
  }
}

/** One microtask: callers interleave at each request, as they would over the network. */
const tick = (): Promise<void> => Promise.resolve()
