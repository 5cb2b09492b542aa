// Run by bench/triage-index.ts in a fresh process: loads a validated catalog and its prebuilt
// triage index from files (as the CLI's cache does), then triages each incident once, timing the
// index load and every triage separately. Prints one JSON object.
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { incidentEvidence } from '../src/context/evidence.js'
import type { Incident } from '../src/generated/incident.js'
import { TriageIndex } from '../src/triage/catalog-index.js'
import { rulesTriage } from '../src/triage/rules.js'
import type { CatalogRunbook } from '../src/triage/types.js'

const [catalogFile, indexFile, incidentsFile] = process.argv.slice(2)
if (!catalogFile || !indexFile || !incidentsFile)
  throw new Error('usage: triage-child CATALOG.json INDEX.json INCIDENTS.json')

let start = performance.now()
const catalog = JSON.parse(readFileSync(catalogFile, 'utf8')) as CatalogRunbook[]
// The young generation's first scavenge after a 2 MB parse copies the whole catalog; run it now
// (node --expose-gc) so it is counted with the catalog's load, not the index's.
globalThis.gc?.()
const catalogMs = performance.now() - start
const incidents = JSON.parse(readFileSync(incidentsFile, 'utf8')) as Incident[]
globalThis.gc?.()

start = performance.now()
const index = TriageIndex.load(catalog, JSON.parse(readFileSync(indexFile, 'utf8')))
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
