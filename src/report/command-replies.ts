// What OpsLoop says to someone who may not command it: one short note per person per issue, and
// nothing after it. The note's last line names the person, so the comment job can see in the
// snapshot it has already read (OpsLoop's own comments only) that the note was given, without
// asking GitHub anything more. Nothing here is a record: the worst a forged note can do is keep
// OpsLoop quiet towards one person who has no say anyway.

const onlyNote = (login: string): string =>
  `Every OpsLoop command needs write access: this is the only note @${login} gets on this issue, and later commands from them go unanswered.`

/**
 * The one note to `login`, who lacks write access: why their command did not count (`refusal`,
 * one sentence from the approval policy) and that no other reply will follow.
 */
export function permissionNote(login: string, refusal: string): string {
  return `❌ Not counted: ${refusal}\n\n_${onlyNote(login)}_`
}

/** Whether `body` (a comment of OpsLoop's own) is the note to `login`; logins ignore case. */
export function isPermissionNoteTo(body: string, login: string): boolean {
  return body.toLowerCase().includes(`_${onlyNote(login)}_`.toLowerCase())
}
