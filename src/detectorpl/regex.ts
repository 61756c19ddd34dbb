// regex_match patterns go through re2js (a port of RE2J, the engine AFD uses):
// linear-time matching, so a pattern from a pull request cannot hang the run.
import { RE2JS } from 're2js';
import { clip } from './source.js';
import { MAX_REGEX_PATTERN_CHARS } from './types.js';

/** Whole-string match, as Java's `matches()`. */
export type Matcher = (subject: string) => boolean;

/** The compiled pattern, or why it cannot be used (a sentence for a diagnostic). */
export function compilePattern(pattern: string): Matcher | string {
  if (pattern.length > MAX_REGEX_PATTERN_CHARS) {
    return `the regex_match pattern has ${pattern.length} characters; at most ${MAX_REGEX_PATTERN_CHARS} are checked locally: shorten it`;
  }
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return `the regex_match pattern is not valid RE2 syntax: ${clip(reason, 120)}`;
  }
  const viaRe2 = (subject: string): boolean => re.matches(subject);
  return literalMatcher(pattern, viaRe2) ?? viaRe2;
}

const META = new Set([...'\\.+*?()|[]{}^$']);
const isAlnum = (c: string): boolean => /^[A-Za-z0-9]$/.test(c);

/** The literal text of `body` when it has no regex operators (escaped punctuation allowed). */
function literalText(body: string): string | undefined {
  let text = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      const next = body[i + 1];
      // \d, \b, \Q… are classes or assertions: not a literal.
      if (next === undefined || isAlnum(next) || next.charCodeAt(0) > 0x7f) return undefined;
      text += next;
      i++;
    } else if (META.has(c)) {
      return undefined;
    } else {
      text += c;
    }
  }
  return text;
}

/**
 * The rule language reference's own patterns are literals, maybe between `.*`:
 * ".*@gmail\.com", ".*\+1", "mystring", "^mystring". Those match with string
 * operations (about 10× faster than the regex engine in a backtest). A subject
 * with a line break goes to RE2, since `.` does not match it there.
 */
function literalMatcher(pattern: string, viaRe2: Matcher): Matcher | undefined {
  let body = pattern.startsWith('^') ? pattern.slice(1) : pattern;
  const anyBefore = body.startsWith('.*');
  if (anyBefore) body = body.slice(2);
  if (body.endsWith('$') && !body.endsWith('\\$')) body = body.slice(0, -1);
  const anyAfter = body.endsWith('.*') && !body.endsWith('\\.*');
  if (anyAfter) body = body.slice(0, -2);
  const literal = literalText(body);
  // Surrogate halves: RE2 compares code points; leave those patterns to it.
  if (literal === undefined || /[\uD800-\uDFFF]/.test(literal)) return undefined;
  const test: Matcher =
    anyBefore && anyAfter
      ? (s) => s.includes(literal)
      : anyBefore
        ? (s) => s.endsWith(literal)
        : anyAfter
          ? (s) => s.startsWith(literal)
          : (s) => s === literal;
  return (s) => (hasLineBreak(s) ? viaRe2(s) : test(s));
}

// Many rules match the same value of one event (often the same string object):
// remember the last answer rather than scan the text once per rule.
let lastSubject = '';
let lastHasBreak = false;
function hasLineBreak(s: string): boolean {
  if (s !== lastSubject) {
    lastSubject = s;
    lastHasBreak = s.includes('\n') || s.includes('\r');
  }
  return lastHasBreak;
}
