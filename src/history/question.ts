// What a question asks about: its terms, read as triage's lexical search reads text (stemmed,
// synonyms added, stop words dropped), and whether it asks about the past ("before", "last
// time", "fixed"). Deterministic, so the answer without a model is the same every time.
import { tokenize } from '../triage/lexical.js'

/** Words that ask about history: such a question is answered from past incidents. */
const HISTORY = new Set(
  tokenize(
    'before last time previous previously earlier again happened happen ever fixed fix fixes resolved resolve solved solution history past recur recurring recurred prior ago occurred seen similar same worked'
  )
)
/** Words every question about an incident may hold: they match everything, so they say nothing. */
const FILLER = new Set(
  tokenize(
    'incident alarm issue problem this that these what which who whom how when why where did does do done was were is are it its there here we our us you please opsloop know tell show help happening going'
  )
)

export interface QuestionTerms {
  /** What the question is about, without the words that only ask about history. */
  terms: string[]
  /** Whether it asks about earlier incidents. */
  history: boolean
}

export function questionTerms(question: string): QuestionTerms {
  const all = tokenize(question)
  return {
    terms: [...new Set(all.filter((t) => !HISTORY.has(t) && !FILLER.has(t)))],
    history: all.some((t) => HISTORY.has(t))
  }
}

/** The question's terms that `text` holds, in the question's order. */
export function matchedTerms(terms: readonly string[], text: string): string[] {
  if (terms.length === 0) return []
  const found = new Set(tokenize(text))
  return terms.filter((t) => found.has(t))
}
