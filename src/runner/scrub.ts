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
  if (!out.includes('…')) return out;
  return out.replace(/([^\s…]{8,})…/g, (match, head: string) => {
    for (const secret of secrets) {
      // The head may start mid-word: find the longest tail of it that begins a secret.
      for (let i = 0; i + MIN_SECRET_CHARS <= head.length; i++) {
        if (head[i] === secret[0] && secret.startsWith(head.slice(i)))
          return `${head.slice(0, i)}${REDACTED}…`;
      }
    }
    return match;
  });
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
