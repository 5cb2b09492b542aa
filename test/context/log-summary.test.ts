import { describe, expect, it } from '@jest/globals'
import { summarizeLogs, type LogLine } from '../../src/context/log-summary.js'
import { detectSeverity } from '../../src/context/severity.js'
import { estimateTokens } from '../../src/context/tokens.js'
import { syntheticLogs } from '../../bench/logs.js'

// Reference: cl100k_base token counts of typical log lines, measured with js-tiktoken 1.0.21
// (`getEncoding('cl100k_base').encode(line).length`) and recorded here, so the test needs no
// tokenizer. The estimate must never be below them, nor wildly above (budget wasted).
const CL100K: [string, number][] = [
  ['START RequestId: 6f1c2a4e-93b1-4d0e-8a57-2c9f0e1b7d42 Version: $LATEST', 43],
  [
    '2024-05-01T10:57:12.123Z\t6f1c2a4e-93b1-4d0e-8a57-2c9f0e1b7d42\tERROR\tInvoke Error \t{"errorType":"TimeoutError","errorMessage":"Connection timed out after 3000 ms"}',
    73
  ],
  [
    'REPORT RequestId: 6f1c2a4e-93b1-4d0e-8a57-2c9f0e1b7d42\tDuration: 3001.52 ms\tBilled Duration: 3002 ms\tMemory Size: 512 MB\tMax Memory Used: 187 MB',
    70
  ],
  [
    '{"level":"error","timestamp":"2024-05-01T10:57:12.123Z","service":"checkout","message":"payment failed","order_id":88123,"retry":3}',
    42
  ],
  [
    '10.0.12.7 - - [01/May/2024:10:57:12 +0000] "GET /api/v1/orders/88123 HTTP/1.1" 502 157 "-" "Mozilla/5.0 (X11; Linux x86_64)"',
    63
  ],
  [
    '2024-05-01 10:57:12,345 WARN  [http-nio-8080-exec-7] c.e.checkout.PaymentClient - Retrying request to https://payments.internal:8443/charge (attempt 2 of 3)',
    55
  ],
  ['java.lang.IllegalStateException: Connection pool shut down', 10],
  ['\tat org.apache.http.pool.AbstractConnPool.lease(AbstractConnPool.java:189)', 17],
  [
    'Traceback (most recent call last):\n  File "/var/task/app.py", line 42, in handler\n    resp = client.get_item(Key={"id": item_id})\nbotocore.exceptions.ClientError: An error occurred (ProvisionedThroughputExceededException)',
    56
  ],
  [
    'panic: runtime error: invalid memory address or nil pointer dereference [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a5b2c]',
    42
  ],
  [
    'time="2024-05-01T10:57:12Z" level=info msg="health check ok" latency_ms=3 instance=i-0abc12345def67890',
    39
  ],
  [
    'Apr 30 23:59:59 ip-10-0-1-23 kernel: [1234567.890123] Out of memory: Killed process 4321 (java) total-vm:8123456kB, anon-rss:4012345kB',
    57
  ],
  [
    'ECS task arn:aws:ecs:us-east-1:123456789012:task/prod/0f3e5a7b9c1d4e2f8a6b4c2d0e9f8a7b stopped: Essential container in task exited (exit code 137)',
    69
  ],
  [
    'INFO 2024-05-01 10:00:00 heartbeat seq=1 2 3 4 5 6 7 8 9 10 11 12 13 36 40 44 48 52 56 60 64 100 104 108',
    64
  ]
]

describe('estimateTokens', () => {
  it('over-estimates cl100k_base on typical log lines, each one and in total', () => {
    let estimated = 0
    let actual = 0
    for (const [line, tokens] of CL100K) {
      expect([line, estimateTokens(line) >= tokens]).toEqual([line, true])
      estimated += estimateTokens(line)
      actual += tokens
    }
    const all = CL100K.map(([line]) => line).join('\n')
    expect(estimateTokens(all)).toBeGreaterThanOrEqual(actual)
    // Conservative, not wasteful: within 1.6× overall.
    expect(estimated / actual).toBeLessThan(1.6)
  })

  it('is never below a simple floor: one token per 4 bytes', () => {
    for (const [line] of CL100K)
      expect(estimateTokens(line)).toBeGreaterThanOrEqual(Buffer.byteLength(line) / 4)
  })

  it('counts non-ASCII text by its UTF-8 bytes and empty text as nothing', () => {
    expect(estimateTokens('')).toBe(0)
    expect(estimateTokens('日本語')).toBeGreaterThanOrEqual(9)
  })
})

describe('detectSeverity', () => {
  it.each([
    ['2024-05-01T10:57:12Z ERROR Payment failed', 'error'],
    ['[error] upstream timed out', 'error'],
    ['E: err opening file', 'error'],
    ['{"level":"error","msg":"x"}', 'error'],
    ['{"severity":"WARNING","message":"x"}', 'warn'],
    ['{"level":"info","msg":"no error here"}', 'info'],
    ['2024 WARN Retrying', 'warn'],
    ['Warning: disk 91% full', 'warn'],
    ['FATAL could not bind', 'fatal'],
    ['panic: runtime error: index out of range', 'fatal'],
    ['CRITICAL: out of memory', 'fatal'],
    ['SEVERE: servlet failed', 'error'],
    ['java.lang.NullPointerException: null', 'error'],
    ['Traceback (most recent call last):', 'error'],
    ['INFO retried after error', 'info'],
    ['GET /errors 200', 'info'],
    ['terror and errand', 'info'],
    ['all good', 'info']
  ])('%s → %s', (line, severity) => {
    expect(detectSeverity(line)).toBe(severity)
  })
})

describe('summarizeLogs', () => {
  const logs = syntheticLogs(100_000)
  const summary = summarizeLogs(logs.lines)

  it('fits 100,000 lines in 6,000 estimated tokens', () => {
    expect(summary.lines).toBe(100_000)
    expect(summary.tokens).toBe(estimateTokens(summary.text))
    expect(summary.tokens).toBeLessThanOrEqual(6_000)
    expect(summary.tokens).toBeGreaterThan(3_000)
    expect(summary.method).toMatch(/cl100k/)
  })

  it('keeps every error and warning template, with counts and a raw line', () => {
    for (const { key, level } of logs.errorTemplates) {
      const shown = summary.templates.find((t) => t.examples.some((e) => e.includes(key)))
      expect([key, shown?.severity]).toEqual([key, level === 'ERROR' ? 'error' : 'warn'])
      expect(summary.text).toContain(key)
    }
    expect(summary.text).toMatch(/## Errors and warnings \(all 8, most unusual first\)/)
  })

  it('ranks the new error first and flags the burst', () => {
    const [first, second] = summary.templates
    expect(first?.template).toContain(logs.newError)
    expect(first).toMatchObject({ severity: 'error', new: true, baseline: 0 })
    expect(second?.template).toContain(logs.burst)
    expect(second?.burst).toBeGreaterThan(10)
    expect(summary.text).toMatch(/^1\. ERROR ×\d+ \(\d+\/0\) new, 10:5\d:\d\dZ/m)
    expect(summary.templates.filter((t) => t.new)).toHaveLength(1)
    expect(summary.templates.filter((t) => t.burst !== undefined)).toHaveLength(1)
  })

  it('shows representative raw lines, counts, first and last seen', () => {
    const first = summary.templates[0]
    expect(first?.examples[0]).toMatch(/^2024-05-01T10:5\d:\d\d\.\d{3}Z ERROR Payment provider/)
    expect(summary.text).toContain(`   > ${first?.examples[0] ?? '?'}`)
    expect(summary.text).toMatch(/^Logs: 100,000 lines, 2024-05-01 10:00:00Z to 10:59:59Z;/)
    // High-volume INFO templates are summarized by count, not dropped silently.
    expect(summary.text).toMatch(/\d+ other templates not shown \([\d,]+ lines\)/)
    const shownLines = summary.templates.reduce((a, t) => a + t.count, 0)
    const notShown = Number(
      /not shown \(([\d,]+) lines\)/.exec(summary.text)?.[1]?.replace(/,/g, '')
    )
    expect(shownLines + notShown).toBe(100_000)
    expect(summary.omitted).toBeGreaterThan(0)
  })

  it('shortens examples, then cuts error templates with a line saying so', () => {
    const short = summarizeLogs(logs.lines, { maxTokens: 900 })
    expect(short.tokens).toBeLessThanOrEqual(900)
    expect(short.text).toMatch(/examples (shortened|left out) to fit/)
    const tight = summarizeLogs(logs.lines, { maxTokens: 600 })
    expect(tight.tokens).toBeLessThanOrEqual(600)
    const more = /(\d+) more error\/warning templates not shown \(([\d,]+) lines\)/.exec(tight.text)
    const shown = tight.templates.filter((t) => t.severity !== 'info').length
    expect(shown + Number(more?.[1])).toBe(logs.errorTemplates.length)
    // The new error survives the cut: it is ranked first.
    expect(tight.templates[0]?.template).toContain(logs.newError)
  })

  it('streams any iterable, with line numbers when there are no timestamps', () => {
    function* lines(): Generator<LogLine> {
      for (let i = 0; i < 1000; i++) yield { message: `INFO tick ${i}` }
      for (let i = 0; i < 10; i++) yield { message: `ERROR disk /dev/sda${i % 2} failed` }
    }
    const s = summarizeLogs(lines())
    expect(s.lines).toBe(1010)
    expect(s.templates[0]).toMatchObject({ severity: 'error', count: 10, new: true })
    expect(s.text).toContain('line 1,001–line 1,010')
    expect(s.text).toContain('ERROR disk /dev/sda0 failed')
  })

  it('summarizes nothing', () => {
    const s = summarizeLogs([])
    expect(s).toMatchObject({ lines: 0, templates: [], omitted: 0 })
    expect(s.text).toMatch(/^Logs: 0 lines/)
  })
})
