// Slash commands in issue comments. A command counts only when it is the comment's own text: the
// first non-blank line, at column 0. Anything that merely shows a command (a quote, a code block,
// an HTML comment, a mention further down or later in a sentence) is not one, so quoting someone's
// `/approve` never approves.

export const COMMANDS = [
  'approve',
  'reject',
  'dry-run',
  'cancel',
  'set',
  'retriage',
  'ask'
] as const
export type CommandWord = (typeof COMMANDS)[number]

export type CommentCommand =
  | { kind: 'approve'; digest?: string }
  | { kind: 'reject'; reason?: string }
  | { kind: 'dry-run' }
  | { kind: 'cancel' }
  /** Values for the plan's parameters, as written (typed against the runbook later). */
  | { kind: 'set'; values: { name: string; text: string }[] }
  | { kind: 'retriage' }
  /**
   * A question about the incident, answered from its evidence and the repository's history;
   * `cut` when it was longer than MAX_QUESTION.
   */
  | { kind: 'ask'; question: string; cut?: true }
  | { kind: 'invalid'; command: string; reason: string }

export const MAX_REJECT_REASON = 500
/** The longest question `/ask` reads (code points); a longer one is cut, and the answer says so. */
export const MAX_QUESTION = 500

/** Hex characters of the digest an approval must name: 48 bits, beyond any chance of a match. */
export const MIN_DIGEST = 12
const DIGEST_PREFIX = /^[0-9a-fA-F]{12,64}$/
// Lower case only: `/Approve` is someone else's command (or prose), not ours.
const COMMAND_LINE = /^\/([a-z][a-z-]*)(?:\s+([^]*))?$/

const isCommandWord = (word: string): word is CommandWord =>
  (COMMANDS as readonly string[]).includes(word)

/** The command a comment body carries, or undefined when it carries none of ours. */
export function parseCommentCommand(body: string): CommentCommand | undefined {
  const lines = body.split(/\r?\n/)
  const first = lines.findIndex((line) => line.trim() !== '')
  const line = lines[first]
  // Column 0 only: indentation of 4+ spaces or a tab would make it a code block, and anything
  // else in front (`>`, a fence, `<!--`) means the text is shown rather than said.
  if (line === undefined || !line.startsWith('/')) return undefined
  const match = COMMAND_LINE.exec(line)
  const word = match?.[1]
  if (word === undefined || !isCommandWord(word)) return undefined
  const rest = (match?.[2] ?? '').trim()

  switch (word) {
    case 'approve':
      return approve(rest)
    case 'reject': {
      const reason = textFrom(rest, lines.slice(first + 1), MAX_REJECT_REASON).text
      return reason === '' ? { kind: 'reject' } : { kind: 'reject', reason }
    }
    case 'ask': {
      const { text: question, cut } = textFrom(rest, lines.slice(first + 1), MAX_QUESTION)
      return question === ''
        ? {
            kind: 'invalid',
            command: 'ask',
            reason:
              '`/ask` takes a question, e.g. `/ask has this happened before?` or `/ask what fixed it last time?`'
          }
        : { kind: 'ask', question, ...(cut ? { cut: true as const } : {}) }
    }
    case 'set':
      return set(rest)
    case 'dry-run':
    case 'cancel':
    case 'retriage':
      return rest === ''
        ? { kind: word }
        : {
            kind: 'invalid',
            command: word,
            reason: `\`/${word}\` takes no arguments; post \`/${word}\` on a line of its own.`
          }
  }
}

/**
 * The command's words and the lines after it, trimmed, cut by code points (never half an emoji),
 * and whether anything was cut.
 */
function textFrom(
  rest: string,
  after: readonly string[],
  max: number
): { text: string; cut: boolean } {
  const points = Array.from([rest, ...after].join('\n').trim())
  return { text: points.slice(0, max).join('').trimEnd(), cut: points.length > max }
}

function approve(rest: string): CommentCommand {
  if (rest === '') return { kind: 'approve' }
  const args = rest.split(/\s+/)
  const copy = 'copy the plan digest from the issue, e.g. `/approve 1a2b3c4d5e6f`'
  if (args.length > 1)
    return {
      kind: 'invalid',
      command: 'approve',
      reason: `\`/approve\` takes at most one argument, the plan digest; ${copy}, and put any remarks on the next line.`
    }
  if (!DIGEST_PREFIX.test(rest))
    return {
      kind: 'invalid',
      command: 'approve',
      reason: `\`/approve\` takes a plan digest of ${MIN_DIGEST} to 64 hexadecimal characters; ${copy}.`
    }
  return { kind: 'approve', digest: rest.toLowerCase() }
}

/** At most this many `name=value` pairs in one `/set`, each value at most this long. */
export const MAX_SET_VALUES = 10
export const MAX_SET_VALUE = 1024
const ASSIGNMENT = /^([A-Za-z][A-Za-z0-9_]{0,63})=(\S{1,1024})$/

/**
 * `/set name=value [name=value …]`: values hold no spaces (a runbook's patterns allow none in
 * what they select), so nothing about quoting is left to guess.
 */
function set(rest: string): CommentCommand {
  const example = 'e.g. `/set service=nginx`'
  if (rest === '')
    return {
      kind: 'invalid',
      command: 'set',
      reason: `\`/set\` takes one or more \`name=value\` pairs, ${example}.`
    }
  const words = rest.split(/\s+/)
  if (words.length > MAX_SET_VALUES)
    return {
      kind: 'invalid',
      command: 'set',
      reason: `\`/set\` takes at most ${MAX_SET_VALUES} values at once.`
    }
  const values: { name: string; text: string }[] = []
  for (const word of words) {
    const m = ASSIGNMENT.exec(word)
    if (!m?.[1] || m[2] === undefined)
      return {
        kind: 'invalid',
        command: 'set',
        reason: `\`${word.slice(0, 80)}\` is not \`name=value\` (a parameter name, \`=\`, and a value without spaces of at most ${MAX_SET_VALUE} characters), ${example}.`
      }
    if (values.some((v) => v.name === m[1]))
      return { kind: 'invalid', command: 'set', reason: `\`${m[1]}\` is set twice.` }
    values.push({ name: m[1], text: m[2] })
  }
  return { kind: 'set', values }
}
