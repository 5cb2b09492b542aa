// Timestamps at the start of a log line, for replaying a file offline (`opsloop watch`):
// ISO 8601 / RFC 3339 (`2024-05-01T10:00:00.123Z`, a space for the `T`, an offset or none for
// UTC), syslog (`Nov  9 12:01:01`, no year: the reader is given one and adds a year when the
// month goes back, as at New Year), and Loghub's labelled layout (BGL, Thunderbird): a label,
// then epoch seconds. A Loghub line's label is the answer an evaluation grades against, so it is
// cut from the message the detector sees.

export type TimestampKind = 'iso' | 'syslog' | 'loghub'

export interface Stamped {
  /** Epoch milliseconds. */
  time: number
  /** What the detector reads: the line, less a Loghub label. */
  message: string
  kind: TimestampKind
  /** A Loghub line's first field (`-` for a normal line, else its alert category). */
  label?: string
}

const ISO =
  /^\[?(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d{1,9}))?)?(Z|[+-]\d\d(?::?\d\d)?)?(?![\w:.])/
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const SYSLOG = /^([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d\d):(\d\d):(\d\d)(?![\w:])/
const LOGHUB = /^(\S+)[ \t]+(\d{9,10})[ \t]/

/** Reads leading timestamps; holds the year syslog stamps lack. */
export class TimestampReader {
  private year: number
  private lastMonth = -1

  /** `year`: the year of the first syslog stamp (they carry none). */
  constructor(year: number) {
    this.year = year
  }

  read(line: string): Stamped | undefined {
    const c = line.charCodeAt(0)
    if ((c >= 48 && c <= 57) || c === 91) {
      const iso = this.iso(line)
      if (iso !== undefined) return iso
    }
    if (c >= 65 && c <= 90) {
      const syslog = this.syslog(line)
      if (syslog !== undefined) return syslog
    }
    const loghub = LOGHUB.exec(line)
    if (loghub !== null) {
      const label = loghub[1] ?? ''
      return {
        time: Number(loghub[2]) * 1000,
        message: line.slice(label.length).trimStart(),
        kind: 'loghub',
        label
      }
    }
    return undefined
  }

  private iso(line: string): Stamped | undefined {
    const m = ISO.exec(line)
    if (m === null) return undefined
    const [, y, mo, d, h, mi, s = '0', fraction = '', zone = 'Z'] = m
    const ms = Number(fraction.padEnd(3, '0').slice(0, 3))
    const time = utc(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s), ms)
    if (time === undefined) return undefined
    let offset = 0
    if (zone !== 'Z') {
      const digits = zone.replace(':', '')
      const sign = digits.startsWith('-') ? -1 : 1
      offset = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || '0')) * 60_000
    }
    return { time: time - offset, message: line, kind: 'iso' }
  }

  private syslog(line: string): Stamped | undefined {
    const m = SYSLOG.exec(line)
    if (m === null) return undefined
    const [, name = '', d, h, mi, s] = m
    const month = MONTHS.indexOf(name.toLowerCase())
    if (month < 0) return undefined
    // A month well before the last one is the next year (December, then January).
    if (this.lastMonth >= 0 && month < this.lastMonth - 6) this.year++
    this.lastMonth = month
    const time = utc(this.year, month + 1, Number(d), Number(h), Number(mi), Number(s), 0)
    return time === undefined ? undefined : { time, message: line, kind: 'syslog' }
  }
}

function utc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number
): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined
  if (hour > 23 || minute > 59 || second > 60) return undefined
  return Date.UTC(year, month - 1, day, hour, minute, second, ms)
}
