// The first question of triage: is there anything to remediate? An alarm that went back to OK or
// lost its data, and an informational event (an ECS service reaching steady state, an instance
// starting, an account notification), need a record, not a runbook. Only a match rule that names
// the state, severity or event explicitly (its author asked for exactly this) overrides the gate.
import type { Incident } from '../generated/incident.js'

/** Why there is nothing to remediate, as a code the model prompt can show (no AWS text in it). */
export type NotRemediable = 'recovered' | 'insufficient-data' | 'informational'

export type Gate = { remediable: true } | { remediable: false; code: NotRemediable; reason: string }

const what = (incident: Pick<Incident, 'detailType' | 'eventName'>): string =>
  incident.eventName ? `${incident.detailType} \`${incident.eventName}\`` : incident.detailType

export function remediationGate(
  incident: Pick<
    Incident,
    'kind' | 'state' | 'previousState' | 'severity' | 'detailType' | 'eventName'
  >
): Gate {
  if (incident.kind === 'alarm' && incident.state === 'OK')
    return {
      remediable: false,
      code: 'recovered',
      reason: `the alarm is back to OK${incident.previousState ? ` (from ${incident.previousState})` : ''}, so there is nothing to remediate; the issue records the recovery`
    }
  if (incident.kind === 'alarm' && incident.state === 'INSUFFICIENT_DATA')
    return {
      remediable: false,
      code: 'insufficient-data',
      reason:
        'the alarm has insufficient data: its metric stopped reporting or is too sparse, which no runbook fixes; check that the metric is still published (agent, exporter, the resource itself)'
    }
  if (incident.kind === 'event' && incident.severity === 'low')
    return {
      remediable: false,
      code: 'informational',
      reason: `${what(incident)} is informational (severity low), so there is nothing to remediate; a runbook whose match rule names this event or accepts \`severity: low\` would still be proposed`
    }
  return { remediable: true }
}
