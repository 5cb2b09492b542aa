import { describe, expect, it } from '@jest/globals'
import {
  DEFAULT_SETTINGS,
  DetectorConfig,
  formatDuration,
  parseDetectorConfig,
  parseDuration,
  SettingsError
} from '../../src/detect/settings.js'

const fails = (raw: unknown): string => {
  try {
    parseDetectorConfig(raw)
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError)
    return (error as Error).message
  }
  throw new Error('expected a SettingsError')
}

describe('detector settings', () => {
  it('has safe defaults: 24h learning, 5m window over a 1h baseline, ≥ 20 lines and 5×, 30m cooldown', () => {
    const settings = new DetectorConfig().settingsFor('/any/group')
    expect(settings).toEqual({
      learningMs: 24 * 3_600_000,
      windowMs: 300_000,
      baselineMs: 3_600_000,
      burstFactor: 5,
      minCount: 20,
      cooldownMs: 1_800_000,
      newSeverities: ['fatal', 'error', 'warn'],
      newTemplateBudget: 10,
      burst: true
    })
    expect(parseDetectorConfig({}).settingsFor('x')).toEqual({ ...DEFAULT_SETTINGS })
  })

  it('reads durations with units, and writes them back', () => {
    expect(parseDuration('90s')).toBe(90_000)
    expect(parseDuration('1h30m')).toBe(5_400_000)
    expect(parseDuration('1d')).toBe(86_400_000)
    expect(parseDuration('250ms')).toBe(250)
    expect(parseDuration('5')).toBeUndefined()
    expect(parseDuration('5 minutes')).toBeUndefined()
    expect(formatDuration(5_400_000)).toBe('1h30m')
    expect(formatDuration(0)).toBe('0s')
  })

  it('resolves a log group by exact name, then the most specific glob, then the defaults', () => {
    const config = parseDetectorConfig({
      defaults: { minCount: 30 },
      groups: {
        '/aws/lambda/*': { minCount: 40 },
        '/aws/lambda/payments-*': { minCount: 50, window: '10m' },
        '/aws/lambda/payments-api': { newSeverities: ['fatal'] }
      }
    })
    expect(config.settingsFor('/ecs/web').minCount).toBe(30)
    expect(config.settingsFor('/aws/lambda/orders').minCount).toBe(40)
    expect(config.settingsFor('/aws/lambda/payments-batch')).toMatchObject({
      minCount: 50,
      windowMs: 600_000,
      cooldownMs: 1_800_000
    })
    // An exact name's settings are over the defaults, not over a glob that also matches.
    expect(config.settingsFor('/aws/lambda/payments-api')).toMatchObject({
      minCount: 30,
      newSeverities: ['fatal']
    })
  })

  it('accepts severity names in any case and the usual synonyms', () => {
    const config = parseDetectorConfig({
      defaults: { newSeverities: ['ERROR', 'Warning', 'critical'] }
    })
    expect(config.defaults.newSeverities).toEqual(['error', 'warn', 'fatal'])
  })

  it('names the field and what to write instead on every error', () => {
    expect(fails({ defaults: { windw: '5m' } })).toBe(
      'defaults: unknown setting `windw`; did you mean `window`?; settings are learning, window, baseline, burstFactor, minCount, cooldown, newSeverities, newTemplateBudget, burst'
    )
    expect(fails({ defaults: { window: 5 } })).toMatch(
      /^defaults\.window: 5 is not a duration; write a number and a unit, such as 30s, 5m/
    )
    expect(fails({ defaults: { window: '90s' } })).toMatch(
      /^defaults\.window: 1m30s is not a whole number of minutes; .* such as 5m$/
    )
    expect(fails({ groups: { '/a/*': { baseline: '2m' } } })).toMatch(
      /^groups\["\/a\/\*"\]\.baseline: 2m is shorter than the window \(5m\)/
    )
    expect(fails({ defaults: { baseline: '2d' } })).toMatch(/longer than 24h/)
    expect(fails({ defaults: { cooldown: '1m' } })).toMatch(/^defaults\.cooldown: 1m is shorter/)
    expect(fails({ defaults: { minCount: 2.5 } })).toBe(
      'defaults.minCount: 2.5 is not a whole number ≥ 1'
    )
    expect(fails({ defaults: { burstFactor: 0.5 } })).toMatch(
      /^defaults\.burstFactor: 0\.5 is not a number ≥ 1/
    )
    expect(fails({ defaults: { newSeverities: ['info'] } })).toMatch(
      /"info" lines are never new-template anomalies .*; use fatal, error and\/or warn/
    )
    expect(fails({ defaults: { newSeverities: 'error' } })).toMatch(/is not a list; write e\.g\./)
    expect(fails({ defaults: { burst: 'yes' } })).toBe('defaults.burst: "yes" is not true or false')
    expect(fails({ groups: [] })).toMatch(/^groups must be an object of log group name or glob/)
    expect(fails({ groups: { '': {} } })).toMatch(/an empty log group name/)
    expect(fails({ default: {} })).toMatch(/unknown field `default`.*did you mean `defaults`/)
    expect(fails(null)).toMatch(/must be an object with `defaults` and `groups`, not null/)
  })

  it('checks a group override merged with the defaults it changes', () => {
    // Fine alone, but the defaults' window is 10m here.
    expect(() =>
      parseDetectorConfig({ defaults: { window: '10m' }, groups: { g: { cooldown: '5m' } } })
    ).toThrow(/groups\["g"\]\.cooldown: 5m is shorter than the window \(10m\)/)
  })
})
