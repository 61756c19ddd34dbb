export const id = 857;
export const ids = [857];
export const modules = {

/***/ 5857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  connectGitHub: () => (/* binding */ connectGitHub)
});

// EXTERNAL MODULE: ./src/runner/commands.ts
var commands = __webpack_require__(6342);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(241);
;// CONCATENATED MODULE: ./src/github/no-answer.ts
// A GitHub API that does not answer: every request gets a timeout of its own,
// and once one timed out the rest of the run does not wait again (a job must
// never hang on a comment). A request that got no answer (refused, not
// resolved, reset, timed out) is a NoAnswerError, which the gateway reports as
// "could not reach GitHub's API", never as an HTTP status GitHub did not send.
/** GitHub answers in well under a second; this is for one that never does. */
const DEFAULT_GITHUB_REQUEST_TIMEOUT_MS = 20_000;
const CONNECTION_CODES = [
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ECONNRESET',
    'ETIMEDOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
];
/** No answer came back; `reason` says why in a few words (no URL, no token). */
class NoAnswerError extends Error {
    reason;
    name = 'NoAnswerError';
    constructor(reason) {
        super(reason);
        this.reason = reason;
    }
}
/** The code of a connection failure anywhere in an error's cause chain. */
function connectionCode(err) {
    for (let e = err, depth = 0; e && depth < 5; depth++) {
        const code = e.code;
        if (typeof code === 'string' && CONNECTION_CODES.includes(code))
            return code;
        e = e.cause;
    }
    return undefined;
}
/** The NoAnswerError in an error's cause chain (Octokit wraps what fetch throws). */
function findNoAnswer(err) {
    for (let e = err, depth = 0; e && depth < 5; depth++) {
        if (e instanceof NoAnswerError)
            return e;
        e = e.cause;
    }
    return undefined;
}
/**
 * `fetch` with a timeout per request. After the first timeout, later requests
 * fail at once: a server that held one request for the whole timeout is not
 * given the same time again (the retry plugin's retries included).
 */
function fetchWithTimeout(inner, timeoutMs) {
    let silentSince;
    const seconds = Math.round(timeoutMs / 100) / 10;
    return async (input, init) => {
        if (silentSince)
            throw new NoAnswerError(silentSince);
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        try {
            return await inner(input, { ...init, signal });
        }
        catch (err) {
            if (timeout.aborted) {
                silentSince = `no answer within ${seconds} s`;
                throw new NoAnswerError(silentSince);
            }
            if (init?.signal?.aborted)
                throw err;
            const code = connectionCode(err);
            throw new NoAnswerError(code ?? (err instanceof Error ? err.message : String(err)));
        }
    };
}

;// CONCATENATED MODULE: ./src/github/errors.ts
// Typed GitHub API failures. Every message is built from the HTTP method, the
// path template, the status and GitHub's own message, never from request
// headers, so the token cannot end up in a log, summary or comment.


/** The exact snippet users paste into their workflow to let the action comment. */
const PULL_REQUESTS_WRITE_SNIPPET = '```yaml\npermissions:\n  pull-requests: write\n```';
/** A GitHub REST call failed. The caller of a comment upsert turns these into warnings. */
class GitHubApiError extends errors/* ActionError */.lZ {
    status;
    operation;
    name = 'GitHubApiError';
    constructor(message, 
    /** HTTP status; 0 when no answer came back. */
    status, 
    /** e.g. `POST /repos/{owner}/{repo}/issues/{issue_number}/comments` */
    operation, hints = []) {
        super(message, hints);
        this.status = status;
        this.operation = operation;
    }
}
/** 403/404 on reading or writing the PR comment: a permission problem, typically a fork. */
class CommentPermissionError extends GitHubApiError {
    name = 'CommentPermissionError';
    constructor(status, operation, githubMessage) {
        super(`Could not write the pull request comment: GitHub answered ${status} (${githubMessage}) to ${operation}. ` +
            'The plan itself is unaffected. The token needs write access to pull requests; add this to the workflow or job:\n' +
            `${PULL_REQUESTS_WRITE_SNIPPET}\n` +
            'Runs triggered by a pull request from a fork always get a read-only GITHUB_TOKEN, whatever the workflow ' +
            'asks for, so they cannot comment: read the plan in the job summary instead.', status, operation);
    }
}
/** GitHub kept rate-limiting us after the allowed retries; given up rather than waiting long. */
class GitHubRateLimitError extends GitHubApiError {
    name = 'GitHubRateLimitError';
    constructor(status, operation, githubMessage) {
        super(`GitHub rate-limited ${operation} (${status}: ${githubMessage}); gave up after the allowed retries ` +
            'instead of holding the job until the limit resets.', status, operation);
    }
}
/**
 * No answer from GitHub's API (refused, not resolved, timed out): not an HTTP
 * status, so never reported as one.
 */
class GitHubUnreachableError extends GitHubApiError {
    apiUrl;
    reason;
    name = 'GitHubUnreachableError';
    constructor(
    /** Where the action sent the request: origin and path, never credentials. */
    apiUrl, reason, operation) {
        super(`Could not reach GitHub's API at ${safeUrl(apiUrl)} (${reason}) for ${operation}.`, 0, operation);
        this.apiUrl = apiUrl;
        this.reason = reason;
    }
}
/** A URL without user info, query or fragment: what a message may show. */
function safeUrl(url) {
    try {
        const u = new URL(url);
        return `${u.origin}${u.pathname}`.replace(/\/+$/, '');
    }
    catch {
        return '(an invalid GITHUB_API_URL)';
    }
}
function isHttpError(e) {
    return (typeof e === 'object' && e !== null && typeof e.status === 'number');
}
function githubMessage(e) {
    const data = e.response?.data;
    if (typeof data === 'object' &&
        data !== null &&
        typeof data.message === 'string') {
        return data.message;
    }
    // Octokit appends the documentation URL with " - "; keep just the text.
    return e.message.replace(/ - https?:\/\/\S+$/, '');
}
function isRateLimited(e) {
    if (e.status !== 403 && e.status !== 429)
        return false;
    return (e.status === 429 ||
        String(e.response?.headers?.['x-ratelimit-remaining'] ?? '') === '0' ||
        /rate limit/i.test(githubMessage(e)));
}
/** Any failure of a GitHub call as a typed error whose message holds no token. */
function toGitHubError(e, operation, commentOp, scrub, apiUrl) {
    if (e instanceof GitHubApiError)
        return e;
    const noAnswer = findNoAnswer(e);
    if (noAnswer)
        return new GitHubUnreachableError(apiUrl, noAnswer.reason, operation);
    if (!isHttpError(e)) {
        const text = e instanceof Error ? e.message : String(e);
        return new GitHubApiError(scrub(`GitHub request ${operation} failed: ${text}`), 0, operation);
    }
    const msg = scrub(githubMessage(e));
    if (isRateLimited(e))
        return new GitHubRateLimitError(e.status, operation, msg);
    if (commentOp && (e.status === 403 || e.status === 404))
        return new CommentPermissionError(e.status, operation, msg);
    return new GitHubApiError(`GitHub answered ${e.status} to ${operation}: ${msg}`, e.status, operation);
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(1351);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 18 modules
var utils = __webpack_require__(9083);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/github/sticky.ts
// The sticky-comment rules, pure so they can be tested without a server:
// which existing comment is "ours", and whether it needs an edit.
//
// Lessons from other plan-comment tools (Atlantis, tfcmt, dflook/terraform-github-actions):
// the marker sits on the FIRST line so truncation never loses it; a marker is
// only trusted on a comment written by this token's own identity (a human could
// paste it, and editing their comment would 403 or hijack it); visible headings
// are never used for matching.
/** Login the GITHUB_TOKEN installation writes comments as (REST spelling). */
const GITHUB_ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/** App slug of the GITHUB_TOKEN installation, as in `performed_via_github_app`. */
const GITHUB_ACTIONS_APP_SLUG = 'github-actions';
/** GraphQL spells bot logins without `[bot]`, REST with it; compare without. */
function normalizeLogin(login) {
    return login.toLowerCase().replace(/\[bot\]$/, '');
}
function firstLine(body) {
    const nl = body.indexOf('\n');
    return (nl === -1 ? body : body.slice(0, nl)).replace(/\r$/, '');
}
/**
 * The first line starts with `marker`, and the marker is not merely a prefix of
 * a longer key (`key=payments` must not match `key=payments_eu`).
 */
function hasMarker(body, marker) {
    if (!body || marker === '')
        return false;
    const line = firstLine(body);
    if (!line.startsWith(marker))
        return false;
    const next = line.charAt(marker.length);
    const markerClosed = !/[\w.-]$/.test(marker);
    return markerClosed || next === '' || !/[\w.-]/.test(next);
}
/** Written by this token: its own login when known, else the GitHub Actions bot. */
function isOwnComment(comment, identity) {
    const login = comment.user?.login;
    if (identity.login !== undefined) {
        return login !== undefined && normalizeLogin(login) === normalizeLogin(identity.login);
    }
    // Exact REST spelling here: a plain `github-actions` User must not pass as the bot.
    if (login !== undefined && login.toLowerCase() === GITHUB_ACTIONS_BOT_LOGIN)
        return true;
    return (comment.performed_via_github_app?.slug === GITHUB_ACTIONS_APP_SLUG &&
        comment.user?.type === 'Bot');
}
function findStickyComment(comments, marker, identity) {
    const ours = comments
        .filter((c) => hasMarker(c.body, marker) && isOwnComment(c, identity))
        // Oldest first: ids grow with time, so a tie on created_at still orders.
        .sort((a, b) => a.id - b.id);
    const [comment, ...duplicates] = ours;
    return comment ? { comment, duplicates } : { duplicates };
}
/** GitHub keeps bodies as sent, but a CRLF/LF difference is not a change worth an edit. */
function sameBody(a, b) {
    return (a ?? '').replace(/\r\n/g, '\n') === b.replace(/\r\n/g, '\n');
}

;// CONCATENATED MODULE: ./src/github/gateway.ts
// The GitHub gateway: the ONLY module that imports @actions/github. It knows
// the REST calls the action makes (the sticky PR comment, the PR of a pushed
// commit) and turns every failure into a typed GitHubApiError whose message
// holds no token.








const OP = {
    user: 'GET /user',
    listComments: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    createComment: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    updateComment: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
    pullsForCommit: 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
    getPull: 'GET /repos/{owner}/{repo}/pulls/{pull_number}',
};
function isLoopback(url) {
    try {
        const host = new URL(url).hostname;
        return host === 'localhost' || host.startsWith('127.') || host === '[::1]';
    }
    catch {
        return false;
    }
}
/** @actions/github's proxy-aware fetch (typed `any` by Octokit's request options). */
function proxyFetch() {
    const fetch = utils/* defaults */.NT.request?.fetch;
    return fetch ?? globalThis.fetch;
}
/**
 * The Octokit client: @actions/github's (proxy support), with the retry and
 * throttling plugins tuned so a rate limit never holds a job for long.
 */
function createClient(options, reporting) {
    const { token, owner, repo } = options;
    const { scrub, warn, info } = reporting;
    const apiUrl = options.apiUrl.replace(/\/+$/, '');
    const maxRetries = options.rateLimit?.maxRetries ?? 2;
    const maxWaitSeconds = options.rateLimit?.maxWaitSeconds ?? 60;
    const baseMs = options.rateLimit?.retryAfterBaseMs ?? 1000;
    const onLimit = (kind) => (retryAfter, opts, _octokit, retryCount) => {
        const what = `${opts.method ?? ''} ${opts.url ?? ''}`.trim();
        if (retryCount < maxRetries && retryAfter <= maxWaitSeconds) {
            info(`GitHub ${kind} rate limit on ${what}; retry ${retryCount + 1}/${maxRetries} in ${retryAfter}s.`);
            return true;
        }
        warn(scrub(`GitHub ${kind} rate limit on ${what} (retry after ${retryAfter}s); giving up after ${retryCount} ` +
            `retr${retryCount === 1 ? 'y' : 'ies'} rather than holding the job.`));
        return false;
    };
    return (0,github/* getOctokit */.Q)(token, {
        baseUrl: apiUrl,
        userAgent: 'fraud-detector-promote',
        // @actions/github's default fetch routes through a proxy chosen for
        // GITHUB_API_URL at import time; a loopback server (tests, local emulators)
        // must never go through a proxy, so talk to it directly. Either way every
        // request gets a timeout: without one a silent server holds the job for hours.
        request: {
            fetch: fetchWithTimeout(isLoopback(apiUrl) ? globalThis.fetch : proxyFetch(), options.requestTimeoutMs ?? DEFAULT_GITHUB_REQUEST_TIMEOUT_MS),
        },
        log: {
            debug: (m) => core/* debug */.Yz(scrub(m)),
            info: (m) => core/* debug */.Yz(scrub(m)),
            warn: (m) => warn(scrub(m)),
            error: (m) => warn(scrub(m)),
        },
        throttle: {
            // A key of our own: the plugin's spacing of writes is process-wide per id.
            id: `fdp-${owner}-${repo}-${Math.random().toString(36).slice(2)}`,
            retryAfterBaseValue: baseMs,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
        retry: {
            retryAfterBaseValue: baseMs,
            retries: options.retries ?? 3,
            // 429 is the throttling plugin's business (it honours retry-after and our cap).
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
function createGitHubGateway(options) {
    const { token, owner, repo } = options;
    const warn = options.onWarning ?? ((m) => core/* warning */.$e(m));
    const info = options.onInfo ?? ((m) => core/* info */.pq(m));
    /** Defence in depth: GitHub never echoes the token, but nothing we print may contain it. */
    const scrub = (text) => token.length >= 4 ? text.split(token).join('***') : text;
    const octokit = createClient(options, { scrub, warn, info });
    const toError = (e, operation, commentOp) => toGitHubError(e, operation, commentOp, scrub, options.apiUrl);
    async function call(operation, commentOp, fn) {
        try {
            return await fn();
        }
        catch (e) {
            throw toError(e, operation, commentOp);
        }
    }
    let identity;
    function getIdentity() {
        identity ??= (async () => {
            try {
                const { data } = await octokit.rest.users.getAuthenticated();
                return { login: data.login };
            }
            catch (e) {
                // An installation token (the GITHUB_TOKEN, or another GitHub App's)
                // gets 403 "Resource not accessible by integration" here. Without a
                // name, only github-actions[bot] is trusted (see find()).
                if (isHttpError(e) && !isRateLimited(e) && e.status >= 400 && e.status < 500)
                    return {};
                throw toError(e, OP.user, true);
            }
        })();
        return identity;
    }
    let viewer;
    /** GraphQL's viewer names installation tokens too (one more request, so only when needed). */
    function viewerLogin() {
        viewer ??= (async () => {
            try {
                const data = await octokit.graphql('query { viewer { login } }');
                const login = data.viewer?.login;
                return login ? { login } : {};
            }
            catch {
                // Best effort: no name falls back to trusting github-actions[bot] only.
                return {};
            }
        })();
        return viewer;
    }
    async function listComments(issueNumber) {
        return call(OP.listComments, true, () => octokit.paginate(octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number: issueNumber,
            per_page: 100,
        }));
    }
    async function update(comment, body) {
        const { data } = await call(OP.updateComment, true, () => octokit.rest.issues.updateComment({ owner, repo, comment_id: comment.id, body }));
        return { action: 'updated', commentId: data.id, url: data.html_url, duplicateIds: [] };
    }
    async function find(issueNumber, marker) {
        const [rest, comments] = await Promise.all([getIdentity(), listComments(issueNumber)]);
        let who = rest;
        // An unnamed token (an installation token) trusts github-actions[bot]. A
        // marker comment by another bot may be this token's own (another GitHub
        // App's): then, and only then, ask GraphQL who this token is.
        if (who.login === undefined &&
            comments.some((c) => hasMarker(c.body, marker) && c.user?.type === 'Bot' && !isOwnComment(c, {}))) {
            who = await viewerLogin();
        }
        return findStickyComment(comments, marker, who);
    }
    async function upsertStickyComment(params) {
        const { issueNumber, marker, body, createIfMissing } = params;
        if (!hasMarker(body, marker)) {
            // A programming error: without the marker on line 1 the next run would not find it.
            throw new Error('sticky comment body must start with its marker on the first line');
        }
        const match = await find(issueNumber, marker);
        const duplicateIds = match.duplicates.map((c) => c.id);
        if (match.comment) {
            const url = match.comment.html_url;
            if (sameBody(match.comment.body, body)) {
                return {
                    action: 'unchanged',
                    commentId: match.comment.id,
                    ...(url ? { url } : {}),
                    duplicateIds,
                };
            }
            return { ...(await update(match.comment, body)), duplicateIds };
        }
        if (!createIfMissing)
            return { action: 'skipped', duplicateIds };
        const create = () => octokit.rest.issues.createComment({
            owner,
            repo,
            issue_number: issueNumber,
            body,
            // A POST is not idempotent: the retry plugin must not blindly repeat it.
            request: { retries: 0 },
        });
        try {
            const { data } = await create();
            return { action: 'created', commentId: data.id, url: data.html_url, duplicateIds };
        }
        catch (e) {
            const err = toError(e, OP.createComment, true);
            // A 5xx (or no answer) may still have created the comment: look before
            // trying once more, so a flaky moment never leaves two sticky comments.
            if (err.status !== 0 && err.status < 500)
                throw err;
            const again = await find(issueNumber, marker);
            if (again.comment) {
                return sameBody(again.comment.body, body)
                    ? {
                        action: 'created',
                        commentId: again.comment.id,
                        ...(again.comment.html_url ? { url: again.comment.html_url } : {}),
                        duplicateIds,
                    }
                    : { ...(await update(again.comment, body)), duplicateIds };
            }
            const { data } = await call(OP.createComment, true, create);
            return { action: 'created', commentId: data.id, url: data.html_url, duplicateIds };
        }
    }
    async function pullsForCommit(sha) {
        const pulls = await call(OP.pullsForCommit, false, () => octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
            owner,
            repo,
            commit_sha: sha,
            per_page: 100,
        }));
        return pulls.map((p) => {
            const s = {
                number: p.number,
                state: p.state,
                title: p.title,
                htmlUrl: p.html_url,
                merged: p.merged_at != null,
                headSha: p.head.sha,
                headRef: p.head.ref,
                baseRef: p.base.ref,
            };
            if (p.merged_at)
                s.mergedAt = p.merged_at;
            if (p.merge_commit_sha)
                s.mergeCommitSha = p.merge_commit_sha;
            return s;
        });
    }
    async function findStickyCommentBody(issueNumber, marker) {
        return (await find(issueNumber, marker)).comment?.body ?? undefined;
    }
    async function pullState(number) {
        const pull = await call(OP.getPull, false, () => octokit.rest.pulls.get({ owner, repo, pull_number: number }));
        return pull.data.state === 'open' ? 'open' : 'closed';
    }
    return { upsertStickyComment, findStickyCommentBody, pullState, pullsForCommit };
}
/**
 * The PR whose merge produced `sha` on a push to `baseBranch`: the one whose
 * merge commit is `sha`, else the only merged PR into that branch. Undefined
 * for a direct push or when it is ambiguous.
 */
function pickMergedPull(pulls, sha, baseBranch) {
    const merged = pulls.filter((p) => p.merged && (baseBranch === undefined || p.baseRef === baseBranch));
    const exact = merged.find((p) => p.mergeCommitSha === sha);
    if (exact)
        return exact;
    return merged.length === 1 ? merged[0] : undefined;
}

// EXTERNAL MODULE: ./src/report/comment-marker.ts
var comment_marker = __webpack_require__(7202);
// EXTERNAL MODULE: ./src/runner/scrub.ts
var scrub = __webpack_require__(1349);
;// CONCATENATED MODULE: ./src/run/github-port.ts
// What the shell needs from GitHub, over the GitHub gateway: the sticky PR
// comment and the merged PR of a push. Comment failures are warnings, never a
// failure of the plan.





const markerOf = (key) => 'detectorIds' in key ? (0,comment_marker/* detectorsMarker */.EI)(key.region) : (0,comment_marker/* commentMarker */.Ql)(key.detectorId, key.region);
/** Shortest wait for an answer, whatever the time scale: a loaded machine still answers a loopback request within it. */
const MIN_REQUEST_TIMEOUT_MS = 5_000;
const REQUEST_TIMEOUT_MS = 20_000;
/** `timeScale` > 1 only against the emulator: GitHub's retry pauses and timeouts shrink with AFD's clock. */
function connectGitHub(token, ctx, timeScale = 1) {
    const gateway = createGitHubGateway({
        token,
        apiUrl: ctx.apiUrl,
        owner: ctx.repository.owner,
        repo: ctx.repository.repo,
        requestTimeoutMs: Math.max(REQUEST_TIMEOUT_MS / timeScale, MIN_REQUEST_TIMEOUT_MS),
        rateLimit: { retryAfterBaseMs: 1000 / timeScale },
        // The light commands: they neutralise workflow commands in GitHub's text and scrub secrets.
        onWarning: (m) => commands/* warning */.$e(m),
        onInfo: (m) => commands/* info */.pq(m),
    });
    return {
        async mergedPullFor(sha, baseBranch) {
            return pickMergedPull(await gateway.pullsForCommit(sha), sha, baseBranch)?.number;
        },
        async isPullOpen(number) {
            try {
                return (await gateway.pullState(number)) === 'open';
            }
            catch (err) {
                if (err instanceof GitHubApiError)
                    return undefined;
                throw err;
            }
        },
        async reviewedFingerprints(issueNumber, region, detectorIds) {
            try {
                const fingerprints = new Map();
                if (detectorIds.length > 1) {
                    const body = await gateway.findStickyCommentBody(issueNumber, (0,comment_marker/* detectorsMarker */.EI)(region));
                    const found = body === undefined ? undefined : (0,comment_marker/* parseDetectorsMarker */.h6)(body)?.fingerprints;
                    for (const id of detectorIds) {
                        const fingerprint = found?.get(id);
                        if (fingerprint !== undefined)
                            fingerprints.set(id, fingerprint);
                    }
                }
                // A detector planned on its own (one run of a matrix over detector-id) has its own comment.
                for (const id of detectorIds.filter((d) => !fingerprints.has(d))) {
                    const body = await gateway.findStickyCommentBody(issueNumber, (0,comment_marker/* commentMarker */.Ql)(id, region));
                    const fingerprint = body === undefined ? undefined : (0,comment_marker/* parseMarker */.gY)(body)?.fingerprint;
                    if (fingerprint !== undefined)
                        fingerprints.set(id, fingerprint);
                }
                return { fingerprints };
            }
            catch (err) {
                if (err instanceof GitHubApiError)
                    return { error: err.message };
                throw err;
            }
        },
        async postComment(issueNumber, key, body, changed) {
            try {
                const result = await gateway.upsertStickyComment({
                    issueNumber,
                    marker: markerOf(key),
                    // The comment leaves the process like the summary: no known secret in it.
                    body: (0,scrub/* scrubSecrets */.Zg)(body),
                    // No changes and no comment yet: stay quiet rather than post "nothing to do".
                    createIfMissing: changed,
                });
                commands/* info */.pq(`PR comment ${result.action}${result.url ? `: ${result.url}` : ''}${result.duplicateIds.length ? ` (older duplicates: ${result.duplicateIds.join(', ')})` : ''}`);
                return {};
            }
            catch (err) {
                if (err instanceof GitHubUnreachableError) {
                    const notPosted = `Could not reach GitHub's API at ${safeUrl(err.apiUrl)}: the PR comment was not posted (${err.reason}). The plan is in this summary.`;
                    commands/* warning */.$e(notPosted);
                    return { notPosted };
                }
                if (err instanceof GitHubApiError) {
                    commands/* warning */.$e(err.message);
                    return {};
                }
                throw err;
            }
        },
    };
}


/***/ })

};
