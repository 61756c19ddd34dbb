// How a failure reaches the user: one clear message (annotated at file and line
// for config-file problems), hints after it, and never a stack trace for the
// errors the action expects.
// Not @actions/core: this runs on the bad-input path, which must start fast.
import * as core from '../runner/commands.js';
import { ActionError, InputError, formatProblem } from '../domain/errors.js';
import { escapeMarkdown } from '../report/markdown.js';

/** The job summary of a run whose inputs were refused: every problem, and that AWS was not called. */
export function renderInputProblems(err: InputError): string {
  return [
    `## ❌ Fraud Detector Promote: ${err.problems.length === 1 ? 'an input was' : `${err.problems.length} inputs were`} refused`,
    '',
    ...err.problems.map((p) => `- ${escapeMarkdown(formatProblem(p))}`),
    '',
    'Nothing was sent to AWS. Fix the inputs (or the config file) and run the job again.',
    '',
  ].join('\n');
}

export async function reportFailure(err: unknown): Promise<void> {
  if (err instanceof InputError) {
    // Outputs and summary on every handled failure: the summary is where a
    // reviewer looks first. A summary that cannot be written (no
    // GITHUB_STEP_SUMMARY outside Actions) must not hide the error itself.
    await core.appendSummary(renderInputProblems(err)).catch(() => undefined);
    for (const p of err.problems) {
      if (p.position) {
        core.error(formatProblem(p), {
          title: `Invalid input ${p.input}`,
          file: p.position.file,
          startLine: p.position.line,
          ...(p.position.column ? { startColumn: p.position.column } : {}),
        });
      }
    }
    core.setFailed(err.message);
    return;
  }
  if (err instanceof ActionError) {
    core.setFailed([err.message, ...err.hints.map((h) => `  → ${h}`)].join('\n'));
    return;
  }
  const message = err instanceof Error ? err.message : String(err);
  // Unexpected: keep the stack for debugging, but only in the debug log.
  if (err instanceof Error && err.stack) core.debug(err.stack);
  core.setFailed(
    `Unexpected error: ${message}. Re-run with debug logging for details, and please report it.`,
  );
}
