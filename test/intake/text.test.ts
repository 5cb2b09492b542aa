// Cutting untrusted text before the run's redactor sees it: a cap never leaves part of a secret
// that no pattern would know (half a token, a key without the rest of its shape).
import { describe, expect, it } from '@jest/globals'
import { cutOutsideSecrets, Redactor } from '../../src/context/redact.js'
import { facts, oneLine } from '../../src/intake/text.js'
import { BASE62, Fake } from '../fixtures/secrets/fake.js'

const f = new Fake(31_337)
const GHP = f.githubClassic()
const AWS_SECRET = f.awsSecretKey()
const PASSWORD = f.password(20)
const AKIA = f.awsAccessKeyId()
const NPM = `npm_${f.chars(BASE62, 36)}`

/** `before` and `secret`, placed so that the cut at `max` falls `into` characters inside it. */
const straddling = (before: string, secret: string, max: number, into: number): string =>
  `${'-'.repeat(max - into - before.length - 1)} ${before}${secret} and more text after it`

/** The text as the incident carries it: cut, then redacted by the run's redactor. */
const shown = (text: string, max: number): string => new Redactor().text(oneLine(text, max))

describe('oneLine', () => {
  it('cuts at `max` code points when no secret is in the way, as before', () => {
    expect(oneLine(`a\u0000b\r\nc ${'x'.repeat(300)}`, 20)).toBe(`a b c ${'x'.repeat(14)}`)
    expect(Array.from(oneLine('😀'.repeat(300), 256))).toHaveLength(256)
    expect(oneLine('short', 256)).toBe('short')
  })

  it.each([
    ['a classic GitHub token', 'deploy with ', GHP, 20],
    ['a bare AWS secret access key', 'key ', AWS_SECRET, 20],
    ['an access key id', 'id ', AKIA, 10],
    ['an npm token', 'token for the registry: ', NPM, 12]
  ])('never leaves a prefix of %s that no pattern knows', (_what, before, secret, into) => {
    for (const max of [64, 200, 256]) {
      const text = straddling(before, secret, max, into)
      const cut = oneLine(text, max)
      expect(Array.from(cut).length).toBeLessThanOrEqual(max)
      // A plain cut would leave the prefix for anyone to read: no pattern knows it.
      expect(new Redactor().text(text.slice(0, max))).toContain(secret.slice(0, into))
      expect(shown(text, max)).not.toContain(secret.slice(0, 6))
      // The text before the secret is kept.
      expect(cut).toBe(text.slice(0, max - into).trimEnd())
    }
  })

  it('cuts before a labelled AWS secret access key, or leaves a part the label still redacts', () => {
    for (const into of [5, 17, 39]) {
      const text = straddling('aws_secret_access_key=', AWS_SECRET, 200, into)
      expect(shown(text, 200)).not.toContain(AWS_SECRET.slice(0, 5))
    }
  })

  it('keeps a labelled value redactable: a password cut short is still a password', () => {
    const text = straddling('db password=', PASSWORD, 200, 8)
    expect(shown(text, 200)).toMatch(/password=(?:\[REDACTED:password-assignment#1\])?$/)
    expect(shown(text, 200)).not.toContain(PASSWORD.slice(0, 6))
  })

  it("keeps a URL's password from losing the `@` or the host that make it one", () => {
    const pw = f.chars(BASE62, 16)
    const cases: [string, string, number][] = [
      ['proxy https://svc:', `${pw}@proxy.internal:3128/`, pw.length - 3],
      ['proxy https://svc:', `${pw}@proxy.internal:3128/`, pw.length],
      ['DATABASE_URL=app:', `${pw}@db.internal:5432/app`, pw.length],
      ['DATABASE_URL=app:', `${pw}@db.internal:5432/app`, pw.length + 1]
    ]
    for (const [before, secret, into] of cases) {
      const text = straddling(before, secret, 120, into)
      // Cut there, the password no longer looks like one.
      expect(new Redactor().text(text.slice(0, 120))).toContain(pw.slice(0, into))
      expect(shown(text, 120)).not.toContain(pw.slice(0, 6))
    }
  })

  it('moves the cut back once per secret in the way, and never past the text', () => {
    const text = `${GHP} ${GHP.replace('ghp_', 'gho_')}`
    expect(oneLine(text, 50)).toBe(GHP)
    expect(cutOutsideSecrets(text, text.length + 10)).toBe(text.length)
    expect(cutOutsideSecrets(GHP, 10)).toBe(0)
    expect(oneLine(GHP, 10)).toBe('')
  })

  it('caps facts at 200 code points the same way', () => {
    const reason = straddling('CannotPullContainerError: auth with ', GHP, 200, 10)
    const out = facts([['stoppedReason', reason]])?.stoppedReason ?? ''
    expect(out).toBe(reason.slice(0, 190).trimEnd())
    expect(out).toMatch(/auth with$/)
  })
})
