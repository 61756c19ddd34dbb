// The detector's read-only checks, run before the first write of a run that
// also retrains or activates a model: a wrong detector-id, a base-version that
// does not exist, a missing rule version or a quota must fail the run before a
// model version is trained and activated for nothing. The retrained version
// does not exist yet; a stand-in takes its place, taken as ACTIVE.
import type { ModelRequest } from '../domain/request.js';
import { buildProposal, diffDetectorVersions } from '../planner/index.js';
import type { Logger } from '../domain/log.js';
import { problemsError, proposalProblems, readPlanBase, readPlanDetails } from './plan-reads.js';
import { checkRulesAsCode, modelIdsOf } from './rule-check.js';
import { resolveRequestRules } from './rules-as-code.js';
import type { DetectorDeps, DetectorRunInput } from './detector-deps.js';

/** The plan after the model step logs the rules' lint warnings; the preflight does not say them twice. */
const quiet: Logger = { info: () => undefined, warning: () => undefined };

/** The version number the stand-in for a version this run trains carries; never sent to AFD. */
export const NOT_YET_TRAINED = '(trained in this run)';

/**
 * Throws what the plan would throw later (an AfdError naming the detector, the
 * base-version error, the proposal's problems), having only read from AFD.
 */
export async function preflightDetector(
  deps: Pick<DetectorDeps, 'afd' | 'log'>,
  input: DetectorRunInput,
  model: ModelRequest,
): Promise<void> {
  const { afd, log } = deps;
  const detectorId = input.request.detectorId;
  const summaries = await afd.listDetectorVersions(detectorId);
  const { earlier, base } = await readPlanBase(afd, summaries, input, 'apply');
  const standIn = {
    modelId: model.modelId,
    modelType: model.modelType,
    modelVersionNumber:
      model.retrain || !model.modelVersionNumber ? NOT_YET_TRAINED : model.modelVersionNumber,
  };
  // Rules as code resolve to versions with reads only (GetRules, GetOutcomes).
  const asCode = await resolveRequestRules(afd, input.request, base?.rules);
  const proposal = buildProposal(
    base,
    input.request,
    standIn,
    asCode ? { resolvedRules: asCode.resolution.rules } : {},
  );
  if (asCode) await checkRulesAsCode(afd, input.request, modelIdsOf(proposal), quiet);
  const details = await readPlanDetails(afd, detectorId, base, proposal, standIn);
  if (asCode) details.rules.push(...asCode.resolution.planned);
  const diff = diffDetectorVersions(base, proposal, details);
  const problems = [
    ...(asCode?.resolution.problems ?? []),
    ...(diff.changed
      ? proposalProblems(
          proposal,
          base,
          details,
          summaries.filter((s) => s.status === 'DRAFT').length,
          // An earlier attempt's version is reused; stale drafts deleted first make room.
          earlier === undefined && !input.request.deleteStaleDrafts,
        )
      : []),
  ];
  if (problems.length) throw problemsError(detectorId, problems);
  // Rule tests give their own model scores, so they do not wait for the
  // version this run trains: a failing test stops the run before a model
  // version is trained for nothing. (The backtest and the operating point
  // need the trained version; they run before the detector is written.)
  if (input.request.tests?.length) {
    const { impactFailure, runImpact } = await import('../impact/run-impact.js');
    const impact = await runImpact(
      { afd, log: quiet },
      {
        detectorId,
        request: { tests: input.request.tests },
        base: undefined,
        proposal,
        known: details.rules,
        modelMetrics: new Map(),
      },
    );
    const failure = impactFailure(impact);
    if (failure) {
      const { impactLog } = await import('../report/impact.js');
      for (const line of impactLog(impact)) log.info(line);
      throw failure;
    }
  }
  log.info(
    `Detector ${detectorId}: checked before touching the model (version ${base?.detectorVersionId ?? '(none)'} to start from, rule versions, quotas${input.request.tests?.length ? ', rule tests' : ''}).`,
  );
}
