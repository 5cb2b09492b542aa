// The log anomaly detector's state in one DynamoDB table (detect/ports.ts DetectorStore): every
// port operation is exactly one request, so the table's own atomicity gives what the port
// promises across containers. Single-table layout (partition key `pk`, sort key `sk`, strings):
//
//   item                 pk                              sk            attributes
//   group first seen     group|<log group>               #             at (epoch ms)
//   template first seen  template|<log group>|<key>      #             at
//   count of a minute    count|<log group>|<key>         m<minute>     n
//   claim                claim|<log group>|<key>|<kind>|<window>   #   owner (a record id)
//   record done          record|<record id>              #
//
// `|` and `%` in a part are escaped (`%7C`, `%25`), so parts never run into each other (log group
// names cannot hold `|`; the escape keeps any other text safe too). A minute is written as 13
// digits after an offset, so a Query's `sk BETWEEN` reads minutes in numeric order.
//
// Every item carries `ttl` (epoch seconds, the table's time-to-live attribute), counted from the
// moment of the write (wall-clock, not log time: late lines must not write items born expired):
// - counts: the longest window + baseline (or cooldown: the new-template budget is a count that
//   must last its cooldown window) of any log group's settings, plus an hour; rewritten on every
//   addition, so a busy minute lives on while it is written to;
// - claims: the cooldown, plus as long as a line or a redelivery can come late and try the same
//   claim again (the stream's retention plus two days, and at least the 14 days CloudWatch Logs
//   accepts late events for). One item per anomaly, so the length costs nothing;
// - first-seen times: 365 days. A conditional put cannot refresh it, so a template still active
//   after a year is first seen again (and a group learns again for a day); a shorter time repeats
//   that sooner, a longer one keeps split keys (docs/detection.md) longer;
// - record markers: the stream's retention plus 48 hours: no redelivery comes after that.
// DynamoDB deletes expired items lazily (within days); an expired item not yet deleted still
// counts (a claim, a first sighting, a marker), which only errs towards not repeating an anomaly.
import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
  type AttributeValue,
  type DynamoDBClient
} from '@aws-sdk/client-dynamodb'
import type { AnomalyKind } from '../../detect/anomaly.js'
import type { DetectorStore } from '../../detect/ports.js'
import type { DetectionSettings } from '../../detect/settings.js'

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS
/** How old an event CloudWatch Logs still accepts (PutLogEvents): the latest a line can come. */
const LATE_LINES_MS = 14 * DAY_MS

/** How long each kind of item lives after its last write. */
export interface DetectorTableTtls {
  countMs: number
  claimMs: number
  firstSeenMs: number
  recordMs: number
}

/**
 * The TTLs for a detector whose log groups use `settings` (the defaults and every override) on a
 * stream that keeps records `retentionMs` (24 hours by default).
 */
export function detectorTableTtls(
  settings: readonly DetectionSettings[],
  retentionMs: number
): DetectorTableTtls {
  let history = 0
  let cooldown = 0
  for (const s of settings) {
    history = Math.max(history, s.windowMs + s.baselineMs, s.cooldownMs)
    cooldown = Math.max(cooldown, s.cooldownMs)
  }
  const recordMs = retentionMs + 2 * DAY_MS
  return {
    countMs: history + HOUR_MS,
    claimMs: cooldown + Math.max(recordMs, LATE_LINES_MS),
    firstSeenMs: 365 * DAY_MS,
    recordMs
  }
}

export interface DetectorTableOptions {
  tableName: string
  ttls: DetectorTableTtls
  /** Wall-clock epoch ms, for TTLs. */
  now?: () => number
}

/** One part of a key: `|` separates parts, so it (and `%`, the escape) is escaped. */
const part = (text: string): string => text.replace(/%/g, '%25').replace(/\|/g, '%7C')
const key = (...parts: string[]): string => parts.map(part).join('|')

const SINGLE = '#'
// Minutes as sortable text: non-negative after the offset, 13 digits up to 10^13.
const MINUTE_OFFSET = 1e12
const MINUTE_DIGITS = 13

function minuteKey(minute: number): string {
  const shifted = minute + MINUTE_OFFSET
  if (!Number.isSafeInteger(minute) || shifted < 0 || shifted >= 10 ** MINUTE_DIGITS)
    throw new RangeError(
      `minute ${minute} is outside what the detector table stores (±${MINUTE_OFFSET} epoch minutes); the log event's timestamp is not epoch milliseconds`
    )
  return `m${String(shifted).padStart(MINUTE_DIGITS, '0')}`
}

const minuteOfKey = (sk: string): number => Number(sk.slice(1)) - MINUTE_OFFSET

const S = (value: string): AttributeValue => ({ S: value })
const N = (value: number): AttributeValue => ({ N: String(value) })

/** A number attribute of an item, or a clear error naming the item when it has none. */
function numberOf(
  item: Record<string, AttributeValue> | undefined,
  name: string,
  where: string
): number {
  const value = Number(item?.[name]?.N)
  if (item?.[name]?.N === undefined || !Number.isFinite(value))
    throw new Error(
      `The detector table's item ${where} has no number \`${name}\`; was the table written by something else?`
    )
  return value
}

export function dynamoDetectorStore(
  client: DynamoDBClient,
  options: DetectorTableOptions
): DetectorStore {
  const { tableName: TableName, ttls } = options
  const now = options.now ?? Date.now
  const ttl = (ms: number): AttributeValue => N(Math.ceil((now() + ms) / 1000))

  /**
   * A conditional put of a first sighting: the stored time, and whether this put stored it. The
   * stored item comes back with the refusal (ALL_OLD), so this stays one request either way.
   */
  async function firstSighting(pk: string, at: number): Promise<{ isNew: boolean; at: number }> {
    try {
      await client.send(
        new PutItemCommand({
          TableName,
          Item: { pk: S(pk), sk: S(SINGLE), at: N(at), ttl: ttl(ttls.firstSeenMs) },
          ConditionExpression: 'attribute_not_exists(pk)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD'
        })
      )
      return { isNew: true, at }
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error
      return { isNew: false, at: numberOf(error.Item, 'at', pk) }
    }
  }

  return {
    async groupFirstSeen(group, at) {
      return (await firstSighting(key('group', group), at)).at
    },

    async templateFirstSeen(group, templateKey, at) {
      const { isNew, at: firstSeen } = await firstSighting(key('template', group, templateKey), at)
      return { isNew, firstSeen }
    },

    async addCount(group, templateKey, minute, n) {
      const pk = key('count', group, templateKey)
      const out = await client.send(
        new UpdateItemCommand({
          TableName,
          Key: { pk: S(pk), sk: S(minuteKey(minute)) },
          UpdateExpression: 'SET #ttl = :ttl ADD #n :n',
          ExpressionAttributeNames: { '#ttl': 'ttl', '#n': 'n' },
          ExpressionAttributeValues: { ':ttl': ttl(ttls.countMs), ':n': N(n) },
          ReturnValues: 'UPDATED_NEW'
        })
      )
      return numberOf(out.Attributes, 'n', `${pk} ${minuteKey(minute)}`)
    },

    async counts(group, templateKey, fromMinute, toMinute) {
      const out = new Map<number, number>()
      if (toMinute < fromMinute) return out
      const pk = key('count', group, templateKey)
      let start: Record<string, AttributeValue> | undefined
      // One Query; more pages only past 1 MB, which a day of minutes never reaches.
      do {
        const page = await client.send(
          new QueryCommand({
            TableName,
            KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
            ProjectionExpression: '#sk, #n',
            ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk', '#n': 'n' },
            ExpressionAttributeValues: {
              ':pk': S(pk),
              ':from': S(minuteKey(fromMinute)),
              ':to': S(minuteKey(toMinute))
            },
            ...(start ? { ExclusiveStartKey: start } : {})
          })
        )
        for (const item of page.Items ?? []) {
          const sk = item.sk?.S
          if (sk === undefined) continue
          out.set(minuteOfKey(sk), numberOf(item, 'n', `${pk} ${sk}`))
        }
        start = page.LastEvaluatedKey
      } while (start !== undefined)
      return out
    },

    async claim(group, templateKey, kind, windowStart, owner) {
      try {
        await client.send(
          new PutItemCommand({
            TableName,
            Item: {
              pk: S(claimKey(group, templateKey, kind, windowStart)),
              sk: S(SINGLE),
              owner: S(owner),
              ttl: ttl(ttls.claimMs)
            },
            ConditionExpression: 'attribute_not_exists(pk)'
          })
        )
        return true
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return false
        throw error
      }
    },

    async release(group, templateKey, kind, windowStart, owner) {
      try {
        await client.send(
          new DeleteItemCommand({
            TableName,
            Key: { pk: S(claimKey(group, templateKey, kind, windowStart)), sk: S(SINGLE) },
            // Only this owner's claim: another record's (or none) stays as it is.
            ConditionExpression: '#owner = :owner',
            ExpressionAttributeNames: { '#owner': 'owner' },
            ExpressionAttributeValues: { ':owner': S(owner) }
          })
        )
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error
      }
    },

    async wasDone(recordId) {
      const out = await client.send(
        new GetItemCommand({
          TableName,
          Key: { pk: S(key('record', recordId)), sk: S(SINGLE) },
          ProjectionExpression: '#pk',
          ExpressionAttributeNames: { '#pk': 'pk' },
          // A redelivery may reach another container a moment after the first marked it.
          ConsistentRead: true
        })
      )
      return out.Item !== undefined
    },

    async recordDone(recordId) {
      await client.send(
        new PutItemCommand({
          TableName,
          Item: { pk: S(key('record', recordId)), sk: S(SINGLE), ttl: ttl(ttls.recordMs) }
        })
      )
    }
  }
}

const claimKey = (group: string, templateKey: string, kind: AnomalyKind, windowStart: number) =>
  key('claim', group, templateKey, kind, String(windowStart))
