// The incident issue renders untrusted text (AWS's and the model's) inert, stays under GitHub's
// size limit, and keeps its machine-readable blocks intact. Rendering is checked with a real
// CommonMark renderer configured like GitHub (raw HTML allowed through, autolinks on).
import { describe, expect, it } from '@jest/globals'
import { incidentEvidence } from '../../src/context/evidence.js'
import { normalize } from '../../src/intake/normalize.js'
import { buildPlan } from '../../src/plan/plan.js'
import { stateMarker } from '../../src/issue/occurrences.js'
import { recordKey } from '../../src/issue/record.js'
import {
  BODY_LIMIT,
  incidentIssue,
  withOccurrenceRow,
  type IncidentReport
} from '../../src/report/incident-issue.js'
import { code, codeBlock, htmlCode, prose, visible } from '../../src/report/markdown.js'
import { rulesTriage } from '../../src/triage/rules.js'
import type { Triage } from '../../src/triage/types.js'
import { starterCatalog } from '../helpers/catalog.js'
import { alarmEvent } from '../helpers/events.js'
import { md, risky } from '../helpers/rendered.js'

const HOSTILE =
  'Page @acme/oncall now! <img src=x onerror=alert(1)> see #1 and https://evil.example/x ' +
  '[click](https://evil.example) ![i](https://evil.example/i.png) www.evil.example **bold** `code` ``` ' +
  'GH-7 ops@evil.example (www.evil.example/p) acme/ops#2'

async function report(overrides: Partial<IncidentReport> = {}): Promise<IncidentReport> {
  const catalog = await starterCatalog()
  const event = alarmEvent(`web-service-down`, {
    namespace: 'AWS/ApplicationELB',
    metric: 'HTTPCode_Target_5XX_Count'
  }) as { detail: { configuration: { description?: string }; state: { reason: string } } }
  event.detail.configuration.description = HOSTILE
  event.detail.state.reason = `Threshold Crossed ${HOSTILE}`
  const incident = normalize({ event, context: { tags: { service: 'nginx' } } })
  const evidence = incidentEvidence(incident)
  const triage = rulesTriage({ incident, evidence, catalog })
  const entry = catalog.find((c) => c.runbook.id === triage.runbook?.id)
  return {
    incident,
    fingerprint: 'f'.repeat(16),
    triage,
    evidence,
    ...(entry ? { plan: buildPlan(entry, incident), runbook: entry.runbook } : {}),
    deliveryProblems: [],
    receivedAt: '2026-03-14T09:00:00.000Z',
    stateMarker: (state) =>
      stateMarker(recordKey('k'.repeat(32)), 'acme/ops', 'f'.repeat(16), state),
    ...overrides
  }
}

describe('prose', () => {
  it('neutralizes mentions, references, links, images, HTML and emphasis', () => {
    // The check itself finds every hazard in the raw text...
    expect(risky(md.renderInline(HOSTILE))).toEqual(
      expect.arrayContaining([
        '@acme/oncall',
        '#1',
        'acme/ops#2',
        'GH-7',
        expect.stringMatching(/^<a href="mailto:ops@evil/),
        expect.stringMatching(/^<img/),
        expect.stringMatching(/^<a href="https:\/\/evil/)
      ])
    )
    // ...and none once it is prose.
    const html = md.renderInline(prose(HOSTILE))
    expect(risky(html)).toEqual([])
    expect(html).not.toContain('<strong>')
    // The words are all still there for a reader, and copy as they arrived: the hazards are in
    // code spans, with no invisible character in them.
    expect(html).not.toContain('\u2060')
    const text = html.replace(/<[^>]+>/g, '')
    for (const words of [
      'Page @acme/oncall now!',
      'see #1 and https://evil.example/x',
      'GH-7 ops@evil.example (www.evil.example/p) acme/ops#2'
    ])
      expect(text).toContain(words)
  })
})

describe('htmlCode', () => {
  it('shows text inside an HTML element (a <summary>) as code, with no tag, marker or backtick syntax', () => {
    expect(htmlCode('/app/<img src=x onerror=alert(1)> & `x` <!-- opsloop:plan -->')).toBe(
      '<code>/app/&lt;img src=x onerror=alert(1)&gt; &amp; `x` &lt;!\u2060-- opsloop:plan --\u2060&gt;</code>'
    )
    const html = md.render(
      `<details><summary>Logs ${htmlCode('@acme/oncall #1 <b>x</b>')}</summary>\n\n</details>`
    )
    expect(risky(html)).toEqual([])
    expect(html).not.toContain('<b>')
  })
})

describe('visible', () => {
  it('shows control characters as their pictures and broken UTF-16 as a replacement', () => {
    expect(visible('a\u0000b\u001b[31mc\u007f d\ud800e\tf\ng')).toBe(
      'a\u2400b\u241b[31mc\u2421 d\ufffde\tf\ng'
    )
    expect(code('\u0007bell')).toBe('`\u2407bell`')
    expect(codeBlock('x\u0000')).toBe('```text\nx\u2400\n```')
    expect(prose('ok \u0008')).toBe('ok \u2408')
    // A well-formed pair (an emoji) is left alone.
    expect(visible('\ud83d\ude00')).toBe('\ud83d\ude00')
  })
})

describe('incident issue', () => {
  it('renders AWS and model text inert, wherever it appears', async () => {
    const base = await report()
    const modelTriage: Triage = {
      ...base.triage,
      provider: 'bedrock',
      summary: HOSTILE,
      causes: [{ cause: HOSTILE, confidence: 0.5, evidence: ['E1'] }],
      notes: [HOSTILE],
      alternatives: [{ id: 'free-disk-space', confidence: 0.2, why: HOSTILE }]
    }
    const { body, title } = incidentIssue({ ...base, triage: modelTriage })
    expect(title).toBe('[incident] web-service-down is ALARM in us-east-1')
    const found = risky(md.render(body))
    // Our own console link is the only link; nothing from the payload or the model.
    expect(
      found.filter((t) => !t.startsWith('<a href="https://us-east-1.console.aws.amazon.com/'))
    ).toEqual([])
  })

  it('keeps code fences unbreakable by backticks in the payload', async () => {
    const { body } = incidentIssue(await report())
    const html = md.render(body)
    expect(html).toContain('<pre><code class="language-text">Threshold Crossed Page @acme/oncall')
    expect(risky(html).filter((t) => !t.includes('console.aws.amazon.com'))).toEqual([])
  })

  it('stays under the limit by shrinking the raw event, then the evidence', async () => {
    const base = await report()
    const huge = { ...base.incident, raw: { blob: 'x'.repeat(200_000) } }
    const evidence = Array.from({ length: 300 }, (_, i) => ({
      id: `E${i + 1}`,
      source: 'log' as const,
      label: `log line ${i}`,
      text: 'y'.repeat(1000)
    }))
    const { body } = incidentIssue({ ...base, incident: huge, evidence })
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT)
    expect(body).toContain('The event as delivered was too large to include')
    expect(body).toContain('<!-- opsloop:record ')
    expect(body.endsWith('-->')).toBe(true)
  })

  it('keeps the sealed state last and never renders the plan as data in the body', async () => {
    const base = await report()
    const { body } = incidentIssue(base)
    expect(body).not.toContain('opsloop:plan')
    expect(body.match(/<!-- opsloop:record /g)).toHaveLength(1)
    const state = { occurrences: 7, lastSeen: '2026-03-14T10:00:00.000Z', eventIds: ['a-->b<c'] }
    const updated = withOccurrenceRow(body, state)
    expect(updated).toContain('| Occurrences | 7 (last delivered `2026-03-14T10:00:00.000Z`) |')
  })

  it('says why no runbook is proposed, and marks an unrecognized payload', async () => {
    const incident = normalize({ event: { hello: 'world' } })
    const base = await report()
    const { title, body, labels } = incidentIssue({
      ...base,
      incident,
      triage: rulesTriage({ incident, evidence: [], catalog: [] }),
      plan: undefined,
      runbook: undefined,
      deliveryProblems: ['client_payload has no `event`'],
      evidence: []
    })
    expect(title).toBe('[incident] Unrecognized: payload')
    expect(body).toContain('## ⚠️ Unrecognized incident payload')
    expect(body).toContain('No runbook is proposed.')
    expect(body).toContain(
      'The delivery broke the dispatch contract: client\\_payload has no `event`.'
    )
    expect(body).toContain('"hello": "world"')
    expect(labels).toEqual([
      'opsloop',
      'opsloop:fp:ffffffffffffffff',
      'severity:medium',
      'source:unknown'
    ])
  })

  it('lists what blocks an incomplete plan instead of approval instructions', async () => {
    const base = await report()
    const incident = { ...base.incident, tags: { service: 'sshd' } }
    const catalog = await starterCatalog()
    const entry = catalog.find((c) => c.runbook.id === 'restart-systemd-service')
    if (!entry) throw new Error('missing runbook')
    const { body } = incidentIssue({ ...base, incident, plan: buildPlan(entry, incident) })
    expect(body).toContain('**This plan cannot be approved yet:**')
    expect(body).not.toContain('/approve')
  })
})
