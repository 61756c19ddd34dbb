// Benchmark 3: a PR plan at scale — a detector with 2,500 versions and 1,000
// rules × 5 versions, the PR changing 10 rules. The real plan flow
// (runDetector, mode plan) through AfdGateway against the emulator, beside a
// naive baseline that reads every rule version sequentially with GetRules.
import { performance } from 'node:perf_hooks';
import { startEmulator, type Emulator, type SeedFile } from '../emulator/index.js';
import { AfdGateway } from '../src/afd/gateway.js';
import { newDetectorReport } from '../src/detector/report.js';
import { runDetector } from '../src/detector/run-detector.js';
import type { DetectorRequest, RuleRef } from '../src/domain/request.js';
import { median, ms, printTable, ratio } from './lib.js';

export const DETECTOR = 'big_detector';
const VERSIONS = 2_500;
const RULES = 1_000;
const RULE_VERSIONS = 5;
const CHANGED = 10;
const RUNS = 5;

const ruleId = (i: number): string => `rule_${String(i).padStart(4, '0')}`;

/** The ACTIVE version uses version 4 of every rule; the PR moves 10 of them to version 5. */
export function scaleSeed(): SeedFile {
  const rules = [];
  for (let i = 0; i < RULES; i++) {
    for (let v = 1; v <= RULE_VERSIONS; v++) {
      rules.push({
        detectorId: DETECTOR,
        ruleId: ruleId(i),
        ruleVersion: String(v),
        expression: `$amount > ${i * 10 + v}`,
        outcomes: ['review'],
        createdTime: '2026-10-01T00:00:00.000Z',
      });
    }
  }
  const activeRules = Array.from({ length: RULES }, (_, i) => ({
    detectorId: DETECTOR,
    ruleId: ruleId(i),
    ruleVersion: '4',
  }));
  const detectorVersions = Array.from({ length: VERSIONS }, (_, k) => ({
    detectorId: DETECTOR,
    detectorVersionId: String(k + 1),
    status: k === VERSIONS - 1 ? 'ACTIVE' : 'INACTIVE',
    // Older versions keep a few rules: their content is never read by a plan.
    rules: k === VERSIONS - 1 ? activeRules : activeRules.slice(0, 3),
    ruleExecutionMode: 'FIRST_MATCHED',
    createdTime: new Date(Date.parse('2025-01-01T00:00:00Z') + k * 3600_000).toISOString(),
  }));
  return {
    detectors: [{ detectorId: DETECTOR, eventTypeName: 'payment' }],
    outcomes: [{ name: 'review' }],
    rules,
    detectorVersions,
  };
}

/** The PR's rule list: every rule at version 4, ten of them spread out at version 5. */
export function proposedRules(): RuleRef[] {
  const step = Math.floor(RULES / CHANGED);
  return Array.from({ length: RULES }, (_, i) => ({
    ruleId: ruleId(i),
    ruleVersion: i % step === 0 ? '5' : '4',
  }));
}

interface Measured {
  wallMs: number[];
  calls: number;
  byOperation: Record<string, number>;
  maxInFlight: number;
}

function countCalls(
  emu: Emulator,
  from: number,
): { calls: number; byOperation: Record<string, number> } {
  const byOperation: Record<string, number> = {};
  for (const c of emu.calls.slice(from))
    byOperation[c.operation] = (byOperation[c.operation] ?? 0) + 1;
  return { calls: emu.calls.length - from, byOperation };
}

/** An AfdGateway that tracks how many requests are in flight at once. */
function trackedGateway(emu: Emulator): { afd: AfdGateway; maxInFlight: () => number } {
  const afd = new AfdGateway({ region: 'us-east-1', endpointUrl: emu.url, maxAttempts: 1 });
  let inFlight = 0;
  let peak = 0;
  const wrap = <K extends keyof AfdGateway>(name: K): void => {
    const original = (afd[name] as (...a: unknown[]) => Promise<unknown>).bind(afd);
    (afd as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      try {
        return await original(...args);
      } finally {
        inFlight--;
      }
    };
  };
  for (const name of [
    'getRuleVersion',
    'describeModelVersions',
    'getDetectorVersion',
    'listDetectorVersions',
  ] as const)
    wrap(name);
  return { afd, maxInFlight: () => peak };
}

async function measure(emu: Emulator, once: (afd: AfdGateway) => Promise<void>): Promise<Measured> {
  const wallMs: number[] = [];
  let counted = { calls: 0, byOperation: {} as Record<string, number> };
  let maxInFlight = 0;
  for (let i = 0; i < RUNS + 1; i++) {
    const { afd, maxInFlight: peak } = trackedGateway(emu);
    const from = emu.calls.length;
    const t = performance.now();
    await once(afd);
    const elapsed = performance.now() - t;
    afd.destroy();
    // The first run warms the SDK and the sockets: not counted.
    if (i > 0) wallMs.push(elapsed);
    counted = countCalls(emu, from);
    maxInFlight = peak();
  }
  return { wallMs, ...counted, maxInFlight };
}

export async function benchPlanScale(): Promise<void> {
  process.env.AWS_ACCESS_KEY_ID ??= 'bench';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'bench';
  const emu = await startEmulator({ seed: scaleSeed(), clock: { mode: 'manual' } });
  const rules = proposedRules();
  const request: DetectorRequest = {
    detectorId: DETECTOR,
    base: { kind: 'active' },
    rules,
    promote: false,
  };
  try {
    const action = await measure(emu, async (afd) => {
      const report = newDetectorReport(DETECTOR, 'plan');
      await runDetector(
        { afd, log: { info: () => {}, warning: () => {} } },
        { request, tags: [], repository: 'octo-org/fraud-rules', runId: '1' },
        report,
      );
      const changed = report.diff?.rules.changed.length;
      if (changed !== CHANGED) throw new Error(`expected ${CHANGED} changed rules, got ${changed}`);
    });
    const naive = await measure(emu, async (afd) => {
      const summaries = await afd.listDetectorVersions(DETECTOR);
      const active = summaries.find((s) => s.status === 'ACTIVE')!;
      const base = await afd.getDetectorVersion(DETECTOR, active.detectorVersionId);
      const seen = new Set<string>();
      for (const r of [...base.rules, ...rules]) {
        const key = `${r.ruleId}@${r.ruleVersion}`;
        if (seen.has(key)) continue;
        seen.add(key);
        await afd.getRuleVersion(DETECTOR, r);
      }
    });
    // The emulator's own cost per request, to read the wall times against.
    const probe = await measure(emu, async (afd) => {
      for (let i = 0; i < 50; i++)
        await afd.getRuleVersion(DETECTOR, { ruleId: ruleId(i), ruleVersion: '1' });
    });
    const perRequest = median(probe.wallMs) / 50;
    const describe = await measure(emu, async (afd) => {
      await afd.listDetectorVersions(DETECTOR);
    });

    const fmt = (m: Measured): string =>
      Object.entries(m.byOperation)
        .map(([op, n]) => `${op} ${n}`)
        .join(', ');
    printTable(
      `3. Plan at scale: ${VERSIONS.toLocaleString('en')} detector versions, ${RULES.toLocaleString('en')} rules × ${RULE_VERSIONS} versions, a PR changing ${CHANGED} rules (median of ${RUNS} runs; AfdGateway → emulator over HTTP)`,
      ['', 'median wall', 'min', '× action', 'AFD calls', 'max in flight', 'calls by operation'],
      [
        [
          'action (runDetector, mode plan)',
          ms(median(action.wallMs)),
          ms(Math.min(...action.wallMs)),
          ratio(1),
          action.calls,
          action.maxInFlight,
          fmt(action),
        ],
        [
          'naive: GetRules per rule, sequential',
          ms(median(naive.wallMs)),
          ms(Math.min(...naive.wallMs)),
          ratio(median(naive.wallMs) / median(action.wallMs)),
          naive.calls,
          naive.maxInFlight,
          fmt(naive),
        ],
      ],
    );
    console.log(
      `\n   Emulator cost: ${perRequest.toFixed(2)} ms per GetRules round trip; DescribeDetector with ${VERSIONS.toLocaleString('en')} summaries (1 page) ${ms(median(describe.wallMs))}. Target: action ≤ 1,500 ms, calls ≤ pages + changed rules (1 + 1 + 2 × ${CHANGED} = ${2 + 2 * CHANGED}).`,
    );
  } finally {
    await emu.close();
  }
}
