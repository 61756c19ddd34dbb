// Ingested-events window times: ISO-8601 with a timezone, or relative to the
// run (`now`, `-90d`), so a scheduled retrain can say "the last 90 days" without
// a script computing dates. Resolved here, once, against the caller's clock.

export const TIME_RULE =
  'must be an ISO-8601 time with a timezone (e.g. 2026-01-31T00:00:00Z) or a relative time: now, -30m, -12h, -90d, -2w';

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

const RELATIVE = /^-(\d{1,6})([mhdw])$/;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|([+-])(\d{2}):?(\d{2}))$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseIso(text: string): number | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  // Date.parse rolls 2026-02-30 over to March; a typo'd date must fail instead.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMs = 0;
  if (m[7] !== 'Z') {
    const oh = Number(m[9]);
    const om = Number(m[10]);
    if (oh > 23 || om > 59) return undefined;
    offsetMs = (m[8] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  return Date.UTC(year, month - 1, day, hour, minute, second) - offsetMs;
}

/** Epoch milliseconds for an absolute or relative time, or undefined when it is neither. */
export function resolveTime(text: string, now: Date): number | undefined {
  if (text === 'now') return now.getTime();
  const rel = RELATIVE.exec(text);
  if (rel) return now.getTime() - Number(rel[1]) * UNIT_MS[rel[2] as keyof typeof UNIT_MS];
  return parseIso(text);
}

/** `YYYY-MM-DDTHH:mm:ssZ`, the form AFD shows in its own responses (whole seconds, UTC). */
export function formatAfdTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
