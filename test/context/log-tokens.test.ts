// A message's tokens for mining: a quoted, bracketed or parenthesized value is one token however
// many words it holds, key=value runs go in key order, a trailing `key: value` context list is not
// the event, and event words keep lines of different events apart.
import { describe, expect, it } from '@jest/globals'
import { distinctEvents, structuredTokens } from '../../src/context/log-tokens.js'
import { LogTemplateMiner } from '../../src/context/templates.js'

describe('structuredTokens', () => {
  it('keeps a quoted, bracketed or parenthesized value whole, and key="a b" too', () => {
    expect(
      structuredTokens(
        'GET /x 200 "Mozilla/5.0 (X11; Linux x86_64) Firefox/123.0" [a, b] (18.4 KB) status="not ready"'
      )
    ).toEqual([
      'GET',
      '/x',
      '200',
      '"Mozilla/5.0 (X11; Linux x86_64) Firefox/123.0"',
      '[a, b]',
      '(18.4 KB)',
      'status="not ready"'
    ])
  })

  it('reads a quoted message as its words, and a quote that does not close a value', () => {
    expect(structuredTokens('"SyncLoop UPDATE" source="api"')).toEqual([
      'SyncLoop',
      'UPDATE',
      'source="api"'
    ])
    expect(structuredTokens('"Probe failed" probeType="Readiness"')[1]).toBe('failed')
    expect(structuredTokens("it don't work here")).toEqual(['it', "don't", 'work', 'here'])
  })

  it('reads a bind parameter list after its label, and a key tuple with its values, as one value', () => {
    expect(structuredTokens("parameters: $1 = '905197', $2 = 'cash', $3 = '53978'")).toEqual([
      'parameters:',
      "$1 = '905197', $2 = 'cash', $3 = '53978'"
    ])
    expect(structuredTokens('Key (order_id, sku)=(901158, SKU-1632) already exists.')).toEqual([
      'Key',
      '(order_id, sku)=(901158, SKU-1632)',
      'already',
      'exists.'
    ])
  })

  it('puts key=value runs in key order', () => {
    expect(structuredTokens('task done b=2 a=1 c=3')).toEqual(['task', 'done', 'a=1', 'b=2', 'c=3'])
  })

  it('drops a trailing context list of two or more key: value pairs', () => {
    expect(
      structuredTokens(
        'upstream timed out while reading, client: 10.0.0.1, server: shop, request: "GET / HTTP/1.1", referrer: "x"'
      )
    ).toEqual(['upstream', 'timed', 'out', 'while', 'reading'])
    // One pair is not a list; a `key:` in the middle of the message is the message's.
    expect(structuredTokens('failed, code: 7')).toEqual(['failed,', 'code:', '7'])
  })
})

describe('distinctEvents', () => {
  it('tells outcomes, states and methods apart, not names', () => {
    expect(distinctEvents('completed', 'aborted')).toBe(true)
    expect(distinctEvents('GET', 'POST')).toBe(true)
    expect(distinctEvents('ADD', 'DELETE')).toBe(true)
    expect(distinctEvents('root', 'admin')).toBe(false)
    expect(distinctEvents('completed', 'alice')).toBe(false)
    expect(distinctEvents('v2', 'v3')).toBe(false)
  })
})

describe('LogTemplateMiner', () => {
  it('mines a JSON line by its message and the fields it has, its level from its level field', () => {
    const miner = new LogTemplateMiner()
    const a = miner.add(
      '{"level":30,"time":1,"pid":18,"msg":"request completed","req":{"id":1},"responseTime":4}'
    )
    const b = miner.add(
      '{"level":50,"time":2,"pid":18,"msg":"request completed","responseTime":900,"req":{"id":2}}'
    )
    const c = miner.add(
      '{"level":30,"time":3,"msg":"request aborted","req":{"id":3},"responseTime":1}'
    )
    expect(a.template.template).toBe('request completed req=<*> responseTime=<*>')
    expect(b.template).toBe(a.template)
    expect([a.severity, b.severity]).toEqual(['info', 'error'])
    expect(c.template).not.toBe(a.template)
  })

  it('keeps one event whatever the value word count or the optional context', () => {
    const miner = new LogTemplateMiner()
    const ua = (agent: string) =>
      miner.add(`10.0.0.1 - - [11/Mar/2025:09:00:01 +0000] "GET /x HTTP/1.1" 200 5 "-" "${agent}"`)
    const first = ua('curl/8.5.0')
    expect(ua('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605.1.15').template).toBe(
      first.template
    )
    const err = (tail: string) =>
      miner.add(
        `2025/03/11 09:00:01 [error] 30#30: *2195 upstream timed out, client: 10.0.0.1, server: a${tail}`
      )
    expect(err(', referrer: "https://x/"').template).toBe(err('').template)
  })
})

describe('logfmt and access-log lines', () => {
  it('mines a logfmt line by its msg and the fields it has, in any order, its level from level=', () => {
    const miner = new LogTemplateMiner()
    const a = miner.add(
      'level=info time=2025-03-11T09:00:10Z msg="Stopping container" container="worker" module=engine.go'
    )
    const b = miner.add(
      'level=warn time=2025-03-11T09:00:11Z module=engine.go container="report" msg="Stopping container"'
    )
    expect(a.template.template).toBe('Stopping container container=<*> module=<*>')
    expect(b.template).toBe(a.template)
    expect(b.severity).toBe('warn')
  })

  it("keeps an access line's client address and its request line whole", () => {
    expect(structuredTokens('"GET /x?q=a b HTTP/1.1" 200')).toEqual([
      '"GET /x?q=a b HTTP/1.1"',
      '200'
    ])
    const miner = new LogTemplateMiner()
    const one = miner.add('10.11.10.1 "GET /v2/servers/detail HTTP/1.1" status: 200 len: 1893')
    expect(one.message).toMatch(/^10\.11\.10\.1 /)
  })
})
