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

/** Scales the action accepts: from real time up to a million times faster. */
const MAX_TIME_SCALE = 1_000_000;
/** The emulator's clock report is a few dozen bytes; anything bigger is not it. */
const MAX_CLOCK_REPORT_BYTES = 4096;
const CLOCK_PROBE_TIMEOUT_MS = 2000;

/**
 * Whether endpoint-url points at this machine (127.0.0.0/8, ::1, localhost):
 * only a local AFD emulator lives there, never AWS.
 */
export function isLoopbackEndpoint(endpointUrl: string | undefined): boolean {
  if (!endpointUrl) return false;
  let host: string;
  try {
    host = new URL(endpointUrl).hostname;
  } catch {
    return false;
  }
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

const validScale = (n: number): boolean => Number.isFinite(n) && n >= 1 && n <= MAX_TIME_SCALE;

/**
 * Asks a local emulator how fast its clock runs (GET /_emulator/clock, as the
 * bundled emulator answers it). Undefined for anything else: no answer in
 * time, not JSON, too big, or no scale in range.
 */
export async function probeEmulatorTimeScale(endpointUrl: string): Promise<number | undefined> {
  try {
    const res = await fetch(new URL('/_emulator/clock', endpointUrl), {
      signal: AbortSignal.timeout(CLOCK_PROBE_TIMEOUT_MS),
    });
    if (!res.ok || !res.body) return undefined;
    let text = '';
    const decoder = new TextDecoder();
    for await (const chunk of res.body) {
      text += decoder.decode(chunk as Uint8Array, { stream: true });
      if (text.length > MAX_CLOCK_REPORT_BYTES) return undefined;
    }
    const report = JSON.parse(text) as { mode?: unknown; scale?: unknown };
    // A manual clock only moves when a test moves it: real-time waiting is right.
    if (report.mode !== 'scaled' || typeof report.scale !== 'number') return undefined;
    return validScale(report.scale) ? report.scale : undefined;
  } catch {
    return undefined;
  }
}

/**
 * How much faster than real time the action's clock runs. Against AWS it is
 * always 1. Against a local AFD emulator (endpoint-url on loopback) the action
 * waits in step with the emulator's clock, so a 2-hour training that the
 * emulator runs in half a minute is polled in half a minute: the scale is
 * FRAUD_DETECTOR_PROMOTE_TIME_SCALE when set (tests), else what the emulator
 * reports. The variable is ignored, with a warning, for any other endpoint,
 * so a workflow that sets it by accident cannot upset waits against AWS.
 */
export async function resolveTimeScale(
  endpointUrl: string | undefined,
  deps: {
    env?: NodeJS.ProcessEnv;
    warn: (message: string) => void;
    probe?: (endpointUrl: string) => Promise<number | undefined>;
  },
): Promise<number> {
  const raw = (deps.env ?? process.env).FRAUD_DETECTOR_PROMOTE_TIME_SCALE;
  const set = raw !== undefined && raw !== '';
  if (!endpointUrl || !isLoopbackEndpoint(endpointUrl)) {
    if (set)
      deps.warn(
        'FRAUD_DETECTOR_PROMOTE_TIME_SCALE is ignored: it only applies to a local AFD emulator (an endpoint-url on 127.0.0.1, ::1 or localhost).',
      );
    return 1;
  }
  if (set) {
    const n = Number(raw);
    if (!validScale(n)) {
      throw new ActionError(
        `FRAUD_DETECTOR_PROMOTE_TIME_SCALE = ${JSON.stringify(raw)}: must be a number from 1 to ${MAX_TIME_SCALE} (only for a local AFD emulator).`,
      );
    }
    return n;
  }
  return (await (deps.probe ?? probeEmulatorTimeScale)(endpointUrl)) ?? 1;
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
