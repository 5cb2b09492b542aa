// Run by bench/triage-index.ts in a fresh process: reads a validated catalog and its prebuilt
// triage index from one file and loads the index (as the CLI's cache does with an entry), then
// triages each incident once, timing the read, the index load and every triage separately.
// Prints one JSON object.
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { incidentEvidence } from '../src/context/evidence.js'
import type { Incident } from '../src/generated/incident.js'
import { TriageIndex } from '../src/triage/catalog-index.js'
import { rulesTriage } from '../src/triage/rules.js'
import type { CatalogRunbook } from '../src/triage/types.js'

const [entryFile, incidentsFile] = process.argv.slice(2)
if (!entryFile || !incidentsFile) throw new Error('usage: triage-child ENTRY.json INCIDENTS.json')

let start = performance.now()
const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as {
  catalog: CatalogRunbook[]
  index: unknown
}
const { catalog } = entry
// The young generation's first scavenge after a 2 MB parse copies the whole entry; run it now
// (node --expose-gc) so it is counted with the read, not the index's load.
globalThis.gc?.()
const catalogMs = performance.now() - start
const incidents = JSON.parse(readFileSync(incidentsFile, 'utf8')) as Incident[]
globalThis.gc?.()

start = performance.now()
// As the CLI's cache loads an entry: its key already covers the catalog (src/catalog/cache.ts).
const index = TriageIndex.load(catalog, entry.index, { vouched: true })
const indexMs = performance.now() - start
if (!index) throw new Error('the prebuilt index does not fit the catalog')

const times: number[] = []
const chosen: (string | null)[] = []
for (const incident of incidents) {
  const evidence = incidentEvidence(incident)
  start = performance.now()
  const t = rulesTriage({ incident, evidence, catalog, index })
  times.push(performance.now() - start)
  chosen.push(t.runbook?.id ?? null)
}
process.stdout.write(JSON.stringify({ catalogMs, indexMs, times, chosen }))
