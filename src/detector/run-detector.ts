// The detector flow: plan a detector version from the base version and the
// request, then — by mode — only report it (plan), keep one DRAFT per pull
// request (draft), or create it and optionally promote it (apply).
import type {
  DetectorVersion,
  DetectorVersionSummary,
  RuleDetail,
  TrainingMetrics,
} from '../domain/afd.js';
import { mapLimit } from '../domain/concurrency.js';
import { ActionError, AfdError } from '../domain/errors.js';
import type { Logger } from '../domain/log.js';
import type { DetectorRequest, ModelVersionRef, Tag } from '../domain/request.js';
import { compareWholeVersions, maxBy } from '../domain/versions.js';
import type { AfdPort, DetectorVersionContent } from '../afd/port.js';
import { PROVENANCE_TAG_KEYS } from '../github/event.js';
import {
  buildProposal,
  checkProposal,
  diffDetectorVersions,
  modelKey,
  planFingerprint,
  resolveBaseVersion,
  type ResolvedBase,
  ruleKey,
  rulesNeedingDetails,
  type ProposedDetectorVersion,
} from '../planner/index.js';
import { deleteStaleDrafts, undeployReplacedModels } from './hygiene.js';
import { findVersionByTags, tagValue } from './provenance.js';
import type { DetectorReport } from './report.js';

/** Parallel AFD reads per plan: quick, and far from provoking throttling. */
const READ_CONCURRENCY = 4;

export interface DetectorRunInput {
  request: DetectorRequest;
  /** A model version retrained (and activated) earlier in this run. */
  retrained?: ModelVersionRef;
  /** User tags + provenance tags for a created version. */
  tags: Tag[];
  /** Provenance of this run, to find what this run or this PR already made. */
  repository: string;
  runId: string;
  /** The pull request this run plans for (draft mode), or the merged PR (apply). */
  pullNumber?: number;
  defaultDescription?: string;
  /** For delete-stale-drafts: whether a PR is still open (undefined: unknown). */
  isPullOpen?: (n: number) => Promise<boolean | undefined>;
}

export interface DetectorDeps {
  afd: AfdPort;
  log: Logger;
  /** Pause between the action's own retries of a write; none when absent (tests). */
  sleep?: (ms: number) => Promise<void>;
}

export async function runDetector(
  deps: DetectorDeps,
  input: DetectorRunInput,
  report: DetectorReport,
): Promise<void> {
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
}

async function planAndWrite(
  deps: DetectorDeps,
  input: DetectorRunInput,
  report: DetectorReport,
): Promise<void> {
  const { afd, log } = deps;
  const { request } = input;
  const detectorId = request.detectorId;

  // 1. The base version and the proposal.
  const summaries = await afd.listDetectorVersions(detectorId);
  // Exactly once: an earlier attempt of this run may have created (and promoted)
  // the version already. Plan against the base it planned against, so a re-run
  // reports the same plan and outputs and writes nothing.
  const earlier =
    report.mode === 'apply'
      ? await findEarlierAttempt(afd, detectorId, summaries, input)
      : undefined;
  const resolved: ResolvedBase = earlier
    ? earlier.baseVersionId
      ? { kind: 'found', detectorVersionId: earlier.baseVersionId }
      : { kind: 'none' }
    : resolveBaseVersion(summaries, request.base);
  const base =
    resolved.kind === 'found'
      ? await afd.getDetectorVersion(detectorId, resolved.detectorVersionId)
      : undefined;
  if (base) report.baseVersionId = base.detectorVersionId;
  const proposal = buildProposal(base, request, input.retrained, {
    ...(input.defaultDescription ? { defaultDescription: input.defaultDescription } : {}),
  });
  report.proposal = proposal;
  log.info(
    base
      ? `Planning detector ${detectorId} against version ${base.detectorVersionId} (${base.status})`
      : `Planning detector ${detectorId}: it has no ${request.base.kind === 'active' ? 'ACTIVE ' : ''}version yet`,
  );

  // 2. Read only what the diff and the checks need: changed rules, and the models of both sides.
  const ruleRefs = rulesNeedingDetails(base, proposal);
  const fetched = await mapLimit(ruleRefs, READ_CONCURRENCY, (r) =>
    afd.getRuleVersion(detectorId, r),
  );
  const rules = fetched.filter((r): r is RuleDetail => r !== undefined);
  const models = uniqueModels([...(base?.modelVersions ?? []), ...proposal.modelVersions]);
  const modelDetails = await mapLimit(models, READ_CONCURRENCY, async (m) => {
    const [detail] = await afd
      .describeModelVersions({
        modelId: m.modelId,
        modelType: m.modelType,
        modelVersionNumber: m.modelVersionNumber,
      })
      .catch((err: unknown) => {
        // A model version that does not exist is a problem of the proposal, reported below.
        if (err instanceof ActionError && /not found/i.test(err.message)) return [];
        throw err;
      });
    return { ref: m, detail };
  });
  const modelMetrics = new Map<string, TrainingMetrics>();
  const modelVersionStatuses = new Map<string, string>();
  for (const { ref, detail } of modelDetails) {
    if (!detail) continue;
    modelMetrics.set(modelKey(ref), detail.metrics);
    modelVersionStatuses.set(modelKey(ref), detail.status);
  }

  const diff = diffDetectorVersions(base, proposal, { rules, modelMetrics });
  report.diff = diff;
  report.fingerprint = planFingerprint(base, proposal);

  // 3. Check before any write.
  const existingRuleVersions = new Set([
    ...(base?.rules ?? []).map(ruleKey),
    ...rules.map(ruleKey),
  ]);
  const draftCount = summaries.filter((s) => s.status === 'DRAFT').length;
  // What this run would write to, found before the checks: reusing or updating
  // an existing version creates nothing, so it needs no room under the draft quota.
  let ownDraft: DetectorVersionSummary | undefined;
  let reuse: DetectorVersionSummary | undefined;
  if (diff.changed && report.mode === 'draft') {
    if (input.pullNumber === undefined) {
      throw new ActionError(
        'mode draft keeps one DRAFT per pull request, but this run is not for a pull request.',
      );
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
  report.problems = diff.changed
    ? checkProposal(proposal, {
        existingRuleVersions,
        modelVersionStatuses,
        draftCount,
        createsVersion:
          report.mode === 'plan' ||
          (report.mode === 'draft' && !ownDraft) ||
          (report.mode === 'apply' && !reuse),
      })
    : [];
  if (report.problems.length) {
    throw new ActionError(
      `The proposed version of detector ${detectorId} cannot be created:\n${report.problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }

  if (!diff.changed) {
    report.action = 'unchanged';
    report.detectorVersionId = base?.detectorVersionId;
    report.status = base?.status;
    log.info(
      `Detector ${detectorId}: no changes against version ${base?.detectorVersionId ?? '(none)'}; nothing to create.`,
    );
    if (report.mode === 'apply' && request.promote && base && base.status !== 'ACTIVE') {
      await promote(deps, detectorId, base.detectorVersionId, summaries, report, {
        allowBaseChange: request.allowBaseChange === true,
      });
    }
    return;
  }

  const content = toContent(proposal);
  const nextId = String(
    Number(
      maxBy(
        summaries.map((s) => s.detectorVersionId),
        compareWholeVersions,
      ) ?? '0',
    ) + 1,
  );

  switch (report.mode) {
    case 'plan':
      report.action = 'planned';
      report.detectorVersionId = nextId;
      report.status = 'PLANNED';
      return;

    case 'draft': {
      const pr = String(input.pullNumber);
      const own = ownDraft;
      if (own) {
        const current = await afd.getDetectorVersion(detectorId, own.detectorVersionId);
        if (sameContent(current, proposal)) {
          report.action = 'reused';
          log.info(`Draft ${own.detectorVersionId} of PR #${pr} is already up to date.`);
        } else {
          await afd.updateDetectorVersion(detectorId, own.detectorVersionId, content);
          if (current.arn) await afd.tagResource(current.arn, refreshedProvenance(input.tags));
          report.action = 'updated';
          log.info(`Updated draft ${own.detectorVersionId} of PR #${pr}.`);
        }
        report.detectorVersionId = own.detectorVersionId;
      } else {
        const created = await createOnce(
          deps,
          detectorId,
          content,
          tagsForCreate(input, base),
          input,
        );
        report.action = 'created';
        report.detectorVersionId = created.detectorVersionId;
        log.info(`Created draft ${created.detectorVersionId} for PR #${pr}.`);
      }
      report.status = 'DRAFT';
      return;
    }

    case 'apply': {
      if (reuse) {
        report.action = 'reused';
        report.detectorVersionId = reuse.detectorVersionId;
        report.status = reuse.status;
        log.info(
          earlier
            ? `Version ${reuse.detectorVersionId} was already created by an earlier attempt of this run; reusing it.`
            : `Reusing the reviewed draft ${reuse.detectorVersionId} of PR #${input.pullNumber}: it equals the proposal.`,
        );
      } else {
        const created = await createOnce(
          deps,
          detectorId,
          content,
          tagsForCreate(input, base),
          input,
        );
        report.action = 'created';
        report.detectorVersionId = created.detectorVersionId;
        report.status = created.status;
        log.info(
          `Created detector ${detectorId} version ${created.detectorVersionId} (${created.status}).`,
        );
      }
      if (request.promote && report.status !== 'ACTIVE') {
        await promote(deps, detectorId, report.detectorVersionId, summaries, report, {
          ...(base ? { base } : {}),
          allowBaseChange: request.allowBaseChange === true,
        });
        if (request.undeployReplacedModel && report.previousActiveId) {
          const replaced =
            base?.detectorVersionId === report.previousActiveId
              ? base
              : await afd.getDetectorVersion(detectorId, report.previousActiveId);
          const undeployed = await undeployReplacedModels(
            deps,
            replaced.modelVersions,
            proposal.modelVersions,
          );
          for (const m of undeployed) {
            report.notes.push(
              `Undeployed model ${m.modelId} ${m.modelVersionNumber}: only the replaced version ${report.previousActiveId} used it.`,
            );
          }
        }
      }
      return;
    }
  }
}

/** Tag on a created version: the base it was planned against ("none" for a first version). */
export const BASE_VERSION_TAG = PROVENANCE_TAG_KEYS.baseVersion;
const NO_BASE = 'none';
/** How many of the newest versions to search for an earlier attempt of this run. */
const EARLIER_ATTEMPT_WINDOW = 5;

interface EarlierAttempt {
  summary: DetectorVersionSummary;
  /** Undefined when the earlier attempt planned a detector's first version. */
  baseVersionId?: string;
}

async function findEarlierAttempt(
  afd: AfdPort,
  detectorId: string,
  summaries: DetectorVersionSummary[],
  input: DetectorRunInput,
): Promise<EarlierAttempt | undefined> {
  const newest = [...summaries]
    .sort((a, b) => compareWholeVersions(b.detectorVersionId, a.detectorVersionId))
    .slice(0, EARLIER_ATTEMPT_WINDOW);
  let baseTag: string | undefined;
  const summary = await findVersionByTags(afd, detectorId, newest, (tags) => {
    const mine =
      tagValue(tags, PROVENANCE_TAG_KEYS.repository) === input.repository &&
      tagValue(tags, PROVENANCE_TAG_KEYS.runId) === input.runId &&
      tagValue(tags, BASE_VERSION_TAG) !== undefined;
    if (mine) baseTag = tagValue(tags, BASE_VERSION_TAG);
    return mine;
  });
  if (!summary) return undefined;
  return { summary, ...(baseTag && baseTag !== NO_BASE ? { baseVersionId: baseTag } : {}) };
}

/**
 * CreateDetectorVersion, retried by the action: after a throttle, a 5xx or a
 * broken connection the version may exist anyway, so look for it (by this
 * run's tags) before creating again.
 */
async function createOnce(
  deps: DetectorDeps,
  detectorId: string,
  content: DetectorVersionContent,
  tags: Tag[],
  input: DetectorRunInput,
): Promise<{ detectorVersionId: string; status: string }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await deps.afd.createDetectorVersion(detectorId, content, tags);
    } catch (err) {
      if (!(err instanceof AfdError) || !err.retryable) throw err;
      const summaries = await deps.afd.listDetectorVersions(detectorId);
      const made = await findEarlierAttempt(deps.afd, detectorId, summaries, input);
      if (made) {
        deps.log.info(
          `CreateDetectorVersion answered ${err.awsErrorName}, but version ${made.summary.detectorVersionId} was created; carrying on with it.`,
        );
        return { detectorVersionId: made.summary.detectorVersionId, status: made.summary.status };
      }
      if (attempt >= WRITE_ATTEMPTS) throw err;
      deps.log.warning(
        `CreateDetectorVersion failed (${err.awsErrorName}); nothing was created; trying again.`,
      );
      await deps.sleep?.(retryDelay(attempt));
    }
  }
}

/** Attempts for a write the action retries itself after checking what happened. */
const WRITE_ATTEMPTS = 8;
/** 2 s, 4 s, … capped at 64 s: the action's own backoff between write attempts. */
const retryDelay = (attempt: number): number => 2_000 * 2 ** Math.min(attempt - 1, 5);

/** UpdateDetectorVersionStatus ACTIVE; after an uncertain failure, look before asking again. */
async function requestPromotion(
  { afd, log, sleep }: DetectorDeps,
  detectorId: string,
  versionId: string,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await afd.updateDetectorVersionStatus(detectorId, versionId, 'ACTIVE');
      return;
    } catch (err) {
      if (!(err instanceof AfdError) || !err.retryable || attempt >= WRITE_ATTEMPTS) throw err;
      const now = await afd.listDetectorVersions(detectorId);
      if (now.find((v) => v.detectorVersionId === versionId)?.status === 'ACTIVE') return;
      log.warning(`UpdateDetectorVersionStatus failed (${err.awsErrorName}); trying again.`);
      await sleep?.(retryDelay(attempt));
    }
  }
}

/** Makes `versionId` ACTIVE, unless another run promoted something meanwhile; then verifies. */
async function promote(
  deps: DetectorDeps,
  detectorId: string,
  versionId: string,
  plannedSummaries: DetectorVersionSummary[],
  report: DetectorReport,
  opts: { base?: DetectorVersion; allowBaseChange?: boolean } = {},
): Promise<void> {
  const { afd, log } = deps;
  const { base, allowBaseChange = false } = opts;
  const activeOf = (list: DetectorVersionSummary[]): string | undefined =>
    list.find((s) => s.status === 'ACTIVE')?.detectorVersionId;
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
    log.warning(
      `Detector ${detectorId}: version ${currentActive ?? '(none)'} is ACTIVE now, not ${plannedActive ?? '(none)'} as planned; promoting ${versionId} anyway (allow-base-change).`,
    );
  } else if (currentActive !== plannedActive) {
    throw new ActionError(
      `Detector ${detectorId}: version ${currentActive ?? '(none)'} is ACTIVE now, but this run planned against ${plannedActive ?? 'no ACTIVE version'}${base ? ` (base ${base.detectorVersionId})` : ''}. Another run promoted meanwhile; not overwriting it with version ${versionId}.`,
      [
        'Re-run this job to plan against the new ACTIVE version, and use a `concurrency:` group per detector.',
      ],
    );
  }
  log.info(
    `Promoting detector ${detectorId} version ${versionId} to ACTIVE${currentActive ? ` (replacing ${currentActive})` : ''}`,
  );
  await requestPromotion(deps, detectorId, versionId);
  // Verify, don't assume.
  const after = await afd.listDetectorVersions(detectorId);
  const active = activeOf(after);
  if (active !== versionId) {
    throw new ActionError(
      `Promotion of detector ${detectorId} version ${versionId} did not take: version ${active ?? '(none)'} is ACTIVE.`,
    );
  }
  report.status = 'ACTIVE';
  report.promoted = true;
  // A version that was a DRAFT when this run planned (or did not exist yet) and
  // is INACTIVE now was ACTIVE in between: another run promoted it at the same
  // moment, and this promotion replaced it. Say so rather than overwrite silently.
  const planned = new Map(plannedSummaries.map((v) => [v.detectorVersionId, v.status]));
  for (const v of after) {
    if (
      v.detectorVersionId !== versionId &&
      v.status === 'INACTIVE' &&
      // A DRAFT then (or created since) can only be INACTIVE now by having been ACTIVE.
      (planned.get(v.detectorVersionId) ?? 'DRAFT') === 'DRAFT'
    ) {
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

/** Tags of a created version: the run's, plus the base it was planned against. */
function tagsForCreate(input: DetectorRunInput, base: DetectorVersion | undefined): Tag[] {
  return [...input.tags, { key: BASE_VERSION_TAG, value: base?.detectorVersionId ?? NO_BASE }];
}

/** This pull request's DRAFT, made by this action for this repository. */
function findOwnDraft(
  afd: AfdPort,
  detectorId: string,
  summaries: DetectorVersionSummary[],
  input: DetectorRunInput,
  knownArn?: string,
): Promise<DetectorVersionSummary | undefined> {
  const pr = String(input.pullNumber);
  return findVersionByTags(
    afd,
    detectorId,
    summaries.filter((s) => s.status === 'DRAFT'),
    (tags) =>
      tagValue(tags, PROVENANCE_TAG_KEYS.repository) === input.repository &&
      tagValue(tags, PROVENANCE_TAG_KEYS.pr) === pr,
    knownArn,
  );
}

async function findReviewedDraft(
  afd: AfdPort,
  detectorId: string,
  summaries: DetectorVersionSummary[],
  input: DetectorRunInput,
  proposal: ProposedDetectorVersion,
  knownArn?: string,
): Promise<DetectorVersionSummary | undefined> {
  const draft = await findOwnDraft(afd, detectorId, summaries, input, knownArn);
  if (!draft) return undefined;
  const current = await afd.getDetectorVersion(detectorId, draft.detectorVersionId);
  return sameContent(current, proposal) ? draft : undefined;
}

/** Whether a stored version has exactly the proposal's content (description aside). */
export function sameContent(v: DetectorVersion, p: ProposedDetectorVersion): boolean {
  const rules = (x: { ruleId: string; ruleVersion: string }[]): string => x.map(ruleKey).join(',');
  const models = (x: ModelVersionRef[]): string => x.map(modelKey).sort().join(',');
  return (
    rules(v.rules) === rules(p.rules) &&
    models(v.modelVersions) === models(p.modelVersions) &&
    [...v.externalModelEndpoints].sort().join(',') ===
      [...p.externalModelEndpoints].sort().join(',') &&
    v.ruleExecutionMode === p.ruleExecutionMode
  );
}

function toContent(p: ProposedDetectorVersion): DetectorVersionContent {
  return {
    rules: p.rules,
    modelVersions: p.modelVersions,
    externalModelEndpoints: p.externalModelEndpoints,
    ruleExecutionMode: p.ruleExecutionMode,
    ...(p.description ? { description: p.description } : {}),
  };
}

/** On a draft update, the commit and run tags move to the latest push. */
function refreshedProvenance(tags: Tag[]): Tag[] {
  const moving = new Set<string>([
    PROVENANCE_TAG_KEYS.commit,
    PROVENANCE_TAG_KEYS.runId,
    PROVENANCE_TAG_KEYS.runAttempt,
  ]);
  return tags.filter((t) => moving.has(t.key));
}

function uniqueModels(models: ModelVersionRef[]): ModelVersionRef[] {
  const seen = new Map<string, ModelVersionRef>();
  for (const m of models) seen.set(modelKey(m), m);
  return [...seen.values()];
}
