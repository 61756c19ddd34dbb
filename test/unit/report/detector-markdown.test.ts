import { describe, expect, it } from 'vitest';
import {
  codeFence,
  details,
  escapeHtml,
  escapeMarkdown,
  inlineCode,
  table,
  truncateMarkdown,
} from '../../../src/report/markdown.js';

describe('escapeMarkdown', () => {
  it('neutralises HTML', () => {
    const out = escapeMarkdown('<script>alert(1)</script> & <!-- x -->');
    expect(out).not.toMatch(/[<>]/);
    expect(out).toContain('&lt;script&gt;');
    expect(out).toContain('&amp;');
  });

  it('breaks @mentions and team mentions so they do not notify', () => {
    const out = escapeMarkdown('ping @octocat and @org/team');
    expect(out).not.toMatch(/@[A-Za-z]/);
    expect(out).toContain('@&#8203;octocat');
    expect(out).toContain('@&#8203;org/team');
  });

  it('breaks #123 issue references', () => {
    const out = escapeMarkdown('fixes #123 and org/repo#4');
    expect(out).not.toMatch(/(?<!&)#\d/);
    expect(out).toContain('#&#8203;123');
  });

  it('breaks bare URLs and www. addresses so they do not become links', () => {
    const out = escapeMarkdown('see https://evil.example/x and www.evil.example');
    expect(out).not.toMatch(/https:\/\//);
    expect(out).not.toMatch(/www\./);
    expect(out).toContain('https:&#8203;//evil.example/x');
    expect(out).toContain('www&#8203;.evil.example');
  });

  it('escapes link syntax, emphasis, pipes, backticks and math', () => {
    const out = escapeMarkdown('[click](javascript:alert(1)) *a* _b_ a|b `c` $x$ ~~s~~');
    expect(out).not.toMatch(/(^|[^\\])[[\]()*_|`$~]/);
    expect(out).toContain('\\]\\(javascript:');
  });

  it('returns one line', () => {
    expect(escapeMarkdown('a\n# heading\r\n- item')).toBe('a # heading - item');
  });

  it('does not mistake its own entities for references', () => {
    expect(escapeHtml("it's")).toBe('it&#39;s');
  });
});

describe('inlineCode', () => {
  it('uses a delimiter longer than any backtick run inside', () => {
    expect(inlineCode('a``b')).toBe('```a``b```');
    expect(inlineCode('`x')).toBe('`` `x ``');
  });

  it('escapes pipes in table cells only', () => {
    expect(inlineCode('a|b', true)).toBe('`a\\|b`');
    expect(inlineCode('a|b')).toBe('`a|b`');
  });
});

describe('codeFence', () => {
  it('chooses a fence longer than any backtick run in the content', () => {
    const out = codeFence('before\n````\nafter', 'diff');
    expect(out.startsWith('`````diff\n')).toBe(true);
    expect(out.endsWith('\n`````')).toBe(true);
  });

  it('uses three backticks for plain content', () => {
    expect(codeFence('x', 'diff')).toBe('```diff\nx\n```');
  });
});

describe('table and details', () => {
  it('renders a GFM table and flattens line breaks in cells', () => {
    expect(table(['a', 'b'], [['1', 'x\ny']])).toBe('| a | b |\n|---|---|\n| 1 | x y |');
  });

  it('escapes the summary and leaves blank lines around the body', () => {
    expect(details('<b>@me</b>', 'body')).toBe(
      '<details><summary>&lt;b&gt;@&#8203;me&lt;/b&gt;</summary>\n\nbody\n\n</details>',
    );
  });
});

describe('truncateMarkdown', () => {
  const pointer = 'See the job summary.';

  it('returns the text unchanged when it fits', () => {
    expect(truncateMarkdown('a\nb', 10, pointer)).toBe('a\nb');
  });

  it('cuts on a line boundary, closes an open fence and details, appends the pointer', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `line ${i}`);
    const md = [
      '<!-- marker -->',
      '<details><summary>x</summary>',
      '',
      '````diff',
      ...lines,
      '````',
      '</details>',
    ].join('\n');
    const out = truncateMarkdown(md, 500, pointer);
    expect(out.length).toBeLessThanOrEqual(500);
    expect(out.startsWith('<!-- marker -->\n')).toBe(true);
    expect(out.endsWith(pointer)).toBe(true);
    expect(out).toMatch(/\nline \d+\n````\n\n<\/details>\n\nSee the job summary\.$/);
    // Every kept line is a whole line of the input.
    const kept = out.split('\n').slice(0, out.split('\n').indexOf('````', 4));
    for (const l of kept) expect(md.split('\n')).toContain(l);
  });

  it('does not close a fence that was already closed', () => {
    const md = ['```', 'code', '```', ...Array.from({ length: 100 }, () => 'text text text')].join(
      '\n',
    );
    const out = truncateMarkdown(md, 200, pointer);
    expect(out.match(/```/g)).toHaveLength(2);
  });

  it('counts with the given measure (bytes)', () => {
    const md = Array.from({ length: 100 }, () => 'ééééé').join('\n');
    const out = truncateMarkdown(md, 100, pointer, (s) => Buffer.byteLength(s));
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(100);
    expect(out.length).toBeLessThan(100);
  });
});
