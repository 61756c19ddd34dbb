// YAML (config file and inline inputs like `rules`) turned into a small tree
// that remembers where each value came from, so every later check can name the
// input or config path, and the file and line, without knowing which it was.
import type { Document, LineCounter, Node } from 'yaml';
import { shorten, type Problems, type Where } from './problems.js';
import type { YamlLibrary } from './yaml-library.js';

export type Scalar = string | number | boolean | null;

export type RawValue =
  | {
      kind: 'scalar';
      value: Scalar;
      /** as written, e.g. `1.10` for a YAML number */ text: string;
      where: Where;
      /** Config files, text values: where the text's first character is (after a quote or a `|` header line). */
      textStart?: { line: number; column: number };
    }
  | { kind: 'seq'; items: RawValue[]; text: string; where: Where }
  | { kind: 'map'; entries: RawEntry[]; text: string; where: Where };

export interface RawEntry {
  key: string;
  keyWhere: Where;
  value: RawValue;
}

/** A plain input string as a RawValue. */
export function inputValue(input: string, text: string): RawValue {
  return { kind: 'scalar', value: text, text, where: { input } };
}

interface Context {
  yaml: YamlLibrary;
  doc: Document;
  source: string;
  /** Set for config files: values get `file:line:column` and dotted paths. */
  file?: string;
  lineCounter: LineCounter;
  /** Values produced so far, aliases expanded: the guard against alias bombs. */
  expanded: number;
}

function childWhere(ctx: Context, parent: Where, rawKey: string | number, offset?: number): Where {
  // A key is part of every name below it: a 1 MiB key must not be quoted in each.
  const key = typeof rawKey === 'string' ? shorten(rawKey) : rawKey;
  if (ctx.file !== undefined) {
    const input =
      typeof key === 'number'
        ? `${parent.input}[${key}]`
        : parent.input === ''
          ? key
          : `${parent.input}.${key}`;
    return { input, position: positionAt(ctx, offset ?? 0) };
  }
  const part = typeof key === 'number' ? `item ${key + 1}` : key;
  return { input: parent.input, detail: parent.detail ? `${parent.detail}, ${part}` : part };
}

function positionAt(ctx: Context, offset: number): Where['position'] {
  const { line, col } = ctx.lineCounter.linePos(offset);
  return { file: ctx.file ?? '', line, column: col };
}

/** Aliases nested deeper than this are almost certainly a billion-laughs file. */
const MAX_DEPTH = 32;
/**
 * Depth alone does not stop a billion-laughs file: nine levels of aliases that
 * each repeat the level below ten times expand to a billion values from a few
 * hundred bytes. No real config comes near this many values.
 */
const MAX_EXPANDED_VALUES = 20_000;

function convert(
  ctx: Context,
  node: Node | null | undefined,
  where: Where,
  problems: Problems,
  depth: number,
): RawValue {
  if (depth > MAX_DEPTH) {
    problems.add(where, undefined, `is nested more than ${MAX_DEPTH} levels deep`);
    return { kind: 'scalar', value: null, text: '', where };
  }
  if (++ctx.expanded > MAX_EXPANDED_VALUES) {
    if (ctx.expanded === MAX_EXPANDED_VALUES + 1)
      problems.add(
        where,
        undefined,
        `expands to more than ${MAX_EXPANDED_VALUES} values (aliases that repeat aliases?); write the values out`,
      );
    return { kind: 'scalar', value: null, text: '', where };
  }
  const { isAlias, isMap, isScalar, isSeq } = ctx.yaml;
  if (isAlias(node)) return convert(ctx, node.resolve(ctx.doc), where, problems, depth + 1);
  const text = node?.range ? ctx.source.slice(node.range[0], node.range[1]).trim() : '';
  if (isMap(node)) {
    const entries: RawEntry[] = [];
    // Duplicate keys are found here with a Set: the yaml package's own check
    // (uniqueKeys) compares each key with every earlier one, which takes
    // minutes for a file with 200,000 keys.
    const seen = new Set<string>();
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      const keyOffset = keyNode?.range?.[0];
      const keyScalar = isScalar(keyNode) ? keyNode.value : undefined;
      if (
        typeof keyScalar !== 'string' &&
        typeof keyScalar !== 'number' &&
        typeof keyScalar !== 'boolean'
      ) {
        problems.add(
          childWhere(ctx, where, '?', keyOffset),
          undefined,
          'map keys must be plain text',
        );
        continue;
      }
      const key = String(keyScalar);
      const keyWhere = childWhere(ctx, where, key, keyOffset);
      if (seen.has(key)) {
        problems.add(
          keyWhere,
          undefined,
          `is not valid YAML: map keys must be unique ('${shorten(key)}' is given more than once)`,
        );
        continue;
      }
      seen.add(key);
      const valueNode = pair.value as Node | null;
      // `key:` with nothing after it has no useful range; point at the key instead.
      const valueOffset =
        valueNode?.range && valueNode.range[1] > valueNode.range[0]
          ? valueNode.range[0]
          : keyOffset;
      const valueWhere = childWhere(ctx, where, key, valueOffset);
      entries.push({
        key,
        keyWhere,
        value: convert(ctx, valueNode, valueWhere, problems, depth + 1),
      });
    }
    return { kind: 'map', entries, text, where };
  }
  if (isSeq(node)) {
    const items = node.items.map((item, i) => {
      const itemNode = item as Node | null;
      return convert(
        ctx,
        itemNode,
        childWhere(ctx, where, i, itemNode?.range?.[0]),
        problems,
        depth + 1,
      );
    });
    return { kind: 'seq', items, text, where };
  }
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
      // Keep numbers as written: `1.10` must not become "1.1".
      const written = typeof v === 'string' ? v : (node.source ?? String(v));
      const start =
        typeof v === 'string' && ctx.file !== undefined && node.range
          ? textStartOffset(ctx.source, node.range[0], String(node.type))
          : undefined;
      if (start === undefined) return { kind: 'scalar', value: v, text: written, where };
      const { line, col } = ctx.lineCounter.linePos(start);
      return { kind: 'scalar', value: v, text: written, where, textStart: { line, column: col } };
    }
    problems.add(where, text, 'has a YAML type this action does not read (use plain text)');
    return { kind: 'scalar', value: null, text, where };
  }
  return { kind: 'scalar', value: null, text: '', where };
}

/** Offset of a string scalar's first character: past an opening quote, or past a block header line and its indentation. */
function textStartOffset(source: string, start: number, type: string): number {
  if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') return start + 1;
  if (type !== 'BLOCK_LITERAL' && type !== 'BLOCK_FOLDED') return start;
  const newline = source.indexOf('\n', start);
  if (newline < 0) return start;
  let i = newline + 1;
  // Blank lines before the first content line belong to the scalar too.
  while (i < source.length && (source[i] === ' ' || source[i] === '\n' || source[i] === '\r')) i++;
  return i;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

export interface ParsedYaml {
  /** False when the text has syntax errors (already reported). */
  ok: boolean;
  /** Undefined when the text holds no value (empty, or only comments). */
  value?: RawValue;
}

function parseWith(
  yaml: YamlLibrary,
  source: string,
  where: Where,
  problems: Problems,
  file: string | undefined,
  reportValue: string | undefined,
): ParsedYaml {
  const lineCounter = new yaml.LineCounter();
  const doc = yaml.parseDocument(source, { lineCounter, prettyErrors: true, uniqueKeys: false });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const pos = err.linePos?.[0];
      if (file !== undefined) {
        problems.add(
          { input: where.input, position: { file, line: pos?.line ?? 1, column: pos?.col ?? 1 } },
          undefined,
          `is not valid YAML: ${firstLine(err.message)}`,
        );
      } else {
        const at = pos ? ` (line ${pos.line}, column ${pos.col} of the input)` : '';
        problems.add(where, reportValue, `is not valid YAML: ${firstLine(err.message)}${at}`);
      }
    }
    return { ok: false };
  }
  if (doc.contents === null) return { ok: true };
  const ctx: Context = { yaml, doc, source, lineCounter, expanded: 0 };
  if (file !== undefined) ctx.file = file;
  // A config file's root has the empty path, so its children are `model`, not `config.model`.
  const rootWhere: Where =
    file !== undefined ? { input: '', position: positionAt(ctx, doc.contents.range[0]) } : where;
  return { ok: true, value: convert(ctx, doc.contents, rootWhere, problems, 0) };
}

/** Parse an inline YAML input such as `rules`; problems name the input. */
export function parseInlineYaml(
  yaml: YamlLibrary,
  input: string,
  source: string,
  problems: Problems,
): ParsedYaml {
  return parseWith(yaml, source, { input }, problems, undefined, source);
}

/**
 * Parse a config file; every value carries `file:line:column` and a dotted path
 * from the root (the root itself has the path `''`, which problems report as `config`).
 */
export function parseYamlFile(
  yaml: YamlLibrary,
  file: string,
  source: string,
  problems: Problems,
): ParsedYaml {
  return parseWith(yaml, source, { input: 'config' }, problems, file, undefined);
}

export function kindWords(v: RawValue): string {
  if (v.kind === 'seq') return 'a list';
  if (v.kind === 'map') return 'a mapping';
  if (v.value === null) return 'empty';
  return `a ${typeof v.value}`;
}
