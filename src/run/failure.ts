// How a failure reaches the user: one clear message (annotated at file and line
// for config-file problems), hints after it, and never a stack trace for the
// errors the action expects.
// Not @actions/core: this runs on the bad-input path, which must start fast.
import * as core from '../runner/commands.js';
import {
  ActionError,
  InputError,
  RuleLintError,
  formatProblem,
  placed,
  unlistedProblems,
  type InputProblem,
} from '../domain/errors.js';
import { escapeMarkdown, inlineCode } from '../report/markdown.js';

/**
 * One problem as Markdown. The value and the file are code spans: shown
 * verbatim (a regular expression keeps its backslashes, as the user wrote
 * it), and inert (no mention, link or HTML inside code) without escaping.
 */
function problemMarkdown(p: InputProblem): string {
  const value = p.value === undefined ? '' : ` = ${inlineCode(p.value)}`;
  const where = p.position ? ` (${inlineCode(`${p.position.file}:${p.position.line}`)})` : '';
  return `Input ${inlineCode(p.input)}${value}${where}: ${ruleMarkdown(p.rule)}`;
}

/** A rule's text, with the patterns it quotes (`^[0-9a-z_]+$`) as code: verbatim, not backslash-escaped. */
function ruleMarkdown(rule: string): string {
  return rule
    .split(/(\^\S*\$)/)
    .map((part, i) => (i % 2 === 1 ? inlineCode(part) : escapeMarkdown(part)))
    .join('');
}

/** The job summary of a run whose inputs were refused: every problem, and that AWS was not called. */
export function renderInputProblems(err: InputError): string {
  return [
    `## ❌ Fraud Detector Promote: ${err.total === 1 ? 'an input was' : `${err.total} inputs were`} refused`,
    '',
    ...err.problems.map((p) => `- ${problemMarkdown(p)}`),
    ...(err.unlisted > 0 ? [`- ${escapeMarkdown(unlistedProblems(err.unlisted))}`] : []),
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
    // Each problem is annotated once: a config-file problem at its file and
    // line, the others together in the step's failure message.
    // Only the listed problems: InputError keeps at most a few dozen, and counts the rest.
    for (const p of err.problems) {
      const at = p.position;
      if (!at) continue;
      core.error(formatProblem(p), {
        title: `Invalid input ${p.input}`,
        file: at.file,
        startLine: at.line,
        ...(at.column ? { startColumn: at.column } : {}),
      });
    }
    const rest = err.problems.filter((p) => !p.position);
    if (rest.length > 0) {
      core.setFailed(
        rest.length === err.problems.length
          ? err.message
          : new InputError(rest, err.unlisted).message,
      );
    } else if (err.unlisted > 0) {
      core.setFailed(
        `${err.total} inputs are invalid: ${err.problems.length} ${err.problems.length === 1 ? 'is' : 'are'} annotated at their lines above; ${err.unlisted} more are not listed (fix these and run again).`,
      );
    } else {
      core.markFailed();
    }
    return;
  }
  if (err instanceof RuleLintError) {
    // Each finding at its file, line and column, where a reviewer reads the rule.
    for (const f of err.findings) {
      const at = f.position;
      if (!at) continue;
      core.error(placed(f), {
        title: `Rule ${f.ruleId}`,
        file: at.file,
        startLine: at.line,
        ...(at.column ? { startColumn: at.column } : {}),
      });
    }
    const rest = err.findings.filter((f) => !f.position);
    core.setFailed(
      rest.length > 0
        ? [`${err.headline}:`, ...rest.map((f) => `  - ${placed(f)}`)].join('\n')
        : `${err.headline} (annotated at the rules' lines above).`,
    );
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
