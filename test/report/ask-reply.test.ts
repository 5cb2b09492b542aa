// The reply to `/ask` quotes untrusted text from everywhere (the question, past titles, people's
// comments and commands, evidence, the model's words) and renders none of it live: rendered as
// GitHub would, the only mention is the asker's and the only references are the past issues
// OpsLoop itself cites.
import { describe, expect, it } from '@jest/globals'
import type { Findings } from '../../src/history/answer.js'
import { askReply } from '../../src/report/ask-reply.js'
import { md, risky } from '../helpers/rendered.js'

const HOSTILE =
  'Page @acme/oncall now! <img src=x onerror=alert(1)> see #1 and https://evil.example/x ' +
  '[click](https://evil.example) **bold** `code` ``` GH-7 acme/ops#2 <!-- opsloop:record x.y -->'

const findings: Findings = {
  past: [
    {
      issue: {
        number: 12,
        title: HOSTILE,
        url: 'https://github.com/acme/ops/issues/12',
        state: 'closed',
        labels: [],
        createdAt: '2026-11-01T00:00:00Z'
      },
      score: 1,
      reasons: ['the same alarm'],
      matched: [],
      resolution: {
        ended: 'closed',
        notes: [
          {
            author: 'dave',
            url: 'https://github.com/acme/ops/issues/12#issuecomment-5',
            text: HOSTILE,
            commands: ['echo ```\n@acme/oncall #3\n```', HOSTILE]
          }
        ]
      }
    }
  ],
  evidence: [
    {
      item: { id: 'E1', source: 'log', label: HOSTILE, text: HOSTILE },
      matched: ['page']
    }
  ],
  runbooks: [{ id: 'restart-systemd-service', title: HOSTILE, matched: ['restart'] }]
}

const scanned = { past: 1, evidence: 1, runbooks: 1 }

describe('askReply with hostile text everywhere', () => {
  it('renders nothing that links, loads or notifies but the asker, the cited issue and the note', () => {
    const reply = askReply({ author: 'alice', question: HOSTILE, cut: false, findings, scanned })
    expect(reply).not.toContain('<!--')
    // The link to the person's comment is GitHub's own URL for it, from GitHub's API.
    expect(risky(md.render(reply))).toEqual([
      '<a href="https://github.com/acme/ops/issues/12#issuecomment-5">',
      '@alice',
      '#12'
    ])
    // The person's command stays one code block, whatever fences it holds.
    expect(md.render(reply)).toContain('<code class="language-text">echo ```\n@acme/oncall #3\n```')
  })

  it("renders a model's claims as inert prose, with OpsLoop's own citations", () => {
    const reply = askReply({
      author: 'alice',
      question: 'what fixed it?',
      cut: true,
      findings,
      scanned,
      model: {
        model: 'm',
        claims: [{ text: HOSTILE, cites: ['#12', 'E1', 'runbook:restart-systemd-service'] }],
        dropped: 0,
        invented: ['@acme/oncall'],
        maxTokens: 2000,
        usage: { inputTokens: 10, outputTokens: 5 }
      }
    })
    expect(reply).toContain('(cut: `/ask` reads 500 characters)')
    expect(reply).not.toContain('<!--')
    expect(risky(md.render(reply))).toEqual(['@alice', '#12'])
    expect(reply).toContain('(#12, `E1`, `runbook:restart-systemd-service`)')
    expect(reply).toContain('Citations of ids OpsLoop never gave were removed: `@acme/oncall`.')
  })

  it('says when nothing answers, and what it read', () => {
    const reply = askReply({
      author: 'alice',
      question: 'what is the capital of France?',
      cut: false,
      findings: { past: [], evidence: [], runbooks: [] },
      scanned: { past: 4, evidence: 1, runbooks: 9 }
    })
    expect(reply).toContain(
      "🤷 Nothing in this repository's incident history or this incident's evidence answers this."
    )
    expect(reply).toContain(
      'Read: 4 past incidents, 1 evidence row, 9 runbooks. No model was used.'
    )
  })
})
