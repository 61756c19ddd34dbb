// Tokens of DetectorPL, produced on demand so the first problem in reading
// order is the one reported. Lexical mistakes with an obvious fix ('=', '&&',
// single quotes) become 'invalid' tokens with a hint; the parser then says what
// it expected there.
import { clip } from './source.js';

export type TokenKind =
  'variable' | 'list' | 'string' | 'number' | 'word' | 'punct' | 'invalid' | 'eof';

export interface Token {
  kind: TokenKind;
  /** The source text of the token. */
  text: string;
  /** Decoded value: name without '$'/'@', string contents, or the punctuation itself. */
  value: string;
  offset: number;
  length: number;
  /** For 'invalid' tokens: what to write instead. */
  hint?: string;
}

/** A syntax error found while reading; caught by the parser's entry point. */
export class SyntaxFailure extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly length: number,
    readonly code: 'syntax' | 'too-deep' = 'syntax',
  ) {
    super(message);
  }
}

const TWO_CHAR_PUNCT = new Set(['==', '!=', '<=', '>=']);
const ONE_CHAR_PUNCT = new Set(['(', ')', '[', ']', ',', '+', '-', '*', '/', '%', '<', '>', '!']);
const INVALID_HINTS: Record<string, string> = {
  '&&': 'use and',
  '||': 'use or',
  '=': 'use == to compare',
  '&': 'use and',
  '|': 'use or',
};

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isWordStart = (c: string): boolean =>
  (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isWordPart = (c: string): boolean => isWordStart(c) || isDigit(c);
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

export class Lexer {
  private pos = 0;

  constructor(private readonly text: string) {}

  next(): Token {
    const t = this.text;
    while (this.pos < t.length && isSpace(t[this.pos]!)) this.pos++;
    const start = this.pos;
    if (start >= t.length) return { kind: 'eof', text: '', value: '', offset: start, length: 0 };
    const c = t[start]!;
    if (c === '$' || c === '@') return this.name(c === '$' ? 'variable' : 'list');
    if (c === '"') return this.string();
    if (isDigit(c)) return this.number();
    if (isWordStart(c)) {
      while (this.pos < t.length && isWordPart(t[this.pos]!)) this.pos++;
      return this.token('word', start, t.slice(start, this.pos));
    }
    const two = t.slice(start, start + 2);
    if (TWO_CHAR_PUNCT.has(two)) return this.punct(start, 2);
    if (two === '&&' || two === '||') return this.invalid(start, 2, INVALID_HINTS[two]);
    if (ONE_CHAR_PUNCT.has(c)) return this.punct(start, 1);
    if (c === "'") return this.invalid(start, 1, 'strings use double quotes: "…"');
    return this.invalid(start, c.length, INVALID_HINTS[c]);
  }

  private token(kind: TokenKind, start: number, value: string): Token {
    return {
      kind,
      text: this.text.slice(start, this.pos),
      value,
      offset: start,
      length: this.pos - start,
    };
  }

  private punct(start: number, length: number): Token {
    this.pos = start + length;
    return this.token('punct', start, this.text.slice(start, this.pos));
  }

  private invalid(start: number, length: number, hint: string | undefined): Token {
    // A lone surrogate half or any other character: take the whole code point.
    const cp = this.text.codePointAt(start) ?? 0;
    this.pos = start + Math.max(length, cp > 0xffff ? 2 : 1);
    const token = this.token('invalid', start, this.text.slice(start, this.pos));
    return hint === undefined ? token : { ...token, hint };
  }

  /** `$name` or `@name`: AFD names are [a-z0-9_]. */
  private name(kind: 'variable' | 'list'): Token {
    const t = this.text;
    const start = this.pos;
    this.pos++;
    while (this.pos < t.length && isWordPart(t[this.pos]!)) this.pos++;
    const name = t.slice(start + 1, this.pos);
    const sigil = t[start]!;
    const what = kind === 'variable' ? 'a variable name' : 'a list name';
    if (name === '') {
      const found = this.pos < t.length ? `'${clip(t[this.pos]!)}'` : 'end of expression';
      throw new SyntaxFailure(
        `expected ${what} after '${sigil}' (a-z, 0-9, _), found ${found}`,
        start,
        1,
      );
    }
    if (name !== name.toLowerCase()) {
      throw new SyntaxFailure(
        `expected ${what} in lowercase (a-z, 0-9, _), found '${sigil}${clip(name)}': write ${sigil}${clip(name.toLowerCase())}`,
        start,
        this.pos - start,
      );
    }
    return this.token(kind, start, name);
  }

  private number(): Token {
    const t = this.text;
    const start = this.pos;
    while (this.pos < t.length && isDigit(t[this.pos]!)) this.pos++;
    if (t[this.pos] === '.') {
      this.pos++;
      if (!isDigit(t[this.pos] ?? '')) {
        const found = this.pos < t.length ? `'${clip(t[this.pos]!)}'` : 'end of expression';
        throw new SyntaxFailure(
          `expected a digit after '.' in a number, found ${found}`,
          start,
          this.pos - start,
        );
      }
      while (this.pos < t.length && isDigit(t[this.pos]!)) this.pos++;
    }
    if (this.pos < t.length && (isWordPart(t[this.pos]!) || t[this.pos] === '.')) {
      throw new SyntaxFailure(
        `expected an operator after the number ${clip(t.slice(start, this.pos))}, found '${clip(t[this.pos]!)}'`,
        this.pos,
        1,
      );
    }
    return this.token('number', start, t.slice(start, this.pos));
  }

  /**
   * A double-quoted string on one line. Escapes: \" \\ \n \t \r and \uXXXX are
   * decoded (Java's); any other backslash pair is kept as written, because AFD's
   * own examples write regex escapes in plain strings: regex_match(".*@gmail\.com", …).
   */
  private string(): Token {
    const t = this.text;
    const start = this.pos;
    let value = '';
    this.pos++;
    for (;;) {
      const c = t[this.pos];
      if (c === undefined || c === '\n' || c === '\r') {
        const found = c === undefined ? 'end of expression' : 'end of line';
        throw new SyntaxFailure(
          `expected a closing " for the string that starts here, found ${found}`,
          start,
          1,
        );
      }
      if (c === '"') break;
      if (c !== '\\') {
        value += c;
        this.pos++;
        continue;
      }
      const e = t[this.pos + 1];
      if (e === undefined) {
        this.pos++; // the loop reports the unterminated string next round
        continue;
      }
      this.pos += 2;
      if (e === '"' || e === '\\') value += e;
      else if (e === 'n') value += '\n';
      else if (e === 't') value += '\t';
      else if (e === 'r') value += '\r';
      else if (e === 'u') value += this.unicodeEscape();
      else value += `\\${e}`;
    }
    this.pos++;
    return this.token('string', start, value);
  }

  private unicodeEscape(): string {
    const hex = this.text.slice(this.pos, this.pos + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
      throw new SyntaxFailure(
        `expected 4 hexadecimal digits after \\u, found '${clip(hex)}'`,
        this.pos - 2,
        2 + hex.length,
      );
    }
    this.pos += 4;
    return String.fromCharCode(parseInt(hex, 16));
  }
}
