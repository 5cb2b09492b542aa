import { describe, expect, it } from '@jest/globals'
import {
  COMMANDS,
  MAX_QUESTION,
  MAX_REJECT_REASON,
  parseCommentCommand
} from '../../src/approval/comment-command.js'

const DIGEST = 'ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12'

describe('commands that count', () => {
  it('lists the commands it knows', () => {
    expect(COMMANDS).toEqual(['approve', 'reject', 'dry-run', 'cancel', 'set', 'retriage', 'ask'])
  })

  it('reads each command alone on the first line', () => {
    expect(parseCommentCommand('/approve')).toEqual({ kind: 'approve' })
    expect(parseCommentCommand('/reject')).toEqual({ kind: 'reject' })
    expect(parseCommentCommand('/dry-run')).toEqual({ kind: 'dry-run' })
    expect(parseCommentCommand('/cancel')).toEqual({ kind: 'cancel' })
  })

  it('skips leading blank lines and ignores text on later lines of an approval', () => {
    expect(parseCommentCommand('\n  \n/approve ab12cd34ef56\nLooks right to me.')).toEqual({
      kind: 'approve',
      digest: 'ab12cd34ef56'
    })
  })

  it('tolerates CRLF line ends', () => {
    expect(parseCommentCommand('\r\n/approve ab12cd34ef56\r\nthanks\r\n')).toEqual({
      kind: 'approve',
      digest: 'ab12cd34ef56'
    })
    expect(parseCommentCommand('/reject not now\r\nwait for the deploy')).toEqual({
      kind: 'reject',
      reason: 'not now\nwait for the deploy'
    })
  })

  it('accepts a full digest and lower-cases it', () => {
    expect(parseCommentCommand(`/approve ${DIGEST.toUpperCase()}`)).toEqual({
      kind: 'approve',
      digest: DIGEST
    })
  })

  it('accepts a tab between the command and its argument', () => {
    expect(parseCommentCommand('/approve\tab12cd34ef56')).toEqual({
      kind: 'approve',
      digest: 'ab12cd34ef56'
    })
  })
})

describe('text that only shows a command', () => {
  it.each([
    ['a block quote', '> /approve'],
    ['a quote of a quote', '> > /approve ab12cd3'],
    ['a ``` fence', '```\n/approve\n```'],
    ['a ~~~ fence', '~~~\n/approve\n~~~'],
    ['an indented code block', '    /approve'],
    ['a tab-indented code block', '\t/approve'],
    ['a single leading space', ' /approve'],
    ['an HTML comment', '<!-- /approve -->'],
    ['an HTML comment spanning lines', '<!--\n/approve\n-->'],
    ['a sentence', 'please /approve'],
    ['a later line', 'Looks good.\n/approve'],
    ['a code span', '`/approve`']
  ])('ignores a command in %s', (_what, body) => {
    expect(parseCommentCommand(body)).toBeUndefined()
  })

  it('ignores empty and blank bodies', () => {
    expect(parseCommentCommand('')).toBeUndefined()
    expect(parseCommentCommand(' \n\t\n')).toBeUndefined()
  })
})

describe('words that are not ours', () => {
  it.each([
    '/approved',
    '/approve:',
    '/help',
    '/Approve',
    '/APPROVE',
    '/Reject no',
    '/dryrun',
    '/'
  ])('ignores %s', (body) => {
    expect(parseCommentCommand(body)).toBeUndefined()
  })
})

describe('/approve arguments', () => {
  it('refuses a digest prefix shorter than 7 characters', () => {
    const command = parseCommentCommand('/approve ab12cd')
    expect(command).toMatchObject({ kind: 'invalid', command: 'approve' })
    expect(command?.kind === 'invalid' && command.reason).toMatch(/copy the plan digest/)
  })

  it('refuses a digest longer than 64 characters', () => {
    expect(parseCommentCommand(`/approve ${DIGEST}0`)).toMatchObject({ kind: 'invalid' })
  })

  it('refuses an argument that is not hexadecimal', () => {
    const command = parseCommentCommand('/approve xyz')
    expect(command).toMatchObject({ kind: 'invalid', command: 'approve' })
    expect(command?.kind === 'invalid' && command.reason).toMatch(
      /hexadecimal.*copy the plan digest/
    )
  })

  it('refuses trailing text after the command', () => {
    expect(parseCommentCommand('/approve lgtm')).toMatchObject({ kind: 'invalid' })
    const command = parseCommentCommand('/approve ab12cd3 ship it')
    expect(command).toMatchObject({ kind: 'invalid', command: 'approve' })
    expect(command?.kind === 'invalid' && command.reason).toMatch(/at most one argument/)
  })

  it('refuses arguments to /dry-run and /cancel', () => {
    expect(parseCommentCommand('/cancel now')).toMatchObject({ kind: 'invalid', command: 'cancel' })
    expect(parseCommentCommand('/dry-run please')).toMatchObject({
      kind: 'invalid',
      command: 'dry-run'
    })
  })
})

describe('/reject reasons', () => {
  it('takes the rest of the first line and the following lines, trimmed', () => {
    expect(parseCommentCommand('/reject   the disk is fine  \n\nIt was a log burst.\n\n')).toEqual({
      kind: 'reject',
      reason: 'the disk is fine\n\nIt was a log burst.'
    })
  })

  it('takes a reason that starts on the next line', () => {
    expect(parseCommentCommand('/reject\nwrong host')).toEqual({
      kind: 'reject',
      reason: 'wrong host'
    })
  })

  it('cuts a long reason to the limit', () => {
    const command = parseCommentCommand(`/reject ${'x'.repeat(2000)}`)
    expect(command?.kind === 'reject' && command.reason?.length).toBe(MAX_REJECT_REASON)
    expect(MAX_REJECT_REASON).toBe(500)
  })
})

describe('/set and /retriage', () => {
  it('reads name=value pairs, values as written (typed against the runbook later)', () => {
    expect(parseCommentCommand('/set service=nginx')).toEqual({
      kind: 'set',
      values: [{ name: 'service', text: 'nginx' }]
    })
    expect(
      parseCommentCommand('/set  service=nginx\trole=checkout-web\nbecause the tag is missing')
    ).toEqual({
      kind: 'set',
      values: [
        { name: 'service', text: 'nginx' },
        { name: 'role', text: 'checkout-web' }
      ]
    })
    // `=` inside a value is the value's: only the first one separates.
    expect(parseCommentCommand('/set query=a=b')).toEqual({
      kind: 'set',
      values: [{ name: 'query', text: 'a=b' }]
    })
  })

  it('refuses what is not a list of name=value', () => {
    const reason = (body: string) => {
      const c = parseCommentCommand(body)
      return c?.kind === 'invalid' ? c.reason : JSON.stringify(c)
    }
    expect(reason('/set')).toMatch(/takes one or more `name=value` pairs/)
    expect(reason('/set service nginx')).toMatch(/`service` is not `name=value`/)
    expect(reason('/set service=')).toMatch(/`service=` is not `name=value`/)
    expect(reason('/set 1x=2')).toMatch(/`1x=2` is not `name=value`/)
    expect(reason('/set a=1 a=2')).toBe('`a` is set twice.')
    expect(reason(`/set ${Array.from({ length: 11 }, (_, i) => `p${i}=1`).join(' ')}`)).toMatch(
      /at most 10 values/
    )
    expect(reason(`/set big=${'x'.repeat(1025)}`)).toMatch(/is not `name=value`/)
    // Quoted or shown, it is not a command at all.
    expect(parseCommentCommand('> /set service=nginx')).toBeUndefined()
  })

  it('takes no arguments to /retriage', () => {
    expect(parseCommentCommand('/retriage')).toEqual({ kind: 'retriage' })
    expect(parseCommentCommand('/retriage now')).toMatchObject({
      kind: 'invalid',
      command: 'retriage'
    })
  })
})

describe('/ask questions', () => {
  it('reads the question from the first line and the lines after it', () => {
    expect(parseCommentCommand('/ask has this happened before?')).toEqual({
      kind: 'ask',
      question: 'has this happened before?'
    })
    expect(parseCommentCommand('/ask\nwhich deploy touched checkout?\n\nthanks')).toEqual({
      kind: 'ask',
      question: 'which deploy touched checkout?\n\nthanks'
    })
  })

  it('needs a question, says how to ask one, and reads at most 500 characters', () => {
    expect(parseCommentCommand('/ask   ')).toEqual({
      kind: 'invalid',
      command: 'ask',
      reason:
        '`/ask` takes a question, e.g. `/ask has this happened before?` or `/ask what fixed it last time?`'
    })
    const long = parseCommentCommand(`/ask ${'why '.repeat(200)}😀`)
    expect(long?.kind).toBe('ask')
    expect(Array.from(long?.kind === 'ask' ? long.question : '')).toHaveLength(MAX_QUESTION - 1)
  })

  it('is not a question when only quoted or shown', () => {
    expect(parseCommentCommand('> /ask has this happened before?')).toBeUndefined()
    expect(parseCommentCommand('    /ask indented')).toBeUndefined()
    expect(parseCommentCommand('/Ask shouting')).toBeUndefined()
    expect(parseCommentCommand('/asked something')).toBeUndefined()
  })
})
