// Markdown as a person reads it in a terminal: headings, tables and lists kept, HTML and hidden
// blocks (plan, state, markers) removed, long code blocks shortened.
const WIDTH = 100
const CODE_LINES = 12

const color = process.stdout.isTTY && !process.env.NO_COLOR
const wrap = (code: string) => (text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text)
export const bold = wrap('1')
export const dim = wrap('2')
export const green = wrap('32')
export const red = wrap('31')
export const cyan = wrap('36')
export const yellow = wrap('33')

export function renderMarkdown(markdown: string): string {
  const out: string[] = []
  let fence: string | undefined
  let codeLines = 0
  for (const raw of markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\u2060/g, '')
    .split('\n')) {
    const opening = /^(`{3,}|~{3,})/.exec(raw)?.[1]
    if (fence) {
      if (raw.startsWith(fence)) {
        if (codeLines > CODE_LINES) out.push(dim(`    … ${codeLines - CODE_LINES} more lines`))
        fence = undefined
        continue
      }
      if (++codeLines <= CODE_LINES) out.push(dim(`    ${raw.slice(0, WIDTH)}`))
      continue
    }
    if (opening) {
      fence = opening
      codeLines = 0
      continue
    }
    let line = raw
      .replace(/<details><summary>(.*?)<\/summary>/, '▸ $1')
      .replace(/<\/?(details|sub)>/g, '')
      .replace(/<br>/g, ', ')
      .replace(/\\([\\`*_[\]|~<>&#])/g, '$1')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
    if (/^\|\s*-{3}/.test(line)) continue
    if (/^#{1,3} /.test(line)) line = bold(line.replace(/^#+ /, ''))
    else if (line.startsWith('|')) {
      const cells = line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((c) => c.trim())
      if (cells.every((c) => c === '')) continue
      line = `  ${cells[0] ? `${cells[0].padEnd(18)} ` : ''}${cells.slice(1).join('  ')}`
    }
    line = line.replace(/\*\*(.+?)\*\*/g, (_, t: string) => bold(t))
    out.push(line.length > WIDTH * 2 ? `${line.slice(0, WIDTH * 2)}…` : line)
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
