// PutEvents request entries (`Source`, `DetailType`, `Detail` as a string), as a replay or a test
// sends them, alone, as a list or in the request's `Entries`: read as the EventBridge event the
// first entry becomes once delivered.
import { isObject, list, obj, str, type Json } from '../json.js'
import type { Parts, Reader } from '../parts.js'
import { readEventBridge } from './eventbridge.js'

function readEntry(entry: Json): Parts {
  return readEventBridge({
    source: entry.Source,
    'detail-type': entry.DetailType,
    detail: entry.Detail,
    resources: entry.Resources,
    time: entry.Time
  })
}

function firstEntry(event: unknown): Json {
  const entries = Array.isArray(event) ? event : isObject(event) ? list(event.Entries) : []
  return obj(entries[0])
}

/** A list of entries, or a request holding them in `Entries`: the first is the event. */
export const putEventsBatch: Reader = {
  name: 'PutEvents entries',
  accepts: (event) => {
    const first = firstEntry(event)
    return Boolean(str(first.DetailType) || str(first.Source))
  },
  read: (event) => readEntry(firstEntry(event))
}

/** One entry by itself. */
export const putEventsEntry: Reader = {
  name: 'PutEvents entry',
  accepts: (event) => {
    const e = obj(event)
    return Boolean(str(e.DetailType) || (str(e.Source) && 'Detail' in e))
  },
  read: (event) => readEntry(obj(event))
}
