// The AFD gateway's own HTTP limits, against the emulator: a request that
// hangs must fail (and, for a read, be retried) instead of holding the run past
// timeout-minutes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator, type SeedFile } from '../../emulator/index.js';
import { AfdGateway } from '../../src/afd/gateway.js';
import { AfdError } from '../../src/domain/errors.js';

const SEED = fileURLToPath(new URL('../../emulator/seeds/example-account.json', import.meta.url));
const REF = {
  modelId: 'payments_model',
  modelType: 'TRANSACTION_FRAUD_INSIGHTS' as const,
  modelVersionNumber: '1.01',
};

let emu: Emulator | undefined;
let gateway: AfdGateway | undefined;
afterEach(async () => {
  gateway?.destroy();
  await emu?.close();
  emu = gateway = undefined;
});

async function setUp(): Promise<{ emu: Emulator; afd: AfdGateway }> {
  emu = await startEmulator({
    seed: JSON.parse(readFileSync(SEED, 'utf8')) as SeedFile,
    clock: { mode: 'manual' },
  });
  gateway = new AfdGateway({
    region: 'us-east-1',
    endpointUrl: emu.url,
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
    requestTimeoutMs: 300,
  });
  return { emu, afd: gateway };
}

describe('a request that hangs', () => {
  it('a read times out and is tried again', async () => {
    const { emu, afd } = await setUp();
    emu.faults.set([{ operation: 'GetModelVersion', kind: 'latency', latencyMs: 3_000, count: 1 }]);
    await expect(afd.getModelVersion(REF)).resolves.toMatchObject({ status: 'TRAINING_COMPLETE' });
    expect(emu.calls.filter((c) => c.operation === 'GetModelVersion').length).toBe(2);
  });

  it('a write times out once, as an uncertain (retryable) AfdError for its executor to reconcile', async () => {
    const { emu, afd } = await setUp();
    emu.faults.set([
      { operation: 'UpdateModelVersionStatus', kind: 'latency', latencyMs: 3_000, count: 1 },
    ]);
    const err = await afd.updateModelVersionStatus(REF, 'ACTIVE').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AfdError);
    expect(err).toMatchObject({ operation: 'UpdateModelVersionStatus', retryable: true });
    expect((err as AfdError).message).toMatch(/timeout|timed out|requestTimeout/i);
    // Sent once: the SDK must not repeat a write.
    expect(emu.calls.filter((c) => c.operation === 'UpdateModelVersionStatus')).toHaveLength(1);
  });
});

describe('a delete whose answer is lost', () => {
  it('is retried, finds nothing left to delete, and counts as done', async () => {
    const { emu, afd } = await setUp();
    const created = await afd.createDetectorVersion(
      'payments_detector',
      {
        rules: [{ ruleId: 'approve_default', ruleVersion: '1' }],
        modelVersions: [],
        externalModelEndpoints: [],
        ruleExecutionMode: 'FIRST_MATCHED',
      },
      [],
    );
    emu.faults.set([{ operation: 'DeleteDetectorVersion', kind: 'lost-response', count: 1 }]);
    await expect(
      afd.deleteDetectorVersion('payments_detector', created.detectorVersionId),
    ).resolves.toBeUndefined();
    const deletes = emu.calls.filter((c) => c.operation === 'DeleteDetectorVersion');
    expect(deletes.map((c) => c.errorType ?? c.fault)).toEqual([
      'lost-response',
      'ResourceNotFoundException',
    ]);
  });
});

describe('a resource that does not exist', () => {
  it('names the region and endpoint used, with only the hints for that kind of resource', async () => {
    const { emu, afd } = await setUp();
    const err = await afd.listDetectorVersions('no_such_detector').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AfdError);
    const { message, hints } = err as AfdError;
    expect(message).toContain(`detector no_such_detector in us-east-1 at ${emu.url}`);
    const said = hints.join('\n');
    expect(said).toContain('`detector-id` (no_such_detector)');
    expect(said).toContain('get-detectors --region us-east-1');
    expect(said).toContain(`\`endpoint-url\` is set (${emu.url})`);
    expect(said).not.toMatch(/model-type|model-version/);
  });

  it('for a model version, points at its versions, not at the detector', async () => {
    const { afd } = await setUp();
    const err = await afd
      .getModelVersion({ ...REF, modelVersionNumber: '9.99' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AfdError);
    const said = (err as AfdError).hints.join('\n');
    expect(said).toContain(
      'describe-model-versions --model-id payments_model --model-type TRANSACTION_FRAUD_INSIGHTS --region us-east-1',
    );
    expect(said).not.toMatch(/detector-id|get-detectors|get-rules/);
  });
});

describe('AFD cannot be reached', () => {
  /** The gateway's pauses move the emulator's manual clock, and go on once it listens again. */
  async function withPatience(outageMs: number) {
    emu = await startEmulator({
      seed: JSON.parse(readFileSync(SEED, 'utf8')) as SeedFile,
      clock: { mode: 'manual' },
    });
    const server = emu;
    const said: string[] = [];
    const paused: number[] = [];
    gateway = new AfdGateway({
      region: 'us-east-1',
      endpointUrl: server.url,
      credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
      // One SDK attempt per round: the rounds are what is under test.
      maxAttempts: 1,
      sleep: async (ms) => {
        paused.push(ms);
        server.clock.advance(ms);
        await server.listening();
      },
      onOutage: (m) => said.push(m),
    });
    // AFD answers one call, then goes away.
    server.faults.set([
      { operation: 'DescribeModelVersions', kind: 'outage', latencyMs: outageMs, count: 1 },
    ]);
    return { emu: server, afd: gateway, said, paused };
  }

  it('a 2-second outage during a wait is survived, and the log says AFD is being waited for', async () => {
    const { emu, afd, said } = await withPatience(2_000);
    // The run reached AFD before (as a wait does: it started the training first).
    await afd.describeModelVersions({ modelId: REF.modelId, modelType: REF.modelType });
    const { status } = await afd.getModelVersion(REF);
    expect(status).toBe('TRAINING_COMPLETE');
    expect(said).toEqual(['AFD could not be reached (ECONNREFUSED); retrying for up to 3 min.']);
    // The refused tries never reached the emulator: one answered GetModelVersion, after the outage.
    expect(emu.calls.map((c) => [c.operation, c.fault])).toEqual([
      ['DescribeModelVersions', 'outage'],
      ['GetModelVersion', undefined],
    ]);
  });

  it('an outage longer than the patience fails, saying AFD answered earlier', async () => {
    const { afd, paused } = await withPatience(60 * 60_000);
    await afd.describeModelVersions({ modelId: REF.modelId, modelType: REF.modelType });
    const err = await afd.getModelVersion(REF).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AfdError);
    expect((err as Error).message).toMatch(
      /could not be reached for GetModelVersion \(ECONNREFUSED\) for 3 min, though it answered earlier/,
    );
    expect(paused.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3 * 60_000);
  });

  it('on the first call of a run, an unreachable endpoint fails at once with the configuration hint', async () => {
    const { emu, said, paused } = await withPatience(2_000);
    // Another client's call takes AFD away before this run's gateway calls it.
    await fetch(emu.url, {
      method: 'POST',
      headers: {
        'x-amz-target': 'AWSHawksNestServiceFacade.DescribeModelVersions',
        'content-type': 'application/x-amz-json-1.1',
      },
      body: '{}',
    }).then((r) => r.text());
    const fresh = new AfdGateway({
      region: 'us-east-1',
      endpointUrl: emu.url,
      credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
      maxAttempts: 1,
      sleep: (ms) => {
        paused.push(ms);
        return Promise.resolve();
      },
      onOutage: (m) => said.push(m),
    });
    try {
      const err = await fresh.getModelVersion(REF).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AfdError);
      expect((err as AfdError).message).toMatch(/Could not reach AFD at .* ECONNREFUSED/);
      expect((err as AfdError).hints.join(' ')).toMatch(/Check `endpoint-url`/);
      expect(said).toEqual([]);
      expect(paused).toEqual([]);
    } finally {
      fresh.destroy();
    }
  });
});
