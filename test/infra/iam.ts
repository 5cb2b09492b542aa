// A small IAM policy evaluator for the infra tests: does a policy allow this request, does a trust
// policy admit this OIDC token. It knows what the templates use and throws on anything else, so a
// new operator cannot pass unnoticed: Allow and Deny, Action and Resource with the `*` and `?`
// wildcards (actions case-insensitive, resources case-sensitive), and the condition operators
// StringEquals, StringLike and ForAllValues:StringLike. A condition on a key the request does not
// carry fails, except ForAllValues (true over no values), as in IAM.
import { isObject, type Json, type JsonObject } from './cfn.js'

export interface Statement {
  Sid?: string
  Effect: string
  Action: string[]
  Resource: string[]
  Condition?: JsonObject
}

export interface Request {
  action: string
  /** Every resource the request names: each must be allowed (SendCommand: the document and every instance). */
  resources: string[]
  /** The request's context keys (aws:RequestedRegion, aws:TagKeys, ...). */
  context?: Record<string, string | string[]>
  /** Keys of one resource (ssm:resourceTag/..., aws:ResourceTag/...), by its ARN. */
  resourceContext?: Record<string, Record<string, string>>
}

const wildcard = (pattern: string, flags = ''): RegExp =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    flags
  )

const values = (v: Json | undefined): string[] =>
  v === undefined ? [] : (Array.isArray(v) ? v : [v]).map(String)

/** Whether every condition of a statement holds in this context. */
export function conditionsHold(
  condition: JsonObject | undefined,
  context: Record<string, string | string[]>
): boolean {
  for (const [operator, keys] of Object.entries(condition ?? {})) {
    if (!isObject(keys)) throw new Error(`condition ${operator} is not a map of keys`)
    for (const [key, expected] of Object.entries(keys)) {
      const actual = context[key]
      const allowed = values(expected)
      switch (operator) {
        case 'StringEquals':
        case 'StringLike': {
          if (actual === undefined) return false
          if (Array.isArray(actual)) throw new Error(`${operator} on the multivalued key ${key}`)
          const match = (p: string): boolean =>
            operator === 'StringEquals' ? p === actual : wildcard(p).test(actual)
          if (!allowed.some(match)) return false
          break
        }
        case 'ForAllValues:StringLike': {
          const all = actual === undefined ? [] : Array.isArray(actual) ? actual : [actual]
          if (!all.every((v) => allowed.some((p) => wildcard(p).test(v)))) return false
          break
        }
        default:
          throw new Error(`the evaluator does not know the condition operator ${operator}`)
      }
    }
  }
  return true
}

const matches = (
  s: Statement,
  action: string,
  resource: string,
  context: Record<string, string | string[]>
): boolean =>
  s.Action.some((a) => wildcard(a, 'i').test(action)) &&
  s.Resource.some((r) => wildcard(r).test(resource)) &&
  conditionsHold(s.Condition, context)

/**
 * Whether the statements allow the request: every resource it names is allowed by some Allow
 * statement and denied by none.
 */
export function isAllowed(statements: Statement[], request: Request): boolean {
  if (request.resources.length === 0) throw new Error('a request names at least one resource')
  return request.resources.every((resource) => {
    const context = { ...request.context, ...request.resourceContext?.[resource] }
    const applies = (s: Statement): boolean => matches(s, request.action, resource, context)
    for (const s of statements)
      if (s.Effect !== 'Allow' && s.Effect !== 'Deny') throw new Error(`unknown Effect ${s.Effect}`)
    return (
      statements.some((s) => s.Effect === 'Allow' && applies(s)) &&
      !statements.some((s) => s.Effect === 'Deny' && applies(s))
    )
  })
}

/** The claims of a GitHub OIDC token that AWS evaluates in a role's trust policy. */
export interface OidcToken {
  /** The OIDC provider ARN the token is presented through. */
  provider: string
  aud: string
  sub: string
}

/** Whether a role's trust policy lets this token's bearer AssumeRoleWithWebIdentity. */
export function trusts(policy: Json | undefined, token: OidcToken): boolean {
  if (!isObject(policy) || !Array.isArray(policy.Statement))
    throw new Error('a trust policy needs a Statement list')
  const context = {
    'token.actions.githubusercontent.com:aud': token.aud,
    'token.actions.githubusercontent.com:sub': token.sub
  }
  const admits = (s: JsonObject): boolean => {
    const principal = isObject(s.Principal) ? s.Principal : {}
    return (
      values(principal.Federated).includes(token.provider) &&
      values(s.Action).includes('sts:AssumeRoleWithWebIdentity') &&
      conditionsHold(isObject(s.Condition) ? s.Condition : undefined, context)
    )
  }
  const statements = policy.Statement.filter(isObject)
  return (
    statements.some((s) => s.Effect === 'Allow' && admits(s)) &&
    !statements.some((s) => s.Effect === 'Deny' && admits(s))
  )
}
