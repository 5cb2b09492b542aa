// `{{ params.NAME }}` and `{{ targets }}` are the only substitutions a runbook may use; anything
// else (environment, incident text, expressions) is refused so untrusted input cannot flow in.
export type Reference =
  | { kind: 'param'; name: string; index: number; text: string }
  | { kind: 'targets'; index: number; text: string }
  | { kind: 'invalid'; index: number; text: string; reason: string }

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g

export function references(value: string): Reference[] {
  const out: Reference[] = []
  for (const m of value.matchAll(PLACEHOLDER)) {
    const inner = (m[1] ?? '').trim()
    const base = { index: m.index, text: m[0] }
    const param = /^params\.([A-Za-z][A-Za-z0-9_]*)$/.exec(inner)
    if (param?.[1]) out.push({ kind: 'param', name: param[1], ...base })
    else if (inner === 'targets') out.push({ kind: 'targets', ...base })
    else
      out.push({
        kind: 'invalid',
        reason: 'only `{{ params.NAME }}` and `{{ targets }}` can be used',
        ...base
      })
  }
  const stray = value.replace(PLACEHOLDER, '').search(/\{\{|\}\}/)
  if (stray >= 0) {
    const index = value.search(/\{\{|\}\}/)
    out.push({
      kind: 'invalid',
      index,
      text: value.slice(index, index + 2),
      reason: 'unbalanced `{{`/`}}`'
    })
  }
  return out
}
