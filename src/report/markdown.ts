// Markdown building blocks shared by every renderer. Everything that comes
// from AFD or the repo (descriptions, expressions, ids) passes through one of
// these before it reaches a comment or the job summary: GitHub renders that
// Markdown with HTML and turns @names into notifications and #123 into links.

// Zero-width space: breaks @mention and #123 detection and renders as nothing.
// Inserted as a raw character before escaping (so entity text like `&#39;` is
// never mistaken for a reference) and turned into an entity afterwards, which
// keeps it visible when reading the raw Markdown.
const ZW = '\u200B';
const ZW_ENTITY = '&#8203;';

/** Neutralise mentions and issue references in text that GitHub will render. */
function defuseReferences(text: string): string {
  return (
    text
      // @user, @org/team: GitHub only notifies when @ is directly followed by a name.
      .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZW}`)
      // #123 and org/repo#123 link to issues, and so does GH-123.
      .replace(/#(?=\d)/g, `#${ZW}`)
      .replace(/\b(GH)-(?=\d)/gi, `$1-${ZW}`)
      // Bare URLs and www. addresses become links (autolinks): text from AFD or
      // the repo must not carry a clickable link into a review.
      .replace(/:\/\//g, `:${ZW}//`)
      .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZW}.`)
  );
}

const zwToEntity = (text: string): string => text.replace(/\u200B/g, ZW_ENTITY);

/** Text for HTML contexts (<summary>, attributes): entities and no mentions. */
export function escapeHtml(text: string): string {
  return zwToEntity(
    defuseReferences(text)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;'),
  );
}

/**
 * Text for inline Markdown contexts (a sentence, a table cell, a list item, a
 * quoted line). Returns one line: line breaks collapse to spaces, so the
 * result can never end a table row or start a second line. HTML is
 * entity-encoded; emphasis, link, strike, math and table syntax is
 * backslash-escaped. The result may itself start a line (`- ${text}`,
 * `> ${line}`, a paragraph), so it is made inert there too: leading white
 * space that would make an indented code block becomes one space, and a
 * first character that could open a block (heading `#`, list item `-` `+`
 * `1.` `1)`, rule or setext underline `-` `=`) is escaped. `*`, `` ` ``, `~`, `|`, `>` and `<` are
 * escaped everywhere already.
 */
export function escapeMarkdown(text: string): string {
  // Up to 3 leading spaces are kept (a fragment may start with a word break);
  // more, or a tab, would make an indented code block: one space instead.
  const oneLine = defuseReferences(
    text
      .replace(/[\r\n]+/g, ' ')
      .replace(/^[ \t]+/, (ws) => (ws.includes('\t') || ws.length > 3 ? ' ' : ws)),
  );
  const html = oneLine.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const inline = html.replace(/[\\`*_[\]()|~$!{}]/g, (c) => `\\${c}`);
  return zwToEntity(
    inline.replace(/^( *)([#+=-])/, '$1\\$2').replace(/^( *)(\d+)([.)])(?=\s|$)/, '$1$2\\$3'),
  );
}

/**
 * Ids, versions and statuses print as they are when they cannot trigger
 * Markdown (AFD's patterns allow `_` at either end, which would start
 * emphasis); anything else (an endpoint that is not AFD can answer anything)
 * is escaped.
 */
export function markdownId(text: string): string {
  return /^[0-9A-Za-z](?:[0-9A-Za-z._-]*[0-9A-Za-z])?$/.test(text) ? text : escapeMarkdown(text);
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let current = 0;
  for (const c of text) {
    current = c === char ? current + 1 : 0;
    if (current > longest) longest = current;
  }
  return longest;
}

/** A URL that is safe as a Markdown link target (http(s), no characters that end the link), or undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s]+$/.test(url)) return undefined;
  return url.replace(/[()<>[\]"'`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * A code span. Its delimiter is longer than any backtick run inside, so the
 * content cannot close it. In a table cell `|` still splits the row unless
 * escaped (GFM unescapes `\|` inside code in tables), so pass `inTable`.
 */
export function inlineCode(text: string, inTable = false): string {
  let content = text.replace(/[\r\n]+/g, ' ');
  if (content === '') return '""';
  if (inTable) content = content.replace(/\|/g, '\\|');
  const delimiter = '`'.repeat(longestRun(content, '`') + 1);
  const pad = content.startsWith('`') || content.endsWith('`') ? ' ' : '';
  return `${delimiter}${pad}${content}${pad}${delimiter}`;
}

/** A fenced block whose fence is longer than any backtick run in `content`. */
export function codeFence(content: string, lang = ''): string {
  const fence = '`'.repeat(Math.max(3, longestRun(content, '`') + 1));
  const body = content.endsWith('\n') ? content : `${content}\n`;
  return `${fence}${lang.replace(/[`\s]/g, '')}\n${body}${fence}`;
}

/**
 * A GFM table. Cells are Markdown the caller has already escaped; line breaks
 * are flattened here because one would end the row.
 */
export function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const cell = (c: string): string => c.replace(/[\r\n]+/g, ' ');
  const line = (cells: readonly string[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [line(headers), `|${headers.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

/**
 * A collapsible section. `summary` is plain text (escaped here: GitHub does not
 * render Markdown inside <summary>); `body` is Markdown. The blank lines let
 * the Markdown inside render.
 */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`;
}

type Fence = { char: string; length: number };

/** Closing text for whatever is open at a cut: the code fence, then each <details>. */
function closing(fence: Fence | null, detailsDepth: number): string {
  return (
    (fence ? `${fence.char.repeat(fence.length)}\n` : '') + '\n</details>\n'.repeat(detailsDepth)
  );
}

/**
 * Cut `md` to at most `limit` (as counted by `measure`: UTF-16 units by
 * default, pass a byte counter for byte budgets) on a line boundary, close a
 * code fence and any <details> left open, and append `pointer` (e.g. "the full
 * diff is in the job summary"). The first line survives whenever it fits,
 * which keeps a hidden marker there intact. Returns `md` unchanged when it fits.
 */
export function truncateMarkdown(
  md: string,
  limit: number,
  pointer: string,
  measure: (s: string) => number = (s) => s.length,
): string {
  if (measure(md) <= limit) return md;
  const lines = md.split('\n');
  let fence: Fence | null = null;
  let depth = 0;
  let used = 0;
  let keep = 0;
  let keepClosing = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence) {
      const run = fenceMatch?.[1];
      if (
        run &&
        run[0] === fence.char &&
        run.length >= fence.length &&
        fenceMatch[2]?.trim() === ''
      ) {
        fence = null;
      }
    } else if (fenceMatch?.[1]) {
      fence = { char: fenceMatch[1][0] ?? '`', length: fenceMatch[1].length };
    } else {
      const opens = line.match(/<details[\s>]/gi)?.length ?? 0;
      const closes = line.match(/<\/details>/gi)?.length ?? 0;
      depth = Math.max(0, depth + opens - closes);
    }
    used += measure(line) + 1;
    if (used > limit) break;
    const close = closing(fence, depth);
    if (used + measure(`${close}\n${pointer}`) <= limit) {
      keep = i + 1;
      keepClosing = close;
    }
  }
  const head = keep > 0 ? `${lines.slice(0, keep).join('\n')}\n` : '';
  return `${head}${keepClosing}\n${pointer}`;
}
