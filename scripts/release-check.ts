// What the release workflow checks before it tags anything: the tag is a version (vX.Y.Z), the
// same as package.json's and the CLI's, and CHANGELOG.md has a section for it, which becomes the
// release notes. A release that says one version and ships another cannot be taken back once
// the release is immutable, so it is stopped here.
//   npx tsx scripts/release-check.ts v0.1.0 [NOTES_FILE]
import { readFileSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

/** The release tags: `v` and a semantic version without pre-release or build parts. */
export const RELEASE_TAG = /^v(\d+)\.(\d+)\.(\d+)$/

export interface ReleaseFiles {
  packageJson: string
  versionTs: string
  changelog: string
}

export type ReleaseCheck =
  { ok: true; version: string; major: string; notes: string } | { ok: false; problems: string[] }

/** A changelog section: its heading's date (`## [0.1.0] - 2026-12-05`) and its text. */
export interface ChangelogSection {
  /** YYYY-MM-DD, or undefined while the heading says `Unreleased`. */
  date?: string
  text: string
}

/** The changelog's section for `version`, up to the next `## ` heading. */
export function changelogSection(changelog: string, version: string): ChangelogSection | undefined {
  const lines = changelog.split('\n')
  const start = lines.findIndex((l) => l.startsWith(`## [${version}]`))
  if (start < 0) return undefined
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '))
  const date = /\s-\s(\d{4}-\d{2}-\d{2})\s*$/.exec(lines[start] ?? '')?.[1]
  const text = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim()
  return date === undefined ? { text } : { date, text }
}

export function checkRelease(tag: string, files: ReleaseFiles): ReleaseCheck {
  const match = RELEASE_TAG.exec(tag)
  if (!match)
    return {
      ok: false,
      problems: [
        `tag ${JSON.stringify(tag)} is not a release tag: use v<major>.<minor>.<patch>, e.g. v0.1.0`
      ]
    }
  const version = tag.slice(1)
  const problems: string[] = []
  const pkg = (JSON.parse(files.packageJson) as { version?: string }).version
  if (pkg !== version)
    problems.push(
      `package.json says ${String(pkg)}, the tag ${tag}: run \`npm version ${version} --no-git-tag-version\``
    )
  const cli = /VERSION = '([^']*)'/.exec(files.versionTs)?.[1]
  if (cli !== version)
    problems.push(
      `src/version.ts says ${String(cli)}, the tag ${tag}: set VERSION to '${version}' and rebuild dist/`
    )
  const section = changelogSection(files.changelog, version)
  if (section === undefined || section.text === '')
    problems.push(`CHANGELOG.md has no section \`## [${version}]\` with what changed: write it`)
  else if (section.date === undefined)
    problems.push(
      `CHANGELOG.md's section for ${version} is not dated: write \`## [${version}] - YYYY-MM-DD\` for the day of the release`
    )
  if (problems.length > 0) return { ok: false, problems }
  return { ok: true, version, major: `v${match[1] ?? '0'}`, notes: section?.text ?? '' }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [tag = '', notesFile] = process.argv.slice(2)
  const result = checkRelease(tag, {
    packageJson: readFileSync('package.json', 'utf8'),
    versionTs: readFileSync('src/version.ts', 'utf8'),
    changelog: readFileSync('CHANGELOG.md', 'utf8')
  })
  if (!result.ok) {
    for (const p of result.problems) console.error(`::error::${p}`)
    process.exitCode = 1
  } else {
    if (notesFile) writeFileSync(notesFile, `${result.notes}\n`)
    console.log(`Release ${tag}: version ${result.version}, major tag ${result.major}.`)
  }
}
