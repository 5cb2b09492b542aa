// Rendering without a network: Slack Block Kit and Jira ADF / wiki markup for every event, with
// hostile text that must never become a mention, a link, markup or a control character.
import { describe, expect, it } from '@jest/globals'
import { OUTCOME_PHRASES, type RemediateOutcome } from '../../src/notify/events.js'
import {
  incidentLabel,
  jiraComment,
  jiraDescription,
  jiraSummary,
  toAdf,
  toWiki,
  type AdfNode
} from '../../src/notify/jira.js'
import {
  issueLink,
  renderSlack,
  slackCode,
  slackText,
  slackUrl,
  type SlackMessage
} from '../../src/notify/slack.js'
import { clean, oneLine, truncate } from '../../src/notify/text.js'
import { adfProblem } from '../../harness/standins/notify/jira.js'
import { blocksProblem } from '../../harness/standins/notify/slack.js'
import {
  allEvents,
  approval,
  FP,
  hostileEvents,
  ISSUE,
  opened,
  recovered,
  result,
  RUN_URL
} from './fixtures.js'

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

/** Every mrkdwn string in a message: the fallback and each text object. */
function texts(message: SlackMessage): string[] {
  const out = [message.text]
  for (const block of message.blocks) {
    if ('text' in block) out.push(block.text.text)
    if ('fields' in block) out.push(...block.fields.map((f) => f.text))
    if ('elements' in block) out.push(...block.elements.map((e) => e.text))
  }
  return out
}

/** Links OpsLoop itself writes: to the GitHub issue and to the workflow run. */
const OWN_LINKS = [
  /<https:\/\/github\.com\/acme\/ops\/issues\/42\|[^<>]*>/g,
  /<https:\/\/github\.com\/acme\/ops\/actions\/runs\/7\|Workflow run>/g
]

describe('slack rendering', () => {
  it('renders every event kind as valid Block Kit with a fallback naming the issue', () => {
    for (const event of allEvents()) {
      const message = renderSlack(event)
      expect(blocksProblem(message.blocks)).toBeUndefined()
      expect(message.text).toContain('#42')
      expect(message.text.length).toBeLessThanOrEqual(300)
      const all = texts(message).join('\n')
      expect(all).toContain(
        '<https://github.com/acme/ops/issues/42|#42 checkout-web: ALB 5xx above 5% (p95 1.2s)>'
      )
      expect(all).toContain(`fingerprint \`${FP}\``)
    }
  })

  it('says what each event is about', () => {
    const [o, a, r, rec] = allEvents().map((e) => texts(renderSlack(e)).join('\n'))
    expect(o).toContain('*New incident*')
    expect(o).toContain('`restart-systemd-service`')
    expect(o).toContain('nginx on i-0abc stopped')
    expect(a).toContain('*Approval needed*')
    expect(a).toContain('plan `a1b2c3d4e5f6`')
    expect(a).toContain('Who may approve: 1 approval from @\u2060acme/sre.')
    expect(r).toContain(':white_check_mark: *Remediation succeeded*')
    expect(r).toContain('Approved by alice')
    expect(r).toContain(`<${RUN_URL}|Workflow run>`)
    expect(rec).toContain('`checkout-web-5xx` is back to OK. The issue stays open for review.')
    expect(texts(renderSlack(recovered({ closed: true, alarm: undefined }))).join('\n')).toContain(
      'Back to OK. The issue was closed.'
    )
    expect(texts(renderSlack(opened({ runbook: undefined, summary: undefined }))).join()).toContain(
      'none fits'
    )
  })

  it('has a phrase and an emoji for every remediation outcome', () => {
    const outcomes = Object.keys(OUTCOME_PHRASES) as RemediateOutcome[]
    expect(outcomes).toHaveLength(7)
    for (const outcome of outcomes) {
      const message = renderSlack(result({ outcome }))
      expect(message.text).toContain(OUTCOME_PHRASES[outcome])
      expect(texts(message)[1]).toMatch(/^:[a-z_]+: \*/)
    }
  })

  it('never lets hostile text mention, link, or carry control characters', () => {
    for (const event of hostileEvents()) {
      const message = renderSlack(event)
      expect(blocksProblem(message.blocks)).toBeUndefined()
      for (const text of texts(message)) {
        let rest = text
        for (const own of OWN_LINKS) rest = rest.replace(own, '')
        // With OpsLoop's own links taken out, no `<…>` control sequence can remain.
        expect(rest).not.toMatch(/[<>]/)
        expect(text).not.toMatch(/<[!@#]/)
        expect(text).not.toContain('<https://evil')
        expect(text).not.toMatch(/@(here|channel|everyone)/)
        expect(text).not.toMatch(/https:\/\/evil/)
        expect(text).not.toMatch(CONTROL)
        // Every `&` starts an entity: untrusted `&amp;` arrives as `&amp;amp;`.
        expect(text).not.toMatch(/&(?!amp;|lt;|gt;)/)
      }
      const link = texts(message)[1] ?? ''
      expect(link).toContain('|#42 &lt;!channel&gt; @\u2060here &lt;@\u2060U123&gt;')
      expect(link).toContain('&amp;amp;')
    }
  })

  it('escapes &, < and > and bounds text without splitting an entity', () => {
    expect(slackText('a & b <c>', 100)).toBe('a &amp; b &lt;c&gt;')
    expect(slackText('abc', 3)).toBe('abc')
    expect(slackText('abcd', 3)).toBe('ab…')
    expect(slackText('a&b', 5)).toBe('a…')
    expect(slackText('see https://x.example/a', 100)).toBe('see https:\u2060//x.example/a')
    expect(slackText('one\ntwo', 100)).toBe('one\ntwo')
    expect(slackText('one\ntwo', 100, true)).toBe('one two')
    expect(slackCode('a`b')).toBe("`a'b`")
    const long = renderSlack(opened({ summary: '&'.repeat(10_000) }))
    const summary = texts(long).find((t) => t.startsWith('&amp;')) ?? ''
    expect(summary.length).toBeLessThanOrEqual(1500)
    expect(summary.endsWith('&amp;…')).toBe(true)
    const title = renderSlack(opened({ issue: { ...ISSUE, title: 'x'.repeat(1000) } }))
    expect((texts(title)[1] ?? '').length).toBeLessThan(250)
  })

  it('links only to http(s) URLs, with | and > encoded', () => {
    expect(issueLink({ number: 1, url: 'javascript:alert(1)', title: 't' })).toBe('#1 t')
    expect(slackUrl('https://x.example/a?b=1&c=|>')).toBe('https://x.example/a?b=1&amp;c=%7C%3E')
    expect(issueLink({ number: 7, url: ISSUE.url })).toBe(`<${ISSUE.url}|#7 Incident #7>`)
    const run = renderSlack(result({ runUrl: 'data:text/html,<b>' }))
    expect(texts(run).join()).not.toContain('Workflow run')
  })
})

describe('text helpers', () => {
  it('strips control characters and keeps newlines', () => {
    expect(clean('a\u0000b\u001bc\u009bd\u202ee\r\nf\tg')).toBe('abcde\nf g')
    expect(oneLine('  a\n\n b  ')).toBe('a b')
    expect(clean('x\ud800y')).toBe('x\ufffdy')
  })

  it('truncates by code points with an ellipsis', () => {
    expect(truncate('abc', 3)).toBe('abc')
    expect(truncate('abcd', 3)).toBe('ab…')
    expect(truncate('😀😀😀', 2)).toBe('😀…')
  })
})

/** Every text node of an ADF document, with its marks. */
function textNodes(node: AdfNode): AdfNode[] {
  if (node.type === 'text') return [node]
  return (node.content ?? []).flatMap(textNodes)
}

describe('jira rendering', () => {
  it('summarises in one line of at most 255 characters', () => {
    expect(jiraSummary(opened())).toBe(
      'OpsLoop #42 (high): checkout-web: ALB 5xx above 5% (p95 1.2s)'
    )
    expect(jiraSummary(approval())).toBe('OpsLoop #42: checkout-web: ALB 5xx above 5% (p95 1.2s)')
    const long = jiraSummary(opened({ issue: { ...ISSUE, title: `a\nb\u0007${'x'.repeat(400)}` } }))
    expect(long).toHaveLength(255)
    expect(long).toMatch(/^OpsLoop #42 \(high\): a bx+…$/)
    for (const event of hostileEvents()) {
      const summary = jiraSummary(event)
      expect(summary.length).toBeLessThanOrEqual(255)
      expect(summary).not.toMatch(/[\r\n]/)
      expect(summary).not.toMatch(CONTROL)
    }
  })

  it('writes descriptions and comments as valid ADF of plain text nodes', () => {
    for (const event of [...allEvents(), ...hostileEvents()]) {
      const docs = [jiraDescription(event), jiraComment(event)].filter((d) => d !== undefined)
      for (const doc of docs) {
        const adf = toAdf(doc)
        expect(adfProblem(adf)).toBeUndefined()
        for (const node of textNodes(adf)) {
          expect(node.text).not.toBe('')
          expect(node.text).not.toMatch(CONTROL)
          for (const mark of node.marks ?? [])
            if (mark.type === 'link') expect([ISSUE.url, RUN_URL]).toContain(mark.attrs?.href)
        }
      }
    }
    expect(jiraComment(opened())).toBeUndefined()
  })

  it('keeps hostile text as text, not markup', () => {
    const [event] = hostileEvents()
    if (!event) throw new Error('no event')
    const adf = toAdf(jiraDescription(event))
    const all = textNodes(adf)
      .map((n) => n.text)
      .join('')
    expect(all).toContain('<!channel> @here <@U123>')
    expect(all).not.toContain('\u0007')
    const wiki = toWiki(jiraDescription(event), event)
    expect(wiki.startsWith(`[GitHub issue #42|${ISSUE.url}]\n{noformat}\n`)).toBe(true)
    expect(wiki.endsWith('\n{noformat}')).toBe(true)
    // The hostile `{noformat}` cannot close the block early.
    expect(wiki.match(/\{noformat\}/g)).toHaveLength(2)
    expect(wiki).toContain('[~admin]')
  })

  it('describes a new incident with severity, triage, runbook and summary', () => {
    const text = textNodes(toAdf(jiraDescription(opened())))
      .map((n) => n.text)
      .join('')
    expect(text).toContain(
      'Severity: high · Triage: rules · Proposed runbook: restart-systemd-service'
    )
    expect(text).toContain('nginx on i-0abc stopped')
    expect(text).toContain(`label opsloop-${FP}`)
    const multi = toAdf(jiraDescription(opened({ summary: 'one\ntwo' })))
    expect(JSON.stringify(multi)).toContain('{"type":"hardBreak"}')
  })

  it('labels incidents without spaces and refuses fingerprints that are not label-safe', () => {
    expect(incidentLabel(FP)).toBe(`opsloop-${FP}`)
    expect(() => incidentLabel('a b')).toThrow(/cannot be used in a Jira label/)
    expect(() => incidentLabel('x" OR project = "Y')).toThrow(/cannot be used/)
  })
})
