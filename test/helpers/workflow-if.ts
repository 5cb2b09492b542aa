// A job's `if:` as GitHub evaluates it, with GitHub's own expression engine (@actions/expressions,
// the parser and evaluator behind the Actions language services), read from the workflow file.
import { Evaluator, Lexer, Parser, data } from '@actions/expressions'
import { truthy } from '@actions/expressions/result'

/**
 * The `if:` as a function of the event (and of the jobs it needs, their outputs): one `${{ }}`
 * expression over the `github` and `needs` contexts. Text outside the braces would make the value
 * a non-empty string, which is always true.
 */
export function compileIf(
  text: string,
  eventName: string
): (event: unknown, needs?: Record<string, { outputs: Record<string, string> }>) => boolean {
  const inner = /^\$\{\{([^]*)\}\}$/.exec(text.trim())?.[1]
  if (inner === undefined || inner.includes('${{') || inner.includes('}}'))
    throw new Error(`not one \${{ }} expression: ${text}`)
  const expr = new Parser(new Lexer(inner).lex().tokens, ['github', 'needs'], []).parse()
  return (event, needs = {}) => {
    const github = new data.Dictionary(
      { key: 'event_name', value: new data.StringData(eventName) },
      { key: 'event', value: JSON.parse(JSON.stringify(event), data.reviver) as data.Dictionary }
    )
    return truthy(
      new Evaluator(
        expr,
        new data.Dictionary(
          { key: 'github', value: github },
          {
            key: 'needs',
            value: JSON.parse(JSON.stringify(needs), data.reviver) as data.Dictionary
          }
        )
      ).evaluate()
    )
  }
}
