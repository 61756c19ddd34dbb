// Runtime values of the emulator's DetectorPL evaluator. AFD receives every
// event variable as a string (eventVariables is map<string,string>) and reads
// it as its variable's data type; this is that conversion.

export type Value = number | string | boolean;

/**
 * An expression that cannot be evaluated for this event (a type mismatch, a
 * division by zero, an unknown function). The emulator does not match the rule
 * and notes why in the call log; AFD's own behaviour here is undocumented.
 */
export class EvaluationError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'EvaluationError';
  }
}

// What Java's Long.parseLong / Double.parseDouble accept (without hex floats
// and the NaN / Infinity words, which no event should carry).
const INTEGER = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[dDfF]?$/;

/**
 * The value of `text` for a variable of `dataType`, or undefined when the text
 * is not one. STRING and DATETIME stay text (DATETIME is compared as an
 * instant, see operators.ts).
 */
export function fromEventText(text: string, dataType: string): Value | undefined {
  switch (dataType) {
    case 'INTEGER': {
      const t = text.trim();
      return INTEGER.test(t) ? Number(t) : undefined;
    }
    case 'FLOAT': {
      const t = text.trim();
      return FLOAT.test(t) ? Number(t.replace(/[dDfF]$/, '')) : undefined;
    }
    case 'BOOLEAN': {
      const t = text.toLowerCase();
      return t === 'true' ? true : t === 'false' ? false : undefined;
    }
    default:
      return text;
  }
}

/** The text of a value where text is needed (lists, regex_match, lowercase): numbers in shortest form. */
export function textOf(value: Value): string {
  return typeof value === 'string' ? value : String(value);
}

export function describe(value: Value): string {
  const text = textOf(value);
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return typeof value === 'string' ? `the string "${shown}"` : `the ${typeof value} ${shown}`;
}
