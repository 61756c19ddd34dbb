// The few workflow commands the start-up path needs (read an input, mask a
// secret, annotate, fail), written by hand: importing @actions/core evaluates
// about 1 MB of HTTP client code (@actions/http-client, undici), which would
// make every bad input pay for it. Escaping follows @actions/core's
// command.ts exactly; a unit test compares the output of both byte for byte.
// Everything after validation (outputs, summary) uses @actions/core itself.
import { EOL } from 'node:os';

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

function issue(
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

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function warning(message: string): void {
  issue('warning', {}, message);
}

export function notice(message: string): void {
  issue('notice', {}, message);
}

export function setSecret(secret: string): void {
  issue('add-mask', {}, secret);
}

export function debug(message: string): void {
  issue('debug', {}, message);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issue(
    'error',
    {
      title: properties.title,
      file: properties.file,
      line: properties.startLine,
      col: properties.startColumn,
    },
    message,
  );
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}
