export const id = 223;
export const ids = [223,361];
export const modules = {

/***/ 427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N0: () => (/* binding */ MODEL_SCORE_SUFFIX),
/* harmony export */   ZM: () => (/* binding */ isDataType),
/* harmony export */   gE: () => (/* binding */ MAX_REGEX_PATTERN_CHARS),
/* harmony export */   gm: () => (/* binding */ WARN_EXPRESSION_CHARS),
/* harmony export */   iJ: () => (/* binding */ MAX_LISTS_PER_RULE),
/* harmony export */   m3: () => (/* binding */ MAX_EXPRESSION_CHARS),
/* harmony export */   uX: () => (/* binding */ MAX_LIST_LITERAL_ELEMENTS),
/* harmony export */   wM: () => (/* binding */ MAX_NESTING_DEPTH)
/* harmony export */ });
// The public shapes of the DetectorPL library: diagnostics, the catalog a rule is
// checked against, and AFD's limits. Plain data only, so callers can build them.
const DATA_TYPES = new Set([
    'STRING',
    'INTEGER',
    'FLOAT',
    'BOOLEAN',
    'DATETIME',
]);
/** Whether AFD's data type text (GetVariables, untrusted) is one the library knows. */
function isDataType(text) {
    return DATA_TYPES.has(text);
}
/** AFD's API limit on `expression` (CreateRule / UpdateRuleVersion): an error above it. */
const MAX_EXPRESSION_CHARS = 4096;
/** The user guide's "less than 4,000 characters": a warning from here on. */
const WARN_EXPRESSION_CHARS = 4000;
/** The user guide: "A rule can have up to 3 lists". */
const MAX_LISTS_PER_RULE = 3;
/** Nesting (parentheses, `!`, unary minus, calls) deeper than this is a diagnostic, not a stack overflow. */
const MAX_NESTING_DEPTH = 100;
/** A regex_match pattern longer than this is refused: bounded compile work for text from a PR. */
const MAX_REGEX_PATTERN_CHARS = 1000;
/** A list literal `[…]` with more elements than this is refused (bounded work per evaluation). */
const MAX_LIST_LITERAL_ELEMENTS = 1000;
/** The suffix AFD gives model score variables: `$<modelId>_insightscore`. */
const MODEL_SCORE_SUFFIX = '_insightscore';


/***/ }),

/***/ 7571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
// Bounded concurrency for independent AFD reads: fast, without provoking
// throttling (AFD publishes no control-plane TPS figures).
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}


/***/ }),

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

/***/ 8472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ wantsImpact)
/* harmony export */ });
/** Whether a plan has impact to show: tests, a backtest, or a model version that changes. */
function wantsImpact(input) {
    if (input.request.tests?.length || input.request.backtest)
        return true;
    const before = new Map((input.base?.modelVersions ?? []).map((m) => [m.modelId, m]));
    return input.proposal.modelVersions.some((m) => {
        const b = before.get(m.modelId);
        return b !== undefined && b.modelVersionNumber !== m.modelVersionNumber;
    });
}


/***/ }),

/***/ 7202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ detectorsMarker),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   gY: () => (/* binding */ parseMarker),
/* harmony export */   h6: () => (/* binding */ parseDetectorsMarker),
/* harmony export */   p2: () => (/* binding */ fullDetectorsMarker),
/* harmony export */   uL: () => (/* binding */ fullMarker)
/* harmony export */ });
// The hidden marker on the first line of the action's sticky PR comment: how
// the next run finds its comment again, and where a merge reads the plan
// fingerprint that was reviewed. Kept by any truncation (it is line 1).
const MARKER_TOOL = 'fraud-detector-promote';
// Detector ids are validated upstream; this only guarantees the marker can
// never end the HTML comment early or be mistaken for another detector's.
const markerSafe = (s, allowed) => s.replace(allowed, '_');
/**
 * Prefix of the marker of one detector's comment; search comments with
 * `startsWith`. The action always gives the region: AFD is regional, and a
 * matrix job that plans the same detector id in two regions gets a comment
 * for each instead of two runs overwriting one.
 */
function commentMarker(detectorId, region) {
    const where = region ? ` region=${markerSafe(region, /[^0-9a-z-]/g)}` : '';
    return `<!-- ${MARKER_TOOL}:detector=${markerSafe(detectorId, /[^0-9a-z_-]/g)}${where} `;
}
function fullMarker(detectorId, fingerprint, region) {
    return `${commentMarker(detectorId, region)}fingerprint=${markerSafe(fingerprint, /[^0-9a-f]/g)} -->`;
}
/** Reads the marker on a comment's first line; undefined when it is not ours. */
function parseMarker(body) {
    const first = body.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
    const m = /^<!-- fraud-detector-promote:detector=([0-9a-z_-]+)(?: region=([0-9a-z-]+))? fingerprint=([0-9a-f]*) -->\s*$/.exec(first);
    if (m?.[1] === undefined || m[3] === undefined)
        return undefined;
    return { detectorId: m[1], ...(m[2] ? { region: m[2] } : {}), fingerprint: m[3] };
}
/**
 * Prefix of the marker of the one comment of a run of many detectors (a
 * `detectors:` list without `detector-id`): one per pull request and region.
 */
function detectorsMarker(region) {
    return `<!-- ${MARKER_TOOL}:detectors region=${markerSafe(region, /[^0-9a-z-]/g)} `;
}
function fullDetectorsMarker(region, fingerprints) {
    const list = fingerprints
        .map(([id, fp]) => `${markerSafe(id, /[^0-9a-z_-]/g)}:${markerSafe(fp, /[^0-9a-f]/g)}`)
        .join(',');
    return `${detectorsMarker(region)}fingerprints=${list} -->`;
}
/** Reads the marker of a comment of many detectors; undefined when it is not one. */
function parseDetectorsMarker(body) {
    const first = body.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
    const m = /^<!-- fraud-detector-promote:detectors region=([0-9a-z-]+) fingerprints=((?:[0-9a-z_-]+:[0-9a-f]*)(?:,[0-9a-z_-]+:[0-9a-f]*)*) -->\s*$/.exec(first);
    if (m?.[1] === undefined || m[2] === undefined)
        return undefined;
    const fingerprints = new Map();
    for (const entry of m[2].split(',')) {
        const [id = '', fp = ''] = entry.split(':');
        fingerprints.set(id, fp);
    }
    return { region: m[1], fingerprints };
}


/***/ }),

/***/ 3950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENT_MAX_ROWS: () => (/* binding */ COMMENT_MAX_ROWS),
/* harmony export */   PLAN_MAX_FAILED_TESTS: () => (/* binding */ PLAN_MAX_FAILED_TESTS),
/* harmony export */   PLAN_MAX_RULE_MATCHES: () => (/* binding */ PLAN_MAX_RULE_MATCHES),
/* harmony export */   PLAN_MAX_TRANSITIONS: () => (/* binding */ PLAN_MAX_TRANSITIONS),
/* harmony export */   backtestMarkdown: () => (/* binding */ backtestMarkdown),
/* harmony export */   backtestPlanJson: () => (/* binding */ backtestPlanJson),
/* harmony export */   impactLog: () => (/* binding */ impactLog),
/* harmony export */   impactMarkdown: () => (/* binding */ impactMarkdown),
/* harmony export */   operatingPointMarkdown: () => (/* binding */ operatingPointMarkdown),
/* harmony export */   testsHeadline: () => (/* binding */ testsHeadline),
/* harmony export */   testsLog: () => (/* binding */ testsLog),
/* harmony export */   testsMarkdown: () => (/* binding */ testsMarkdown),
/* harmony export */   testsPlanJson: () => (/* binding */ testsPlanJson)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);

/** Bounds of the `plan` output's impact objects (docs/plan-schema.md). */
const PLAN_MAX_FAILED_TESTS = 50;
const PLAN_MAX_RULE_MATCHES = 100;
const PLAN_MAX_TRANSITIONS = 50;
/** Rows per table in the PR comment; the job summary shows them all. */
const COMMENT_MAX_ROWS = 20;
/** The first `max` rows, and a line saying how many more the summary has. */
function capped(rows, max) {
    if (max === undefined || rows.length <= max)
        return { shown: [...rows], more: '' };
    return {
        shown: rows.slice(0, max),
        more: `\n\n… and ${rows.length - max} more rows in the job summary.`,
    };
}
const list = (items) => items === undefined ? '—' : items.length ? items.join(', ') : '(none)';
function expectedText(r) {
    const parts = [];
    if (r.expected.outcomes)
        parts.push(`outcomes: ${list(r.expected.outcomes)}`);
    if (r.expected.rules)
        parts.push(`rules: ${list(r.expected.rules)}`);
    return parts.join('; ');
}
function gotText(r) {
    const got = `outcomes: ${list(r.got.outcomes)}; rules: ${list(r.got.rules)}`;
    if (r.status !== 'uncertain')
        return got;
    const why = r.uncertain.map((u) => `${u.ruleId}: ${u.reason}`).join('; ');
    return `uncertain (${why}); ${got}`;
}
/** "Tests 14/14 passed", or the count that did not. */
function testsHeadline(report) {
    return report.passed === report.total
        ? `Tests ${report.passed}/${report.total} passed`
        : `Tests ${report.total - report.passed}/${report.total} failed`;
}
const failed = (report) => report.results.filter((r) => r.status !== 'passed');
/** Plain lines for the log: the headline, then one line per failing test. */
function testsLog(report) {
    return [
        testsHeadline(report),
        ...failed(report).map((r) => `  ✗ ${r.name}: expected ${expectedText(r)}; got ${gotText(r)}; deciding rule ${r.decidingRule ?? '(none)'}`),
    ];
}
function testsMarkdown(report, maxRows) {
    const all = failed(report);
    if (!all.length)
        return testsHeadline(report);
    const { shown: bad, more } = capped(all, maxRows);
    return [
        `❌ **${testsHeadline(report)}**`,
        '',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['test', 'expected', 'got', 'deciding rule'], bad.map((r) => [
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r.name),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(expectedText(r)),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(gotText(r)),
            r.decidingRule ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(r.decidingRule, true) : '(none)',
        ])) + more,
    ].join('\n');
}
const pct = (n) => `${n.toFixed(n > 0 && n < 0.1 ? 3 : 1)}%`;
function backtestMarkdown(report, maxRows) {
    const lines = [];
    const gate = report.gate
        ? report.gate.exceeded
            ? ` ❌ more than maxChangedPercent ${report.gate.maxChangedPercent}%`
            : ` (maxChangedPercent ${report.gate.maxChangedPercent}%)`
        : '';
    lines.push(`**Backtest**: ${report.changed} of ${report.events} events change outcome (${pct(report.changedPercent)})${gate}`);
    for (const swap of report.unmeasuredModelSwaps)
        lines.push('', `⚠️ Model ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(swap.modelId)} changes version (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(swap.baseVersion ?? 'none')} → ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(swap.proposalVersion ?? 'none')}) but the events have no score column per version: only the rule changes were measured.`);
    if (report.uncertainEvents)
        lines.push('', `⚠️ ${report.uncertainEvents} events depend on a rule the local evaluator cannot decide; they count as ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)('(uncertain)')}.`);
    for (const u of report.unevaluable)
        lines.push('', `⚠️ ${u.side} rule ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(u.ruleId)} cannot be evaluated: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(u.reason)}`);
    lines.push('', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['base outcome', 'proposed outcome', 'events', '%'], capped(report.transitions, maxRows).shown.map((t) => [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(t.base),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(t.proposal),
        String(t.count),
        pct(t.percent),
    ])));
    const moved = capped(report.ruleMatches.filter((r) => r.base !== r.proposal), maxRows);
    if (moved.shown.length)
        lines.push('', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['rule', 'matches (base)', 'matches (proposal)'], moved.shown.map((r) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(r.ruleId, true), String(r.base), String(r.proposal)])) + moved.more);
    if (report.changedEvents.length)
        lines.push('', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['event', 'base', 'proposal'], report.changedEvents.map((e) => [
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(e.event),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(`${list(e.base.outcomes)} by ${list(e.base.rules)}`),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(`${list(e.proposal.outcomes)} by ${list(e.proposal.rules)}`),
        ])));
    return lines.join('\n');
}
function sideText(side) {
    if (!side)
        return '(new)';
    const version = side.modelVersion ? `v${side.modelVersion}` : 'no version';
    const head = `${version} at ${side.threshold}`;
    if (!side.metrics)
        return `${head}: no training curve`;
    const m = side.metrics;
    const f = (n) => n.toFixed(3);
    return `${head}: FPR ${f(m.fpr)}, TPR ${f(m.tpr)}, precision ${f(m.precision)}${m.interpolated ? ' *' : ''}`;
}
function operatingPointMarkdown(all, maxRows) {
    if (!all.length)
        return '';
    const { shown: rows, more } = capped(all, maxRows);
    return [
        "**Model operating point** (from the versions' training metrics)",
        '',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['rule', 'score', 'base', 'proposal'], rows.map((r) => [
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(r.ruleId, true),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(`$${r.modelId}_insightscore ${r.op}`),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(sideText(r.base)),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(sideText(r.proposal)),
        ])) + more,
        '',
        '\\* interpolated linearly between the two nearest points of the training curve. ' +
            'The rates are those of events scoring at or above the threshold; a rule with `<` or `<=` flags the others.',
    ].join('\n');
}
/** The `tests` object of the `plan` output (docs/plan-schema.md): bounded. */
function testsPlanJson(report) {
    const bad = failed(report);
    const out = {
        total: report.total,
        passed: report.passed,
        failed: bad.slice(0, PLAN_MAX_FAILED_TESTS).map((r) => ({
            name: r.name,
            status: r.status === 'uncertain' ? 'uncertain' : 'failed',
            expected: r.expected,
            got: r.got,
            ...(r.decidingRule ? { decidingRule: r.decidingRule } : {}),
            ...(r.uncertain.length ? { uncertain: r.uncertain } : {}),
        })),
    };
    if (bad.length > PLAN_MAX_FAILED_TESTS)
        out.failedOmitted = bad.length - PLAN_MAX_FAILED_TESTS;
    return out;
}
/** The `backtest` object of the `plan` output (docs/plan-schema.md): bounded. */
function backtestPlanJson(report, operatingPoint, partialLists = []) {
    const out = { operatingPoint: [...operatingPoint] };
    if (partialLists.length)
        out.partialLists = [...partialLists];
    if (!report)
        return out;
    const moved = report.ruleMatches.filter((r) => r.base !== r.proposal);
    Object.assign(out, {
        events: report.events,
        changed: report.changed,
        changedPercent: report.changedPercent,
        transitions: report.transitions.slice(0, PLAN_MAX_TRANSITIONS),
        ruleMatches: moved.slice(0, PLAN_MAX_RULE_MATCHES),
        changedEvents: report.changedEvents,
        uncertainEvents: report.uncertainEvents,
        unevaluable: report.unevaluable.slice(0, PLAN_MAX_RULE_MATCHES),
        unmeasuredModelSwaps: report.unmeasuredModelSwaps,
    });
    if (moved.length > PLAN_MAX_RULE_MATCHES)
        out.ruleMatchesOmitted = moved.length - PLAN_MAX_RULE_MATCHES;
    if (report.gate)
        out.gate = report.gate;
    return out;
}
/** The impact section of the summary (everything) or the comment (tables cut to COMMENT_MAX_ROWS rows). */
function impactMarkdown(impact, target) {
    const rows = target === 'comment' ? COMMENT_MAX_ROWS : undefined;
    const parts = [];
    if (impact.tests)
        parts.push(testsMarkdown(impact.tests, rows));
    if (impact.backtest)
        parts.push(backtestMarkdown(impact.backtest, rows));
    const op = operatingPointMarkdown(impact.operatingPoint, rows);
    if (op)
        parts.push(op);
    if (impact.partialLists.length)
        parts.push(`⚠️ ${impact.partialLists.map((l) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(`@${l}`)).join(', ')} ${impact.partialLists.length === 1 ? 'has' : 'have'} more elements than were read: an evaluation that looks for a value not among them is uncertain.`);
    return parts.length ? ['#### Impact', '', parts.join('\n\n')].join('\n') : '';
}
/** Plain lines for the log. */
function impactLog(impact) {
    const lines = impact.tests ? testsLog(impact.tests) : [];
    const b = impact.backtest;
    if (b)
        lines.push(`Backtest: ${b.changed} of ${b.events} events change outcome (${pct(b.changedPercent)})${b.gate ? `; maxChangedPercent ${b.gate.maxChangedPercent}%${b.gate.exceeded ? ' exceeded' : ''}` : ''}`);
    for (const r of impact.operatingPoint)
        lines.push(`Operating point of ${r.ruleId} ($${r.modelId}_insightscore ${r.op}): ${sideText(r.base)} → ${sideText(r.proposal)}`);
    return lines;
}


/***/ }),

/***/ 6223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  executeRequest: () => (/* binding */ executeRequest)
});

// EXTERNAL MODULE: ./src/runner/commands.ts
var commands = __webpack_require__(6342);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-frauddetector/dist-cjs/index.js
var dist_cjs = __webpack_require__(5127);
// EXTERNAL MODULE: ./src/domain/errors.ts
var domain_errors = __webpack_require__(241);
;// CONCATENATED MODULE: ./src/domain/text.ts
// Text from outside (AFD's answers above all) is cut at a stated size before
// anything renders, logs or compares it: an endpoint that is not AFD can send
// a 50 MB description, and the plan output, the summary and the log must stay
// bounded whatever it sends.
/**
 * The caps on AFD's text fields. Each is far above what AFD itself allows
 * (ids ≤ 64 characters, descriptions ≤ 128, rule expressions ≤ 4,000), so
 * only a broken or hostile endpoint is ever cut.
 */
const AFD_TEXT_CAPS = {
    /** Ids, version numbers, statuses, enums, ARNs, tag keys and values. */
    id: 1_000,
    description: 1_000,
    expression: 10_000,
    /** Error messages and data-validation messages (title and content each). */
    message: 2_000,
};
/** Data-validation messages kept from one model version; AFD gives a handful. */
const MAX_VALIDATION_MESSAGES = 100;
/** `text` cut to at most `max` characters, saying how much was cut. */
function capText(text, max) {
    if (text.length <= max)
        return text;
    const note = `… (${text.length - max} more characters cut)`;
    // Never split a surrogate pair: the half left would be invalid UTF-16.
    let end = Math.max(0, max - note.length);
    if (end > 0 && /[\uD800-\uDBFF]/.test(text[end - 1] ?? ''))
        end--;
    return `${text.slice(0, end)}${note}`;
}

;// CONCATENATED MODULE: ./src/afd/not-found.ts
// What to check when AFD says a resource "does not exist". AFD is regional and
// the endpoint may be a test double, so the message names both; the hints are
// only those that apply to the kind of resource that was missing. Pure.
/** ` in us-east-1 at the default AWS endpoint` / ` in us-east-1 at http://localhost:4566`. */
function whereCalled(region, endpoint) {
    const at = endpoint ? `at ${endpoint}` : 'at the default AWS endpoint';
    return region ? ` in ${region} ${at}` : ` ${at}`;
}
function notFoundHints(target, region, endpoint) {
    const r = region ? ` --region ${region}` : '';
    const regional = `Resources exist in one region only: check \`aws-region\`${region ? ` (${region})` : ''}.`;
    const custom = endpoint
        ? [`\`endpoint-url\` is set (${endpoint}): check that it is the AFD endpoint you mean.`]
        : [];
    const models = (t) => `\`aws frauddetector describe-model-versions --model-id ${t.modelId} --model-type ${t.modelType}${r}\` lists the model's versions.`;
    switch (target?.kind) {
        case 'detector':
            return [
                `Check \`detector-id\` (${target.detectorId}). ${regional} \`aws frauddetector get-detectors${r}\` lists the detectors there.`,
                ...custom,
            ];
        case 'detectorVersion':
            return [
                `\`aws frauddetector describe-detector --detector-id ${target.detectorId}${r}\` lists the detector's versions; if \`base-version\` names one, check it. A version deleted by another job meanwhile is gone: re-run the job.`,
                ...custom,
            ];
        case 'detectorContent':
            return [
                `Every rule in \`rules\` must exist in detector ${target.detectorId} at that version (\`aws frauddetector get-rules --detector-id ${target.detectorId}${r}\`), and every model version in \`model-versions\` must exist (\`aws frauddetector describe-model-versions${r}\`).`,
                ...custom,
            ];
        case 'rule':
            return [
                `Check the rule ids and versions in \`rules\`: \`aws frauddetector get-rules --detector-id ${target.detectorId}${r}\` lists the detector's rules.`,
                ...custom,
            ];
        case 'model':
            return [
                `Check \`model-id\` (${target.modelId}), \`model-type\` (${target.modelType}) and \`major-version-number\`. ${regional} ${models(target)}`,
                ...custom,
            ];
        case 'modelVersion':
            return [
                `Check the model version (\`model-version-number\`, or \`model-versions\` for a detector). ${models(target)}`,
                ...custom,
            ];
        default:
            return [
                `Check the id and \`aws-region\`${region ? ` (${region})` : ''}: resources exist in one region only.`,
                ...custom,
            ];
    }
}

;// CONCATENATED MODULE: ./src/afd/errors.ts
// Turns AWS SDK failures into messages a user can act on. Pure: it reads the
// error's name, message and metadata, and never imports the SDK itself.



const EXPIRED_NAMES = new Set([
    'ExpiredTokenException',
    'ExpiredToken',
    'TokenRefreshRequired',
    'RequestExpired',
]);
function isExpiredCredentials(err) {
    const e = err;
    const name = typeof e?.name === 'string' ? e.name : '';
    const message = typeof e?.message === 'string' ? e.message : '';
    return (EXPIRED_NAMES.has(name) ||
        /security token included in the request is expired/i.test(message) ||
        /credentials? (have|has) expired/i.test(message));
}
/** True for a training already running on the model (AFD says either of two ways). */
function isTrainingInProgressError(err) {
    const e = err;
    return (e?.name === 'ConflictException' ||
        (e?.name === 'ValidationException' &&
            typeof e.message === 'string' &&
            /simultaneous training/i.test(e.message)));
}
function translateAwsError(err, ctx) {
    if (err instanceof domain_errors/* AfdError */.Ge)
        return err;
    const e = (err ?? {});
    // All of it comes from the endpoint, which endpoint-url may point anywhere: capped.
    const name = typeof e.name === 'string' ? capText(e.name, AFD_TEXT_CAPS.id) : 'Error';
    const awsMessage = capText(typeof e.message === 'string' ? e.message : String(err), AFD_TEXT_CAPS.message);
    const requestId = typeof e.$metadata?.requestId === 'string'
        ? capText(e.$metadata.requestId, AFD_TEXT_CAPS.id)
        : undefined;
    const op = ctx.operation;
    const what = ctx.resource ? ` for ${ctx.resource}` : '';
    const suffix = requestId ? ` (request id ${requestId})` : '';
    if (isExpiredCredentials(err)) {
        return new domain_errors/* AfdError */.Ge(`${op}${what}: the AWS credentials have expired.${suffix}`, op, name, [
            "Long trainings outlive the default one-hour OIDC session: raise `role-duration-seconds` in aws-actions/configure-aws-credentials (and the role's maximum session duration).",
            'Nothing was lost: re-run the job and it carries on with the model version already training.',
        ]);
    }
    if (op === 'UpdateModelVersion' && isTrainingInProgressError(err)) {
        return new domain_errors/* AfdError */.Ge(`A training is already running${what}: AFD allows one training per model at a time (${awsMessage}).`, op, name, [
            'Wait for it to finish (GetModelVersion shows TRAINING_COMPLETE or ERROR), then re-run this job.',
        ], false, true);
    }
    switch (name) {
        case 'AccessDeniedException':
        case 'AccessDenied':
        case 'UnrecognizedClientException':
            return new domain_errors/* AfdError */.Ge(`AWS denied frauddetector:${op}${what}: ${awsMessage}${suffix}`, op, name, [
                `Allow \`frauddetector:${op}\` for the role this job assumes${op === 'UpdateModelVersion' ? ', and `iam:PassRole` on the data-access role (which must be in the same account as the model)' : ''}. The README lists every permission the action needs.`,
            ]);
        case 'ResourceNotFoundException':
            return new domain_errors/* AfdError */.Ge(`Not found${what}${whereCalled(ctx.region, ctx.endpoint)}: ${awsMessage}${suffix}`, op, name, notFoundHints(ctx.target, ctx.region, ctx.endpoint));
        case 'ThrottlingException':
            return new domain_errors/* AfdError */.Ge(`AFD kept throttling ${op}${what} after ${e.$metadata?.attempts ?? 'several'} attempts: ${awsMessage}${suffix}`, op, name, [
                'Other jobs may be calling AFD in the same account; re-run later or add a `concurrency:` group.',
            ], true);
        case 'ValidationException':
            return new domain_errors/* AfdError */.Ge(`AFD rejected ${op}${what}: ${awsMessage}${suffix}`, op, name);
        case 'ConflictException':
            return new domain_errors/* AfdError */.Ge(`AFD refused ${op}${what} (conflict): ${awsMessage}${suffix}`, op, name);
        case 'InternalServerException':
            return new domain_errors/* AfdError */.Ge(`AFD failed with an internal error on ${op}${what} after retries: ${awsMessage}${suffix}`, op, name, ['This is on the AWS side; re-run the job (it resumes where it stopped).'], true);
        case 'CredentialsProviderError':
            return new domain_errors/* AfdError */.Ge(`No AWS credentials for ${op}: ${awsMessage}`, op, name, [
                'Add aws-actions/configure-aws-credentials before this step. On a pull request from a fork, secrets and OIDC tokens are not available.',
            ]);
        default:
            break;
    }
    const code = typeof e.code === 'string' ? e.code : '';
    if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN'].includes(code)) {
        return new domain_errors/* AfdError */.Ge(`Could not reach AFD${ctx.endpoint ? ` at ${ctx.endpoint}` : ''} for ${op}: ${code}.`, op, code, ['Check `endpoint-url` and `aws-region`, and that the runner can reach the endpoint.']);
    }
    // The request may have reached AFD before the connection broke.
    if (['ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(code) ||
        name === 'TimeoutError' ||
        /socket hang up|ECONNRESET/i.test(awsMessage) ||
        (e.$metadata?.httpStatusCode ?? 0) >= 500) {
        return new domain_errors/* AfdError */.Ge(`The connection to AFD broke during ${op}${what}: ${awsMessage}`, op, code || name, ['Re-run the job: it checks what already happened before doing it again.'], true);
    }
    return new domain_errors/* AfdError */.Ge(`${op}${what} failed: ${name}: ${awsMessage}${suffix}`, op, name);
}

;// CONCATENATED MODULE: ./src/afd/sdk-mapping.ts


/** The answer of UpdateModelVersion and CreateModelVersion: the version whose training started. */
function trainingStarted(operation, out, input) {
    return {
        modelId: idText(out.modelId ?? input.modelId),
        modelType: idText(out.modelType ?? input.modelType),
        modelVersionNumber: idText(required(out.modelVersionNumber, operation, 'modelVersionNumber')),
        status: idText(out.status ?? 'TRAINING_IN_PROGRESS'),
    };
}
/** externalEventsDetail or ingestedEventsDetail, as AFD names them. */
function sdkTraining(training) {
    return training.kind === 'external'
        ? {
            externalEventsDetail: {
                dataLocation: training.dataLocation,
                dataAccessRoleArn: training.dataAccessRoleArn,
            },
        }
        : {
            ingestedEventsDetail: {
                ingestedEventsTimeWindow: { startTime: training.startTime, endTime: training.endTime },
            },
        };
}
function sdkContent(detectorId, content) {
    return {
        rules: content.rules.map((r) => ({ detectorId, ruleId: r.ruleId, ruleVersion: r.ruleVersion })),
        externalModelEndpoints: content.externalModelEndpoints,
        modelVersions: content.modelVersions.map((m) => ({
            modelId: m.modelId,
            modelType: m.modelType,
            modelVersionNumber: m.modelVersionNumber,
        })),
        ruleExecutionMode: content.ruleExecutionMode,
        ...(content.description ? { description: content.description } : {}),
    };
}
function ruleContent(content) {
    return {
        expression: content.expression,
        language: 'DETECTORPL',
        outcomes: content.outcomes,
        ...(content.description ? { description: content.description } : {}),
    };
}
function required(value, operation, field) {
    if (value === undefined || value === null || value === '') {
        throw translateAwsError(new Error(`the response has no ${field}`), { operation });
    }
    return value;
}
/** An id, version, status, enum, ARN or tag from AFD, capped (see AFD_TEXT_CAPS). */
function idText(text) {
    return capText(text ?? '', AFD_TEXT_CAPS.id);
}
function descriptionText(text) {
    return capText(text, AFD_TEXT_CAPS.description);
}
function toRuleDetail(r) {
    return {
        ruleId: idText(r.ruleId),
        ruleVersion: idText(r.ruleVersion),
        expression: capText(r.expression ?? '', AFD_TEXT_CAPS.expression),
        outcomes: (r.outcomes ?? []).map(idText),
        ...(r.description ? { description: descriptionText(r.description) } : {}),
        ...(r.language ? { language: idText(r.language) } : {}),
        ...(r.arn ? { arn: idText(r.arn) } : {}),
    };
}
/** AFD's answer is untrusted: finite numbers only, at most MAX_METRIC_POINTS, by threshold. */
const MAX_METRIC_POINTS = 2000;
function metricPoints(raw) {
    const points = [];
    for (const p of (raw ?? []).slice(0, MAX_METRIC_POINTS)) {
        const { fpr, tpr, precision, threshold } = p;
        if ([fpr, tpr, precision, threshold].every((n) => typeof n === 'number' && Number.isFinite(n)))
            points.push({ fpr: fpr, tpr: tpr, precision: precision, threshold: threshold });
    }
    return points.sort((a, b) => a.threshold - b.threshold);
}
function toModelVersionDetail(d) {
    const v2 = d.trainingResultV2;
    const perf = v2?.trainingMetricsV2?.ofi?.modelPerformance ?? v2?.trainingMetricsV2?.tfi?.modelPerformance;
    const metrics = {};
    const auc = perf?.auc ?? d.trainingResult?.trainingMetrics?.auc;
    if (auc !== undefined)
        metrics.auc = auc;
    if (perf?.uncertaintyRange) {
        metrics.aucLower = perf.uncertaintyRange.lowerBoundValue;
        metrics.aucUpper = perf.uncertaintyRange.upperBoundValue;
    }
    const asi = v2?.trainingMetricsV2?.ati?.modelPerformance?.asi;
    if (asi !== undefined)
        metrics.asi = asi;
    const points = metricPoints(v2?.trainingMetricsV2?.ofi?.metricDataPoints ??
        v2?.trainingMetricsV2?.tfi?.metricDataPoints ??
        d.trainingResult?.trainingMetrics?.metricDataPoints);
    if (points.length)
        metrics.points = points;
    const validation = v2?.dataValidationMetrics ?? d.trainingResult?.dataValidationMetrics;
    const message = (m) => ({
        ...(m.title ? { title: capText(m.title, AFD_TEXT_CAPS.message) } : {}),
        ...(m.content ? { content: capText(m.content, AFD_TEXT_CAPS.message) } : {}),
        ...(m.type ? { type: idText(m.type) } : {}),
        ...(m.fieldName ? { fieldName: idText(m.fieldName) } : {}),
    });
    const validationMessages = [
        ...(validation?.fileLevelMessages ?? []),
        ...(validation?.fieldLevelMessages ?? []),
    ]
        .slice(0, MAX_VALIDATION_MESSAGES)
        .map(message);
    const window = d.ingestedEventsDetail?.ingestedEventsTimeWindow;
    return {
        modelId: idText(d.modelId),
        modelType: idText(d.modelType),
        modelVersionNumber: idText(d.modelVersionNumber),
        status: idText(d.status),
        ...(d.arn ? { arn: idText(d.arn) } : {}),
        ...(d.createdTime ? { createdTime: idText(d.createdTime) } : {}),
        ...(d.lastUpdatedTime ? { lastUpdatedTime: idText(d.lastUpdatedTime) } : {}),
        metrics,
        validationMessages,
        ...(d.externalEventsDetail?.dataLocation
            ? { dataLocation: idText(d.externalEventsDetail.dataLocation) }
            : {}),
        ...(window
            ? {
                ingestedStart: window.startTime === undefined ? undefined : idText(window.startTime),
                ingestedEnd: window.endTime === undefined ? undefined : idText(window.endTime),
            }
            : {}),
        ...(d.trainingDataSource ? { trainingDataSource: d.trainingDataSource } : {}),
        ...(d.trainingDataSchema
            ? {
                trainingDataSchema: {
                    modelVariables: d.trainingDataSchema.modelVariables ?? [],
                    ...(d.trainingDataSchema.labelSchema?.labelMapper
                        ? { labelMapper: d.trainingDataSchema.labelSchema.labelMapper }
                        : {}),
                    ...(d.trainingDataSchema.labelSchema?.unlabeledEventsTreatment
                        ? {
                            unlabeledEventsTreatment: d.trainingDataSchema.labelSchema.unlabeledEventsTreatment,
                        }
                        : {}),
                },
            }
            : {}),
    };
}

;// CONCATENATED MODULE: ./src/afd/calls/catalog.ts
// The account's shared resources that rules and models name: event types,
// labels, outcomes, variables and lists; and resource tags.




const GET_LABELS_PAGE = 50;
const GET_OUTCOMES_PAGE = 100;
const GET_VARIABLES_PAGE = 100;
const GET_LISTS_PAGE = 50;
const GET_LIST_ELEMENTS_PAGE = 5000;
const LIST_TAGS_PAGE = 50;
/**
 * Elements read of one list at most. AFD's lists hold up to 100,000
 * elements; a longer answer comes from an endpoint that is not AFD, and the
 * evaluator must not hold an unbounded set.
 */
const MAX_LIST_ELEMENTS = 100_000;
async function getEventType(t, name) {
    const out = await t
        .call({ operation: 'GetEventTypes', resource: `event type ${name}` }, () => t.client.send(new dist_cjs/* GetEventTypesCommand */.Bbp({ name })))
        .catch((err) => {
        if (err instanceof domain_errors/* AfdError */.Ge && err.awsErrorName === 'ResourceNotFoundException')
            return { eventTypes: [] };
        throw err;
    });
    const found = out.eventTypes?.find((e) => e.name === name);
    return found
        ? {
            name,
            eventVariables: found.eventVariables ?? [],
            labels: found.labels ?? [],
            entityTypes: (found.entityTypes ?? []).map(idText),
        }
        : undefined;
}
async function listLabelNames(t) {
    const labels = await t.allPages({ operation: 'GetLabels', resource: 'labels' }, (nextToken) => t.client.send(new dist_cjs/* GetLabelsCommand */.XPl({ maxResults: GET_LABELS_PAGE, nextToken })), (out) => out.labels);
    return labels.flatMap((l) => (l.name ? [l.name] : []));
}
async function listTags(t, arn) {
    const tags = await t.allPages({ operation: 'ListTagsForResource', resource: arn }, (nextToken) => t.client.send(new dist_cjs/* ListTagsForResourceCommand */.a_e({
        resourceARN: arn,
        maxResults: LIST_TAGS_PAGE,
        nextToken,
    })), (out) => out.tags);
    return tags.map((t) => ({ key: idText(t.key), value: idText(t.value) }));
}
async function tagResource(t, arn, tags) {
    await t.call({ operation: 'TagResource', resource: arn }, () => t.client.send(new dist_cjs/* TagResourceCommand */.eqU({ resourceARN: arn, tags })));
}
async function untagResource(t, arn, tagKeys) {
    await t.call({ operation: 'UntagResource', resource: arn }, () => t.client.send(new dist_cjs/* UntagResourceCommand */.RP$({ resourceARN: arn, tagKeys })));
}
async function putOutcome(t, outcome, tags) {
    // PutOutcome creates or updates: repeating it is harmless, so the read client may retry it.
    await t.call({ operation: 'PutOutcome', resource: `outcome ${outcome.name}` }, () => t.client.send(new dist_cjs/* PutOutcomeCommand */.N$u({
        name: outcome.name,
        ...(outcome.description ? { description: outcome.description } : {}),
        ...(tags.length ? { tags } : {}),
    })));
}
async function listOutcomes(t) {
    const outcomes = await t.allPages({ operation: 'GetOutcomes', resource: 'outcomes' }, (nextToken) => t.client.send(new dist_cjs/* GetOutcomesCommand */.Rji({ maxResults: GET_OUTCOMES_PAGE, nextToken })), (out) => out.outcomes);
    return outcomes.flatMap((o) => o.name ? [{ name: o.name, ...(o.description ? { description: o.description } : {}) }] : []);
}
/** GetVariables, all pages: every variable of the account with its type and default. */
async function listVariables(t) {
    const variables = await t.allPages({ operation: 'GetVariables', resource: 'variables' }, (nextToken) => t.client.send(new dist_cjs/* GetVariablesCommand */.Ht1({ maxResults: GET_VARIABLES_PAGE, nextToken })), (out) => out.variables);
    return variables.flatMap((v) => v.name
        ? [
            {
                name: idText(v.name),
                dataType: idText(v.dataType),
                ...(v.dataSource ? { dataSource: idText(v.dataSource) } : {}),
                ...(v.defaultValue !== undefined
                    ? { defaultValue: capText(v.defaultValue, AFD_TEXT_CAPS.description) }
                    : {}),
                ...(v.variableType ? { variableType: idText(v.variableType) } : {}),
                ...(v.description ? { description: descriptionText(v.description) } : {}),
            },
        ]
        : []);
}
/** GetListsMetadata, all pages: every list of the account (names and element type). */
async function listListsMetadata(t) {
    const lists = await t.allPages({ operation: 'GetListsMetadata', resource: 'lists' }, (nextToken) => t.client.send(new dist_cjs/* GetListsMetadataCommand */.ggS({ maxResults: GET_LISTS_PAGE, nextToken })), (out) => out.lists);
    return lists.flatMap((l) => l.name
        ? [
            {
                name: idText(l.name),
                ...(l.variableType ? { variableType: idText(l.variableType) } : {}),
            },
        ]
        : []);
}
/**
 * GetListElements, page by page up to MAX_LIST_ELEMENTS; undefined when the
 * list does not exist. `truncated` says the endpoint had more (or kept
 * sending empty pages): the caller must not treat the list as complete.
 */
async function getListElements(t, name) {
    const elements = [];
    const maxPages = Math.ceil(MAX_LIST_ELEMENTS / GET_LIST_ELEMENTS_PAGE) + 10;
    let nextToken;
    for (let page = 0; page < maxPages; page++) {
        const out = await t
            .call({ operation: 'GetListElements', resource: `list ${name}` }, () => t.client.send(new dist_cjs/* GetListElementsCommand */.XEK({ name, maxResults: GET_LIST_ELEMENTS_PAGE, nextToken })))
            .catch((err) => {
            if (err instanceof domain_errors/* AfdError */.Ge && err.awsErrorName === 'ResourceNotFoundException')
                return undefined;
            throw err;
        });
        if (!out)
            return undefined;
        for (const e of out.elements ?? []) {
            if (elements.length >= MAX_LIST_ELEMENTS)
                return { name, elements, truncated: true };
            elements.push(capText(e, AFD_TEXT_CAPS.id));
        }
        nextToken = out.nextToken || undefined;
        if (!nextToken)
            return { name, elements, truncated: false };
        if (elements.length >= MAX_LIST_ELEMENTS)
            return { name, elements, truncated: true };
    }
    return { name, elements, truncated: true };
}

;// CONCATENATED MODULE: ./src/afd/calls/detectors.ts
// Detector calls: versions listed, read, created, updated, promoted and
// deleted, and the account's detector ids.



/** DescribeDetector refuses pages below 1000; take the largest to make fewest calls. */
const DESCRIBE_DETECTOR_PAGE = 2500;
const GET_DETECTORS_PAGE = 10;
async function listDetectorVersions(t, detectorId) {
    const summaries = await t.allPages({
        operation: 'DescribeDetector',
        resource: `detector ${detectorId}`,
        target: { kind: 'detector', detectorId },
    }, (nextToken) => t.client.send(new dist_cjs/* DescribeDetectorCommand */.t$3({
        detectorId,
        maxResults: DESCRIBE_DETECTOR_PAGE,
        nextToken,
    })), (out) => out.detectorVersionSummaries);
    return summaries.map((s) => ({
        detectorVersionId: idText(s.detectorVersionId),
        status: idText(s.status),
        ...(s.description ? { description: descriptionText(s.description) } : {}),
        ...(s.lastUpdatedTime ? { lastUpdatedTime: idText(s.lastUpdatedTime) } : {}),
    }));
}
async function getDetectorVersion(t, detectorId, detectorVersionId) {
    const out = await t.call({
        operation: 'GetDetectorVersion',
        resource: `detector ${detectorId} version ${detectorVersionId}`,
        target: { kind: 'detectorVersion', detectorId },
    }, () => t.client.send(new dist_cjs/* GetDetectorVersionCommand */.IJy({ detectorId, detectorVersionId })));
    return {
        detectorId,
        detectorVersionId,
        status: idText(out.status),
        ...(out.description ? { description: descriptionText(out.description) } : {}),
        rules: (out.rules ?? []).map((r) => ({
            ruleId: idText(r.ruleId),
            ruleVersion: idText(r.ruleVersion),
        })),
        modelVersions: (out.modelVersions ?? []).map((m) => ({
            modelId: idText(m.modelId),
            modelType: idText(m.modelType),
            modelVersionNumber: idText(m.modelVersionNumber),
        })),
        externalModelEndpoints: (out.externalModelEndpoints ?? []).map(idText),
        ruleExecutionMode: idText(out.ruleExecutionMode ?? 'FIRST_MATCHED'),
        ...(out.createdTime ? { createdTime: idText(out.createdTime) } : {}),
        ...(out.lastUpdatedTime ? { lastUpdatedTime: idText(out.lastUpdatedTime) } : {}),
        ...(out.arn ? { arn: idText(out.arn) } : {}),
    };
}
async function createDetectorVersion(t, detectorId, content, tags) {
    const out = await t.call({
        operation: 'CreateDetectorVersion',
        resource: `detector ${detectorId}`,
        target: { kind: 'detectorContent', detectorId },
    }, () => t.writeOnceClient.send(new dist_cjs/* CreateDetectorVersionCommand */.i$i({
        detectorId,
        ...sdkContent(detectorId, content),
        ...(tags.length ? { tags } : {}),
    })));
    return {
        detectorVersionId: idText(required(out.detectorVersionId, 'CreateDetectorVersion', 'detectorVersionId')),
        status: idText(out.status ?? 'DRAFT'),
    };
}
async function updateDetectorVersion(t, detectorId, detectorVersionId, content) {
    await t.call({
        operation: 'UpdateDetectorVersion',
        resource: `detector ${detectorId} version ${detectorVersionId}`,
        target: { kind: 'detectorContent', detectorId },
    }, () => t.client.send(
    // AFD requires rules and externalModelEndpoints here even when empty;
    // sdkContent always sends both.
    new dist_cjs/* UpdateDetectorVersionCommand */.nSe({
        detectorId,
        detectorVersionId,
        ...sdkContent(detectorId, content),
    })));
}
async function updateDetectorVersionStatus(t, detectorId, detectorVersionId, status) {
    await t.call({
        operation: 'UpdateDetectorVersionStatus',
        resource: `detector ${detectorId} version ${detectorVersionId}`,
        target: { kind: 'detectorVersion', detectorId },
    }, () => t.writeOnceClient.send(new dist_cjs/* UpdateDetectorVersionStatusCommand */.poS({ detectorId, detectorVersionId, status })));
}
async function deleteDetectorVersion(t, detectorId, detectorVersionId) {
    // The read client retries a delete whose answer was lost; the retry then
    // finds nothing to delete, which is the outcome asked for.
    try {
        await t.call({
            operation: 'DeleteDetectorVersion',
            resource: `detector ${detectorId} version ${detectorVersionId}`,
            target: { kind: 'detectorVersion', detectorId },
        }, () => t.client.send(new dist_cjs/* DeleteDetectorVersionCommand */.n9c({ detectorId, detectorVersionId })));
    }
    catch (err) {
        if (err instanceof domain_errors/* AfdError */.Ge && err.awsErrorName === 'ResourceNotFoundException')
            return;
        throw err;
    }
}
async function listDetectorIds(t) {
    const detectors = await t.allPages({ operation: 'GetDetectors', resource: 'detectors' }, (nextToken) => t.client.send(new dist_cjs/* GetDetectorsCommand */.no0({ maxResults: GET_DETECTORS_PAGE, nextToken })), (out) => out.detectors);
    return detectors.flatMap((d) => (d.detectorId ? [idText(d.detectorId)] : []));
}
/** GetDetectors for one detector: the event type it scores; undefined when there is no such detector. */
async function getDetectorEventType(t, detectorId) {
    const out = await t
        .call({
        operation: 'GetDetectors',
        resource: `detector ${detectorId}`,
        target: { kind: 'detector', detectorId },
    }, () => t.client.send(new dist_cjs/* GetDetectorsCommand */.no0({ detectorId })))
        .catch((err) => {
        if (err instanceof domain_errors/* AfdError */.Ge && err.awsErrorName === 'ResourceNotFoundException')
            return { detectors: [] };
        throw err;
    });
    const found = out.detectors?.find((d) => d.detectorId === detectorId);
    return found?.eventTypeName ? idText(found.eventTypeName) : undefined;
}

// EXTERNAL MODULE: ./src/domain/request.ts
var domain_request = __webpack_require__(805);
;// CONCATENATED MODULE: ./src/afd/calls/models.ts
// Model calls: retrain (UpdateModelVersion), new major versions
// (CreateModelVersion), reads of versions and the account's deployed ones,
// and status changes.



const DESCRIBE_MODEL_VERSIONS_PAGE = 10;
/** What counts against AFD's 5 deployed model versions per account. */
const DEPLOYED_STATUSES = new Set(['ACTIVE', 'ACTIVATE_REQUESTED', 'ACTIVATE_IN_PROGRESS']);
/** How messages name a model version: "model m (TYPE) version 1.02". */
function describeModelVersionRef(ref) {
    return `model ${ref.modelId} (${ref.modelType}) version ${ref.modelVersionNumber}`;
}
async function retrainModelVersion(t, input) {
    const training = sdkTraining(input.training);
    const out = await t.call({
        operation: 'UpdateModelVersion',
        resource: `model ${input.modelId} (${input.modelType}) major version ${input.majorVersionNumber}`,
        target: { kind: 'model', modelId: input.modelId, modelType: input.modelType },
    }, () => t.writeOnceClient.send(new dist_cjs/* UpdateModelVersionCommand */.uow({
        modelId: input.modelId,
        modelType: input.modelType,
        majorVersionNumber: input.majorVersionNumber,
        ...training,
        ...(input.tags.length ? { tags: input.tags } : {}),
    })));
    return trainingStarted('UpdateModelVersion', out, input);
}
async function createModelVersion(t, input) {
    const schema = input.trainingDataSchema;
    const out = await t.call({
        operation: 'CreateModelVersion',
        resource: `model ${input.modelId} (${input.modelType})`,
        target: { kind: 'model', modelId: input.modelId, modelType: input.modelType },
    }, () => t.writeOnceClient.send(new dist_cjs/* CreateModelVersionCommand */.B7D({
        modelId: input.modelId,
        modelType: input.modelType,
        trainingDataSource: input.trainingDataSource,
        trainingDataSchema: {
            modelVariables: schema.modelVariables,
            ...(schema.labelMapper
                ? {
                    labelSchema: {
                        labelMapper: schema.labelMapper,
                        ...(schema.unlabeledEventsTreatment
                            ? { unlabeledEventsTreatment: schema.unlabeledEventsTreatment }
                            : {}),
                    },
                }
                : {}),
        },
        ...sdkTraining(input.training),
        ...(input.tags.length ? { tags: input.tags } : {}),
    })));
    return trainingStarted('CreateModelVersion', out, input);
}
async function getModelEventType(t, modelId, modelType) {
    const out = await t.call({
        operation: 'GetModels',
        resource: `model ${modelId} (${modelType})`,
        target: { kind: 'model', modelId, modelType },
    }, () => t.client.send(new dist_cjs/* GetModelsCommand */.gqt({ modelId, modelType, maxResults: 10 })));
    return out.models?.find((m) => m.modelId === modelId && m.modelType === modelType)?.eventTypeName;
}
const GET_MODELS_PAGE = 10;
/** GetModels, all pages: every model of the account with the event type it learns from. */
async function listModels(t) {
    const found = await t.allPages({ operation: 'GetModels', resource: 'models' }, (nextToken) => t.client.send(new dist_cjs/* GetModelsCommand */.gqt({ maxResults: GET_MODELS_PAGE, nextToken })), (out) => out.models);
    return found.flatMap((m) => m.modelId && m.modelType && m.eventTypeName
        ? [
            {
                modelId: idText(m.modelId),
                modelType: idText(m.modelType),
                eventTypeName: idText(m.eventTypeName),
            },
        ]
        : []);
}
async function getModelVersion(t, ref) {
    const out = await t.call({
        operation: 'GetModelVersion',
        resource: describeModelVersionRef(ref),
        target: { kind: 'modelVersion', modelId: ref.modelId, modelType: ref.modelType },
    }, () => t.client.send(new dist_cjs/* GetModelVersionCommand */.FMr({ ...ref })));
    return {
        modelId: idText(out.modelId ?? ref.modelId),
        modelType: idText(out.modelType ?? ref.modelType),
        modelVersionNumber: idText(out.modelVersionNumber ?? ref.modelVersionNumber),
        status: idText(required(out.status, 'GetModelVersion', 'status')),
        ...(out.arn ? { arn: idText(out.arn) } : {}),
    };
}
async function describeModelVersions(t, query) {
    const details = await t.allPages({
        operation: 'DescribeModelVersions',
        resource: `model ${query.modelId} (${query.modelType})${query.modelVersionNumber ? ` version ${query.modelVersionNumber}` : ''}`,
        target: {
            kind: query.modelVersionNumber ? 'modelVersion' : 'model',
            modelId: query.modelId,
            modelType: query.modelType,
        },
    }, (nextToken) => t.client.send(new dist_cjs/* DescribeModelVersionsCommand */.Vih({
        ...query,
        maxResults: DESCRIBE_MODEL_VERSIONS_PAGE,
        nextToken,
    })), (out) => out.modelVersionDetails);
    return details.map(toModelVersionDetail);
}
async function updateModelVersionStatus(t, ref, status) {
    await t.call({
        operation: 'UpdateModelVersionStatus',
        resource: describeModelVersionRef(ref),
        target: { kind: 'modelVersion', modelId: ref.modelId, modelType: ref.modelType },
    }, () => t.writeOnceClient.send(new dist_cjs/* UpdateModelVersionStatusCommand */.qvX({ ...ref, status })));
}
async function listDeployedModelVersions(t) {
    const deployed = [];
    for (const modelType of domain_request/* MODEL_TYPES */.me) {
        const details = await t.allPages({ operation: 'DescribeModelVersions', resource: `${modelType} models` }, (nextToken) => t.client.send(new dist_cjs/* DescribeModelVersionsCommand */.Vih({
            modelType,
            maxResults: DESCRIBE_MODEL_VERSIONS_PAGE,
            nextToken,
        })), (out) => out.modelVersionDetails);
        for (const d of details)
            if (DEPLOYED_STATUSES.has(d.status ?? ''))
                deployed.push(toModelVersionDetail(d));
    }
    return deployed;
}

;// CONCATENATED MODULE: ./src/afd/calls/predictions.ts
// GetEventPrediction: one event scored by a named detector version. The
// answer is untrusted: ids capped, scores kept only when they are finite
// numbers, and at most a bounded number of rule results and scores read.


/** Far above a detector version's rules and models; only a hostile endpoint sends more. */
const MAX_RESULTS = 10_000;
const MODEL_SCORE_SUFFIX = '_insightscore';
async function getEventPrediction(t, request) {
    const { detectorId, detectorVersionId } = request;
    const out = await t.call({
        operation: 'GetEventPrediction',
        resource: `detector ${detectorId} version ${detectorVersionId}, event ${request.eventId}`,
        target: { kind: 'detectorVersion', detectorId },
    }, () => t.client.send(new dist_cjs/* GetEventPredictionCommand */.dUG({
        detectorId,
        detectorVersionId,
        eventId: request.eventId,
        eventTypeName: request.eventTypeName,
        eventTimestamp: request.eventTimestamp,
        entities: [request.entity],
        eventVariables: request.eventVariables,
    })));
    const modelScores = new Map();
    for (const m of (out.modelScores ?? []).slice(0, MAX_RESULTS)) {
        const modelId = idText(m.modelVersion?.modelId);
        const score = m.scores?.[`${modelId}${MODEL_SCORE_SUFFIX}`];
        if (modelId && typeof score === 'number' && Number.isFinite(score))
            modelScores.set(modelId, score);
    }
    return {
        ruleResults: (out.ruleResults ?? []).slice(0, MAX_RESULTS).map((r) => ({
            ruleId: idText(r.ruleId),
            outcomes: (r.outcomes ?? []).slice(0, MAX_RESULTS).map(idText),
        })),
        modelScores,
    };
}

;// CONCATENATED MODULE: ./src/afd/calls/rules.ts
// Rule calls: rule versions read (one, one rule's, a detector's), created
// (CreateRule, UpdateRuleVersion) and described (UpdateRuleMetadata).



const GET_RULES_PAGE = 100;
async function getRuleVersion(t, detectorId, rule) {
    const out = await t
        .call({
        operation: 'GetRules',
        resource: `rule ${rule.ruleId} version ${rule.ruleVersion} of detector ${detectorId}`,
        target: { kind: 'rule', detectorId },
    }, () => t.client.send(new dist_cjs/* GetRulesCommand */.dN1({
        detectorId,
        ruleId: rule.ruleId,
        ruleVersion: rule.ruleVersion,
        maxResults: GET_RULES_PAGE,
    })))
        .catch((err) => {
        // AWS's own samples expect an empty list for an unknown rule; answer the
        // same if AFD says ResourceNotFound instead, so the plan's checks report it.
        if (err instanceof domain_errors/* AfdError */.Ge && err.awsErrorName === 'ResourceNotFoundException') {
            return { ruleDetails: [] };
        }
        throw err;
    });
    const found = (out.ruleDetails ?? []).find((r) => r.ruleId === rule.ruleId && r.ruleVersion === rule.ruleVersion);
    return found ? toRuleDetail(found) : undefined;
}
async function createRule(t, detectorId, ruleId, content, tags) {
    const out = await t.call({ operation: 'CreateRule', resource: `rule ${ruleId} of detector ${detectorId}` }, () => t.writeOnceClient.send(new dist_cjs/* CreateRuleCommand */.OOk({
        detectorId,
        ruleId,
        ...ruleContent(content),
        ...(tags.length ? { tags } : {}),
    })));
    return {
        ruleId,
        ruleVersion: required(out.rule?.ruleVersion, 'CreateRule', 'rule.ruleVersion'),
    };
}
async function updateRuleVersion(t, detectorId, from, content, tags) {
    const out = await t.call({
        operation: 'UpdateRuleVersion',
        resource: `rule ${from.ruleId} version ${from.ruleVersion} of detector ${detectorId}`,
    }, () => t.writeOnceClient.send(new dist_cjs/* UpdateRuleVersionCommand */.JJi({
        rule: { detectorId, ruleId: from.ruleId, ruleVersion: from.ruleVersion },
        ...ruleContent(content),
        ...(tags.length ? { tags } : {}),
    })));
    return {
        ruleId: from.ruleId,
        ruleVersion: required(out.rule?.ruleVersion, 'UpdateRuleVersion', 'rule.ruleVersion'),
    };
}
async function updateRuleMetadata(t, detectorId, rule, description) {
    // Setting a description twice is harmless: the read client may retry it.
    await t.call({
        operation: 'UpdateRuleMetadata',
        resource: `rule ${rule.ruleId} version ${rule.ruleVersion} of detector ${detectorId}`,
    }, () => t.client.send(new dist_cjs/* UpdateRuleMetadataCommand */.KO4({
        rule: { detectorId, ruleId: rule.ruleId, ruleVersion: rule.ruleVersion },
        description,
    })));
}
async function listRuleVersions(t, detectorId, ruleId) {
    const rules = await t.allPages({ operation: 'GetRules', resource: `rule ${ruleId} of detector ${detectorId}` }, (nextToken) => t.client.send(new dist_cjs/* GetRulesCommand */.dN1({ detectorId, ruleId, maxResults: GET_RULES_PAGE, nextToken })), (out) => out.ruleDetails);
    return rules.filter((r) => r.ruleId === ruleId).map(toRuleDetail);
}
async function listRules(t, detectorId) {
    const rules = await t.allPages({
        operation: 'GetRules',
        resource: `rules of detector ${detectorId}`,
        target: { kind: 'detector', detectorId },
    }, (nextToken) => t.client.send(new dist_cjs/* GetRulesCommand */.dN1({ detectorId, maxResults: GET_RULES_PAGE, nextToken })), (out) => out.ruleDetails);
    return rules.map(toRuleDetail);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/afd/outage.ts
// Patience with an AFD that answered earlier in the run and now cannot be
// reached at all: a read pauses and tries again for a bounded time instead of
// failing a long wait at once.

/**
 * How long a read waits (in pauses between tries) for an AFD that answered
 * earlier in the run and now cannot be reached: a network blip or a DNS
 * hiccup must not fail a two-hour wait. The first call of a run gets no
 * patience: an endpoint never reached is a configuration error.
 */
const OUTAGE_PATIENCE_MS = 3 * 60_000;
const OUTAGE_MAX_PAUSE_MS = 30_000;
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
/** A connection error that says the endpoint is not there (rather than a broken request). */
function isUnreachable(err) {
    return UNREACHABLE_CODES.has(err.awsErrorName);
}
/**
 * One pause of a read waiting for AFD; returns the time waited so far, or
 * throws once the patience is spent. Pauses: 2 s doubling to 30 s.
 */
async function waitOutOutage(err, waited, { sleep, say, endpoint }) {
    const minutes = OUTAGE_PATIENCE_MS / 60_000;
    if (waited >= OUTAGE_PATIENCE_MS) {
        throw new domain_errors/* AfdError */.Ge(`AFD${endpoint ? ` at ${endpoint}` : ''} could not be reached for ${err.operation} (${err.awsErrorName}) for ${minutes} min, though it answered earlier in this run.`, err.operation, err.awsErrorName, ['Re-run the job when AFD can be reached again: it resumes where it stopped.']);
    }
    if (waited === 0) {
        say?.(`AFD could not be reached (${err.awsErrorName}); retrying for up to ${minutes} min.`);
    }
    const pause = Math.min(2_000 * 2 ** Math.floor(Math.log2(waited / 2_000 + 1)), OUTAGE_MAX_PAUSE_MS);
    await sleep(pause);
    return waited + pause;
}

;// CONCATENATED MODULE: ./src/afd/transport.ts
// The one connection to AFD: two SDK clients (reads with retries, writes
// without), the error translation, read patience through outages, and
// bounded pagination. The calls in ./calls/ go through it.





const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
const CONNECTION_TIMEOUT_MS = 10_000;
const READ_PATIENCE_ROUNDS = 4;
/** DescribeDetector refuses pages below 1000; take the largest to make fewest calls. */
/**
 * Pages of one list before the gateway gives up: 1,000 pages is millions of
 * items, far past any real account. An endpoint that never stops sending a
 * nextToken (or sends one it sent before) must not hold the run forever.
 */
const MAX_PAGES = 1_000;
class AfdTransport {
    client;
    /**
     * For calls that create something or change a status. AFD has no
     * idempotency tokens, so the SDK must not retry these blindly (a retried
     * UpdateModelVersion could start a second training; a repeated status
     * request is refused once it took effect); the executors retry after
     * checking what happened.
     */
    writeOnce;
    clientConfig;
    endpoint;
    region;
    onCall;
    sleep;
    onOutage;
    /** Whether AFD answered anything (even an error) in this run. */
    reached = false;
    maxPages;
    constructor(options) {
        this.endpoint = options.endpointUrl;
        this.region = options.region;
        this.onCall = options.onCall;
        this.sleep = options.sleep;
        this.onOutage = options.onOutage;
        this.maxPages = options.maxPages ?? MAX_PAGES;
        const common = {
            region: options.region,
            ...(options.endpointUrl ? { endpoint: options.endpointUrl } : {}),
            ...(options.credentials ? { credentials: options.credentials } : {}),
            // The SDK sets no request timeout by default, and without
            // throwOnRequestTimeout it only logs one. A timed-out read is retried like
            // a dropped connection; a timed-out write is reconciled by its executor.
            requestHandler: {
                connectionTimeout: CONNECTION_TIMEOUT_MS,
                requestTimeout: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
                throwOnRequestTimeout: true,
            },
        };
        // Reads are idempotent: give throttling room before an error surfaces.
        this.client = new dist_cjs/* FraudDetectorClient */.Q3b({ ...common, maxAttempts: options.maxAttempts ?? 6 });
        this.clientConfig = common;
    }
    /** Created on first use: a plan run never writes, and start-up time counts. */
    get writeOnceClient() {
        this.writeOnce ??= new dist_cjs/* FraudDetectorClient */.Q3b({ ...this.clientConfig, maxAttempts: 1 });
        return this.writeOnce;
    }
    destroy() {
        this.client.destroy();
        this.writeOnce?.destroy();
    }
    /** Sends one command; failures become AfdErrors naming the resource. */
    async call(ctx, send) {
        const isRead = /^(Get|Describe|List)/.test(ctx.operation);
        let outageWaited = 0;
        for (let round = 0;; round++) {
            this.onCall?.(ctx.operation);
            try {
                const out = await send();
                this.reached = true;
                return out;
            }
            catch (err) {
                const translated = translateAwsError(err, {
                    ...ctx,
                    region: this.region,
                    ...(this.endpoint ? { endpoint: this.endpoint } : {}),
                });
                const unreachable = isUnreachable(translated);
                if (isRead && this.sleep && unreachable && this.reached) {
                    outageWaited = await waitOutOutage(translated, outageWaited, {
                        sleep: this.sleep,
                        ...(this.onOutage ? { say: this.onOutage } : {}),
                        ...(this.endpoint ? { endpoint: this.endpoint } : {}),
                    });
                    continue;
                }
                if (!unreachable)
                    this.reached = true;
                if (!isRead || !this.sleep || !translated.retryable || round >= READ_PATIENCE_ROUNDS) {
                    throw translated;
                }
                await this.sleep(2_000 * 2 ** round);
            }
        }
    }
    /**
     * Every item of a paginated list. AFD ends a list by omitting nextToken (or
     * sending ""); an undefined nextToken is left out of the request by the SDK.
     */
    async allPages(ctx, send, items) {
        const all = [];
        const seen = new Set();
        let nextToken;
        for (let page = 1;; page++) {
            const out = await this.call(ctx, () => send(nextToken));
            // A loop, not push(...items): a spread of 200,000 items overflows the call stack.
            for (const item of items(out) ?? [])
                all.push(item);
            nextToken = out.nextToken || undefined;
            if (!nextToken)
                return all;
            // A digest: the set must not grow with a hostile token's size.
            const key = (0,external_node_crypto_.createHash)('sha256').update(nextToken).digest('base64');
            if (seen.has(key) || page >= this.maxPages) {
                const why = seen.has(key)
                    ? 'sent a nextToken it had sent before'
                    : `still had more after ${this.maxPages} pages`;
                throw new domain_errors/* AfdError */.Ge(`${ctx.operation}${ctx.resource ? ` for ${ctx.resource}` : ''}: the endpoint ${why}; stopped reading the list, which would never end.`, ctx.operation, 'EndlessPagination', [
                    'AFD ends every list. Check `endpoint-url`: it should be Amazon Fraud Detector (or an emulator of it).',
                ]);
            }
            seen.add(key);
        }
    }
}

;// CONCATENATED MODULE: ./src/afd/gateway.ts









class AfdGateway {
    t;
    constructor(options) {
        this.t = new AfdTransport(options);
    }
    destroy() {
        this.t.destroy();
    }
    // Models
    retrainModelVersion(input) {
        return retrainModelVersion(this.t, input);
    }
    createModelVersion(input) {
        return createModelVersion(this.t, input);
    }
    getModelEventType(modelId, modelType) {
        return getModelEventType(this.t, modelId, modelType);
    }
    listModels() {
        return listModels(this.t);
    }
    getModelVersion(ref) {
        return getModelVersion(this.t, ref);
    }
    describeModelVersions(query) {
        return describeModelVersions(this.t, query);
    }
    updateModelVersionStatus(ref, status) {
        return updateModelVersionStatus(this.t, ref, status);
    }
    listDeployedModelVersions() {
        return listDeployedModelVersions(this.t);
    }
    // Detectors
    listDetectorVersions(detectorId) {
        return listDetectorVersions(this.t, detectorId);
    }
    getDetectorVersion(detectorId, detectorVersionId) {
        return getDetectorVersion(this.t, detectorId, detectorVersionId);
    }
    createDetectorVersion(detectorId, content, tags) {
        return createDetectorVersion(this.t, detectorId, content, tags);
    }
    updateDetectorVersion(detectorId, detectorVersionId, content) {
        return updateDetectorVersion(this.t, detectorId, detectorVersionId, content);
    }
    updateDetectorVersionStatus(detectorId, detectorVersionId, status) {
        return updateDetectorVersionStatus(this.t, detectorId, detectorVersionId, status);
    }
    deleteDetectorVersion(detectorId, detectorVersionId) {
        return deleteDetectorVersion(this.t, detectorId, detectorVersionId);
    }
    listDetectorIds() {
        return listDetectorIds(this.t);
    }
    getDetectorEventType(detectorId) {
        return getDetectorEventType(this.t, detectorId);
    }
    // Rules
    getRuleVersion(detectorId, rule) {
        return getRuleVersion(this.t, detectorId, rule);
    }
    listRules(detectorId) {
        return listRules(this.t, detectorId);
    }
    listRuleVersions(detectorId, ruleId) {
        return listRuleVersions(this.t, detectorId, ruleId);
    }
    createRule(detectorId, ruleId, content, tags) {
        return createRule(this.t, detectorId, ruleId, content, tags);
    }
    updateRuleVersion(detectorId, from, content, tags) {
        return updateRuleVersion(this.t, detectorId, from, content, tags);
    }
    updateRuleMetadata(detectorId, rule, description) {
        return updateRuleMetadata(this.t, detectorId, rule, description);
    }
    // Predictions
    getEventPrediction(request) {
        return getEventPrediction(this.t, request);
    }
    // The account's shared resources, and tags
    getEventType(name) {
        return getEventType(this.t, name);
    }
    listLabelNames() {
        return listLabelNames(this.t);
    }
    putOutcome(outcome, tags) {
        return putOutcome(this.t, outcome, tags);
    }
    listOutcomes() {
        return listOutcomes(this.t);
    }
    listVariables() {
        return listVariables(this.t);
    }
    listListsMetadata() {
        return listListsMetadata(this.t);
    }
    getListElements(name) {
        return getListElements(this.t, name);
    }
    listTags(arn) {
        return listTags(this.t, arn);
    }
    tagResource(arn, tags) {
        return tagResource(this.t, arn, tags);
    }
    untagResource(arn, tagKeys) {
        return untagResource(this.t, arn, tagKeys);
    }
}

;// CONCATENATED MODULE: ./src/run/cancellable-writes.ts
/** The port's methods that change something in AFD. */
const WRITE_METHODS = [
    'retrainModelVersion',
    'createModelVersion',
    'updateModelVersionStatus',
    'createDetectorVersion',
    'updateDetectorVersion',
    'updateDetectorVersionStatus',
    'deleteDetectorVersion',
    'tagResource',
    'untagResource',
    'createRule',
    'updateRuleVersion',
    'updateRuleMetadata',
    'putOutcome',
    // Not a resource change, but AFD stores the scored event when the event type's
    // ingestion is on, and nothing after a cancel needs a prediction.
    'getEventPrediction',
];
const everyMethodListed = true;
void everyMethodListed;
const WRITES = new Set(WRITE_METHODS);
function refuseWritesAfter(port, signal) {
    return new Proxy(port, {
        get(target, prop, receiver) {
            const value = Reflect.get(target, prop, receiver);
            if (typeof value !== 'function')
                return value;
            const method = value;
            if (typeof prop !== 'string' || !WRITES.has(prop))
                return method.bind(target);
            return (...args) => {
                signal.throwIfAborted();
                return method.apply(target, args);
            };
        },
    });
}

;// CONCATENATED MODULE: ./src/run/shared-reads.ts

/** Reads whose answer depends only on their arguments and the account's catalog. */
const SHARED_READS = [
    'listVariables',
    'listListsMetadata',
    'getListElements',
    'listOutcomes',
    'getEventType',
    'listLabelNames',
    'listDetectorIds',
    'getDetectorEventType',
    'listModels',
];
const shared_reads_WRITES = new Set(WRITE_METHODS);
const SHARED = new Set(SHARED_READS);
/**
 * `port` with its catalog reads answered once per distinct arguments. A
 * failed read is not remembered (the next caller tries again).
 */
function shareCatalogReads(port) {
    const answers = new Map();
    return new Proxy(port, {
        get(target, prop, receiver) {
            const value = Reflect.get(target, prop, receiver);
            if (typeof value !== 'function' || typeof prop !== 'string')
                return value;
            const method = value;
            if (shared_reads_WRITES.has(prop)) {
                return (...args) => {
                    answers.clear();
                    return method.apply(target, args);
                };
            }
            if (!SHARED.has(prop))
                return method.bind(target);
            return (...args) => {
                const key = JSON.stringify([prop, ...args]);
                const known = answers.get(key);
                if (known)
                    return known;
                const answer = method.apply(target, args);
                answers.set(key, answer);
                answer.catch(() => answers.delete(key));
                return answer;
            };
        },
    });
}

;// CONCATENATED MODULE: ./src/domain/clock.ts
// Time as the action sees it. Every delay, cap and deadline is the action's
// own (never an SDK default) and goes through a Clock, so tests can drive it.
/**
 * The real clock, optionally running `scale` times faster. A scale above 1 is
 * only for running the action against the AFD emulator with its clock sped up
 * by the same factor (a local emulator's, see resolveTimeScale); against AWS it is 1.
 */
function systemClock(scale = 1) {
    const realStart = Date.now();
    return {
        now: () => (scale === 1 ? Date.now() : realStart + (Date.now() - realStart) * scale),
        sleep: (ms, signal) => new Promise((resolve, reject) => {
            if (signal?.aborted) {
                reject(signal.reason);
                return;
            }
            const timer = setTimeout(() => {
                signal?.removeEventListener('abort', onAbort);
                resolve();
            }, Math.max(0, ms / scale));
            const onAbort = () => {
                clearTimeout(timer);
                reject(signal?.reason);
            };
            signal?.addEventListener('abort', onAbort, { once: true });
        }),
    };
}
/** "1h 05m 12s", "6m 02s", "45s": durations in logs and summaries. */
function formatDuration(ms) {
    const total = Math.max(0, Math.round(ms / 1000));
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    const pad = (n) => String(n).padStart(2, '0');
    if (h > 0)
        return `${h}h ${pad(m)}m ${pad(s)}s`;
    if (m > 0)
        return `${m}m ${pad(s)}s`;
    return `${s}s`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/workspace-file.ts
var workspace_file = __webpack_require__(7946);
;// CONCATENATED MODULE: ./src/export/write-files.ts
// Writing files into the workspace without trusting it: the repository a
// workflow checked out may hold a symbolic link where export writes (to
// ~/.ssh, to the runner's own files, to .git/hooks), or a folder where a file
// should be. Every path is checked before anything is written; each file is
// written to a temporary file beside it and renamed over the target, so a
// reader (or a cancelled run) never sees half a file.




class Refusal extends Error {
    path;
    rule;
    constructor(path, rule) {
        super(rule);
        this.path = path;
        this.rule = rule;
    }
}
function code(err) {
    return err.code ?? 'unknown error';
}
/** lstat that says "not there" instead of throwing. */
function lstatOrMissing(p) {
    try {
        return (0,external_node_fs_.lstatSync)(p);
    }
    catch (err) {
        if (code(err) === 'ENOENT')
            return undefined;
        throw err;
    }
}
/** Every folder on the way must be a real folder or not exist yet; the file a regular file or nothing. */
function checkPath(root, relative) {
    const parts = relative.split('/');
    let dir = root;
    for (const [i, part] of parts.entries()) {
        const at = external_node_path_default().join(dir, part);
        const shown = parts.slice(0, i + 1).join('/');
        const stats = lstatOrMissing(at);
        const last = i === parts.length - 1;
        if (stats?.isSymbolicLink())
            throw new Refusal(relative, `${shown} is a symbolic link; export writes only to real files and folders inside the workspace`);
        if (!stats)
            return; // The rest is created.
        if (!last && !stats.isDirectory())
            throw new Refusal(relative, `${shown} is not a folder, so nothing can be written under it`);
        if (last && !stats.isFile())
            throw new Refusal(relative, `${shown} exists and is not a regular file`);
        dir = at;
    }
}
/** Creates the missing folders one by one and checks each really is where it should be. */
function makeFolders(root, relative) {
    let dir = root;
    for (const part of relative.split('/').slice(0, -1)) {
        dir = external_node_path_default().join(dir, part);
        try {
            (0,external_node_fs_.mkdirSync)(dir);
        }
        catch (err) {
            if (code(err) !== 'EEXIST')
                throw err;
        }
        // Swapped for a link since the check? The real path says.
        const stats = (0,external_node_fs_.lstatSync)(dir);
        if (stats.isSymbolicLink() || !stats.isDirectory() || (0,external_node_fs_.realpathSync)(dir) !== dir)
            throw new Refusal(relative, `${external_node_path_default().relative(root, dir)} changed while export wrote; run it again`);
    }
    return dir;
}
function writeAtomically(dir, target, text) {
    const temp = external_node_path_default().join(dir, `.${external_node_path_default().basename(target)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    // O_EXCL + O_NOFOLLOW: a name someone placed there first is never written through.
    const flags = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | (external_node_fs_.constants.O_NOFOLLOW ?? 0);
    const fd = (0,external_node_fs_.openSync)(temp, flags, 0o644);
    try {
        const bytes = Buffer.from(text, 'utf8');
        for (let done = 0; done < bytes.length;)
            done += (0,external_node_fs_.writeSync)(fd, bytes, done, bytes.length - done);
    }
    catch (err) {
        (0,external_node_fs_.closeSync)(fd);
        (0,external_node_fs_.unlinkSync)(temp);
        throw err;
    }
    (0,external_node_fs_.closeSync)(fd);
    try {
        // rename replaces the name itself: a link put at the target meanwhile is replaced, not followed.
        (0,external_node_fs_.renameSync)(temp, target);
    }
    catch (err) {
        (0,external_node_fs_.unlinkSync)(temp);
        throw err;
    }
}
/**
 * Writes `files` (workspace-relative, forward slashes, already free of `..`
 * and absolute paths) under `workspace`. All paths are checked first, so a
 * refused path means nothing was written.
 */
function writeWorkspaceFiles(workspace, files) {
    let root;
    try {
        root = (0,external_node_fs_.realpathSync)(workspace);
    }
    catch (err) {
        return {
            kind: 'refused',
            path: '.',
            rule: `the workspace folder cannot be resolved (${code(err)})`,
        };
    }
    const written = [];
    let current = '';
    try {
        for (const relative of files.keys()) {
            current = relative;
            checkPath(root, relative);
        }
        for (const [relative, text] of files) {
            current = relative;
            const dir = makeFolders(root, relative);
            const target = external_node_path_default().join(root, ...relative.split('/'));
            if (!(0,workspace_file/* isInside */.FK)(target, root))
                throw new Refusal(relative, 'leads outside the workspace');
            writeAtomically(dir, target, text);
            written.push(relative);
        }
    }
    catch (err) {
        if (err instanceof Refusal)
            return { kind: 'refused', path: err.path, rule: err.rule };
        return { kind: 'refused', path: current, rule: `cannot be written (${code(err)})` };
    }
    return { kind: 'written', paths: written };
}

;// CONCATENATED MODULE: ./src/domain/versions.ts
// AFD versions are strings. Sorting them as strings is the bug AWS's own
// samples have ("10" < "9"); these compare them as numbers.
/** Detector and rule version ids: "1", "2", … "10". */
function compareWholeVersions(a, b) {
    const d = Number(a) - Number(b);
    return d !== 0 ? Math.sign(d) : a.localeCompare(b);
}
/**
 * Parse "1.03" into [1, 3]; "1.10" into [1, 10]; "1.0" into [1, 0]. Undefined
 * for anything else: these strings come from AFD, and one odd value must not
 * turn into an unexpected error.
 */
function parseModelVersion(v) {
    const m = /^([1-9][0-9]{0,3})\.([0-9]{1,2})$/.exec(v);
    return m ? [Number(m[1]), Number(m[2])] : undefined;
}
/**
 * Model versions compare by (major, minor) integers: 1.9 < 1.10 < 2.0. A
 * string that is not a model version number sorts before every real one (so
 * it is never "the latest"), and among its kind as text.
 */
function compareModelVersions(a, b) {
    const pa = parseModelVersion(a);
    const pb = parseModelVersion(b);
    if (!pa || !pb)
        return pa ? 1 : pb ? -1 : a.localeCompare(b);
    const [am, an] = pa;
    const [bm, bn] = pb;
    return am !== bm ? Math.sign(am - bm) : Math.sign(an - bn);
}
function maxBy(items, compare) {
    let best;
    for (const item of items)
        if (best === undefined || compare(item, best) > 0)
            best = item;
    return best;
}

;// CONCATENATED MODULE: ./src/planner/base.ts


const byId = (a, b) => compareWholeVersions(a.detectorVersionId, b.detectorVersionId);
/**
 * `active`: the one ACTIVE version; a detector with none is valid (nothing
 * promoted yet) and yields `none`, so the proposal becomes the first version.
 * `latest`: the highest id compared as numbers ("10" > "9"); none when the
 * detector has no versions. An explicit id must exist: silently starting from
 * nothing would plan a diff against the wrong thing.
 */
function resolveBaseVersion(summaries, base) {
    switch (base.kind) {
        case 'active': {
            // AFD keeps at most one ACTIVE version; if a race ever showed two, the
            // newer one is the one that was promoted last.
            const active = maxBy(summaries.filter((s) => s.status === 'ACTIVE'), byId);
            return active
                ? { kind: 'found', detectorVersionId: active.detectorVersionId }
                : { kind: 'none' };
        }
        case 'latest': {
            const latest = maxBy(summaries, byId);
            return latest
                ? { kind: 'found', detectorVersionId: latest.detectorVersionId }
                : { kind: 'none' };
        }
        case 'id': {
            const found = summaries.find((s) => compareWholeVersions(s.detectorVersionId, base.id) === 0);
            if (found)
                return { kind: 'found', detectorVersionId: found.detectorVersionId };
            const latest = maxBy(summaries, byId);
            const known = summaries.length === 0
                ? 'the detector has no versions yet'
                : `the detector has ${summaries.length} version${summaries.length === 1 ? '' : 's'}, the highest is ${latest?.detectorVersionId ?? '?'}`;
            throw new domain_errors/* ActionError */.lZ(`Input 'base-version' = "${base.id}": detector version ${base.id} does not exist (${known}).`, ["Use 'active', 'latest' or the id of an existing detector version."]);
        }
    }
}

;// CONCATENATED MODULE: ./src/planner/proposal.ts

/** AFD's documented default when a version is created without a mode. */
const DEFAULT_RULE_EXECUTION_MODE = 'FIRST_MATCHED';
/**
 * Each field: the request's value when given, else the base version's, else
 * empty. A model retrained in this run replaces the entry with the same model
 * id wherever it is listed (the user cannot know the new version number when
 * writing the config); when no entry has that id it is appended, which is how
 * a retrained model enters a detector that did not use it yet.
 */
function buildProposal(base, request, retrained, options = {}) {
    const requested = options.resolvedRules ?? request.rules;
    const rules = (requested ?? base?.rules ?? []).map((r) => {
        // A programming error, not a user's: the shell resolves rules as code first.
        if ((0,domain_request/* isRuleAsCode */.qN)(r))
            throw new Error(`rule ${r.ruleId} is not resolved to a version`);
        return { ruleId: r.ruleId, ruleVersion: r.ruleVersion };
    });
    let modelVersions = (request.modelVersions ?? base?.modelVersions ?? []).map((m) => ({
        modelId: m.modelId,
        modelType: m.modelType,
        modelVersionNumber: m.modelVersionNumber,
    }));
    if (retrained) {
        const swapped = { ...retrained };
        modelVersions = modelVersions.some((m) => m.modelId === retrained.modelId)
            ? modelVersions.map((m) => (m.modelId === retrained.modelId ? swapped : m))
            : [...modelVersions, swapped];
    }
    const proposal = {
        detectorId: request.detectorId,
        rules,
        ruleExecutionMode: request.ruleExecutionMode ?? base?.ruleExecutionMode ?? DEFAULT_RULE_EXECUTION_MODE,
        modelVersions,
        externalModelEndpoints: [
            ...(request.externalModelEndpoints ?? base?.externalModelEndpoints ?? []),
        ],
        descriptionSource: 'none',
    };
    if (request.description !== undefined) {
        proposal.description = request.description;
        proposal.descriptionSource = 'request';
    }
    else if (options.defaultDescription !== undefined) {
        proposal.description = options.defaultDescription;
        proposal.descriptionSource = 'default';
    }
    else if (base?.description !== undefined) {
        proposal.description = base.description;
        proposal.descriptionSource = 'base';
    }
    return proposal;
}

;// CONCATENATED MODULE: ./src/planner/lcs.ts
// Longest common subsequence, used twice: to tell which rules really moved
// (moving one rule in ten is one move, not nine) and for line diffs of rule
// expressions.
/**
 * Index pairs [i, j] with a[i] === b[j] forming a longest common subsequence,
 * in increasing order. The common prefix and suffix are matched directly
 * first, so the quadratic table only covers the part that actually differs.
 */
function lcsPairs(a, b) {
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start])
        start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    const n = endA - start;
    const m = endB - start;
    const pairs = [];
    for (let k = 0; k < start; k++)
        pairs.push([k, k]);
    // table[i][j]: LCS length of a[start+i..endA) and b[start+j..endB).
    const width = m + 1;
    const table = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
        for (let j = m - 1; j >= 0; j--) {
            table[i * width + j] =
                a[start + i] === b[start + j]
                    ? (table[(i + 1) * width + j + 1] ?? 0) + 1
                    : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
        }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
        if (a[start + i] === b[start + j]) {
            pairs.push([start + i, start + j]);
            i++;
            j++;
        }
        else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) {
            i++;
        }
        else {
            j++;
        }
    }
    for (let k = 0; k < a.length - endA; k++)
        pairs.push([endA + k, endB + k]);
    return pairs;
}
/** Line diff: removed lines before added ones within each changed hunk. */
function diffLines(from, to) {
    const a = from.split(/\r?\n/);
    const b = to.split(/\r?\n/);
    const out = [];
    let i = 0;
    let j = 0;
    for (const [pi, pj] of [...lcsPairs(a, b), [a.length, b.length]]) {
        for (; i < pi; i++)
            out.push({ op: '-', text: a[i] ?? '' });
        for (; j < pj; j++)
            out.push({ op: '+', text: b[j] ?? '' });
        if (pi < a.length)
            out.push({ op: ' ', text: a[pi] ?? '' });
        i = pi + 1;
        j = pj + 1;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/planner/plan-types.ts
const PLAN_SCHEMA_VERSION = 1;

;// CONCATENATED MODULE: ./src/planner/diff.ts




const ruleKey = (r) => `${r.ruleId}@${r.ruleVersion}`;
const modelKey = (m) => `${m.modelId}@${m.modelVersionNumber}`;
/** First occurrence per id; duplicates are rejected by checkProposal, not here. */
function indexById(items, id) {
    const map = new Map();
    items.forEach((item, index) => {
        if (!map.has(id(item)))
            map.set(id(item), { item, index });
    });
    return map;
}
function diffRules(baseRules, proposed, expression) {
    const before = indexById(baseRules, (r) => r.ruleId);
    const after = indexById(proposed, (r) => r.ruleId);
    const withExpression = (r, index) => {
        const e = expression(r);
        return {
            ruleId: r.ruleId,
            ruleVersion: r.ruleVersion,
            index,
            ...(e !== undefined ? { expression: e } : {}),
        };
    };
    const added = [...after.values()]
        .filter(({ item }) => !before.has(item.ruleId))
        .map(({ item, index }) => withExpression(item, index));
    const removed = [...before.values()]
        .filter(({ item }) => !after.has(item.ruleId))
        .map(({ item, index }) => withExpression(item, index));
    const changed = [];
    for (const { item } of after.values()) {
        const old = before.get(item.ruleId)?.item;
        if (!old || old.ruleVersion === item.ruleVersion)
            continue;
        const from = expression(old);
        const to = expression(item);
        changed.push({
            ruleId: item.ruleId,
            from: old.ruleVersion,
            to: item.ruleVersion,
            ...(from !== undefined ? { expressionFrom: from } : {}),
            ...(to !== undefined ? { expressionTo: to } : {}),
        });
    }
    // Kept rules in base order and in proposed order; whatever is outside their
    // longest common subsequence changed its relative position.
    const keptBefore = [...before.values()]
        .filter(({ item }) => after.has(item.ruleId))
        .map(({ item }) => item.ruleId);
    const keptAfter = [...after.values()]
        .filter(({ item }) => before.has(item.ruleId))
        .map(({ item }) => item.ruleId);
    const inPlace = new Set(lcsPairs(keptBefore, keptAfter).map(([i]) => keptBefore[i]));
    const moved = [];
    for (const ruleId of keptAfter) {
        if (inPlace.has(ruleId))
            continue;
        moved.push({
            ruleId,
            fromIndex: before.get(ruleId)?.index ?? -1,
            toIndex: after.get(ruleId)?.index ?? -1,
        });
    }
    const changedIds = new Set(changed.map((c) => c.ruleId));
    const movedIds = new Set(moved.map((m) => m.ruleId));
    const unchanged = keptAfter.filter((id) => !changedIds.has(id) && !movedIds.has(id)).length;
    return { added, removed, changed, moved, unchanged };
}
function diffModels(baseModels, proposed, metrics) {
    const before = indexById(baseModels, (m) => m.modelId);
    const after = indexById(proposed, (m) => m.modelId);
    const entry = (m) => {
        const found = metrics.get(modelKey(m));
        return {
            modelId: m.modelId,
            modelType: m.modelType,
            modelVersionNumber: m.modelVersionNumber,
            ...(found ? { metrics: found } : {}),
        };
    };
    const changed = [];
    for (const { item } of after.values()) {
        const old = before.get(item.modelId)?.item;
        if (!old || compareModelVersions(old.modelVersionNumber, item.modelVersionNumber) === 0)
            continue;
        const metricsFrom = metrics.get(modelKey(old));
        const metricsTo = metrics.get(modelKey(item));
        changed.push({
            modelId: item.modelId,
            modelType: item.modelType,
            from: old.modelVersionNumber,
            to: item.modelVersionNumber,
            direction: compareModelVersions(item.modelVersionNumber, old.modelVersionNumber) > 0 ? 'up' : 'down',
            ...(metricsFrom ? { metricsFrom } : {}),
            ...(metricsTo ? { metricsTo } : {}),
        });
    }
    return {
        added: [...after.values()]
            .filter(({ item }) => !before.has(item.modelId))
            .map(({ item }) => entry(item)),
        removed: [...before.values()]
            .filter(({ item }) => !after.has(item.modelId))
            .map(({ item }) => entry(item)),
        changed,
    };
}
function diffDetectorVersions(base, proposal, context) {
    // Versions to be created are not in AFD yet: their expression is the repository's.
    const planned = context.ruleResolution?.planned ?? [];
    const details = new Map([...context.rules, ...planned].map((r) => [ruleKey(r), r.expression]));
    const rules = diffRules(base?.rules ?? [], proposal.rules, (r) => details.get(ruleKey(r)));
    const models = diffModels(base?.modelVersions ?? [], proposal.modelVersions, context.modelMetrics);
    const baseEndpoints = new Set(base?.externalModelEndpoints ?? []);
    const proposedEndpoints = new Set(proposal.externalModelEndpoints);
    const externalModelEndpoints = {
        added: [...proposedEndpoints].filter((e) => !baseEndpoints.has(e)),
        removed: [...baseEndpoints].filter((e) => !proposedEndpoints.has(e)),
    };
    const ruleExecutionMode = base?.ruleExecutionMode === proposal.ruleExecutionMode
        ? null
        : { from: base?.ruleExecutionMode ?? null, to: proposal.ruleExecutionMode };
    const counts = {
        rulesAdded: rules.added.length,
        rulesRemoved: rules.removed.length,
        rulesChanged: rules.changed.length,
        rulesMoved: rules.moved.length,
        rulesUnchanged: rules.unchanged,
        modelsAdded: models.added.length,
        modelsRemoved: models.removed.length,
        modelsChanged: models.changed.length,
        endpointsAdded: externalModelEndpoints.added.length,
        endpointsRemoved: externalModelEndpoints.removed.length,
    };
    const contentChanged = base === undefined ||
        ruleExecutionMode !== null ||
        Object.entries(counts).some(([name, n]) => name !== 'rulesUnchanged' && n > 0);
    // A description generated from the commit differs on every push: it is
    // written on the versions the action creates but never diffed. Only a
    // description the user set (config or input) is compared.
    const from = base?.description ?? null;
    const to = proposal.description ?? null;
    const description = from !== to && proposal.descriptionSource === 'request' ? { from, to } : null;
    return {
        schemaVersion: PLAN_SCHEMA_VERSION,
        detectorId: proposal.detectorId,
        changed: contentChanged || description !== null,
        base: { detectorVersionId: base?.detectorVersionId ?? null },
        rules,
        models,
        externalModelEndpoints,
        ruleExecutionMode,
        description,
        proposal: {
            rules: proposal.rules.map((r) => ({ ruleId: r.ruleId, ruleVersion: r.ruleVersion })),
            ruleExecutionMode: proposal.ruleExecutionMode,
            modelVersions: proposal.modelVersions.map((m) => ({
                modelId: m.modelId,
                modelType: m.modelType,
                modelVersionNumber: m.modelVersionNumber,
            })),
            externalModelEndpoints: [...proposal.externalModelEndpoints],
            description: to,
        },
        counts,
        ...rulesAsCodeFields(context.ruleResolution),
    };
}
function rulesAsCodeFields(r) {
    if (!r)
        return {};
    return {
        ruleVersions: {
            create: r.creates.map((c) => ({
                ruleId: c.ruleId,
                operation: c.operation === 'create' ? 'CreateRule' : 'UpdateRuleVersion',
                ...(c.fromVersion !== undefined ? { fromVersion: c.fromVersion } : {}),
                predictedVersion: c.predictedVersion,
                outcomes: [...c.outcomes],
                contentSha256: c.contentSha256,
            })),
            metadata: r.metadata.map((m) => ({ ...m })),
        },
        outcomes: {
            create: r.outcomesToCreate.map((o) => ({
                name: o.name,
                ...(o.description !== undefined ? { description: o.description } : {}),
            })),
        },
    };
}
/**
 * The rule versions whose details (expression) the diff shows: both sides of
 * a version change, and the added and removed rules. Unchanged and merely
 * moved rules are never read.
 */
function rulesNeedingDetails(base, proposal) {
    const before = new Map((base?.rules ?? []).map((r) => [r.ruleId, r.ruleVersion]));
    const after = new Map(proposal.rules.map((r) => [r.ruleId, r.ruleVersion]));
    const needed = new Map();
    const add = (ruleId, ruleVersion) => {
        needed.set(ruleKey({ ruleId, ruleVersion }), { ruleId, ruleVersion });
    };
    for (const [ruleId, v] of after)
        if (before.get(ruleId) !== v)
            add(ruleId, v);
    for (const [ruleId, v] of before)
        if (after.get(ruleId) !== v)
            add(ruleId, v);
    return [...needed.values()];
}
/**
 * The plan as JSON for the `plan` output. Outputs share a 1 MB budget per job,
 * so when the full plan is larger the rule expressions (the only unbounded
 * part) are dropped and `expressionsOmitted` says so; the job summary still
 * carries them.
 */
function planJson(diff, maxChars = 512_000) {
    const full = JSON.stringify(diff);
    if (full.length <= maxChars)
        return full;
    const slim = {
        ...diff,
        rules: {
            ...diff.rules,
            added: diff.rules.added.map(({ expression: _e, ...r }) => r),
            removed: diff.rules.removed.map(({ expression: _e, ...r }) => r),
            changed: diff.rules.changed.map(({ expressionFrom: _f, expressionTo: _t, ...r }) => r),
        },
        expressionsOmitted: true,
    };
    return JSON.stringify(slim);
}

;// CONCATENATED MODULE: ./src/planner/check.ts

/** AFD quota: models per detector version, external model endpoints included. */
const MAX_MODELS_PER_DETECTOR_VERSION = 10;
/** AFD quota: DRAFT versions per detector. */
const MAX_DRAFT_VERSIONS = 100;
function duplicates(ids) {
    const seen = new Set();
    const twice = new Set();
    for (const id of ids)
        (seen.has(id) ? twice : seen).add(id);
    return [...twice];
}
/** Problems in plain words; empty means the proposal can be written. */
function checkProposal(proposal, facts) {
    const problems = [];
    const detector = proposal.detectorId;
    for (const id of duplicates(proposal.rules.map((r) => r.ruleId))) {
        problems.push(`Rule ${id} is listed more than once; a detector version can use each rule once.`);
    }
    for (const rule of proposal.rules) {
        if (!facts.existingRuleVersions.has(ruleKey(rule))) {
            problems.push(`Rule ${rule.ruleId} version ${rule.ruleVersion} does not exist in detector ${detector}.`);
        }
    }
    for (const id of duplicates(proposal.modelVersions.map((m) => m.modelId))) {
        problems.push(`Model ${id} is listed more than once; a detector version can use one version of each model.`);
    }
    for (const model of proposal.modelVersions) {
        const name = `${model.modelId} ${model.modelVersionNumber}`;
        const status = facts.modelVersionStatuses.get(modelKey(model));
        if (status === undefined) {
            problems.push(`Model version ${name} (${model.modelType}) does not exist.`);
        }
        else if (status !== 'ACTIVE') {
            problems.push(`Model version ${name} is ${status}, not ACTIVE; AFD only accepts ACTIVE model versions in a detector version. ` +
                `Set 'activate-model: true' to activate it in this run, or activate it in AFD first.`);
        }
    }
    const models = proposal.modelVersions.length + proposal.externalModelEndpoints.length;
    if (models > MAX_MODELS_PER_DETECTOR_VERSION) {
        problems.push(`The proposal uses ${models} models (${proposal.modelVersions.length} model versions and ` +
            `${proposal.externalModelEndpoints.length} external model endpoints); AFD allows at most ` +
            `${MAX_MODELS_PER_DETECTOR_VERSION} per detector version.`);
    }
    if ((facts.createsVersion ?? true) && facts.draftCount >= MAX_DRAFT_VERSIONS) {
        problems.push(`Detector ${detector} already has ${facts.draftCount} DRAFT versions, AFD's quota is ${MAX_DRAFT_VERSIONS}; ` +
            `delete old drafts (DeleteDetectorVersion) before creating another.`);
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/planner/fingerprint.ts
// The plan's fingerprint: what a reviewer approved, compared again on merge.
// It hashes canonical data, never rendered text, so wording or layout changes
// in the comment never make a reviewed plan look stale.

/** JSON with object keys sorted at every level; array order is kept (rule order matters). */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const keys = Object.keys(value).sort();
        return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] ?? null)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}
const FINGERPRINT_VERSION = 1;
// Picked field by field so extra properties a gateway may carry (arn) never
// leak into the hash.
const modelJson = (m) => ({
    modelId: m.modelId,
    modelType: m.modelType,
    modelVersionNumber: m.modelVersionNumber,
});
/**
 * sha256 of the canonical base + proposal, 16 hex chars. Only what decides the
 * outcome goes in: ids, rules in order, models, endpoints, mode, description.
 * Timestamps, ARNs and status are left out (volatile). A generated description
 * (it names the commit) is left out too, or the merge commit could never match
 * the plan reviewed on the PR head. `salt` binds a fingerprint to a
 * context when a caller needs that; the action passes none, because it reads
 * the reviewed fingerprint from the merged PR's own comment.
 */
function planFingerprint(base, proposal, salt = '', rulesAsCode = [], declaredOutcomes = []) {
    // A rule as code is pinned by its content, not by a (predicted) number: the
    // number may shift before the merge, or a PR's draft may have created the
    // version already; the content may not change.
    // A description set in the config is pinned too (it is written with
    // UpdateRuleMetadata); one left out is not, so older fingerprints stay valid.
    const asCode = new Map(rulesAsCode.map((c) => [c.ruleId, c]));
    const proposedRule = (r) => {
        const code = asCode.get(r.ruleId);
        if (code === undefined)
            return { ruleId: r.ruleId, ruleVersion: r.ruleVersion };
        return code.description !== undefined
            ? { ruleId: r.ruleId, content: code.contentSha256, description: code.description }
            : { ruleId: r.ruleId, content: code.contentSha256 };
    };
    const canonical = {
        v: FINGERPRINT_VERSION,
        salt,
        base: base
            ? {
                detectorId: base.detectorId,
                detectorVersionId: base.detectorVersionId,
                rules: base.rules.map((r) => ({ ruleId: r.ruleId, ruleVersion: r.ruleVersion })),
                modelVersions: base.modelVersions.map(modelJson),
                externalModelEndpoints: [...base.externalModelEndpoints],
                ruleExecutionMode: base.ruleExecutionMode,
                description: base.description ?? null,
            }
            : null,
        proposal: {
            detectorId: proposal.detectorId,
            rules: proposal.rules.map(proposedRule),
            modelVersions: proposal.modelVersions.map(modelJson),
            externalModelEndpoints: [...proposal.externalModelEndpoints],
            ruleExecutionMode: proposal.ruleExecutionMode,
            description: proposal.descriptionSource === 'default' ? null : (proposal.description ?? null),
            // Declared outcomes (PutOutcome) from the config, stable whatever AFD
            // holds already; absent when none, so older fingerprints stay valid.
            ...(declaredOutcomes.length
                ? {
                    outcomes: declaredOutcomes.map((o) => ({
                        name: o.name,
                        description: o.description ?? null,
                    })),
                }
                : {}),
        },
    };
    return (0,external_node_crypto_.createHash)('sha256').update(canonicalJson(canonical)).digest('hex').slice(0, 16);
}

;// CONCATENATED MODULE: ./src/planner/rule-versions.ts
// Rules as code → rule versions. Pure: the shell lists every version of the
// detector's rules (GetRules) and the account's outcomes (GetOutcomes) and
// passes them in. An existing version with the same identity is reused, whatever
// its number, so a re-run, a revert or a crash between writes never makes a
// second version of the same content.



/** AFD's only rule language. */
const RULE_LANGUAGE = 'DETECTORPL';
/** The expression as identity sees it: line endings normalised, outer whitespace trimmed. */
function normaliseExpression(text) {
    return text.replace(/\r\n?/g, '\n').trim();
}
function identityKey(i) {
    return JSON.stringify([
        normaliseExpression(i.expression),
        i.language ?? RULE_LANGUAGE,
        i.outcomes,
    ]);
}
/** sha256 (hex) of a rule version's identity: written as a tag, found again after a lost answer. */
function ruleContentSha256(i) {
    return (0,external_node_crypto_.createHash)('sha256').update(identityKey(i)).digest('hex');
}
/** Whether a stored version has this identity. */
function sameIdentity(stored, wanted) {
    return identityKey(stored) === identityKey(wanted);
}
/** Every existing version of each rule id, in version order. */
function versionsById(existing) {
    const map = new Map();
    for (const r of existing)
        map.set(r.ruleId, [...(map.get(r.ruleId) ?? []), r]);
    for (const list of map.values())
        list.sort((a, b) => compareWholeVersions(a.ruleVersion, b.ruleVersion));
    return map;
}
/**
 * `baseRules`: the rules of the version the plan starts from. When the base
 * already uses a version with the wanted identity, that version is kept even if
 * a newer identical one exists: switching between two identical versions would
 * be a change that changes nothing (and an exported detector would not plan
 * empty).
 */
function resolveRulesAsCode(specs, existing, existingOutcomes, declared = [], baseRules = []) {
    const byId = versionsById(existing);
    const out = {
        rules: [],
        creates: [],
        metadata: [],
        outcomesToCreate: [],
        planned: [],
        problems: [],
        contents: [],
    };
    for (const spec of specs) {
        if (!(0,domain_request/* isRuleAsCode */.qN)(spec)) {
            out.rules.push({ ruleId: spec.ruleId, ruleVersion: spec.ruleVersion });
            continue;
        }
        const wanted = { expression: spec.expression, outcomes: spec.outcomes };
        out.contents.push({
            ruleId: spec.ruleId,
            contentSha256: ruleContentSha256(wanted),
            // The description the config sets is part of what was reviewed (UpdateRuleMetadata).
            ...(spec.description !== undefined ? { description: spec.description } : {}),
        });
        const versions = byId.get(spec.ruleId) ?? [];
        // Any identical version: the base's own when it is one, else the newest of them.
        const identical = versions.filter((v) => sameIdentity(v, wanted));
        const inBase = baseRules.find((b) => b.ruleId === spec.ruleId)?.ruleVersion;
        const reused = identical.find((v) => inBase !== undefined && compareWholeVersions(v.ruleVersion, inBase) === 0) ?? maxBy(identical, (a, b) => compareWholeVersions(a.ruleVersion, b.ruleVersion));
        if (reused) {
            out.rules.push({ ruleId: spec.ruleId, ruleVersion: reused.ruleVersion });
            if (spec.description !== undefined && spec.description !== (reused.description ?? '')) {
                out.metadata.push({
                    ruleId: spec.ruleId,
                    ruleVersion: reused.ruleVersion,
                    from: reused.description ?? null,
                    to: spec.description,
                });
            }
            continue;
        }
        const highest = versions[versions.length - 1]?.ruleVersion;
        const predictedVersion = highest === undefined ? '1' : String(Number(highest) + 1);
        const expression = normaliseExpression(spec.expression);
        const create = {
            ruleId: spec.ruleId,
            operation: highest === undefined ? 'create' : 'update',
            ...(highest !== undefined ? { fromVersion: highest } : {}),
            predictedVersion,
            expression,
            outcomes: [...spec.outcomes],
            ...(spec.description !== undefined ? { description: spec.description } : {}),
            contentSha256: ruleContentSha256(wanted),
            ...(spec.source ? { source: spec.source } : {}),
        };
        out.creates.push(create);
        out.rules.push({ ruleId: spec.ruleId, ruleVersion: predictedVersion });
        out.planned.push({
            ruleId: spec.ruleId,
            ruleVersion: predictedVersion,
            expression,
            outcomes: [...spec.outcomes],
            language: RULE_LANGUAGE,
            ...(spec.description !== undefined ? { description: spec.description } : {}),
        });
    }
    resolveOutcomes(specs, existingOutcomes, declared, out);
    return out;
}
/** Each outcome a rule as code uses that neither exists in AFD nor is declared, once, with the first rule using it. */
function undeclaredOutcomes(specs, existingOutcomes, declared) {
    const declaredNames = new Set(declared.map((d) => d.name));
    const found = new Map();
    for (const rule of specs.filter(domain_request/* isRuleAsCode */.qN)) {
        for (const name of rule.outcomes) {
            if (existingOutcomes.has(name) || declaredNames.has(name) || found.has(name))
                continue;
            found.set(name, {
                rule,
                outcome: name,
                message: `Rule ${rule.ruleId} uses outcome ${name}, which does not exist in AFD; declare it under detector.outcomes (e.g. - { name: ${name}, description: … }) so the action creates it.`,
            });
        }
    }
    return [...found.values()];
}
/** Declared outcomes missing in AFD are created; an outcome a rule uses that is neither there nor declared is a problem. */
function resolveOutcomes(specs, existingOutcomes, declared, out) {
    out.outcomesToCreate = declared.filter((d) => !existingOutcomes.has(d.name));
    out.problems.push(...undeclaredOutcomes(specs, existingOutcomes, declared).map((u) => u.message));
}

;// CONCATENATED MODULE: ./src/planner/index.ts
// The detector-version planner: pure functions from AFD state and the request
// to a proposal, its diff, its problems and its fingerprint.








// EXTERNAL MODULE: ./src/config/constraints.ts
var constraints = __webpack_require__(5046);
// EXTERNAL MODULE: ./src/config/config-file.ts
var config_file = __webpack_require__(3797);
// EXTERNAL MODULE: ./src/config/rules-as-code.ts
var rules_as_code = __webpack_require__(4458);
;// CONCATENATED MODULE: ./src/detector/provenance.ts


/** How every description the action generates starts (export leaves such a description out). */
const GENERATED_DESCRIPTION_PREFIX = 'Fraud Detector Promote: ';
/**
 * The description of a version the action creates when the inputs give none:
 * where it came from. A long repository name is shortened, never the commit,
 * so the text stays within AFD's limit.
 */
function defaultDescription(repository, sha) {
    const prefix = GENERATED_DESCRIPTION_PREFIX;
    const suffix = `@${sha.slice(0, 7)}`;
    const room = constraints/* CONSTRAINTS */.vc.description.maxLength - prefix.length - suffix.length;
    const repo = repository.length > room ? `${repository.slice(0, room - 1)}…` : repository;
    return `${prefix}${repo}${suffix}`;
}
function tagValue(tags, key) {
    return tags.find((t) => t.key === key)?.value;
}
/** ARN of a detector version, derived from any other version's ARN of the same detector. */
function siblingArn(knownArn, detectorVersionId) {
    return knownArn.replace(/\/[^/]+$/, `/${detectorVersionId}`);
}
/**
 * The newest version among `candidates` whose tags satisfy `matches`. Reads
 * tags newest first and stops at the first match, so the usual case costs one
 * or two calls.
 */
async function findVersionByTags(afd, detectorId, candidates, matches, knownArn) {
    const newestFirst = [...candidates].sort((a, b) => compareWholeVersions(b.detectorVersionId, a.detectorVersionId));
    let arnTemplate = knownArn;
    for (const summary of newestFirst) {
        if (!arnTemplate) {
            arnTemplate = (await afd.getDetectorVersion(detectorId, summary.detectorVersionId)).arn;
            if (!arnTemplate)
                return undefined;
        }
        const tags = await afd.listTags(siblingArn(arnTemplate, summary.detectorVersionId));
        if (matches(tags))
            return summary;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/export/render.ts
// mode export, the pure part: one detector version as it is in AFD → the
// config file and one `rules/<ruleId>.dpl` per rule, as text. No I/O, no
// clock: the same version always gives the same bytes, so exporting twice
// rewrites identical files and a PR shows only real changes.
// Every value comes from AFD and is untrusted: a rule id becomes a file name,
// so each value must pass the same constraint the config reader applies, or
// nothing is written (a file the plan would refuse helps nobody).








/** Far more rules than a detector version holds in practice; each is a file written. */
const MAX_EXPORTED_RULES = 1000;
/** The folder beside the config file that holds the expressions. */
const RULES_FOLDER = 'rules';
/** The default `export-path`. */
function defaultExportPath(detectorId) {
    return `fraud-detector/${detectorId}.yml`;
}
/** A value AFD answered that the action will not write. */
function refused(what, value, rule) {
    const shown = value.length > 80 ? `${value.slice(0, 79)}…` : value;
    return new domain_errors/* ActionError */.lZ(`Export refused: AFD answered ${what} ${JSON.stringify(shown)}, which ${rule}; nothing was written.`);
}
function checked(what, value, c) {
    if (!(0,constraints/* meetsConstraint */.kZ)(c, value))
        throw refused(what, value, `breaks the rule the config reader applies: ${(0,constraints/* describeConstraint */.Rl)(c)}`);
    return value;
}
function checkedEnum(what, value, allowed) {
    if (!allowed.includes(value))
        throw refused(what, value, `is not one of ${allowed.join(', ')}`);
    return value;
}
/** A description worth writing: set, not blank, not the action's generated one. */
function keptDescription(what, text) {
    if (text === undefined || text.trim() === '')
        return undefined;
    return checked(what, text, constraints/* CONSTRAINTS */.vc.description);
}
function ruleEntries(source, configDir) {
    const { base } = source;
    if (base.rules.length > MAX_EXPORTED_RULES)
        throw refused('a version with', `${base.rules.length} rules`, `is more than the ${MAX_EXPORTED_RULES} export writes`);
    const entries = [];
    const dpl = new Map();
    const used = [];
    for (const ref of base.rules) {
        // Checked before it becomes a file name: no '/', '.', '..' or anything else AFD never allows.
        const ruleId = checked('the rule id', ref.ruleId, constraints/* CONSTRAINTS */.vc.identifier);
        const detail = source.rules.find((r) => r.ruleId === ruleId && r.ruleVersion === ref.ruleVersion);
        if (!detail)
            throw new domain_errors/* ActionError */.lZ(`Export: rule ${ruleId} version ${ref.ruleVersion} of detector version ${base.detectorVersionId} was not found by GetRules; nothing was written.`);
        if (entries.some((e) => e.ruleId === ruleId))
            throw refused('the rule id', ruleId, 'is listed twice in the version');
        const expression = normaliseExpression(detail.expression);
        if (expression === '')
            throw refused(`rule ${ruleId}'s expression`, '', 'is empty');
        if (Buffer.byteLength(expression, 'utf8') + 1 > rules_as_code/* MAX_EXPRESSION_FILE_BYTES */.vm)
            throw refused(`rule ${ruleId}'s expression`, expression, `is larger than the ${rules_as_code/* MAX_EXPRESSION_FILE_BYTES */.vm} bytes an expressionFile may hold`);
        if (detail.outcomes.length === 0)
            throw refused(`rule ${ruleId}'s outcomes`, '[]', 'is empty');
        const outcomes = detail.outcomes.map((o) => checked(`an outcome of rule ${ruleId}`, o, constraints/* CONSTRAINTS */.vc.identifier));
        for (const o of outcomes)
            if (!used.includes(o))
                used.push(o);
        const file = `${RULES_FOLDER}/${ruleId}.dpl`;
        dpl.set(external_node_path_default().posix.join(configDir, file), `${expression}\n`);
        const description = keptDescription(`rule ${ruleId}'s description`, detail.description);
        entries.push({
            ruleId,
            expressionFile: file,
            outcomes,
            ...(description !== undefined ? { description } : {}),
        });
    }
    return { entries, dpl, used };
}
/** The detector section as the config reader reads it (its keys, in its order). */
function detectorSection(source, entries, used) {
    const { base } = source;
    const description = keptDescription('the detector version description', base.description);
    // The action's generated description (defaultDescription) would pin one old commit's name on
    // every later version: left out, it is generated again and never diffed.
    const generated = description?.startsWith(GENERATED_DESCRIPTION_PREFIX) === true;
    const outcomes = used.map((name) => {
        const known = source.outcomes.find((o) => o.name === name);
        const text = keptDescription(`outcome ${name}'s description`, known?.description);
        return { name, ...(text !== undefined ? { description: text } : {}) };
    });
    return {
        detectorId: checked('the detector id', base.detectorId, constraints/* CONSTRAINTS */.vc.identifier),
        ...(description !== undefined && !generated ? { description } : {}),
        ruleExecutionMode: checkedEnum('the rule execution mode', base.ruleExecutionMode, domain_request/* RULE_EXECUTION_MODES */.jR),
        outcomes,
        rules: entries,
        modelVersions: base.modelVersions.map((m) => ({
            modelId: checked('the model id', m.modelId, constraints/* CONSTRAINTS */.vc.modelId),
            modelType: checkedEnum('the model type', m.modelType, domain_request/* MODEL_TYPES */.me),
            modelVersionNumber: checked(`model ${m.modelId}'s version number`, m.modelVersionNumber, constraints/* CONSTRAINTS */.vc.modelVersionNumber),
        })),
        externalModelEndpoints: base.externalModelEndpoints.map((e) => checked('the external model endpoint', e, constraints/* CONSTRAINTS */.vc.sagemakerEndpoint)),
    };
}
/** The config file and the rules' `.dpl` files of one detector version. */
function renderExport(source, yaml) {
    const { base, configPath } = source;
    const versionId = checked('the detector version id', base.detectorVersionId, constraints/* CONSTRAINTS */.vc.wholeNumberVersion);
    const configDir = external_node_path_default().posix.dirname(configPath);
    const { entries, dpl, used } = ruleEntries(source, configDir);
    const doc = new yaml.Document({ detector: detectorSection(source, entries, used) });
    // `outcomes: [block]` reads like the config examples; the rest stays block style.
    entries.forEach((_, i) => {
        const node = doc.getIn(['detector', 'rules', i, 'outcomes'], true);
        if (yaml.isSeq(node))
            node.flow = true;
    });
    doc.commentBefore = [
        ` Generated by Fraud Detector Promote (mode: export) from detector ${base.detectorId}, version ${versionId}.`,
        ` Each rule's expression is in ${RULES_FOLDER}/<ruleId>.dpl beside this file. A plan with this file`,
        ' reports no change until it or the detector changes; edit it in a pull request.',
    ].join('\n');
    // lineWidth 0: long descriptions stay on one line, so a diff shows whole values.
    const text = doc.toString({ lineWidth: 0 });
    if (Buffer.byteLength(text, 'utf8') > config_file/* MAX_CONFIG_FILE_BYTES */.pB)
        throw refused('a version whose config file is', `${Buffer.byteLength(text, 'utf8')} bytes`, `is larger than the ${config_file/* MAX_CONFIG_FILE_BYTES */.pB} bytes a config file may hold`);
    const files = new Map(dpl);
    files.set(configPath, text);
    return { files, configPath, ruleCount: entries.length };
}

// EXTERNAL MODULE: ./src/config/parse-request.ts + 8 modules
var parse_request = __webpack_require__(7942);
;// CONCATENATED MODULE: ./src/export/round-trip.ts
// The promise of mode export, checked before anything is written: the exported
// files, read by the action's own config reader and planned against the same
// version, give a plan with no change. Pure: the files are read from memory,
// the AFD state is what the export read.




/** Any absolute folder: the files never touch a disk here. */
const MEMORY_WORKSPACE = '/export';
/** The detector request a plan would build from these files (throws the InputError a plan would). */
function readExported(files, configPath, yaml) {
    const request = (0,parse_request/* parseRequest */.T)({
        getInput: (name) => (name === 'config' ? configPath : ''),
        // The region is the run's business, not the file's: any valid one will do.
        env: { GITHUB_WORKSPACE: MEMORY_WORKSPACE, AWS_REGION: 'us-east-1' },
        readFile: (full) => {
            const text = files.get(external_node_path_default().posix.relative(MEMORY_WORKSPACE, full));
            return text === undefined
                ? { kind: 'missing', siblings: [] }
                : { kind: 'text', text, bytes: Buffer.from(text, 'utf8'), realPath: full };
        },
        now: new Date(0),
        reservedTagCount: 0,
        yaml,
    });
    if (!request.detector)
        throw new Error('the exported config file names no detector');
    return request.detector;
}
/**
 * What a plan with the exported files would change against `state.base`, in
 * words; empty when it would report `changed=false` and write nothing.
 */
function roundTripDifferences(files, configPath, state, yaml) {
    let request;
    try {
        request = readExported(files, configPath, yaml);
    }
    catch (err) {
        if (err instanceof domain_errors/* InputError */.dz)
            return [`the config reader refuses it: ${err.message}`];
        throw err;
    }
    const { base } = state;
    const resolution = resolveRulesAsCode(request.rules ?? [], state.existingRules, new Set(state.outcomes.map((o) => o.name)), request.outcomes, base.rules);
    const proposal = buildProposal(base, request, undefined, { resolvedRules: resolution.rules });
    const diff = diffDetectorVersions(base, proposal, {
        rules: state.existingRules,
        modelMetrics: new Map(),
        ruleResolution: resolution,
    });
    const out = [...resolution.problems];
    for (const c of resolution.creates)
        out.push(`rule ${c.ruleId} would get a new version (its expression or outcomes differ)`);
    for (const m of resolution.metadata)
        out.push(`rule ${m.ruleId} version ${m.ruleVersion} would get a new description`);
    for (const o of resolution.outcomesToCreate)
        out.push(`outcome ${o.name} would be created`);
    if (diff.changed) {
        const c = diff.counts;
        out.push(`the detector version differs: ${c.rulesAdded} rules added, ${c.rulesRemoved} removed, ${c.rulesChanged} changed, ${c.rulesMoved} moved, ${c.modelsAdded + c.modelsRemoved + c.modelsChanged} model changes, ${c.endpointsAdded + c.endpointsRemoved} endpoint changes${diff.ruleExecutionMode ? ', rule execution mode' : ''}${diff.description ? ', description' : ''}`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/export/run-export.ts




async function runExport(deps, input) {
    const { afd, log } = deps;
    const { detectorId } = input;
    const summaries = await afd.listDetectorVersions(detectorId);
    const resolved = resolveBaseVersion(summaries, input.base);
    if (resolved.kind === 'none')
        throw new domain_errors/* ActionError */.lZ(`Detector ${detectorId} has no ${input.base.kind === 'active' ? 'ACTIVE version' : 'versions'}: there is nothing to export.`, input.base.kind === 'active'
            ? ["Set base-version to 'latest' or a detector version id to export another version."]
            : []);
    const [base, rules, outcomes] = await Promise.all([
        afd.getDetectorVersion(detectorId, resolved.detectorVersionId),
        afd.listRules(detectorId),
        afd.listOutcomes(),
    ]);
    const configPath = input.exportPath ?? defaultExportPath(detectorId);
    const rendered = renderExport({ base, rules, outcomes, configPath }, deps.yaml);
    // The promise of export, checked before a byte is written: say plainly if it does not hold.
    const differences = roundTripDifferences(rendered.files, configPath, { base, existingRules: rules, outcomes }, deps.yaml);
    for (const d of differences)
        log.warning(`A plan with the exported ${configPath} would not be empty: ${d}.`);
    const result = deps.write(rendered.files);
    if (result.kind === 'refused')
        throw new domain_errors/* ActionError */.lZ(`Input 'export-path' = "${configPath}": ${result.path} was not written: ${result.rule}.`, [
            'Remove the link or file that is in the way, or set export-path to another place in the workspace.',
        ]);
    log.info(`Exported detector ${detectorId} version ${base.detectorVersionId} (${base.status}) to ${configPath} with ${rendered.ruleCount} rule file${rendered.ruleCount === 1 ? '' : 's'}.`);
    return {
        detectorId,
        baseVersionId: base.detectorVersionId,
        baseStatus: base.status,
        configPath,
        paths: result.paths,
        ruleCount: rendered.ruleCount,
        differences,
    };
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/run/environment.ts
var environment = __webpack_require__(1276);
;// CONCATENATED MODULE: ./src/report/detector-outcome.ts

const ACTION_TEXT = {
    planned: (id) => `Plan only: version ${id} would be created. Nothing was written to Amazon Fraud Detector.`,
    unchanged: (id) => `No changes against version ${id}: nothing was created.`,
    created: (id) => `Created version ${id}.`,
    updated: (id) => `Updated this pull request's DRAFT version ${id} in place.`,
    reused: (id) => `Reused version ${id}: it already has exactly this content.`,
    'rollback-planned': (id) => `Plan only: existing version ${id} would be made ACTIVE again (rollback). Nothing was written to Amazon Fraud Detector.`,
    'rolled-back': (id) => `Rolled back: existing version ${id} was made ACTIVE again.`,
};
/** At most this many problems are listed: the comment's size budget is spent on the diff before them. */
const MAX_PROBLEMS_LISTED = 20;
/** Problems found before any write; shown in the comment as well as the summary. */
function renderDetectorProblems(report) {
    const { problems } = report;
    if (!problems.length)
        return '';
    const listed = problems.slice(0, MAX_PROBLEMS_LISTED).map((p) => `- ${(0,markdown/* escapeMarkdown */.FV)(p)}`);
    if (problems.length > MAX_PROBLEMS_LISTED)
        listed.push(`- … and ${problems.length - MAX_PROBLEMS_LISTED} more (see the job log).`);
    return `\n### ❌ Problems\n\n${listed.join('\n')}\n`;
}
function renderDetectorOutcome(report) {
    const lines = [];
    // Version ids come from AFD's answers: escaped like any other text from outside.
    const id = (0,markdown/* markdownId */.xc)(report.detectorVersionId ?? '—');
    if (report.action)
        lines.push(`- ${ACTION_TEXT[report.action](id)}`);
    if (report.promoted) {
        lines.push(`- Version ${id} is ACTIVE${report.previousActiveId ? `; version ${(0,markdown/* markdownId */.xc)(report.previousActiveId)}, ACTIVE before, is now INACTIVE` : ''}. Verified after the change.`);
    }
    lines.push(...retentionLines(report.retention));
    for (const note of report.notes)
        lines.push(`- ${(0,markdown/* escapeMarkdown */.FV)(note)}`);
    if (report.error)
        lines.push(`- ❌ ${(0,markdown/* escapeMarkdown */.FV)(report.error)}`);
    const outcome = lines.length ? `\n### Outcome\n\n${lines.join('\n')}\n` : '';
    return outcome + renderDetectorProblems(report);
}
function retentionLines(r) {
    if (!r)
        return [];
    const list = (ids) => ids.map(markdown/* escapeMarkdown */.FV).join(', ');
    const lines = [
        r.deleted.length
            ? `- Retention deleted INACTIVE version${r.deleted.length === 1 ? '' : 's'} ${list(r.deleted)}.`
            : '- Retention deleted no INACTIVE version.',
    ];
    if (r.draftsDeleted.length)
        lines.push(`- Deleted the drafts of closed pull requests: versions ${list(r.draftsDeleted)}.`);
    if (r.undeployed.length)
        lines.push(`- Undeployed model versions no detector version uses: ${list(r.undeployed)}.`);
    return lines;
}

;// CONCATENATED MODULE: ./src/run/summary.ts
// Writing the job summary: never the reason a run fails, and the same failure
// section wherever the detector flow stops.



function failureSummary(report, error, stopped) {
    const heading = stopped === 'CANCELLED' ? '⏹️ Cancelled' : '❌ Failed';
    return `## ${heading}: detector ${(0,markdown/* escapeMarkdown */.FV)(report.detectorId)}\n\n${(0,markdown/* escapeMarkdown */.FV)(error)}\n\n${renderDetectorOutcome(report)}`;
}
/**
 * Reporting after the work (outputs, summary, comment) must not replace the
 * run's own outcome or hide its error: a failure here is a warning.
 */
async function bestEffort(what, step) {
    try {
        await step();
    }
    catch (err) {
        commands/* warning */.$e(`Could not ${what}: ${err instanceof Error ? err.message : String(err)}`);
    }
}
/** Never throws: a summary that cannot be written is a warning (see bestEffort). */
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        commands/* info */.pq(markdown);
        return;
    }
    try {
        await commands/* appendSummary */.fe(markdown);
    }
    catch (err) {
        commands/* warning */.$e(`Could not write the job summary: ${err instanceof Error ? err.message : String(err)}`);
    }
}

;// CONCATENATED MODULE: ./src/run/execute-export.ts
// The shell of mode export: the AFD gateway (reads only), the workspace
// writer, the `exportPath` output and the job summary. No AFD write is ever
// made: the flow only holds a port of read operations.








const log = commands/* logger */.vF;
async function executeExport(request) {
    const detector = request.detector;
    if (request.model)
        commands/* info */.pq(`mode export: the model section (${request.model.modelId}) is not exported or run.`);
    // Retries of throttled reads pause in step with a local emulator's clock.
    const timeScale = await (0,environment/* resolveTimeScale */.kH)(request.endpointUrl, { warn: (m) => commands/* warning */.$e(m) });
    const clock = systemClock(timeScale);
    const credentials = (0,environment/* environmentCredentials */.Se)();
    const gateway = new AfdGateway({
        region: request.region,
        sleep: (ms) => clock.sleep(ms),
        onOutage: (m) => commands/* warning */.$e(m),
        ...(credentials ? { credentials } : {}),
        ...(request.endpointUrl ? { endpointUrl: request.endpointUrl } : {}),
    });
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    try {
        const report = await runExport({
            afd: gateway,
            log,
            yaml: await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19)),
            write: (files) => writeWorkspaceFiles(workspace, files),
        }, {
            detectorId: detector.detectorId,
            base: detector.base,
            ...(request.exportPath ? { exportPath: request.exportPath } : {}),
        });
        commands/* setOutput */.uH('exportPath', report.configPath);
        await writeSummary(exportSummary(report));
    }
    finally {
        gateway.destroy();
    }
}
function exportSummary(r) {
    const code = (s) => `\`${s.replace(/`/g, "'")}\``;
    const lines = [
        `## 📤 Exported detector ${(0,markdown/* escapeMarkdown */.FV)(r.detectorId)} version ${(0,markdown/* escapeMarkdown */.FV)(r.baseVersionId)} (${(0,markdown/* escapeMarkdown */.FV)(r.baseStatus)})`,
        '',
        `${code(r.configPath)} and ${r.ruleCount} rule file${r.ruleCount === 1 ? '' : 's'} beside it. Nothing was changed in AFD.`,
        '',
    ];
    if (r.differences.length)
        lines.push('> [!WARNING]', '> A plan with these files would not be empty:', ...r.differences.map((d) => `> - ${(0,markdown/* escapeMarkdown */.FV)(d)}`), '');
    else
        lines.push('A plan with these files reports no change.', '');
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/run/fork.ts
var fork = __webpack_require__(5361);
// EXTERNAL MODULE: ./src/domain/concurrency.ts
var concurrency = __webpack_require__(7571);
// EXTERNAL MODULE: ./src/domain/provenance.ts
var provenance = __webpack_require__(1497);
;// CONCATENATED MODULE: ./src/afd/write-retry.ts
// The action's own retry of a write whose outcome is uncertain: the executors
// look at what happened before asking again (AFD has no idempotency tokens).
/** Attempts for a write the action retries itself after checking what happened. */
const WRITE_ATTEMPTS = 8;
/** 2 s, 4 s, … capped at 64 s: the action's own backoff between write attempts. */
const retryDelay = (attempt) => 2_000 * 2 ** Math.min(attempt - 1, 5);

;// CONCATENATED MODULE: ./src/detector/existing-versions.ts






/** Tag on a created version: the base it was planned against ("none" for a first version). */
const BASE_VERSION_TAG = provenance/* PROVENANCE_TAG_KEYS */.yj.baseVersion;
const NO_BASE = 'none';
/** After a create timed out: how long AFD gets to finish it before the action looks. */
const SLOW_CREATE_PAUSE_MS = 30_000;
/** How many of the newest versions to search for an earlier attempt of this run. */
const EARLIER_ATTEMPT_WINDOW = 5;
async function findEarlierAttempt(afd, detectorId, summaries, input) {
    const newest = [...summaries]
        .sort((a, b) => compareWholeVersions(b.detectorVersionId, a.detectorVersionId))
        .slice(0, EARLIER_ATTEMPT_WINDOW);
    let baseTag;
    const summary = await findVersionByTags(afd, detectorId, newest, (tags) => {
        const mine = tagValue(tags, provenance/* PROVENANCE_TAG_KEYS */.yj.repository) === input.repository &&
            tagValue(tags, provenance/* PROVENANCE_TAG_KEYS */.yj.runId) === input.runId &&
            tagValue(tags, BASE_VERSION_TAG) !== undefined;
        if (mine)
            baseTag = tagValue(tags, BASE_VERSION_TAG);
        return mine;
    });
    if (!summary)
        return undefined;
    return { summary, ...(baseTag && baseTag !== NO_BASE ? { baseVersionId: baseTag } : {}) };
}
/**
 * CreateDetectorVersion, retried by the action: after a throttle, a 5xx, a
 * broken connection or a timeout the version may exist anyway, or AFD may
 * still be making it (a request that timed out on our side can finish on
 * AFD's later). So pause first, then look for it (by this run's tags), and
 * only then create again: a timeout is no proof that nothing was created.
 */
async function createOnce(deps, detectorId, content, tags, input) {
    for (let attempt = 1;; attempt++) {
        try {
            return await deps.afd.createDetectorVersion(detectorId, content, tags);
        }
        catch (err) {
            if (!(err instanceof domain_errors/* AfdError */.Ge) || !err.retryable)
                throw err;
            // AFD was slow, not gone: give the create it may still be making time to land.
            const pause = err.awsErrorName === 'TimeoutError' || err.awsErrorName === 'ETIMEDOUT'
                ? Math.max(retryDelay(attempt), SLOW_CREATE_PAUSE_MS)
                : retryDelay(attempt);
            await deps.sleep?.(pause);
            const summaries = await deps.afd.listDetectorVersions(detectorId);
            const made = await findEarlierAttempt(deps.afd, detectorId, summaries, input);
            if (made) {
                deps.log.info(`CreateDetectorVersion answered ${err.awsErrorName}, but version ${made.summary.detectorVersionId} was created; carrying on with it.`);
                return { detectorVersionId: made.summary.detectorVersionId, status: made.summary.status };
            }
            if (attempt >= WRITE_ATTEMPTS)
                throw err;
            deps.log.warning(`CreateDetectorVersion failed (${err.awsErrorName}); ${pause / 1000} s later AFD has no version of this run; creating it again.`);
        }
    }
}
/** Tags of a created version: the run's, plus the base it was planned against. */
function tagsForCreate(input, base) {
    return [...input.tags, { key: BASE_VERSION_TAG, value: base?.detectorVersionId ?? NO_BASE }];
}
/** This pull request's DRAFT, made by this action for this repository. */
function findOwnDraft(afd, detectorId, summaries, input, knownArn) {
    const pr = String(input.pullNumber);
    return findVersionByTags(afd, detectorId, summaries.filter((s) => s.status === 'DRAFT'), (tags) => tagValue(tags, provenance/* PROVENANCE_TAG_KEYS */.yj.repository) === input.repository &&
        tagValue(tags, provenance/* PROVENANCE_TAG_KEYS */.yj.pr) === pr, knownArn);
}
async function findReviewedDraft(afd, detectorId, summaries, input, proposal, knownArn) {
    const draft = await findOwnDraft(afd, detectorId, summaries, input, knownArn);
    if (!draft)
        return undefined;
    const current = await afd.getDetectorVersion(detectorId, draft.detectorVersionId);
    return sameContent(current, proposal) ? draft : undefined;
}
/** Whether a stored version has exactly the proposal's content (description aside). */
function sameContent(v, p) {
    const rules = (x) => x.map(ruleKey).join(',');
    const models = (x) => x.map(modelKey).sort().join(',');
    return (rules(v.rules) === rules(p.rules) &&
        models(v.modelVersions) === models(p.modelVersions) &&
        [...v.externalModelEndpoints].sort().join(',') ===
            [...p.externalModelEndpoints].sort().join(',') &&
        v.ruleExecutionMode === p.ruleExecutionMode);
}

;// CONCATENATED MODULE: ./src/detector/plan-reads.ts




/** Parallel AFD reads per plan: quick, and far from provoking throttling. */
const READ_CONCURRENCY = 4;
/**
 * The version the plan starts from. Exactly once: an earlier attempt of this
 * run may have created (and promoted) the version already; plan against the
 * base it planned against, so a re-run reports the same plan and writes nothing.
 */
async function readPlanBase(afd, summaries, input, mode) {
    const detectorId = input.request.detectorId;
    const earlier = mode === 'apply' ? await findEarlierAttempt(afd, detectorId, summaries, input) : undefined;
    const resolved = earlier
        ? earlier.baseVersionId
            ? { kind: 'found', detectorVersionId: earlier.baseVersionId }
            : { kind: 'none' }
        : resolveBaseVersion(summaries, input.request.base);
    const base = resolved.kind === 'found'
        ? await afd.getDetectorVersion(detectorId, resolved.detectorVersionId)
        : undefined;
    return { ...(earlier ? { earlier } : {}), ...(base ? { base } : {}) };
}
/**
 * The reads the diff and the checks need, at most READ_CONCURRENCY at a time.
 * `notYetMade`: a model version this run will make ACTIVE before the plan is
 * written (the preflight's stand-in for the retrained version): not read,
 * taken as ACTIVE.
 */
async function readPlanDetails(afd, detectorId, base, proposal, notYetMade) {
    const ruleRefs = rulesNeedingDetails(base, proposal);
    const fetched = await (0,concurrency/* mapLimit */.s)(ruleRefs, READ_CONCURRENCY, (r) => afd.getRuleVersion(detectorId, r));
    const rules = fetched.filter((r) => r !== undefined);
    const skip = notYetMade ? modelKey(notYetMade) : undefined;
    const models = uniqueModels([...(base?.modelVersions ?? []), ...proposal.modelVersions]).filter((m) => modelKey(m) !== skip);
    const modelDetails = await (0,concurrency/* mapLimit */.s)(models, READ_CONCURRENCY, async (m) => {
        const [detail] = await afd
            .describeModelVersions({
            modelId: m.modelId,
            modelType: m.modelType,
            modelVersionNumber: m.modelVersionNumber,
        })
            .catch((err) => {
            // A model version that does not exist is a problem of the proposal, reported by the checks.
            if (err instanceof domain_errors/* AfdError */.Ge && err.awsErrorName === 'ResourceNotFoundException')
                return [];
            throw err;
        });
        return { ref: m, detail };
    });
    const modelMetrics = new Map();
    const modelVersionStatuses = new Map();
    for (const { ref, detail } of modelDetails) {
        if (!detail)
            continue;
        modelMetrics.set(modelKey(ref), detail.metrics);
        modelVersionStatuses.set(modelKey(ref), detail.status);
    }
    if (skip !== undefined)
        modelVersionStatuses.set(skip, 'ACTIVE');
    return { rules, modelMetrics, modelVersionStatuses };
}
function uniqueModels(models) {
    const seen = new Map();
    for (const m of models)
        seen.set(modelKey(m), m);
    return [...seen.values()];
}
/** The proposal's problems (rule and model versions that do not exist, quotas); empty when it can be written. */
function proposalProblems(proposal, base, details, draftCount, createsVersion) {
    const existingRuleVersions = new Set([
        ...(base?.rules ?? []).map(ruleKey),
        ...details.rules.map(ruleKey),
    ]);
    return checkProposal(proposal, {
        existingRuleVersions,
        modelVersionStatuses: details.modelVersionStatuses,
        draftCount,
        createsVersion,
    });
}
/** All the problems at once, before anything is written. */
function problemsError(detectorId, problems) {
    return new domain_errors/* ActionError */.lZ(`The proposed version of detector ${detectorId} cannot be created:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

// EXTERNAL MODULE: ./src/detectorpl/types.ts
var types = __webpack_require__(427);
;// CONCATENATED MODULE: ./src/detector/rule-catalog.ts

/** AFD sends every event variable as text: a type AFD did not state (or a new one) is text, never a number guessed. */
function variableInfo(detail) {
    const dataType = detail && (0,types/* isDataType */.ZM)(detail.dataType) ? detail.dataType : 'STRING';
    return {
        dataType,
        ...(detail?.defaultValue !== undefined ? { defaultValue: detail.defaultValue } : {}),
    };
}
function buildRuleCatalog(s) {
    const byName = new Map(s.variables.map((v) => [v.name, v]));
    const variables = new Map();
    for (const name of s.eventVariables)
        variables.set(name, variableInfo(byName.get(name)));
    // An external model's output variables are not event variables, yet rules
    // read them when the detector version calls that endpoint: accepted, typed.
    for (const v of s.variables)
        if (v.dataSource === 'EXTERNAL_MODEL_SCORE' && !variables.has(v.name))
            variables.set(v.name, variableInfo(v));
    const modelScores = new Map();
    for (const m of s.models) {
        if (m.eventTypeName !== s.eventTypeName)
            continue;
        modelScores.set(`${m.modelId}${types/* MODEL_SCORE_SUFFIX */.N0}`, {
            modelId: m.modelId,
            inProposal: s.proposalModelIds.has(m.modelId),
        });
    }
    const lists = new Map(s.lists.map((l) => [l.name, l.variableType ? { variableType: l.variableType } : {}]));
    return { variables, lists, modelScores };
}
/** The detector's catalog; undefined when AFD names no event type for it (the detector does not exist). */
async function readRuleCatalog(afd, detectorId, proposalModelIds) {
    const eventTypeName = await afd.getDetectorEventType(detectorId);
    if (eventTypeName === undefined)
        return undefined;
    const [eventType, variables, lists, models] = await Promise.all([
        afd.getEventType(eventTypeName),
        afd.listVariables(),
        afd.listListsMetadata(),
        afd.listModels(),
    ]);
    const catalog = buildRuleCatalog({
        eventTypeName,
        eventVariables: eventType?.eventVariables ?? [],
        variables,
        lists,
        models,
        proposalModelIds,
    });
    return { catalog, eventTypeName };
}

;// CONCATENATED MODULE: ./src/detector/rule-check.ts




function finding(f) {
    return { ruleId: f.ruleId, message: f.message, ...(f.position ? { position: f.position } : {}) };
}
/** Where a rule is written: its outcomes in the config, else its expression. */
function ruleAt(rule) {
    if (rule.outcomesAt)
        return rule.outcomesAt;
    const s = rule.source;
    return s ? { file: s.file, line: s.line, column: s.column } : undefined;
}
/**
 * Every finding of the rules as code: the DetectorPL lint against the catalog
 * (without one, names and types are not checked) and the outcomes that
 * neither exist nor are declared. Pure.
 */
function checkRules(rules, lint, catalog, existingOutcomes, declared) {
    const out = { errors: [], warnings: [] };
    for (const rule of rules) {
        for (const f of lint(rule, catalog))
            (f.severity === 'error' ? out.errors : out.warnings).push(finding(f));
    }
    for (const u of undeclaredOutcomes(rules, existingOutcomes, declared)) {
        const at = ruleAt(u.rule);
        out.errors.push({ ruleId: u.rule.ruleId, message: u.message, ...(at ? { position: at } : {}) });
    }
    return out;
}
/** The models of a proposed detector version: a rule may read their scores without a warning. */
function modelIdsOf(proposal) {
    return new Set(proposal.modelVersions.map((m) => m.modelId));
}
/**
 * Reads the catalog and the outcomes, lints every rule as code, logs the
 * warnings at their lines and throws a RuleLintError for the errors. The
 * DetectorPL library is loaded here, only for a request with rules as code.
 */
async function checkRulesAsCode(afd, request, proposalModelIds, log) {
    const rules = (request.rules ?? []).filter(domain_request/* isRuleAsCode */.qN);
    if (rules.length === 0)
        return;
    const [read, outcomes, library] = await Promise.all([
        readRuleCatalog(afd, request.detectorId, proposalModelIds),
        afd.listOutcomes(),
        Promise.all(/* import() */[__webpack_require__.e(856), __webpack_require__.e(936), __webpack_require__.e(612)]).then(__webpack_require__.bind(__webpack_require__, 9612)),
    ]);
    if (!read)
        log.warning(`Detector ${request.detectorId}: AFD names no event type for it (GetDetectors), so the variables and lists of its rules are not checked before writing.`);
    const { errors, warnings } = checkRules(rules, (rule, catalog) => library.lintRuleAsCode(rule, catalog), read?.catalog, new Set(outcomes.map((o) => o.name)), request.outcomes ?? []);
    for (const w of warnings)
        log.warning((0,domain_errors/* placed */.GS)(w), w.position);
    if (errors.length)
        throw new domain_errors/* RuleLintError */.es(request.detectorId, errors);
}

;// CONCATENATED MODULE: ./src/detector/rules-as-code.ts






/** Whether the request holds rules as code or declares outcomes: only then are rules and outcomes read. */
function usesRulesAsCode(request) {
    return (request.rules ?? []).some(domain_request/* isRuleAsCode */.qN) || (request.outcomes?.length ?? 0) > 0;
}
/**
 * Reads only: every rule version of the detector and the account's outcomes,
 * then the pure resolution. The rules' lint against AFD's catalog is
 * checkRulesAsCode (rule-check.ts), once the proposal's models are known.
 * `baseRules`: the rules of the version the plan starts from (an identical
 * version it uses is kept).
 */
async function resolveRequestRules(afd, request, baseRules = []) {
    if (!usesRulesAsCode(request))
        return undefined;
    const [existing, outcomes] = await Promise.all([
        afd.listRules(request.detectorId),
        afd.listOutcomes(),
    ]);
    const names = new Set(outcomes.map((o) => o.name));
    const resolution = resolveRulesAsCode(request.rules ?? [], existing, names, request.outcomes, baseRules);
    return { resolution, existing };
}
/**
 * The writes before the detector version (draft and apply). Returns the
 * versions AFD actually gave the created rules (ruleId → version), which may
 * differ from the prediction if someone else made a version meanwhile.
 */
async function writeRulesAsCode(deps, detectorId, resolution, tags) {
    const { afd, log } = deps;
    for (const outcome of resolution.outcomesToCreate) {
        await afd.putOutcome(outcome, tags);
        log.info(`Created outcome ${outcome.name}.`);
    }
    const actual = new Map();
    // One at a time: UpdateRuleVersion is refused (Conflict) while another is in flight for the same rule.
    for (const create of resolution.creates) {
        const made = await createRuleVersionOnce(deps, detectorId, create, tags);
        actual.set(create.ruleId, made.ruleVersion);
        if (made.ruleVersion !== create.predictedVersion)
            log.info(`Rule ${create.ruleId}: the plan predicted version ${create.predictedVersion}, AFD made ${made.ruleVersion} (a version was made elsewhere meanwhile); the detector version uses ${made.ruleVersion}.`);
    }
    for (const m of resolution.metadata) {
        await afd.updateRuleMetadata(detectorId, m, m.to);
        log.info(`Updated the description of rule ${m.ruleId} version ${m.ruleVersion}.`);
    }
    return actual;
}
function identical(versions, create) {
    return maxBy(versions.filter((v) => sameIdentity(v, create)), (a, b) => compareWholeVersions(a.ruleVersion, b.ruleVersion));
}
/**
 * CreateRule / UpdateRuleVersion, retried by the action: after a throttle, a
 * 5xx, a timeout or a Conflict the version may exist anyway, so the rule's
 * versions are read and searched by content before writing again (from the
 * highest version as it is then).
 */
async function createRuleVersionOnce(deps, detectorId, create, runTags) {
    const { afd, log } = deps;
    const tags = [...runTags, { key: provenance/* CONTENT_HASH_TAG */.a8, value: create.contentSha256 }];
    const content = {
        expression: create.expression,
        outcomes: create.outcomes,
        ...(create.description !== undefined ? { description: create.description } : {}),
    };
    let from = create.fromVersion;
    for (let attempt = 1;; attempt++) {
        try {
            const made = from === undefined
                ? await afd.createRule(detectorId, create.ruleId, content, tags)
                : await afd.updateRuleVersion(detectorId, { ruleId: create.ruleId, ruleVersion: from }, content, tags);
            log.info(from === undefined
                ? `Created rule ${create.ruleId} version ${made.ruleVersion} (CreateRule).`
                : `Created rule ${create.ruleId} version ${made.ruleVersion} (UpdateRuleVersion from ${from}).`);
            return made;
        }
        catch (err) {
            const uncertain = err instanceof domain_errors/* AfdError */.Ge && (err.retryable || err.awsErrorName === 'ConflictException');
            if (!uncertain)
                throw err;
            const versions = await afd.listRuleVersions(detectorId, create.ruleId);
            const found = identical(versions, create);
            if (found) {
                log.info(`${from === undefined ? 'CreateRule' : 'UpdateRuleVersion'} answered ${err.awsErrorName}, but rule ${create.ruleId} version ${found.ruleVersion} has this content; carrying on with it.`);
                return { ruleId: found.ruleId, ruleVersion: found.ruleVersion };
            }
            if (attempt >= WRITE_ATTEMPTS)
                throw err;
            from = maxBy(versions.map((v) => v.ruleVersion), compareWholeVersions);
            log.warning(`Writing rule ${create.ruleId} failed (${err.awsErrorName}); no version with its content exists; trying again.`);
            await deps.sleep?.(retryDelay(attempt));
        }
    }
}
/** The proposal's rules with the versions AFD actually assigned. */
function withActualVersions(rules, actual) {
    return rules.map((r) => ({
        ruleId: r.ruleId,
        ruleVersion: actual.get(r.ruleId) ?? r.ruleVersion,
    }));
}

;// CONCATENATED MODULE: ./src/detector/preflight.ts




/** The plan after the model step logs the rules' lint warnings; the preflight does not say them twice. */
const quiet = { info: () => undefined, warning: () => undefined };
/** The version number the stand-in for a version this run trains carries; never sent to AFD. */
const NOT_YET_TRAINED = '(trained in this run)';
/**
 * Throws what the plan would throw later (an AfdError naming the detector, the
 * base-version error, the proposal's problems), having only read from AFD.
 */
async function preflightDetector(deps, input, model) {
    const { afd, log } = deps;
    const detectorId = input.request.detectorId;
    const summaries = await afd.listDetectorVersions(detectorId);
    const { earlier, base } = await readPlanBase(afd, summaries, input, 'apply');
    const standIn = {
        modelId: model.modelId,
        modelType: model.modelType,
        modelVersionNumber: model.retrain || !model.modelVersionNumber ? NOT_YET_TRAINED : model.modelVersionNumber,
    };
    // Rules as code resolve to versions with reads only (GetRules, GetOutcomes).
    const asCode = await resolveRequestRules(afd, input.request, base?.rules);
    const proposal = buildProposal(base, input.request, standIn, asCode ? { resolvedRules: asCode.resolution.rules } : {});
    if (asCode)
        await checkRulesAsCode(afd, input.request, modelIdsOf(proposal), quiet);
    const details = await readPlanDetails(afd, detectorId, base, proposal, standIn);
    if (asCode)
        details.rules.push(...asCode.resolution.planned);
    const diff = diffDetectorVersions(base, proposal, details);
    const problems = [
        ...(asCode?.resolution.problems ?? []),
        ...(diff.changed
            ? proposalProblems(proposal, base, details, summaries.filter((s) => s.status === 'DRAFT').length, 
            // An earlier attempt's version is reused; stale drafts deleted first make room.
            earlier === undefined && !input.request.deleteStaleDrafts)
            : []),
    ];
    if (problems.length)
        throw problemsError(detectorId, problems);
    // Rule tests give their own model scores, so they do not wait for the
    // version this run trains: a failing test stops the run before a model
    // version is trained for nothing. (The backtest and the operating point
    // need the trained version; they run before the detector is written.)
    if (input.request.tests?.length) {
        const { impactFailure, runImpact } = await Promise.all(/* import() */[__webpack_require__.e(856), __webpack_require__.e(70), __webpack_require__.e(936), __webpack_require__.e(470)]).then(__webpack_require__.bind(__webpack_require__, 7470));
        const impact = await runImpact({ afd, log: quiet }, {
            detectorId,
            request: { tests: input.request.tests },
            base: undefined,
            proposal,
            known: details.rules,
            modelMetrics: new Map(),
        });
        const failure = impactFailure(impact);
        if (failure) {
            const { impactLog } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3950));
            for (const line of impactLog(impact))
                log.info(line);
            throw failure;
        }
    }
    log.info(`Detector ${detectorId}: checked before touching the model (version ${base?.detectorVersionId ?? '(none)'} to start from, rule versions, quotas${input.request.tests?.length ? ', rule tests' : ''}).`);
}

;// CONCATENATED MODULE: ./src/detector/report.ts
function newDetectorReport(detectorId, mode) {
    return { detectorId, mode, promoted: false, problems: [], notes: [] };
}

;// CONCATENATED MODULE: ./src/run/reviewed-plan.ts
// On a merge, what was reviewed: the merged pull request of the pushed commit
// and the plan fingerprint in the action's comment on it. Looked up before any
// write to AFD, so `require-reviewed-plan` can stop the run before it touches
// anything, and so a failed look-up is said plainly rather than skipped.

const message = (err) => (err instanceof Error ? err.message : String(err));
/**
 * For an apply outside a pull request: what was reviewed, for each detector of
 * the run (the merged pull request is looked up once). Never throws: a
 * failure is an `unchecked` reason.
 */
async function lookUpReviewedPlans(github, ctx, region, detectorIds) {
    const all = (plan) => new Map(detectorIds.map((id) => [id, plan]));
    const pull = await mergedPull(github, ctx);
    if (!('github' in pull))
        return all(pull);
    const { pullNumber } = pull;
    const found = await pull.github.reviewedFingerprints(pullNumber, region, detectorIds);
    if ('error' in found) {
        return all({
            pullNumber,
            unchecked: `the plan comment of PR #${pullNumber} could not be read: ${found.error}`,
            noteworthy: true,
        });
    }
    return new Map(detectorIds.map((id) => {
        const fingerprint = found.fingerprints.get(id);
        return [
            id,
            fingerprint === undefined
                ? {
                    pullNumber,
                    unchecked: `PR #${pullNumber} has no plan comment by this action for detector ${id} in ${region}`,
                    noteworthy: true,
                }
                : { pullNumber, fingerprint, noteworthy: false },
        ];
    }));
}
/** The merged pull request of the pushed commit, or why there is none to compare with. */
async function mergedPull(github, ctx) {
    const commit = ctx.sha.slice(0, 7);
    if (!ctx.isDefaultBranchPush) {
        return {
            unchecked: `this ${ctx.eventName} run is not a push to the default branch, so it has no merged pull request`,
            noteworthy: false,
        };
    }
    if (!github) {
        return {
            unchecked: 'no `github-token`, so the merged pull request cannot be looked up',
            noteworthy: true,
        };
    }
    let pullNumber;
    try {
        pullNumber = await github.mergedPullFor(ctx.sha, ctx.defaultBranch);
    }
    catch (err) {
        return {
            unchecked: `the pull request of commit ${commit} could not be looked up: ${message(err)}`,
            noteworthy: true,
        };
    }
    if (pullNumber === undefined) {
        return {
            unchecked: `no merged pull request into ${ctx.defaultBranch ?? 'the default branch'} has commit ${commit} (a direct push?)`,
            noteworthy: false,
        };
    }
    return { pullNumber, github };
}
/** `require-reviewed-plan: true` and nothing to compare with: stop before any write. */
function reviewedPlanRequired(reason) {
    return new domain_errors/* ActionError */.lZ(`require-reviewed-plan is true, but the plan applied cannot be compared with the one reviewed: ${reason}. Nothing was written to AFD.`, [
        'Apply through a pull request that ran this action with `comment: true` (its plan comment holds the fingerprint), on a push that merges it to the default branch, with a `github-token` that can read pull requests.',
        'To apply without a reviewed plan, run with `require-reviewed-plan: false`.',
    ]);
}

;// CONCATENATED MODULE: ./src/run/before-writes.ts
// What an apply checks before its first write to AFD: the plan reviewed on the
// merged pull request (require-reviewed-plan), and the detector side of a run
// that also trains or activates a model. Every detector of the run is checked:
// nothing is written unless all of them pass.





/**
 * On an apply: what was reviewed, for each detector of the run, before any
 * write. With require-reviewed-plan, a detector with nothing to compare with
 * stops the run here.
 */
async function reviewedPlansOf(request, detectors, ctx, github) {
    const ids = detectors.map((d) => d.detectorId);
    const reviewed = ctx.pullRequest
        ? new Map(ids.map((id) => [
            id,
            { unchecked: 'this run is for an open pull request, not a merge', noteworthy: false },
        ]))
        : await lookUpReviewedPlans(github, ctx, request.region, ids);
    if (request.requireReviewedPlan) {
        for (const [id, plan] of reviewed)
            if (plan.unchecked)
                await failBeforeWrites(request, id, reviewedPlanRequired(plan.unchecked));
    }
    return reviewed;
}
/** The read-only checks of one detector, before the model is trained or activated. */
async function preflight(request, detector, ctx, afd, pullNumber) {
    try {
        await preflightDetector({ afd, log: commands/* logger */.vF }, {
            request: detector,
            tags: [],
            repository: `${ctx.repository.owner}/${ctx.repository.repo}`,
            runId: ctx.runId,
            ...(pullNumber !== undefined ? { pullNumber } : {}),
        }, request.model);
    }
    catch (err) {
        await failBeforeWrites(request, detector.detectorId, err);
    }
}
/** A failure before anything was written: the summary says so, then the run fails with it. */
async function failBeforeWrites(request, detectorId, err) {
    const report = newDetectorReport(detectorId, 'apply');
    report.notes.push(request.model?.retrain || request.model?.activate
        ? 'Nothing was written to AFD: the model was not retrained or activated either.'
        : 'Nothing was written to AFD.');
    const error = err instanceof Error ? err.message : String(err);
    await writeSummary(failureSummary(report, error, 'FAILED'));
    throw err;
}

;// CONCATENATED MODULE: ./src/detector/model-holders.ts
// Which detector versions hold which model versions. AFD's user guide ("Delete
// a model or model version"): a model version that any detector version uses,
// ACTIVE, INACTIVE or DRAFT, of any detector, cannot be undeployed. So both the
// undeploy clean-up and the deploy-quota hint need the full picture, not only
// the ACTIVE versions.


/** Independent GetDetectorVersion reads in flight at once (AFD publishes no control-plane TPS). */
const model_holders_READ_CONCURRENCY = 4;
const describeHolder = (h) => `${h.detectorId}:${h.detectorVersionId} (${h.status})`;
/**
 * For each wanted model version (by modelKey), the detector versions of the
 * account that reference it; a version nobody references maps to [].
 * Reads every detector version of every detector, so call it only when there
 * is something to decide.
 */
async function findModelHolders(afd, wanted) {
    const holders = new Map(wanted.map((m) => [modelKey(m), []]));
    if (!wanted.length)
        return holders;
    for (const detectorId of await afd.listDetectorIds()) {
        const summaries = await afd.listDetectorVersions(detectorId);
        const versions = await (0,concurrency/* mapLimit */.s)(summaries, model_holders_READ_CONCURRENCY, (s) => afd.getDetectorVersion(detectorId, s.detectorVersionId));
        for (const version of versions) {
            for (const m of version.modelVersions) {
                holders.get(modelKey(m))?.push({
                    detectorId,
                    detectorVersionId: version.detectorVersionId,
                    status: version.status,
                });
            }
        }
    }
    // AFD lists versions in no useful order; a reader wants them by detector and number.
    for (const list of holders.values())
        list.sort((a, b) => a.detectorId.localeCompare(b.detectorId) ||
            Number(a.detectorVersionId) - Number(b.detectorVersionId));
    return holders;
}

;// CONCATENATED MODULE: ./src/retrain/activation.ts
// Activation of a model version: within AFD's deploy quota, requested once,
// and retried only after reading whether the request went through.




/** AFD allows 5 deployed model versions per account; fail before asking for a 6th. */
const DEPLOYED_MODEL_VERSIONS_QUOTA = 5;
async function checkDeployQuota(afd, ref) {
    const deployed = await afd.listDeployedModelVersions();
    if (deployed.length < DEPLOYED_MODEL_VERSIONS_QUOTA)
        return;
    const holders = await holdersIfReadable(afd, deployed);
    const list = deployed
        .map((d) => {
        const heldBy = holders?.get(modelKey(d));
        const use = !heldBy
            ? ''
            : heldBy.length
                ? `; used by ${heldBy.map(describeHolder).join(', ')}`
                : '; no detector version uses it';
        return `${d.modelId} ${d.modelVersionNumber} (${d.status}${use})`;
    })
        .join(', ');
    throw new domain_errors/* ActionError */.lZ(`Cannot activate model ${ref.modelId} version ${ref.modelVersionNumber}: the account already has ${deployed.length} deployed model versions, AFD's quota of ${DEPLOYED_MODEL_VERSIONS_QUOTA}: ${list}.`, [
        'Undeploy a version that no detector version uses (UpdateModelVersionStatus INACTIVE): AFD refuses to undeploy one that any detector version, ACTIVE, INACTIVE or DRAFT, still uses, so delete those detector versions first. `undeploy-replaced-model: true` undeploys what promotions leave unused. Then re-run.',
    ]);
}
/**
 * Which detector versions use each deployed version, for the message. It
 * needs GetDetectors/DescribeDetector/GetDetectorVersion, which a retrain-only
 * role may lack: then the message goes without it rather than failing on it.
 */
async function holdersIfReadable(afd, deployed) {
    try {
        return await findModelHolders(afd, deployed);
    }
    catch (err) {
        if (err instanceof domain_errors/* AfdError */.Ge)
            return undefined;
        throw err;
    }
}
/**
 * UpdateModelVersionStatus ACTIVE, retried by the action: AFD refuses to set
 * a status a version already has, so after an uncertain failure it reads the
 * status before asking again.
 */
async function requestActivation(deps, ref) {
    for (let attempt = 1;; attempt++) {
        try {
            await deps.afd.updateModelVersionStatus(ref, 'ACTIVE');
            return;
        }
        catch (err) {
            if (!(err instanceof domain_errors/* AfdError */.Ge) || !err.retryable || attempt >= WRITE_ATTEMPTS)
                throw err;
            const { status } = await deps.afd.getModelVersion(ref);
            if (status !== 'TRAINING_COMPLETE')
                return; // the request went through
            deps.log.warning(`UpdateModelVersionStatus failed (${err.awsErrorName}); trying again.`);
            await deps.clock.sleep(retryDelay(attempt), deps.signal);
        }
    }
}

;// CONCATENATED MODULE: ./src/retrain/backoff.ts
// How long to wait between status polls. Short operations are noticed within
// seconds; multi-hour trainings are noticed within a minute. With a training's
// expected duration (from the model's history), poll-plan.ts polls densely only
// around the expected finish. Measured in docs/performance.md.
/** Training: 5 s, then 5 % of the time waited so far, at most 1 min between polls. */
const TRAINING_POLL = {
    initialMs: 5_000,
    factor: 1.5,
    capMs: 60_000,
    elapsedFraction: 0.05,
};
/** Activation (about 6–10 min in AWS): 5 s growing by 1.5× to 30 s. */
const ACTIVATION_POLL = { initialMs: 5_000, factor: 1.5, capMs: 30_000 };
/**
 * Delay before poll number `attempt + 1` (0-based), after waiting `elapsedMs`
 * so far, never past the deadline.
 */
function pollDelay(policy, attempt, now, deadline, elapsedMs = 0) {
    const wanted = policy.elapsedFraction !== undefined
        ? Math.max(policy.initialMs, policy.elapsedFraction * elapsedMs)
        : policy.initialMs * Math.pow(policy.factor, attempt);
    const delay = Math.min(policy.capMs, wanted);
    return Math.max(0, Math.min(delay, deadline - now));
}
/** The first `count` delays of a policy with no deadline: for docs and tests. */
function pollSchedule(policy, count) {
    const out = [];
    let elapsed = 0;
    for (let i = 0; i < count; i++) {
        const d = pollDelay(policy, i, elapsed, Number.POSITIVE_INFINITY, elapsed);
        out.push(d);
        elapsed += d;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/retrain/poll-plan.ts

/** The dense window around the expected finish, as fractions of it. */
const WINDOW_START = 0.75;
const WINDOW_END = 1.25;
/** Delay inside the window: with the request time, a change is seen within 15 s. */
const DENSE_POLL_MS = 14_000;
/** Before the window: a delay is at most this fraction of the time waited … */
const SPARSE_ELAPSED_FRACTION = 1;
/** … at least this fraction of the expected duration … */
const SPARSE_MIN_FRACTION = 0.02;
/** … and at most this fraction of it. */
const SPARSE_MAX_FRACTION = 0.1;
function pollPhase(plan, elapsedMs) {
    const expected = plan.expectedDurationMs;
    if (expected === undefined || !(expected > 0))
        return 'no-history';
    if (elapsedMs < WINDOW_START * expected)
        return 'sparse';
    if (elapsedMs < WINDOW_END * expected)
        return 'dense';
    return 'overdue';
}
/** Delay before the next poll, never past the deadline. */
function nextPollDelay(plan, state) {
    const { policy } = plan;
    const t = Math.max(0, state.elapsedMs);
    const expected = plan.expectedDurationMs ?? 0;
    let delay;
    switch (pollPhase(plan, t)) {
        case 'sparse': {
            const floor = Math.max(policy.initialMs, SPARSE_MIN_FRACTION * expected);
            const cap = Math.max(floor, DENSE_POLL_MS, SPARSE_MAX_FRACTION * expected);
            delay = clamp(SPARSE_ELAPSED_FRACTION * t, floor, cap);
            // Land exactly on the window start, without a sliver of a poll before it.
            const toWindow = WINDOW_START * expected - t;
            if (toWindow - delay < DENSE_POLL_MS)
                delay = toWindow;
            break;
        }
        case 'dense':
            delay = DENSE_POLL_MS;
            break;
        case 'overdue':
        case 'no-history':
            delay = pollDelay(policy, state.attempt, 0, Number.POSITIVE_INFINITY, t);
            break;
    }
    return Math.max(0, Math.min(delay, state.deadline - state.now));
}
/** Statuses of a version whose training succeeded. */
const TRAINED = new Set([
    'TRAINING_COMPLETE',
    'ACTIVATE_REQUESTED',
    'ACTIVATE_IN_PROGRESS',
    'ACTIVE',
    'INACTIVATE_REQUESTED',
    'INACTIVATE_IN_PROGRESS',
    'INACTIVE',
]);
/** Only the latest trainings: durations drift as the data grows. */
const RECENT_SAMPLES = 5;
/** Samples within this factor of the shortest are taken as untouched trainings. */
const CLUSTER_FACTOR = 1.5;
/**
 * How long a training of `majorVersionNumber` is expected to take, from the
 * created and last-updated times of the model's earlier versions; undefined
 * without usable history.
 *
 * lastUpdatedTime − createdTime is the training time only while nothing else
 * touched the version: activating or deactivating it later moves
 * lastUpdatedTime, so every sample is an upper bound. Hence: versions that
 * trained successfully, of the same major version when there are any;
 * TRAINING_COMPLETE ones (never activated) when there are any; the 5 most
 * recent; then the median of those within 1.5× of the shortest, which drops a
 * version activated days after its training.
 */
function expectedTrainingDuration(details, majorVersionNumber) {
    const samples = details.flatMap((d) => {
        if (!TRAINED.has(d.status) || !d.createdTime || !d.lastUpdatedTime)
            return [];
        const created = Date.parse(d.createdTime);
        const ms = Date.parse(d.lastUpdatedTime) - created;
        if (!Number.isFinite(ms) || ms <= 0)
            return [];
        return [{ ms, created, status: d.status, major: majorOf(d.modelVersionNumber) }];
    });
    const sameMajor = samples.filter((s) => s.major === majorOf(majorVersionNumber));
    let pool = sameMajor.length ? sameMajor : samples;
    const untouched = pool.filter((s) => s.status === 'TRAINING_COMPLETE');
    if (untouched.length)
        pool = untouched;
    if (!pool.length)
        return undefined;
    const recent = [...pool].sort((a, b) => b.created - a.created).slice(0, RECENT_SAMPLES);
    const shortest = Math.min(...recent.map((s) => s.ms));
    const cluster = recent
        .map((s) => s.ms)
        .filter((ms) => ms <= CLUSTER_FACTOR * shortest)
        .sort((a, b) => a - b);
    return median(cluster);
}
function majorOf(version) {
    return Number(version.split('.')[0]);
}
function median(sorted) {
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}
function clamp(value, min, max) {
    return Math.min(max, Math.max(min, value));
}

;// CONCATENATED MODULE: ./src/retrain/wait.ts



const PROGRESS_LOG_EVERY_MS = 5 * 60_000;
/** Waits and returns the final status; throws WaitTimeoutError or CancelledError. */
async function waitForModelVersion(deps, req) {
    const { clock, log } = deps;
    const started = clock.now();
    const label = `${req.ref.modelId} ${req.ref.modelVersionNumber}`;
    const activityStart = Math.min(req.activityStartedAt ?? started, started);
    const plan = {
        policy: req.policy,
        ...(req.expectedDurationMs !== undefined && req.expectedDurationMs > 0
            ? { expectedDurationMs: req.expectedDurationMs }
            : {}),
    };
    if (plan.expectedDurationMs !== undefined) {
        const e = plan.expectedDurationMs;
        const eta = new Date(activityStart + e).toISOString().slice(11, 16);
        log.info(`${label}: earlier versions took about ${formatDuration(e)} of ${req.activity}; expected around ${eta} UTC` +
            ` (polling every ${formatDuration(DENSE_POLL_MS)} from ${formatDuration(WINDOW_START * e)} to ${formatDuration(WINDOW_END * e)} in).`);
    }
    let lastLogged = started;
    for (let attempt = 0;; attempt++) {
        req.onPoll?.();
        const { status } = await deps.afd.getModelVersion(req.ref);
        const now = clock.now();
        const last = req.timeline[req.timeline.length - 1];
        if (!last || last.status !== status) {
            req.timeline.push({ status, at: now });
            log.info(`${label}: ${status} after ${formatDuration(now - started)} of ${req.activity}`);
            lastLogged = now;
        }
        else if (now - lastLogged >= PROGRESS_LOG_EVERY_MS) {
            // A heartbeat so a long wait never looks hung in the log.
            log.info(`${label}: still ${status} after ${formatDuration(now - started)} (${attempt + 1} polls)`);
            lastLogged = now;
        }
        if (req.isDone(status))
            return status;
        if (now >= req.deadline) {
            throw new domain_errors/* WaitTimeoutError */.Do(`Gave up waiting for ${req.activity} of model ${label}: timeout-minutes reached after ${formatDuration(now - started)} of waiting. It is still ${status} in AFD and was left as it is.`, [
                'Re-run the job to resume waiting on the same version (it will not train again), or raise `timeout-minutes`.',
                'For trainings longer than a job may run, use `wait: false` and pick the version up in a later run.',
            ]);
        }
        const delay = nextPollDelay(plan, {
            attempt,
            elapsedMs: now - activityStart,
            now,
            deadline: req.deadline,
        });
        try {
            await clock.sleep(delay, deps.signal);
        }
        catch {
            throw new domain_errors/* CancelledError */.cc(`Cancelled while waiting for ${req.activity} of model ${label}; it is still ${status} in AFD.`, ['Re-run the job to resume waiting on the same version.']);
        }
    }
}

;// CONCATENATED MODULE: ./src/detector/models-active.ts




const DEPLOYING = new Set(['ACTIVATE_REQUESTED', 'ACTIVATE_IN_PROGRESS']);
const UNDEPLOYING = new Set(['INACTIVATE_REQUESTED', 'INACTIVATE_IN_PROGRESS']);
/** An undeployed version: "Ready to deploy" (TRAINING_COMPLETE) or INACTIVE, as AFD lists both. */
const UNDEPLOYED = new Set(['TRAINING_COMPLETE', 'INACTIVE']);
/**
 * Makes every model version in `models` ACTIVE, one after another, and returns
 * the ones it activated. Stops with an ActionError naming the version when the
 * deploy quota is full or a version cannot be deployed (ERROR, still training).
 */
async function ensureModelsActive(deps, models, deadline) {
    const activated = [];
    for (const ref of models) {
        const label = `model ${ref.modelId} ${ref.modelVersionNumber}`;
        let status = (await deps.afd.getModelVersion(ref)).status;
        if (status === 'ACTIVE')
            continue;
        if (UNDEPLOYING.has(status)) {
            deps.log.info(`${label} is being undeployed (${status}); waiting before deploying it again.`);
            status = await waitFor(deps, ref, deadline, (s) => !UNDEPLOYING.has(s));
        }
        if (UNDEPLOYED.has(status)) {
            await checkDeployQuota(deps.afd, ref);
            deps.log.info(`Deploying ${label}: the rollback target uses it and it is ${status}.`);
            await requestActivation(deps, ref);
            status = 'ACTIVATE_REQUESTED';
        }
        if (DEPLOYING.has(status))
            status = await waitFor(deps, ref, deadline, (s) => !DEPLOYING.has(s));
        // Verify, don't assume: the poll ending is not success.
        const confirmed = (await deps.afd.getModelVersion(ref)).status;
        if (confirmed !== 'ACTIVE') {
            throw new domain_errors/* ActionError */.lZ(`Cannot roll back: ${label}, which the target version uses, is ${confirmed}, not ACTIVE, and AFD serves a detector version only with ACTIVE model versions.`, ['Deploy the model version in the AFD console (or fix what its status says), then re-run.']);
        }
        deps.log.info(`${label} is ACTIVE.`);
        activated.push(ref);
    }
    return activated;
}
function waitFor(deps, ref, deadline, isDone) {
    return waitForModelVersion(deps, {
        ref,
        activity: 'activation',
        isDone,
        policy: ACTIVATION_POLL,
        deadline,
        timeline: [],
    });
}

;// CONCATENATED MODULE: ./src/detector/promotion.ts




/** UpdateDetectorVersionStatus ACTIVE; after an uncertain failure, look before asking again. */
async function requestPromotion({ afd, log, sleep }, detectorId, versionId) {
    for (let attempt = 1;; attempt++) {
        try {
            await afd.updateDetectorVersionStatus(detectorId, versionId, 'ACTIVE');
            return;
        }
        catch (err) {
            if (!(err instanceof domain_errors/* AfdError */.Ge) || !err.retryable || attempt >= WRITE_ATTEMPTS)
                throw err;
            const now = await afd.listDetectorVersions(detectorId);
            if (now.find((v) => v.detectorVersionId === versionId)?.status === 'ACTIVE')
                return;
            log.warning(`UpdateDetectorVersionStatus failed (${err.awsErrorName}); trying again.`);
            await sleep?.(retryDelay(attempt));
        }
    }
}
/**
 * Tags the version about to be promoted with the one it replaces and the run
 * that promotes it: how rollback-to previous finds its target later, and how a
 * re-run of a rollback sees it is done. Written before the promotion, so a
 * crash in between leaves nothing untagged that is ACTIVE.
 */
async function tagPromotion(afd, detectorId, versionId, replaced, runId, knownArn) {
    const arn = knownArn
        ? siblingArn(knownArn, versionId)
        : (await afd.getDetectorVersion(detectorId, versionId)).arn;
    if (!arn)
        return;
    await afd.tagResource(arn, [
        { key: provenance/* PROVENANCE_TAG_KEYS */.yj.replacedVersion, value: replaced ?? provenance/* NO_REPLACED_VERSION */.Mj },
        { key: provenance/* PROVENANCE_TAG_KEYS */.yj.promotedByRun, value: runId },
    ]);
}
/** Makes `versionId` ACTIVE, unless another run promoted something meanwhile; then verifies. */
async function promote(deps, detectorId, versionId, plannedSummaries, report, opts = {}) {
    const { afd, log } = deps;
    const { base, allowBaseChange = false } = opts;
    const activeOf = (list) => list.find((s) => s.status === 'ACTIVE')?.detectorVersionId;
    const plannedActive = activeOf(plannedSummaries);
    // Re-read: another run may have promoted since this plan was made.
    const now = await afd.listDetectorVersions(detectorId);
    const currentActive = activeOf(now);
    if (currentActive === versionId) {
        report.status = 'ACTIVE';
        report.promoted = true;
        return;
    }
    if (currentActive !== plannedActive && allowBaseChange) {
        log.warning(`Detector ${detectorId}: version ${currentActive ?? '(none)'} is ACTIVE now, not ${plannedActive ?? '(none)'} as planned; promoting ${versionId} anyway (allow-base-change).`);
    }
    else if (currentActive !== plannedActive) {
        throw new domain_errors/* ActionError */.lZ(`Detector ${detectorId}: version ${currentActive ?? '(none)'} is ACTIVE now, but this run planned against ${plannedActive ?? 'no ACTIVE version'}${base ? ` (base ${base.detectorVersionId})` : ''}. Another run promoted meanwhile; not overwriting it with version ${versionId}.`, [
            'Re-run this job to plan against the new ACTIVE version, and use a `concurrency:` group per detector.',
        ]);
    }
    log.info(`Promoting detector ${detectorId} version ${versionId} to ACTIVE${currentActive ? ` (replacing ${currentActive})` : ''}`);
    if (opts.runId !== undefined)
        await tagPromotion(afd, detectorId, versionId, currentActive, opts.runId, base?.arn);
    await requestPromotion(deps, detectorId, versionId);
    // Verify, don't assume.
    const after = await afd.listDetectorVersions(detectorId);
    const active = activeOf(after);
    if (active !== versionId) {
        throw new domain_errors/* ActionError */.lZ(`Promotion of detector ${detectorId} version ${versionId} did not take: version ${active ?? '(none)'} is ACTIVE.`);
    }
    report.status = 'ACTIVE';
    report.promoted = true;
    // A version that was a DRAFT when this run planned (or did not exist yet) and
    // is INACTIVE now was ACTIVE in between: another run promoted it at the same
    // moment, and this promotion replaced it. Say so rather than overwrite silently.
    const planned = new Map(plannedSummaries.map((v) => [v.detectorVersionId, v.status]));
    for (const v of after) {
        if (v.detectorVersionId !== versionId &&
            v.status === 'INACTIVE' &&
            // A DRAFT then (or created since) can only be INACTIVE now by having been ACTIVE.
            (planned.get(v.detectorVersionId) ?? 'DRAFT') === 'DRAFT') {
            const note = `Version ${v.detectorVersionId} was promoted by another run at the same time as this one and is now INACTIVE, replaced by ${versionId}. Use a \`concurrency:\` group per detector.`;
            report.notes.push(note);
            log.warning(note);
        }
    }
    if (currentActive) {
        report.previousActiveId = currentActive;
        const previous = after.find((s) => s.detectorVersionId === currentActive);
        log.info(`Version ${currentActive} is now ${previous?.status ?? 'INACTIVE'}.`);
    }
}

;// CONCATENATED MODULE: ./src/detector/freed-models.ts
// The model versions retention frees, recorded in AFD before anything is
// deleted. Retention deletes detector versions first and undeploys the model
// versions only they used afterwards (AFD refuses to undeploy a model version
// that a detector version still uses). Once a version is deleted, nothing in
// AFD says which model versions it used; so each such model version carries a
// mark from before the deletion until its undeploy is decided, and a re-run
// after a crash in between finds the mark and finishes the undeploy. Only
// marked versions are ever picked up: a deployed model version that no
// detector version uses but that retention never freed is not retention's.




/**
 * On a deployed model version: retention of this repository (the value) is
 * deleting the detector versions that use it and will undeploy it. Not a
 * provenance tag (it is on versions the action may not have made, and only
 * for a moment), so it is not among the reserved tags.
 */
const FREED_BY_RETENTION_TAG = 'fdp:freed-by-retention';
const MARK = FREED_BY_RETENTION_TAG;
/** Tag reads in flight at once: at most 5 deployed model versions per account. */
const freed_models_READ_CONCURRENCY = 4;
/** The deployed model versions an earlier, interrupted retention of `repository` marked. */
async function findMarked(afd, repository) {
    const deployed = await afd.listDeployedModelVersions();
    const marked = await (0,concurrency/* mapLimit */.s)(deployed, freed_models_READ_CONCURRENCY, async (m) => m.arn && tagValue(await afd.listTags(m.arn), MARK) === repository
        ? { ref: refOf(m), arn: m.arn }
        : undefined);
    return marked.filter((m) => m !== undefined);
}
/**
 * Marks the ACTIVE model versions among `models` as freed by this
 * repository's retention. A mark that cannot be written is a warning: the
 * undeploy still happens in this run, it only loses its crash safety.
 */
async function markFreed(deps, models, repository) {
    const marked = [];
    for (const ref of models) {
        try {
            const { status, arn } = await deps.afd.getModelVersion(ref);
            if (status !== 'ACTIVE' || !arn)
                continue;
            await deps.afd.tagResource(arn, [{ key: MARK, value: repository }]);
            marked.push({ ref, arn });
        }
        catch (err) {
            if (!(err instanceof domain_errors/* AfdError */.Ge))
                throw err;
            deps.log.warning(`Could not mark model ${ref.modelId} ${ref.modelVersionNumber} as freed by keep-inactive-versions (${err.message}); a re-run after a crash would not undeploy it.`);
        }
    }
    return marked;
}
/** Removes the marks once the undeploy of each is decided; a failed removal is retried next time. */
async function clearMarks(deps, marked) {
    for (const m of marked) {
        try {
            await deps.afd.untagResource(m.arn, [MARK]);
        }
        catch (err) {
            if (!(err instanceof domain_errors/* AfdError */.Ge))
                throw err;
            deps.log.warning(`Could not remove the tag ${MARK} from model ${m.ref.modelId} ${m.ref.modelVersionNumber}: ${err.message}`);
        }
    }
}
/** The model versions of `lists`, each once (first occurrence kept). */
function freed_models_uniqueModels(...lists) {
    const seen = new Map();
    for (const m of lists.flat())
        if (!seen.has(modelKey(m)))
            seen.set(modelKey(m), m);
    return [...seen.values()];
}
function refOf(m) {
    return { modelId: m.modelId, modelType: m.modelType, modelVersionNumber: m.modelVersionNumber };
}

;// CONCATENATED MODULE: ./src/detector/hygiene.ts





/**
 * Undeploys the model versions that the replaced detector version used and the
 * new one does not, but only those no detector version of the account
 * references any more: AFD refuses to undeploy a model version that any
 * detector version (ACTIVE, INACTIVE or DRAFT) uses. A version still held is
 * kept, and the returned note says which detector versions hold it.
 */
async function undeployReplacedModels(deps, replaced, current) {
    const { afd, log } = deps;
    const keep = new Set(current.map(modelKey));
    const candidates = replaced.filter((m) => !keep.has(modelKey(m)));
    const outcome = { undeployed: [], kept: [], failed: [] };
    if (!candidates.length)
        return outcome;
    const holders = await findModelHolders(afd, candidates);
    for (const m of candidates) {
        const heldBy = holders.get(modelKey(m)) ?? [];
        if (heldBy.length) {
            // Not a failure: the replaced version is the rollback target, and it is
            // the usual holder. The user decides whether to delete it.
            const note = `Kept model ${m.modelId} ${m.modelVersionNumber} deployed (undeploy-replaced-model): detector versions ${heldBy.map(describeHolder).join(', ')} use it, ` +
                'and AFD undeploys only a model version that no detector version uses. Delete those detector versions (INACTIVE or DRAFT) once you no longer need them for a rollback, then undeploy it.';
            log.info(note);
            outcome.kept.push(note);
            continue;
        }
        // The promotion has already happened: a clean-up that AFD refuses (or
        // that fails on the way) is a warning with the remedy, never a failed run.
        try {
            const { status } = await afd.getModelVersion(m);
            if (status !== 'ACTIVE')
                continue;
            await afd.updateModelVersionStatus(m, 'INACTIVE');
        }
        catch (err) {
            if (!(err instanceof domain_errors/* AfdError */.Ge))
                throw err;
            log.warning(`Could not undeploy model ${m.modelId} ${m.modelVersionNumber} (undeploy-replaced-model): ${err.message} ` +
                'The promotion stands; undeploy the version in the AFD console once no detector version uses it.');
            outcome.failed.push(m);
            continue;
        }
        log.info(`Undeploying model ${m.modelId} ${m.modelVersionNumber}: no detector version uses it any more.`);
        outcome.undeployed.push(m);
    }
    return outcome;
}
/**
 * Deletes DRAFT versions of this detector that this action created for pull
 * requests of this repository that are closed now (merged or abandoned). A
 * draft without this repository's provenance tags is never touched, and
 * neither is one whose PR state GitHub cannot tell.
 */
async function deleteStaleDrafts(deps, detectorId, summaries, opts) {
    const { afd, log } = deps;
    const drafts = summaries.filter((s) => s.status === 'DRAFT' && !opts.keep.has(s.detectorVersionId));
    let arnTemplate = opts.knownArn;
    const deleted = [];
    for (const draft of drafts) {
        arnTemplate ??= (await afd.getDetectorVersion(detectorId, draft.detectorVersionId)).arn;
        if (!arnTemplate)
            return deleted;
        const tags = await afd.listTags(siblingArn(arnTemplate, draft.detectorVersionId));
        if (tagValue(tags, provenance/* PROVENANCE_TAG_KEYS */.yj.repository) !== opts.repository)
            continue;
        const pr = Number(tagValue(tags, provenance/* PROVENANCE_TAG_KEYS */.yj.pr));
        if (!Number.isInteger(pr) || pr <= 0)
            continue;
        if ((await opts.isPullOpen(pr)) !== false)
            continue;
        try {
            await afd.deleteDetectorVersion(detectorId, draft.detectorVersionId);
        }
        catch (err) {
            // A clean-up must not stop the run it clears room for; the quota check
            // that follows says whether the room is needed.
            if (!(err instanceof domain_errors/* AfdError */.Ge))
                throw err;
            log.warning(`Could not delete stale draft ${draft.detectorVersionId} of closed PR #${pr} (delete-stale-drafts): ${err.message}`);
            continue;
        }
        log.info(`Deleted stale draft ${draft.detectorVersionId} of closed PR #${pr}.`);
        deleted.push(draft.detectorVersionId);
    }
    return deleted;
}

;// CONCATENATED MODULE: ./src/detector/retention-policy.ts
// keep-inactive-versions: which detector versions retention deletes. Pure, so
// the rule that decides what is irreversibly deleted is pinned by unit tests.

/** The version ids to delete, highest first: own INACTIVE versions beyond the newest `keep` by id. */
function selectForDeletion(facts) {
    const candidates = [...new Set(facts.ownInactive)]
        .filter((id) => id !== facts.activeId)
        .sort((a, b) => compareWholeVersions(b, a));
    const kept = new Set();
    if (facts.replacedId !== undefined)
        kept.add(facts.replacedId);
    for (const id of candidates) {
        if (kept.size >= facts.keep)
            break;
        kept.add(id);
    }
    return candidates.filter((id) => !kept.has(id));
}

;// CONCATENATED MODULE: ./src/detector/retention.ts








/** Tag reads in flight at once: one per INACTIVE version. */
const retention_READ_CONCURRENCY = 4;
/** The INACTIVE versions of `summaries` that carry this repository's provenance tag. */
async function ownInactive(afd, summaries, arnTemplate, repository) {
    const inactive = summaries.filter((s) => s.status === 'INACTIVE');
    const tagged = await (0,concurrency/* mapLimit */.s)(inactive, retention_READ_CONCURRENCY, async (s) => {
        const tags = await afd.listTags(siblingArn(arnTemplate, s.detectorVersionId));
        return tagValue(tags, provenance/* PROVENANCE_TAG_KEYS */.yj.repository) === repository
            ? s.detectorVersionId
            : undefined;
    });
    return tagged.filter((id) => id !== undefined);
}
/**
 * Plan mode: what retention would delete if the plan were applied, when
 * `afterPromotion.activeId` becomes ACTIVE and replaces `afterPromotion.replacedId`.
 */
async function previewRetention(afd, input, summaries, afterPromotion, arnTemplate) {
    if (!arnTemplate)
        return [];
    const own = await ownInactive(afd, summaries, arnTemplate, input.repository);
    return selectForDeletion({ ownInactive: own, keep: input.keep, ...afterPromotion });
}
/** Runs retention against the detector as it is now (after a verified promotion). */
async function applyRetention(deps, input) {
    const { afd, log } = deps;
    const { detectorId } = input;
    const outcome = { deleted: [], draftsDeleted: [], undeployed: [] };
    const summaries = await afd.listDetectorVersions(detectorId);
    const activeId = summaries.find((s) => s.status === 'ACTIVE')?.detectorVersionId;
    if (!activeId)
        return outcome;
    const active = await afd.getDetectorVersion(detectorId, activeId);
    if (!active.arn)
        return outcome;
    // The replaced version is read from the ACTIVE version's own tag, so a
    // re-run that promoted nothing itself still never deletes it.
    const replacedTag = tagValue(await afd.listTags(active.arn), provenance/* PROVENANCE_TAG_KEYS */.yj.replacedVersion);
    const replacedId = replacedTag && replacedTag !== provenance/* NO_REPLACED_VERSION */.Mj ? replacedTag : undefined;
    const own = await ownInactive(afd, summaries, active.arn, input.repository);
    const doomed = selectForDeletion({
        ownInactive: own,
        activeId,
        keep: input.keep,
        ...(replacedId ? { replacedId } : {}),
    });
    // Marked before anything is deleted: what a crash after a deletion must not forget.
    const pending = await findMarked(afd, input.repository);
    const doomedVersions = await readDoomed(deps, detectorId, doomed);
    const inUse = new Set(active.modelVersions.map(modelKey));
    const marked = await markFreed(deps, freed_models_uniqueModels(...doomedVersions.map((v) => v.modelVersions)).filter((m) => !inUse.has(modelKey(m)) && !pending.some((p) => modelKey(p.ref) === modelKey(m))), input.repository);
    const freed = [];
    for (const version of doomedVersions) {
        const id = version.detectorVersionId;
        try {
            await afd.deleteDetectorVersion(detectorId, id);
            freed.push(...version.modelVersions);
        }
        catch (err) {
            if (!(err instanceof domain_errors/* AfdError */.Ge))
                throw err;
            log.warning(`Could not delete INACTIVE version ${id} (keep-inactive-versions): ${err.message}`);
            continue;
        }
        log.info(`Deleted INACTIVE version ${id} of detector ${detectorId}: keep-inactive-versions is ${input.keep}.`);
        outcome.deleted.push(id);
    }
    const { mergedPullNumber: merged, isPullOpen } = input;
    if (merged !== undefined || isPullOpen) {
        outcome.draftsDeleted = await deleteStaleDrafts(deps, detectorId, summaries, {
            repository: input.repository,
            keep: new Set(),
            knownArn: active.arn,
            // The merged PR is closed; its draft was promoted (no longer a DRAFT) when it was reused.
            isPullOpen: knowingMergedClosed(merged, isPullOpen),
        });
    }
    // Model versions only the deleted versions used (in this run, or in an
    // interrupted earlier one): undeploy once nothing else holds them.
    const undeploy = await undeployReplacedModels(deps, freed_models_uniqueModels(freed, pending.map((p) => p.ref)), active.modelVersions);
    outcome.undeployed = undeploy.undeployed;
    // A model version another detector version still uses stays deployed (AFD refuses otherwise): say which.
    for (const note of undeploy.kept)
        deps.log.warning(note);
    // Decided, whether undeployed or kept; a refused undeploy keeps its mark and is tried again next time.
    const retry = new Set(undeploy.failed.map(modelKey));
    await clearMarks(deps, [...pending, ...marked].filter((m) => !retry.has(modelKey(m.ref))));
    return outcome;
}
/**
 * After a merge that promoted nothing (the merged change was already ACTIVE,
 * or promote is off), retention did not run, yet the merged pull request's
 * draft is stale unless this run reused it: delete it, and the drafts of
 * other closed pull requests, when keep-inactive-versions or
 * delete-stale-drafts asks for clean-ups.
 */
async function cleanUpAfterMerge(deps, input, report) {
    const { request, pullNumber: merged, isPullOpen } = input;
    const wanted = request.keepInactiveVersions !== undefined || request.deleteStaleDrafts === true;
    if (report.mode !== 'apply' || !input.pullMerged || merged === undefined || !wanted)
        return;
    if (report.retention)
        return; // Retention ran after the promotion and cleaned the drafts.
    const summaries = await deps.afd.listDetectorVersions(request.detectorId);
    const deleted = await deleteStaleDrafts(deps, request.detectorId, summaries, {
        repository: input.repository,
        // The version this run reused or created is the applied one, never stale.
        keep: new Set(report.detectorVersionId ? [report.detectorVersionId] : []),
        isPullOpen: knowingMergedClosed(merged, isPullOpen),
    });
    if (deleted.length)
        report.notes.push(`Deleted the drafts of closed pull requests: versions ${deleted.join(', ')}.`);
}
/** Whether a pull request is open (undefined: unknown), the one just merged being closed. */
function knowingMergedClosed(merged, isPullOpen) {
    return (n) => n === merged ? Promise.resolve(false) : (isPullOpen?.(n) ?? Promise.resolve(undefined));
}
/** The versions to delete, read for their model versions; one that cannot be read is a warning. */
async function readDoomed({ afd, log }, detectorId, ids) {
    const versions = [];
    for (const id of ids) {
        try {
            versions.push(await afd.getDetectorVersion(detectorId, id));
        }
        catch (err) {
            if (!(err instanceof domain_errors/* AfdError */.Ge))
                throw err;
            log.warning(`Could not delete INACTIVE version ${id} (keep-inactive-versions): ${err.message}`);
        }
    }
    return versions;
}
/** After a verified promotion or rollback: retention when keep-inactive-versions is set. */
async function retainAfterPromotion(deps, input, report) {
    const keep = input.request.keepInactiveVersions;
    if (keep === undefined)
        return;
    const log = {
        info: (m) => deps.log.info(m),
        // A refused clean-up is a warning in the log and a line in the summary.
        warning: (m) => {
            deps.log.warning(m);
            report.notes.push(m);
        },
    };
    const isPullOpen = input.isPullOpen;
    const outcome = await applyRetention({ afd: deps.afd, log }, {
        detectorId: input.request.detectorId,
        repository: input.repository,
        keep,
        ...(input.pullMerged && input.pullNumber !== undefined
            ? { mergedPullNumber: input.pullNumber }
            : {}),
        ...(isPullOpen ? { isPullOpen } : {}),
    });
    report.retention = {
        deleted: outcome.deleted,
        draftsDeleted: outcome.draftsDeleted,
        undeployed: outcome.undeployed.map((m) => `${m.modelId} ${m.modelVersionNumber}`),
    };
}

;// CONCATENATED MODULE: ./src/detector/rollback-target.ts


/**
 * `previous`: the version the ACTIVE one replaced when the action promoted it
 * (its fdp:replaced-version tag), when that version still exists and is
 * INACTIVE; otherwise the most recently updated INACTIVE version (ties: the
 * higher version id). Undefined when the detector has no INACTIVE version.
 */
function pickPreviousVersion(summaries, active) {
    const inactive = summaries.filter((s) => s.status === 'INACTIVE');
    const tagged = active?.replacedTag;
    if (tagged && tagged !== provenance/* NO_REPLACED_VERSION */.Mj) {
        if (inactive.some((s) => s.detectorVersionId === tagged))
            return {
                detectorVersionId: tagged,
                why: `the ACTIVE version ${active.detectorVersionId} replaced version ${tagged} when this action promoted it (tag fdp:replaced-version)`,
            };
    }
    const newest = [...inactive].sort((a, b) => timeOf(b.lastUpdatedTime) - timeOf(a.lastUpdatedTime) ||
        compareWholeVersions(b.detectorVersionId, a.detectorVersionId))[0];
    if (!newest)
        return undefined;
    const reason = tagged && tagged !== provenance/* NO_REPLACED_VERSION */.Mj
        ? `version ${tagged}, which the ACTIVE version replaced, is no longer INACTIVE or no longer exists`
        : `the ACTIVE version has no fdp:replaced-version tag (it was not promoted by this action)`;
    return {
        detectorVersionId: newest.detectorVersionId,
        why: `${reason}, so the most recently updated INACTIVE version is the target`,
    };
}
function timeOf(iso) {
    const t = iso ? Date.parse(iso) : NaN;
    return Number.isNaN(t) ? 0 : t;
}
/**
 * The detector fields a rollback does not use, by input name. A rollback
 * re-activates a version exactly as it is, so rules, models and the rest of a
 * config file that a dispatch workflow shares with the release workflow are
 * ignored (with a warning), not refused: refusing would force a second config
 * file just to roll back.
 */
function ignoredByRollback(request) {
    const ignored = [];
    if (request.rules)
        ignored.push('rules');
    if (request.ruleExecutionMode)
        ignored.push('rule-execution-mode');
    if (request.modelVersions)
        ignored.push('model-versions');
    if (request.externalModelEndpoints)
        ignored.push('external-model-endpoints');
    if (request.description !== undefined)
        ignored.push('description');
    if (request.base.kind !== 'active')
        ignored.push('base-version');
    if (request.promote)
        ignored.push('promote');
    return ignored;
}

;// CONCATENATED MODULE: ./src/detector/rollback.ts









async function runRollback(deps, wait, input, report) {
    const { afd, log } = deps;
    const { request } = input;
    const detectorId = request.detectorId;
    const ignored = ignoredByRollback(request);
    if (ignored.length) {
        const note = `rollback-to re-activates an existing version exactly as it is, so ${ignored.join(', ')} ${ignored.length === 1 ? 'is' : 'are'} ignored in this run.`;
        log.warning(note);
        report.notes.push(note);
    }
    const summaries = await afd.listDetectorVersions(detectorId);
    const activeId = summaries.find((s) => s.status === 'ACTIVE')?.detectorVersionId;
    const active = activeId ? await afd.getDetectorVersion(detectorId, activeId) : undefined;
    const activeTags = active?.arn ? await afd.listTags(active.arn) : [];
    const pick = chooseTarget(input, summaries, active, activeTags);
    log.info(`Rollback of detector ${detectorId} to version ${pick.detectorVersionId}: ${pick.why}.`);
    const target = pick.detectorVersionId === active?.detectorVersionId
        ? active
        : await afd.getDetectorVersion(detectorId, pick.detectorVersionId);
    // A re-run after this run's own rollback diffs against what it replaced, as
    // the first attempt did, so it reports the same plan and outputs.
    const base = (await replacedByThisRun(deps, input, target, activeTags, summaries)) ?? active;
    const proposal = asProposal(target);
    const details = await readPlanDetails(afd, detectorId, base, proposal);
    const diff = diffDetectorVersions(base, proposal, details);
    diff.rollback = { targetVersionId: target.detectorVersionId, reason: pick.why };
    report.proposal = proposal;
    report.diff = diff;
    report.fingerprint = planFingerprint(base, proposal);
    if (base)
        report.baseVersionId = base.detectorVersionId;
    report.detectorVersionId = target.detectorVersionId;
    const alreadyActive = target.status === 'ACTIVE';
    if (report.mode === 'plan') {
        report.action = alreadyActive ? 'unchanged' : 'rollback-planned';
        report.status = alreadyActive ? 'ACTIVE' : 'PLANNED';
        if (request.keepInactiveVersions !== undefined && !alreadyActive) {
            const wouldDelete = await previewRetention(afd, { detectorId, repository: input.repository, keep: request.keepInactiveVersions }, summaries, {
                activeId: target.detectorVersionId,
                ...(active ? { replacedId: active.detectorVersionId } : {}),
            }, active?.arn ?? target.arn);
            diff.retention = { keepInactiveVersions: request.keepInactiveVersions, wouldDelete };
        }
        return;
    }
    if (alreadyActive) {
        report.action = 'unchanged';
        report.status = 'ACTIVE';
        log.info(`Version ${target.detectorVersionId} is already ACTIVE: nothing to roll back.`);
    }
    else {
        const deployed = await ensureModelsActive({ afd, clock: wait.clock, log, ...(wait.signal ? { signal: wait.signal } : {}) }, target.modelVersions, wait.deadline);
        for (const m of deployed)
            report.notes.push(`Deployed model ${m.modelId} ${m.modelVersionNumber}: version ${target.detectorVersionId} uses it.`);
        await promote(deps, detectorId, target.detectorVersionId, summaries, report, {
            ...(active ? { base: active } : {}),
            runId: input.runId,
        });
        report.action = 'rolled-back';
    }
    await retainAfterPromotion(deps, input, report);
}
/** When this run already made `target` ACTIVE: the version it replaced then, if it still exists. */
async function replacedByThisRun({ afd }, input, target, activeTags, summaries) {
    if (target.status !== 'ACTIVE')
        return undefined;
    if (tagValue(activeTags, provenance/* PROVENANCE_TAG_KEYS */.yj.promotedByRun) !== input.runId)
        return undefined;
    const replaced = tagValue(activeTags, provenance/* PROVENANCE_TAG_KEYS */.yj.replacedVersion);
    if (!replaced || replaced === provenance/* NO_REPLACED_VERSION */.Mj)
        return undefined;
    if (!summaries.some((s) => s.detectorVersionId === replaced))
        return undefined;
    return afd.getDetectorVersion(input.request.detectorId, replaced);
}
/** The version rollback-to names, and why; an ActionError when there is none to go to. */
function chooseTarget(input, summaries, active, activeTags) {
    const detectorId = input.request.detectorId;
    const wanted = input.request.rollbackTo;
    if (wanted.kind === 'id') {
        const found = summaries.find((s) => s.detectorVersionId === wanted.id);
        if (!found) {
            const ids = summaries.map((s) => `${s.detectorVersionId} (${s.status})`).join(', ');
            throw new domain_errors/* ActionError */.lZ(`Cannot roll back detector ${detectorId} to version ${wanted.id}: it has no such version. Its versions: ${ids || 'none'}.`);
        }
        if (found.status === 'DRAFT')
            throw new domain_errors/* ActionError */.lZ(`Cannot roll back detector ${detectorId} to version ${wanted.id}: it is a DRAFT, never served. rollback-to re-activates a version that was ACTIVE before (INACTIVE now).`, ['To put a draft into service, apply it with promote: true instead.']);
        return { detectorVersionId: wanted.id, why: 'rollback-to names it' };
    }
    // An earlier attempt of this run promoted the ACTIVE version: the rollback is done.
    if (active && tagValue(activeTags, provenance/* PROVENANCE_TAG_KEYS */.yj.promotedByRun) === input.runId)
        return {
            detectorVersionId: active.detectorVersionId,
            why: 'an earlier attempt of this run already made it ACTIVE',
        };
    const replacedTag = tagValue(activeTags, provenance/* PROVENANCE_TAG_KEYS */.yj.replacedVersion);
    const pick = pickPreviousVersion(summaries, active
        ? { detectorVersionId: active.detectorVersionId, ...(replacedTag ? { replacedTag } : {}) }
        : undefined);
    if (!pick)
        throw new domain_errors/* ActionError */.lZ(`Cannot roll back detector ${detectorId} to the previous version: it has no INACTIVE version.`, ['Name a version with rollback-to: <version id>.']);
    return pick;
}
/** An existing version as a proposal, so the planner's diff and fingerprint apply unchanged. */
function asProposal(v) {
    return {
        detectorId: v.detectorId,
        rules: v.rules,
        ruleExecutionMode: v.ruleExecutionMode,
        modelVersions: v.modelVersions,
        externalModelEndpoints: v.externalModelEndpoints,
        ...(v.description !== undefined ? { description: v.description } : {}),
        descriptionSource: v.description !== undefined ? 'base' : 'none',
    };
}

// EXTERNAL MODULE: ./src/impact/wants-impact.ts
var wants_impact = __webpack_require__(8472);
;// CONCATENATED MODULE: ./src/detector/impact-check.ts

async function checkImpact(deps, input, report) {
    if (!(0,wants_impact/* wantsImpact */.a)(input))
        return;
    // Loaded only now: a plan without tests, backtest or model swap never
    // evaluates a rule, and start-up time counts (docs/performance.md).
    const [{ impactFailure, runImpact }, { backtestPlanJson, impactLog, testsPlanJson }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(856), __webpack_require__.e(70), __webpack_require__.e(936), __webpack_require__.e(470)]).then(__webpack_require__.bind(__webpack_require__, 7470)), Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3950))]);
    const impact = await runImpact(deps, input);
    report.impact = impact;
    if (report.diff) {
        if (impact.tests)
            report.diff.tests = testsPlanJson(impact.tests);
        if (impact.backtest || impact.operatingPoint.length || impact.partialLists.length)
            report.diff.backtest = backtestPlanJson(impact.backtest, impact.operatingPoint, impact.partialLists);
    }
    for (const line of impactLog(impact))
        deps.log.info(line);
    const failure = impactFailure(impact);
    if (failure)
        throw failure;
}

;// CONCATENATED MODULE: ./src/detector/reviewed-plan-error.ts
// The error of require-reviewed-plan when the plan to apply is not the one
// reviewed: raised by the detector flow after planning, before any write.

/** `require-reviewed-plan: true` and the plan changed since it was reviewed. */
function reviewedPlanDiffers(pullNumber, reviewed, applied) {
    return new domain_errors/* ActionError */.lZ(`require-reviewed-plan is true, but the plan differs from the one reviewed on PR #${pullNumber} (reviewed ${reviewed}, now ${applied}). Nothing was written to AFD.`, [
        'AFD changed since the review (another version was promoted, a rule or model changed), or the merge changed the inputs. Open a pull request to review the plan as it is now.',
    ]);
}

;// CONCATENATED MODULE: ./src/detector/run-detector.ts













async function runDetector(deps, input, report) {
    // Clean-up first, so a detector at its draft quota gets room; never in plan mode.
    const isPullOpen = input.isPullOpen;
    if (report.mode !== 'plan' && input.request.deleteStaleDrafts && isPullOpen) {
        const detectorId = input.request.detectorId;
        const summaries = await deps.afd.listDetectorVersions(detectorId);
        const deleted = await deleteStaleDrafts(deps, detectorId, summaries, {
            repository: input.repository,
            keep: new Set(),
            // The PR this run is for (or just merged) keeps its draft: it may be reused.
            isPullOpen: (n) => (n === input.pullNumber ? Promise.resolve(true) : isPullOpen(n)),
        });
        if (deleted.length) {
            report.notes.push(`Deleted stale drafts of closed pull requests: ${deleted.join(', ')}.`);
        }
    }
    await planAndWrite(deps, input, report);
    await cleanUpAfterMerge(deps, input, report);
}
async function planAndWrite(deps, input, report) {
    const { afd, log } = deps;
    const { request } = input;
    const detectorId = request.detectorId;
    // 1. The base version and the proposal.
    const summaries = await afd.listDetectorVersions(detectorId);
    const { earlier, base } = await readPlanBase(afd, summaries, input, report.mode);
    if (base)
        report.baseVersionId = base.detectorVersionId;
    // Rules as code: resolved to versions with reads only (GetRules, GetOutcomes).
    const asCode = await resolveRequestRules(afd, request, base?.rules);
    let proposal = buildProposal(base, request, input.retrained, {
        ...(input.defaultDescription ? { defaultDescription: input.defaultDescription } : {}),
        ...(asCode ? { resolvedRules: asCode.resolution.rules } : {}),
    });
    // Variables, lists, outcomes and types, against AFD's catalog: reads only, before any write.
    if (asCode)
        await checkRulesAsCode(afd, request, modelIdsOf(proposal), log);
    report.proposal = proposal;
    log.info(base
        ? `Planning detector ${detectorId} against version ${base.detectorVersionId} (${base.status})`
        : `Planning detector ${detectorId}: it has no ${request.base.kind === 'active' ? 'ACTIVE ' : ''}version yet`);
    // 2. Read only what the diff and the checks need: changed rules, and the models of both sides.
    const details = await readPlanDetails(afd, detectorId, base, proposal);
    // Rule versions this run will create count as existing, and the diff shows their expressions.
    if (asCode)
        details.rules.push(...asCode.resolution.planned);
    const { rules, modelMetrics } = details;
    const diff = diffDetectorVersions(base, proposal, {
        rules,
        modelMetrics,
        ...(asCode ? { ruleResolution: asCode.resolution } : {}),
    });
    report.diff = diff;
    report.fingerprint = planFingerprint(base, proposal, '', asCode?.resolution.contents, asCode ? (request.outcomes ?? []) : []);
    // 3. Check before any write.
    const draftCount = summaries.filter((s) => s.status === 'DRAFT').length;
    // What this run would write to, found before the checks: reusing or updating
    // an existing version creates nothing, so it needs no room under the draft quota.
    let ownDraft;
    let reuse;
    if (diff.changed && report.mode === 'draft') {
        if (input.pullNumber === undefined) {
            throw new domain_errors/* ActionError */.lZ('mode draft keeps one DRAFT per pull request, but this run is not for a pull request.');
        }
        ownDraft = await findOwnDraft(afd, detectorId, summaries, input, base?.arn);
    }
    if (diff.changed && report.mode === 'apply') {
        reuse =
            earlier?.summary ??
                (input.pullNumber !== undefined
                    ? await findReviewedDraft(afd, detectorId, summaries, input, proposal, base?.arn)
                    : undefined);
    }
    report.problems = [
        ...(asCode?.resolution.problems ?? []),
        ...(diff.changed
            ? proposalProblems(proposal, base, details, draftCount, report.mode === 'plan' ||
                (report.mode === 'draft' && !ownDraft) ||
                (report.mode === 'apply' && !reuse))
            : []),
    ];
    if (report.problems.length)
        throw problemsError(detectorId, report.problems);
    // Rules as code write outcomes and descriptions even when the detector
    // version itself does not change: those writes need a reviewed plan too.
    const rulesAsCodeWrites = asCode !== undefined &&
        (asCode.resolution.outcomesToCreate.length > 0 ||
            asCode.resolution.metadata.length > 0 ||
            asCode.resolution.creates.length > 0);
    const writes = diff.changed ||
        rulesAsCodeWrites ||
        (report.mode === 'apply' && request.promote && base !== undefined && base.status !== 'ACTIVE');
    if (input.reviewed && writes && input.reviewed.fingerprint !== report.fingerprint) {
        throw reviewedPlanDiffers(input.reviewed.pullNumber, input.reviewed.fingerprint, report.fingerprint);
    }
    // Rule tests, backtest, operating point: reads only, so before the first write in every mode.
    await checkImpact(deps, { detectorId, request, base, proposal, known: details.rules, modelMetrics }, report);
    // 4. Rules as code first (outcomes, rule versions, descriptions), in every writing mode.
    if (asCode && report.mode !== 'plan') {
        const actual = await writeRulesAsCode(deps, detectorId, asCode.resolution, input.tags);
        proposal = { ...proposal, rules: withActualVersions(proposal.rules, actual) };
        report.proposal = proposal;
    }
    if (!diff.changed) {
        report.action = 'unchanged';
        report.detectorVersionId = base?.detectorVersionId;
        report.status = base?.status;
        log.info(`Detector ${detectorId}: no changes against version ${base?.detectorVersionId ?? '(none)'}; nothing to create.`);
        if (report.mode === 'apply' && request.promote && base && base.status !== 'ACTIVE') {
            await promote(deps, detectorId, base.detectorVersionId, summaries, report, {
                allowBaseChange: request.allowBaseChange === true,
                runId: input.runId,
            });
            await retainAfterPromotion(deps, input, report);
        }
        return;
    }
    const content = toContent(proposal);
    const nextId = String(Number(maxBy(summaries.map((s) => s.detectorVersionId), compareWholeVersions) ?? '0') + 1);
    // Created once, whatever the mode, with the base it was planned against in its tags.
    const create = () => createOnce(deps, detectorId, content, tagsForCreate(input, base), input);
    const write = { deps, input, report, detectorId, base, proposal, content, create };
    switch (report.mode) {
        case 'plan':
            report.action = 'planned';
            report.detectorVersionId = nextId;
            report.status = 'PLANNED';
            if (request.promote && request.keepInactiveVersions !== undefined)
                diff.retention = {
                    keepInactiveVersions: request.keepInactiveVersions,
                    wouldDelete: await previewRetention(afd, { detectorId, repository: input.repository, keep: request.keepInactiveVersions }, summaries, { activeId: nextId, ...activeAsReplaced(summaries) }, base?.arn),
                };
            return;
        case 'draft':
            return writeDraft(write, ownDraft);
        case 'apply':
            return writeApply(write, reuse, earlier !== undefined, summaries);
    }
}
/** mode draft: the pull request's one DRAFT, created or brought up to date; never activated. */
async function writeDraft(w, own) {
    const { deps, input, report, detectorId, proposal, content } = w;
    const { afd, log } = deps;
    const pr = String(input.pullNumber);
    if (own) {
        const current = await afd.getDetectorVersion(detectorId, own.detectorVersionId);
        if (sameContent(current, proposal)) {
            report.action = 'reused';
            log.info(`Draft ${own.detectorVersionId} of PR #${pr} is already up to date.`);
        }
        else {
            await afd.updateDetectorVersion(detectorId, own.detectorVersionId, content);
            if (current.arn)
                await afd.tagResource(current.arn, refreshedProvenance(input.tags));
            report.action = 'updated';
            log.info(`Updated draft ${own.detectorVersionId} of PR #${pr}.`);
        }
        report.detectorVersionId = own.detectorVersionId;
    }
    else {
        const created = await w.create();
        report.action = 'created';
        report.detectorVersionId = created.detectorVersionId;
        log.info(`Created draft ${created.detectorVersionId} for PR #${pr}.`);
    }
    report.status = 'DRAFT';
    if (input.request.verifyRemote) {
        const draft = { detectorId, detectorVersionId: report.detectorVersionId, content };
        // Loaded only when asked for (the evaluator and re2js): start-up time counts.
        const { verifyDraft } = await Promise.all(/* import() */[__webpack_require__.e(856), __webpack_require__.e(936), __webpack_require__.e(291)]).then(__webpack_require__.bind(__webpack_require__, 2291));
        await verifyDraft(deps, { ...draft, tests: input.request.tests ?? [] }, report);
    }
}
/** mode apply: create (or reuse the reviewed or earlier version), then promote if asked. */
async function writeApply(w, reuse, byEarlierAttempt, summaries) {
    const { deps, input, report, detectorId, base } = w;
    const { request } = input;
    const { log } = deps;
    if (reuse) {
        report.action = 'reused';
        report.detectorVersionId = reuse.detectorVersionId;
        report.status = reuse.status;
        log.info(byEarlierAttempt
            ? `Version ${reuse.detectorVersionId} was already created by an earlier attempt of this run; reusing it.`
            : `Reusing the reviewed draft ${reuse.detectorVersionId} of PR #${input.pullNumber}: it equals the proposal.`);
    }
    else {
        const created = await w.create();
        report.action = 'created';
        report.detectorVersionId = created.detectorVersionId;
        report.status = created.status;
        log.info(`Created detector ${detectorId} version ${created.detectorVersionId} (${created.status}).`);
    }
    if (!request.promote)
        return;
    if (report.status === 'ACTIVE') {
        // An earlier attempt of this run promoted it and may have died before its
        // clean-up: retention is idempotent, so it runs again and finishes the job.
        if (byEarlierAttempt)
            await retainAfterPromotion(deps, input, report);
        return;
    }
    await promote(deps, detectorId, report.detectorVersionId, summaries, report, {
        ...(base ? { base } : {}),
        allowBaseChange: request.allowBaseChange === true,
        runId: input.runId,
    });
    if (request.undeployReplacedModel && report.previousActiveId)
        await undeployReplaced(w, report.previousActiveId);
    await retainAfterPromotion(deps, input, report);
}
/** undeploy-replaced-model, after a promotion: best effort, its warnings go into the summary too. */
async function undeployReplaced(w, previous) {
    const { deps, report, detectorId, base, proposal } = w;
    const replaced = base?.detectorVersionId === previous
        ? base
        : await deps.afd.getDetectorVersion(detectorId, previous);
    const log = {
        info: (m) => deps.log.info(m),
        warning: (m) => {
            deps.log.warning(m);
            report.notes.push(m);
        },
    };
    const { undeployed, kept } = await undeployReplacedModels({ afd: deps.afd, log }, replaced.modelVersions, proposal.modelVersions);
    report.notes.push(...kept);
    for (const m of undeployed) {
        report.notes.push(`Undeployed model ${m.modelId} ${m.modelVersionNumber}: only the replaced version ${previous} used it.`);
    }
}
function toContent(p) {
    return {
        rules: p.rules,
        modelVersions: p.modelVersions,
        externalModelEndpoints: p.externalModelEndpoints,
        ruleExecutionMode: p.ruleExecutionMode,
        ...(p.description ? { description: p.description } : {}),
    };
}
/** On a draft update, the commit and run tags move to the latest push. */
function refreshedProvenance(tags) {
    const moving = new Set([
        provenance/* PROVENANCE_TAG_KEYS */.yj.commit,
        provenance/* PROVENANCE_TAG_KEYS */.yj.runId,
        provenance/* PROVENANCE_TAG_KEYS */.yj.runAttempt,
    ]);
    return tags.filter((t) => moving.has(t.key));
}
/** The ACTIVE version, as the one a promotion would replace. */
function activeAsReplaced(summaries) {
    const active = summaries.find((s) => s.status === 'ACTIVE');
    return active ? { replacedId: active.detectorVersionId } : {};
}

// EXTERNAL MODULE: ./src/github/event.ts
var github_event = __webpack_require__(5015);
;// CONCATENATED MODULE: ./src/report/rule-writes.ts

/** ruleId → the predicted number of the version the apply creates for it. */
function newRuleVersions(diff) {
    return new Map((diff.ruleVersions?.create ?? []).map((c) => [c.ruleId, c.predictedVersion]));
}
/** Whether the plan writes anything besides the detector version. */
function hasRuleWrites(diff) {
    return ((diff.ruleVersions?.create.length ?? 0) +
        (diff.ruleVersions?.metadata.length ?? 0) +
        (diff.outcomes?.create.length ?? 0) >
        0);
}
function ruleWritesSection(diff) {
    if (!hasRuleWrites(diff))
        return [];
    const show = (d) => (d === null ? '_(none)_' : (0,markdown/* escapeMarkdown */.FV)(d));
    const lines = [
        ...(diff.outcomes?.create ?? []).map((o) => `- ➕ outcome ${(0,markdown/* inlineCode */.ti)(o.name)} (PutOutcome)${o.description ? `: ${(0,markdown/* escapeMarkdown */.FV)(o.description)}` : ''}`),
        ...(diff.ruleVersions?.create ?? []).map((c) => `- 🆕 rule ${(0,markdown/* inlineCode */.ti)(c.ruleId)}: new version ${(0,markdown/* escapeMarkdown */.FV)(c.predictedVersion)} ` +
            (c.operation === 'CreateRule'
                ? '(CreateRule, a new rule)'
                : `(UpdateRuleVersion from version ${(0,markdown/* escapeMarkdown */.FV)(c.fromVersion ?? '?')})`) +
            ` · outcomes ${c.outcomes.map((o) => (0,markdown/* inlineCode */.ti)(o)).join(', ')}`),
        ...(diff.ruleVersions?.metadata ?? []).map((m) => `- 📝 rule ${(0,markdown/* inlineCode */.ti)(m.ruleId)} version ${(0,markdown/* escapeMarkdown */.FV)(m.ruleVersion)}: description ${show(m.from)} → ${show(m.to)} (UpdateRuleMetadata)`),
    ];
    return [
        '#### Rules as code: written before the detector version',
        '',
        ...lines,
        '',
        'Version numbers are predicted (AFD assigns them on apply); rule versions are never deleted.',
    ];
}

// EXTERNAL MODULE: ./src/report/comment-marker.ts
var comment_marker = __webpack_require__(7202);
// EXTERNAL MODULE: ./src/report/impact.ts
var impact = __webpack_require__(3950);
;// CONCATENATED MODULE: ./src/domain/metric-format.ts
// One way to print AUC and ASI everywhere: the PR comment, the job summary,
// the quality gates and the log. Three decimals, the precision a reader
// compares models at; more only where a comparison would otherwise read as
// a contradiction ("0.900 < 0.9").
const METRIC_DECIMALS = 3;
const MAX_DECIMALS = 6;
function formatMetric(n) {
    return n.toFixed(METRIC_DECIMALS);
}
/** A difference, always signed: `+0.013`, `−0.020` (a real minus sign). */
function formatMetricDelta(n) {
    return n >= 0 ? `+${formatMetric(n)}` : `−${formatMetric(-n)}`;
}
/**
 * Two values that are compared, with as many decimals (3 to 6) as it takes to
 * tell them apart: `0.8999` beside `0.9000`, never `0.900` beside `0.900`.
 */
function formatMetricPair(a, b) {
    for (let d = METRIC_DECIMALS; d < MAX_DECIMALS; d++) {
        if (a.toFixed(d) !== b.toFixed(d))
            return [a.toFixed(d), b.toFixed(d)];
    }
    return [a.toFixed(MAX_DECIMALS), b.toFixed(MAX_DECIMALS)];
}
/** AFD's uncertainty range of an AUC: `0.905–0.918`. */
function formatMetricRange(lower, upper) {
    return `${formatMetric(lower)}–${formatMetric(upper)}`;
}

;// CONCATENATED MODULE: ./src/report/plan-tables.ts




const SHORT_TYPE = {
    ONLINE_FRAUD_INSIGHTS: 'OFI',
    TRANSACTION_FRAUD_INSIGHTS: 'TFI',
    ACCOUNT_TAKEOVER_INSIGHTS: 'ATI',
};
/** OFI/TFI/ATI; anything else AFD answered, escaped (never a lookup of `constructor` or `__proto__`). */
function shortType(type) {
    return Object.hasOwn(SHORT_TYPE, type) ? SHORT_TYPE[type] : (0,markdown/* markdownId */.xc)(type);
}
/** AUC with its uncertainty range for OFI/TFI, ASI for ATI. */
function metricsText(type, m) {
    if (type === 'ACCOUNT_TAKEOVER_INSIGHTS')
        return m?.asi !== undefined ? `ASI ${formatMetric(m.asi)}` : '—';
    if (m?.auc === undefined)
        return '—';
    const range = m.aucLower !== undefined && m.aucUpper !== undefined
        ? ` (${formatMetricRange(m.aucLower, m.aucUpper)})`
        : '';
    return `AUC ${formatMetric(m.auc)}${range}`;
}
function metricsDelta(type, from, to) {
    if (type === 'ACCOUNT_TAKEOVER_INSIGHTS') {
        return from?.asi !== undefined && to?.asi !== undefined
            ? `, ASI ${formatMetricDelta(to.asi - from.asi)}`
            : '';
    }
    return from?.auc !== undefined && to?.auc !== undefined
        ? `, AUC ${formatMetricDelta(to.auc - from.auc)}`
        : '';
}
/** AFD numbers rule versions 1, 2, 3…: a lower number is an older version. */
const ruleRolledBack = (change) => Number(change.to) < Number(change.from);
function rulesSection(diff, compact) {
    const c = diff.counts;
    if (c.rulesAdded + c.rulesRemoved + c.rulesChanged + c.rulesMoved === 0) {
        const n = diff.proposal.rules.length;
        return [`**Rules:** ${n} rule${n === 1 ? '' : 's'}, unchanged.`];
    }
    const added = new Set(diff.rules.added.map((r) => r.ruleId));
    const changed = new Map(diff.rules.changed.map((r) => [r.ruleId, r]));
    const moved = new Map(diff.rules.moved.map((r) => [r.ruleId, r]));
    const created = newRuleVersions(diff);
    const rows = [];
    let hidden = 0;
    diff.proposal.rules.forEach((rule, i) => {
        const notes = [];
        const change = changed.get(rule.ruleId);
        const move = moved.get(rule.ruleId);
        if (added.has(rule.ruleId))
            notes.push('➕ added');
        if (change)
            notes.push(ruleRolledBack(change)
                ? `⏪ version ${(0,markdown/* markdownId */.xc)(change.from)} → ${(0,markdown/* markdownId */.xc)(change.to)}, rolled back`
                : `🔄 version ${(0,markdown/* markdownId */.xc)(change.from)} → ${(0,markdown/* markdownId */.xc)(change.to)}`);
        if (created.has(rule.ruleId))
            notes.push('🆕 new version');
        if (move)
            notes.push(`↕ moved from position ${move.fromIndex + 1}`);
        if (compact && notes.length === 0) {
            hidden++;
            return;
        }
        const baseVersion = added.has(rule.ruleId) ? '—' : (0,markdown/* markdownId */.xc)(change?.from ?? rule.ruleVersion);
        rows.push([
            String(i + 1),
            (0,markdown/* inlineCode */.ti)(rule.ruleId, true),
            baseVersion,
            (0,markdown/* markdownId */.xc)(rule.ruleVersion),
            notes.join(', '),
        ]);
    });
    for (const r of diff.rules.removed) {
        rows.push([
            '',
            (0,markdown/* inlineCode */.ti)(r.ruleId, true),
            (0,markdown/* markdownId */.xc)(r.ruleVersion),
            '—',
            `➖ removed (was position ${r.index + 1})`,
        ]);
    }
    const order = diff.proposal.ruleExecutionMode === 'FIRST_MATCHED'
        ? 'evaluated in this order; the first match wins'
        : 'all matching rules apply';
    const out = [
        `#### Rules (${order})`,
        '',
        (0,markdown/* table */.tp)(['#', 'Rule', 'Base', 'Proposed', 'Change'], rows),
    ];
    if (hidden > 0) {
        out.push('', `${hidden} unchanged rule${hidden === 1 ? ' is' : 's are'} not shown; the job summary lists every rule.`);
    }
    return out;
}
function modelsSection(diff) {
    const c = diff.counts;
    const current = diff.proposal.modelVersions;
    if (c.modelsAdded + c.modelsRemoved + c.modelsChanged === 0) {
        if (current.length === 0)
            return [];
        const list = current
            .map((m) => `${(0,markdown/* inlineCode */.ti)(m.modelId)} ${(0,markdown/* markdownId */.xc)(m.modelVersionNumber)}`)
            .join(', ');
        return [`**Models:** ${list}, unchanged.`];
    }
    const added = new Map(diff.models.added.map((m) => [m.modelId, m]));
    const changed = new Map(diff.models.changed.map((m) => [m.modelId, m]));
    const rows = current.map((m) => {
        const type = shortType(m.modelType);
        const change = changed.get(m.modelId);
        const add = added.get(m.modelId);
        if (change) {
            return [
                (0,markdown/* inlineCode */.ti)(m.modelId, true),
                type,
                (0,markdown/* markdownId */.xc)(change.from),
                (0,markdown/* markdownId */.xc)(change.to),
                metricsText(m.modelType, change.metricsFrom),
                metricsText(m.modelType, change.metricsTo),
                `${change.direction === 'up' ? '🔄 upgrade' : '⏪ rolled back'}${metricsDelta(m.modelType, change.metricsFrom, change.metricsTo)}`,
            ];
        }
        if (add) {
            return [
                (0,markdown/* inlineCode */.ti)(m.modelId, true),
                type,
                '—',
                (0,markdown/* markdownId */.xc)(m.modelVersionNumber),
                '—',
                metricsText(m.modelType, add.metrics),
                '➕ added',
            ];
        }
        return [
            (0,markdown/* inlineCode */.ti)(m.modelId, true),
            type,
            (0,markdown/* markdownId */.xc)(m.modelVersionNumber),
            (0,markdown/* markdownId */.xc)(m.modelVersionNumber),
            '',
            '',
            '',
        ];
    });
    for (const m of diff.models.removed) {
        const type = shortType(m.modelType);
        rows.push([
            (0,markdown/* inlineCode */.ti)(m.modelId, true),
            type,
            (0,markdown/* markdownId */.xc)(m.modelVersionNumber),
            '—',
            metricsText(m.modelType, m.metrics),
            '—',
            '➖ removed',
        ]);
    }
    return [
        '#### Models',
        '',
        (0,markdown/* table */.tp)(['Model', 'Type', 'Base', 'Proposed', 'Base metrics', 'Proposed metrics', 'Change'], rows),
    ];
}
function endpointsSection(diff) {
    const { added, removed } = diff.externalModelEndpoints;
    if (added.length + removed.length === 0)
        return [];
    return [
        '#### External model endpoints',
        '',
        ...added.map((e) => `- ➕ ${(0,markdown/* inlineCode */.ti)(e)}`),
        ...removed.map((e) => `- ➖ ${(0,markdown/* inlineCode */.ti)(e)}`),
    ];
}
function descriptionSection(diff) {
    if (!diff.description)
        return [];
    const show = (d) => (d === null ? '_(none)_' : (0,markdown/* escapeMarkdown */.FV)(d));
    return [
        '#### Description',
        '',
        `- Base: ${show(diff.description.from)}`,
        `- Proposed: ${show(diff.description.to)}`,
    ];
}
function diffBlock(from, to) {
    const split = (text) => text.split(/\r?\n/);
    const lines = from === undefined && to === undefined
        ? undefined
        : from === undefined
            ? split(to ?? '').map((text) => `+${text}`)
            : to === undefined
                ? split(from).map((text) => `-${text}`)
                : diffLines(from, to).map((l) => `${l.op}${l.text}`);
    return lines ? (0,markdown/* codeFence */.d6)(lines.join('\n'), 'diff') : '_Expression not available._';
}
function expressionsSection(diff) {
    const created = newRuleVersions(diff);
    const isNew = (ruleId) => (created.has(ruleId) ? ' (new version)' : '');
    const blocks = [
        ...diff.rules.changed.map((r) => (0,markdown/* details */.zH)(`${r.ruleId}: version ${r.from} → ${r.to}${ruleRolledBack(r) ? ' (rolled back)' : ''}${isNew(r.ruleId)}`, diffBlock(r.expressionFrom, r.expressionTo))),
        ...diff.rules.added.map((r) => (0,markdown/* details */.zH)(`${r.ruleId}: version ${r.ruleVersion} (added)${isNew(r.ruleId)}`, diffBlock(undefined, r.expression))),
        ...diff.rules.removed.map((r) => (0,markdown/* details */.zH)(`${r.ruleId}: version ${r.ruleVersion} (removed)`, diffBlock(r.expression, undefined))),
    ];
    return blocks.length === 0 ? [] : ['#### Rule expressions', '', blocks.join('\n\n')];
}

;// CONCATENATED MODULE: ./src/report/detector-comment.ts





/** GitHub refuses comments over 65,536 characters; this leaves room for edits. */
const COMMENT_LIMIT = 60_000;
/**
 * GitHub drops a step summary over 1 MiB entirely; this leaves ~48 KiB for the
 * other sections (retrain, errors) written to the same step summary.
 */
const SUMMARY_LIMIT_BYTES = 1_000_000;
/**
 * Only what changes: `Rules +2 ~1 -0 · model payments_model 1.02 → 1.03`, plus
 * `mode A → B` and `description` when those change.
 */
function detectorHeadline(diff, generatedDescription = false) {
    if (!diff.changed)
        return 'No changes';
    const c = diff.counts;
    const parts = [];
    if (c.rulesAdded + c.rulesChanged + c.rulesRemoved + c.rulesMoved > 0)
        parts.push(`Rules +${c.rulesAdded} ~${c.rulesChanged} -${c.rulesRemoved}${c.rulesMoved > 0 ? ` ↕${c.rulesMoved}` : ''}`);
    const models = [
        ...diff.models.changed.map((m) => `model ${(0,markdown/* markdownId */.xc)(m.modelId)} ${(0,markdown/* markdownId */.xc)(m.from)} → ${(0,markdown/* markdownId */.xc)(m.to)}`),
        ...diff.models.added.map((m) => `model ${(0,markdown/* markdownId */.xc)(m.modelId)} added ${(0,markdown/* markdownId */.xc)(m.modelVersionNumber)}`),
        ...diff.models.removed.map((m) => `model ${(0,markdown/* markdownId */.xc)(m.modelId)} removed ${(0,markdown/* markdownId */.xc)(m.modelVersionNumber)}`),
    ];
    if (models.length > 2)
        parts.push(`models +${c.modelsAdded} ~${c.modelsChanged} -${c.modelsRemoved}`);
    else
        parts.push(...models);
    if (c.endpointsAdded + c.endpointsRemoved > 0) {
        parts.push(`endpoints +${c.endpointsAdded} -${c.endpointsRemoved}`);
    }
    // A first version has no mode to change from: its mode is new, so it is listed.
    const mode = diff.ruleExecutionMode;
    if (mode)
        parts.push(mode.from
            ? `mode ${(0,markdown/* markdownId */.xc)(mode.from)} → ${(0,markdown/* markdownId */.xc)(mode.to)}`
            : `mode ${(0,markdown/* markdownId */.xc)(mode.to)}`);
    if (diff.description && (!generatedDescription || parts.length === 0))
        parts.push('description');
    return parts.join(' · ');
}
/** Risky: changes a reviewer must not miss. They set the 🔴 and the warning block. */
function warnings(input) {
    const { diff } = input;
    const out = [];
    const removed = diff.rules.removed;
    for (const r of removed.slice(0, 10)) {
        out.push(`Rule ${(0,markdown/* inlineCode */.ti)(r.ruleId)} (version ${(0,markdown/* markdownId */.xc)(r.ruleVersion)}, position ${r.index + 1}) is removed.`);
    }
    if (removed.length > 10)
        out.push(`… and ${removed.length - 10} more rules are removed.`);
    const mode = diff.ruleExecutionMode;
    if (mode?.from) {
        out.push(`Rule execution mode changes from ${(0,markdown/* markdownId */.xc)(mode.from)} to ${(0,markdown/* markdownId */.xc)(mode.to)}: ` +
            (mode.to === 'ALL_MATCHED'
                ? 'every matching rule now contributes its outcomes, not only the first.'
                : 'only the first matching rule, in list order, decides the outcome.'));
    }
    // Under FIRST_MATCHED the order decides which rule's outcome wins.
    const moved = diff.rules.moved;
    if (moved.length > 0 && diff.proposal.ruleExecutionMode === 'FIRST_MATCHED') {
        out.push(`${moved.length === 1 ? 'A rule moves' : `${moved.length} rules move`} in the evaluation order (${moved
            .slice(0, 5)
            .map((m) => `${(0,markdown/* inlineCode */.ti)(m.ruleId)} ${m.fromIndex + 1} → ${m.toIndex + 1}`)
            .join(', ')}${moved.length > 5 ? ', …' : ''}): under FIRST_MATCHED the first matching rule decides the outcome.`);
    }
    for (const m of diff.models.removed) {
        out.push(`Model ${(0,markdown/* inlineCode */.ti)(m.modelId)} (${(0,markdown/* markdownId */.xc)(m.modelVersionNumber)}) is removed.`);
    }
    for (const e of diff.externalModelEndpoints.removed) {
        out.push(`External model endpoint ${(0,markdown/* inlineCode */.ti)(e)} is removed.`);
    }
    for (const m of diff.models.changed.filter((x) => x.direction === 'down')) {
        out.push(`Model ${(0,markdown/* inlineCode */.ti)(m.modelId)} goes back from ${(0,markdown/* markdownId */.xc)(m.from)} to ${(0,markdown/* markdownId */.xc)(m.to)}.`);
    }
    for (const r of diff.rules.changed.filter(ruleRolledBack)) {
        out.push(`Rule ${(0,markdown/* inlineCode */.ti)(r.ruleId)} goes back from version ${(0,markdown/* markdownId */.xc)(r.from)} to ${(0,markdown/* markdownId */.xc)(r.to)}.`);
    }
    if (input.reviewedFingerprint !== undefined && input.reviewedFingerprint !== input.fingerprint) {
        out.push(`The plan changed since it was reviewed: reviewed ${(0,markdown/* inlineCode */.ti)(input.reviewedFingerprint)}, now ${(0,markdown/* inlineCode */.ti)(input.fingerprint)}.`);
    }
    return out;
}
function versionsLine(input) {
    const baseId = input.baseVersionId ?? input.diff.base.detectorVersionId ?? undefined;
    const base = baseId !== undefined
        ? `base version **${(0,markdown/* markdownId */.xc)(baseId)}**`
        : 'no base version (first version)';
    const proposed = input.proposedVersionId !== undefined
        ? `proposed version **${(0,markdown/* markdownId */.xc)(input.proposedVersionId)}** (${(0,markdown/* markdownId */.xc)(input.status)})`
        : `proposed: a new version (${(0,markdown/* markdownId */.xc)(input.status)})`;
    const url = (0,markdown/* safeUrl */.Pl)(input.runUrl);
    const commit = input.commit ? ` · commit ${(0,markdown/* inlineCode */.ti)(input.commit)}` : '';
    return `Detector ${(0,markdown/* inlineCode */.ti)(input.detectorId)} · ${base} → ${proposed}${commit}${url ? ` · [workflow run](${url})` : ''}`;
}
const MODE_NOTE = {
    plan: 'Plan only: nothing was changed in Amazon Fraud Detector.',
    draft: 'The proposal is kept as a DRAFT detector version; a pull request never activates it.',
    apply: 'Applied to Amazon Fraud Detector.',
};
/** A run that stopped says so in the title and instead of the mode's note. */
const STOPPED = {
    FAILED: {
        emoji: '❌',
        note: 'The run failed: the outcome in the job summary says what, if anything, was written to Amazon Fraud Detector.',
    },
    CANCELLED: {
        emoji: '⏹️',
        note: 'The run was cancelled: the outcome in the job summary says what, if anything, was written to Amazon Fraud Detector.',
    },
};
/** The plan's one-glance state: stopped, no changes, changes, or changes to review with care. */
function planEmoji(input, risky = warnings(input)) {
    return (STOPPED[input.status]?.emoji ?? (!input.diff.changed ? '🟢' : risky.length > 0 ? '🔴' : '🟡'));
}
/**
 * One detector's plan without the marker: the whole PR comment of a run of one
 * detector, one section of the comment of a run of many. `compact` lists only
 * the changed rules in the rules table.
 */
function renderPlanBody(input, compact, target = 'comment') {
    const { diff } = input;
    const risky = warnings(input);
    const stopped = STOPPED[input.status];
    const emoji = planEmoji(input, risky);
    const sections = [
        [
            `### ${emoji} Fraud Detector ${input.mode} · ${(0,markdown/* markdownId */.xc)(input.detectorId)} · ${(0,markdown/* markdownId */.xc)(input.status)}`,
        ],
        [detectorHeadline(diff, input.generatedDescription)],
        [versionsLine(input)],
    ];
    if (input.reviewedFingerprint !== undefined && input.reviewedFingerprint === input.fingerprint) {
        sections.push([
            `✅ Matches the plan reviewed on the pull request (${(0,markdown/* inlineCode */.ti)(input.fingerprint)}).`,
        ]);
    }
    if (risky.length > 0)
        sections.push(['> [!WARNING]', ...risky.map((w) => `> - ${w}`)]);
    // Before the long tables: a cut of the comment never loses a failing test.
    if (input.impact)
        sections.push([(0,impact.impactMarkdown)(input.impact, target)].filter(Boolean));
    sections.push(lifecycleSection(diff));
    if (diff.changed) {
        sections.push(
        // The models table (≤ 10 rows) goes first so that a cut through a long
        // rules table never loses it.
        modelsSection(diff), rulesSection(diff, compact), endpointsSection(diff), descriptionSection(diff), ruleWritesSection(diff), expressionsSection(diff));
        sections.push([stopped?.note ?? MODE_NOTE[input.mode]]);
    }
    else {
        sections.push(['The proposal matches the base version; no detector version is created.']);
        // Description updates of reused rule versions are written even then.
        sections.push(ruleWritesSection(diff));
    }
    const shown = sections
        .filter((s) => s.length > 0)
        .map((s) => s.join('\n'))
        .join('\n\n');
    const legend = emojiLegend(shown);
    const body = `${shown}\n\n<sub>${legend ? `${legend} · ` : ''}Plan fingerprint ${(0,markdown/* inlineCode */.ti)(input.fingerprint)}</sub>`;
    return `${body}\n`;
}
const withMarker = (input, body) => `${(0,comment_marker/* fullMarker */.uL)(input.detectorId, input.fingerprint, input.region)}\n${body}`;
/** rollback-to and keep-inactive-versions: what is re-activated, and what retention would delete. */
function lifecycleSection(diff) {
    const out = [];
    if (diff.rollback)
        out.push(`**Rollback** to existing version **${(0,markdown/* markdownId */.xc)(diff.rollback.targetVersionId)}**: ${(0,markdown/* escapeMarkdown */.FV)(diff.rollback.reason)}.`);
    const r = diff.retention;
    if (r)
        out.push(r.wouldDelete.length
            ? `**Retention** (keep ${r.keepInactiveVersions} INACTIVE): would delete version${r.wouldDelete.length === 1 ? '' : 's'} ${r.wouldDelete.map(markdown/* markdownId */.xc).join(', ')}, then undeploy the model versions no detector version uses any more.`
            : `**Retention** (keep ${r.keepInactiveVersions} INACTIVE): would delete no version.`);
    return out;
}
/** Each emoji the comment uses means one thing; the legend says what, once. */
const EMOJI_MEANING = [
    ['🔴', 'a change to review with care (see the warning)'],
    ['🟡', 'changes'],
    ['🟢', 'no changes'],
    ['❌', 'failed'],
    ['⏹️', 'cancelled'],
    ['✅', 'matches the reviewed plan'],
    ['➕', 'added'],
    ['➖', 'removed'],
    ['🔄', 'newer version'],
    ['⏪', 'older version (rolled back)'],
    ['↕', 'moved in the evaluation order'],
];
/** The legend of the emojis that appear in `markdown`, or '' when none does. */
function emojiLegend(markdown) {
    return EMOJI_MEANING.filter(([emoji]) => markdown.includes(emoji))
        .map(([emoji, meaning]) => `${emoji} ${meaning}`)
        .join(' · ');
}
/** Where the full plan is: the job summary of the run, linked when the run's URL is known. */
function jobSummaryLink(runUrl) {
    const url = (0,markdown/* safeUrl */.Pl)(runUrl);
    return url ? `[job summary](${url})` : 'job summary of this workflow run';
}
const utf8Bytes = (s) => Buffer.byteLength(s, 'utf8');
/**
 * The sticky comment of a run that failed before it had a plan: it replaces
 * the last plan, which no longer describes the pull request. Its marker has
 * no fingerprint, so a merge never takes it for a reviewed plan.
 */
function renderDetectorFailureComment(input) {
    return `${(0,comment_marker/* fullMarker */.uL)(input.detectorId, '', input.region)}\n${renderFailureBody(input)}`;
}
/** The failure without the marker: the comment of one detector, or its section in the comment of many. */
function renderFailureBody(input) {
    const url = (0,markdown/* safeUrl */.Pl)(input.runUrl);
    const emoji = input.status === 'CANCELLED' ? '⏹️' : '❌';
    const what = input.commit ? ` for commit ${(0,markdown/* inlineCode */.ti)(input.commit)}` : '';
    return [
        `### ${emoji} Fraud Detector ${input.mode} · ${(0,markdown/* markdownId */.xc)(input.detectorId)} · ${input.status}`,
        '',
        `No plan could be made${what}; the plan that was shown here before is out of date.`,
        '',
        ...input.error.split('\n').map((l) => `> ${(0,markdown/* escapeMarkdown */.FV)(l)}`),
        '',
        url ? `[Workflow run](${url})` : 'See the workflow run.',
        '',
    ].join('\n');
}
/**
 * The comment degrades in steps: full; then only the changed rules in the
 * table; then cut on a line boundary with fences closed and a pointer to the
 * job summary. The summary is always full, cut only at its byte limit.
 */
function renderDetectorPlan(input, target) {
    if (target === 'summary') {
        return (0,markdown/* truncateMarkdown */.o4)(renderPlanBody(input, false, 'summary'), SUMMARY_LIMIT_BYTES, '> [!NOTE]\n> The diff was cut here to stay within the job summary limit of 1 MiB.\n', utf8Bytes);
    }
    const full = withMarker(input, renderPlanBody(input, false));
    if (full.length <= COMMENT_LIMIT)
        return full;
    return (0,markdown/* truncateMarkdown */.o4)(withMarker(input, renderPlanBody(input, true)), COMMENT_LIMIT, `> [!NOTE]\n> This comment was cut to fit GitHub's size limit; the full diff is in the ${jobSummaryLink(input.runUrl)}.\n`);
}

;// CONCATENATED MODULE: ./src/run/detectors-output.ts
/** What one detector's report says, with only the values it knows. */
function detectorResult(report) {
    const result = {};
    if (report.detectorVersionId)
        result.detectorVersionId = report.detectorVersionId;
    if (report.status)
        result.detectorVersionStatus = report.status;
    if (report.diff)
        result.changed = report.diff.changed;
    return result;
}
/** The output's value; undefined when no detector got far enough to know anything. */
function detectorsOutput(reports) {
    // A null-prototype map: a detector named __proto__ is a key like any other.
    const map = Object.create(null);
    for (const report of reports) {
        const result = detectorResult(report);
        if (Object.keys(result).length > 0)
            map[report.detectorId] = result;
    }
    return Object.keys(map).length > 0 ? JSON.stringify(map) : undefined;
}

;// CONCATENATED MODULE: ./src/run/detector-flow.ts
// The detector part of a run for one detector: plan, draft or apply it (or
// roll it back) and write its job summary section. runOneDetector never
// throws: what happened is in what it returns, so a run of many detectors
// goes on with the next one. executeDetector is the run of one detector:
// its outputs, its own sticky PR comment, and its error.












/** The commit planned: on a PR, GITHUB_SHA is a throw-away merge commit, so the head that was reviewed. */
const plannedCommit = (ctx) => ctx.pullRequest?.headSha || ctx.sha;
/** Runs one detector's flow and writes its job summary section. Never throws. */
async function runOneDetector(detector, request, ctx, mode, { afd, clock, signal, github }, { retrained, reviewed }) {
    const report = newDetectorReport(detector.detectorId, mode);
    const planned = plannedCommit(ctx);
    // On a push to the default branch, the merged PR's draft may be the reviewed version.
    const pullNumber = ctx.pullRequest?.number ?? reviewed?.pullNumber;
    if (reviewed?.fingerprint)
        report.reviewedFingerprint = reviewed.fingerprint;
    if (reviewed?.unchecked && reviewed.noteworthy) {
        const note = `The plan applied could not be checked against the one reviewed: ${reviewed.unchecked}. Set \`require-reviewed-plan: true\` to make this a failure.`;
        commands/* warning */.$e(note);
        report.notes.push(note);
    }
    const tags = [
        ...request.tags,
        ...(0,github_event/* provenanceTags */.Xy)(ctx, pullNumber !== undefined ? { pullNumber } : {}),
    ];
    // rollback-to replaces the proposal with an existing version; the rest (outputs, summary, comment) is shared.
    const deadline = clock.now() + request.timeoutMinutes * 60_000;
    const flow = detector.rollbackTo
        ? (deps, input, r) => runRollback(deps, { clock, signal, deadline }, input, r)
        : runDetector;
    let error;
    try {
        await flow({ afd, log: commands/* logger */.vF, sleep: (ms) => clock.sleep(ms, signal) }, {
            request: detector,
            ...(retrained ? { retrained } : {}),
            tags,
            repository: `${ctx.repository.owner}/${ctx.repository.repo}`,
            runId: ctx.runId,
            ...(pullNumber !== undefined ? { pullNumber } : {}),
            ...(github ? { isPullOpen: (n) => github.isPullOpen(n) } : {}),
            ...(request.requireReviewedPlan && reviewed?.fingerprint && pullNumber !== undefined
                ? { reviewed: { pullNumber, fingerprint: reviewed.fingerprint } }
                : {}),
            ...(pullNumber !== undefined && !ctx.pullRequest ? { pullMerged: true } : {}),
            defaultDescription: defaultDescription(`${ctx.repository.owner}/${ctx.repository.repo}`, planned),
        }, report);
    }
    catch (err) {
        error = err instanceof Error ? err : new Error(String(err));
        report.error = error.message;
    }
    const stopped = signal.aborted ? 'CANCELLED' : 'FAILED';
    const common = { runUrl: ctx.runUrl, commit: planned.slice(0, 7), region: request.region };
    if (report.diff && report.fingerprint) {
        const plan = {
            diff: report.diff,
            detectorId: report.detectorId,
            mode,
            status: report.status ?? (report.error ? stopped : 'PLANNED'),
            ...(report.detectorVersionId ? { proposedVersionId: report.detectorVersionId } : {}),
            ...(report.baseVersionId ? { baseVersionId: report.baseVersionId } : {}),
            ...common,
            fingerprint: report.fingerprint,
            ...(report.reviewedFingerprint ? { reviewedFingerprint: report.reviewedFingerprint } : {}),
            ...(report.proposal?.descriptionSource === 'default' ? { generatedDescription: true } : {}),
            ...(report.impact ? { impact: report.impact } : {}),
        };
        await writeSummary(renderDetectorPlan(plan, 'summary') + renderDetectorOutcome(report));
        return { report, plan, ...(error !== undefined ? { error } : {}) };
    }
    if (report.error === undefined)
        return { report };
    await writeSummary(failureSummary(report, report.error, stopped));
    const failure = {
        detectorId: report.detectorId,
        mode,
        status: stopped,
        error: report.error,
        ...common,
    };
    return { report, failure, error };
}
/** The run of one detector: as runOneDetector, then its outputs and its own PR comment; throws what the flow threw. */
async function executeDetector(request, ctx, mode, shell, start) {
    const detector = request.detector;
    const run = await runOneDetector(detector, request, ctx, mode, shell, start);
    const { report } = run;
    await bestEffort('set the outputs', () => {
        if (report.detectorVersionId)
            commands/* setOutput */.uH('detectorVersionId', report.detectorVersionId);
        if (report.status)
            commands/* setOutput */.uH('detectorVersionStatus', report.status);
        if (report.diff) {
            commands/* setOutput */.uH('changed', String(report.diff.changed));
            commands/* setOutput */.uH('plan', planJson(report.diff));
        }
        const detectors = detectorsOutput([report]);
        if (detectors)
            commands/* setOutput */.uH('detectors', detectors);
    });
    const pr = ctx.pullRequest;
    const { github } = shell;
    if (github && pr && request.comment && (run.plan || run.failure)) {
        const key = { detectorId: detector.detectorId, region: request.region };
        const body = run.plan
            ? renderDetectorPlan(run.plan, 'comment') +
                renderDetectorProblems(report) +
                start.modelSection
            : renderDetectorFailureComment(run.failure);
        // A planned new major version is a change to review, even with the detector unchanged.
        // A failure only replaces the last plan on the PR; it never starts a comment.
        const changed = run.plan ? run.plan.diff.changed || start.modelSection !== '' : false;
        await bestEffort('update the pull request comment', async () => {
            const { notPosted } = await github.postComment(pr.number, key, body, changed);
            if (notPosted)
                await writeSummary(warningSection(notPosted));
        });
    }
    if (run.error !== undefined)
        throw run.error;
}
/** A GitHub problem the reader of the summary must know (e.g. the PR comment was not posted). */
function warningSection(text) {
    return `\n> [!WARNING]\n> ${(0,markdown/* escapeMarkdown */.FV)(text)}\n`;
}

;// CONCATENATED MODULE: ./src/report/detectors-comment.ts



/** Below this share a section is left out rather than cut to a stub of a table. */
const MIN_SECTION_CHARS = 1_500;
/** Room for the separators and a rounding error of the shares. */
const SLACK_CHARS = 200;
const SEPARATOR = '\n\n---\n\n';
const idOf = (s) => s.kind === 'plan' ? s.plan.detectorId : s.failure.detectorId;
function fingerprints(sections) {
    return sections.map((s) => [idOf(s), s.kind === 'plan' ? s.plan.fingerprint : '']);
}
/** The overview line of one detector: what a reader sees even when its section was cut. */
function overviewLine(s) {
    if (s.kind === 'failed') {
        const emoji = s.failure.status === 'CANCELLED' ? '⏹️' : '❌';
        return `- ${emoji} ${(0,markdown/* inlineCode */.ti)(s.failure.detectorId)} · ${s.failure.status} · no plan`;
    }
    const { plan } = s;
    return `- ${planEmoji(plan)} ${(0,markdown/* inlineCode */.ti)(plan.detectorId)} · ${(0,markdown/* markdownId */.xc)(plan.status)} · ${detectorHeadline(plan.diff, plan.generatedDescription)}`;
}
function header(input) {
    const url = (0,markdown/* safeUrl */.Pl)(input.runUrl);
    const n = input.sections.length;
    const commit = input.commit ? ` · commit ${(0,markdown/* inlineCode */.ti)(input.commit)}` : '';
    return [
        `## Fraud Detector ${input.mode} · ${n} detector${n === 1 ? '' : 's'} · ${(0,markdown/* markdownId */.xc)(input.region)}`,
        '',
        ...input.sections.map(overviewLine),
        '',
        `One section per detector below${commit}${url ? ` · [workflow run](${url})` : ''}.`,
    ].join('\n');
}
function body(s, compact) {
    return s.kind === 'plan'
        ? renderPlanBody(s.plan, compact) + s.problems
        : renderFailureBody(s.failure);
}
/** A section left out: its heading and headline, and where its plan is. */
function leftOut(s, runUrl) {
    const first = body(s, true).split('\n', 1)[0] ?? '';
    const headline = s.kind === 'plan' ? `\n\n${detectorHeadline(s.plan.diff, s.plan.generatedDescription)}` : '';
    return `${first}${headline}\n\n> [!NOTE]\n> This detector's section was left out to fit GitHub's size limit; its plan is in the ${jobSummaryLink(runUrl)}.\n`;
}
/**
 * The largest size every section may keep so that all of them together fit
 * `available` (sections smaller than it keep their size): a water level.
 */
function equalShare(sizes, available) {
    const sorted = [...sizes].sort((a, b) => a - b);
    let remaining = available;
    for (let i = 0; i < sorted.length; i++) {
        const left = sorted.length - i;
        const size = sorted[i] ?? 0;
        if (size * left > remaining)
            return Math.floor(remaining / left);
        remaining -= size;
    }
    return Number.POSITIVE_INFINITY;
}
function assemble(input, sections) {
    const marker = (0,comment_marker/* fullDetectorsMarker */.p2)(input.region, fingerprints(input.sections));
    const model = input.modelSection ? `${SEPARATOR}${input.modelSection.trimStart()}` : '';
    return `${marker}\n${header(input)}${sections.map((s) => SEPARATOR + s).join('')}${model}`;
}
/** Shares the comment's size limit among the sections (see the module comment). */
function fitSections(input) {
    const bodies = input.sections.map((s) => body(s, true));
    const fixed = assemble(input, bodies.map(() => '')).length;
    const available = COMMENT_LIMIT - fixed - SLACK_CHARS;
    const stubs = input.sections.map((s) => leftOut(s, input.runUrl));
    const out = [...bodies];
    const free = new Set(bodies.map((_, i) => i));
    for (;;) {
        const stubbed = [...out.keys()].filter((i) => !free.has(i));
        const room = available - stubbed.reduce((n, i) => n + (stubs[i]?.length ?? 0), 0);
        const share = equalShare([...free].map((i) => bodies[i]?.length ?? 0), room);
        if (share >= MIN_SECTION_CHARS || free.size === 0) {
            for (const i of free) {
                const b = bodies[i] ?? '';
                if (b.length > share)
                    out[i] = (0,markdown/* truncateMarkdown */.o4)(b, share, `> [!NOTE]\n> This detector's section was cut to fit GitHub's size limit; the full diff is in the ${jobSummaryLink(input.runUrl)}.\n`);
            }
            return out;
        }
        // Too many large sections to show each in part: leave out the largest, keep the rest.
        const largest = [...free].reduce((a, b) => (bodies[b]?.length ?? 0) > (bodies[a]?.length ?? 0) ? b : a);
        free.delete(largest);
        out[largest] = stubs[largest] ?? '';
    }
}
function renderDetectorsComment(input) {
    const full = assemble(input, input.sections.map((s) => body(s, false)));
    if (full.length <= COMMENT_LIMIT)
        return full;
    const compact = assemble(input, input.sections.map((s) => body(s, true)));
    if (compact.length <= COMMENT_LIMIT)
        return compact;
    const fitted = assemble(input, fitSections(input));
    // Hundreds of detectors: even their overview lines do not fit; the marker (line 1) stays.
    return (0,markdown/* truncateMarkdown */.o4)(fitted, COMMENT_LIMIT, `> [!NOTE]\n> This comment was cut to fit GitHub's size limit; the full plans are in the ${jobSummaryLink(input.runUrl)}.\n`);
}

;// CONCATENATED MODULE: ./src/report/detectors-summary.ts

/** An error is told in full in the detector's section; the overview keeps its first line, shortened. */
const MAX_REASON_CHARS = 300;
function result(report) {
    if (report.error !== undefined) {
        const first = report.error.split('\n', 1)[0] ?? '';
        const reason = first.length > MAX_REASON_CHARS ? `${first.slice(0, MAX_REASON_CHARS)}…` : first;
        return `❌ failed: ${(0,markdown/* escapeMarkdown */.FV)(reason)}`;
    }
    if (report.promoted)
        return '✅ promoted';
    switch (report.action) {
        case 'rolled-back':
            return '✅ rolled back';
        case 'unchanged':
            return '🟢 no changes';
        case 'created':
        case 'updated':
        case 'reused':
            return `📝 ${report.action}`;
        case 'planned':
        case 'rollback-planned':
            return report.diff?.changed === false ? '🟢 no changes' : '📝 planned';
        default:
            return '—';
    }
}
function renderDetectorsOverview(mode, reports, notStarted) {
    const failed = reports.filter((r) => r.error !== undefined).length;
    const promoted = reports.filter((r) => r.promoted || r.action === 'rolled-back').length;
    const counts = [
        `${reports.length + notStarted.length} detectors`,
        ...(mode === 'apply' ? [`${promoted} promoted`] : []),
        `${failed} failed`,
        ...(notStarted.length ? [`${notStarted.length} not started`] : []),
    ];
    const rows = [
        ...reports.map((r) => [
            (0,markdown/* markdownId */.xc)(r.detectorId),
            result(r),
            (0,markdown/* markdownId */.xc)(r.detectorVersionId ?? '—'),
            (0,markdown/* markdownId */.xc)(r.status ?? '—'),
        ]),
        ...notStarted.map((id) => [(0,markdown/* markdownId */.xc)(id), '⏹️ not started (the run was cancelled)', '—', '—']),
    ];
    return [
        `## ${failed > 0 ? '❌' : '✅'} Fraud Detector ${(0,markdown/* markdownId */.xc)(mode)}: ${counts.join(', ')}`,
        '',
        (0,markdown/* table */.tp)(['Detector', 'Result', 'Version', 'Status'], rows),
        '',
        failed > 0
            ? 'A failed detector did not stop the others; its section above says what was written to Amazon Fraud Detector, and why it failed.'
            : 'Each detector has its section above.',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/run/detectors-run.ts
// A run of many detectors (a `detectors:` list without `detector-id`): each
// detector in file order, one after the other; a failure of one does not stop
// the others. Then the `detectors` output, an overview in the job summary,
// ONE sticky PR comment per pull request and region with a section per
// detector, and a failure of the step when any detector failed.








async function executeDetectors(request, detectors, ctx, mode, shell, start) {
    const runs = [];
    const notStarted = [];
    for (const detector of detectors) {
        if (shell.signal.aborted) {
            notStarted.push(detector.detectorId);
            continue;
        }
        commands/* info */.pq(`Detector ${detector.detectorId} (${runs.length + 1} of ${detectors.length})`);
        runs.push(await runOneDetector(detector, request, ctx, mode, shell, {
            ...start,
            reviewed: start.reviewed?.get(detector.detectorId),
        }));
    }
    const reports = runs.map((r) => r.report);
    await bestEffort('set the outputs', () => {
        const output = detectorsOutput(reports);
        if (output)
            commands/* setOutput */.uH('detectors', output);
    });
    await writeSummary(renderDetectorsOverview(mode, reports, notStarted));
    await postDetectorsComment(request, ctx, mode, shell, runs, start.modelSection);
    const failed = runs.filter((r) => r.error !== undefined);
    if (shell.signal.aborted) {
        throw shell.signal.reason instanceof domain_errors/* CancelledError */.cc
            ? shell.signal.reason
            : new domain_errors/* CancelledError */.cc('Cancelled');
    }
    if (failed.length > 0)
        throw failedDetectors(failed, runs.length);
}
/** The step fails with every failed detector named; the others' results stand. */
function failedDetectors(failed, total) {
    const ids = failed.map((r) => r.report.detectorId);
    return new domain_errors/* ActionError */.lZ(`${failed.length} of ${total} detectors failed: ${ids.join(', ')}. The other detectors were handled; the job summary says what each one did.`, failed.map((r) => `${r.report.detectorId}: ${r.report.error ?? 'failed'}`));
}
async function postDetectorsComment(request, ctx, mode, { github }, runs, modelSection) {
    const pr = ctx.pullRequest;
    if (!github || !pr || !request.comment)
        return;
    const sections = runs.flatMap((run) => {
        if (run.plan)
            return [{ kind: 'plan', plan: run.plan, problems: renderDetectorProblems(run.report) }];
        return run.failure ? [{ kind: 'failed', failure: run.failure }] : [];
    });
    if (sections.length === 0)
        return;
    const body = renderDetectorsComment({
        mode,
        region: request.region,
        commit: plannedCommit(ctx).slice(0, 7),
        runUrl: ctx.runUrl,
        sections,
        modelSection,
    });
    // Failures alone only replace the last plan on the PR; they never start a comment.
    const changed = runs.some((r) => r.plan?.diff.changed === true) || modelSection !== '';
    const key = { detectorIds: runs.map((r) => r.report.detectorId), region: request.region };
    await bestEffort('update the pull request comment', async () => {
        const { notPosted } = await github.postComment(pr.number, key, body, changed);
        if (notPosted)
            await writeSummary(warningSection(notPosted));
    });
}

;// CONCATENATED MODULE: ./src/report/schema-change.ts

const schema_change_code = (s) => (0,markdown/* inlineCode */.ti)(s, true);
/** A schema may list hundreds of variables: the comment shows the first ones. */
const MAX_NAMES_SHOWN = 40;
function names(xs) {
    if (!xs.length)
        return '—';
    const shown = xs.slice(0, MAX_NAMES_SHOWN).map(schema_change_code).join(', ');
    return xs.length > MAX_NAMES_SHOWN ? `${shown} … and ${xs.length - MAX_NAMES_SHOWN} more` : shown;
}
/** One line, e.g. "+2 −1 variables, labels changed", for headlines. */
function schemaChangeHeadline(c) {
    const parts = [`+${c.variablesAdded.length} −${c.variablesRemoved.length} variables`];
    if (c.labels.length)
        parts.push('label mapping changed');
    if (c.treatment)
        parts.push(`unlabeled events ${c.treatment.from} → ${c.treatment.to}`);
    if (c.source)
        parts.push(`source ${c.source.from} → ${c.source.to}`);
    return parts.join(', ');
}
/** The counts are the action's own text; the rest (AFD's enums) is escaped part by part. */
function escapedHeadline(c) {
    const [counts = '', ...rest] = schemaChangeHeadline(c).split(', ');
    return [counts, ...rest.map(markdown/* escapeMarkdown */.FV)].join(', ');
}
function renderSchemaChange(view) {
    const c = view.change;
    const out = [
        `### Training schema of model ${schema_change_code(view.modelId)}: ${(0,markdown/* escapeMarkdown */.FV)(view.action)}`,
        '',
        c.from
            ? `Compared with version ${schema_change_code(c.from.modelVersionNumber)} (${(0,markdown/* escapeMarkdown */.FV)(c.from.status)}): ${escapedHeadline(c)}.`
            : 'The model has no version yet to compare with.',
        '',
    ];
    const rows = [
        ['variables added', names(c.variablesAdded)],
        ['variables removed', names(c.variablesRemoved)],
        ['variables kept', names(c.variablesKept)],
    ];
    for (const l of c.labels) {
        const parts = [...l.added.map((x) => `+${schema_change_code(x)}`), ...l.removed.map((x) => `−${schema_change_code(x)}`)];
        rows.push([`labels mapped to ${schema_change_code(l.labelClass)}`, parts.join(' ')]);
    }
    if (c.treatment)
        rows.push(['unlabeled events', `${schema_change_code(c.treatment.from)} → ${schema_change_code(c.treatment.to)}`]);
    if (c.source)
        rows.push(['training data source', `${schema_change_code(c.source.from)} → ${schema_change_code(c.source.to)}`]);
    out.push((0,markdown/* table */.tp)(['', ''], rows), '');
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/report/retrain-summary.ts




const HEADLINE = {
    running: '⏳ Retrain in progress',
    started: '⏳ Training started',
    succeeded: '✅ Retrain succeeded',
    'training-failed': '❌ Training failed',
    'gate-failed': '❌ Quality gate failed',
    'timed-out': '⌛ Timed out waiting',
    cancelled: '⏹️ Cancelled',
    failed: '❌ Retrain failed',
};
// Values also go into table cells, where a pipe would split the row.
const retrain_summary_code = (s) => (0,markdown/* inlineCode */.ti)(s, true);
function renderRetrainSummary(r, runUrl) {
    const out = [];
    const version = r.modelVersionNumber ? ` ${retrain_summary_code(r.modelVersionNumber)}` : '';
    const headline = activating(r) ? '⏳ Activation started' : HEADLINE[r.outcome];
    out.push(`## ${headline}: model ${retrain_summary_code(r.modelId)}${version}`, '');
    // Line by line: escapeMarkdown makes one line of its input, and AFD's
    // data-validation messages are one per line.
    if (r.error)
        out.push(`> ${r.error.split('\n').map(markdown/* escapeMarkdown */.FV).join('\n> ')}`, '');
    const facts = [
        [
            'Model',
            `${retrain_summary_code(r.modelId)} (${r.modelType})${r.majorVersionNumber ? `, major version ${r.majorVersionNumber}` : ''}`,
        ],
    ];
    if (r.training) {
        facts.push([
            'Training data',
            r.training.kind === 'external'
                ? retrain_summary_code(r.training.dataLocation)
                : `ingested events ${retrain_summary_code(r.training.startTime)} – ${retrain_summary_code(r.training.endTime)}`,
        ]);
    }
    if (r.modelVersionNumber) {
        facts.push([
            r.trainedHere ? 'New version' : 'Version',
            `**${(0,markdown/* markdownId */.xc)(r.modelVersionNumber)}**`,
        ]);
    }
    if (r.finalStatus)
        facts.push(['Status', retrain_summary_code(r.finalStatus)]);
    const end = r.finishedAt ?? r.timeline[r.timeline.length - 1]?.at;
    if (end !== undefined)
        facts.push(['Elapsed', `${formatDuration(end - r.startedAt)} (${r.polls} status polls)`]);
    out.push((0,markdown/* table */.tp)(['', ''], facts), '');
    for (const note of r.notes)
        out.push(`> [!NOTE]\n> ${(0,markdown/* escapeMarkdown */.FV)(note)}`, '');
    if (r.newMajor)
        out.push(renderSchemaChange({ modelId: r.modelId, ...r.newMajor }));
    if (r.timeline.length) {
        out.push('### Status timeline', '');
        // The last status seen is still the model's status: it has not "lasted" a
        // time yet, and the end of this run is not the end of that status.
        const rows = r.timeline.map((c, i) => {
            const next = r.timeline[i + 1]?.at;
            return [
                retrain_summary_code(c.status),
                new Date(c.at).toISOString().replace(/\.\d{3}Z$/, 'Z'),
                `+${formatDuration(c.at - r.startedAt)}`,
                next !== undefined ? formatDuration(next - c.at) : 'current',
            ];
        });
        out.push((0,markdown/* table */.tp)(['status', 'seen at', 'after start', 'lasted'], rows), '');
    }
    if (r.metrics) {
        out.push('### Training metrics', '');
        const prev = r.previousActive;
        const headers = ['metric', `${(0,markdown/* markdownId */.xc)(r.modelVersionNumber ?? 'new')} (new)`];
        if (prev)
            headers.push(`${(0,markdown/* markdownId */.xc)(prev.modelVersionNumber)} (ACTIVE before)`);
        const rows = metricRows(r.modelType === 'ACCOUNT_TAKEOVER_INSIGHTS', r.metrics, prev?.metrics);
        out.push(rows.length ? (0,markdown/* table */.tp)(headers, rows) : '_AFD reported no metrics for this version._', '');
    }
    if (r.gates.length) {
        out.push('### Quality gates', '');
        out.push((0,markdown/* table */.tp)(['gate', 'result', 'detail'], r.gates.map((g) => [
            retrain_summary_code(g.gate),
            g.passed ? '✅ passed' : '❌ failed',
            (0,markdown/* escapeMarkdown */.FV)(g.detail),
        ])), '');
    }
    if (r.validationMessages.length) {
        out.push('### Data validation messages from AFD', '');
        for (const m of r.validationMessages) {
            const field = m.fieldName ? `${retrain_summary_code(m.fieldName)}: ` : '';
            out.push(`- ${field}**${(0,markdown/* escapeMarkdown */.FV)(m.title ?? m.type ?? 'message')}**${m.content ? ` — ${(0,markdown/* escapeMarkdown */.FV)(m.content)}` : ''}`);
        }
        out.push('');
    }
    const next = nextSteps(r);
    if (next.length)
        out.push('### Next steps', '', ...next.map((l) => `- ${l}`), '');
    const url = (0,markdown/* safeUrl */.Pl)(runUrl);
    if (url)
        out.push(`[Workflow run](${url})`, '');
    return out.join('\n');
}
function metricRows(ati, now, before) {
    const rows = [];
    const cell = (m, pick) => (m && pick(m)) ?? '—';
    const push = (name, pick) => {
        if (pick(now) === undefined && (!before || pick(before) === undefined))
            return;
        const row = [name, cell(now, pick)];
        if (before)
            row.push(cell(before, pick));
        rows.push(row);
    };
    if (ati) {
        push('ASI', (m) => (m.asi === undefined ? undefined : formatMetric(m.asi)));
    }
    else {
        push('AUC', (m) => (m.auc === undefined ? undefined : formatMetric(m.auc)));
        push('AUC uncertainty range', (m) => m.aucLower === undefined || m.aucUpper === undefined
            ? undefined
            : formatMetricRange(m.aucLower, m.aucUpper));
    }
    return rows;
}
/** wait: false stopped after asking for an activation (the training had finished). */
function activating(r) {
    return (r.outcome === 'started' &&
        (r.finalStatus === 'ACTIVATE_REQUESTED' || r.finalStatus === 'ACTIVATE_IN_PROGRESS'));
}
function nextSteps(r) {
    // Version numbers and statuses come from AFD's answers: escaped.
    const v = r.modelVersionNumber ? (0,markdown/* markdownId */.xc)(r.modelVersionNumber) : 'the new version';
    const status = (fallback) => (0,markdown/* markdownId */.xc)(r.finalStatus ?? fallback);
    const id = retrain_summary_code(r.modelId);
    switch (r.outcome) {
        case 'started':
            if (activating(r))
                return [
                    `Activation of ${id} ${v} continues in AFD (typically about 10 minutes). Run this action again with the same inputs: it finds ${v} ACTIVE and goes on with the detector, if one is set.`,
                ];
            return [
                `Training of ${id} ${v} continues in AFD (typically 1–2 h). Run this action again with the same inputs (for example from a scheduled workflow): it finds ${v} instead of training again, then gates and activates it.`,
            ];
        case 'succeeded':
            return r.finalStatus === 'ACTIVE'
                ? [
                    `${id} ${v} is ACTIVE. Put it in a detector version with \`detector-id\` (the retrained model replaces the entry of the same model id) and \`promote: true\`.`,
                    'AFD allows 5 deployed model versions per account, and undeploys only a version that no detector version (ACTIVE, INACTIVE or DRAFT) uses: delete old detector versions you no longer need for a rollback, then undeploy their models.',
                ]
                : [
                    `${id} ${v} passed its gates and is ${status('ready')}. Set \`activate-model: true\` to deploy it.`,
                ];
        case 'gate-failed':
            return [
                `${id} ${v} stays ${status('TRAINING_COMPLETE')}; nothing serving traffic changed. Improve the training data, or adjust \`min-auc\` / \`max-auc-drop\` if the gate is too strict.`,
            ];
        case 'training-failed':
            return [
                "Fix the training data as AFD's messages above describe, then run the release again.",
            ];
        case 'timed-out':
        case 'cancelled':
            return [
                `${id} ${v} is still ${status('in progress')} in AFD. Re-run this job to resume waiting on the same version (it will not train again), or raise \`timeout-minutes\`.`,
            ];
        default:
            return r.hints;
    }
}

;// CONCATENATED MODULE: ./src/retrain/schema-match.ts

/** A major version's training failed or was cancelled: it is not a match to carry on with. */
const FAILED = new Set(['ERROR', 'TRAINING_CANCELLED']);
/** AFD's documented default when labelSchema has no unlabeledEventsTreatment. */
const DEFAULT_TREATMENT = 'IGNORE';
function sameSet(a, b) {
    const sa = new Set(a);
    const sb = new Set(b);
    return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}
function sameMapper(a, b) {
    const keys = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
    return [...keys].every((k) => sameSet(a?.[k] ?? [], b?.[k] ?? []));
}
/** True when `version` was trained with this schema from this source. */
function hasSchema(version, wanted) {
    const schema = version.trainingDataSchema;
    if (!schema || version.trainingDataSource !== wanted.trainingDataSource)
        return false;
    const w = wanted.trainingDataSchema;
    return (sameSet(schema.modelVariables, w.modelVariables) &&
        sameMapper(schema.labelMapper, w.labelMapper) &&
        (schema.unlabeledEventsTreatment ?? DEFAULT_TREATMENT) ===
            (w.unlabeledEventsTreatment ?? DEFAULT_TREATMENT));
}
/**
 * The major version trained with this schema from this source, newest first,
 * ignoring versions whose training failed. Undefined: none has, and
 * CreateModelVersion makes the next one.
 */
function findMajorWithSchema(details, wanted) {
    const usable = details.filter((d) => !FAILED.has(d.status) && hasSchema(d, wanted));
    const latest = maxBy(usable, (a, b) => compareModelVersions(a.modelVersionNumber, b.modelVersionNumber));
    const major = latest && parseModelVersion(latest.modelVersionNumber)?.[0];
    return latest && major !== undefined ? { majorVersionNumber: String(major), latest } : undefined;
}
/** The number CreateModelVersion gives the next major version: "2.0" after 1.x. */
function nextMajorVersion(details) {
    const majors = details.map((d) => parseModelVersion(d.modelVersionNumber)?.[0] ?? 0);
    return `${Math.max(0, ...majors) + 1}.0`;
}
function schemaChange(from, to) {
    const old = from?.trainingDataSchema ?? { modelVariables: [] };
    const next = to.trainingDataSchema;
    const oldVars = new Set(old.modelVariables);
    const newVars = new Set(next.modelVariables);
    const classes = [
        ...new Set([...Object.keys(next.labelMapper ?? {}), ...Object.keys(old.labelMapper ?? {})]),
    ].sort();
    const labels = classes.flatMap((labelClass) => {
        const before = new Set(old.labelMapper?.[labelClass] ?? []);
        const after = next.labelMapper?.[labelClass] ?? [];
        const added = after.filter((l) => !before.has(l));
        const removed = [...before].filter((l) => !after.includes(l));
        return added.length || removed.length ? [{ labelClass, added, removed }] : [];
    });
    const change = {
        variablesAdded: next.modelVariables.filter((v) => !oldVars.has(v)),
        variablesRemoved: old.modelVariables.filter((v) => !newVars.has(v)),
        variablesKept: next.modelVariables.filter((v) => oldVars.has(v)),
        labels,
    };
    if (from) {
        change.from = { modelVersionNumber: from.modelVersionNumber, status: from.status };
        const before = old.unlabeledEventsTreatment ?? DEFAULT_TREATMENT;
        const after = next.unlabeledEventsTreatment ?? DEFAULT_TREATMENT;
        if (before !== after)
            change.treatment = { from: before, to: after };
        if (from.trainingDataSource && from.trainingDataSource !== to.trainingDataSource)
            change.source = { from: from.trainingDataSource, to: to.trainingDataSource };
    }
    return change;
}

;// CONCATENATED MODULE: ./src/retrain/new-major.ts




const WHERE = 'model.newMajorVersion.trainingDataSchema';
/**
 * Reads before any write: the variables are variables of the model's event
 * type, and the labels exist and belong to it — what AFD checks in
 * CreateModelVersion (its answer for a missing variable is a
 * ResourceNotFoundException "VariableIds: [EVENT_TIMESTAMP] do not exist.").
 * Throws one ActionError naming every problem.
 */
async function checkSchemaInAfd(afd, model, wanted) {
    const eventTypeName = await afd.getModelEventType(model.modelId, model.modelType);
    if (eventTypeName === undefined)
        throw new domain_errors/* ActionError */.lZ(`Model ${model.modelId} (${model.modelType}) does not exist in AFD: model.newMajorVersion makes a version of an existing model.`, ['Create the model first (CreateModel, with its event type), then re-run.']);
    const eventType = await afd.getEventType(eventTypeName);
    if (!eventType)
        throw new domain_errors/* ActionError */.lZ(`Event type ${eventTypeName} of model ${model.modelId} does not exist in AFD, so its variables cannot be checked.`);
    const problems = [];
    const schema = wanted.trainingDataSchema;
    const unknownVariables = schema.modelVariables.filter((v) => !eventType.eventVariables.includes(v));
    if (unknownVariables.length)
        problems.push(`${WHERE}.modelVariables: ${list(unknownVariables)} ${unknownVariables.length === 1 ? 'is not a variable' : 'are not variables'} of event type ${eventTypeName} (its variables: ${list(eventType.eventVariables)}). AFD would refuse CreateModelVersion with "VariableIds: [${unknownVariables.join(', ')}] do not exist."`);
    const labels = Object.values(schema.labelMapper ?? {}).flat();
    if (labels.length) {
        const existing = new Set(await afd.listLabelNames());
        const missing = labels.filter((l) => !existing.has(l));
        const elsewhere = labels.filter((l) => existing.has(l) && !eventType.labels.includes(l));
        if (missing.length)
            problems.push(`${WHERE}.labelSchema.labelMapper: label${missing.length === 1 ? '' : 's'} ${list(missing)} ${missing.length === 1 ? 'does' : 'do'} not exist in AFD (PutLabel creates a label).`);
        if (elsewhere.length)
            problems.push(`${WHERE}.labelSchema.labelMapper: ${list(elsewhere)} ${elsewhere.length === 1 ? 'is not a label' : 'are not labels'} of event type ${eventTypeName} (its labels: ${list(eventType.labels)}).`);
    }
    if (problems.length)
        throw new domain_errors/* ActionError */.lZ(`model.newMajorVersion for model ${model.modelId} cannot be trained; nothing was created:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}
function list(names) {
    return names.length ? names.join(', ') : '(none)';
}
/**
 * The schema change is shown against the model's ACTIVE version; without one,
 * against the newest version of the major version being replaced.
 */
function decideNewMajor(details, wanted) {
    const match = findMajorWithSchema(details, wanted);
    const majorOf = (d) => parseModelVersion(d.modelVersionNumber)?.[0];
    const others = details.filter((d) => !match || String(majorOf(d)) !== match.majorVersionNumber);
    const newest = (ds) => maxBy(ds, (a, b) => compareModelVersions(a.modelVersionNumber, b.modelVersionNumber));
    const base = newest(others.filter((d) => d.status === 'ACTIVE')) ?? newest(others);
    return {
        ...(match ? { match } : {}),
        next: nextMajorVersion(details),
        change: schemaChange(base, wanted),
    };
}
/** What the decision means, in words: for the plan ('would') or the run. */
function describeDecision(d, tense, retrain) {
    if (!d.match)
        return tense === 'plan'
            ? `would create major version ${d.next} (CreateModelVersion)`
            : `new major version ${d.next} (CreateModelVersion)`;
    const major = `major version ${d.match.majorVersionNumber} already has this schema and data source`;
    if (retrain)
        return `${major}; ${tense === 'plan' ? 'would be retrained' : 'retrained'} (UpdateModelVersion)`;
    return `${major}; ${tense === 'plan' ? 'would use' : 'using'} version ${d.match.latest.modelVersionNumber}, no new major version`;
}
/** Plan mode: the same checks and decision as a run, without any write. */
async function planNewMajor(afd, model, wanted) {
    await checkSchemaInAfd(afd, model, wanted);
    const details = await afd.describeModelVersions({
        modelId: model.modelId,
        modelType: model.modelType,
    });
    const decision = decideNewMajor(details, wanted);
    return { action: describeDecision(decision, 'plan', !!model.retrain), change: decision.change };
}
/**
 * Step 1 of the flow for model.newMajorVersion: the checks, then the major
 * version found by content, or created.
 */
async function resolveNewMajor(deps, plan, report) {
    const { afd, log } = deps;
    const { model } = plan;
    const wanted = model.newMajorVersion;
    await checkSchemaInAfd(afd, model, wanted);
    const details = await afd.describeModelVersions({
        modelId: model.modelId,
        modelType: model.modelType,
    });
    const decision = decideNewMajor(details, wanted);
    const match = decision.match;
    report.newMajor = {
        action: describeDecision(decision, 'run', !!model.retrain),
        change: decision.change,
    };
    if (match) {
        report.majorVersionNumber = match.majorVersionNumber;
        if (model.retrain) {
            log.info(`Major version ${match.majorVersionNumber} of model ${model.modelId} has this training schema; retraining it with the new data.`);
            return { kind: 'retrain', majorVersionNumber: match.majorVersionNumber };
        }
        const latest = match.latest;
        report.notes.push(`Major version ${match.majorVersionNumber} already has this training schema and data source; using its version ${latest.modelVersionNumber} (${latest.status}). No new major version was created.`);
        log.info(`Major version ${match.majorVersionNumber} of model ${model.modelId} already has this training schema; using version ${latest.modelVersionNumber} (${latest.status}).`);
        return { kind: 'version', ref: toRef(latest), status: latest.status };
    }
    log.info(`No major version of model ${model.modelId} has this training schema and data source; creating ${decision.next} (CreateModelVersion).`);
    const created = await new_major_createOnce(deps, plan);
    report.trainedHere = true;
    report.training = wanted.training;
    report.majorVersionNumber = String(parseModelVersion(created.modelVersionNumber)?.[0] ?? '');
    log.info(`Started training of version ${created.modelVersionNumber} (${created.status})`);
    return { kind: 'version', ref: toRef(created), status: created.status };
}
/**
 * CreateModelVersion, retried by the action itself: after a throttle, a 5xx or
 * a broken connection the version may have been created anyway, so it looks
 * (by content) before it tries again.
 */
async function new_major_createOnce(deps, plan) {
    const { model } = plan;
    const wanted = model.newMajorVersion;
    for (let attempt = 1;; attempt++) {
        try {
            return await deps.afd.createModelVersion({
                modelId: model.modelId,
                modelType: model.modelType,
                trainingDataSource: wanted.trainingDataSource,
                trainingDataSchema: wanted.trainingDataSchema,
                training: wanted.training,
                tags: plan.tags,
            });
        }
        catch (err) {
            const uncertain = err instanceof domain_errors/* AfdError */.Ge && (err.retryable || err.trainingInProgress);
            if (!uncertain)
                throw err;
            const details = await deps.afd.describeModelVersions({
                modelId: model.modelId,
                modelType: model.modelType,
            });
            const found = findMajorWithSchema(details, wanted);
            if (found) {
                deps.log.info(`CreateModelVersion answered ${err.awsErrorName}, but version ${found.latest.modelVersionNumber} has this schema; carrying on with it.`);
                return found.latest;
            }
            if (err.trainingInProgress || attempt >= WRITE_ATTEMPTS)
                throw err;
            deps.log.warning(`CreateModelVersion failed (${err.awsErrorName}); nothing was created; trying again.`);
            await deps.clock.sleep(retryDelay(attempt), deps.signal);
        }
    }
}
function toRef(d) {
    return { modelId: d.modelId, modelType: d.modelType, modelVersionNumber: d.modelVersionNumber };
}

;// CONCATENATED MODULE: ./src/retrain/report.ts
function newRetrainReport(init, startedAt) {
    return {
        ...init,
        trainedHere: false,
        startedAt,
        timeline: [],
        polls: 0,
        gates: [],
        validationMessages: [],
        outcome: 'running',
        hints: [],
        notes: [],
    };
}

;// CONCATENATED MODULE: ./src/retrain/gates.ts

/** AUCs are reported with many decimals; compare at a precision AFD displays. */
const round = (n) => Math.round(n * 1e6) / 1e6;
function evaluateGates(gates, modelType, candidate, active) {
    const results = [];
    // ATI reports ASI, not AUC; parsing rejects AUC gates for it, so this is defensive.
    if (modelType === 'ACCOUNT_TAKEOVER_INSIGHTS')
        return results;
    if (gates.minAuc !== undefined) {
        const auc = candidate.auc;
        results.push(auc === undefined
            ? {
                gate: 'min-auc',
                passed: false,
                detail: `AFD reported no AUC for the new version (min-auc ${gates.minAuc})`,
            }
            : {
                gate: 'min-auc',
                passed: round(auc) >= round(gates.minAuc),
                detail: `AUC ${formatMetricPair(auc, gates.minAuc)[0]} ${round(auc) >= round(gates.minAuc) ? '≥' : '<'} min-auc ${gates.minAuc}`,
            });
    }
    if (gates.maxAucDrop !== undefined) {
        const auc = candidate.auc;
        const base = active?.metrics.auc;
        if (!active || base === undefined) {
            results.push({
                gate: 'max-auc-drop',
                passed: true,
                detail: 'no ACTIVE version with an AUC to compare with: skipped',
            });
        }
        else if (auc === undefined) {
            results.push({
                gate: 'max-auc-drop',
                passed: false,
                detail: 'AFD reported no AUC for the new version',
            });
        }
        else {
            const drop = round(base - auc);
            const passed = drop <= round(gates.maxAucDrop);
            const [newAuc, activeAuc] = formatMetricPair(auc, base);
            const change = formatMetricPair(Math.abs(drop), gates.maxAucDrop)[0];
            results.push({
                gate: 'max-auc-drop',
                passed,
                detail: `AUC ${newAuc} vs ${activeAuc} of ACTIVE ${active.modelVersionNumber}: ${drop > 0 ? `drop ${change}` : `gain ${change}`} ${passed ? '≤' : '>'} max-auc-drop ${gates.maxAucDrop}`,
            });
        }
    }
    return results;
}

;// CONCATENATED MODULE: ./src/retrain/training-start.ts




const FAILED_TRAINING = new Set(['ERROR', 'TRAINING_CANCELLED']);
/**
 * A version of the same major version trained from the same data that did not
 * fail — started by an earlier attempt of this run, by a run that died, or by a
 * `wait: false` run — or, for a relative ingested window (which moves between
 * runs), one tagged with this run's id. AFD has no idempotency token; the
 * training data is the identity of a training.
 */
async function findEarlierTraining(afd, plan) {
    const { model } = plan;
    const training = model.retrain;
    if (!training || !model.majorVersionNumber)
        return undefined;
    const details = await afd.describeModelVersions({
        modelId: model.modelId,
        modelType: model.modelType,
    });
    const candidates = details
        .filter((d) => {
        const parsed = parseModelVersion(d.modelVersionNumber);
        if (!parsed)
            return false;
        const [major, minor] = parsed;
        return (String(major) === model.majorVersionNumber && minor > 0 && !FAILED_TRAINING.has(d.status));
    })
        .sort((a, b) => compareModelVersions(b.modelVersionNumber, a.modelVersionNumber));
    const sameData = candidates.find((d) => training.kind === 'external'
        ? d.dataLocation === training.dataLocation
        : d.ingestedStart === training.startTime && d.ingestedEnd === training.endTime);
    if (sameData || !plan.provenance)
        return sameData;
    // Only the newest few: an earlier attempt of this run is among the latest versions.
    for (const d of candidates.slice(0, 3)) {
        if (!d.arn)
            continue;
        const tags = await afd.listTags(d.arn);
        const value = (key) => tags.find((t) => t.key === key)?.value;
        if (value(provenance/* PROVENANCE_TAG_KEYS */.yj.repository) === plan.provenance.repository &&
            value(provenance/* PROVENANCE_TAG_KEYS */.yj.runId) === plan.provenance.runId) {
            return d;
        }
    }
    return undefined;
}
/**
 * UpdateModelVersion, retried by the action itself: after a throttle, a 5xx or
 * a broken connection the training may have started anyway, so it looks before
 * it tries again.
 */
async function startTraining(deps, plan) {
    const { model } = plan;
    for (let attempt = 1;; attempt++) {
        try {
            return await deps.afd.retrainModelVersion({
                modelId: model.modelId,
                modelType: model.modelType,
                majorVersionNumber: model.majorVersionNumber,
                training: model.retrain,
                tags: plan.tags,
            });
        }
        catch (err) {
            const uncertain = err instanceof domain_errors/* AfdError */.Ge && (err.retryable || err.trainingInProgress);
            if (!uncertain)
                throw err;
            // Did the failed call start the training after all?
            const started = await findEarlierTraining(deps.afd, plan);
            if (started) {
                deps.log.info(`UpdateModelVersion answered ${err.awsErrorName}, but version ${started.modelVersionNumber} was started from this data; carrying on with it.`);
                return started;
            }
            if (err.trainingInProgress || attempt >= WRITE_ATTEMPTS)
                throw err;
            deps.log.warning(`UpdateModelVersion failed (${err.awsErrorName}); nothing was started; trying again.`);
            await deps.clock.sleep(retryDelay(attempt), deps.signal);
        }
    }
}

;// CONCATENATED MODULE: ./src/retrain/run-retrain.ts









const TRAINING_DONE = (s) => s !== 'TRAINING_IN_PROGRESS';
const ACTIVATION_DONE = (s) => s === 'ACTIVE' || s === 'ERROR' || s === 'TRAINING_COMPLETE' || s === 'INACTIVE';
const run_retrain_DEPLOYING = new Set(['ACTIVATE_REQUESTED', 'ACTIVATE_IN_PROGRESS']);
/**
 * Runs the flow, updating `report` as it goes. Throws a typed ActionError on
 * any failure; the report then says how far it got.
 */
async function runRetrain(deps, requested, report) {
    const { afd, log } = deps;
    const onPoll = () => {
        report.polls++;
    };
    // 1. Start the training — unless an earlier run already did — or take the version the user named.
    // A new major version is found by its schema, or created; a retrain then goes to that major.
    let plan = requested;
    const resolved = plan.model.newMajorVersion
        ? await resolveNewMajor(deps, plan, report)
        : undefined;
    if (resolved?.kind === 'retrain')
        plan = { ...plan, model: { ...plan.model, majorVersionNumber: resolved.majorVersionNumber } };
    const { model } = plan;
    const { ref, status: initial } = resolved?.kind === 'version' ? resolved : await startOrPickVersion(deps, plan, report, onPoll);
    let status = initial;
    report.modelVersionNumber = ref.modelVersionNumber;
    report.finalStatus = status;
    report.timeline.push({ status, at: deps.clock.now() });
    // wait: false leaves a training that is still running to a later run; a
    // version that has finished training goes on to its gates and activation.
    if (!plan.wait && status === 'TRAINING_IN_PROGRESS') {
        report.outcome = 'started';
        log.info('wait: false — not waiting for training; a later run with the same inputs picks this version up.');
        return;
    }
    // 2. Wait for training to end.
    if (status === 'TRAINING_IN_PROGRESS') {
        // The model's own history (how long its earlier trainings took) sets the
        // ETA and where to poll densely. It only tunes polling: never fail on it.
        const history = await afd
            .describeModelVersions({ modelId: model.modelId, modelType: model.modelType })
            .catch((err) => {
            if (!(err instanceof domain_errors/* AfdError */.Ge))
                throw err;
            log.warning(`Could not read the training history of ${model.modelId} (${err.message}); polling without an ETA.`);
            return [];
        });
        const expectedDurationMs = expectedTrainingDuration(history, model.majorVersionNumber ?? String(parseModelVersion(ref.modelVersionNumber)?.[0] ?? ''));
        const createdTime = history.find((d) => d.modelVersionNumber === ref.modelVersionNumber)?.createdTime;
        status = await waitForModelVersion(deps, {
            ref,
            activity: 'training',
            isDone: TRAINING_DONE,
            policy: deps.trainingPoll ?? TRAINING_POLL,
            deadline: plan.deadline,
            timeline: report.timeline,
            onPoll,
            ...(expectedDurationMs !== undefined ? { expectedDurationMs } : {}),
            // Resuming a version an earlier run started: elapsed time counts from its start.
            ...(!report.trainedHere && createdTime ? { activityStartedAt: Date.parse(createdTime) } : {}),
        });
        report.finalStatus = status;
    }
    // 3. Read the metrics of every version: the new one, and the ACTIVE one to compare with.
    const details = await afd.describeModelVersions({
        modelId: model.modelId,
        modelType: model.modelType,
    });
    const mine = details.find((d) => d.modelVersionNumber === ref.modelVersionNumber);
    if (status === 'ERROR') {
        report.validationMessages = mine?.validationMessages ?? [];
        const lines = report.validationMessages.map((m) => `${m.fieldName ? `${m.fieldName}: ` : ''}${m.title ?? ''}${m.content ? ` — ${m.content}` : ''}`.trim());
        throw new domain_errors/* TrainingFailedError */.Ql(`Training of model ${model.modelId} version ${ref.modelVersionNumber} ended in ERROR` +
            (lines.length
                ? `:\n${lines.map((l) => `  - ${l}`).join('\n')}`
                : ' (AFD gave no data-validation messages).'), lines);
    }
    if (status === 'TRAINING_CANCELLED') {
        throw new domain_errors/* ActionError */.lZ(`Training of model ${model.modelId} version ${ref.modelVersionNumber} was cancelled in AFD.`);
    }
    report.metrics = mine?.metrics ?? {};
    const previousActive = pickPreviousActive(details, ref.modelVersionNumber);
    if (previousActive) {
        report.previousActive = {
            modelVersionNumber: previousActive.modelVersionNumber,
            metrics: previousActive.metrics,
        };
    }
    // 4. Gates.
    report.gates = evaluateGates(model.gates, model.modelType, report.metrics, report.previousActive);
    for (const g of report.gates)
        log.info(`Gate ${g.gate}: ${g.passed ? 'passed' : 'FAILED'} — ${g.detail}`);
    const failed = report.gates.filter((g) => !g.passed);
    if (failed.length) {
        throw new domain_errors/* GateFailedError */.To(`Model ${model.modelId} version ${ref.modelVersionNumber} failed its quality gate${failed.length > 1 ? 's' : ''}: ${failed.map((g) => g.detail).join('; ')}. It was not activated.`, ['The version stays TRAINING_COMPLETE in AFD; nothing serving traffic changed.']);
    }
    // 5. Activate, unless it already is (AFD refuses a request for the status a version already has).
    if (model.activate) {
        const activated = await activate(deps, plan, report, ref, status, onPoll);
        if (!activated)
            return; // wait: false, activation requested and left running
    }
    report.outcome = 'succeeded';
}
/**
 * Step 5: deploy the version and verify it is ACTIVE. False when wait: false
 * left the activation running (the report says 'started').
 */
async function activate(deps, plan, report, ref, current, onPoll) {
    const { afd, log } = deps;
    const { model } = plan;
    let status = current;
    // AFD activates only from TRAINING_COMPLETE (its own error message says so).
    if (status === 'TRAINING_COMPLETE') {
        await checkDeployQuota(afd, ref);
        log.info(`Activating model ${model.modelId} version ${ref.modelVersionNumber}`);
        await requestActivation(deps, ref);
        status = 'ACTIVATE_REQUESTED';
    }
    if (run_retrain_DEPLOYING.has(status) && !plan.wait) {
        report.outcome = 'started';
        report.finalStatus = status;
        log.info(`wait: false — activation of version ${ref.modelVersionNumber} requested (${status}); not waiting for it. A later run with the same inputs finds it ACTIVE.`);
        return false;
    }
    if (run_retrain_DEPLOYING.has(status)) {
        status = await waitForModelVersion(deps, {
            ref,
            activity: 'activation',
            isDone: ACTIVATION_DONE,
            policy: deps.activationPoll ?? ACTIVATION_POLL,
            deadline: plan.deadline,
            timeline: report.timeline,
            onPoll,
        });
    }
    report.finalStatus = status;
    // Verify, don't assume: the poll ending is not success.
    onPoll();
    const confirmed = (await afd.getModelVersion(ref)).status;
    report.finalStatus = confirmed;
    if (confirmed !== 'ACTIVE') {
        throw new domain_errors/* ActionError */.lZ(`Activation of model ${model.modelId} version ${ref.modelVersionNumber} did not succeed: it is ${confirmed}, not ACTIVE.`, [
            'AFD allows 5 deployed model versions per account: undeploy one that no detector version (ACTIVE, INACTIVE or DRAFT) uses any more, then re-run.',
        ]);
    }
    log.info(`Model ${model.modelId} version ${ref.modelVersionNumber} is ACTIVE`);
    return true;
}
/** Step 1 of the flow: the model version this run works on, and its status now. */
async function startOrPickVersion(deps, plan, report, onPoll) {
    const { afd, log } = deps;
    const { model } = plan;
    if (model.retrain && model.majorVersionNumber) {
        const earlier = await findEarlierTraining(afd, plan);
        if (earlier) {
            const ref = run_retrain_toRef(earlier);
            report.notes.push(`Picked up version ${ref.modelVersionNumber}, which an earlier run started from the same training data (${earlier.status}); no second training was started.`);
            log.info(`Version ${ref.modelVersionNumber} of model ${model.modelId} was already trained from this data (${earlier.status}); carrying on with it instead of training again.`);
            return { ref, status: earlier.status };
        }
        log.info(`Retraining model ${model.modelId} (${model.modelType}) major version ${model.majorVersionNumber} from ${describeTraining(plan)}`);
        const started = await startTraining(deps, plan);
        const ref = {
            modelId: model.modelId,
            modelType: model.modelType,
            modelVersionNumber: started.modelVersionNumber,
        };
        report.trainedHere = true;
        log.info(`Started training of version ${ref.modelVersionNumber} (${started.status})`);
        return { ref, status: started.status };
    }
    if (model.modelVersionNumber) {
        const ref = {
            modelId: model.modelId,
            modelType: model.modelType,
            modelVersionNumber: model.modelVersionNumber,
        };
        onPoll();
        const { status } = await afd.getModelVersion(ref);
        log.info(`Using existing version ${ref.modelVersionNumber} of model ${model.modelId} (${status})`);
        return { ref, status };
    }
    throw new domain_errors/* ActionError */.lZ(`Nothing to do for model ${model.modelId}: give training data to retrain, or model-version-number to use an existing version.`);
}
function run_retrain_toRef(d) {
    return { modelId: d.modelId, modelType: d.modelType, modelVersionNumber: d.modelVersionNumber };
}
/** The highest ACTIVE version other than the new one (versions sorted as numbers). */
function pickPreviousActive(details, exclude) {
    return maxBy(details.filter((d) => d.status === 'ACTIVE' && d.modelVersionNumber !== exclude), (a, b) => compareModelVersions(a.modelVersionNumber, b.modelVersionNumber));
}
function describeTraining(plan) {
    const t = plan.model.retrain;
    if (!t)
        return 'nothing';
    return t.kind === 'external' ? t.dataLocation : `ingested events ${t.startTime} – ${t.endTime}`;
}

;// CONCATENATED MODULE: ./src/run/model-flow.ts
// The model part of a run: retrain, create a new major version or activate
// (apply), or say what would be done (plan, draft). It writes the model's
// outputs and summary section and hands the detector part the version to use.










/** Runs the retrain flow. */
async function executeModel(request, ctx, mode, deps) {
    const model = request.model;
    const report = newRetrainReport({
        modelId: model.modelId,
        modelType: model.modelType,
        ...(model.majorVersionNumber ? { majorVersionNumber: model.majorVersionNumber } : {}),
        ...(model.retrain ? { training: model.retrain } : {}),
        activationRequested: model.activate,
    }, deps.clock.now());
    if (mode === 'plan' || mode === 'draft') {
        // A new major version: the same checks and decision as apply, without the write.
        const newMajor = model.newMajorVersion
            ? renderSchemaChange({
                modelId: model.modelId,
                ...(await planNewMajor(deps.afd, model, model.newMajorVersion)),
            })
            : undefined;
        if (newMajor)
            await writeSummary(newMajor);
        // Retraining and activation are writes; a plan never makes them.
        if (model.retrain || model.activate || newMajor) {
            commands/* info */.pq(`mode ${mode}: not retraining or activating model ${model.modelId} (only mode apply does).`);
        }
        // The version the proposal uses is the model version of this run.
        if (model.modelVersionNumber && !model.retrain)
            commands/* setOutput */.uH('modelVersionNumber', model.modelVersionNumber);
        if (!request.detector)
            await writeSummary(`## ℹ️ Model ${(0,markdown/* escapeMarkdown */.FV)(model.modelId)}: nothing done in mode ${mode}\n\nRetraining and activation are writes to AFD; only mode \`apply\` makes them.\n`);
        return model.modelVersionNumber && !model.retrain
            ? {
                pending: false,
                ref: {
                    modelId: model.modelId,
                    modelType: model.modelType,
                    modelVersionNumber: model.modelVersionNumber,
                },
            }
            : { pending: false, ...(newMajor ? { planSection: newMajor } : {}) };
    }
    try {
        await runRetrain({ afd: deps.afd, clock: deps.clock, log: commands/* logger */.vF, signal: deps.signal }, {
            model,
            tags: [...request.tags, ...(0,github_event/* provenanceTags */.Xy)(ctx)],
            wait: request.wait,
            deadline: deps.clock.now() + request.timeoutMinutes * 60_000,
            provenance: {
                repository: `${ctx.repository.owner}/${ctx.repository.repo}`,
                runId: ctx.runId,
            },
        }, report);
    }
    catch (err) {
        report.outcome = outcomeOf(err);
        report.error = err instanceof Error ? err.message : String(err);
        if (err instanceof domain_errors/* ActionError */.lZ)
            report.hints = err.hints;
        throw err;
    }
    finally {
        report.finishedAt = deps.clock.now();
        await bestEffort('set the outputs', () => {
            if (report.modelVersionNumber)
                commands/* setOutput */.uH('modelVersionNumber', report.modelVersionNumber);
            if (report.finalStatus)
                commands/* setOutput */.uH('modelVersionStatus', report.finalStatus);
        });
        await writeSummary(renderRetrainSummary(report, ctx.runUrl));
    }
    // Only a version that finished (and passed its gates) goes into a detector version.
    if (report.outcome === 'started')
        return { pending: true };
    return report.outcome === 'succeeded' && report.modelVersionNumber
        ? {
            pending: false,
            ref: {
                modelId: model.modelId,
                modelType: model.modelType,
                modelVersionNumber: report.modelVersionNumber,
            },
        }
        : { pending: false };
}
function outcomeOf(err) {
    if (err instanceof domain_errors/* TrainingFailedError */.Ql)
        return 'training-failed';
    if (err instanceof domain_errors/* GateFailedError */.To)
        return 'gate-failed';
    if (err instanceof domain_errors/* WaitTimeoutError */.Do)
        return 'timed-out';
    if (err instanceof domain_errors/* CancelledError */.cc)
        return 'cancelled';
    return 'failed';
}

;// CONCATENATED MODULE: ./src/run/execute.ts
// The shell around the flows: builds the gateway, the clock, cancellation and
// logging, runs the flows the request asks for, and always writes the outputs
// and the job summary it has, whatever happened.
// Logging, outputs and the summary go through the light workflow commands:
// @actions/core (and the ~1 MB of HTTP client it loads) is loaded only by the
// GitHub gateway, for runs that call GitHub's API.















async function executeRequest(request) {
    // Export writes files, not AFD versions: none of the flows below.
    if (request.mode === 'export')
        return executeExport(request);
    const ctx = (0,github_event/* readRunContext */.$p)(process.env, (0,environment/* readEventPayload */.N5)(process.env, (m) => commands/* warning */.$e(m)));
    const resolved = (0,github_event/* effectiveMode */.pQ)(request.mode, ctx);
    const detectors = (0,domain_request/* detectorsOf */.pG)(request);
    // Before any AWS call: a draft is found again by its pull request.
    if (resolved.mode === 'draft' && request.detector && !ctx.pullRequest) {
        throw new domain_errors/* ActionError */.lZ(`mode draft keeps one DRAFT detector version per pull request, but this ${ctx.eventName} run is not for a pull request.`, ['Use mode plan or apply on this event, or auto (plan on pull requests, apply elsewhere).']);
    }
    if (detectors.some((d) => d.rollbackTo) && resolved.mode === 'draft') {
        throw new domain_errors/* ActionError */.lZ('rollback-to re-activates an existing detector version; mode draft never activates anything.', ['Use mode plan to see the rollback, or apply to make it.']);
    }
    const timeScale = await (0,environment/* resolveTimeScale */.kH)(request.endpointUrl, { warn: (m) => commands/* warning */.$e(m) });
    if (timeScale !== 1)
        commands/* info */.pq(`Waiting in step with the local AFD emulator at ${request.endpointUrl ?? ''}: its clock runs ${timeScale}× real time.`);
    const clock = systemClock(timeScale);
    if (ctx.isForkPullRequest && !(0,environment/* hasAwsCredentials */.e1)()) {
        await (0,fork.reportForkSkip)((0,github_event/* forkPullRequestNotice */.zY)(ctx));
        return;
    }
    // Before anything is armed: credentials that cannot be sent fail the run here.
    const credentials = credentialsOption();
    const cancel = new AbortController();
    const onSignal = (signal) => {
        commands/* warning */.$e(`Received ${signal}: stopping; the summary says what is still running in AFD.`);
        cancel.abort(new domain_errors/* CancelledError */.cc(`Cancelled by ${signal}`));
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const gateway = new AfdGateway({
        region: request.region,
        sleep: (ms) => clock.sleep(ms, cancel.signal),
        onOutage: (m) => commands/* warning */.$e(m),
        ...credentials,
        ...(request.endpointUrl ? { endpointUrl: request.endpointUrl } : {}),
    });
    const afd = shareCatalogReads(refuseWritesAfter(gateway, cancel.signal));
    if (resolved.reason)
        commands/* notice */.lm(resolved.reason);
    try {
        const github = detectors.length ? await githubFor(request, ctx, timeScale) : undefined;
        const reviewed = detectors.length && resolved.mode === 'apply'
            ? await reviewedPlansOf(request, detectors, ctx, github)
            : undefined;
        // A rollback goes back to what was served; training something new in the same run would not.
        const rollbackOnly = detectors.length > 0 && detectors.every((d) => d.rollbackTo);
        let model = { pending: false };
        if (request.model && resolved.mode === 'apply') {
            // Before the model is trained or activated: a detector the plan cannot use fails now.
            for (const detector of detectors.filter((d) => !d.rollbackTo))
                await preflight(request, detector, ctx, afd, reviewed?.get(detector.detectorId)?.pullNumber);
        }
        if (request.model && rollbackOnly) {
            commands/* warning */.$e(`rollback-to: the model section (${request.model.modelId}) is ignored in this run; the rollback target keeps the model versions it has.`);
        }
        else if (request.model) {
            model = await executeModel(request, ctx, resolved.mode, {
                afd,
                clock,
                signal: cancel.signal,
            });
        }
        const shell = { afd, clock, signal: cancel.signal, github };
        const start = { retrained: model.ref, modelSection: model.planSection ?? '' };
        if (detectors.length && model.pending) {
            // A detector version made now would not contain the model still training.
            commands/* notice */.lm(`Not planning ${detectors.length === 1 ? 'detector' : 'detectors'} ${detectors.map((d) => d.detectorId).join(', ')} yet: the model version is still training or activating (wait: false), and AFD puts only ACTIVE model versions into a detector version. The run that picks the finished version up plans, creates and promotes it.`);
        }
        else if (request.detectors) {
            await executeDetectors(request, request.detectors, ctx, resolved.mode, shell, {
                ...start,
                reviewed,
            });
        }
        else if (request.detector) {
            await executeDetector(request, ctx, resolved.mode, shell, {
                ...start,
                reviewed: reviewed?.get(request.detector.detectorId),
            });
        }
    }
    finally {
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
        gateway.destroy();
    }
}
/** The GitHub client, loaded only when this run talks to GitHub; its pauses shrink with a local emulator's clock. */
async function githubFor(request, ctx, timeScale) {
    const wantsComment = ctx.pullRequest !== undefined && request.comment;
    const wantsMergedPull = ctx.isDefaultBranchPush;
    const wantsPullStates = (0,domain_request/* detectorsOf */.pG)(request).some((d) => d.deleteStaleDrafts || d.keepInactiveVersions !== undefined);
    if (!request.githubToken) {
        if (wantsComment)
            commands/* info */.pq('No github-token: the PR comment is skipped.');
        return undefined;
    }
    if (!wantsComment && !wantsMergedPull && !wantsPullStates)
        return undefined;
    const { connectGitHub } = await Promise.all(/* import() */[__webpack_require__.e(484), __webpack_require__.e(857)]).then(__webpack_require__.bind(__webpack_require__, 5857));
    return connectGitHub(request.githubToken, ctx, timeScale);
}
function credentialsOption() {
    const credentials = (0,environment/* environmentCredentials */.Se)();
    return credentials ? { credentials } : {};
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
