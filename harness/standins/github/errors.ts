// GitHub's error answers: `{message, documentation_url, status}` and, for 422, `errors`.
// Route handlers throw GitHubError; the server turns it into the body GitHub would send.

export interface ValidationErrorItem {
  resource?: string
  field?: string
  code: string
  message?: string
}

export class GitHubError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: ValidationErrorItem[]
  ) {
    super(message)
  }
}

export function errorBody(
  status: number,
  message: string,
  documentationUrl: string,
  errors?: ValidationErrorItem[]
): Record<string, unknown> {
  return {
    message,
    documentation_url: documentationUrl,
    status: String(status),
    ...(errors ? { errors } : {})
  }
}

export const notFound = (): GitHubError => new GitHubError(404, 'Not Found')

/** A 422 for a resource that fails a rule the description cannot express. */
export const invalid = (
  resource: string,
  field: string,
  code: string,
  message?: string
): GitHubError =>
  new GitHubError(422, 'Validation Failed', [
    { resource, field, code, ...(message === undefined ? {} : { message }) }
  ])

/** What a token without the needed permission gets: apps and bots see "integration". */
export function forbidden(type: string): GitHubError {
  const by = type === 'Bot' ? 'integration' : 'personal access token'
  return new GitHubError(403, `Resource not accessible by ${by}`)
}
