// AWS SDK failures in one line, for notes on issues and in logs.
/** An AWS SDK failure in one line: exception name, status, attempts, message. */
export function describeAwsError(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const meta = (error as { $metadata?: { httpStatusCode?: number; attempts?: number } }).$metadata
  const status = meta?.httpStatusCode ? ` (HTTP ${meta.httpStatusCode})` : ''
  const attempts = meta?.attempts && meta.attempts > 1 ? ` after ${meta.attempts} attempts` : ''
  const message = error.message.split('\n')[0]?.slice(0, 300) ?? ''
  return `${error.name}${status}${attempts}: ${message}`
}

/** Whether AWS refused the call for want of a permission (each service names it its own way). */
export function isAccessDenied(error: unknown): boolean {
  const name = error instanceof Error ? error.name : ''
  const status = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata
    ?.httpStatusCode
  return (
    /^(AccessDenied|AccessDeniedException|UnauthorizedOperation|UnauthorizedException|AuthorizationError|NotAuthorized)$/.test(
      name
    ) || status === 403
  )
}
