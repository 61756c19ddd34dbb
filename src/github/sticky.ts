// The sticky-comment rules, pure so they can be tested without a server:
// which existing comment is "ours", and whether it needs an edit.
//
// Lessons from other plan-comment tools (Atlantis, tfcmt, dflook/terraform-github-actions):
// the marker sits on the FIRST line so truncation never loses it; a marker is
// only trusted on a comment written by this token's own identity (a human could
// paste it, and editing their comment would 403 or hijack it); visible headings
// are never used for matching.

/** Login the GITHUB_TOKEN installation writes comments as (REST spelling). */
export const GITHUB_ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/** App slug of the GITHUB_TOKEN installation, as in `performed_via_github_app`. */
export const GITHUB_ACTIONS_APP_SLUG = 'github-actions';

export interface IssueComment {
  id: number;
  body?: string | null;
  user?: { login: string; type?: string } | null;
  performed_via_github_app?: { slug?: string | null } | null;
  html_url?: string;
  created_at?: string;
}

/**
 * Who the token writes as. `login` comes from GET /user; when that is refused
 * (GITHUB_TOKEN gets 403 there) it is undefined and the GitHub Actions bot is
 * assumed.
 */
export interface CommentIdentity {
  login?: string;
}

/** GraphQL spells bot logins without `[bot]`, REST with it; compare without. */
export function normalizeLogin(login: string): string {
  return login.toLowerCase().replace(/\[bot\]$/, '');
}

function firstLine(body: string): string {
  const nl = body.indexOf('\n');
  return (nl === -1 ? body : body.slice(0, nl)).replace(/\r$/, '');
}

/**
 * The first line starts with `marker`, and the marker is not merely a prefix of
 * a longer key (`key=payments` must not match `key=payments_eu`).
 */
export function hasMarker(body: string | null | undefined, marker: string): boolean {
  if (!body || marker === '') return false;
  const line = firstLine(body);
  if (!line.startsWith(marker)) return false;
  const next = line.charAt(marker.length);
  const markerClosed = !/[\w.-]$/.test(marker);
  return markerClosed || next === '' || !/[\w.-]/.test(next);
}

/** Written by this token: its own login when known, else the GitHub Actions bot. */
export function isOwnComment(comment: IssueComment, identity: CommentIdentity): boolean {
  const login = comment.user?.login;
  if (identity.login !== undefined) {
    return login !== undefined && normalizeLogin(login) === normalizeLogin(identity.login);
  }
  // Exact REST spelling here: a plain `github-actions` User must not pass as the bot.
  if (login !== undefined && login.toLowerCase() === GITHUB_ACTIONS_BOT_LOGIN) return true;
  return (
    comment.performed_via_github_app?.slug === GITHUB_ACTIONS_APP_SLUG &&
    comment.user?.type === 'Bot'
  );
}

export interface StickyMatch {
  /** The comment to update: the oldest of ours carrying the marker. */
  comment?: IssueComment;
  /** Further copies (left by concurrent runs); reported, never edited. */
  duplicates: IssueComment[];
}

export function findStickyComment(
  comments: readonly IssueComment[],
  marker: string,
  identity: CommentIdentity,
): StickyMatch {
  const ours = comments
    .filter((c) => hasMarker(c.body, marker) && isOwnComment(c, identity))
    // Oldest first: ids grow with time, so a tie on created_at still orders.
    .sort((a, b) => a.id - b.id);
  const [comment, ...duplicates] = ours;
  return comment ? { comment, duplicates } : { duplicates };
}

/** GitHub keeps bodies as sent, but a CRLF/LF difference is not a change worth an edit. */
export function sameBody(a: string | null | undefined, b: string): boolean {
  return (a ?? '').replace(/\r\n/g, '\n') === b.replace(/\r\n/g, '\n');
}
