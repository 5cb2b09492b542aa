const DEFAULT_POLL_MS = 5_000;
const MAX_POLL_MS = 30_000;
/** Polls after a cancel, for Cancelling to become Cancelled. */
const SETTLE_ROUNDS = 6;
const realSleep = (ms) => new Promise((resolve) => {
    setTimeout(resolve, ms);
});
const errorName = (error) => (error instanceof Error ? error.name : '');
const errorText = (error) => error instanceof Error ? `${error.name}: ${error.message}` : String(error);
/** Worth another round: throttling, a server error, or no answer at all. */
function isTransient(error) {
    if (!(error instanceof Error))
        return false;
    if (/Throttl|TooManyRequests|RequestLimitExceeded|ServiceUnavailable|InternalServer/.test(error.name))
        return true;
    if ('$metadata' in error) {
        const status = error.$metadata?.httpStatusCode;
        return status === undefined || status >= 500 || status === 429;
    }
    const code = 'code' in error ? error.code : undefined;
    return error.name === 'TimeoutError' || (typeof code === 'string' && /^E[A-Z]+$/.test(code));
}
/** Reads that fail right after a start, before SSM has caught up. */
const NOT_YET = new Set(['InvocationDoesNotExist', 'AutomationExecutionNotFoundException']);
/** A read, or undefined when SSM has not caught up yet or the error is worth another round. */
async function tolerant(read) {
    try {
        return await read();
    }
    catch (error) {
        if (NOT_YET.has(errorName(error)) || isTransient(error))
            return undefined;
        throw error;
    }
}
/** An error from shouldCancel must not abort a running remediation: the timeout still holds. */
async function cancelRequested(options) {
    if (!options.shouldCancel)
        return false;
    try {
        return await options.shouldCancel();
    }
    catch {
        return false;
    }
}
function paceOf(options) {
    return {
        now: options.now ?? Date.now,
        sleep: options.sleep ?? realSleep,
        baseMs: Math.max(1, options.pollMs ?? DEFAULT_POLL_MS)
    };
}
/**
 * Reads until `done`, the deadline, or a cancel request; on the last two it stops the run and
 * reads a few more times so the result shows the run's final state.
 */
async function pollUntil(options, pace, read, done, stop) {
    const deadline = pace.now() + options.timeoutMs;
    const capMs = Math.max(pace.baseMs, Math.min(4 * pace.baseMs, MAX_POLL_MS));
    let delay = pace.baseMs;
    let last;
    let stopped;
    for (;;) {
        last = (await read()) ?? last;
        if (last !== undefined && done(last))
            return { last };
        if (await cancelRequested(options)) {
            stopped = 'Cancelled';
            break;
        }
        const left = deadline - pace.now();
        if (left <= 0) {
            stopped = 'TimedOut';
            break;
        }
        await pace.sleep(Math.min(delay, left));
        delay = Math.min(capMs, Math.round(delay * 1.5));
    }
    let stopError;
    try {
        await stop();
    }
    catch (error) {
        stopError = errorText(error);
    }
    for (let round = 0; round < SETTLE_ROUNDS; round++) {
        last = (await read()) ?? last;
        if (last !== undefined && done(last))
            break;
        if (round < SETTLE_ROUNDS - 1)
            await pace.sleep(pace.baseMs);
    }
    return { last, stopped, ...(stopError === undefined ? {} : { stopError }) };
}

export { pollUntil as a, errorName as e, paceOf as p, tolerant as t };
