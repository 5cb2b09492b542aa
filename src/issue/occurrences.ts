// How often an incident fired, kept in the issue body as a sealed `state` record bound to the
// repository and fingerprint (the body is written before the issue has a number). Intake finds an
// incident's open issue by its fingerprint label and this record: an issue someone else opened,
// or whose record was forged, is never mistaken for OpsLoop's. A writer can put back an older
// sealed state of the same incident; that changes a count, never what runs.
import type { RecordKey, RecordOf } from './record.js'
import { openRecords, sealRecord } from './record.js'

export interface OccurrenceState {
  occurrences: number
  lastSeen: string
  /** Ids of recent deliveries, so a redelivered event is not counted twice. */
  eventIds: string[]
  /** When the latest alarm delivered so far fired, and when the alarm last returned to OK. */
  firedAt?: string
  recoveredAt?: string
}

// Any sealed marker, ours or not: the body holds exactly one, replaced in place.
const ANY_RECORD = /<!-- opsloop:record [A-Za-z0-9_-]+\.[0-9a-f]{64} -->/g

/** What an AWS Health incident's issue seals with its state (intake/sources/health.ts). */
export type HealthState = NonNullable<RecordOf<'state'>['health']>

/** What an issue's state says about the incident beyond its counts, for later incidents to find. */
export interface StateAbout {
  /** The log group of a watch issue (intake/sources/log-anomaly.ts). */
  watch?: string
  /** The AWS Health event of a Health incident's issue. */
  health?: HealthState
}

export function stateMarker(
  key: RecordKey,
  repo: string,
  fingerprint: string,
  state: OccurrenceState,
  about: StateAbout = {}
): string {
  const { watch, health } = about
  const record: RecordOf<'state'> = {
    v: 1,
    kind: 'state',
    repo,
    fingerprint,
    at: state.lastSeen,
    occurrences: state.occurrences,
    lastSeen: state.lastSeen,
    eventIds: state.eventIds,
    ...(state.firedAt ? { firedAt: state.firedAt } : {}),
    ...(state.recoveredAt ? { recoveredAt: state.recoveredAt } : {}),
    ...(watch === undefined ? {} : { watch: { logGroup: watch } }),
    ...(health === undefined ? {} : { health })
  }
  return sealRecord(record, key)
}

/** The sealed occurrence state of this incident in an issue body, if it is there and genuine. */
export function readOccurrences(
  body: string,
  key: RecordKey,
  repo: string,
  fingerprint: string
): OccurrenceState | undefined {
  for (const opened of openRecords(body, key, { repo }, 'body')) {
    if (!opened.ok) continue
    const r = opened.record
    if (r.kind === 'state' && r.fingerprint === fingerprint)
      return {
        occurrences: r.occurrences,
        lastSeen: r.lastSeen,
        eventIds: r.eventIds,
        ...(r.firedAt ? { firedAt: r.firedAt } : {}),
        ...(r.recoveredAt ? { recoveredAt: r.recoveredAt } : {})
      }
  }
  return undefined
}

/** The body with its sealed state replaced (or added). */
export function withStateMarker(body: string, marker: string): string {
  const rest = body.replace(ANY_RECORD, '').trimEnd()
  return `${rest}\n${marker}`
}

/** A watch issue's sealed word on what it watches: its log group and when it first fired. */
export interface WatchState {
  fingerprint: string
  logGroup: string
  firedAt?: string
}

/** The watch an issue body's sealed state names, if the record is genuine and one of a watch. */
export function readWatch(body: string, key: RecordKey, repo: string): WatchState | undefined {
  for (const opened of openRecords(body, key, { repo }, 'body')) {
    if (!opened.ok || opened.record.kind !== 'state' || !opened.record.watch) continue
    const r = opened.record
    return {
      fingerprint: r.fingerprint,
      logGroup: opened.record.watch.logGroup,
      ...(r.firedAt ? { firedAt: r.firedAt } : {})
    }
  }
  return undefined
}

/** An AWS Health event as a Health incident's issue seals it, if the record is genuine. */
export function readHealth(
  body: string,
  key: RecordKey,
  repo: string
): (HealthState & { fingerprint: string }) | undefined {
  for (const opened of openRecords(body, key, { repo }, 'body')) {
    if (!opened.ok || opened.record.kind !== 'state' || !opened.record.health) continue
    return { ...opened.record.health, fingerprint: opened.record.fingerprint }
  }
  return undefined
}
