// Fault injection with a seeded PRNG, so a failing run reproduces exactly with
// the same randomSeed and the same sequence of calls.

import { mulberry32 } from './random.js';

/**
 * 'drop': the connection breaks before AFD handles the call (nothing happened).
 * 'lost-response': AFD handles the call, then the connection breaks before the
 * answer arrives — the case that makes non-idempotent creates dangerous.
 * 'expired-token': the caller's session token has expired (a long training
 * outlived a one-hour OIDC session).
 * 'barrier': the first `count` matching calls are held until all of them have
 * arrived (or `latencyMs` of real time has passed), then handled in arrival
 * order — so a test can make two processes race on a write deterministically,
 * however late the operating system starts one of them.
 * 'outage': the endpoint goes away: the matching call is answered, then the
 * listener closes, so every request is refused (ECONNREFUSED) until
 * `latencyMs` of emulated time (the emulator's clock) has passed; then it
 * listens again on the same port.
 */
export type FaultKind =
  | 'throttle'
  | 'internal'
  | 'drop'
  | 'lost-response'
  | 'expired-token'
  | 'latency'
  | 'barrier'
  | 'outage';

export interface FaultRule {
  /** An AFD operation name, or '*' for every operation. */
  operation: string;
  kind: FaultKind;
  /** Chance per matching call, 0–1. Default 1. */
  probability?: number;
  /** Only the first N matching calls are candidates; afterwards the rule is spent. */
  count?: number;
  /**
   * For 'latency': delay before the response, in real milliseconds. For
   * 'barrier': the longest a held call waits for the others (default 30 000).
   * For 'outage': how long the endpoint stays away, in emulated milliseconds
   * (default 2 000).
   */
  latencyMs?: number;
}

export interface FaultDecision {
  latencyMs: number;
  /** The failure to produce instead of handling the call, if any. */
  failure?: Exclude<FaultKind, 'latency' | 'barrier'>;
  /** Settles when the call may go on; present when a barrier holds it. */
  barrier?: Promise<void>;
  /** For an outage: how long the endpoint stays away, in emulated ms. */
  outageMs?: number;
}

const DEFAULT_BARRIER_WAIT_MS = 30_000;

const KINDS: readonly FaultKind[] = [
  'throttle',
  'internal',
  'drop',
  'lost-response',
  'expired-token',
  'latency',
  'barrier',
  'outage',
];

function checkRule(rule: FaultRule): FaultRule {
  if (typeof rule.operation !== 'string' || rule.operation === '')
    throw new Error('fault rule needs an operation');
  if (!KINDS.includes(rule.kind))
    throw new Error(`fault rule kind must be one of ${KINDS.join(', ')}`);
  const p = rule.probability ?? 1;
  if (!(p >= 0 && p <= 1)) throw new Error('fault rule probability must be within 0–1');
  if (rule.count !== undefined && !(Number.isInteger(rule.count) && rule.count >= 0)) {
    throw new Error('fault rule count must be a non-negative integer');
  }
  if (rule.kind === 'barrier' && !(rule.count !== undefined && rule.count >= 2)) {
    throw new Error(
      'a barrier fault rule needs a count of at least 2 (the calls to hold together)',
    );
  }
  return { ...rule };
}

interface RuleEntry {
  rule: FaultRule;
  seen: number;
  /** For a barrier: releases the calls it holds. */
  release?: () => void;
  held?: Promise<void>;
}

export class FaultInjector {
  private rules: RuleEntry[] = [];
  private random: () => number;

  constructor(private seed: number) {
    this.random = mulberry32(seed);
  }

  /** Replaces all rules and restarts the PRNG, so the same rules give the same failures. */
  set(rules: readonly FaultRule[]): void {
    // Calls held by a barrier that is being replaced go on now, not at its timeout.
    for (const entry of this.rules) entry.release?.();
    this.rules = rules.map((rule) => ({ rule: checkRule(rule), seen: 0 }));
    this.random = mulberry32(this.seed);
  }

  add(rule: FaultRule): void {
    this.rules.push({ rule: checkRule(rule), seen: 0 });
  }

  clear(): void {
    this.set([]);
  }

  /** The current rules (copies). */
  list(): FaultRule[] {
    return this.rules.map((r) => ({ ...r.rule }));
  }

  /** Decides the faults for one call of `operation`. */
  decide(operation: string): FaultDecision {
    const decision: FaultDecision = { latencyMs: 0 };
    for (const entry of this.rules) {
      const { rule } = entry;
      if (rule.operation !== '*' && rule.operation !== operation) continue;
      if (rule.count !== undefined && entry.seen >= rule.count) continue;
      entry.seen += 1;
      if (rule.kind === 'barrier') {
        decision.barrier = this.hold(entry);
        continue;
      }
      // Always draw, so the sequence does not depend on earlier outcomes.
      const hit = this.random() < (rule.probability ?? 1);
      if (!hit) continue;
      if (rule.kind === 'latency') decision.latencyMs += rule.latencyMs ?? 0;
      else if (rule.kind === 'outage') decision.outageMs ??= rule.latencyMs ?? 2_000;
      else decision.failure ??= rule.kind;
    }
    return decision;
  }

  private hold(entry: RuleEntry): Promise<void> {
    if (!entry.held) {
      entry.held = new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, entry.rule.latencyMs ?? DEFAULT_BARRIER_WAIT_MS);
        timer.unref();
        entry.release = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    if (entry.seen >= (entry.rule.count ?? 0)) entry.release?.();
    return entry.held;
  }
}
