// The secret corpus (test/fixtures/secrets): every secret in it is gone after redaction, however
// it reaches the redactor (log events of a stream, one text, JSON fields, a console link), and
// the look-alikes in false-positives.ts come out unchanged.
import { describe, expect, it } from '@jest/globals'
import { Redactor } from '../../src/context/redact.js'
import {
  encodings,
  SECRET_CORPUS,
  SINGLE_LINES,
  type SecretCase
} from '../fixtures/secrets/corpus.js'
import { Fake, BASE64 } from '../fixtures/secrets/fake.js'
import { FALSE_POSITIVES, KEPT_AFTER_TRUNCATED_KEY } from '../fixtures/secrets/false-positives.js'

/** The secrets of `c` (in every encoding they may take) that `text` still holds. */
const survivors = (c: SecretCase, text: string): string[] =>
  c.secrets.filter((s) => encodings(s).some((e) => text.includes(e)))

const asEvents = (lines: readonly string[], stream?: string) =>
  lines.map((message) => ({ message, ...(stream ? { stream } : {}) }))

describe('the corpus', () => {
  it('covers every class, with the classes that leaked before among them', () => {
    const classes = new Set(SECRET_CORPUS.map((c) => c.class))
    for (const cls of [
      'private-key-split',
      'password-short-label',
      'cli-password',
      'cookie-session',
      'docker-auth',
      'basic-credentials',
      'curl-user',
      'url-encoded',
      'azure-storage-key',
      'unicode-key-name',
      'aws-secret-key-bare',
      'github-fine-grained',
      'private-key',
      'aws-access-key',
      'aws-secret-key',
      'aws-session-token',
      'github-token',
      'jwt',
      'bearer-token',
      'connection-string',
      'url-password',
      'api-key',
      'password-assignment'
    ] as const)
      expect(classes).toContain(cls)
    expect(SECRET_CORPUS.length).toBeGreaterThanOrEqual(60)
    expect(SECRET_CORPUS.filter((c) => c.leaked).length).toBeGreaterThanOrEqual(45)
  })

  it.each(SECRET_CORPUS.map((c) => [c.id, c] as const))(
    '%s: no secret survives as log events of one stream',
    (_id, c) => {
      const r = new Redactor()
      const out = r
        .events(asEvents(c.events, 'app/i-0abc'))
        .map((e) => e.message)
        .join('\n')
      expect(survivors(c, out)).toEqual([])
      expect(out).toMatch(/\[REDACTED:[a-z0-9-]+#\d+\]|%5BREDACTED%3A/)
    }
  )

  it.each(SECRET_CORPUS.map((c) => [c.id, c] as const))(
    '%s: no secret survives as one text, or as a JSON string',
    (_id, c) => {
      const text = c.events.join('\n')
      expect(survivors(c, new Redactor().text(text))).toEqual([])
      expect(survivors(c, JSON.stringify(new Redactor().json({ log: text })))).toEqual([])
    }
  )

  it('leaves nothing when every case is in one alarm description, or one stream', () => {
    const r = new Redactor()
    const description = SECRET_CORPUS.map((c) => c.events.join('\n')).join('\n')
    const out = r.text(description)
    for (const c of SECRET_CORPUS) expect([c.id, survivors(c, out)]).toEqual([c.id, []])
    const events = SECRET_CORPUS.flatMap((c) => [...c.events, `INFO after ${c.id}`])
    const logged = r
      .events(asEvents(events, 'app/i-0abc'))
      .map((e) => e.message)
      .join('\n')
    for (const c of SECRET_CORPUS) expect([c.id, survivors(c, logged)]).toEqual([c.id, []])
    // The lines between the cases are kept, but for the one after a key without its END line:
    // that key runs to the next END line, which ends the key after it.
    for (const c of SECRET_CORPUS)
      if (c.id !== 'pem-ec-without-end') expect(logged).toContain(`INFO after ${c.id}`)
  })

  it('redacts each line the same way whether it comes alone or with the others', () => {
    const r = new Redactor()
    const together = r.text(SINGLE_LINES.join('\n')).split('\n')
    const alone = SINGLE_LINES.map((l) => r.text(l))
    expect(together).toEqual(alone.join('\n').split('\n'))
  })

  it('leaves nothing in a console link built from an alarm name holding the secrets', () => {
    const r = new Redactor()
    for (const line of SINGLE_LINES) {
      const url = `https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#alarmsV2:alarm/${encodeURIComponent(line)}`
      const out = r.text(url)
      const c = SECRET_CORPUS.find((x) => x.events[0] === line)
      if (c) expect([c.id, survivors(c, out)]).toEqual([c.id, []])
      // Still one well-formed URL: the placeholder is encoded like the name around it.
      expect(out).toMatch(/^https:\/\/eu-west-1\.console\.aws\.amazon\.com\/[^\s#]*#[^\s#]*$/)
    }
  })
})

describe('look-alikes', () => {
  it.each(FALSE_POSITIVES.filter((c) => c.id !== 'lines-after-a-truncated-key'))(
    '$id is kept',
    ({ events }) => {
      const r = new Redactor()
      expect(r.events(asEvents(events)).map((e) => e.message)).toEqual(events)
      expect(r.text(events.join('\n'))).toBe(events.join('\n'))
      expect(r.report()).toEqual({})
    }
  )

  it('a truncated key takes its own lines, not the log lines after it', () => {
    const c = FALSE_POSITIVES.find((x) => x.id === 'lines-after-a-truncated-key')
    const out = new Redactor().events(asEvents(c?.events ?? [])).map((e) => e.message)
    expect(out).toEqual(['[REDACTED:private-key#1]', ...KEPT_AFTER_TRUNCATED_KEY])
  })

  it('random AWS secret keys are taken for keys; a seeded sample of 5,000', () => {
    const f = new Fake(99)
    const r = new Redactor()
    let kept = 0
    for (let i = 0; i < 5_000; i++) {
      const key = f.chars(BASE64, 40)
      if (r.text(`value ${key} used`).includes(key)) kept++
    }
    // About 1 in 14,000 random keys reads as words or text and is kept.
    expect(kept).toBeLessThanOrEqual(1)
  })
})
