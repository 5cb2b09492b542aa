// A line's header told from its message, for the formats AWS workloads and Loghub print: the
// message alone is mined, and the level is the header's own field, never a word in the message.
import { describe, expect, it } from '@jest/globals'
import { splitHeader } from '../../src/context/log-header.js'
import { lineSeverity, LogTemplateMiner } from '../../src/context/templates.js'

const cases: [format: string, line: string, message: string, level: string][] = [
  [
    'HPC columns, a Unix time in seconds ends them',
    '2579921 node-140 node status 1074216940 1 running',
    '1 running',
    ''
  ],
  [
    'a ten-digit number that is no time of this century stays in the message',
    '2579921 job finished with code 9999999999 now',
    'job finished with code 9999999999 now',
    ''
  ],
  [
    'BGL, a word and a number after the level are the message',
    '- 1131057830 2005.11.03 R60-M0-NE-C:J08-U11 2005-11-03-14.43.50.771087 R60-M0-NE-C:J08-U11 RAS KERNEL INFO iar 00106210 dear 0244c1dc',
    'iar 00106210 dear 0244c1dc',
    'info'
  ],
  [
    'Thunderbird, a located host and its program',
    '- 1131567053 2005.11.09 tbird-admin1 Nov 9 12:10:53 local@tbird-admin1 gmetad: Warning: we failed to resolve data source name an14 an15',
    'Warning: we failed to resolve data source name an14 an15',
    ''
  ],
  [
    'syslog, host, prog[pid]:',
    'Dec 10 06:55:46 LabSZ sshd[24200]: Invalid user webmaster from 173.234.31.186',
    'Invalid user webmaster from 173.234.31.186',
    ''
  ],
  [
    'syslog, host without digits, prog(x)[pid]:',
    'Jun 14 15:16:01 combo sshd(pam_unix)[19939]: check pass; user unknown',
    'check pass; user unknown',
    ''
  ],
  [
    'HDFS: date, time, pid, level, logger:',
    '081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_38 terminating',
    'PacketResponder 1 for block blk_38 terminating',
    'info'
  ],
  [
    'log4j with a bracketed thread',
    '2015-10-18 18:04:19,753 WARN [IPC Server handler 19 on 62270] org.apache.hadoop.mapred.TaskAttemptListenerImpl: Progress of TaskAttempt attempt_1',
    'Progress of TaskAttempt attempt_1',
    'warning'
  ],
  [
    'Spring Boot: padded thread, logger and a lone colon',
    '2024-03-01 12:00:00.123  INFO 12345 --- [           main] o.s.b.StartupInfoLogger                  : Starting App using Java 21',
    'Starting App using Java 21',
    'info'
  ],
  [
    'Zookeeper: level in padding, bracketed context, dash',
    '2015-07-29 17:41:44,747 - INFO  [QuorumPeer[myid=1]/0:0:0:0:0:0:0:0:2181:FastLeaderElection@774] - Notification time out: 3200',
    'Notification time out: 3200',
    'info'
  ],
  [
    'Apache: bracketed time and level',
    '[Sun Dec 04 04:47:44 2005] [error] mod_jk child workerEnv in error state 6',
    'mod_jk child workerEnv in error state 6',
    'error'
  ],
  [
    'logcat: single-letter level',
    '03-17 16:13:38.811  1702  2395 D WindowManager: printFreezingDisplayLogs',
    'printFreezingDisplayLogs',
    'debug'
  ],
  [
    'OpenStack: file name, level, dotted logger and its context',
    'nova-api.log.1.2017-05-16_13:53:08 2017-05-16 00:00:00.008 25746 INFO nova.osapi_compute.wsgi.server [req-38 113d - - -] 10.11.10.1 "GET /v2 HTTP/1.1" status: 200',
    '10.11.10.1 "GET /v2 HTTP/1.1" status: 200',
    'info'
  ],
  [
    'BGL: facility words before the level',
    '- 1117838570 2005.06.03 R02-M1-N0-C:J12-U11 2005-06-03-15.42.50.675872 R02-M1-N0-C:J12-U11 RAS KERNEL FATAL data TLB error interrupt',
    'data TLB error interrupt',
    'critical'
  ],
  [
    'HealthApp: pipes',
    '20171223-22:15:29:606|Step_LSC|30002312|onStandStepChanged 3579',
    'onStandStepChanged 3579',
    ''
  ],
  [
    'Proxifier: program and a lone dash',
    '[10.30 16:49:06] chrome.exe *64 - proxy.cse.cuhk.edu.hk:5070 close, 0 bytes sent',
    'proxy.cse.cuhk.edu.hk:5070 close, 0 bytes sent',
    ''
  ],
  [
    'Lambda: ISO time, request id, level',
    '2024-05-01T10:00:31.716Z\t3f1c2a10-1b2c-4d5e-8f90-a1b2c3d4e5f6\tERROR\tTask timed out after 3.00 seconds',
    'Task timed out after 3.00 seconds',
    'error'
  ]
]

describe('splitHeader', () => {
  it.each(cases)('%s', (_, line, message, level) => {
    const split = splitHeader(line)
    expect(split.message).toBe(message)
    expect(split.level ?? '').toBe(level)
    expect(split.header + line.slice(split.header.length)).toBe(line)
  })

  it('leaves a line with no header alone, whatever words it starts with', () => {
    for (const line of [
      'Took 19.05 seconds to spawn the instance',
      'error budget ok',
      'GET /health 200',
      '{"level":"info","msg":"cache stats"}'
    ])
      expect(splitHeader(line)).toEqual({ header: '', message: line })
  })
})

describe('splitHeader remembers walks by their tokens (digits aside), exactly', () => {
  it('splits a line as it splits it alone, whatever lines came before with the same shape', () => {
    const lines = [
      '2025-03-11 09:00:20 UTC:10.0.13.181(54947):app@db:[18593]:ERROR:  duplicate key',
      '2025-03-11 09:00:20 UTC:10.0.13.181(54947):app@db:[18593]:DETAIL:  Key (id)=(1) exists.',
      '2025-03-11 09:00:21 UTC:10.0.13.182(54948):app@db:[18594]:DEBUG1:  starting',
      '2025-03-11 09:00:21 UTC:10.0.13.182(54948):app@db:[18594]:DEBUG7:  not a level',
      '081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 terminating',
      // The same shape, other spacing: the header ends at the same token, not the same offset.
      '081109   203615 1482 INFO    dfs.DataNode$PacketResponder:   PacketResponder 2 terminating',
      '081109 203615 148 INFO',
      'Dec 10 06:55:46 LabSZ sshd[24200]: Invalid user webmaster from 173.234.31.186',
      'Dec 10 06:55:46 LabSZ sshd[24200]:'
    ]
    // In one order, then the other: a remembered walk gives what the walk gave.
    const first = lines.map((l) => splitHeader(l))
    const again = [...lines]
      .reverse()
      .map((l) => splitHeader(l))
      .reverse()
    expect(again).toEqual(first)
    expect(first[1]).toMatchObject({ message: 'DETAIL:  Key (id)=(1) exists.', continues: true })
    expect(first[2]).toMatchObject({ message: 'starting', level: 'debug' })
    expect(first[3]?.level).toBeUndefined()
    expect(first[5]).toMatchObject({ message: 'PacketResponder 2 terminating', level: 'info' })
    expect(first[6]).toEqual({ header: '', message: '081109 203615 148 INFO', level: 'info' })
    expect(first[8]?.message).toBe('Dec 10 06:55:46 LabSZ sshd[24200]:')
  })
})

describe('PostgreSQL', () => {
  const prefix = '2025-03-11 09:00:01 UTC:10.0.13.110(39924):app@payments:[31331]:'

  it('takes the level from the prefix, and gives a continuation the level of its record', () => {
    expect(splitHeader(`${prefix}ERROR:  duplicate key value`)).toMatchObject({
      message: 'duplicate key value',
      level: 'error'
    })
    expect(splitHeader(`${prefix}DETAIL:  Key (key)=(f7) already exists.`)).toMatchObject({
      message: 'DETAIL:  Key (key)=(f7) already exists.',
      continues: true
    })
    const miner = new LogTemplateMiner()
    miner.add(`${prefix}ERROR:  duplicate key value`)
    expect(miner.add(`${prefix}DETAIL:  Key (key)=(f7) already exists.`).severity).toBe('error')
    miner.add(`${prefix}LOG:  checkpoint starting: time`)
    expect(miner.add(`${prefix}DETAIL:  wrote 5 buffers`).severity).toBe('info')
  })

  it('mines a statement as one value, whatever its words', () => {
    const miner = new LogTemplateMiner()
    const a = miner.add(`${prefix}LOG:  duration: 1.2 ms  statement: SELECT id FROM a WHERE b = 1`)
    const b = miner.add(
      `${prefix}LOG:  duration: 3.4 ms  statement: UPDATE orders SET status = 'x' WHERE id = 2 AND y IN (1, 2)`
    )
    expect(b.template).toBe(a.template)
    expect(a.template.template).toBe('duration: <NUM> ms statement: <*>')
  })
})

describe('severity from the line, not from a word in it', () => {
  it('gives a stack trace printed line by line the level of the record it continues', () => {
    const miner = new LogTemplateMiner()
    const lines = [
      '2025-03-11T09:00:15.667Z ERROR 1 --- [orders-api] [nio-8080-exec-6] c.e.orders.web.Api : Request failed',
      '\tat com.example.orders.tax.TaxService.rateFor(TaxService.java:41) ~[classes!/:1.8.2]',
      'java.net.SocketTimeoutException: Read timed out',
      'Caused by: java.io.IOException: closed',
      '\t... 12 more',
      'psycopg2.OperationalError: server closed the connection unexpectedly',
      '2025-03-11T09:00:16.001Z  INFO 1 --- [orders-api] [nio-8080-exec-7] c.e.orders.web.Api : Request done',
      '\tat com.example.orders.web.Trace.log(Trace.java:12) ~[classes!/:1.8.2]'
    ]
    expect(lines.map((l) => miner.add(l).severity)).toEqual([
      'error',
      'error',
      'error',
      'error',
      'error',
      'error',
      'info',
      'info'
    ])
    // On its own (no record before it), a continuation's severity is its message's.
    expect(lineSeverity('\tat com.example.X.y(X.java:1)')).toBe('info')
  })

  it("takes the header's level over a level word in the message", () => {
    expect(lineSeverity('2024-05-01 10:00:00,123 INFO retrying after ERROR from upstream')).toBe(
      'info'
    )
    expect(lineSeverity('2024-05-01 10:00:00,123 WARN no error seen')).toBe('warn')
    expect(lineSeverity('[Sun Dec 04 04:47:44 2005] [notice] error log opened')).toBe('info')
    // Without a header level: a JSON level field, else the message's leftmost level word.
    expect(lineSeverity('{"level":"info","msg":"error budget ok"}')).toBe('info')
    expect(lineSeverity('ERROR connection refused')).toBe('error')
  })

  it('mines the message only: lines of one event from different hosts and pids are one template', () => {
    const miner = new LogTemplateMiner()
    const a = miner.add(
      'Dec 10 06:55:46 LabSZ sshd[24200]: Connection closed by 10.0.0.1 [preauth]'
    )
    const b = miner.add('Dec 11 07:01:02 other sshd[3]: Connection closed by 10.0.0.2 [preauth]')
    expect(b.template).toBe(a.template)
    expect(a.template.template).toBe('Connection closed by <IP> [preauth]')
  })
})
