// verify-remote in the draft flow, in-process through the real gateway against
// the emulator: after the PR's DRAFT is written, the rule tests' events are
// scored by AFD for that DRAFT and the result is in the log and the summary
// notes; a refused prediction is a warning, never a failed run.
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index.js';
import { AfdGateway } from '../../src/afd/gateway.js';
import type { DetectorRequest } from '../../src/domain/request.js';
import { newDetectorReport } from '../../src/detector/report.js';
import { runDetector } from '../../src/detector/run-detector.js';
import type { RuleTest } from '../../src/impact/rule-tests.js';
import { exampleSeed, start } from './emulator-helpers.js';

const DETECTOR = 'payments_detector';

let emu: Emulator | undefined;
let afd: AfdGateway | undefined;
afterEach(async () => {
  afd?.destroy();
  await emu?.close();
  emu = afd = undefined;
});

const ruleTest = (name: string, event: Record<string, string>): RuleTest => ({
  name,
  event: new Map(Object.entries(event)),
  modelScores: new Map([['payments_model', 0]]),
  expect: {},
});

async function draftRun(tests: RuleTest[], verifyRemote = true) {
  emu = await start({ seed: exampleSeed() });
  afd = new AfdGateway({
    region: 'us-east-1',
    endpointUrl: emu.url,
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
  const warnings: string[] = [];
  const log = { info: () => undefined, warning: (m: string) => void warnings.push(m) };
  const request: DetectorRequest = {
    detectorId: DETECTOR,
    base: { kind: 'active' },
    rules: [
      { ruleId: 'block_known_bad_ip', ruleVersion: '2' },
      { ruleId: 'high_model_score', ruleVersion: '4' },
      { ruleId: 'approve_default', ruleVersion: '1' },
    ],
    promote: false,
    verifyRemote,
    tests,
  };
  const report = newDetectorReport(DETECTOR, 'draft');
  await runDetector(
    { afd, log },
    { request, tags: [], repository: 'octo-org/fraud-rules', runId: '7', pullNumber: 12 },
    report,
  );
  const predictions = emu.calls.filter((c) => c.operation === 'GetEventPrediction');
  return { report, warnings, predictions };
}

describe('verify-remote in draft mode', () => {
  it('sends the tests to the DRAFT just written and notes the agreement', async () => {
    const { report, warnings, predictions } = await draftRun([
      ruleTest('bad ip', { ip_address: '198.51.100.23' }),
      ruleTest('good ip', { ip_address: '192.0.2.10' }),
    ]);
    expect(report.status).toBe('DRAFT');
    const draft = report.detectorVersionId ?? '';
    expect(predictions.map((c) => c.request)).toMatchObject([
      { detectorVersionId: draft, eventId: `fdp-test-${draft}-1` },
      { detectorVersionId: draft, eventId: `fdp-test-${draft}-2` },
    ]);
    expect(warnings).toEqual([]);
    expect(report.notes).toContain(
      `verify-remote: 2 rule test(s) sent to AFD for DRAFT ${draft}, 0 disagreement(s).`,
    );
  });

  it('a refused prediction is a warning, and the draft stands', async () => {
    const { report, warnings } = await draftRun([ruleTest('bad amount', { amount: 'ten' })]);
    expect(report.status).toBe('DRAFT');
    expect(warnings.join('\n')).toMatch(
      /verify-remote stopped at test "bad amount": AFD refused GetEventPrediction: .*not a valid FLOAT/,
    );
  });

  it('sends nothing unless verify-remote is set', async () => {
    const { predictions, report } = await draftRun([ruleTest('t', { amount: '1' })], false);
    expect(report.status).toBe('DRAFT');
    expect(predictions).toEqual([]);
  });
});
