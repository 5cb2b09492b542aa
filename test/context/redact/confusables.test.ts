// Key names spelled with Cyrillic or Greek look-alike letters are matched like their ASCII form;
// the text keeps its letters, and only the secret after the key goes.
import { describe, expect, it } from '@jest/globals'
import { Redactor } from '../../../src/context/redact.js'
import { foldKeyNames, LATIN_LOOKALIKES } from '../../../src/context/redact/confusables.js'

describe('the look-alike table', () => {
  const entries = Object.entries(LATIN_LOOKALIKES)

  it('maps about fifty Cyrillic and Greek letters, each to one basic Latin letter', () => {
    expect(entries.length).toBeGreaterThanOrEqual(40)
    expect(entries.length).toBeLessThanOrEqual(60)
    for (const [from, to] of entries) {
      expect([from, /^[\p{Script=Cyrillic}\p{Script=Greek}]$/u.test(from)]).toEqual([from, true])
      expect([from, /^[A-Za-z]$/.test(to)]).toEqual([from, true])
      // Same case as the letter it looks like, so case-sensitive shapes (AKIA…) stay as they are.
      expect([from, from.toUpperCase() === from]).toEqual([from, to.toUpperCase() === to])
    }
  })

  it('holds letters NFKC keeps, so the normalized view still has them to fold', () => {
    for (const from of Object.keys(LATIN_LOOKALIKES)) expect(from.normalize('NFKC')).toBe(from)
  })
})

describe('foldKeyNames', () => {
  it('folds the look-alikes of a word that then names a key, offset for offset', () => {
    for (const [text, folded] of [
      ['p\u0430ssword=x', 'password=x'],
      ['DB_P\u0410SSW\u041eRD=x', 'DB_PASSWORD=x'],
      ['"\u0391PI_KEY": "x"', '"API_KEY": "x"'],
      ['x-\u0430pi-key: x', 'x-api-key: x'],
      ['\u03a4\u039f\u039a\u0395\u039d=x', 'TOKEN=x'],
      ['Set-C\u043e\u043ekie: a=b', 'Set-Cookie: a=b'],
      ['\u0391uthorization: B\u0435arer x', 'Authorization: Bearer x']
    ]) {
      expect(foldKeyNames(text ?? '')).toBe(folded)
      expect(foldKeyNames(text ?? '')).toHaveLength((text ?? '').length)
    }
  })

  it('leaves other words alone: prose, values, and look-alikes that name no key', () => {
    for (const text of [
      'plain ASCII password=x',
      'Ошибка входа: неверный пароль',
      'ТОКЕН: истёк',
      'Ο κωδικός πρόσβασης είναι λάθος',
      'password=\u0430\u0441\u0435 host=\u0441\u0435\u0440\u0432\u0435\u0440'
    ])
      expect(foldKeyNames(text)).toBe(text)
  })

  it('stays linear on a long run of look-alikes', () => {
    // Eight times the input may cost at most 32 times the time (quadratic: 64), whatever the
    // machine's load; under 10 ms counts as 10 ms. Speed itself is npm run bench's to measure.
    const timed = (n: number) => {
      const long = `${'\u0430\u0435\u043e'.repeat(n)} p\u0430ssword`
      const started = performance.now()
      expect(foldKeyNames(long).endsWith(' password')).toBe(true)
      return performance.now() - started
    }
    const small = timed(37_500)
    expect(timed(300_000)).toBeLessThan(32 * Math.max(small, 10))
  })
})

describe('redaction with look-alike key names', () => {
  it('replaces only the value: the key keeps its letters', () => {
    const r = new Redactor()
    expect(r.text('config p\u0430ssword=hunter2-correct-horse loaded')).toBe(
      'config p\u0430ssword=[REDACTED:password-assignment#1] loaded'
    )
    expect(r.text('\u0391PI_KEY: 6f1c0a9e3b7d4c2a8e5f')).toBe(
      '\u0391PI_KEY: [REDACTED:password-assignment#2]'
    )
  })

  it('takes a JSON field named with look-alikes for the secret field it looks like', () => {
    const r = new Redactor()
    expect(
      r.json({
        'p\u0430ssword': 'hunter2',
        '\u0391PI_KEY': 'abcdef',
        'aws_\u0455ecret_access_key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        '\u0410uthorization': 'Bearer abc.def',
        'p\u0430ssage': 'kept: names no key'
      })
    ).toEqual({
      'p\u0430ssword': '[REDACTED:password-assignment#1]',
      '\u0391PI_KEY': '[REDACTED:password-assignment#2]',
      'aws_\u0455ecret_access_key': '[REDACTED:aws-secret-key#1]',
      '\u0410uthorization': 'Bearer [REDACTED:bearer-token#1]',
      'p\u0430ssage': 'kept: names no key'
    })
  })

  it('is the same with fullwidth letters and zero-width characters mixed in', () => {
    const r = new Redactor()
    expect(r.text('ｐ\u0430ｓ\u200bｓｗｏｒｄ=s3cr3t-value')).toBe(
      'ｐ\u0430ｓ\u200bｓｗｏｒｄ=[REDACTED:password-assignment#1]'
    )
  })
})
