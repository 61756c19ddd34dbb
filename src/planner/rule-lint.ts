// Lint of rules as code, placed where the user wrote them: a DetectorPL
// diagnostic's line and column inside the expression become the file, line
// and column of the config value or the `.dpl` file. Pure.
import { lintExpression, type Catalog, type Diagnostic } from '../detectorpl/index.js';
import type { SourcePosition } from '../domain/errors.js';
import type { RuleAsCode } from '../domain/request.js';

export interface RuleLintFinding {
  severity: 'error' | 'warning';
  ruleId: string;
  code: string;
  /** Names the rule and, inside the expression, the line and column. */
  message: string;
  /** Where in the repository; absent for the inline `rules` input. */
  position?: SourcePosition;
}

/**
 * The text linted: line endings normalised (so lines count as in the file)
 * and trailing whitespace dropped (AFD receives the trimmed expression);
 * leading whitespace is kept so columns still match the file.
 */
function lintedText(expression: string): string {
  return expression.replace(/\r\n?/g, '\n').trimEnd();
}

/** The diagnostic's place in the file: the `.dpl` file itself, or offset from the config value's first character. */
function positionOf(rule: RuleAsCode, d: Diagnostic): SourcePosition | undefined {
  const source = rule.source;
  if (!source) return undefined;
  if (source.wholeFile) return { file: source.file, line: d.span.line, column: d.span.column };
  // A block scalar's lines all start at the same indentation as its first one.
  return {
    file: source.file,
    line: source.line + d.span.line - 1,
    column: source.column + d.span.column - 1,
  };
}

export function lintRuleAsCode(rule: RuleAsCode, catalog?: Catalog): RuleLintFinding[] {
  return lintExpression(lintedText(rule.expression), catalog).map((d) => {
    const position = positionOf(rule, d);
    const finding: RuleLintFinding = {
      severity: d.severity,
      ruleId: rule.ruleId,
      code: d.code,
      message: `rule ${rule.ruleId}, expression line ${d.span.line} column ${d.span.column}: ${d.message}`,
    };
    if (position) finding.position = position;
    return finding;
  });
}
