// Tokens of DetectorPL, AFD's rule language, as the rule language reference
// documents it (docs.aws.amazon.com/frauddetector/latest/ug/rule-language-reference.html).
// The emulator has its own lexer and parser, independent of the action's, so
// that a differential test between the two catches a bug in either.

export type TokenKind =
  | 'variable' // $name
  | 'list' // @name
  | 'identifier' // a function name or a keyword
  | 'number'
  | 'string'
  | 'operator'
  | 'end';

export interface Token {
  kind: TokenKind;
  /** The name without its sigil, the string's value, or the operator/keyword text. */
  text: string;
  /** 1-based column of the token's first character. */
  column: number;
}

export class DetectorPlError extends Error {
  constructor(
    readonly reason: string,
    readonly column: number,
  ) {
    super(`${reason} at column ${column}`);
    this.name = 'DetectorPlError';
  }
}

const NAME = /[A-Za-z0-9_]/;
const NAME_START = /[A-Za-z_]/;
const DIGIT = /[0-9]/;
// Longest first, so ">=" is not read as ">" then "=".
const OPERATORS = [
  '>=',
  '<=',
  '==',
  '!=',
  '>',
  '<',
  '!',
  '+',
  '-',
  '*',
  '/',
  '%',
  '(',
  ')',
  '[',
  ']',
  ',',
];

function readName(source: string, start: number): number {
  let end = start;
  while (end < source.length && NAME.test(source[end] ?? '')) end++;
  return end;
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', n: '\n', t: '\t', r: '\r' };

/**
 * One backslash escape at `at`, decoded as Java decodes string literals where
 * Java has the escape; any other pair is kept as written. The rule language
 * reference writes regex_match patterns such as ".*\\+1" in plain strings:
 * dropping the backslash would make that an invalid pattern ("*+"), so AFD
 * must keep it.
 */
function decodeEscape(source: string, at: number): { text: string; end: number } {
  const next = source[at + 1] ?? '';
  const simple = SIMPLE_ESCAPES[next];
  if (simple !== undefined) return { text: simple, end: at + 2 };
  const hex = /^u([0-9a-fA-F]{4})/.exec(source.slice(at + 1, at + 6));
  if (hex?.[1]) return { text: String.fromCharCode(parseInt(hex[1], 16)), end: at + 6 };
  return { text: `\\${next}`, end: at + 2 };
}

function readString(source: string, start: number): { value: string; end: number } {
  let value = '';
  let i = start + 1;
  while (i < source.length) {
    const c = source[i] ?? '';
    if (c === '"') return { value, end: i + 1 };
    if (c === '\\') {
      const next = source[i + 1];
      if (next === undefined) break;
      const escaped = decodeEscape(source, i);
      value += escaped.text;
      i = escaped.end;
      continue;
    }
    value += c;
    i++;
  }
  throw new DetectorPlError('Unterminated string literal', start + 1);
}

function readNumber(source: string, start: number): number {
  let i = start;
  while (DIGIT.test(source[i] ?? '')) i++;
  if (source[i] === '.') {
    if (!DIGIT.test(source[i + 1] ?? '')) throw new DetectorPlError('Malformed number', start + 1);
    i++;
    while (DIGIT.test(source[i] ?? '')) i++;
  }
  if (NAME.test(source[i] ?? '')) throw new DetectorPlError('Malformed number', start + 1);
  return i;
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i] ?? '';
    const column = i + 1;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '$' || c === '@') {
      if (!NAME_START.test(source[i + 1] ?? ''))
        throw new DetectorPlError(
          `Expected a ${c === '$' ? 'variable' : 'list'} name after "${c}"`,
          column,
        );
      const end = readName(source, i + 1);
      tokens.push({
        kind: c === '$' ? 'variable' : 'list',
        text: source.slice(i + 1, end),
        column,
      });
      i = end;
      continue;
    }
    if (NAME_START.test(c)) {
      const end = readName(source, i);
      tokens.push({ kind: 'identifier', text: source.slice(i, end), column });
      i = end;
      continue;
    }
    if (DIGIT.test(c)) {
      const end = readNumber(source, i);
      tokens.push({ kind: 'number', text: source.slice(i, end), column });
      i = end;
      continue;
    }
    if (c === '"') {
      const { value, end } = readString(source, i);
      tokens.push({ kind: 'string', text: value, column });
      i = end;
      continue;
    }
    const op = OPERATORS.find((o) => source.startsWith(o, i));
    if (!op) throw new DetectorPlError(`Unexpected character "${c}"`, column);
    tokens.push({ kind: 'operator', text: op, column });
    i += op.length;
  }
  tokens.push({ kind: 'end', text: '', column: source.length + 1 });
  return tokens;
}
