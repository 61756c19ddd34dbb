// Wire protocol, fault injection, control endpoints and the CLI of the
// emulator, using the real SDK where it can produce the request and raw fetch
// where it cannot.

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  FraudDetectorClient,
  FraudDetectorServiceException,
  GetDetectorsCommand,
  GetExternalModelsCommand,
  GetModelVersionCommand,
  GetRulesCommand,
  ListTagsForResourceCommand,
  PutDetectorCommand,
} from '@aws-sdk/client-frauddetector';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator, EmulatorState } from '../../emulator/index.js';
import {
  clientFor,
  expectAfdError,
  exampleSeed,
  MIN,
  rawCall,
  start,
  T0,
} from './emulator-helpers.js';

let emu: Emulator;
let client: FraudDetectorClient;

beforeEach(async () => {
  emu = await start({ seed: exampleSeed() });
  client = clientFor(emu);
});

afterEach(async () => {
  client.destroy();
  await emu.close();
});

describe('wire protocol', () => {
  it('answers malformed JSON with a 400 SerializationException JSON body and a request id', async () => {
    const res = await rawCall(emu, 'AWSHawksNestServiceFacade.GetDetectors', '{not json');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(res.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['__type', 'message']);
    expect(body.__type).toBe('SerializationException');
    expect(typeof body.message).toBe('string');
    const array = await rawCall(emu, 'AWSHawksNestServiceFacade.GetDetectors', '[]');
    expect(((await array.json()) as { __type: string }).__type).toBe('SerializationException');
  });

  it('answers unknown, missing and unimplemented targets with UnknownOperationException', async () => {
    for (const target of ['AWSHawksNestServiceFacade.DoMagic', undefined, 'Other.GetDetectors']) {
      const res = await rawCall(emu, target, '{}');
      expect(res.status).toBe(400);
      expect(((await res.json()) as { __type: string }).__type).toBe('UnknownOperationException');
    }
    const err = await expectAfdError(client.send(new GetExternalModelsCommand({})), {
      name: 'UnknownOperationException',
    });
    expect(err).toBeInstanceOf(FraudDetectorServiceException);
  });

  it('empty-output operations return exactly {}', async () => {
    const res = await rawCall(
      emu,
      'AWSHawksNestServiceFacade.PutOutcome',
      JSON.stringify({ name: 'friction', description: 'step-up' }),
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('{}');
  });

  it('omits nextToken on the last page and returns ISO timestamps with milliseconds', async () => {
    const res = await rawCall(emu, 'AWSHawksNestServiceFacade.GetDetectors', '{}');
    const body = (await res.json()) as Record<string, unknown>;
    expect('nextToken' in body).toBe(false);
    expect(JSON.stringify(body)).toMatch(/"createdTime":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"/);
  });

  it('is regional: the request’s SigV4 scope picks the region, and each region has its own resources', async () => {
    const us = clientFor(emu, 1, 'us-east-1');
    const eu = clientFor(emu, 1, 'eu-west-1');
    const ref = {
      modelId: 'signup_model',
      modelType: 'ONLINE_FRAUD_INSIGHTS' as const,
      modelVersionNumber: '1.0',
    };
    // The seeded account lives in us-east-1 …
    expect((await us.send(new GetModelVersionCommand(ref))).arn).toBe(
      'arn:aws:frauddetector:us-east-1:123456789012:model-version/ONLINE_FRAUD_INSIGHTS/signup_model/1.0',
    );
    // … and eu-west-1's endpoint does not know its resources.
    await expectAfdError(eu.send(new GetModelVersionCommand(ref)), {
      name: 'ResourceNotFoundException',
    });
    await eu.send(new PutDetectorCommand({ detectorId: 'eu_only', eventTypeName: 'payment' }));
    const ids = async (c: FraudDetectorClient): Promise<string[]> =>
      ((await c.send(new GetDetectorsCommand({}))).detectors ?? []).map((d) => d.detectorId ?? '');
    expect(await ids(eu)).toEqual(['eu_only']);
    expect(await ids(us)).not.toContain('eu_only');
    // A tag ARN of another region is not found either.
    await expectAfdError(
      us.send(
        new ListTagsForResourceCommand({
          resourceARN:
            'arn:aws:frauddetector:eu-west-1:123456789012:model-version/ONLINE_FRAUD_INSIGHTS/signup_model/1.0',
          maxResults: 50,
        }),
      ),
      { name: 'ResourceNotFoundException' },
    );
    // snapshot() shows the seeded region.
    expect(emu.snapshot().detectors.map((d) => d.detectorId)).not.toContain('eu_only');
    us.destroy();
    eu.destroy();
  });

  it('smithy status codes: 404 for ResourceNotFound, 429 for throttling', async () => {
    const smithy = await start({ seed: exampleSeed(), statusCodes: 'smithy' });
    const c = clientFor(smithy);
    await expectAfdError(c.send(new GetDetectorsCommand({ detectorId: 'ghost' })), {
      name: 'ResourceNotFoundException',
      status: 404,
    });
    smithy.faults.set([{ operation: 'GetDetectors', kind: 'throttle', count: 1 }]);
    await expectAfdError(c.send(new GetDetectorsCommand({})), {
      name: 'ThrottlingException',
      status: 429,
      message: 'Rate exceeded',
    });
    c.destroy();
    await smithy.close();
  });

  it('logs every call', async () => {
    await client.send(new GetDetectorsCommand({}));
    await expect(client.send(new GetDetectorsCommand({ detectorId: 'ghost' }))).rejects.toThrow();
    expect(emu.calls.map((c) => [c.operation, c.status, c.errorType])).toEqual([
      ['GetDetectors', 200, undefined],
      ['GetDetectors', 400, 'ResourceNotFoundException'],
    ]);
    expect(emu.calls[1]?.request).toEqual({ detectorId: 'ghost' });
    expect(emu.calls[1]?.time).toBe(new Date(T0).toISOString());
  });
});

describe('fault injection', () => {
  it('a throttle is retried by the SDK (maxAttempts 3) and then succeeds', async () => {
    const retrying = clientFor(emu, 3);
    emu.faults.set([{ operation: 'GetDetectors', kind: 'throttle', count: 1 }]);
    const out = await retrying.send(new GetDetectorsCommand({}));
    expect(out.detectors?.map((d) => d.detectorId)).toEqual(['payments_detector']);
    expect(out.$metadata.attempts).toBe(2);
    expect(emu.calls.map((c) => [c.status, c.errorType, c.fault])).toEqual([
      [400, 'ThrottlingException', 'throttle'],
      [200, undefined, undefined],
    ]);
    retrying.destroy();
  });

  it('internal faults are 500 InternalServerException with $fault server', async () => {
    emu.faults.set([{ operation: '*', kind: 'internal' }]);
    await expectAfdError(client.send(new GetDetectorsCommand({})), {
      name: 'InternalServerException',
      status: 500,
      fault: 'server',
    });
  });

  it('drop destroys the connection without a response', async () => {
    emu.faults.set([{ operation: 'GetDetectors', kind: 'drop', count: 1 }]);
    const err = await client.send(new GetDetectorsCommand({})).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(FraudDetectorServiceException);
    expect(emu.calls[0]).toMatchObject({ status: 0, fault: 'drop' });
    await expect(client.send(new GetDetectorsCommand({}))).resolves.toBeDefined();
  });

  it('latency delays the response', async () => {
    emu.faults.set([{ operation: 'GetDetectors', kind: 'latency', latencyMs: 40 }]);
    const before = performance.now();
    await client.send(new GetDetectorsCommand({}));
    expect(performance.now() - before).toBeGreaterThanOrEqual(35);
  });

  it('a barrier holds the first calls until all have arrived, then lets every call through', async () => {
    emu.faults.set([{ operation: 'GetDetectors', kind: 'barrier', count: 2 }]);
    let firstDone = false;
    const first = client.send(new GetDetectorsCommand({})).then(() => {
      firstDone = true;
    });
    await new Promise((r) => setTimeout(r, 60));
    expect(firstDone).toBe(false);
    await Promise.all([first, client.send(new GetDetectorsCommand({}))]);
    expect(firstDone).toBe(true);
    // Spent after `count` calls: the next one is not held.
    await client.send(new GetDetectorsCommand({}));
    expect(emu.calls.map((c) => c.fault)).toEqual(['barrier', 'barrier', undefined]);
  });

  it('a barrier lets a lone call go after latencyMs, and needs a count of at least 2', async () => {
    emu.faults.set([{ operation: 'GetDetectors', kind: 'barrier', count: 2, latencyMs: 50 }]);
    const before = performance.now();
    await client.send(new GetDetectorsCommand({}));
    expect(performance.now() - before).toBeGreaterThanOrEqual(45);
    expect(() =>
      emu.faults.set([{ operation: 'GetDetectors', kind: 'barrier', count: 1 }]),
    ).toThrow(/count of at least 2/);
  });

  it('the same randomSeed reproduces the same failures; another seed does not', async () => {
    const pattern = async (randomSeed: number): Promise<string> => {
      const e = await start({ seed: exampleSeed(), randomSeed });
      const c = clientFor(e);
      e.faults.set([{ operation: 'GetDetectors', kind: 'throttle', probability: 0.5 }]);
      let out = '';
      for (let i = 0; i < 24; i++) {
        out += await c.send(new GetDetectorsCommand({})).then(
          () => '.',
          () => 'T',
        );
      }
      c.destroy();
      await e.close();
      return out;
    };
    const a = await pattern(42);
    expect(a).toMatch(/T/);
    expect(a).toMatch(/\./);
    expect(await pattern(42)).toBe(a);
    expect(await pattern(43)).not.toBe(a);
  });
});

describe('control endpoints', () => {
  const post = (path: string, body: unknown) =>
    fetch(`${emu.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('state, calls, clock, models, faults and seed', async () => {
    const state = (await (await fetch(`${emu.url}/_emulator/state`)).json()) as EmulatorState;
    expect(state.detectors.map((d) => d.detectorId)).toEqual(['payments_detector']);
    expect(state.now).toBe(new Date(T0).toISOString());

    await post('/_emulator/models/payments_model', { trainingDurationMs: 5 * MIN });
    expect(emu.snapshot().modelBehaviour.payments_model).toMatchObject({
      trainingDurationMs: 5 * MIN,
      activationDurationMs: 360000,
    });

    const clock = (await (await post('/_emulator/clock', { advanceMs: 90 * MIN })).json()) as {
      now: string;
    };
    expect(clock.now).toBe(new Date(T0 + 90 * MIN).toISOString());
    await post('/_emulator/clock', { set: '2027-01-01T00:00:00.000Z' });
    expect(emu.clock.now()).toBe(Date.parse('2027-01-01T00:00:00.000Z'));

    const faults = await post('/_emulator/faults', [
      { operation: 'GetDetectors', kind: 'throttle', count: 1 },
    ]);
    expect(faults.status).toBe(200);
    await expectAfdError(client.send(new GetDetectorsCommand({})), { name: 'ThrottlingException' });
    expect((await post('/_emulator/faults', [{ operation: 'x', kind: 'explode' }])).status).toBe(
      400,
    );

    const calls = (await (await fetch(`${emu.url}/_emulator/calls`)).json()) as {
      operation: string;
    }[];
    expect(calls.map((c) => c.operation)).toEqual(['GetDetectors']);

    expect(
      (await post('/_emulator/seed', { detectors: [{ detectorId: 'fresh', eventTypeName: 'e' }] }))
        .status,
    ).toBe(200);
    const out = await client.send(new GetDetectorsCommand({}));
    expect(out.detectors?.map((d) => d.detectorId)).toEqual(['fresh']);
    await expectAfdError(
      client.send(
        new ListTagsForResourceCommand({
          resourceARN: 'arn:aws:frauddetector:us-east-1:123456789012:detector/payments_detector',
        }),
      ),
      { name: 'ResourceNotFoundException' },
    );

    const missing = await fetch(`${emu.url}/_emulator/nope`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { __type: string }).__type).toBe('EmulatorControlError');
  });

  it('a snapshot round-trips through seed()', () => {
    emu.clock.advance(MIN);
    const snap = emu.snapshot();
    emu.seed({});
    expect(emu.snapshot().detectors).toEqual([]);
    emu.seed(snap);
    expect(emu.snapshot()).toEqual(snap);
  });
});

describe('cli', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const spawnCli = (args: string[]) =>
    spawn(process.execPath, ['--import', 'tsx', 'emulator/cli.ts', '--port', '0', ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  /** Resolves with the URL once the CLI has printed its banner. */
  const listening = (child: ReturnType<typeof spawnCli>) =>
    new Promise<{ url: string; output: string }>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (m?.[1] && output.includes('Stop with Ctrl-C')) resolve({ url: m[1], output });
      });
      child.once('exit', (code) => reject(new Error(`cli exited early (${code}): ${output}`)));
    });
  const stopped = (child: ReturnType<typeof spawnCli>) =>
    new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  it('prints the URL and how-to, serves requests and stops cleanly on SIGTERM', async () => {
    const child = spawnCli(['--time-scale', '60']);
    const { url, output } = await listening(child);
    expect(output).toMatch(/AWS_REGION=us-east-1/);
    expect(output).toMatch(/AWS_ACCESS_KEY_ID=/);
    const res = await fetch(`${url}/_emulator/state`);
    const state = (await res.json()) as EmulatorState;
    expect(state.models.map((m) => m.modelId).sort()).toEqual([
      'login_model',
      'payments_model',
      'signup_model',
    ]);
    const exit = stopped(child);
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('runs fast by default and its banner and clock endpoint say how fast', async () => {
    const child = spawnCli([]);
    const { url, output } = await listening(child);
    expect(output).toContain(
      'Virtual time runs at 250× real time. A training takes 50 min, so 12 s of wall time; an activation 10 min, so 2.4 s of wall time (as seeded: payments_model: training 1 h 50 min, so 26 s of wall time, activation 6 min, so 1.4 s of wall time).',
    );
    const clock = (await (await fetch(`${url}/_emulator/clock`)).json()) as Record<string, unknown>;
    expect(clock).toMatchObject({ mode: 'scaled', scale: 250 });
    const exit = stopped(child);
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('--time-scale 1 gives the recorded timings and says so', async () => {
    const child = spawnCli(['--time-scale', '1']);
    const { url, output } = await listening(child);
    expect(output).toContain(
      'Virtual time runs at 1× real time. A training takes 50 min, so 50 min of wall time',
    );
    expect(output).toContain('These are the durations recorded from AFD.');
    const clock = (await (await fetch(`${url}/_emulator/clock`)).json()) as Record<string, unknown>;
    expect(clock).toMatchObject({ scale: 1 });
    const exit = stopped(child);
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('--region moves the seeded account to that region', async () => {
    const child = spawnCli(['--region', 'eu-west-1']);
    const { url, output } = await listening(child);
    expect(output).toMatch(/AWS_REGION=eu-west-1/);
    const inRegion = (region: string) =>
      new FraudDetectorClient({
        endpoint: url,
        region,
        credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
        maxAttempts: 1,
      });
    const eu = inRegion('eu-west-1');
    const us = inRegion('us-east-1');
    const detectors = async (c: FraudDetectorClient) =>
      ((await c.send(new GetDetectorsCommand({}))).detectors ?? []).map((d) => d.detectorId);
    expect(await detectors(eu)).toContain('payments_detector');
    expect(await detectors(us)).toEqual([]);
    eu.destroy();
    us.destroy();
    const exit = stopped(child);
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('--list-order sorted lists in sorted order; an unknown order is refused', async () => {
    const child = spawnCli(['--list-order', 'sorted']);
    const { url } = await listening(child);
    const c = new FraudDetectorClient({
      endpoint: url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
      maxAttempts: 1,
    });
    const rules = await c.send(new GetRulesCommand({ detectorId: 'payments_detector' }));
    const keys = (rules.ruleDetails ?? []).map((r) => `${r.ruleId}/${r.ruleVersion}`);
    expect(keys).toEqual([...keys].sort());
    expect(keys).toHaveLength(10);
    // The same seed with the default order (this file's emulator) is scrambled.
    const scrambled = (
      (await client.send(new GetRulesCommand({ detectorId: 'payments_detector' }))).ruleDetails ??
      []
    ).map((r) => `${r.ruleId}/${r.ruleVersion}`);
    expect(scrambled).not.toEqual(keys);
    expect([...scrambled].sort()).toEqual(keys);
    c.destroy();
    const exit = stopped(child);
    child.kill('SIGTERM');
    expect(await exit).toBe(0);

    const bad = spawnCli(['--list-order', 'random']);
    let stderr = '';
    bad.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await stopped(bad)).toBe(2);
    expect(stderr).toMatch(/--list-order must be scrambled or sorted/);
  });
});
