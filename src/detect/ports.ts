// The ports the detector needs: the state shared by every container (DynamoDB in production,
// detect/memory-store.ts offline) and where anomalies go (EventBridge in production). Each store
// operation is one DynamoDB request: a conditional write, an atomic counter, a Query, a GetItem.
// The state is the truth; what a warm container keeps in memory is only a cache of it.
import type { Anomaly, AnomalyKind } from './anomaly.js'

export interface DetectorStore {
  /**
   * Records `at` as the log group's first-seen time unless one is stored (a conditional put);
   * returns the stored time either way (ReturnValuesOnConditionCheckFailure: ALL_OLD).
   */
  groupFirstSeen(group: string, at: number): Promise<number>

  /**
   * The same for a template: `isNew` is true for exactly one caller across all containers, the
   * one whose conditional put created the item; `firstSeen` is the stored time.
   */
  templateFirstSeen(
    group: string,
    key: string,
    at: number
  ): Promise<{ isNew: boolean; firstSeen: number }>

  /**
   * Adds `n` (may be negative) to the template's count for one minute (epoch minutes) with an
   * atomic counter (UpdateItem ADD, ReturnValues UPDATED_NEW); returns the minute's new total.
   */
  addCount(group: string, key: string, minute: number, n: number): Promise<number>

  /** The template's counts per minute in [fromMinute, toMinute]; absent minutes are 0. One Query. */
  counts(
    group: string,
    key: string,
    fromMinute: number,
    toMinute: number
  ): Promise<ReadonlyMap<number, number>>

  /**
   * Claims the right to emit one anomaly: a conditional put on (group, key, kind, windowStart)
   * that succeeds for one caller only, ever (until the item's TTL). `owner` (the source record's
   * id) is stored so that `release` cannot drop someone else's claim.
   */
  claim(
    group: string,
    key: string,
    kind: AnomalyKind,
    windowStart: number,
    owner: string
  ): Promise<boolean>

  /** Drops a claim this owner holds (a conditional delete), when its anomaly could not be sent. */
  release(
    group: string,
    key: string,
    kind: AnomalyKind,
    windowStart: number,
    owner: string
  ): Promise<void>

  /** Whether a source record was processed to the end (a GetItem). */
  wasDone(recordId: string): Promise<boolean>

  /** Marks a source record processed (a put), after its anomalies were sent. */
  recordDone(recordId: string): Promise<void>
}

/**
 * Where anomalies go. Throwing means none of them was sent, and their claims are released,
 * except those the error names as delivered (`sent`: anomaly ids; EventBridge may accept some
 * entries of a request and refuse others), whose claims stay held so that no retry sends them
 * twice.
 */
export interface AnomalySink {
  send(anomalies: readonly Anomaly[]): Promise<void>
}

/** The ids of the anomalies a sink's error says were delivered before it failed. */
export function deliveredBefore(error: unknown): readonly string[] {
  if (typeof error !== 'object' || error === null || !('sent' in error)) return []
  const { sent } = error
  return Array.isArray(sent) ? sent.filter((id): id is string => typeof id === 'string') : []
}
