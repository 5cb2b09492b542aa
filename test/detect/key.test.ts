import { describe, expect, it } from '@jest/globals'
import { detectSeverity } from '../../src/context/severity.js'
import { keyText, templateKey, TemplateKeys } from '../../src/detect/key.js'
import { prng } from '../../bench/logs.js'
import { detector, event, HOUR, record, T0 } from './helpers.js'

const key = (line: string): string => templateKey(line, detectSeverity(line))

describe('template key', () => {
  it('is one key for one logical template whatever its numbers, addresses and ids', () => {
    const lines = [
      'ERROR request 4f1c2a4e-93b1-4d0e-8a57-2c9f0e1b7d42 from 10.0.0.12:41234 failed after 3012 ms (attempt 1 of 3) on i-0abc123def4567890',
      'ERROR request 0b7e44d2-1f3a-4c55-9e0d-77aa1b2c3d4e from 192.168.7.201:80 failed after 12 ms (attempt 3 of 3) on i-0fedcba9876543210',
      'ERROR request 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d from 172.16.0.1:5000 failed after 7 ms (attempt 2 of 5) on i-01234567'
    ]
    expect(new Set(lines.map(key)).size).toBe(1)
    expect(keyText(lines[0] ?? '')).toBe(
      'ERROR request <*> from <*> failed after <*> ms (attempt <*> of <*> on <*>'
    )
  })

  it('wildcards tokens that keep a digit, paths, and a date\u2019s month and weekday', () => {
    expect(keyText('Nov  9 12:01:01 dn228 crond[2915]: session opened for user root')).toBe(
      '<*> crond[<NUM>]: session opened for user root'
    )
    expect(keyText('Mon Dec 04 10:00:00 2023 job R02-M1-N0 read /var/lib/app/data/x.db')).toBe(
      '<*> job <*> read <*>'
    )
    expect(keyText('WARN mail to alice@example.com bounced')).toBe('WARN mail to <*> bounced')
    expect(keyText('ERROR cannot reach db.internal:5432, retrying')).toBe(
      'ERROR cannot reach <*> retrying'
    )
    // A month name that is a word stays.
    expect(keyText('WARN may retry later')).toBe('WARN may retry later')
    expect(key('2024-01-31T23:59:59Z ERROR x')).toBe(key('2024-02-01T00:00:01Z ERROR x'))
  })

  it('splits compact JSON into its fields', () => {
    const a =
      '{"level":"error","time":"2024-05-01T10:00:00Z","msg":"payment declined","order_id":881}'
    const b =
      '{"level":"error","time":"2024-05-02T11:00:00Z","msg":"payment declined","order_id":42}'
    const c = '{"level":"error","time":"2024-05-02T11:00:00Z","msg":"card expired","order_id":42}'
    expect(key(a)).toBe(key(b))
    expect(key(a)).not.toBe(key(c))
  })

  it('reads the first line of a multi-line message only', () => {
    expect(key('ERROR boom\n\tat a.b(C.java:1)')).toBe(key('ERROR boom\n\tat x.y(Z.java:99)'))
  })

  it('tells severities and different messages apart', () => {
    expect(key('ERROR disk full')).not.toBe(key('WARN disk full'))
    expect(key('ERROR disk full')).not.toBe(key('ERROR disk gone'))
    expect(key('ERROR disk full')).toMatch(/^[0-9a-f]{16}$/)
  })

  it('splits a template whose variable part has no digit: one key per value (the known limit)', () => {
    // Drain would make this `Invalid user <*> from <*>` after two lines; the key cannot know
    // `admin` and `oracle` vary without seeing both, so they are two keys (docs/detection.md).
    expect(key('WARN Invalid user admin from 10.0.0.1')).not.toBe(
      key('WARN Invalid user oracle from 10.0.0.2')
    )
  })

  it('caches without changing the answer', () => {
    const keys = new TemplateKeys()
    const line = 'ERROR upstream 503 after 20 ms'
    expect(keys.of(line, 'error')).toEqual({ key: key(line), text: keyText(line) })
    expect(keys.of(line, 'error')).toEqual(keys.of(line, 'error'))
  })
})

describe('two containers, lines in different orders', () => {
  it('give the same keys and report the same new templates', async () => {
    const random = prng(3)
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T
    const shapes = [
      (i: number) => `ERROR timeout calling 10.0.${i % 7}.${i % 13}:8443 after ${i * 7} ms`,
      (i: number) => `WARN retry ${i % 3} of 3 for job ${i * 31}`,
      (i: number) => `ERROR user ${i} not found in table users_${i % 4}`,
      (i: number) => `FATAL worker ${i % 5} crashed with exit code ${i % 2}`
    ]
    const lines = Array.from({ length: 200 }, (_, i) => pick(shapes)(i))
    const reversed = [...lines].reverse()
    const run = async (order: string[]): Promise<string[]> => {
      const { detector: d, sink } = detector()
      await d.process([record([event(T0, 'INFO boot')])])
      await d.process([record(order.map((m, i) => event(T0 + 2 * HOUR + i, m)))])
      return sink.sent.map((a) => a.templateKey).sort()
    }
    const a = await run(lines)
    expect(a).toHaveLength(4)
    expect(await run(reversed)).toEqual(a)
    expect(lines.map(key).sort()).toEqual(reversed.map(key).sort())
  })
})
