// SNS notifications (Lambda's `Records[].Sns`, or the body an HTTP(S) subscription receives)
// whose `Message` is a classic alarm notification or an EventBridge event. The notification's
// id and time stand in for the message's own when it has none.
import { obj, parseJsonString, str, type Json } from '../json.js'
import type { Reader } from '../parts.js'
import { readClassicAlarm } from './classic-alarm.js'
import { isEventBridge, readEventBridge } from './eventbridge.js'

function notificationOf(event: unknown): Json | undefined {
  const e = obj(event)
  if (Array.isArray(e.Records)) return obj(obj(e.Records[0]).Sns)
  return e.Type === 'Notification' ? e : undefined
}

const messageOf = (sns: Json): Json => obj(parseJsonString(sns.Message))

export const sns: Reader = {
  name: 'SNS notification',
  accepts: (event) => {
    const notification = notificationOf(event)
    if (!notification) return false
    const message = messageOf(notification)
    return str(message.AlarmName) !== undefined || isEventBridge(message)
  },
  read: (event) => {
    const notification = obj(notificationOf(event))
    const message = messageOf(notification)
    const fallback = { id: str(notification.MessageId), time: str(notification.Timestamp) }
    if (str(message.AlarmName)) return readClassicAlarm(message, fallback)
    const parts = readEventBridge(message)
    return { ...parts, id: parts.id ?? fallback.id }
  }
}
