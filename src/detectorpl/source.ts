// Offsets → 1-based line and column, and the short, safe quoting of user text
// inside messages (expressions come from pull requests: never echo a 4 KB blob).
import type { SourceSpan } from './types.js';

export class SourceText {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // \r\n, \n and a lone \r each end a line.
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
  }

  span(offset: number, length: number): SourceSpan {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { offset, length, line: lo + 1, column: offset - (this.lineStarts[lo] ?? 0) + 1 };
  }
}

/** The span from the start of `a` to the end of `b`. */
export function joinSpans(a: SourceSpan, b: SourceSpan): SourceSpan {
  return {
    offset: a.offset,
    length: b.offset + b.length - a.offset,
    line: a.line,
    column: a.column,
  };
}

/** User text for a message: at most `max` characters, control characters made visible. */
export function clip(text: string, max = 40): string {
  let visible = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    const control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029;
    visible += control ? `\\u${c.toString(16).padStart(4, '0')}` : ch;
    if (visible.length > max) break;
  }
  return visible.length > max ? `${visible.slice(0, max - 1)}…` : visible;
}
