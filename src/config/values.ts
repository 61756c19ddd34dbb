// Readers for single values. Each takes a RawValue (an input string or a config
// value), reports what is wrong with it, and returns the typed value or
// undefined. Inputs and config values share them, so both get the same rules.
import type { BaseVersion, RollbackTarget } from '../domain/request.js';
import { BOOLEAN_RULE, parseBoolean } from './booleans.js';
import {
  CONSTRAINTS,
  describeConstraint,
  meetsConstraint,
  type StringConstraint,
} from './constraints.js';
import type { Problems } from './problems.js';
import { formatAfdTime, resolveTime, TIME_RULE } from './relative-time.js';
import { closest } from './suggest.js';
import { kindWords, type RawValue } from './yaml-values.js';

/** Trimmed text of a scalar; undefined (and no problem) when blank or empty. */
export function readText(v: RawValue, problems: Problems): string | undefined {
  if (v.kind !== 'scalar') {
    problems.add(v.where, v.text, `must be a single value, not ${kindWords(v)}`);
    return undefined;
  }
  if (v.value === null) return undefined;
  if (typeof v.value === 'boolean') {
    problems.add(v.where, v.text, 'must be text, not a boolean (quote it if you meant the word)');
    return undefined;
  }
  const text = v.text.trim();
  return text === '' ? undefined : text;
}

export function readConstrained(
  v: RawValue,
  c: StringConstraint,
  problems: Problems,
): string | undefined {
  const text = readText(v, problems);
  if (text === undefined) return undefined;
  if (!meetsConstraint(c, text)) {
    problems.add(v.where, text, describeConstraint(c));
    return undefined;
  }
  return text;
}

export function readEnum<T extends string>(
  v: RawValue,
  allowed: readonly T[],
  problems: Problems,
): T | undefined {
  const text = readText(v, problems);
  if (text === undefined) return undefined;
  if ((allowed as readonly string[]).includes(text)) return text as T;
  const guess = closest(text, allowed);
  const hint = guess ? ` — did you mean ${guess}?` : '';
  problems.add(v.where, text, `must be one of ${allowed.join(', ')}${hint}`);
  return undefined;
}

export function readBoolean(v: RawValue, problems: Problems): boolean | undefined {
  if (v.kind === 'scalar' && typeof v.value === 'boolean') return v.value;
  if (v.kind !== 'scalar' || typeof v.value === 'number') {
    problems.add(v.where, v.text, BOOLEAN_RULE);
    return undefined;
  }
  const text = readText(v, problems);
  if (text === undefined) return undefined;
  const b = parseBoolean(text);
  if (b === undefined) problems.add(v.where, text, BOOLEAN_RULE);
  return b;
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A finite decimal number; ranges are checked by the caller, which knows the words for them. */
export function readNumber(v: RawValue, problems: Problems, rule: string): number | undefined {
  if (v.kind === 'scalar' && typeof v.value === 'number') {
    if (Number.isFinite(v.value)) return v.value;
    problems.add(v.where, v.text, rule);
    return undefined;
  }
  const text = readText(v, problems);
  if (text === undefined) return undefined;
  // Number('') is 0 and Number('0x1') is 1: only plain decimals count.
  if (!DECIMAL.test(text)) {
    problems.add(v.where, text, rule);
    return undefined;
  }
  return Number(text);
}

export function readWholeNumber(
  v: RawValue,
  problems: Problems,
  min: number,
  max: number,
): number | undefined {
  const rule = `must be a whole number from ${min} to ${max}`;
  const text = readText(v, problems);
  if (text === undefined) return undefined;
  if (!/^\d{1,9}$/.test(text) || Number(text) < min || Number(text) > max) {
    problems.add(v.where, text, rule);
    return undefined;
  }
  return Number(text);
}

/**
 * A number `ok` accepts. A value out of range that `looksLikePercent` (e.g.
 * `min-auc: 90`) suggests the fraction it likely means (`0.9`).
 */
export function readRange(
  v: RawValue,
  p: Problems,
  rule: string,
  ok: (n: number) => boolean,
  looksLikePercent: (n: number) => boolean = () => false,
): number | undefined {
  const n = readNumber(v, p, rule);
  if (n === undefined) return undefined;
  if (!ok(n)) {
    const asFraction = Number((n / 100).toFixed(6));
    const hint =
      looksLikePercent(n) && ok(asFraction)
        ? ` — did you mean ${asFraction}? It is a fraction, not a percentage`
        : '';
    p.add(v.where, v.text.trim(), rule + hint);
    return undefined;
  }
  return n;
}

export function readEndpointUrl(v: RawValue, p: Problems): string | undefined {
  const text = readText(v, p);
  if (text === undefined) return undefined;
  const rule =
    'must be an http:// or https:// URL, e.g. https://frauddetector.us-east-1.amazonaws.com';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    p.add(v.where, text, rule);
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
    p.add(v.where, text, rule);
    return undefined;
  }
  if (url.username || url.password) {
    // Credentials in the URL would be logged with it.
    p.add(v.where, `${url.protocol}//***@${url.host}`, `${rule}, without a user name or password`);
    return undefined;
  }
  return text;
}

export function readBase(v: RawValue, p: Problems): BaseVersion | undefined {
  const text = readText(v, p);
  if (text === undefined) return undefined;
  if (text === 'active' || text === 'latest') return { kind: text };
  if (meetsConstraint(CONSTRAINTS.wholeNumberVersion, text)) return { kind: 'id', id: text };
  p.add(
    v.where,
    text,
    'must be active, latest, or a detector version id (a whole number such as 3)',
  );
  return undefined;
}

export function readRollbackTarget(v: RawValue, p: Problems): RollbackTarget | undefined {
  const text = readText(v, p);
  if (text === undefined) return undefined;
  if (text === 'previous') return { kind: 'previous' };
  if (meetsConstraint(CONSTRAINTS.wholeNumberVersion, text)) return { kind: 'id', id: text };
  p.add(v.where, text, 'must be previous or a detector version id (a whole number such as 3)');
  return undefined;
}

export function readTime(v: RawValue, now: Date, p: Problems): number | undefined {
  const text = readText(v, p);
  if (text === undefined) return undefined;
  const ms = resolveTime(text, now);
  if (ms === undefined) {
    p.add(v.where, text, TIME_RULE);
    return undefined;
  }
  if (ms < 0) {
    p.add(v.where, text, 'must not be before 1970-01-01T00:00:00Z');
    return undefined;
  }
  if (ms > now.getTime()) {
    p.add(v.where, text, `must not be in the future (now is ${formatAfdTime(now.getTime())})`);
    return undefined;
  }
  return ms;
}
