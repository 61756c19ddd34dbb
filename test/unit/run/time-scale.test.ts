// The action's clock runs faster than real time only against a local AFD
// emulator (endpoint-url on loopback), never against AWS, whatever the
// environment says.
import { describe, expect, it } from 'vitest';
import { ActionError } from '../../../src/domain/errors.js';
import { isLoopbackEndpoint, resolveTimeScale } from '../../../src/run/environment.js';

describe('isLoopbackEndpoint', () => {
  it.each([
    ['http://127.0.0.1:4566', true],
    ['http://127.1.2.3:4566/afd', true],
    ['http://localhost:4566', true],
    ['http://[::1]:4566', true],
    ['https://frauddetector.us-east-1.amazonaws.com', false],
    ['https://vpce-0abc.frauddetector.us-east-1.vpce.amazonaws.com', false],
    ['http://127.0.0.1.example.com', false],
    ['http://10.0.0.5:4566', false],
    ['not a url', false],
    [undefined, false],
  ])('%s → %s', (url, expected) => {
    expect(isLoopbackEndpoint(url)).toBe(expected);
  });
});

describe('resolveTimeScale', () => {
  const never = () => Promise.reject(new Error('must not probe a non-loopback endpoint'));

  it('is 1 against AWS, and a set FRAUD_DETECTOR_PROMOTE_TIME_SCALE is ignored with a warning', async () => {
    const warnings: string[] = [];
    const env = { FRAUD_DETECTOR_PROMOTE_TIME_SCALE: '3000' };
    const warn = (m: string) => warnings.push(m);
    expect(await resolveTimeScale(undefined, { env, warn, probe: never })).toBe(1);
    expect(
      await resolveTimeScale('https://frauddetector.eu-west-1.amazonaws.com', {
        env,
        warn,
        probe: never,
      }),
    ).toBe(1);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/FRAUD_DETECTOR_PROMOTE_TIME_SCALE is ignored/);
  });

  it('on loopback, asks the emulator how fast its clock runs', async () => {
    const asked: string[] = [];
    const scale = await resolveTimeScale('http://127.0.0.1:4566', {
      env: {},
      warn: () => undefined,
      probe: (url) => {
        asked.push(url);
        return Promise.resolve(250);
      },
    });
    expect(scale).toBe(250);
    expect(asked).toEqual(['http://127.0.0.1:4566']);
  });

  it('on loopback, is 1 when nothing answers as an emulator', async () => {
    const scale = await resolveTimeScale('http://localhost:4566', {
      env: {},
      warn: () => undefined,
      probe: () => Promise.resolve(undefined),
    });
    expect(scale).toBe(1);
  });

  it('on loopback, the environment variable wins and is validated', async () => {
    const opts = (value: string) => ({
      env: { FRAUD_DETECTOR_PROMOTE_TIME_SCALE: value },
      warn: () => undefined,
      probe: never,
    });
    expect(await resolveTimeScale('http://127.0.0.1:1', opts('3000'))).toBe(3000);
    await expect(resolveTimeScale('http://127.0.0.1:1', opts('0.5'))).rejects.toBeInstanceOf(
      ActionError,
    );
    await expect(resolveTimeScale('http://127.0.0.1:1', opts('fast'))).rejects.toThrow(
      /must be a number from 1 to 1000000/,
    );
  });
});
