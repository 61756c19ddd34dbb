// Shared set-up for the emulator integration tests: a real SDK client against a
// fresh emulator with a manual clock, and an error assertion helper.

import { readFileSync } from 'node:fs';
import { FraudDetectorClient, FraudDetectorServiceException } from '@aws-sdk/client-frauddetector';
import { expect } from 'vitest';
import {
  startEmulator,
  type Emulator,
  type EmulatorOptions,
  type SeedFile,
} from '../../emulator/index.js';

export const T0 = Date.parse('2026-11-20T00:00:00.000Z');
export const MIN = 60_000;
export const ACCOUNT = '123456789012';

export const EXAMPLE_SEED_PATH = new URL(
  '../../emulator/seeds/example-account.json',
  import.meta.url,
);

export function exampleSeed(): SeedFile {
  return JSON.parse(readFileSync(EXAMPLE_SEED_PATH, 'utf8')) as SeedFile;
}

/**
 * The example account's variables, labels, entity types, event types and
 * lists without its models, detectors and rules: what CreateModelVersion and
 * CreateRule check against.
 */
export function accountBasics(): SeedFile {
  const { variables, labels, entityTypes, eventTypes, lists } = exampleSeed();
  return { variables, labels, entityTypes, eventTypes, lists };
}

export function start(options: EmulatorOptions = {}): Promise<Emulator> {
  return startEmulator({ clock: { mode: 'manual', start: T0 }, ...options });
}

export function clientFor(
  emu: Emulator,
  maxAttempts = 1,
  region = 'us-east-1',
): FraudDetectorClient {
  return new FraudDetectorClient({
    endpoint: emu.url,
    region,
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
    maxAttempts,
  });
}

export interface ExpectedError {
  name: string;
  message?: string | RegExp;
  status?: number;
  fault?: 'client' | 'server';
}

/** Awaits a rejected SDK call and checks the error the way a caller would see it. */
export async function expectAfdError(
  call: Promise<unknown>,
  expected: ExpectedError,
): Promise<FraudDetectorServiceException> {
  let caught: unknown;
  try {
    await call;
  } catch (err) {
    caught = err;
  }
  expect(caught, `expected ${expected.name}`).toBeInstanceOf(FraudDetectorServiceException);
  const err = caught as FraudDetectorServiceException;
  expect(err.name).toBe(expected.name);
  if (typeof expected.message === 'string') expect(err.message).toBe(expected.message);
  else if (expected.message) expect(err.message).toMatch(expected.message);
  expect(err.$metadata.httpStatusCode).toBe(expected.status ?? 400);
  expect(err.$fault).toBe(expected.fault ?? 'client');
  expect(err.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  return err;
}

/** Raw AFD request, for protocol paths the SDK cannot produce. */
export function rawCall(
  emu: Emulator,
  target: string | undefined,
  body: string,
): Promise<Response> {
  return fetch(`${emu.url}/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      ...(target ? { 'x-amz-target': target } : {}),
    },
    body,
  });
}
