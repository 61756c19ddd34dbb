// Typed errors. Each carries what a user needs to act; the entry point prints
// `message` (never a stack trace) for every ActionError.

/** Base of every error the action expects and explains. */
export class ActionError extends Error {
  override name = 'ActionError';
  /** Optional follow-up lines for the log and the job summary. */
  readonly hints: string[];
  constructor(message: string, hints: string[] = []) {
    super(message);
    this.hints = hints;
  }
}

export interface SourcePosition {
  file: string;
  line: number;
  column?: number;
}

/** One rejected input: names the input, the value and the rule. */
export interface InputProblem {
  /** Input name as the user wrote it (`min-auc`) or a config path (`model.gates.minAuc`). */
  input: string;
  /** The offending value, already shortened for display; undefined when missing. */
  value?: string;
  /** The rule it breaks, in plain words. */
  rule: string;
  /** Set for config-file problems so they can be annotated at file and line. */
  position?: SourcePosition;
}

export function formatProblem(p: InputProblem): string {
  const value = p.value === undefined ? '' : ` = ${JSON.stringify(p.value)}`;
  const where = p.position ? ` (${p.position.file}:${p.position.line})` : '';
  return `Input '${p.input}'${value}${where}: ${p.rule}`;
}

/** "… and 3 more problems, not listed": what a capped list of problems leaves out. */
export function unlistedProblems(count: number): string {
  return `… and ${count} more ${count === 1 ? 'problem' : 'problems'}, not listed (fix these and run again)`;
}

/** Bad input: raised before any AWS call. */
export class InputError extends ActionError {
  override name = 'InputError';
  /** The problems listed (at most a few dozen); `unlisted` more were only counted. */
  readonly problems: InputProblem[];
  readonly unlisted: number;
  constructor(problems: InputProblem[], unlisted = 0) {
    const total = problems.length + unlisted;
    super(
      problems.length === 1 && unlisted === 0
        ? formatProblem(problems[0]!)
        : `${total} inputs are invalid:\n` +
            [
              ...problems.map((p) => `  - ${formatProblem(p)}`),
              ...(unlisted > 0 ? [`  - ${unlistedProblems(unlisted)}`] : []),
            ].join('\n'),
    );
    this.problems = problems;
    this.unlisted = unlisted;
  }

  /** Every problem found, listed or not. */
  get total(): number {
    return this.problems.length + this.unlisted;
  }
}

/** A problem a rule as code has, placed where the rule is written (absent for the inline `rules` input). */
export interface RuleFinding {
  ruleId: string;
  message: string;
  position?: SourcePosition;
}

/** Rules as code that AFD would refuse (unknown variable, list or outcome, a type mismatch): found with reads only, before any write. */
export class RuleLintError extends ActionError {
  override name = 'RuleLintError';
  /** The first line of the message: which detector, how many problems. */
  readonly headline: string;
  constructor(
    detectorId: string,
    readonly findings: readonly RuleFinding[],
  ) {
    const headline = `The rules of detector ${detectorId} have ${findings.length === 1 ? 'a problem' : `${findings.length} problems`}; nothing was written`;
    super(`${headline}:\n${findings.map((f) => `  - ${placed(f)}`).join('\n')}`);
    this.headline = headline;
  }
}

/** `file:line:column: message`, or the message alone. */
export function placed(f: { message: string; position?: SourcePosition }): string {
  const at = f.position;
  return at ? `${at.file}:${at.line}:${at.column ?? 1}: ${f.message}` : f.message;
}

/** An AFD call failed in a way the user can act on. */
export class AfdError extends ActionError {
  override name = 'AfdError';
  constructor(
    message: string,
    readonly operation: string,
    readonly awsErrorName: string,
    hints: string[] = [],
    /** Throttling, 5xx or a lost connection: the call may or may not have taken effect. */
    readonly retryable = false,
    /** AFD refused to start a training because one is running on the model. */
    readonly trainingInProgress = false,
  ) {
    super(message, hints);
  }
}

/** Training ended in ERROR; `messages` are AFD's data-validation messages. */
export class TrainingFailedError extends ActionError {
  override name = 'TrainingFailedError';
  constructor(
    message: string,
    readonly messages: string[],
  ) {
    super(message);
  }
}

/** A quality gate rejected the new model version. */
export class GateFailedError extends ActionError {
  override name = 'GateFailedError';
}

/** Waiting exceeded timeout-minutes; the resource is left as it is. */
export class WaitTimeoutError extends ActionError {
  override name = 'WaitTimeoutError';
}

/** The job was cancelled (SIGINT/SIGTERM) while waiting. */
export class CancelledError extends ActionError {
  override name = 'CancelledError';
}
