// Page tokens for the stand-ins' list operations: opaque to clients, base64 of `<scope>:<offset>`,
// so a token minted for another listing (or made up) is refused as AWS refuses a foreign token.
import type { AwsError } from './protocol.js'

export const encodePageToken = (scope: string, offset: number): string =>
  Buffer.from(`${scope}:${offset}`).toString('base64')

/** The offset `token` carries (0 without one); `invalid` makes the service's error for a bad one. */
export function decodePageToken(scope: string, token: unknown, invalid: () => AwsError): number {
  if (token === undefined) return 0
  const text = typeof token === 'string' ? Buffer.from(token, 'base64').toString('utf8') : ''
  const offset = text.startsWith(`${scope}:`) ? text.slice(scope.length + 1) : ''
  if (!/^\d+$/.test(offset)) throw invalid()
  return Number(offset)
}

/** One page of `items`: `size` items from the token's offset, and the next token if any remain. */
export function pageOf<T>(
  items: readonly T[],
  size: number,
  paging: { scope: string; token: unknown; invalid: () => AwsError }
): { page: T[]; nextToken?: string } {
  const offset = decodePageToken(paging.scope, paging.token, paging.invalid)
  const next = offset + size
  return {
    page: items.slice(offset, next),
    ...(next < items.length ? { nextToken: encodePageToken(paging.scope, next) } : {})
  }
}
