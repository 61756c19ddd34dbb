// Rules as code in `detector.rules` (`{ruleId, expression | expressionFile,
// outcomes, description?}`) and the `detector.outcomes` declarations. Every
// value keeps where it came from (config line, or the `.dpl` file) so lint
// findings can be annotated there later.
import path from 'node:path';
import type { ExpressionSource, OutcomeDecl, RuleAsCode } from '../domain/request.js';
import type { RuleLintFinding } from '../planner/rule-lint.js';
import { nearNameHint, resolveConfigPath, type ReadFileOptions } from './config-file.js';
import { CONSTRAINTS } from './constraints.js';
import { Problems } from './problems.js';
import { unknownKeyRule } from './suggest.js';
import type { WorkspaceFile } from './workspace-file.js';
import { readConstrained, readText } from './values.js';
import { kindWords, type RawEntry, type RawValue } from './yaml-values.js';

/** Far above AFD's 4,096-character expression limit; only stops a huge file being read into memory. */
export const MAX_EXPRESSION_FILE_BYTES = 64 * 1024;

/**
 * DetectorPL's syntax lint of one rule (src/planner/rule-lint.ts). Handed in
 * by the shell, which loads the library (and re2js) only for a request with
 * rules as code; without it the rules are read but not linted.
 */
export type RuleSyntaxLint = (rule: RuleAsCode) => RuleLintFinding[];

/** How `expressionFile`s are read: the same hardened workspace reader as the config file. */
export interface ExpressionFiles {
  /** Workspace-relative path of the config file (forward slashes). */
  configFile: string;
  workspace: string | undefined;
  /** The hardened workspace reader (inside the workspace, a regular file, at most maxBytes, UTF-8). */
  readFile(path: string, options: ReadFileOptions): WorkspaceFile;
}

const RULE_KEYS = ['ruleId', 'expression', 'expressionFile', 'outcomes', 'description'] as const;
const OUTCOME_KEYS = ['name', 'description'] as const;

/** Whether a rules item (a mapping) is a rule as code rather than a pinned version. */
export function looksLikeRuleAsCode(item: RawValue & { kind: 'map' }): boolean {
  return item.entries.some((e) => ['expression', 'expressionFile', 'outcomes'].includes(e.key));
}

/** The entries of a mapping whose keys are known; `ok` is false when it has unknown keys (reported). */
export function entriesOf(
  item: RawValue & { kind: 'map' },
  keys: readonly string[],
  problems: Problems,
): { found: Map<string, RawEntry>; ok: boolean } {
  const found = new Map<string, RawEntry>();
  let ok = true;
  for (const entry of item.entries) {
    if (keys.includes(entry.key)) found.set(entry.key, entry);
    else {
      problems.add(entry.keyWhere, undefined, unknownKeyRule(entry.key, keys));
      ok = false;
    }
  }
  return { found, ok };
}

/** Where the text of an inline `expression:` value starts (after a quote, or on a block scalar's first content line). */
function inlineSource(v: RawValue): ExpressionSource | undefined {
  const pos = v.where.position;
  if (!pos) return undefined;
  const start = v.kind === 'scalar' ? v.textStart : undefined;
  return {
    file: pos.file,
    line: start?.line ?? pos.line,
    column: start?.column ?? pos.column ?? 1,
    wholeFile: false,
  };
}

function readOutcomeNames(v: RawValue, problems: Problems): string[] | undefined {
  if (v.kind !== 'seq') {
    problems.add(
      v.where,
      v.text,
      `must be a YAML list of outcome names, not ${kindWords(v)}; e.g. [review]`,
    );
    return undefined;
  }
  if (v.items.length === 0) {
    problems.add(v.where, v.text, 'must name at least one outcome (AFD requires one per rule)');
    return undefined;
  }
  const names: string[] = [];
  let ok = true;
  for (const item of v.items) {
    const name = readConstrained(item, CONSTRAINTS.identifier, problems);
    if (name === undefined) {
      if (item.kind === 'scalar' && item.value === null)
        problems.add(item.where, undefined, 'must not be empty');
      ok = false;
    } else if (names.includes(name)) {
      problems.add(item.where, name, `lists outcome '${name}' twice`);
      ok = false;
    } else names.push(name);
  }
  return ok ? names : undefined;
}

/**
 * A path written in the config file, relative to the config file: where to
 * read it, with the config file's own path rules (inside the workspace, no
 * absolute path); undefined (with a problem at `v`) when it may not be used.
 */
export function besideConfig(
  v: RawValue,
  raw: string,
  files: Pick<ExpressionFiles, 'configFile' | 'workspace'>,
  problems: Problems,
): { display: string; full: string } | undefined {
  const joined = path.posix.join(path.posix.dirname(files.configFile), raw.replace(/\\/g, '/'));
  const local = new Problems();
  const resolved = path.posix.isAbsolute(raw.replace(/\\/g, '/'))
    ? (local.add(v.where, raw, 'absolute paths are not allowed'), undefined)
    : resolveConfigPath(joined, files.workspace, local);
  if (!resolved)
    for (const p of local.list)
      problems.add(
        v.where,
        raw,
        `must be a path relative to the config file, inside the workspace (${p.rule})`,
      );
  return resolved;
}

/**
 * A file named by a config value, relative to the config file, read with the
 * hardened workspace reader: its text and the path to show, or undefined
 * with the problem (missing, with a near name; refused, at the file's line).
 */
export function readFileBesideConfig(
  v: RawValue,
  raw: string,
  files: ExpressionFiles,
  maxBytes: number,
  problems: Problems,
): { text: string; display: string } | undefined {
  const resolved = besideConfig(v, raw, files, problems);
  if (!resolved) return undefined;
  const file = files.readFile(resolved.full, { workspace: files.workspace, maxBytes });
  if (file.kind === 'missing') {
    problems.add(
      v.where,
      raw,
      `must name an existing file (looked for ${resolved.display} in the workspace)${nearNameHint(resolved.display, file.siblings)}`,
    );
    return undefined;
  }
  if (file.kind === 'refused') {
    const position =
      file.line === undefined ? {} : { position: { file: resolved.display, line: file.line } };
    problems.add({ ...v.where, ...position }, raw, `the file ${file.rule}`);
    return undefined;
  }
  return { text: file.text, display: resolved.display };
}

function readExpressionFile(
  v: RawValue,
  files: ExpressionFiles | undefined,
  problems: Problems,
): { expression: string; source: ExpressionSource } | undefined {
  const raw = readText(v, problems);
  if (raw === undefined) return undefined;
  if (!files || !v.where.position) {
    problems.add(
      v.where,
      raw,
      'is only read from a config file (it is relative to the file); in the rules input write the expression itself',
    );
    return undefined;
  }
  const read = readFileBesideConfig(v, raw, files, MAX_EXPRESSION_FILE_BYTES, problems);
  if (!read) return undefined;
  const { text, display } = read;
  if (text.trim() === '') {
    problems.add(v.where, raw, `is empty (${display}); it must hold the rule's expression`);
    return undefined;
  }
  return {
    expression: text,
    source: { file: display, line: 1, column: 1, wholeFile: true },
  };
}

/** A rule as code item; undefined (with problems) when any part is wrong. */
export function readRuleAsCode(
  item: RawValue & { kind: 'map' },
  files: ExpressionFiles | undefined,
  problems: Problems,
  lint?: RuleSyntaxLint,
): RuleAsCode | undefined {
  const { found, ok } = entriesOf(item, RULE_KEYS, problems);
  if (!ok) return undefined;
  const value = (key: string): RawValue | undefined => found.get(key)?.value;
  const ruleIdValue = value('ruleId');
  const ruleId = ruleIdValue
    ? readConstrained(ruleIdValue, CONSTRAINTS.identifier, problems)
    : undefined;
  if (!ruleIdValue) problems.add(item.where, item.text, 'is missing ruleId');

  const inline = value('expression');
  const file = value('expressionFile');
  let expression: { expression: string; source?: ExpressionSource } | undefined;
  if (inline && file) {
    problems.add(item.where, item.text, 'has both expression and expressionFile; use one');
  } else if (inline) {
    const text =
      inline.kind === 'scalar' && typeof inline.value === 'string' ? inline.value : undefined;
    if (text === undefined || text.trim() === '') {
      problems.add(
        inline.where,
        inline.text,
        `must be the rule's DetectorPL expression as text, not ${kindWords(inline)}`,
      );
    } else {
      const source = inlineSource(inline);
      expression = { expression: text, ...(source ? { source } : {}) };
    }
  } else if (file) {
    expression = readExpressionFile(file, files, problems);
  } else {
    problems.add(
      item.where,
      item.text,
      'is missing expression (or expressionFile); a rule as code needs one',
    );
  }

  const outcomesValue = value('outcomes');
  const outcomes = outcomesValue ? readOutcomeNames(outcomesValue, problems) : undefined;
  if (!outcomesValue)
    problems.add(item.where, item.text, 'is missing outcomes (at least one, e.g. [review])');

  const descriptionValue = value('description');
  const description = descriptionValue
    ? readConstrained(descriptionValue, CONSTRAINTS.description, problems)
    : undefined;
  const descriptionOk = !descriptionValue || description !== undefined || isNull(descriptionValue);

  if (!ruleId || !expression || !outcomes || !descriptionOk) return undefined;
  const rule: RuleAsCode = {
    ruleId,
    expression: expression.expression,
    outcomes,
    ...(description !== undefined ? { description } : {}),
    ...(expression.source ? { source: expression.source } : {}),
    ...(outcomesValue?.where.position ? { outcomesAt: outcomesValue.where.position } : {}),
  };
  // DetectorPL syntax, length and lists per rule, before any AWS call: names
  // and types need AFD's catalog and are checked later.
  const errors = (lint?.(rule) ?? []).filter((f) => f.severity === 'error');
  const where = (inline ?? file)!.where;
  for (const e of errors)
    problems.add(
      e.position ? { input: where.input, position: e.position } : where,
      undefined,
      e.message,
    );
  return errors.length === 0 ? rule : undefined;
}

function isNull(v: RawValue): boolean {
  return v.kind === 'scalar' && v.value === null;
}

/** `detector.outcomes`: a list of `{name, description?}` (or bare names). */
export function readOutcomes(v: RawValue, problems: Problems): OutcomeDecl[] | undefined {
  if (v.kind !== 'seq') {
    problems.add(
      v.where,
      v.text,
      `must be a YAML list, not ${kindWords(v)}; e.g. [{name: review, description: Send to manual review}]`,
    );
    return undefined;
  }
  const out: OutcomeDecl[] = [];
  let ok = true;
  for (const item of v.items) {
    let decl: OutcomeDecl | undefined;
    if (item.kind === 'map') {
      const entries = entriesOf(item, OUTCOME_KEYS, problems);
      const found = entries.ok ? entries.found : undefined;
      const nameValue = found?.get('name')?.value;
      if (found && !nameValue) problems.add(item.where, item.text, 'is missing name');
      const name = nameValue
        ? readConstrained(nameValue, CONSTRAINTS.identifier, problems)
        : undefined;
      const descValue = found?.get('description')?.value;
      const description = descValue
        ? readConstrained(descValue, CONSTRAINTS.description, problems)
        : undefined;
      const descOk = !descValue || description !== undefined || isNull(descValue);
      if (found && name && descOk)
        decl = { name, ...(description !== undefined ? { description } : {}) };
    } else {
      const name = readConstrained(item, CONSTRAINTS.identifier, problems);
      if (name === undefined && isNull(item))
        problems.add(item.where, undefined, 'must not be empty');
      if (name) decl = { name };
    }
    if (!decl) {
      ok = false;
      continue;
    }
    if (out.some((o) => o.name === decl.name)) {
      problems.add(item.where, decl.name, `declares outcome '${decl.name}' twice`);
      ok = false;
      continue;
    }
    out.push(decl);
  }
  return ok ? out : undefined;
}
