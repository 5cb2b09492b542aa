// Key names spelled with look-alike letters: `pаssword` with a Cyrillic `а` (U+0430) or `ΑPI_KEY`
// with a Greek Alpha renders as its ASCII form, so a pattern that knows `password=` must see it
// as one. Unicode's confusables data (UTS #39, confusables.txt) covers thousands of characters
// across every script; this is the hand-picked part of it that matters here: the Cyrillic and
// Greek letters whose confusables.txt prototype is a single basic Latin letter and which render
// as that letter in common fonts, about fifty of them. The rest of the data would only add
// characters no key name is spelled with (NFKC already takes fullwidth, mathematical and other
// compatibility forms to ASCII; see view.ts), at the cost of a big generated table.
//
// Only key names are folded: a word changes only when, folded, it names a key the patterns know
// (`password`, `api_key`, `Authorization`, …). Values, and prose in Greek or Cyrillic, stay as
// they are. The fold maps one UTF-16 unit to one, so offsets in the folded text are offsets in
// the text it was folded from, and what a pattern finds is replaced where it stands in the
// original: the issue keeps the look-alike letters, only the secret after them goes.
import { SECRET_KEY } from './rules.js'

/** Cyrillic and Greek letters that look like a basic Latin letter, and that letter. */
export const LATIN_LOOKALIKES: Readonly<Record<string, string>> = {
  // Cyrillic capitals
  '\u0410': 'A', // А
  '\u0412': 'B', // В
  '\u0415': 'E', // Е
  '\u041a': 'K', // К
  '\u041c': 'M', // М
  '\u041d': 'H', // Н
  '\u041e': 'O', // О
  '\u0420': 'P', // Р
  '\u0421': 'C', // С
  '\u0422': 'T', // Т
  '\u0423': 'Y', // У
  '\u0425': 'X', // Х
  '\u0405': 'S', // Ѕ (dze)
  '\u0406': 'I', // І (Ukrainian i)
  '\u0408': 'J', // Ј (je)
  '\u04ae': 'Y', // Ү (straight u)
  '\u04c0': 'I', // Ӏ (palochka)
  '\u051a': 'Q', // Ԛ (qa)
  '\u051c': 'W', // Ԝ (we)
  // Cyrillic small letters
  '\u0430': 'a', // а
  '\u0435': 'e', // е
  '\u043e': 'o', // о
  '\u0440': 'p', // р
  '\u0441': 'c', // с
  '\u0443': 'y', // у
  '\u0445': 'x', // х
  '\u0455': 's', // ѕ (dze)
  '\u0456': 'i', // і (Ukrainian i)
  '\u0458': 'j', // ј (je)
  '\u04bb': 'h', // һ (shha)
  '\u04cf': 'l', // ӏ (small palochka)
  '\u0501': 'd', // ԁ (komi de)
  '\u051b': 'q', // ԛ (qa)
  '\u051d': 'w', // ԝ (we)
  // Greek capitals
  '\u0391': 'A', // Α
  '\u0392': 'B', // Β
  '\u0395': 'E', // Ε
  '\u0396': 'Z', // Ζ
  '\u0397': 'H', // Η
  '\u0399': 'I', // Ι
  '\u039a': 'K', // Κ
  '\u039c': 'M', // Μ
  '\u039d': 'N', // Ν
  '\u039f': 'O', // Ο
  '\u03a1': 'P', // Ρ
  '\u03a4': 'T', // Τ
  '\u03a5': 'Y', // Υ
  '\u03a7': 'X', // Χ
  '\u037f': 'J', // Ϳ (yot)
  // Greek small letters
  '\u03b1': 'a', // α
  '\u03b3': 'y', // γ
  '\u03b9': 'i', // ι
  '\u03bd': 'v', // ν
  '\u03bf': 'o', // ο
  '\u03c1': 'p', // ρ
  '\u03c5': 'u', // υ
  '\u03f3': 'j' // ϳ (yot)
}

const LOOKALIKE_CLASS = `[${Object.keys(LATIN_LOOKALIKES).join('')}]`
const HAS_LOOKALIKE = new RegExp(LOOKALIKE_CLASS)
const LOOKALIKES = new RegExp(LOOKALIKE_CLASS, 'g')
/** What a key name is made of: letters (with their marks), digits, `_`, `.` and `-`. */
const KEY_CHAR = /^[\p{L}\p{M}\p{N}_.-]$/u
/**
 * The words that make a key name for some pattern (rules.ts): the labels of assignments and JSON
 * fields, and the headers, schemes and options that announce a credential.
 */
const KEY_WORD = new RegExp(
  `${SECRET_KEY}|auth|cookie|bearer|basic|session|security|secret|user|sig|datadog|sshpass`,
  'i'
)

/** KEY_CHAR by UTF-16 unit, filled in as units are met: 0 not yet known, 1 yes, 2 no. */
const keyChars = new Uint8Array(65_536)

function isKeyChar(text: string, i: number): boolean {
  const unit = text.charCodeAt(i)
  let known = keyChars[unit] ?? 2
  if (known === 0) {
    known = KEY_CHAR.test(text.charAt(i)) ? 1 : 2
    keyChars[unit] = known
  }
  return known === 1
}

/**
 * `text` with the Latin look-alikes in each word that, folded, names a key replaced by the letters
 * they look like; the same length as `text`, offset for offset. Linear: each word is folded once.
 */
export function foldKeyNames(text: string): string {
  if (!HAS_LOOKALIKE.test(text)) return text
  const find = new RegExp(LOOKALIKE_CLASS, 'g')
  let out = ''
  let last = 0
  for (let m = find.exec(text); m !== null; m = find.exec(text)) {
    let start = m.index
    while (start > last && isKeyChar(text, start - 1)) start--
    let end = m.index + 1
    while (end < text.length && isKeyChar(text, end)) end++
    find.lastIndex = end
    const folded = text.slice(start, end).replace(LOOKALIKES, (c) => LATIN_LOOKALIKES[c] ?? c)
    if (!KEY_WORD.test(folded)) continue
    out += text.slice(last, start) + folded
    last = end
  }
  return last === 0 ? text : out + text.slice(last)
}
