// Derives TypeScript types, embeddable schema modules and reference docs from the JSON Schemas
// in schemas/, which stay the single source of truth.
//   npm run generate            write what is stale
//   npm run generate -- --check list what is stale and exit 1 (CI and a test use this)
import { readFile, writeFile } from 'node:fs/promises'
import { generatedFiles } from './generated-files.js'

const check = process.argv.includes('--check')
const stale: string[] = []
for (const file of await generatedFiles()) {
  const current = await readFile(file.path, 'utf8').catch(() => '')
  if (current === file.content) continue
  stale.push(file.path)
  if (!check) await writeFile(file.path, file.content)
}
if (check && stale.length > 0) {
  console.error(`Stale generated files (run \`npm run generate\`): ${stale.join(', ')}`)
  process.exitCode = 1
} else {
  console.log(stale.length === 0 ? 'Generated files are up to date.' : `Wrote ${stale.join(', ')}`)
}
