// The few workflow commands the start-up path needs (read an input, mask a
// secret, annotate, fail), written by hand: importing @actions/core evaluates
// about 1 MB of HTTP client code (@actions/http-client, undici), which would
// make every bad input pay for it. Escaping follows @actions/core's
// command.ts exactly; a unit test compares the output of both byte for byte.
// Outputs and the job summary are file commands, written the same way, so a
// run that does not talk to GitHub's API never loads @actions/core at all.
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';
import type { Logger } from '../domain/log.js';
import { neutraliseCommands, registerSecret, scrubSecrets } from './scrub.js';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

const escapeData = (s: string): string =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

const escapeProperty = (s: string): string =>
  escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Every command but add-mask: known secrets never leave the process, whatever text they hide in. */
function issue(
  command: string,
  properties: Record<string, string | number | undefined>,
  message: string,
): void {
  issueRaw(
    command,
    Object.fromEntries(
      Object.entries(properties).map(([k, v]) => [k, typeof v === 'string' ? scrubSecrets(v) : v]),
    ),
    scrubSecrets(message),
  );
}

function issueRaw(
  command: string,
  properties: Record<string, string | number | undefined>,
  message: string,
): void {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

/** The raw value the runner passes (INPUT_<NAME>, hyphens kept); '' when unset. */
export function getInput(name: string): string {
  return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}

/**
 * A plain log line. Its text is often not the action's own (AFD's ids,
 * statuses and messages; GitHub's answers), so a line of it that would read
 * as a workflow command is neutralised, and known secrets are cut out.
 */
export function info(message: string): void {
  process.stdout.write(neutraliseCommands(scrubSecrets(message)) + EOL);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issue('warning', annotation(properties), message);
}

export function notice(message: string): void {
  issue('notice', {}, message);
}

export function setSecret(secret: string): void {
  registerSecret(secret);
  issueRaw('add-mask', {}, secret);
}

export function debug(message: string): void {
  issue('debug', {}, message);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issue('error', annotation(properties), message);
}

function annotation(properties: AnnotationProperties) {
  return {
    title: properties.title,
    file: properties.file,
    line: properties.startLine,
    col: properties.startColumn,
  };
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** Fails the step without another annotation: for errors already annotated one by one. */
export function markFailed(): void {
  process.exitCode = 1;
}

/** An output of the step, through the GITHUB_OUTPUT file as @actions/core writes it. */
export function setOutput(name: string, rawValue: string): void {
  const value = scrubSecrets(rawValue);
  const file = process.env.GITHUB_OUTPUT;
  if (!file) {
    // Outside a runner (or an old one): the deprecated stdout command.
    process.stdout.write(EOL);
    issue('set-output', { name }, value);
    return;
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Unexpected input: the output ${name} contains the delimiter`);
  }
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, {
    encoding: 'utf8',
  });
}

/** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY), as core.summary.addRaw(md, true).write() does. */
export async function appendSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) {
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    );
  }
  await appendFile(file, scrubSecrets(markdown) + EOL, { encoding: 'utf8' });
}

/** The flows' Logger (src/domain/log.ts), written as these workflow commands. */
export const logger: Logger = {
  info,
  // A warning about a repository file (a rule's line) is annotated there.
  warning: (message, at) =>
    warning(
      message,
      at
        ? { file: at.file, startLine: at.line, ...(at.column ? { startColumn: at.column } : {}) }
        : {},
    ),
};
