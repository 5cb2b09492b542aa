// What the log anomaly detector counts as an anomaly, per log group: the settings, their
// defaults, and the one parser that turns a user's configuration (JSON, or the CLI's flags) into
// checked settings. Every error names the field and says what to write instead.
import type { Severity } from '../context/severity.js'
import { didYouMean } from '../util/suggest.js'

export interface DetectionSettings {
  /**
   * How long after the log group's first line (as the detector first saw it) nothing is
   * reported: templates seen in this time are the group's normal. Default 24 h.
   */
  learningMs: number
  /** The burst window, and the window a new template's count covers. Whole minutes. 5 min. */
  windowMs: number
  /** The time before the window whose mean per window is the baseline. Whole minutes. 60 min. */
  baselineMs: number
  /** A burst is at least this many times the baseline mean per window. Default 5. */
  burstFactor: number
  /** ... and at least this many lines in the window. Default 20. */
  minCount: number
  /** One anomaly per (log group, template, kind) per cooldown window at most. Default 30 min. */
  cooldownMs: number
  /** Severities whose templates are reported when new. Default fatal, error and warn. */
  newSeverities: readonly NewSeverity[]
  /**
   * New-template anomalies per log group per cooldown window at most; the rest are counted as
   * suppressed. Bounds a deployment that brings many new messages, and a template whose key
   * splits (docs/detection.md). Default 10.
   */
  newTemplateBudget: number
  /** Report bursts. Default true. */
  burst: boolean
}

/** Only these can be new-template anomalies: info lines change too often to page anyone. */
export type NewSeverity = Exclude<Severity, 'info'>

const MINUTE = 60_000

export const DEFAULT_SETTINGS: Readonly<DetectionSettings> = Object.freeze({
  learningMs: 24 * 60 * MINUTE,
  windowMs: 5 * MINUTE,
  baselineMs: 60 * MINUTE,
  burstFactor: 5,
  minCount: 20,
  cooldownMs: 30 * MINUTE,
  newSeverities: Object.freeze(['fatal', 'error', 'warn'] as const),
  newTemplateBudget: 10,
  burst: true
})

/** Settings as a user writes them: durations as text (`5m`, `24h`, `1h30m`). */
export interface RawSettings {
  learning?: string
  window?: string
  baseline?: string
  burstFactor?: number
  minCount?: number
  cooldown?: string
  newSeverities?: string[]
  newTemplateBudget?: number
  burst?: boolean
}

/**
 * The detector's configuration as a user writes it. `groups` maps a log group name, or a glob
 * (`*` any run of characters, `/` included; `?` one character), to the settings that differ
 * from `defaults` for it.
 */
export interface RawConfig {
  defaults?: RawSettings
  groups?: Record<string, RawSettings>
}

interface GroupRule {
  pattern: string
  regex: RegExp | undefined
  /** Literal characters: a more specific glob wins. */
  specificity: number
  settings: DetectionSettings
}

/** Checked settings: `settingsFor` answers for any log group. */
export class DetectorConfig {
  private readonly exact = new Map<string, DetectionSettings>()
  private readonly globs: GroupRule[] = []

  constructor(
    readonly defaults: DetectionSettings = { ...DEFAULT_SETTINGS },
    groups: readonly { pattern: string; settings: DetectionSettings }[] = []
  ) {
    for (const { pattern, settings } of groups) {
      if (!/[*?]/.test(pattern)) this.exact.set(pattern, settings)
      else
        this.globs.push({
          pattern,
          regex: globRegex(pattern),
          specificity: pattern.replace(/[*?]/g, '').length,
          settings
        })
    }
    // Most specific first; ties keep the order they were written in (sort is stable).
    this.globs.sort((a, b) => b.specificity - a.specificity)
  }

  /** The settings for a log group: its exact name, else the most specific glob, else defaults. */
  settingsFor(group: string): DetectionSettings {
    const exact = this.exact.get(group)
    if (exact !== undefined) return exact
    for (const rule of this.globs) if (rule.regex?.test(group)) return rule.settings
    return this.defaults
  }
}

function globRegex(glob: string): RegExp {
  const source = glob
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.+()[\]{}|]/g, '\\$&')))
    .join('')
  return new RegExp(`^${source}$`, 's')
}

/** A configuration error: the message names the field and what to write instead. */
export class SettingsError extends Error {
  override readonly name = 'SettingsError'
}

const UNIT_MS: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1000,
  m: MINUTE,
  h: 60 * MINUTE,
  d: 1440 * MINUTE
}
const DURATION = /^(?:\d+(?:ms|s|m|h|d))+$/

/** Milliseconds in a duration such as `90s`, `5m`, `1h30m` or `7d`; undefined when not one. */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim()
  if (!DURATION.test(trimmed)) return undefined
  let ms = 0
  for (const [, count = '', unit = ''] of trimmed.matchAll(/(\d+)(ms|s|m|h|d)/g))
    ms += Number(count) * (UNIT_MS[unit] ?? Number.NaN)
  return Number.isSafeInteger(ms) ? ms : undefined
}

/** `90000` → `1m30s`; `0` → `0s`. */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s'
  let rest = ms
  let out = ''
  for (const unit of ['d', 'h', 'm', 's', 'ms'] as const) {
    const size = UNIT_MS[unit] ?? 1
    const n = Math.floor(rest / size)
    if (n > 0) out += `${n}${unit}`
    rest -= n * size
  }
  return out
}

const FIELDS: readonly (keyof RawSettings)[] = [
  'learning',
  'window',
  'baseline',
  'burstFactor',
  'minCount',
  'cooldown',
  'newSeverities',
  'newTemplateBudget',
  'burst'
]

const SEVERITY_NAMES: Readonly<Record<string, NewSeverity>> = {
  fatal: 'fatal',
  critical: 'fatal',
  error: 'error',
  err: 'error',
  warn: 'warn',
  warning: 'warn'
}

const MAX_BASELINE_MS = 24 * 60 * MINUTE

export interface ParseOptions {
  /** How a field is named in errors, e.g. `--min-count` for the CLI. Default `path.field`. */
  label?: (path: string, field: keyof RawSettings) => string
}

/** Checks a configuration (parsed JSON, or built from flags); throws SettingsError. */
export function parseDetectorConfig(raw: unknown, options: ParseOptions = {}): DetectorConfig {
  const label =
    options.label ?? ((path: string, field: string) => (path === '' ? field : `${path}.${field}`))
  const top = record(raw, 'the detector configuration', 'an object with `defaults` and `groups`')
  for (const key of Object.keys(top))
    if (key !== 'defaults' && key !== 'groups')
      throw new SettingsError(
        `unknown field \`${key}\` in the detector configuration${didYouMean(key, ['defaults', 'groups'])}; it has \`defaults\` and \`groups\``
      )
  const defaults = parseSettings(top.defaults ?? {}, DEFAULT_SETTINGS, 'defaults', label)
  const groups: { pattern: string; settings: DetectionSettings }[] = []
  const rawGroups = record(
    top.groups ?? {},
    'groups',
    'an object of log group name or glob → settings'
  )
  for (const [pattern, value] of Object.entries(rawGroups)) {
    if (pattern.trim() === '')
      throw new SettingsError(
        'groups: an empty log group name; use the name (`/aws/lambda/payments`) or a glob (`/aws/lambda/*`)'
      )
    groups.push({
      pattern,
      settings: parseSettings(value, defaults, `groups[${JSON.stringify(pattern)}]`, label)
    })
  }
  return new DetectorConfig(defaults, groups)
}

function record(value: unknown, where: string, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new SettingsError(`${where} must be ${what}, not ${describe(value)}`)
  return value as Record<string, unknown>
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value === undefined) return 'nothing'
  return 'an object'
}

/** One settings object over `base`: only the fields it sets change. */
function parseSettings(
  value: unknown,
  base: DetectionSettings,
  path: string,
  label: (path: string, field: keyof RawSettings) => string
): DetectionSettings {
  const raw = record(value, path, 'an object of settings')
  const out: DetectionSettings = { ...base, newSeverities: [...base.newSeverities] }
  for (const key of Object.keys(raw))
    if (!(FIELDS as readonly string[]).includes(key))
      throw new SettingsError(
        `${path}: unknown setting \`${key}\`${didYouMean(key, FIELDS)}; settings are ${FIELDS.join(', ')}`
      )
  const field = (name: keyof RawSettings): unknown => raw[name]
  const name = (f: keyof RawSettings): string => label(path, f)

  const duration = (f: 'learning' | 'window' | 'baseline' | 'cooldown'): number | undefined => {
    const v = field(f)
    if (v === undefined) return undefined
    const ms = typeof v === 'string' ? parseDuration(v) : undefined
    if (ms === undefined)
      throw new SettingsError(
        `${name(f)}: ${describe(v)} is not a duration; write a number and a unit, such as 30s, 5m, 1h30m or 1d`
      )
    return ms
  }
  const wholeMinutes = (f: 'window' | 'baseline', ms: number): void => {
    if (ms < MINUTE || ms % MINUTE !== 0)
      throw new SettingsError(
        `${name(f)}: ${formatDuration(ms)} is not a whole number of minutes; counts are kept per minute, so use 1m or more in whole minutes, such as 5m`
      )
  }
  const integer = (f: 'minCount' | 'newTemplateBudget', min: number): number | undefined => {
    const v = field(f)
    if (v === undefined) return undefined
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min)
      throw new SettingsError(`${name(f)}: ${describe(v)} is not a whole number ≥ ${min}`)
    return v
  }

  const learning = duration('learning')
  if (learning !== undefined) out.learningMs = learning
  const window = duration('window')
  if (window !== undefined) {
    wholeMinutes('window', window)
    out.windowMs = window
  }
  const baseline = duration('baseline')
  if (baseline !== undefined) {
    wholeMinutes('baseline', baseline)
    if (baseline > MAX_BASELINE_MS)
      throw new SettingsError(
        `${name('baseline')}: ${formatDuration(baseline)} is longer than 24h; one query reads every minute of it, so keep it to 24h or less`
      )
    out.baselineMs = baseline
  }
  const cooldown = duration('cooldown')
  if (cooldown !== undefined) out.cooldownMs = cooldown

  const factor = field('burstFactor')
  if (factor !== undefined) {
    if (typeof factor !== 'number' || !Number.isFinite(factor) || factor < 1)
      throw new SettingsError(
        `${name('burstFactor')}: ${describe(factor)} is not a number ≥ 1 (how many times the baseline a burst is, e.g. 5)`
      )
    out.burstFactor = factor
  }
  const minCount = integer('minCount', 1)
  if (minCount !== undefined) out.minCount = minCount
  const budget = integer('newTemplateBudget', 1)
  if (budget !== undefined) out.newTemplateBudget = budget
  const burst = field('burst')
  if (burst !== undefined) {
    if (typeof burst !== 'boolean')
      throw new SettingsError(`${name('burst')}: ${describe(burst)} is not true or false`)
    out.burst = burst
  }
  const severities = field('newSeverities')
  if (severities !== undefined) {
    if (!Array.isArray(severities))
      throw new SettingsError(
        `${name('newSeverities')}: ${describe(severities)} is not a list; write e.g. ["fatal", "error"], or [] to report no new templates`
      )
    const list: NewSeverity[] = []
    for (const s of severities as unknown[]) {
      const text = typeof s === 'string' ? s.toLowerCase() : ''
      const severity = SEVERITY_NAMES[text]
      if (severity === undefined)
        throw new SettingsError(
          text === 'info' || text === 'debug' || text === 'notice'
            ? `${name('newSeverities')}: ${describe(s)} lines are never new-template anomalies (new ones appear all the time); use fatal, error and/or warn`
            : `${name('newSeverities')}: ${describe(s)} is not a severity; use fatal, error and/or warn`
        )
      if (!list.includes(severity)) list.push(severity)
    }
    out.newSeverities = list
  }

  // Checks across fields, on the merged result: an override can break what defaults allow.
  if (out.baselineMs < out.windowMs)
    throw new SettingsError(
      `${name('baseline')}: ${formatDuration(out.baselineMs)} is shorter than the window (${formatDuration(out.windowMs)}); the baseline is the mean over several windows before it, so make it at least the window, such as 60m`
    )
  if (out.cooldownMs < out.windowMs)
    throw new SettingsError(
      `${name('cooldown')}: ${formatDuration(out.cooldownMs)} is shorter than the window (${formatDuration(out.windowMs)}), so one burst would be reported again and again; make it at least the window, such as 30m`
    )
  return out
}
