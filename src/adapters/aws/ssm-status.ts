// What an SSM run's state means for OpsLoop, with no calls: SSM statuses mapped to a result
// status, the detail text a result carries, and how much output SSM returns at most.
import type { AlarmStateInformation, CommandInvocation } from '@aws-sdk/client-ssm'
import type {
  ExecutionResult,
  TargetResult,
  TargetStatus,
  WaitOptions
} from '../../execution/ports.js'
import type { Polled, Stop } from './ssm-poll.js'

/** What GetCommandInvocation returns at most of each stream. */
export const STDOUT_LIMIT = 24_000
export const STDERR_LIMIT = 8_000
/** ListCommandInvocations' plugin `Output` (stdout and stderr together). */
export const PLUGIN_OUTPUT_LIMIT = 2_500

export const COMMAND_TERMINAL = new Set(['Success', 'Failed', 'TimedOut', 'Cancelled'])
export const AUTOMATION_OUTCOME: Partial<Record<string, ExecutionResult['status']>> = {
  Success: 'Success',
  CompletedWithSuccess: 'Success',
  Failed: 'Failed',
  CompletedWithFailure: 'Failed',
  // Ended without running to completion: never count it as a pass.
  Exited: 'Failed',
  Rejected: 'Failed',
  ChangeCalendarOverrideRejected: 'Failed',
  TimedOut: 'TimedOut',
  Cancelled: 'Cancelled'
}

/** The run's status when OpsLoop stopped it: its own if it ended first with another outcome. */
export function finalStatus(
  own: ExecutionResult['status'] | undefined,
  stopped: Stop | undefined
): ExecutionResult['status'] {
  if (stopped && (own === undefined || own === 'Cancelled')) return stopped
  return own ?? 'Failed'
}

export function targetStatus(invocation: CommandInvocation): TargetStatus {
  const details = (invocation.StatusDetails ?? '').replace(/\s+/g, '')
  if (details === 'Undeliverable' || details === 'Terminated') return details
  if (details === 'DeliveryTimedOut') return 'Undeliverable'
  return invocation.Status ?? 'Pending'
}

export function stopText(polled: Polled<unknown>, options: WaitOptions, what: string): string {
  const parts: string[] = []
  if (polled.stopped === 'TimedOut')
    parts.push(`OpsLoop stopped waiting after ${options.timeoutMs / 1000}s and ${what} the run`)
  if (polled.stopped === 'Cancelled') parts.push(`${what} on request`)
  if (polled.stopError !== undefined) parts.push(`stopping it failed: ${polled.stopError}`)
  return parts.join('; ')
}

export function alarmsText(alarms: AlarmStateInformation[] | undefined): string {
  const names = (alarms ?? []).map((a) => a.Name ?? '').filter((n) => n !== '')
  return names.length === 0 ? '' : `guard alarm ${names.join(', ')} in ALARM`
}

export function countText(targets: readonly TargetResult[]): string {
  const counts = new Map<string, number>()
  for (const t of targets) counts.set(t.status, (counts.get(t.status) ?? 0) + 1)
  const list = [...counts].map(([status, n]) => `${n} ${status}`).join(', ')
  return `${targets.length} target${targets.length === 1 ? '' : 's'}${list === '' ? '' : `: ${list}`}`
}

export const joinDetail = (...parts: string[]): string => parts.filter((p) => p !== '').join('; ')

export const iso = (date: Date | undefined, fallback: number): string =>
  (date ?? new Date(fallback)).toISOString()
