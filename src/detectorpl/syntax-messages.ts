// The words of syntax errors: what the parser expected, how the token it found
// reads, and a hint when the mistake is a common one ("use and", "use ==").
import type { Token } from './lexer.js';
import { clip, type SourceText } from './source.js';
import { MAX_EXPRESSION_CHARS, type Diagnostic } from './types.js';

export const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'true', 'false']);
export const VALUE = 'a value ($variable, "string", number, true, false, function(…) or "(")';
export const OPERATOR = 'an operator (and, or, ==, !=, <, <=, >, >=, in, not in, +, -, *, /, %)';

export function tooLong(source: SourceText, length: number): Diagnostic {
  return {
    severity: 'error',
    code: 'too-long',
    message: `the expression has ${length} characters; AFD accepts at most ${MAX_EXPRESSION_CHARS}: split the rule`,
    span: source.span(MAX_EXPRESSION_CHARS, length - MAX_EXPRESSION_CHARS),
  };
}

/** How a token reads in "found …". */
export function describe(token: Token): string {
  switch (token.kind) {
    case 'eof':
      return 'end of expression';
    case 'variable':
      return `variable $${clip(token.value)}`;
    case 'list':
      return `list @${clip(token.value)}`;
    case 'string':
      return `string ${clip(token.text)}`;
    case 'number':
      return `number ${clip(token.text)}`;
    default:
      return `'${clip(token.text)}'`;
  }
}

/** Why the found token is wrong, when we can tell: "keywords are lowercase", "use ==", … */
export function hintFor(token: Token): string | undefined {
  if (token.hint !== undefined) return token.hint;
  if (token.kind === 'word') {
    const lower = token.value.toLowerCase();
    if (KEYWORDS.has(lower) && lower !== token.value) return `keywords are lowercase: use ${lower}`;
    if (!KEYWORDS.has(lower)) return `variables start with $: $${clip(lower)}`;
  }
  return undefined;
}
