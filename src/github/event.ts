// What triggered this run, read once from the runner's environment and the
// event payload. Pure: the shell reads GITHUB_EVENT_PATH and passes the parsed
// JSON, so every branch here is testable with real webhook payloads. This file
// must not import @actions/github (its `context` reads process.env and the
// event file at import time, which is exactly the hidden I/O we avoid here).

import { ActionError } from '../domain/errors.js';
import { PROVENANCE_TAG_KEYS } from '../domain/provenance.js';
import type { EffectiveMode, Mode, Tag } from '../domain/request.js';

export interface RepositoryRef {
  owner: string;
  repo: string;
}

export interface PullRequestInfo {
  number: number;
  /** `owner/repo` of the head branch; null when the fork was deleted. */
  headRepoFullName: string | null;
  baseRepoFullName: string;
  /** Head repository differs from the base repository (or is gone). */
  isFork: boolean;
  /** The PR's head commit; GITHUB_SHA on PR events is the test merge commit. */
  headSha: string;
  headRef: string;
  baseRef: string;
  /** Only meaningful on `closed`. */
  merged?: boolean;
  mergeCommitSha?: string;
  htmlUrl?: string;
}

export interface ReleaseInfo {
  tagName: string;
  prerelease: boolean;
  draft: boolean;
  targetCommitish?: string;
}

export interface RunContext {
  eventName: string;
  /** Payload `action` (`opened`, `synchronize`, `published`, …), when there is one. */
  action?: string;
  repository: RepositoryRef;
  /** GITHUB_SHA: on PR events the test merge commit, on push the pushed commit. */
  sha: string;
  runId: string;
  runAttempt: string;
  serverUrl: string;
  apiUrl: string;
  /** Link to this run (and attempt, when it is a re-run). */
  runUrl: string;
  /** GITHUB_REF, e.g. `refs/heads/main`, `refs/pull/2/merge`, `refs/tags/v1`. */
  ref: string;
  /** GITHUB_REF_NAME, e.g. `main`, `2/merge`, `v1`. */
  refName: string;
  defaultBranch?: string;
  pullRequest?: PullRequestInfo;
  release?: ReleaseInfo;
  isForkPullRequest: boolean;
  /** A `push` of a branch that is the repository's default branch. */
  isDefaultBranchPush: boolean;
}

/** Events whose `pull_request` payload makes `auto` mean `plan`. */
const PULL_REQUEST_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
]);

type Json = Record<string, unknown>;

function obj(v: unknown): Json | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined;
}
function nonEmpty(v: string | undefined): string | undefined {
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

function readPullRequest(payload: Json): PullRequestInfo | undefined {
  const pr = obj(payload['pull_request']);
  if (!pr) return undefined;
  const number = num(pr['number']) ?? num(payload['number']);
  if (number === undefined) return undefined;
  const head = obj(pr['head']) ?? {};
  const base = obj(pr['base']) ?? {};
  // head.repo is null when the fork was deleted after the PR was opened.
  const headRepoFullName = str(obj(head['repo'])?.['full_name']) ?? null;
  const baseRepoFullName =
    str(obj(base['repo'])?.['full_name']) ?? str(obj(payload['repository'])?.['full_name']) ?? '';
  // Compare names, not `head.repo.fork`: that flag is also true for a PR between
  // two branches of a repository that is itself a fork, which is not a fork PR.
  const isFork =
    headRepoFullName === null || headRepoFullName.toLowerCase() !== baseRepoFullName.toLowerCase();
  const info: PullRequestInfo = {
    number,
    headRepoFullName,
    baseRepoFullName,
    isFork,
    headSha: str(head['sha']) ?? '',
    headRef: str(head['ref']) ?? '',
    baseRef: str(base['ref']) ?? '',
  };
  if (typeof pr['merged'] === 'boolean') info.merged = pr['merged'];
  const mergeCommitSha = str(pr['merge_commit_sha']);
  if (mergeCommitSha) info.mergeCommitSha = mergeCommitSha;
  const htmlUrl = str(pr['html_url']);
  if (htmlUrl) info.htmlUrl = htmlUrl;
  return info;
}

function readRelease(payload: Json): ReleaseInfo | undefined {
  const release = obj(payload['release']);
  const tagName = str(release?.['tag_name']);
  if (!release || !tagName) return undefined;
  const info: ReleaseInfo = {
    tagName,
    prerelease: release['prerelease'] === true,
    draft: release['draft'] === true,
  };
  const target = str(release['target_commitish']);
  if (target) info.targetCommitish = target;
  return info;
}

function stripRefPrefix(ref: string): string {
  return ref.replace(/^refs\/(heads|tags)\//, '');
}

/**
 * Read the run's context. `env` is normally `process.env`; `eventPayload` the
 * parsed JSON of GITHUB_EVENT_PATH (or `{}` when there is none).
 * Throws ActionError when the repository or commit cannot be determined at all.
 */
export function readRunContext(
  env: Record<string, string | undefined>,
  eventPayload: unknown,
): RunContext {
  const payload = obj(eventPayload) ?? {};
  const repoPayload = obj(payload['repository']);

  const eventName = nonEmpty(env['GITHUB_EVENT_NAME']) ?? '';
  const fullName = nonEmpty(env['GITHUB_REPOSITORY']) ?? str(repoPayload?.['full_name']);
  const parts = fullName?.split('/') ?? [];
  if (parts.length !== 2 || !parts[0] || !parts[1]) {
    throw new ActionError(
      `GITHUB_REPOSITORY is ${fullName === undefined ? 'not set' : `'${fullName}'`}; expected 'owner/repo'. ` +
        'The action must run inside a GitHub Actions job.',
    );
  }
  const repository = { owner: parts[0], repo: parts[1] };

  const pullRequest = readPullRequest(payload);
  const release = readRelease(payload);

  const sha = nonEmpty(env['GITHUB_SHA']) ?? pullRequest?.headSha ?? str(payload['after']) ?? '';
  if (sha === '') {
    throw new ActionError(
      'GITHUB_SHA is not set; the action must run inside a GitHub Actions job.',
    );
  }

  const serverUrl = (nonEmpty(env['GITHUB_SERVER_URL']) ?? 'https://github.com').replace(
    /\/+$/,
    '',
  );
  const apiUrl = (nonEmpty(env['GITHUB_API_URL']) ?? 'https://api.github.com').replace(/\/+$/, '');
  const runId = nonEmpty(env['GITHUB_RUN_ID']) ?? '0';
  const runAttempt = nonEmpty(env['GITHUB_RUN_ATTEMPT']) ?? '1';
  const runUrl =
    `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}` +
    (runAttempt !== '1' ? `/attempts/${runAttempt}` : '');

  const ref = nonEmpty(env['GITHUB_REF']) ?? str(payload['ref']) ?? '';
  const refName = nonEmpty(env['GITHUB_REF_NAME']) ?? stripRefPrefix(ref);
  const defaultBranch = str(repoPayload?.['default_branch']);

  const ctx: RunContext = {
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
    isDefaultBranchPush:
      eventName === 'push' && defaultBranch !== undefined && ref === `refs/heads/${defaultBranch}`,
  };
  const action = str(payload['action']);
  if (action) ctx.action = action;
  if (defaultBranch) ctx.defaultBranch = defaultBranch;
  if (pullRequest) ctx.pullRequest = pullRequest;
  if (release) ctx.release = release;
  return ctx;
}

/** True on the events where `auto` means plan and nothing serving traffic may change. */
export function isPullRequestEvent(ctx: Pick<RunContext, 'eventName'>): boolean {
  // merge_group runs before the merge lands; applying there would promote a
  // change that may still be kicked out of the queue.
  return PULL_REQUEST_EVENTS.has(ctx.eventName) || ctx.eventName === 'merge_group';
}

export interface ResolvedMode {
  mode: EffectiveMode;
  /** Why the requested mode was changed; undefined when it was taken as asked. */
  reason?: string;
}

/**
 * Resolve `auto` against the event, and refuse to write from a fork PR: a fork
 * run has no AWS credentials and a read-only token, so `apply`/`draft` there can
 * only fail obscurely.
 */
export function effectiveMode(mode: Exclude<Mode, 'export'>, ctx: RunContext): ResolvedMode {
  const resolved: EffectiveMode =
    mode === 'auto' ? (isPullRequestEvent(ctx) ? 'plan' : 'apply') : mode;
  if (ctx.isForkPullRequest && resolved !== 'plan') {
    return {
      mode: 'plan',
      reason:
        `mode '${mode}' was reduced to 'plan': pull request #${ctx.pullRequest?.number ?? '?'} comes from a fork ` +
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
export function forkPullRequestNotice(ctx: RunContext): string {
  const pr = ctx.pullRequest;
  return (
    `Pull request #${pr?.number ?? '?'} comes from a fork (${pr?.headRepoFullName ?? 'deleted repository'}). ` +
    'GitHub gives workflows triggered by fork pull requests no secrets, no OIDC token (so no AWS credentials) ' +
    'and a read-only GITHUB_TOKEN, so no Fraud Detector plan can be computed or commented here. ' +
    'Nothing was changed. A maintainer can review the change after merging it to a branch of this repository, ' +
    'or run the plan from a `workflow_run` workflow on the default branch.'
  );
}

/** AFD tag values are at most 256 characters. */
const MAX_TAG_VALUE = 256;

/**
 * The provenance tags written on every AFD resource this run creates, so a
 * version can be traced to its run and commit and a re-run can find what an
 * earlier attempt made. `pullNumber` names the merged PR on a push to the
 * default branch (found through the API, so not in the context).
 */
export function provenanceTags(ctx: RunContext, opts: { pullNumber?: number } = {}): Tag[] {
  const pr = ctx.pullRequest?.number ?? opts.pullNumber;
  // On PR events GITHUB_SHA is a throw-away merge commit; the head is what was reviewed.
  const commit = ctx.pullRequest?.headSha || ctx.sha;
  const ref = ctx.release
    ? ctx.release.tagName
    : ctx.pullRequest
      ? `pr-${ctx.pullRequest.number}`
      : ctx.refName || stripRefPrefix(ctx.ref);
  const tags: Tag[] = [
    {
      key: PROVENANCE_TAG_KEYS.repository,
      value: `${ctx.repository.owner}/${ctx.repository.repo}`,
    },
    { key: PROVENANCE_TAG_KEYS.commit, value: commit },
    { key: PROVENANCE_TAG_KEYS.runId, value: ctx.runId },
    { key: PROVENANCE_TAG_KEYS.runAttempt, value: ctx.runAttempt },
    { key: PROVENANCE_TAG_KEYS.ref, value: ref },
  ];
  if (pr !== undefined) tags.push({ key: PROVENANCE_TAG_KEYS.pr, value: String(pr) });
  return tags.map((t) => ({ key: t.key, value: t.value.slice(0, MAX_TAG_VALUE) }));
}
