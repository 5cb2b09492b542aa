// The key OpsLoop seals its records with (the `record-key` secret), apart from the records
// themselves so that a job can check and mask it at start-up without loading the records'
// validators.
import { createHmac } from 'node:crypto'

/** The HMAC key: the `record-key` secret. */
export interface RecordKey {
  readonly seal: (payload: string) => string
}

/** At least 32 characters: a key from `openssl rand -hex 32` has 64. */
export const MIN_KEY_LENGTH = 32

export function recordKey(secret: string): RecordKey {
  if (secret.length < MIN_KEY_LENGTH)
    throw new Error(
      `\`record-key\` must be at least ${MIN_KEY_LENGTH} characters (it has ${secret.length}); create one with \`openssl rand -hex 32\` and store it as the OPSLOOP_RECORD_KEY secret of the opsloop environment (docs/setup.md).`
    )
  const bytes = Buffer.from(secret, 'utf8')
  return {
    // A fixed context string keeps these seals from meaning anything elsewhere.
    seal: (payload) =>
      createHmac('sha256', bytes).update(`opsloop-record/1\n${payload}`).digest('hex')
  }
}
