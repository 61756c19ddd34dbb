// Generic request validator driven by the shape tables in shapes.ts. It mimics
// the Coral messages AFD returns ("1 validation error detected: Value 'x' at
// 'a.b' failed to satisfy constraint: ...") and reports in stages, as the
// service does: missing required members first, then wrong types, then
// length/pattern/enum/range constraints.

import { validation, type AfdError } from './errors.js';

export type Shape =
  | {
      type: 'string';
      min?: number;
      max?: number;
      pattern?: RegExp;
      /** The pattern as AWS prints it (RegExp.source escapes differ from the model text). */
      patternText?: string;
      enum?: readonly string[];
    }
  | { type: 'integer'; min?: number; max?: number }
  | { type: 'float' }
  | { type: 'boolean' }
  | { type: 'list'; member: Shape; min?: number; max?: number }
  | { type: 'map'; key: Shape; value: Shape; min?: number }
  | { type: 'structure'; members: Record<string, Shape>; required?: readonly string[] };

export type StructureShape = Extract<Shape, { type: 'structure' }>;

interface Problems {
  required: string[];
  type: string[];
  constraint: string[];
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function fail(value: unknown, path: string, constraint: string): string {
  return `Value '${show(value)}' at '${path}' failed to satisfy constraint: ${constraint}`;
}

function typeName(shape: Shape): string {
  switch (shape.type) {
    case 'string':
      return 'string';
    case 'integer':
      return 'integer';
    case 'float':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'list':
      return 'list';
    case 'map':
    case 'structure':
      return 'structure';
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkLength(
  value: unknown,
  length: number,
  path: string,
  min?: number,
  max?: number,
): string[] {
  const out: string[] = [];
  if (min !== undefined && length < min)
    out.push(fail(value, path, `Member must have length greater than or equal to ${min}`));
  if (max !== undefined && length > max)
    out.push(fail(value, path, `Member must have length less than or equal to ${max}`));
  return out;
}

function walk(shape: Shape, value: unknown, path: string, problems: Problems): void {
  switch (shape.type) {
    case 'string': {
      if (typeof value !== 'string') {
        problems.type.push(fail(value, path, `Member must be of type ${typeName(shape)}`));
        return;
      }
      problems.constraint.push(
        ...checkLength(value, [...value].length, path, shape.min, shape.max),
      );
      if (shape.pattern && !shape.pattern.test(value)) {
        problems.constraint.push(
          fail(
            value,
            path,
            `Member must satisfy regular expression pattern: ${shape.patternText ?? shape.pattern.source}`,
          ),
        );
      }
      if (shape.enum && !shape.enum.includes(value)) {
        problems.constraint.push(
          fail(value, path, `Member must satisfy enum value set: [${shape.enum.join(', ')}]`),
        );
      }
      return;
    }
    case 'integer':
    case 'float': {
      if (
        typeof value !== 'number' ||
        !Number.isFinite(value) ||
        (shape.type === 'integer' && !Number.isInteger(value))
      ) {
        problems.type.push(fail(value, path, `Member must be of type ${typeName(shape)}`));
        return;
      }
      if (shape.type === 'integer') {
        if (shape.min !== undefined && value < shape.min)
          problems.constraint.push(
            fail(value, path, `Member must have value greater than or equal to ${shape.min}`),
          );
        if (shape.max !== undefined && value > shape.max)
          problems.constraint.push(
            fail(value, path, `Member must have value less than or equal to ${shape.max}`),
          );
      }
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean')
        problems.type.push(fail(value, path, 'Member must be of type boolean'));
      return;
    case 'list': {
      if (!Array.isArray(value)) {
        problems.type.push(fail(value, path, 'Member must be of type list'));
        return;
      }
      problems.constraint.push(...checkLength(value, value.length, path, shape.min, shape.max));
      // Coral names list members 1-based with a ".member" suffix.
      value.forEach((item, i) =>
        walkMember(shape.member, item, `${path}.${i + 1}.member`, problems),
      );
      return;
    }
    case 'map': {
      if (!isPlainObject(value)) {
        problems.type.push(fail(value, path, 'Member must be of type map'));
        return;
      }
      problems.constraint.push(...checkLength(value, Object.keys(value).length, path, shape.min));
      for (const [k, v] of Object.entries(value)) {
        walk(shape.key, k, `${path}.${k}.key`, problems);
        walkMember(shape.value, v, `${path}.${k}.value`, problems);
      }
      return;
    }
    case 'structure': {
      if (!isPlainObject(value)) {
        problems.type.push(fail(value, path, 'Member must be of type structure'));
        return;
      }
      walkStructure(shape, value, path, problems);
      return;
    }
  }
}

/** A null list/map entry is a "must not be null" problem, not a type problem. */
function walkMember(shape: Shape, value: unknown, path: string, problems: Problems): void {
  if (value === null || value === undefined) {
    problems.required.push(
      `Value null at '${path}' failed to satisfy constraint: Member must not be null`,
    );
    return;
  }
  walk(shape, value, path, problems);
}

function walkStructure(
  shape: StructureShape,
  value: Record<string, unknown>,
  prefix: string,
  problems: Problems,
): void {
  for (const [name, member] of Object.entries(shape.members)) {
    const path = prefix ? `${prefix}.${name}` : name;
    const memberValue = value[name];
    if (memberValue === undefined || memberValue === null) {
      if (shape.required?.includes(name)) {
        problems.required.push(
          `Value null at '${path}' failed to satisfy constraint: Member must not be null`,
        );
      }
      continue;
    }
    walk(member, memberValue, path, problems);
  }
  // Members not in the shape are ignored: the SDK never sends them and Coral drops them.
}

/** Returns a ValidationException for the first failing stage, or undefined when the input is valid. */
export function validateInput(
  shape: StructureShape,
  input: Record<string, unknown>,
): AfdError | undefined {
  const problems: Problems = { required: [], type: [], constraint: [] };
  walkStructure(shape, input, '', problems);
  const stage = [problems.required, problems.type, problems.constraint].find((p) => p.length > 0);
  if (!stage) return undefined;
  const noun = stage.length === 1 ? 'validation error' : 'validation errors';
  return validation(`${stage.length} ${noun} detected: ${stage.join('; ')}`);
}
