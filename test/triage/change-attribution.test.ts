// Which change broke it: timing filters, evidence convicts. A decoy deploy at the onset loses to
// the commit a stack frame or a printed setting names; a change deployed after the symptom began,
// to a service with no errors, or touching only docs is ruled out with why; an operational cause
// or a lack of evidence answers none, even for the only change in the window.
import { describe, expect, it } from '@jest/globals'
import type { Commit, Deployment, IncidentSnapshot } from '../../src/generated/snapshot.js'
import validateSnapshot from '../../src/generated/validate-snapshot.js'
import { attributeChange } from '../../src/triage/change-attribution.js'
import { changePoint } from '../../src/triage/onset.js'
import { alarmEvent } from '../helpers/events.js'

const T0 = Date.parse('2026-05-04T10:00:00Z')
const at = (minute: number): string => new Date(T0 + minute * 60_000).toISOString()
/** The alarm fires at minute 40; the errors begin at minute 30. */
const ALARM = T0 + 40 * 60_000

const sha = (c: string): string => c.repeat(40)
const CULPRIT = sha('a')
const DECOY = sha('b')
const HEAD = sha('c')

function commit(s: string, path: string, patch: string, message = 'change'): Commit {
  return { sha: s, at: at(-120), message, files: [{ path, status: 'modified', patch }] }
}

function deployment(
  id: string,
  minute: number,
  commits: string[],
  service = 'checkout'
): Deployment {
  return {
    id,
    service,
    at: at(minute),
    sha: commits.at(-1) ?? '',
    state: 'success',
    commits
  }
}

function snapshot(
  over: Partial<IncidentSnapshot> & { errors?: string[]; before?: string[] }
): IncidentSnapshot {
  const { errors = [], before = ['GET /cart 200 12ms', 'GET /cart 200 9ms'], ...rest } = over
  const points: [string, number][] = Array.from({ length: 40 }, (_, m) => [at(m), m >= 30 ? 40 : 1])
  const s: IncidentSnapshot = {
    version: 'opsloop-snapshot/1',
    takenAt: at(41),
    event: alarmEvent('checkout-5xx', {
      namespace: 'AWS/ApplicationELB',
      metric: 'HTTPCode_Target_5XX_Count'
    }),
    service: 'checkout',
    services: {
      checkout: {
        logs: [
          ...before.map((message, i) => ({ at: at(5 + i), level: 'INFO', message })),
          ...errors.map((message, i) => ({ at: at(30 + i), level: 'ERROR', message }))
        ],
        metrics: { '5xx': { kind: 'errors', points } }
      }
    },
    components: [
      { paths: ['services/checkout/**'], service: 'checkout' },
      { paths: ['services/search/**'], service: 'search' },
      { paths: ['libs/http/**'], usedBy: ['checkout', 'search'] }
    ],
    ...rest
  }
  if (!validateSnapshot(s)) throw new Error(JSON.stringify(validateSnapshot.errors))
  return s
}

const NPE = [
  'java.lang.NullPointerException: cart.discount is null',
  '    at com.acme.checkout.PriceCalculator.total(PriceCalculator.java:80)',
  'request failed: 500'
]
const DIFF_PRICE = `@@ -80,7 +80,7 @@ public Money total(Cart cart) {
-    Money discount = cart.discount().orElse(Money.ZERO);
+    Money discount = cart.discount;
     return cart.subtotal().minus(discount);`
const DIFF_CSS = `@@ -1,3 +1,3 @@
-.price { color: #333 }
+.price { color: #111 }`

describe('changePoint', () => {
  const series = (values: number[]) => values.map((v, i) => [T0 + i * 60_000, v] as const)
  it('dates the onset at the first point that leaves the baseline and stays', () => {
    expect(changePoint(series([1, 2, 1, 1, 2, 1, 1, 30, 35, 40, 38]))).toBe(T0 + 7 * 60_000)
  })
  it('ignores one spike, and a series that never leaves its baseline', () => {
    expect(changePoint(series([1, 2, 1, 1, 2, 1, 30, 1, 2, 1, 1]))).toBeUndefined()
    expect(changePoint(series([5, 6, 5, 6, 5, 6, 5, 6]))).toBeUndefined()
  })
})

describe('attributeChange', () => {
  it('convicts the commit a stack frame names over a decoy deployed at the onset', () => {
    const s = snapshot({
      errors: NPE,
      deployments: [deployment('d-1', -45, [CULPRIT]), deployment('d-2', 29, [DECOY])],
      commits: [
        commit(
          CULPRIT,
          'services/checkout/src/main/java/com/acme/checkout/PriceCalculator.java',
          DIFF_PRICE,
          'refactor'
        ),
        commit(
          DECOY,
          'services/checkout/src/main/java/com/acme/checkout/CartController.java',
          '@@ -1 +1 @@\n-int LIMIT = 10;\n+int LIMIT = 12;',
          'fix 500 errors on checkout'
        )
      ]
    })
    const a = attributeChange(s, ALARM)
    expect(a.onset.at).toBe(T0 + 30 * 60_000)
    expect(a.suspect?.sha).toBe(CULPRIT)
    expect(a.suspect?.reasons[0]?.text).toMatch(
      /stack trace names line 80 of .*PriceCalculator\.java, a line this commit wrote/
    )
    expect(a.ruledOut.find((r) => r.sha === DECOY)?.why).toMatch(/nothing in its diff appears/)
  })

  it('does not convict a commit for touching a file the trace passes through elsewhere', () => {
    // The trace names line 88, which the commit did not write (it changed line 80).
    const elsewhere = NPE.map((l) =>
      l.replace('PriceCalculator.java:80', 'PriceCalculator.java:88')
    )
    const s = snapshot({
      errors: elsewhere,
      deployments: [deployment('d-1', -45, [CULPRIT])],
      commits: [
        commit(
          CULPRIT,
          'services/checkout/src/main/java/com/acme/checkout/PriceCalculator.java',
          DIFF_PRICE
        )
      ]
    })
    const a = attributeChange(s, ALARM)
    expect(a.suspect).toBeUndefined()
    expect(a.considered[0]?.reasons[0]?.text).toMatch(/not at the line the trace names/)
  })

  it('finds the culprit inside a build whose head is innocent', () => {
    const s = snapshot({
      errors: NPE,
      deployments: [deployment('d-1', -20, [CULPRIT, HEAD])],
      commits: [
        commit(
          CULPRIT,
          'services/checkout/src/main/java/com/acme/checkout/PriceCalculator.java',
          DIFF_PRICE
        ),
        commit(HEAD, 'services/checkout/README.md', '@@ -1 +1 @@\n-Checkout\n+Checkout service')
      ]
    })
    const a = attributeChange(s, ALARM)
    expect(a.suspect?.sha).toBe(CULPRIT)
    expect(a.ruledOut.find((r) => r.sha === HEAD)?.why).toMatch(/only documentation/)
  })

  it('convicts a setting the diff changed that the errors print', () => {
    const s = snapshot({
      errors: [
        'upstream call to ledger failed: connect timeout=200ms exceeded',
        'upstream call to ledger failed: connect timeout=200ms exceeded',
        'upstream call to ledger failed: connect timeout=200ms exceeded'
      ],
      deployments: [deployment('d-1', -30, [CULPRIT])],
      commits: [
        commit(
          CULPRIT,
          'libs/http/config.yaml',
          '@@ -3,3 +3,3 @@\n-  connectTimeoutMs: 2000\n+  connectTimeoutMs: 200\n   retries: 2'
        )
      ]
    })
    const a = attributeChange(s, ALARM)
    expect(a.suspect?.sha).toBe(CULPRIT)
    expect(a.suspect?.reasons[0]?.text).toMatch(
      /set `connectTimeoutMs` to 200 in libs\/http\/config\.yaml/
    )
  })

  describe('a setting the diff changed that the logs show taking effect, with no error to print it', () => {
    // Deployed at minute 0 (its rollout may begin 30 min earlier); the backlog grows from 30.
    const DIFF_POOL =
      '@@ -3,3 +3,3 @@\n-const workerPool = 32\n+const workerPool = envInt("WORKER_POOL", 4)\n'
    const stats = (minute: number, pool: number) => ({
      at: at(minute),
      level: 'INFO',
      message: `{"msg":"consumer stats","caller":"consumer/consumer.go:142","pool":${pool},"in_flight":3}`
    })
    const withLogs = (logs: { at: string; level: string; message: string }[], patch = DIFF_POOL) =>
      snapshot({
        deployments: [deployment('d-1', 0, [CULPRIT]), deployment('d-2', 25, [DECOY])],
        commits: [
          commit(CULPRIT, 'services/checkout/main.go', patch),
          commit(
            DECOY,
            'services/checkout/metrics.go',
            '@@ -1 +1,2 @@\n+var latency = NewHistogram()'
          )
        ],
        services: {
          checkout: {
            logs,
            metrics: {
              backlog: {
                kind: 'latency',
                points: Array.from({ length: 40 }, (_, m): [string, number] => [
                  at(m),
                  m >= 30 ? 400 : 5
                ])
              }
            }
          }
        }
      })

    it('convicts it: the old value printed until the rollout, only the new one since', () => {
      const logs = [stats(-50, 32), stats(-40, 32), stats(-20, 32), stats(-5, 4), stats(-1, 32)]
      logs.push(stats(2, 4), stats(20, 4), stats(31, 4))
      const a = attributeChange(withLogs(logs), ALARM)
      expect(a.suspect?.sha).toBe(CULPRIT)
      expect(a.suspect?.reasons[0]?.text).toMatch(
        /changed `workerPool` from 32 \(services\/checkout\/main\.go; now services\/checkout\/main\.go\), and the logs printed 32 until the rollout and 4 since/
      )
    })

    it('not when the logs never printed the old value, or print it again after the rollout', () => {
      const never = [stats(2, 4), stats(20, 4)]
      expect(attributeChange(withLogs(never), ALARM).suspect).toBeUndefined()
      const back = [stats(-40, 32), stats(2, 4), stats(20, 32)]
      expect(attributeChange(withLogs(back), ALARM).suspect).toBeUndefined()
    })

    it('not when the new value showed up before the rollout could have begun', () => {
      const early = [stats(-50, 4), stats(-40, 32), stats(2, 4)]
      expect(attributeChange(withLogs(early), ALARM).suspect).toBeUndefined()
    })

    it("not when the value the logs print now is not the diff's, nor a source line's number", () => {
      const other = [stats(-40, 32), stats(2, 16)]
      expect(attributeChange(withLogs(other), ALARM).suspect).toBeUndefined()
      // Only `consumer.go:142` changes: a source line is no setting, even under the setting's word.
      const patch =
        '@@ -3,3 +3,3 @@\n-const consumerLine = 141\n+const consumerLine = envInt("X", 142)\n'
      const line = [stats(-40, 32), stats(2, 32)].map((l, i) => ({
        ...l,
        message: l.message.replace('142', i === 0 ? '141' : '142')
      }))
      expect(attributeChange(withLogs(line, patch), ALARM).suspect).toBeUndefined()
    })
  })

  it('never convicts the only change for being the only one', () => {
    const s = snapshot({
      errors: NPE,
      deployments: [deployment('d-1', 28, [DECOY])],
      commits: [
        commit(
          DECOY,
          'services/checkout/src/Banner.tsx',
          '@@ -1 +1 @@\n-const TEXT = "Sale"\n+const TEXT = "Summer sale"'
        )
      ]
    })
    const a = attributeChange(s, ALARM)
    expect(a.suspect).toBeUndefined()
    expect(a.none).toMatch(/timing alone convicts nothing/)
  })

  it('rules out a deploy after the onset, to a quiet service, or of assets only, and says why', () => {
    const s = snapshot({
      errors: NPE,
      deployments: [
        { ...deployment('d-after', 36, [sha('d')]), startedAt: at(35) },
        deployment('d-search', 25, [sha('e')], 'search'),
        deployment('d-css', 25, [sha('f')])
      ],
      commits: [
        commit(
          sha('d'),
          'services/checkout/src/main/java/com/acme/checkout/PriceCalculator.java',
          DIFF_PRICE
        ),
        commit(sha('e'), 'services/search/src/index.ts', '@@ -1 +1 @@\n-a\n+b'),
        commit(sha('f'), 'services/checkout/web/price.css', DIFF_CSS)
      ]
    })
    const a = attributeChange(s, ALARM)
    expect(a.suspect).toBeUndefined()
    const why = (x: string) => a.ruledOut.find((r) => r.sha === sha(x))?.why
    expect(why('d')).toMatch(/began 5 min after the symptom began/)
    expect(why('e')).toMatch(/deployed to search, which shows no errors/)
    expect(why('f')).toMatch(/only documentation, tests or assets/)
  })

  it('keeps a deployment recorded after the onset whose start it does not know: it may have been rolling out', () => {
    // A migration held the rollout: recorded 8 minutes after the onset, the culprit all along.
    const s = snapshot({
      errors: NPE,
      deployments: [deployment('d-late', 38, [CULPRIT])],
      commits: [
        commit(
          CULPRIT,
          'services/checkout/src/main/java/com/acme/checkout/PriceCalculator.java',
          DIFF_PRICE
        )
      ]
    })
    expect(attributeChange(s, ALARM).suspect?.sha).toBe(CULPRIT)
  })

  it('answers none for a traffic surge, though a change shares words with the errors', () => {
    const requests: [string, number][] = Array.from({ length: 40 }, (_, m) => [
      at(m),
      m >= 30 ? 4000 : 1000
    ])
    const s = snapshot({
      errors: [
        'pool exhausted: checkoutpool waited 5000 ms',
        'pool exhausted: checkoutpool waited 5000 ms',
        'pool exhausted: checkoutpool waited 5000 ms'
      ],
      deployments: [deployment('d-1', -10, [CULPRIT])],
      commits: [
        commit(
          CULPRIT,
          'services/checkout/src/pool.ts',
          '@@ -1 +1 @@\n-// checkoutpool metrics\n+// checkoutpool metrics and gauges'
        )
      ]
    })
    const surge = {
      ...s,
      services: {
        checkout: {
          ...s.services?.checkout,
          metrics: {
            ...s.services?.checkout?.metrics,
            requests: { kind: 'requests' as const, points: requests }
          }
        }
      }
    }
    const a = attributeChange(surge, ALARM)
    expect(a.suspect).toBeUndefined()
    expect(a.operational.map((o) => o.kind)).toContain('traffic')
    expect(a.none).toMatch(/^an operational cause explains it: requests rose 4\.0×/)
  })
})
