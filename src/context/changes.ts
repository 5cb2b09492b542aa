// Recent changes: what GitHub knows and AWS does not. Deployments, releases and merged pull
// requests in the hours before the incident, in this repository and any others configured. Each
// kind is read separately and bounded (a few pages, newest first, stopping at the window's start),
// so a token that may read pull requests but not deployments still yields what it can.
import { describeReadError, httpStatus } from '../util/http-error.js'
import type { Change, ChangeKind } from './ports.js'

const PERMISSION: Record<ChangeKind, string> = {
  deployment: 'deployments: read',
  release: 'contents: read',
  pull: 'pull-requests: read'
}

/** Why a change list could not be read, with what to do about it. */
export function describeChangeError(kind: ChangeKind, error: unknown): string {
  return httpStatus(error) === 404
    ? 'not found, or not visible to this token (the workflow token reads only its own repository: use a token that can read it, or remove it from change-repositories)'
    : describeReadError(error, PERMISSION[kind])
}

const KIND_NAME: Record<ChangeKind, string> = {
  deployment: 'deployments',
  release: 'releases',
  pull: 'merged pull requests'
}

export const changeKindName = (kind: ChangeKind): string => KIND_NAME[kind]

/** `42 min`, `3 h 5 min`: how long before the incident a change landed. */
export function durationBefore(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000))
  if (minutes < 60) return `${minutes} min`
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return m === 0 ? `${h} h` : `${h} h ${m} min`
}

/** A change as evidence: label says what and where, text says who, when and which version. */
export function changeEvidence(
  change: Change,
  incidentAt: number
): { label: string; text: string } {
  const where = change.repo
  const label =
    change.kind === 'deployment'
      ? `deployment to ${change.environment ?? '?'} (${where})`
      : change.kind === 'release'
        ? `release ${change.ref ?? '?'} (${where})`
        : `merged pull request #${change.number ?? '?'} (${where})`
  const parts = [
    change.title ? JSON.stringify(change.title) : undefined,
    change.author ? `by ${change.author}` : undefined,
    `${durationBefore(incidentAt - change.at)} before the incident`,
    change.kind === 'deployment' && change.ref
      ? `ref ${change.ref}${change.sha ? ` at ${change.sha.slice(0, 7)}` : ''}`
      : undefined,
    change.kind === 'pull' && change.ref ? `into ${change.ref}` : undefined,
    change.state ? `status ${change.state}` : undefined
  ]
  return { label, text: parts.filter(Boolean).join(', ') }
}
