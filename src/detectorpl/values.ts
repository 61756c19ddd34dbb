// Event values as rules see them. AFD receives every event variable as a string
// (eventVariables is map<string,string>); each is coerced by its variable's data
// type once per event, into a slot numbered at compile time, so 1,000 rules that
// read $amount parse it once, not 1,000 times.
import type { EventSource, ScoreSource, VariableInfo } from './evaluate-types.js';
import { clip } from './source.js';

export type Value = number | string | boolean;

/** Thrown (and caught per rule) when the evaluator cannot know what AFD would do. */
export class Uncertain extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'Uncertain';
  }
}

export function describeValue(v: Value): string {
  if (typeof v === 'string') return `the string "${clip(v, 30)}"`;
  if (typeof v === 'number') return `the number ${v}`;
  return `the boolean ${v}`;
}

const INTEGER = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A raw string as a value of `info.dataType`; text that is not one is uncertain, never guessed. */
export function coerce(raw: string, info: VariableInfo, name: string): Value | Uncertain {
  switch (info.dataType) {
    case 'INTEGER':
    case 'FLOAT': {
      // Java's parsers accept surrounding blanks; so do we.
      const text = raw.trim();
      if ((info.dataType === 'INTEGER' ? INTEGER : FLOAT).test(text)) return Number(text);
      return new Uncertain(
        `$${clip(name)} is ${info.dataType} but its value is "${clip(raw, 30)}"`,
      );
    }
    case 'BOOLEAN': {
      const lower = raw.toLowerCase();
      if (lower === 'true' || lower === 'false') return lower === 'true';
      return new Uncertain(`$${clip(name)} is BOOLEAN but its value is "${clip(raw, 30)}"`);
    }
    default:
      // STRING as is; DATETIME stays its ISO 8601 text (compared as instants, see compare.ts).
      return raw;
  }
}

interface SlotSpec {
  name: string;
  /** Absent for a model score (`$<modelId>_insightscore`), read from the modelScores map. */
  info?: VariableInfo;
}

// Slots are shared by every compiled rule: the same variable (name, type and
// default) read by many rules is one slot, coerced once per event. One object
// with fixed fields keeps the hot path monomorphic.
class Frame {
  generation = 0;
  event: EventSource = new Map();
  scores: ScoreSource | undefined = undefined;
  readonly slotByKey = new Map<string, number>();
  readonly specs: SlotSpec[] = [];
  /** The generation a slot was last loaded in: older means stale. */
  readonly stamps: number[] = [];
  readonly values: Value[] = [];
  readonly failures: (Uncertain | undefined)[] = [];
}
const frame = new Frame();

export function slotFor(name: string, info: VariableInfo | undefined): number {
  const key = info
    ? `v\u0000${name}\u0000${info.dataType}\u0000${info.defaultValue ?? '\u0001'}`
    : `m\u0000${name}`;
  let slot = frame.slotByKey.get(key);
  if (slot === undefined) {
    slot = frame.specs.length;
    frame.slotByKey.set(key, slot);
    frame.specs.push(info ? { name, info } : { name });
    frame.stamps.push(0);
    frame.values.push(0);
    frame.failures.push(undefined);
  }
  return slot;
}

/** Starts a new event: every slot is stale until read. */
export function beginEvent(event: EventSource, modelScores: ScoreSource | undefined): void {
  frame.generation++;
  frame.event = event;
  frame.scores = modelScores;
}

export function readSlot(slot: number): Value {
  const f = frame;
  if (f.stamps[slot] !== f.generation) {
    const loaded = load(f.specs[slot]!);
    f.stamps[slot] = f.generation;
    if (loaded instanceof Uncertain) {
      f.failures[slot] = loaded;
    } else {
      f.failures[slot] = undefined;
      f.values[slot] = loaded;
    }
  }
  const failure = f.failures[slot];
  if (failure !== undefined) throw failure;
  return f.values[slot]!;
}

function load(spec: SlotSpec): Value | Uncertain {
  const { name, info } = spec;
  if (!info) {
    const score = frame.scores?.get(name);
    if (score === undefined || !Number.isFinite(score)) {
      return new Uncertain(
        `no model score for $${clip(name)}: give it in the test's modelScores (or the CSV column)`,
      );
    }
    return score;
  }
  const raw = frame.event.get(name);
  // AFD (GetEventPrediction): an explicit null is the string "null" for rules; a
  // missing variable takes the variable's default value.
  if (raw === null) return coerce('null', info, name);
  if (raw !== undefined) return coerce(raw, info, name);
  if (info.defaultValue === undefined)
    return new Uncertain(`$${clip(name)} has no value and no default value`);
  return coerce(info.defaultValue, info, name);
}
