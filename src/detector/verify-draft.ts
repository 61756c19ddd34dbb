// verify-remote in draft mode: once the pull request's DRAFT is written, its
// rule tests' events go to AFD's GetEventPrediction for that DRAFT and every
// disagreement with the local evaluator is a warning (log annotation and
// summary note). Reads only; a failure here never fails the run, it is said.
import type { AfdPort, DetectorVersionContent } from '../afd/port.js';
import { compileRule, type CompiledRule } from '../detectorpl/index.js';
import type { Logger } from '../domain/log.js';
import { readEvalContext } from '../impact/eval-context.js';
import { runRuleTest, type RuleTest } from '../impact/rule-tests.js';
import { verifyRemote, type RemoteVerification } from '../impact/verify-remote.js';
import type { DetectorReport } from './report.js';

type VerifyAfd = Pick<
  AfdPort,
  | 'getDetectorEventType'
  | 'getEventType'
  | 'listRules'
  | 'listVariables'
  | 'getListElements'
  | 'getEventPrediction'
>;

/** The DRAFT's rules compiled locally, or the reason they cannot be. */
async function compiledDraft(
  afd: VerifyAfd,
  detectorId: string,
  content: DetectorVersionContent,
): Promise<CompiledRule[] | string> {
  const all = await afd.listRules(detectorId);
  const details = content.rules.map((ref) =>
    all.find((r) => r.ruleId === ref.ruleId && r.ruleVersion === ref.ruleVersion),
  );
  const missing = content.rules.filter((_, i) => !details[i]);
  if (missing.length) return `rule ${missing[0]?.ruleId ?? ''} was not found in AFD`;
  // A list read only in part makes an evaluation that misses it uncertain (then the test is not compared).
  const { context: ctx } = await readEvalContext(
    afd,
    details.map((d) => d?.expression ?? ''),
  );
  const compiled: CompiledRule[] = [];
  for (const d of details) {
    if (!d) continue;
    const { rule, diagnostics } = compileRule(d, ctx);
    if (!rule)
      return `rule ${d.ruleId} cannot be evaluated locally (${diagnostics[0]?.message ?? 'unknown'})`;
    compiled.push(rule);
  }
  return compiled;
}

function describeAnswer(a: { outcomes: string[]; rules: string[] }): string {
  return `outcomes [${a.outcomes.join(', ')}], rules [${a.rules.join(', ')}]`;
}

/** Log lines and summary notes of a verification. */
export function verificationMessages(
  versionId: string,
  v: RemoteVerification,
): { warnings: string[]; notes: string[] } {
  const warnings = v.disagreements.map(
    (d) =>
      `verify-remote: AFD disagrees with the local result for test "${d.test}" (event ${d.eventId}, ${d.differs.join(' and ')}): AFD ${describeAnswer(d.remote)}; local ${describeAnswer(d.local)}.`,
  );
  if (v.stopped)
    warnings.push(
      `verify-remote stopped at test "${v.stopped.test}": AFD refused GetEventPrediction: ${v.stopped.message}`,
    );
  const notes = [
    `verify-remote: ${v.compared} rule test(s) sent to AFD for DRAFT ${versionId}, ${v.disagreements.length} disagreement(s).`,
    ...warnings,
    ...v.skipped.map((s) => `verify-remote: test "${s.test}" not compared: ${s.reason}.`),
  ];
  return { warnings, notes };
}

export async function verifyDraft(
  deps: { afd: VerifyAfd; log: Logger },
  draft: {
    detectorId: string;
    detectorVersionId: string;
    content: DetectorVersionContent;
    tests: readonly RuleTest[];
  },
  report: DetectorReport,
): Promise<void> {
  const { afd, log } = deps;
  const say = (note: string): void => {
    log.warning(note);
    report.notes.push(note);
  };
  if (draft.tests.length === 0) {
    report.notes.push('verify-remote: no rule tests (detector.tests) to send to AFD.');
    return;
  }
  try {
    const eventTypeName = await afd.getDetectorEventType(draft.detectorId);
    const eventType = eventTypeName ? await afd.getEventType(eventTypeName) : undefined;
    const entityType = eventType?.entityTypes[0];
    if (!eventTypeName || !entityType)
      return say(
        `verify-remote: skipped, the event type of detector ${draft.detectorId} has no entity type to send events as.`,
      );
    const rules = await compiledDraft(afd, draft.detectorId, draft.content);
    if (typeof rules === 'string') return say(`verify-remote: skipped, ${rules}.`);
    const mode = draft.content.ruleExecutionMode;
    const result = await verifyRemote(
      {
        detectorId: draft.detectorId,
        detectorVersionId: draft.detectorVersionId,
        eventTypeName,
        entityType,
        tests: draft.tests,
        evaluate: (t) => runRuleTest(t, rules, mode),
      },
      afd,
    );
    const { warnings, notes } = verificationMessages(draft.detectorVersionId, result);
    for (const w of warnings) log.warning(w);
    log.info(notes[0] ?? '');
    report.notes.push(...notes);
  } catch (err) {
    say(`verify-remote: could not verify the DRAFT against AFD: ${(err as Error).message}`);
  }
}
