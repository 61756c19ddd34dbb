// What leaves the process (log lines, annotations, outputs, the job summary,
// the PR comment) passes through here. Two defences against text the action
// did not write (AFD's answers, GitHub's, a repository's files):
// - the secrets the action knows are cut out, in every form a renderer may
//   have given them (Markdown-escaped, HTML-escaped, JSON-escaped, cut short);
// - a log line cannot become a workflow command.
import { escapeHtml, escapeMarkdown } from '../report/markdown.js';

const REDACTED = '***';

/**
 * Secrets shorter than this are not cut out: they would shred ordinary words,
 * and no credential the action is given is that short.
 */
const MIN_SECRET_CHARS = 8;

/** Every form of every known secret, longest first (a longer form contains shorter ones). */
let forms: string[] = [];
/** Secrets, for the prefix-before-ellipsis check. */
const secrets = new Set<string>();

/** Adds a secret (setSecret calls this); its lines count as secrets too, as the runner masks them. */
export function registerSecret(value: string): void {
  const pieces = [value, value.trim(), ...value.split(/\r?\n/).map((l) => l.trim())];
  for (const piece of pieces) {
    if (piece.length < MIN_SECRET_CHARS || secrets.has(piece)) continue;
    secrets.add(piece);
    forms.push(
      piece,
      escapeMarkdown(piece),
      escapeHtml(piece),
      JSON.stringify(piece).slice(1, -1),
      encodeURIComponent(piece),
    );
  }
  forms = [...new Set(forms)].sort((a, b) => b.length - a.length);
}

/** Forgets every secret (tests). */
export function clearSecrets(): void {
  forms = [];
  secrets.clear();
}

/**
 * The text with every known secret cut out. A secret cut short by a size cap
 * ("IQoJb3Jp…") is cut out too: its head before an ellipsis, from 8 characters on.
 */
export function scrubSecrets(text: string): string {
  if (forms.length === 0) return text;
  let out = text;
  for (const form of forms) if (out.includes(form)) out = out.split(form).join(REDACTED);
  return out.includes('…') ? scrubCutSecrets(out) : out;
}

/**
 * Cuts out the head of a secret that ends at an ellipsis (a size cap cut it
 * there), from 8 characters on. Only the characters just before each
 * ellipsis are examined, at most the longest secret's length, however long
 * the text's lines are.
 */
function scrubCutSecrets(text: string): string {
  const longest = Math.max(...[...secrets].map((s) => s.length));
  const parts: string[] = [];
  let copied = 0;
  for (let end = text.indexOf('…'); end !== -1; end = text.indexOf('…', end + 1)) {
    const from = Math.max(copied, end - longest);
    let start = -1;
    for (let i = from; i + MIN_SECRET_CHARS <= end && start === -1; i++) {
      for (const secret of secrets) {
        // First and last characters first: the full comparison is rare.
        const length = end - i;
        if (
          length <= secret.length &&
          text[i] === secret[0] &&
          text[end - 1] === secret[length - 1] &&
          secret.startsWith(text.slice(i, end))
        ) {
          start = i;
          break;
        }
      }
    }
    if (start === -1) continue;
    parts.push(text.slice(copied, start), REDACTED);
    copied = end;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/**
 * A log line the runner would read as a workflow command (`::name::`, or the
 * older `##[name]`, after leading white space) gets a zero-width space before
 * it: the runner no longer sees a command, a reader sees the same text. The
 * runner splits lines at \r as well as \n.
 */
export function neutraliseCommands(text: string): string {
  return text.replace(/(^|[\r\n])([^\S\r\n]*)(?=::|##\[)/g, '$1$2\u200B');
}
