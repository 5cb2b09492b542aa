// Month and weekday names as timestamps print them (`Nov`, `Sept`, `Thursday`): part of a date,
// not a word of a message. One list for the header walk (context/log-header.ts), the miner
// (context/drain.ts) and the detector's template key (detect/key.ts).

/** Abbreviated names, lower case: what syslog-style headers print. */
export const DATE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'jan feb mar apr may jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun'.split(
    ' '
  )
)

const DATE_NAMES: ReadonlySet<string> = new Set([
  ...DATE_ABBREVIATIONS,
  ...'january february march april june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' '
  )
])

/** Whether a token is a month or weekday name, abbreviated or whole (a trailing `,` or `.` aside). */
export const isDateWord = (token: string): boolean =>
  token.length <= 10 && DATE_NAMES.has(token.toLowerCase().replace(/[,.]$/, ''))
