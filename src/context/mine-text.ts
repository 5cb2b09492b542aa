// What of a log line is mined: its first line, up to MAX_MINE_CHARS characters. A template is in
// a line's start, and the cost of a huge line stays that of a long one. Shared by the product's
// miner (context/templates.ts) and the detector's template key (detect/key.ts).

/** Characters of a line that are mined. */
export const MAX_MINE_CHARS = 2_000

/** The first line of a message, its first MAX_MINE_CHARS characters. */
export function mineText(message: string): string {
  const end = message.indexOf('\n')
  const first = end < 0 ? message : message.slice(0, end)
  return first.length > MAX_MINE_CHARS ? first.slice(0, MAX_MINE_CHARS) : first
}
