// How GitHub would show a comment, for tests of untrusted text: a CommonMark renderer configured
// like GitHub (raw HTML allowed through, autolinks on), and what in its output could link, load
// or notify.
import MarkdownIt from 'markdown-it'

export const md = new MarkdownIt({ html: true, linkify: true })

/** Text GitHub would show, outside code, with the tags that could link, load or notify. */
export function risky(html: string): string[] {
  const outsideCode = html.replace(/<code[^>]*>[\s\S]*?<\/code>/g, '')
  const found: string[] = []
  for (const m of outsideCode.matchAll(/<(img|script|iframe|a)\b[^>]*>/g)) found.push(m[0])
  // @-mentions and #-references GitHub links: @ or # directly followed by a name or number, and
  // GitHub's `GH-12` references (markdown-it links none of them; GitHub does).
  for (const m of outsideCode.matchAll(/(^|[^\w])([@#][A-Za-z0-9][\w/-]*)/g)) found.push(m[2] ?? '')
  for (const m of outsideCode.matchAll(/\bGH-\d+|[\w.-]+\/[\w.-]+#\d+/g)) found.push(m[0])
  return found
}
