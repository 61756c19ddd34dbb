// Text from outside (AFD's answers above all) is cut at a stated size before
// anything renders, logs or compares it: an endpoint that is not AFD can send
// a 50 MB description, and the plan output, the summary and the log must stay
// bounded whatever it sends.

/**
 * The caps on AFD's text fields. Each is far above what AFD itself allows
 * (ids ≤ 64 characters, descriptions ≤ 128, rule expressions ≤ 4,000), so
 * only a broken or hostile endpoint is ever cut.
 */
export const AFD_TEXT_CAPS = {
  /** Ids, version numbers, statuses, enums, ARNs, tag keys and values. */
  id: 1_000,
  description: 1_000,
  expression: 10_000,
  /** Error messages and data-validation messages (title and content each). */
  message: 2_000,
} as const;

/** Data-validation messages kept from one model version; AFD gives a handful. */
export const MAX_VALIDATION_MESSAGES = 100;

/** `text` cut to at most `max` characters, saying how much was cut. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  const note = `… (${text.length - max} more characters cut)`;
  // Never split a surrogate pair: the half left would be invalid UTF-16.
  let end = Math.max(0, max - note.length);
  if (end > 0 && /[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
  return `${text.slice(0, end)}${note}`;
}
