// A GitHub API that does not answer: every request gets a timeout of its own,
// and once one timed out the rest of the run does not wait again (a job must
// never hang on a comment). A request that got no answer (refused, not
// resolved, reset, timed out) is a NoAnswerError, which the gateway reports as
// "could not reach GitHub's API", never as an HTTP status GitHub did not send.

/** GitHub answers in well under a second; this is for one that never does. */
export const DEFAULT_GITHUB_REQUEST_TIMEOUT_MS = 20_000;

const CONNECTION_CODES = [
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
] as const;

/** No answer came back; `reason` says why in a few words (no URL, no token). */
export class NoAnswerError extends Error {
  override name = 'NoAnswerError';
  constructor(readonly reason: string) {
    super(reason);
  }
}

type Fetch = typeof globalThis.fetch;

/** The code of a connection failure anywhere in an error's cause chain. */
export function connectionCode(err: unknown): string | undefined {
  for (let e = err, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (CONNECTION_CODES as readonly string[]).includes(code))
      return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The NoAnswerError in an error's cause chain (Octokit wraps what fetch throws). */
export function findNoAnswer(err: unknown): NoAnswerError | undefined {
  for (let e = err, depth = 0; e && depth < 5; depth++) {
    if (e instanceof NoAnswerError) return e;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * `fetch` with a timeout per request. After the first timeout, later requests
 * fail at once: a server that held one request for the whole timeout is not
 * given the same time again (the retry plugin's retries included).
 */
export function fetchWithTimeout(inner: Fetch, timeoutMs: number): Fetch {
  let silentSince: string | undefined;
  const seconds = Math.round(timeoutMs / 100) / 10;
  return async (input, init) => {
    if (silentSince) throw new NoAnswerError(silentSince);
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      return await inner(input, { ...init, signal });
    } catch (err) {
      if (timeout.aborted) {
        silentSince = `no answer within ${seconds} s`;
        throw new NoAnswerError(silentSince);
      }
      if (init?.signal?.aborted) throw err;
      const code = connectionCode(err);
      throw new NoAnswerError(code ?? (err instanceof Error ? err.message : String(err)));
    }
  };
}
