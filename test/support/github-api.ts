// A loopback GitHub REST API: just the endpoints the GitHub gateway uses, with
// GitHub's shapes, pagination (per_page/page + Link headers) and error bodies.
// Used by integration tests (in-process) and end-to-end tests (dist/index.js
// pointed at it through GITHUB_API_URL). No test framework imports here.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ApiUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export interface ApiComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: ApiUser;
  author_association: string;
  performed_via_github_app: { id: number; slug: string; name: string } | null;
  created_at: string;
  updated_at: string;
}

export interface ApiPull {
  id: number;
  number: number;
  state: 'open' | 'closed';
  title: string;
  html_url: string;
  merged_at: string | null;
  merge_commit_sha: string | null;
  head: { ref: string; sha: string };
  base: { ref: string; sha: string };
  user: ApiUser;
}

export interface RecordedRequest {
  method: string;
  /** Path with query string, as received (e.g. `/repos/o/r/issues/1/comments?per_page=100&page=2`). */
  path: string;
  /** Parsed JSON body, or undefined. */
  body: unknown;
  /** Whether an Authorization header came with it (its value is never stored). */
  authorized: boolean;
}

export interface FailureRule {
  path: RegExp;
  status: number;
  method?: string;
  message: string;
  headers: Record<string, string>;
  /** Remaining matches to fail; Infinity for "always". */
  remaining: number;
  afterHandling: boolean;
}

export interface FailOptions {
  method?: string;
  message?: string;
  headers?: Record<string, string>;
  /** How many matching requests fail (default: all of them). */
  times?: number;
  /**
   * Carry the request out, then answer with the error anyway: "created, but the
   * answer was lost" (a 502 from a proxy after GitHub did the work).
   */
  afterHandling?: boolean;
}

export const GITHUB_ACTIONS_BOT: ApiUser = {
  login: 'github-actions[bot]',
  id: 41898282,
  type: 'Bot',
};
const GITHUB_ACTIONS_APP = { id: 15368, slug: 'github-actions', name: 'GitHub Actions' };

export interface GitHubApiOptions {
  /**
   * Who the token is. `'github-token'` (default): an Actions installation token;
   * GET /user answers 403 and comments are by github-actions[bot]. A user: a
   * PAT; GET /user answers it and comments are by that user.
   */
  identity?: 'github-token' | { login: string; type?: 'User' | 'Bot' } | { app: string };
  /** When set, requests without `Authorization: token <this>` get 401. */
  token?: string;
}

export interface GitHubApiState {
  /** Issue/PR number → its comments, oldest first. */
  comments: Map<number, ApiComment[]>;
  /** Commit SHA → PRs associated with it. */
  pullsByCommit: Map<string, ApiPull[]>;
  /** PR number → its state, for GET /repos/{o}/{r}/pulls/{n} (unknown numbers: 404). */
  pullStates: Map<number, 'open' | 'closed'>;
  /** Author of comments created through the API. */
  actor: ApiUser;
  /** Whether GET /user answers (PAT) or is refused (GITHUB_TOKEN). */
  userEndpoint: 'ok' | 'forbidden';
  nextId: number;
}

export interface GitHubApi {
  url: string;
  state: GitHubApiState;
  requests: RecordedRequest[];
  /** Fail matching requests with a GitHub-style JSON error. */
  failWith(path: RegExp, status: number, options?: FailOptions): void;
  /**
   * Never answer matching requests (the connection stays open until close()):
   * a GitHub API that hangs. `times` as for failWith (default: all).
   */
  neverAnswer(path: RegExp, options?: { method?: string; times?: number }): void;
  /** Add a comment as if someone wrote it in the UI; returns it. */
  addComment(issueNumber: number, body: string, user?: ApiUser): ApiComment;
  /** Add `count` filler comments by a human. */
  addFillerComments(issueNumber: number, count: number, user?: ApiUser): void;
  close(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest';
const OTHER_HUMAN: ApiUser = { login: 'octocat', id: 583231, type: 'User' };

function nowIso(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return undefined;
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function send(
  res: ServerResponse,
  status: number,
  data: unknown,
  headers: Record<string, string> = {},
): void {
  const text = status === 204 ? '' : JSON.stringify(data);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-request-id': `FDP:${Math.random().toString(16).slice(2, 10).toUpperCase()}`,
    'x-ratelimit-limit': '1000',
    'x-ratelimit-remaining': '999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    ...headers,
  });
  res.end(text);
}

function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
) {
  send(res, status, { message, documentation_url: DOCS, status: String(status) }, headers);
}

export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<GitHubApi> {
  const identity = options.identity ?? 'github-token';
  const state: GitHubApiState = {
    comments: new Map(),
    pullsByCommit: new Map(),
    pullStates: new Map(),
    actor:
      identity === 'github-token'
        ? GITHUB_ACTIONS_BOT
        : 'app' in identity
          ? // Another GitHub App's installation token (e.g. actions/create-github-app-token).
            { login: `${identity.app}[bot]`, id: 1000002, type: 'Bot' }
          : { login: identity.login, id: 1000001, type: identity.type ?? 'User' },
    userEndpoint: identity === 'github-token' || 'app' in identity ? 'forbidden' : 'ok',
    nextId: 1_000_000_001,
  };
  const requests: RecordedRequest[] = [];
  const failures: FailureRule[] = [];
  const silences: { path: RegExp; method?: string; remaining: number }[] = [];
  let baseUrl = '';

  function makeComment(
    owner: string,
    repo: string,
    issue: number,
    body: string,
    user: ApiUser,
  ): ApiComment {
    const id = state.nextId++;
    const at = nowIso();
    return {
      id,
      node_id: `IC_kwDO${Buffer.from(String(id)).toString('base64url')}`,
      url: `${baseUrl}/repos/${owner}/${repo}/issues/comments/${id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${id}`,
      issue_url: `${baseUrl}/repos/${owner}/${repo}/issues/${issue}`,
      body,
      user,
      author_association: user.type === 'Bot' ? 'NONE' : 'MEMBER',
      performed_via_github_app: user.login === GITHUB_ACTIONS_BOT.login ? GITHUB_ACTIONS_APP : null,
      created_at: at,
      updated_at: at,
    };
  }

  function commentsOf(issue: number): ApiComment[] {
    let list = state.comments.get(issue);
    if (!list) {
      list = [];
      state.comments.set(issue, list);
    }
    return list;
  }

  function paginate(url: URL, items: unknown[]): Answer {
    const perPage = Math.min(
      Math.max(Number(url.searchParams.get('per_page') ?? 30) || 30, 1),
      100,
    );
    const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    const link = (p: number, rel: string) => {
      const u = new URL(url.pathname + url.search, baseUrl);
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(p));
      return `<${u.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    return {
      status: 200,
      data: items.slice((page - 1) * perPage, page * perPage),
      headers: links.length ? { link: links.join(', ') } : {},
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://loopback');
    const method = req.method ?? 'GET';
    const body = await readBody(req);
    const auth = req.headers.authorization;
    requests.push({
      method,
      path: url.pathname + url.search,
      body,
      authorized: auth !== undefined,
    });

    const silence = silences.find(
      (s) =>
        s.remaining > 0 &&
        s.path.test(url.pathname) &&
        (s.method === undefined || s.method === method),
    );
    if (silence) {
      silence.remaining--;
      return;
    }
    if (
      options.token !== undefined &&
      auth !== `token ${options.token}` &&
      auth !== `Bearer ${options.token}`
    ) {
      return sendError(res, 401, 'Bad credentials');
    }
    const rule = failures.find(
      (f) =>
        f.remaining > 0 &&
        f.path.test(url.pathname) &&
        (f.method === undefined || f.method === method),
    );
    if (rule) rule.remaining--;
    if (rule && !rule.afterHandling) return sendError(res, rule.status, rule.message, rule.headers);
    const answer = route(method, url, body);
    if (rule) return sendError(res, rule.status, rule.message, rule.headers);
    return send(res, answer.status, answer.data, answer.headers);
  }

  interface Answer {
    status: number;
    data: unknown;
    headers?: Record<string, string>;
  }
  const error = (status: number, message: string): Answer => ({
    status,
    data: { message, documentation_url: DOCS, status: String(status) },
  });

  function route(method: string, url: URL, body: unknown): Answer {
    const path = url.pathname;
    let m: RegExpMatchArray | null;
    // GraphQL `viewer` answers installation tokens too (REST GET /user does not).
    if (method === 'POST' && path === '/graphql') {
      const query = (body as { query?: string } | undefined)?.query ?? '';
      if (!/viewer\s*\{\s*login\s*\}/.test(query)) return error(400, 'unsupported query');
      return { status: 200, data: { data: { viewer: { login: state.actor.login } } } };
    }
    if (method === 'GET' && path === '/user') {
      if (state.userEndpoint === 'forbidden')
        return error(403, 'Resource not accessible by integration');
      return {
        status: 200,
        data: {
          ...state.actor,
          node_id: 'U_kgDOfdp',
          html_url: `https://github.com/${state.actor.login}`,
        },
      };
    }
    if ((m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/))) {
      const [, owner = '', repo = '', n = ''] = m;
      const issue = Number(n);
      if (method === 'GET') return paginate(url, commentsOf(issue));
      if (method === 'POST') {
        const text = (body as { body?: unknown } | undefined)?.body;
        if (typeof text !== 'string' || text === '') return validationFailed('body');
        if (text.length > 65536)
          return validationFailed('body', 'Body is too long (maximum is 65536 characters)');
        const comment = makeComment(owner, repo, issue, text, state.actor);
        commentsOf(issue).push(comment);
        return { status: 201, data: comment, headers: { location: comment.url } };
      }
    }
    if (
      (m = path.match(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/)) &&
      method === 'PATCH'
    ) {
      const id = Number(m[1]);
      const comment = [...state.comments.values()].flat().find((c) => c.id === id);
      if (!comment) return error(404, 'Not Found');
      if (comment.user.login !== state.actor.login) {
        return error(403, 'Resource not accessible by integration');
      }
      const text = (body as { body?: unknown } | undefined)?.body;
      if (typeof text !== 'string' || text === '') return validationFailed('body');
      if (text.length > 65536)
        return validationFailed('body', 'Body is too long (maximum is 65536 characters)');
      comment.body = text;
      comment.updated_at = nowIso();
      return { status: 200, data: comment };
    }
    if ((m = path.match(/^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/)) && method === 'GET') {
      const number = Number(m[1]);
      const pullState = state.pullStates.get(number);
      if (!pullState) return error(404, 'Not Found');
      return { status: 200, data: { number, state: pullState, merged_at: null } };
    }
    if ((m = path.match(/^\/repos\/[^/]+\/[^/]+\/commits\/([^/]+)\/pulls$/)) && method === 'GET') {
      const sha = m[1] ?? '';
      if (!/^[0-9a-f]{7,40}$/i.test(sha)) return error(422, `No commit found for SHA: ${sha}`);
      return paginate(url, state.pullsByCommit.get(sha) ?? []);
    }
    return error(404, 'Not Found');
  }

  function validationFailed(field: string, message = `${field} is missing`): Answer {
    return {
      status: 422,
      data: {
        message: 'Validation Failed',
        errors: [{ resource: 'IssueComment', code: 'custom', field, message }],
        documentation_url: DOCS,
        status: '422',
      },
    };
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      sendError(res, 500, `loopback GitHub API bug: ${e instanceof Error ? e.message : String(e)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: baseUrl,
    state,
    requests,
    failWith(path, status, opts = {}) {
      failures.push({
        path,
        status,
        ...(opts.method ? { method: opts.method } : {}),
        message:
          opts.message ??
          (status === 403
            ? 'Resource not accessible by integration'
            : status === 404
              ? 'Not Found'
              : 'Error'),
        headers: opts.headers ?? {},
        remaining: opts.times ?? Infinity,
        afterHandling: opts.afterHandling ?? false,
      });
    },
    neverAnswer(path, opts = {}) {
      silences.push({
        path,
        ...(opts.method ? { method: opts.method } : {}),
        remaining: opts.times ?? Infinity,
      });
    },
    addComment(issueNumber, body, user = OTHER_HUMAN) {
      const comment = makeComment('owner', 'repo', issueNumber, body, user);
      commentsOf(issueNumber).push(comment);
      return comment;
    },
    addFillerComments(issueNumber, count, user = OTHER_HUMAN) {
      for (let i = 0; i < count; i++)
        commentsOf(issueNumber).push(
          makeComment('owner', 'repo', issueNumber, `LGTM ${i + 1}`, user),
        );
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

/** A PR in the shape of GET /repos/{o}/{r}/commits/{sha}/pulls. */
export function apiPull(p: {
  number: number;
  headSha: string;
  mergeCommitSha?: string;
  merged?: boolean;
  baseRef?: string;
  headRef?: string;
  title?: string;
}): ApiPull {
  const merged = p.merged ?? true;
  return {
    id: 900_000 + p.number,
    number: p.number,
    state: merged ? 'closed' : 'open',
    title: p.title ?? `Change detector (#${p.number})`,
    html_url: `https://github.com/owner/repo/pull/${p.number}`,
    merged_at: merged ? '2026-01-01T12:00:00Z' : null,
    merge_commit_sha: p.mergeCommitSha ?? null,
    head: { ref: p.headRef ?? `feature-${p.number}`, sha: p.headSha },
    base: { ref: p.baseRef ?? 'main', sha: 'b'.repeat(40) },
    user: OTHER_HUMAN,
  };
}
