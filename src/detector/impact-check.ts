// The impact step inside the detector flow: run it when the plan has impact to
// show, keep the result for the summary, the comment and the `plan` output,
// log it, and stop before any write when a test or the backtest gate fails.
import type { ImpactInput } from '../impact/run-impact.js';
import { wantsImpact } from '../impact/wants-impact.js';
import type { DetectorDeps } from './detector-deps.js';
import type { DetectorReport } from './report.js';

export async function checkImpact(
  deps: DetectorDeps,
  input: ImpactInput,
  report: DetectorReport,
): Promise<void> {
  if (!wantsImpact(input)) return;
  // Loaded only now: a plan without tests, backtest or model swap never
  // evaluates a rule, and start-up time counts (docs/performance.md).
  const [{ impactFailure, runImpact }, { backtestPlanJson, impactLog, testsPlanJson }] =
    await Promise.all([import('../impact/run-impact.js'), import('../report/impact.js')]);
  const impact = await runImpact(deps, input);
  report.impact = impact;
  if (report.diff) {
    if (impact.tests) report.diff.tests = testsPlanJson(impact.tests);
    if (impact.backtest || impact.operatingPoint.length || impact.partialLists.length)
      report.diff.backtest = backtestPlanJson(
        impact.backtest,
        impact.operatingPoint,
        impact.partialLists,
      );
  }
  for (const line of impactLog(impact)) deps.log.info(line);
  const failure = impactFailure(impact);
  if (failure) throw failure;
}
