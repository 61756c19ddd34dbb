// regex_match patterns go through re2js (a port of RE2J, the engine AFD uses):
// linear-time matching, so a pattern from a pull request cannot hang the run.
import { RE2JS } from 're2js';
import { clip } from './source.js';
import { MAX_REGEX_PATTERN_CHARS } from './types.js';

/** The compiled pattern, or why it cannot be used (a sentence for a diagnostic). */
export function compilePattern(pattern: string): RE2JS | string {
  if (pattern.length > MAX_REGEX_PATTERN_CHARS) {
    return `the regex_match pattern has ${pattern.length} characters; at most ${MAX_REGEX_PATTERN_CHARS} are checked locally: shorten it`;
  }
  try {
    return RE2JS.compile(pattern);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return `the regex_match pattern is not valid RE2 syntax: ${clip(reason, 120)}`;
  }
}
