// The detector flow: plan a detector version from the base version and the
// request, then — by mode — only report it (plan), keep one DRAFT per pull
// request (draft), or create it and optionally promote it (apply).
import type { DetectorVersion, DetectorVersionSummary } from '../domain/afd.js';
import { ActionError } from '../domain/errors.js';
import type { Logger } from '../domain/log.js';
import type { Tag } from '../domain/request.js';
import { compareWholeVersions, maxBy } from '../domain/versions.js';
import type { DetectorVersionContent } from '../afd/port.js';
import { PROVENANCE_TAG_KEYS } from '../domain/provenance.js';
import {
  buildProposal,
  diffDetectorVersions,
  planFingerprint,
  type ProposedDetectorVersion,
} from '../planner/index.js';
import { deleteStaleDrafts, undeployReplacedModels } from './hygiene.js';
import { checkImpact } from './impact-check.js';
import {
  createOnce,
  findOwnDraft,
  findReviewedDraft,
  sameContent,
  tagsForCreate,
} from './existing-versions.js';
import { problemsError, proposalProblems, readPlanBase, readPlanDetails } from './plan-reads.js';
import { promote } from './promotion.js';
import { reviewedPlanDiffers } from './reviewed-plan-error.js';
import { resolveRequestRules, withActualVersions, writeRulesAsCode } from './rules-as-code.js';
import type { DetectorReport } from './report.js';
import type { DetectorDeps, DetectorRunInput } from './detector-deps.js';

export type { DetectorDeps, DetectorRunInput } from './detector-deps.js';
import { checkRulesAsCode, modelIdsOf } from './rule-check.js';
import { cleanUpAfterMerge, previewRetention, retainAfterPromotion } from './retention.js';

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
  await cleanUpAfterMerge(deps, input, report);
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
  const { earlier, base } = await readPlanBase(afd, summaries, input, report.mode);
  if (base) report.baseVersionId = base.detectorVersionId;
  // Rules as code: resolved to versions with reads only (GetRules, GetOutcomes).
  const asCode = await resolveRequestRules(afd, request, base?.rules);
  let proposal = buildProposal(base, request, input.retrained, {
    ...(input.defaultDescription ? { defaultDescription: input.defaultDescription } : {}),
    ...(asCode ? { resolvedRules: asCode.resolution.rules } : {}),
  });
  // Variables, lists, outcomes and types, against AFD's catalog: reads only, before any write.
  if (asCode) await checkRulesAsCode(afd, request, modelIdsOf(proposal), log);
  report.proposal = proposal;
  log.info(
    base
      ? `Planning detector ${detectorId} against version ${base.detectorVersionId} (${base.status})`
      : `Planning detector ${detectorId}: it has no ${request.base.kind === 'active' ? 'ACTIVE ' : ''}version yet`,
  );

  // 2. Read only what the diff and the checks need: changed rules, and the models of both sides.
  const details = await readPlanDetails(afd, detectorId, base, proposal);
  // Rule versions this run will create count as existing, and the diff shows their expressions.
  if (asCode) details.rules.push(...asCode.resolution.planned);
  const { rules, modelMetrics } = details;

  const diff = diffDetectorVersions(base, proposal, {
    rules,
    modelMetrics,
    ...(asCode ? { ruleResolution: asCode.resolution } : {}),
  });
  report.diff = diff;
  report.fingerprint = planFingerprint(
    base,
    proposal,
    '',
    asCode?.resolution.contents,
    asCode ? (request.outcomes ?? []) : [],
  );

  // 3. Check before any write.
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
  report.problems = [
    ...(asCode?.resolution.problems ?? []),
    ...(diff.changed
      ? proposalProblems(
          proposal,
          base,
          details,
          draftCount,
          report.mode === 'plan' ||
            (report.mode === 'draft' && !ownDraft) ||
            (report.mode === 'apply' && !reuse),
        )
      : []),
  ];
  if (report.problems.length) throw problemsError(detectorId, report.problems);
  // Rules as code write outcomes and descriptions even when the detector
  // version itself does not change: those writes need a reviewed plan too.
  const rulesAsCodeWrites =
    asCode !== undefined &&
    (asCode.resolution.outcomesToCreate.length > 0 ||
      asCode.resolution.metadata.length > 0 ||
      asCode.resolution.creates.length > 0);
  const writes =
    diff.changed ||
    rulesAsCodeWrites ||
    (report.mode === 'apply' && request.promote && base !== undefined && base.status !== 'ACTIVE');
  if (input.reviewed && writes && input.reviewed.fingerprint !== report.fingerprint) {
    throw reviewedPlanDiffers(
      input.reviewed.pullNumber,
      input.reviewed.fingerprint,
      report.fingerprint,
    );
  }

  // Rule tests, backtest, operating point: reads only, so before the first write in every mode.
  await checkImpact(
    deps,
    { detectorId, request, base, proposal, known: details.rules, modelMetrics },
    report,
  );

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
    log.info(
      `Detector ${detectorId}: no changes against version ${base?.detectorVersionId ?? '(none)'}; nothing to create.`,
    );
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
  const nextId = String(
    Number(
      maxBy(
        summaries.map((s) => s.detectorVersionId),
        compareWholeVersions,
      ) ?? '0',
    ) + 1,
  );

  // Created once, whatever the mode, with the base it was planned against in its tags.
  const create = (): Promise<{ detectorVersionId: string; status: string }> =>
    createOnce(deps, detectorId, content, tagsForCreate(input, base), input);

  const write: WriteContext = { deps, input, report, detectorId, base, proposal, content, create };
  switch (report.mode) {
    case 'plan':
      report.action = 'planned';
      report.detectorVersionId = nextId;
      report.status = 'PLANNED';
      if (request.promote && request.keepInactiveVersions !== undefined)
        diff.retention = {
          keepInactiveVersions: request.keepInactiveVersions,
          wouldDelete: await previewRetention(
            afd,
            { detectorId, repository: input.repository, keep: request.keepInactiveVersions },
            summaries,
            { activeId: nextId, ...activeAsReplaced(summaries) },
            base?.arn,
          ),
        };
      return;
    case 'draft':
      return writeDraft(write, ownDraft);
    case 'apply':
      return writeApply(write, reuse, earlier !== undefined, summaries);
  }
}

/** What the write steps share, once the plan is made and checked. */
interface WriteContext {
  deps: DetectorDeps;
  input: DetectorRunInput;
  report: DetectorReport;
  detectorId: string;
  base: DetectorVersion | undefined;
  proposal: ProposedDetectorVersion;
  content: DetectorVersionContent;
  create: () => Promise<{ detectorVersionId: string; status: string }>;
}

/** mode draft: the pull request's one DRAFT, created or brought up to date; never activated. */
async function writeDraft(w: WriteContext, own: DetectorVersionSummary | undefined): Promise<void> {
  const { deps, input, report, detectorId, proposal, content } = w;
  const { afd, log } = deps;
  const pr = String(input.pullNumber);
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
    const created = await w.create();
    report.action = 'created';
    report.detectorVersionId = created.detectorVersionId;
    log.info(`Created draft ${created.detectorVersionId} for PR #${pr}.`);
  }
  report.status = 'DRAFT';
  if (input.request.verifyRemote) {
    const draft = { detectorId, detectorVersionId: report.detectorVersionId, content };
    // Loaded only when asked for (the evaluator and re2js): start-up time counts.
    const { verifyDraft } = await import('./verify-draft.js');
    await verifyDraft(deps, { ...draft, tests: input.request.tests ?? [] }, report);
  }
}

/** mode apply: create (or reuse the reviewed or earlier version), then promote if asked. */
async function writeApply(
  w: WriteContext,
  reuse: DetectorVersionSummary | undefined,
  byEarlierAttempt: boolean,
  summaries: DetectorVersionSummary[],
): Promise<void> {
  const { deps, input, report, detectorId, base } = w;
  const { request } = input;
  const { log } = deps;
  if (reuse) {
    report.action = 'reused';
    report.detectorVersionId = reuse.detectorVersionId;
    report.status = reuse.status;
    log.info(
      byEarlierAttempt
        ? `Version ${reuse.detectorVersionId} was already created by an earlier attempt of this run; reusing it.`
        : `Reusing the reviewed draft ${reuse.detectorVersionId} of PR #${input.pullNumber}: it equals the proposal.`,
    );
  } else {
    const created = await w.create();
    report.action = 'created';
    report.detectorVersionId = created.detectorVersionId;
    report.status = created.status;
    log.info(
      `Created detector ${detectorId} version ${created.detectorVersionId} (${created.status}).`,
    );
  }
  if (!request.promote) return;
  if (report.status === 'ACTIVE') {
    // An earlier attempt of this run promoted it and may have died before its
    // clean-up: retention is idempotent, so it runs again and finishes the job.
    if (byEarlierAttempt) await retainAfterPromotion(deps, input, report);
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
async function undeployReplaced(w: WriteContext, previous: string): Promise<void> {
  const { deps, report, detectorId, base, proposal } = w;
  const replaced =
    base?.detectorVersionId === previous
      ? base
      : await deps.afd.getDetectorVersion(detectorId, previous);
  const log: Logger = {
    info: (m) => deps.log.info(m),
    warning: (m) => {
      deps.log.warning(m);
      report.notes.push(m);
    },
  };
  const { undeployed, kept } = await undeployReplacedModels(
    { afd: deps.afd, log },
    replaced.modelVersions,
    proposal.modelVersions,
  );
  report.notes.push(...kept);
  for (const m of undeployed) {
    report.notes.push(
      `Undeployed model ${m.modelId} ${m.modelVersionNumber}: only the replaced version ${previous} used it.`,
    );
  }
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

/** The ACTIVE version, as the one a promotion would replace. */
function activeAsReplaced(summaries: DetectorVersionSummary[]): { replacedId?: string } {
  const active = summaries.find((s) => s.status === 'ACTIVE');
  return active ? { replacedId: active.detectorVersionId } : {};
}
