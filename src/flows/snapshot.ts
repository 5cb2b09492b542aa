// An incident snapshot (schemas/snapshot.schema.json) for `opsloop triage --snapshot`: its text
// checked against the schema with each problem named by its field, and the alarm time its event
// gives. Replaying triage and change attribution from it needs nothing else: no AWS, no GitHub.
// The CLI reads the file (a folder holds it as `snapshot.json`, as the intake artifact does).
import type { IncidentSnapshot } from '../generated/snapshot.js'
import { checkSnapshot } from '../context/snapshot.js'
import { attributeChange, type Attribution } from '../triage/change-attribution.js'

/** The file a snapshot folder holds. */
export const SNAPSHOT_FILE = 'snapshot.json'

/** At most this many schema problems are listed. */
const PROBLEMS_SHOWN = 5

export interface LoadedSnapshot {
  file: string
  snapshot: IncidentSnapshot
  /** When the alarm fired (the event's time), epoch ms. */
  alarmAt: number
}

/** A snapshot from the text of `file`, checked against its schema. */
export function parseSnapshot(text: string, file: string): LoadedSnapshot {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`)
  }
  const checked = checkSnapshot(data)
  if (!checked.ok) {
    const problems = checked.problems
      .slice(0, PROBLEMS_SHOWN)
      .map((p) => `  ${p.where}: ${p.message}`)
    throw new Error(
      `${file} is not an OpsLoop snapshot (schemas/snapshot.schema.json):\n${problems.join('\n')}`
    )
  }
  if (checked.alarmAt === undefined)
    throw new Error(`${file}: the snapshot's event has no time; give the event as AWS delivered it`)
  return { file, snapshot: checked.snapshot, alarmAt: checked.alarmAt }
}

/** Change attribution replayed from a snapshot. */
export function replayAttribution(loaded: LoadedSnapshot): Attribution {
  return attributeChange(loaded.snapshot, loaded.alarmAt)
}
