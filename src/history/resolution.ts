// How a past incident ended and what fixed it, from what can be trusted about it: OpsLoop's
// sealed records (the plan proposed, whether it ran, the outcome the remediation job sealed) and
// the outcome labels, then what people wrote on the issue: the commands in their code blocks and
// a few words around them. People's words are untrusted text: they are quoted, never followed.
import type { Ledger } from '../issue/ledger.js'
import { OUTCOME_LABELS } from '../issue/labels.js'
import type { SnapshotComment } from '../issue/thread.js'

export interface PersonNote {
  author: string
  url: string
  /** The comment's prose, code blocks taken out, cut short. Untrusted. */
  text: string
  /** The code blocks' contents: what the person ran or would run. Untrusted. */
  commands: string[]
}

export interface Resolution {
  /** The runbook OpsLoop proposed last, and how its run ended, if it ran. */
  runbook?: {
    id: string
    digest?: string
    ran: boolean
    outcome?: 'remediated' | 'failed' | 'rolled-back'
  }
  /** How the issue ended, by its labels (names, not proof: the records above are). */
  ended: 'remediated' | 'failed' | 'rolled back' | 'recovered' | 'closed' | 'open'
  /** What people wrote about it, newest last. */
  notes: PersonNote[]
}

/** At most this many people's comments are quoted per past incident. */
const MAX_NOTES = 3
const NOTE_CHARS = 280
const COMMAND_CHARS = 400
const FENCE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n([\s\S]*?)\n {0,3}\1[`~]*[ \t]*$/gm

/** A comment's code blocks and its prose without them. */
export function splitComment(body: string): { text: string; commands: string[] } {
  const commands: string[] = []
  const text = body.replace(FENCE, (_m, _fence: string, inner: string) => {
    const command = inner.trim()
    if (command !== '') commands.push(command.slice(0, COMMAND_CHARS))
    return ' '
  })
  const prose = text.replace(/\s+/g, ' ').trim()
  const cut = Array.from(prose)
  return {
    text: cut.length > NOTE_CHARS ? `${cut.slice(0, NOTE_CHARS).join('')}…` : prose,
    commands
  }
}

/** Whether a comment is someone's account of the incident: not a command, not automation. */
const isNote = (c: SnapshotComment): boolean =>
  c.author !== undefined &&
  c.author.type === 'User' &&
  !c.body.trimStart().startsWith('/') &&
  c.body.trim() !== ''

export function resolutionOf(
  ledger: Ledger,
  labels: readonly string[],
  state: 'open' | 'closed'
): Resolution {
  const plan = ledger.plans.at(-1)?.plan
  const digest = plan?.digest
  const outcome = digest ? ledger.outcomes.findLast((o) => o.digest === digest) : undefined
  const ran =
    digest !== undefined &&
    (ledger.claims.some((c) => c.digest === digest) || ledger.ranLabels.has(digest.slice(0, 32)))
  const ended: Resolution['ended'] = labels.includes(OUTCOME_LABELS.remediated)
    ? 'remediated'
    : labels.includes(OUTCOME_LABELS.rolledBack)
      ? 'rolled back'
      : labels.includes(OUTCOME_LABELS.failed)
        ? 'failed'
        : labels.includes(OUTCOME_LABELS.recovered)
          ? 'recovered'
          : state === 'closed'
            ? 'closed'
            : 'open'
  const notes = ledger.human
    .filter(isNote)
    .slice(-MAX_NOTES)
    .map((c) => ({ author: c.author?.login ?? 'ghost', url: c.url, ...splitComment(c.body) }))
  return {
    ...(plan
      ? {
          runbook: {
            id: plan.runbook.id,
            ...(digest ? { digest } : {}),
            ran,
            ...(outcome ? { outcome: outcome.outcome } : {})
          }
        }
      : {}),
    ended,
    notes
  }
}
