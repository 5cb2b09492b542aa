import { describe, expect, it } from '@jest/globals'
import { detector, event, HOUR, MINUTE, record, spread, T0 } from './helpers.js'

// Test-only credentials, shaped like real ones so the redactor's patterns see them.
const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
const PASSWORD = 'hunter2-Correct-Horse'
const TOKEN = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789'

describe('anomalies carry no secret', () => {
  it('redacts the template, Drain\u2019s template and the examples of a new template', async () => {
    const { detector: d, sink } = detector()
    await d.process([record([event(T0, 'INFO boot')])])
    await d.process([
      record([
        event(T0 + 2 * HOUR, `ERROR login failed password=${PASSWORD} for admin`),
        event(T0 + 2 * HOUR + 1, `ERROR aws_secret_access_key=${AWS_SECRET} rejected`),
        event(T0 + 2 * HOUR + 2, `ERROR github rejected token ${TOKEN}`, `stream-${TOKEN}`)
      ])
    ])
    expect(sink.sent).toHaveLength(3)
    const text = JSON.stringify(sink.sent)
    for (const secret of [AWS_SECRET, PASSWORD, TOKEN, 'hunter2'])
      expect(text).not.toContain(secret)
    expect(text).toContain('[REDACTED:')
  })

  it('redacts the examples of a burst', async () => {
    const { detector: d, sink } = detector()
    const line = (i: number): string =>
      `WARN retrying https://svc:${PASSWORD}@db.internal/q attempt ${i}`
    await d.process([record(spread(12, T0, 2 * HOUR, line))])
    await d.process([record(spread(80, T0 + 2 * HOUR, MINUTE, line))])
    expect(sink.sent.map((a) => a.kind)).toEqual(['burst'])
    expect(JSON.stringify(sink.sent)).not.toContain('hunter2')
  })
})
