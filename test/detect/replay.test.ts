import { describe, expect, it } from '@jest/globals'
import { Readable } from 'node:stream'
import { replay } from '../../src/detect/replay.js'
import { parseDetectorConfig } from '../../src/detect/settings.js'
import { TimestampReader } from '../../src/detect/timestamps.js'

describe('leading timestamps', () => {
  const reader = (): TimestampReader => new TimestampReader(2024)

  it('reads ISO 8601 / RFC 3339, with or without an offset (none is UTC)', () => {
    const r = reader()
    expect(r.read('2024-05-01T10:00:00Z ERROR x')?.time).toBe(Date.UTC(2024, 4, 1, 10))
    expect(r.read('2024-05-01 10:00:00.123456 WARN y')?.time).toBe(
      Date.UTC(2024, 4, 1, 10, 0, 0, 123)
    )
    expect(r.read('2024-05-01T12:00:00+02:00 x')?.time).toBe(Date.UTC(2024, 4, 1, 10))
    expect(r.read('[2024-05-01T10:00:00,5Z] x')?.time).toBe(Date.UTC(2024, 4, 1, 10, 0, 0, 500))
    expect(r.read('2024-05-01T10:00:00Z x')).toMatchObject({
      kind: 'iso',
      message: '2024-05-01T10:00:00Z x'
    })
    expect(r.read('2024-13-01T10:00:00Z x')).toBeUndefined()
  })

  it('reads syslog stamps in the given year, and the next year after December', () => {
    const r = reader()
    expect(r.read('Dec 31 23:59:59 host app: x')?.time).toBe(Date.UTC(2024, 11, 31, 23, 59, 59))
    expect(r.read('Jan  1 00:00:01 host app: y')?.time).toBe(Date.UTC(2025, 0, 1, 0, 0, 1))
    expect(r.read('Foo  1 00:00:01 host')).toBeUndefined()
  })

  it('reads Loghub\u2019s epoch seconds and cuts its label from the message', () => {
    const line =
      'KERNDTLB 1118536327 2005.06.11 R30-M0-N9-C:J16-U01 2005-06-11-17.32.07.581048 R30-M0-N9-C:J16-U01 RAS KERNEL FATAL data TLB error interrupt'
    expect(reader().read(line)).toEqual({
      time: 1118536327000,
      message: line.slice('KERNDTLB '.length),
      kind: 'loghub',
      label: 'KERNDTLB'
    })
    expect(reader().read('- 1131566461 2005.11.09 dn228 Nov 9 12:01:01 x')?.label).toBe('-')
  })

  it('finds none in a line without one', () => {
    expect(reader().read('ERROR something happened')).toBeUndefined()
    expect(reader().read('')).toBeUndefined()
  })
})

describe('replay', () => {
  const config = parseDetectorConfig({ defaults: { learning: '10m' } })

  it('replays a stamped file; unstamped lines take the previous time', async () => {
    const lines = [
      '2024-05-01T10:00:00Z INFO boot',
      '2024-05-01T10:20:00Z ERROR kaboom in module 7',
      '\tat some.Frame(File.java:12)',
      '',
      '2024-05-01T10:21:00Z ERROR kaboom in module 9'
    ]
    const warnings: string[] = []
    const s = await replay(lines, {
      logGroup: 'app.log',
      year: 2024,
      config,
      onWarning: (w) => warnings.push(w)
    })
    expect(s).toMatchObject({
      lines: 4,
      timing: 'iso',
      first: Date.UTC(2024, 4, 1, 10),
      last: Date.UTC(2024, 4, 1, 10, 21)
    })
    expect(warnings).toEqual([])
    expect(s.anomalies.map((a) => [a.kind, a.template, a.count])).toEqual([
      ['new-template', '<*> ERROR kaboom in module <*>', 1]
    ])
  })

  it('times a file without timestamps by line order, one second apart, and says so once', async () => {
    const lines = [
      ...Array.from({ length: 700 }, (_, i) => `INFO tick ${i}`),
      'ERROR something new',
      'also no stamp'
    ]
    const warnings: string[] = []
    const s = await replay(lines, {
      logGroup: 'g',
      year: 2024,
      config,
      onWarning: (w) => warnings.push(w)
    })
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/no timestamp .* one second apart/)
    expect(s.timing).toBe('line-order')
    expect(s.last).toBe(701_000)
    expect(s.anomalies.map((a) => [a.kind, a.detectedAt])).toEqual([['new-template', 700_000]])
  })

  it('reads an async source of lines, CRLF endings included', async () => {
    const lines = Readable.from(['2024-05-01T10:00:00Z INFO a\r', '2024-05-01T10:30:00Z FATAL b\r'])
    const s = await replay(lines as AsyncIterable<string>, { logGroup: 'g', year: 2024, config })
    expect(s.anomalies.map((a) => a.examples[0]?.message)).toEqual(['2024-05-01T10:30:00Z FATAL b'])
  })
})
