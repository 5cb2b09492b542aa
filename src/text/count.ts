// A number with its noun, for messages people read: `1 runbook`, `3 errors`, never `error(s)`.

/** `n` and `noun`, plural unless `n` is 1 (regular English plurals: `noun` + `s`). */
export const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`
