export const id = 361;
export const ids = [361];
export const modules = {

/***/ 5015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ readRunContext),
/* harmony export */   Xy: () => (/* binding */ provenanceTags),
/* harmony export */   pQ: () => (/* binding */ effectiveMode),
/* harmony export */   zY: () => (/* binding */ forkPullRequestNotice)
/* harmony export */ });
/* unused harmony export isPullRequestEvent */
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(241);
/* harmony import */ var _domain_provenance_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1497);
// What triggered this run, read once from the runner's environment and the
// event payload. Pure: the shell reads GITHUB_EVENT_PATH and passes the parsed
// JSON, so every branch here is testable with real webhook payloads. This file
// must not import @actions/github (its `context` reads process.env and the
// event file at import time, which is exactly the hidden I/O we avoid here).


/** Events whose `pull_request` payload makes `auto` mean `plan`. */
const PULL_REQUEST_EVENTS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
]);
function obj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined;
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function num(v) {
    return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined;
}
function nonEmpty(v) {
    return v === undefined || v.trim() === '' ? undefined : v.trim();
}
function readPullRequest(payload) {
    const pr = obj(payload['pull_request']);
    if (!pr)
        return undefined;
    const number = num(pr['number']) ?? num(payload['number']);
    if (number === undefined)
        return undefined;
    const head = obj(pr['head']) ?? {};
    const base = obj(pr['base']) ?? {};
    // head.repo is null when the fork was deleted after the PR was opened.
    const headRepoFullName = str(obj(head['repo'])?.['full_name']) ?? null;
    const baseRepoFullName = str(obj(base['repo'])?.['full_name']) ?? str(obj(payload['repository'])?.['full_name']) ?? '';
    // Compare names, not `head.repo.fork`: that flag is also true for a PR between
    // two branches of a repository that is itself a fork, which is not a fork PR.
    const isFork = headRepoFullName === null || headRepoFullName.toLowerCase() !== baseRepoFullName.toLowerCase();
    const info = {
        number,
        headRepoFullName,
        baseRepoFullName,
        isFork,
        headSha: str(head['sha']) ?? '',
        headRef: str(head['ref']) ?? '',
        baseRef: str(base['ref']) ?? '',
    };
    if (typeof pr['merged'] === 'boolean')
        info.merged = pr['merged'];
    const mergeCommitSha = str(pr['merge_commit_sha']);
    if (mergeCommitSha)
        info.mergeCommitSha = mergeCommitSha;
    const htmlUrl = str(pr['html_url']);
    if (htmlUrl)
        info.htmlUrl = htmlUrl;
    return info;
}
function readRelease(payload) {
    const release = obj(payload['release']);
    const tagName = str(release?.['tag_name']);
    if (!release || !tagName)
        return undefined;
    const info = {
        tagName,
        prerelease: release['prerelease'] === true,
        draft: release['draft'] === true,
    };
    const target = str(release['target_commitish']);
    if (target)
        info.targetCommitish = target;
    return info;
}
function stripRefPrefix(ref) {
    return ref.replace(/^refs\/(heads|tags)\//, '');
}
/**
 * Read the run's context. `env` is normally `process.env`; `eventPayload` the
 * parsed JSON of GITHUB_EVENT_PATH (or `{}` when there is none).
 * Throws ActionError when the repository or commit cannot be determined at all.
 */
function readRunContext(env, eventPayload) {
    const payload = obj(eventPayload) ?? {};
    const repoPayload = obj(payload['repository']);
    const eventName = nonEmpty(env['GITHUB_EVENT_NAME']) ?? '';
    const fullName = nonEmpty(env['GITHUB_REPOSITORY']) ?? str(repoPayload?.['full_name']);
    const parts = fullName?.split('/') ?? [];
    if (parts.length !== 2 || !parts[0] || !parts[1]) {
        throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`GITHUB_REPOSITORY is ${fullName === undefined ? 'not set' : `'${fullName}'`}; expected 'owner/repo'. ` +
            'The action must run inside a GitHub Actions job.');
    }
    const repository = { owner: parts[0], repo: parts[1] };
    const pullRequest = readPullRequest(payload);
    const release = readRelease(payload);
    const sha = nonEmpty(env['GITHUB_SHA']) ?? pullRequest?.headSha ?? str(payload['after']) ?? '';
    if (sha === '') {
        throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('GITHUB_SHA is not set; the action must run inside a GitHub Actions job.');
    }
    const serverUrl = (nonEmpty(env['GITHUB_SERVER_URL']) ?? 'https://github.com').replace(/\/+$/, '');
    const apiUrl = (nonEmpty(env['GITHUB_API_URL']) ?? 'https://api.github.com').replace(/\/+$/, '');
    const runId = nonEmpty(env['GITHUB_RUN_ID']) ?? '0';
    const runAttempt = nonEmpty(env['GITHUB_RUN_ATTEMPT']) ?? '1';
    const runUrl = `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}` +
        (runAttempt !== '1' ? `/attempts/${runAttempt}` : '');
    const ref = nonEmpty(env['GITHUB_REF']) ?? str(payload['ref']) ?? '';
    const refName = nonEmpty(env['GITHUB_REF_NAME']) ?? stripRefPrefix(ref);
    const defaultBranch = str(repoPayload?.['default_branch']);
    const ctx = {
        eventName,
        repository,
        sha,
        runId,
        runAttempt,
        serverUrl,
        apiUrl,
        runUrl,
        ref,
        refName,
        isForkPullRequest: pullRequest?.isFork === true,
        isDefaultBranchPush: eventName === 'push' && defaultBranch !== undefined && ref === `refs/heads/${defaultBranch}`,
    };
    const action = str(payload['action']);
    if (action)
        ctx.action = action;
    if (defaultBranch)
        ctx.defaultBranch = defaultBranch;
    if (pullRequest)
        ctx.pullRequest = pullRequest;
    if (release)
        ctx.release = release;
    return ctx;
}
/** True on the events where `auto` means plan and nothing serving traffic may change. */
function isPullRequestEvent(ctx) {
    // merge_group runs before the merge lands; applying there would promote a
    // change that may still be kicked out of the queue.
    return PULL_REQUEST_EVENTS.has(ctx.eventName) || ctx.eventName === 'merge_group';
}
/**
 * Resolve `auto` against the event, and refuse to write from a fork PR: a fork
 * run has no AWS credentials and a read-only token, so `apply`/`draft` there can
 * only fail obscurely.
 */
function effectiveMode(mode, ctx) {
    const resolved = mode === 'auto' ? (isPullRequestEvent(ctx) ? 'plan' : 'apply') : mode;
    if (ctx.isForkPullRequest && resolved !== 'plan') {
        return {
            mode: 'plan',
            reason: `mode '${mode}' was reduced to 'plan': pull request #${ctx.pullRequest?.number ?? '?'} comes from a fork ` +
                `(${ctx.pullRequest?.headRepoFullName ?? 'deleted repository'}), and fork runs get no secrets, ` +
                'no AWS credentials and a read-only token.',
        };
    }
    return { mode: resolved };
}
/**
 * The plain-words notice for a fork PR that has no AWS credentials; the caller
 * logs it, writes it to the job summary and exits successfully.
 */
function forkPullRequestNotice(ctx) {
    const pr = ctx.pullRequest;
    return (`Pull request #${pr?.number ?? '?'} comes from a fork (${pr?.headRepoFullName ?? 'deleted repository'}). ` +
        'GitHub gives workflows triggered by fork pull requests no secrets, no OIDC token (so no AWS credentials) ' +
        'and a read-only GITHUB_TOKEN, so no Fraud Detector plan can be computed or commented here. ' +
        'Nothing was changed. A maintainer can review the change after merging it to a branch of this repository, ' +
        'or run the plan from a `workflow_run` workflow on the default branch.');
}
/** AFD tag values are at most 256 characters. */
const MAX_TAG_VALUE = 256;
/**
 * The provenance tags written on every AFD resource this run creates, so a
 * version can be traced to its run and commit and a re-run can find what an
 * earlier attempt made. `pullNumber` names the merged PR on a push to the
 * default branch (found through the API, so not in the context).
 */
function provenanceTags(ctx, opts = {}) {
    const pr = ctx.pullRequest?.number ?? opts.pullNumber;
    // On PR events GITHUB_SHA is a throw-away merge commit; the head is what was reviewed.
    const commit = ctx.pullRequest?.headSha || ctx.sha;
    const ref = ctx.release
        ? ctx.release.tagName
        : ctx.pullRequest
            ? `pr-${ctx.pullRequest.number}`
            : ctx.refName || stripRefPrefix(ctx.ref);
    const tags = [
        {
            key: _domain_provenance_js__WEBPACK_IMPORTED_MODULE_1__/* .PROVENANCE_TAG_KEYS */ .yj.repository,
            value: `${ctx.repository.owner}/${ctx.repository.repo}`,
        },
        { key: _domain_provenance_js__WEBPACK_IMPORTED_MODULE_1__/* .PROVENANCE_TAG_KEYS */ .yj.commit, value: commit },
        { key: _domain_provenance_js__WEBPACK_IMPORTED_MODULE_1__/* .PROVENANCE_TAG_KEYS */ .yj.runId, value: ctx.runId },
        { key: _domain_provenance_js__WEBPACK_IMPORTED_MODULE_1__/* .PROVENANCE_TAG_KEYS */ .yj.runAttempt, value: ctx.runAttempt },
        { key: _domain_provenance_js__WEBPACK_IMPORTED_MODULE_1__/* .PROVENANCE_TAG_KEYS */ .yj.ref, value: ref },
    ];
    if (pr !== undefined)
        tags.push({ key: _domain_provenance_js__WEBPACK_IMPORTED_MODULE_1__/* .PROVENANCE_TAG_KEYS */ .yj.pr, value: String(pr) });
    return tags.map((t) => ({ key: t.key, value: t.value.slice(0, MAX_TAG_VALUE) }));
}


/***/ }),

/***/ 5361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   forkPullRequestWithoutCredentials: () => (/* binding */ forkPullRequestWithoutCredentials),
/* harmony export */   reportForkSkip: () => (/* binding */ reportForkSkip)
/* harmony export */ });
/* harmony import */ var _github_event_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5015);
/* harmony import */ var _runner_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6342);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1276);
// A fork's pull request without AWS credentials: what the run says and writes
// when it skips, whether its inputs were valid (execute.ts) or refused because
// the fork got none of the workflow's secrets and variables (main.ts, which
// loads this only then).



/** The fork notice when this is a fork's pull request (the caller checks the credentials). */
function forkPullRequestWithoutCredentials() {
    try {
        const ctx = (0,_github_event_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunContext */ .$p)(process.env, (0,_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .readEventPayload */ .N5)());
        return ctx.isForkPullRequest ? (0,_github_event_js__WEBPACK_IMPORTED_MODULE_0__/* .forkPullRequestNotice */ .zY)(ctx) : undefined;
    }
    catch {
        return undefined;
    }
}
/** The notice and the job summary of a skipped fork run; the run then exits cleanly. */
async function reportForkSkip(notice) {
    _runner_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .notice */ .lm(notice);
    // Outside Actions there is no summary file: the notice above is the report.
    await _runner_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .appendSummary */ .fe(`## ℹ️ Fraud Detector Promote skipped\n\n${notice}\n`)
        .catch(() => undefined);
}


/***/ })

};
