// Checks that a string parameter cannot smuggle shell syntax into a command. Values are also
// shell-quoted when commands are rendered; this lint keeps the catalog honest on its own.
import type { Parameter } from '../generated/runbook.js'
import { compilePattern } from './parameters.js'

const METACHARACTERS = [
  ';',
  '&',
  '|',
  '$',
  '`',
  '(',
  ')',
  '<',
  '>',
  "'",
  '"',
  '\\',
  '\n',
  ' ',
  '*',
  '?'
]

function display(c: string): string {
  return c === '\n' ? 'newline' : c === ' ' ? 'space' : c
}

/** Top-level alternation defeats anchors: `^a|b$` accepts anything ending in b. */
function anchored(pattern: string): boolean {
  if (!pattern.startsWith('^') || !pattern.endsWith('$') || pattern.endsWith('\\$')) return false
  let depth = 0
  let inClass = false
  for (let i = 1; i < pattern.length - 1; i++) {
    const c = pattern[i]
    if (c === '\\') {
      i++
      continue
    }
    if (inClass) {
      if (c === ']') inClass = false
    } else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) return false
  }
  return true
}

/** Why this parameter is unsafe to interpolate into a shell command, or undefined. */
export function shellUnsafeReason(param: Parameter): string | undefined {
  if (param.type !== 'string') return undefined
  if (param.enum) {
    for (const v of param.enum) {
      const bad = typeof v === 'string' ? METACHARACTERS.find((c) => v.includes(c)) : undefined
      if (bad !== undefined)
        return `its enum value ${JSON.stringify(v)} contains the shell metacharacter ${display(bad)}`
    }
    return undefined
  }
  if (param.pattern === undefined) {
    return 'it is an unconstrained string; add an `enum` or an anchored `pattern` such as `^[a-z0-9-]{1,63}$`'
  }
  const re = compilePattern(param.pattern)
  if (re instanceof Error) return undefined // reported by the pattern rule
  if (!anchored(param.pattern)) {
    return `its pattern \`${param.pattern}\` is not anchored: start it with \`^\`, end it with \`$\` and group any alternatives`
  }
  const seeds = [
    'a',
    '0',
    'web',
    'i-0123456789abcdef0',
    'x',
    ...(typeof param.default === 'string' ? [param.default] : [])
  ]
  const accepted = seeds.filter((s) => re.test(s))
  for (const c of METACHARACTERS) {
    const probes = [c, ...accepted.flatMap((s) => [s + c, c + s, s + c + s])]
    const hit = probes.find((p) => re.test(p))
    if (hit !== undefined) {
      return `its pattern \`${param.pattern}\` accepts ${JSON.stringify(hit)}, which contains the shell metacharacter ${display(c)}`
    }
  }
  return undefined
}

/** Does the first command make the script fail loudly (`set -euo pipefail` or equivalent)? */
export function failsLoudly(commands: readonly string[]): boolean {
  const first = commands.find((c) => c.trim() !== '' && !c.trim().startsWith('#'))?.trim()
  const m = first ? /^set\s+(.+)$/.exec(first) : null
  if (!m?.[1]) return false
  const words = m[1].split(/\s+/)
  const letters = new Set<string>()
  const options = new Set<string>()
  words.forEach((w, i) => {
    if (/^-[A-Za-z]+$/.test(w)) for (const l of w.slice(1)) letters.add(l)
    if (w.startsWith('-') && w.endsWith('o') && words[i + 1]) options.add(words[i + 1] ?? '')
  })
  return (
    (letters.has('e') || options.has('errexit')) &&
    (letters.has('u') || options.has('nounset')) &&
    options.has('pipefail')
  )
}
