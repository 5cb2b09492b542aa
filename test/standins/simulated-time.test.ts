// The storm test's simulated clock: it stands still while any participant works in real time,
// jumps to the earliest wake-up once all are asleep, and charges a client's requests GitHub's
// latency and write pacing.
import { describe, expect, it } from '@jest/globals'
import { SimulatedTime } from '../helpers/simulated-time.js'

describe('SimulatedTime', () => {
  it('does not move while a participant works in real time, however long that takes', async () => {
    const time = new SimulatedTime(0)
    const seen: number[] = []
    await Promise.all([
      time.run(async () => {
        await time.sleep(1_000)
        seen.push(time.now())
      }),
      time.run(async () => {
        // Real work that takes real time: the sleeper above must not wake meanwhile.
        await new Promise((resolve) => setTimeout(resolve, 50))
        seen.push(time.now())
      })
    ])
    expect(seen).toEqual([0, 1_000])
  })

  it('wakes sleepers in order of their simulated wake-up, not of real time', async () => {
    const time = new SimulatedTime(0)
    const order: string[] = []
    const sleeper = (name: string, ms: number) =>
      time.run(async () => {
        await time.sleep(ms)
        order.push(`${name}@${time.now()}`)
        await time.sleep(ms)
        order.push(`${name}@${time.now()}`)
      })
    await Promise.all([sleeper('slow', 300), sleeper('fast', 100)])
    expect(order).toEqual(['fast@100', 'fast@200', 'slow@300', 'slow@600'])
  })

  it("charges a client's requests latency, and spaces its writes one pacing apart", async () => {
    const time = new SimulatedTime(0)
    const sent: { method: string; at: number }[] = []
    const real = ((_input: unknown, init?: RequestInit) => {
      sent.push({ method: init?.method ?? 'GET', at: time.now() })
      return Promise.resolve(new Response('{}'))
    }) as typeof fetch
    const f = time.fetchFor({ latencyMs: 300, writeSpacingMs: 1_000 }, real)
    await time.run(async () => {
      await f('http://x/', { method: 'POST' })
      await f('http://x/', { method: 'GET' })
      await f('http://x/', { method: 'POST' })
    })
    expect(sent).toEqual([
      { method: 'POST', at: 0 },
      { method: 'GET', at: 300 },
      { method: 'POST', at: 1_000 }
    ])
    expect(time.now()).toBe(1_300)
  })
})
