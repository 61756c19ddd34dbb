import { commentMarker } from '../../../src/report/comment-marker.js';
import { describe, expect, it } from 'vitest';
import {
  findStickyComment,
  hasMarker,
  isOwnComment,
  normalizeLogin,
  sameBody,
  type IssueComment,
} from '../../../src/github/sticky.js';

const MARKER = commentMarker('payments_detector');

function c(
  id: number,
  body: string,
  login: string,
  extra: Partial<IssueComment> = {},
): IssueComment {
  return { id, body, user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' }, ...extra };
}

describe('hasMarker with the detector comment marker', () => {
  it('matches only on the first line', () => {
    expect(hasMarker(`${MARKER}\n## Plan`, MARKER)).toBe(true);
    expect(hasMarker(`${MARKER}\r\n## Plan`, MARKER)).toBe(true);
    expect(hasMarker(`## Plan\n${MARKER}`, MARKER)).toBe(false);
    expect(hasMarker(null, MARKER)).toBe(false);
  });

  it('does not match a longer key that merely starts with an open marker', () => {
    const open = '<!-- fdp key=payments';
    expect(hasMarker('<!-- fdp key=payments -->', open)).toBe(true);
    expect(hasMarker('<!-- fdp key=payments_eu -->', open)).toBe(false);
    expect(
      hasMarker(`${commentMarker('payments_eu')}fingerprint=0 -->`, commentMarker('payments')),
    ).toBe(false);
  });
});

describe('isOwnComment', () => {
  it('with a known login compares it, [bot] suffix and case aside', () => {
    expect(isOwnComment(c(1, MARKER, 'My-App[bot]'), { login: 'my-app' })).toBe(true);
    expect(isOwnComment(c(1, MARKER, 'github-actions[bot]'), { login: 'alice' })).toBe(false);
    expect(normalizeLogin('Renovate[bot]')).toBe('renovate');
  });

  it('without a login (GITHUB_TOKEN) trusts only the GitHub Actions bot', () => {
    expect(isOwnComment(c(1, MARKER, 'github-actions[bot]'), {})).toBe(true);
    expect(isOwnComment(c(1, MARKER, 'octocat'), {})).toBe(false);
    expect(
      isOwnComment(
        c(1, MARKER, 'github-actions', { performed_via_github_app: { slug: 'github-actions' } }),
        {},
      ),
    ).toBe(false); // a User, not the bot, despite the app attribution
    const botViaApp: IssueComment = {
      id: 2,
      body: MARKER,
      user: { login: 'github-actions', type: 'Bot' },
      performed_via_github_app: { slug: 'github-actions' },
    };
    expect(isOwnComment(botViaApp, {})).toBe(true);
  });
});

describe('findStickyComment', () => {
  it('picks the oldest own comment with the marker and reports the rest as duplicates', () => {
    const comments = [
      c(30, `${MARKER}\nnewer`, 'github-actions[bot]'),
      c(10, `${MARKER}\npasted by a human`, 'octocat'),
      c(20, `${MARKER}\nolder`, 'github-actions[bot]'),
      c(5, 'no marker', 'github-actions[bot]'),
    ];
    const m = findStickyComment(comments, MARKER, {});
    expect(m.comment?.id).toBe(20);
    expect(m.duplicates.map((d) => d.id)).toEqual([30]);
  });

  it('finds nothing when only others carry the marker', () => {
    expect(findStickyComment([c(1, MARKER, 'octocat')], MARKER, {}).comment).toBeUndefined();
  });
});

describe('sameBody', () => {
  it('ignores CRLF vs LF only', () => {
    expect(sameBody('a\r\nb', 'a\nb')).toBe(true);
    expect(sameBody('a\nb', 'a\nb ')).toBe(false);
    expect(sameBody(undefined, '')).toBe(true);
  });
});
