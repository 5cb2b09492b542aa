// Derives TypeScript types and embeddable schema modules from the JSON Schemas in schemas/,
// which stay the single source of truth. `npm run generate` writes them; a test fails when
// the committed files are stale.
import { readFile, writeFile } from 'node:fs/promises'
import { generatedFiles } from './generated-files.js'

for (const file of await generatedFiles()) {
  const current = await readFile(file.path, 'utf8').catch(() => '')
  if (current !== file.content) {
    await writeFile(file.path, file.content)
    console.log(`wrote ${file.path}`)
  }
}
