// A runbook's "Do not use it …" clauses as evidence against it: how a description is split into
// clauses, which of a clause's words set it apart from the runbook's own purpose, and when an
// incident says enough of them for the clause to count.
import { describe, expect, it } from '@jest/globals'
import type { MatchRule, Runbook } from '../../src/generated/runbook.js'
import {
  EXCLUSION_STRENGTH,
  EXCLUSION_STRENGTH_AGAINST_RULE,
  excludedBy,
  exclusionsOf
} from '../../src/triage/exclusions.js'
import { stem, tokenize } from '../../src/triage/lexical.js'
import { starterCatalog } from '../helpers/catalog.js'

const SILENT: MatchRule[] = [{ source: 'aws.cloudwatch', alarmName: 'zz-*' }]

/** A minimal runbook with the given description. */
function runbook(
  id: string,
  description: string,
  options: { title?: string; match?: MatchRule[] } = {}
): Runbook {
  return {
    apiVersion: 'opsloop/v1',
    id,
    title: options.title ?? id,
    description,
    owners: ['alice'],
    risk: 'low',
    match: (options.match ?? SILENT) as Runbook['match'],
    targets: { from: 'dimension', dimension: 'InstanceId', max: 1 },
    approval: { required: true },
    execution: { runCommand: { document: 'AWS-RunShellScript', commands: ['true'] } }
  }
}

const certificate = runbook(
  'renew-certificate',
  'Renews the certificate before expiry and reloads the web server.\nDo not use it for a revoked ' +
    'certificate (revocation, or a new key pair; rotate it), when the domain\nvalidation failed; ' +
    'or for a private authority. It is safe to rerun.',
  {
    title: 'Renew an expiring certificate',
    match: [{ source: 'aws.cloudwatch', alarmName: 'cert-*' }]
  }
)

/** Clause → its distinctive terms, sorted, for comparing. */
const table = (r: Runbook): Record<string, string[]> =>
  Object.fromEntries(exclusionsOf(r).map((e) => [e.clause, [...e.terms].sort()]))

/** Terms of some words, stemmed as the text triage stems them. */
const terms = (...words: string[]): string[] => words.map(stem).sort()

/** What an incident says: each term with the word as written (excludedBy's `said`). */
function said(text: string): Map<string, string> {
  const out = new Map<string, string>()
  tokenize(text, (t, _word, written) => {
    if (!out.has(t)) out.set(t, written)
  })
  return out
}

describe('exclusionsOf', () => {
  it('splits at top-level commas, semicolons and "or", keeping parentheses whole', () => {
    expect(exclusionsOf(certificate).map((e) => e.clause)).toEqual([
      'for a revoked certificate (revocation, or a new key pair; rotate it)',
      // Line breaks of a multi-line description read as spaces.
      'when the domain validation failed',
      'for a private authority'
    ])
  })

  it('keeps only the words the runbook does not say of itself', () => {
    // `certificate` is the runbook's topic (id, title, description), `cert` its alarm name, and
    // `server` a word of the rest of its description: none of them tells an incident apart.
    expect(table(certificate)).toEqual({
      'for a revoked certificate (revocation, or a new key pair; rotate it)': terms(
        'revoked',
        'revocation',
        'new',
        'key',
        'pair',
        'rotate'
      ),
      'when the domain validation failed': terms('domain', 'validation', 'failed'),
      'for a private authority': terms('private', 'authority')
    })
    for (const e of exclusionsOf(certificate)) expect(e.terms.has(stem('certificate'))).toBe(false)
  })

  it('drops words the runbook holds in its id, title, match rules or the rest of its description', () => {
    const r = (description: string, match?: MatchRule[]) =>
      table(
        runbook('drain-queue', description, {
          title: 'Add consumers to a lagging queue',
          ...(match ? { match } : {})
        })
      )
    const clause = 'when the consumers crash on a poison message'
    // Every word distinctive but the consumers, which the title names.
    expect(r(`Adds consumers. Do not use it ${clause}.`)).toEqual({
      [clause]: terms('crash', 'poison', 'message')
    })
    // The rest of the description, before or after the exclusion, is the runbook's own text.
    expect(r(`Adds consumers. Do not use it ${clause}. A poison message is moved aside.`)).toEqual({
      [clause]: terms('crash')
    })
    // So is a match rule's literal.
    expect(
      r(`Adds consumers. Do not use it ${clause}.`, [{ source: 'aws.sqs', alarmName: 'crash-*' }])
    ).toEqual({ [clause]: terms('poison', 'message') })
  })

  it("counts a match rule's values, not its field names, as the runbook's own words", () => {
    // The rule's fields (detailType, metric.namespace, name) are the schema's words, not this
    // runbook's: `type` in "the instance type" is as distinctive here as in any runbook.
    const worker = runbook(
      'restart-leaking-worker',
      'Restarts the worker process whose memory keeps growing. Do not use it when the instance type is too small for the load (resize it).',
      {
        match: [
          {
            source: 'aws.cloudwatch',
            detailType: 'CloudWatch Alarm State Change',
            metric: { namespace: 'CWAgent', name: 'mem_used_percent' }
          }
        ]
      }
    )
    expect(table(worker)).toEqual({
      'when the instance type is too small for the load (resize it)': terms(
        'instance',
        'type',
        'small',
        'load',
        'resize'
      )
    })
  })

  it('leaves out pointers to another runbook: they name its topic, not this clause', () => {
    const disk = runbook(
      'free-root-disk',
      'Frees space on the root volume. Do not use it when one log file is running away (use rotate-oversized-logs) or when the volume holds a database (see grow-ebs-volume).',
      { title: 'Free disk space on the root volume' }
    )
    expect(table(disk)).toEqual({
      'when one log file is running away (use rotate-oversized-logs)': terms(
        'log',
        'file',
        'running',
        'away'
      ),
      'when the volume holds a database (see grow-ebs-volume)': terms('holds', 'database')
    })
    const all = exclusionsOf(disk).flatMap((e) => [...e.terms])
    for (const w of ['rotate', 'oversized', 'grow', 'ebs']) expect(all).not.toContain(stem(w))
  })

  it('reads every "do not use" sentence, in any of its spellings', () => {
    const r = runbook(
      'reboot-host',
      "Reboots the host. Don't use it for spot instances. Never use this runbook on weekends, holidays. Do not use it for a reboot. It is never used otherwise."
    )
    expect(table(r)).toEqual({
      'for spot instances': terms('spot', 'instances'),
      'on weekends': terms('weekends'),
      holidays: terms('holidays')
      // "for a reboot" says nothing the runbook does not say of itself: no clause.
    })
  })

  it('finds nothing in a description without one', () => {
    expect(exclusionsOf(runbook('plain', 'Restarts the unit. Use it for any unit.'))).toEqual([])
  })

  it("holds for the starter catalog: no clause counts by the runbook's own words", async () => {
    const starter = await starterCatalog()
    expect(starter.length).toBeGreaterThan(0)
    for (const { runbook: r } of starter) {
      const own = new Set(tokenize(`${r.id}\n${r.title}`))
      for (const e of exclusionsOf(r)) for (const t of e.terms) expect(own.has(t)).toBe(false)
    }
    const freeDisk = starter.find((c) => c.runbook.id === 'free-disk-space')?.runbook
    const logs = exclusionsOf(freeDisk ?? runbook('missing', '')).find((e) =>
      e.clause.includes('use rotate-oversized-logs')
    )
    expect(logs?.clause).toBe('when one log file is running away (use rotate-oversized-logs)')
    expect([...(logs?.terms ?? [])].sort()).toEqual(terms('running', 'away'))
  })
})

describe('excludedBy', () => {
  /** Every word as rare as a word only one runbook holds. */
  const rare = (): number => 1
  /** Rarity by term; words not listed are rare. */
  const rarities =
    (weights: Record<string, number>) =>
    (t: string): number =>
      weights[t] ?? 1

  it('weighs a clause by the rarity of the words said, against 1.5 (2 against a match rule)', () => {
    expect(EXCLUSION_STRENGTH).toBe(1.5)
    expect(EXCLUSION_STRENGTH_AGAINST_RULE).toBe(2)
  })

  it('returns the clause and the words the incident wrote', () => {
    expect(excludedBy(certificate, said('cert expiring: domain validation failed'), rare)).toEqual({
      clause: 'when the domain validation failed',
      terms: ['domain', 'validation', 'failed']
    })
    expect(excludedBy(certificate, said('private authority'), rare)).toEqual({
      clause: 'for a private authority',
      terms: ['private', 'authority']
    })
    // Two rare words of three are enough.
    expect(excludedBy(certificate, said('domain validation'), rare)).toEqual({
      clause: 'when the domain validation failed',
      terms: ['domain', 'validation']
    })
  })

  it('is not moved by one word of a clause of several', () => {
    for (const text of ['domain', 'validation pending', 'private key', 'new'])
      expect(excludedBy(certificate, said(text), rare)).toBeUndefined()
    // However rare the word: rarity counts at most 1.
    expect(excludedBy(certificate, said('domain'), () => 40)).toBeUndefined()
  })

  it('is moved by a one-word clause said in a rare word, not in a common one', () => {
    const spot = runbook('reboot-host', 'Reboots the host. Do not use it for Spot capacity.', {
      title: 'Reboot a host',
      match: [{ source: 'aws.ec2', detailType: 'EC2 Instance State-change Notification' }]
    })
    expect(table(spot)).toEqual({ 'for Spot capacity': terms('spot', 'capacity') })
    const spotOnly = runbook('reboot-host', 'Reboots the host. Do not use it for Spot.', {
      title: 'Reboot a host'
    })
    expect(excludedBy(spotOnly, said('Spot interruption'), rare)).toEqual({
      clause: 'for Spot',
      terms: ['spot']
    })
    expect(
      excludedBy(spotOnly, said('Spot interruption'), rarities({ [stem('spot')]: 0.5 }))
    ).toBeUndefined()
    // A clause of two words says it whole only with both.
    expect(excludedBy(spot, said('Spot interruption'), rare)).toBeUndefined()
  })

  it('needs more common words than rare ones', () => {
    const common = rarities({ domain: 0.5, valid: 0.5, fail: 0.5 })
    expect(excludedBy(certificate, said('domain validation'), common)).toBeUndefined()
    expect(excludedBy(certificate, said('domain validation failed'), common)).toEqual({
      clause: 'when the domain validation failed',
      terms: ['domain', 'validation', 'failed']
    })
  })

  it('takes the strength asked for: a match rule that fits takes more', () => {
    // One rare word and one held by a few runbooks: enough against a text match, not a rule.
    const some = rarities({ valid: 0.7 })
    const two = said('domain validation')
    expect(excludedBy(certificate, two, some)).toBeDefined()
    expect(excludedBy(certificate, two, some, EXCLUSION_STRENGTH_AGAINST_RULE)).toBeUndefined()
    expect(
      excludedBy(
        certificate,
        said('domain validation failed'),
        some,
        EXCLUSION_STRENGTH_AGAINST_RULE
      )
    ).toEqual({
      clause: 'when the domain validation failed',
      terms: ['domain', 'validation', 'failed']
    })
  })

  it("does not count the runbook's own words toward a clause", () => {
    // "revoked certificate" is the first clause's subject, but `certificate` is the runbook's.
    expect(excludedBy(certificate, said('certificate renewal failed'), rare)).toBeUndefined()
    expect(excludedBy(certificate, said('revoked certificate, new key'), rare)).toMatchObject({
      clause: 'for a revoked certificate (revocation, or a new key pair; rotate it)'
    })
  })

  it('counts the words of one clause, not of several', () => {
    // One word of each of three clauses.
    expect(excludedBy(certificate, said('revoked domain private'), rare)).toBeUndefined()
  })

  it('gives the first clause, in the order of the description, that the incident says', () => {
    expect(
      excludedBy(certificate, said('private authority; domain validation failed'), rare)
    ).toEqual({
      clause: 'when the domain validation failed',
      terms: ['domain', 'validation', 'failed']
    })
  })

  it('counts a word once, however many terms it brought', () => {
    // `OOM` brings `memory` beside it: one word written, two terms of the clause.
    const task = runbook(
      'restart-crashed-container',
      'Restarts a crashed container. Do not use it when the container was OOM-killed (raise its memory limit instead).',
      { match: [{ source: 'aws.ecs' }] }
    )
    const oom = said('OOM')
    expect([...oom.keys()].sort()).toEqual(terms('oom', 'memory'))
    expect(excludedBy(task, oom, rare)).toBeUndefined()
    // Two words written: it counts.
    expect(excludedBy(task, said('OOM, killed'), rare)).toMatchObject({
      clause: 'when the container was OOM-killed (raise its memory limit instead)'
    })
  })

  it('finds nothing for a runbook without exclusions', () => {
    expect(excludedBy(runbook('plain', 'Restarts the unit.'), said('anything at all'), rare)).toBe(
      undefined
    )
  })
})
