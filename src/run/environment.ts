// What the shells read from the runner's environment besides the inputs.
import { readFileSync } from 'node:fs';
import { ActionError } from '../domain/errors.js';

/**
 * The event payload GitHub wrote to GITHUB_EVENT_PATH ({} when absent). A
 * payload that cannot be read costs the run its pull-request context (no
 * comment, no fork check), so `onUnreadable` hears about it.
 */
export function readEventPayload(
  env: NodeJS.ProcessEnv = process.env,
  onUnreadable: (message: string) => void = () => undefined,
): unknown {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (err) {
    onUnreadable(
      `Could not read the event payload at ${path} (${err instanceof Error ? err.message : String(err)}): going on without the pull request's details.`,
    );
    return {};
  }
}

/**
 * FRAUD_DETECTOR_PROMOTE_TIME_SCALE runs the action's clock faster, to match
 * an AFD emulator whose clock is sped up by the same factor. Never set it
 * against AWS.
 */
export function readTimeScale(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.FRAUD_DETECTOR_PROMOTE_TIME_SCALE;
  if (raw === undefined || raw === '') return 1;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 1 || n > 1_000_000) {
    throw new ActionError(
      `FRAUD_DETECTOR_PROMOTE_TIME_SCALE = ${JSON.stringify(raw)}: must be a number from 1 to 1000000 (only for the AFD emulator).`,
    );
  }
  return n;
}

/** Whether the job has any AWS credentials at all (forks have none). */
export function hasAwsCredentials(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(
    env.AWS_ACCESS_KEY_ID ||
    env.AWS_WEB_IDENTITY_TOKEN_FILE ||
    env.AWS_PROFILE ||
    env.AWS_CONTAINER_CREDENTIALS_FULL_URI ||
    env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI,
  );
}

/**
 * The credentials aws-actions/configure-aws-credentials exports, read here
 * directly: the SDK's default chain would load and try several providers
 * first, which costs start-up time on every run. Undefined when they are not
 * in the environment (then the SDK's chain is used: profiles, web identity,
 * container and instance roles).
 */
export function environmentCredentials(
  env: NodeJS.ProcessEnv = process.env,
): { accessKeyId: string; secretAccessKey: string; sessionToken?: string } | undefined {
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) return undefined;
  const sessionToken = env.AWS_SESSION_TOKEN;
  refuseUnsendable(env, ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']);
  return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}

/**
 * Credentials go into HTTP headers, which cannot hold a line break or another
 * control character (a secret pasted with its trailing newline). Sent anyway,
 * Node refuses the request before it starts, and the SDK's connection and
 * request timers, armed for it, keep the process alive for 70 s after the
 * error. Refused here instead, before any client exists, naming the variable
 * and never showing its value.
 */
function refuseUnsendable(env: NodeJS.ProcessEnv, names: readonly string[]): void {
  for (const name of names) {
    const value = env[name];
    // What Node accepts in a header value: tab, printable ASCII and Latin-1.
    const bad = value ? /[^\t\x20-\x7E\x80-\xFF]/.exec(value) : null;
    if (!value || !bad) continue;
    const what =
      bad[0] === '\n' || bad[0] === '\r'
        ? bad.index >= value.trimEnd().length
          ? 'ends with a line break'
          : 'contains a line break'
        : `contains the control character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    throw new ActionError(
      `The environment variable ${name} ${what} (at character ${bad.index + 1}), which cannot be sent to AWS in a request header.`,
      [
        `Set ${name} without it: a secret pasted with a trailing newline is the usual cause (aws-actions/configure-aws-credentials never adds one).`,
      ],
    );
  }
}
