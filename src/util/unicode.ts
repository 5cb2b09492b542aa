// Broken UTF-16 (a lone surrogate, e.g. from a cut log line) as U+FFFD: GitHub, Slack and Jira
// all expect well-formed text.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd')
}
