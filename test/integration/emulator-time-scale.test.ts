// The action learns a local emulator's clock speed from the emulator itself
// (GET /_emulator/clock), so a retrain against `npm run emulator` needs no
// extra setting; anything that does not answer like the emulator counts as
// real time.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { probeEmulatorTimeScale } from '../../src/run/environment.js';

let emu: Emulator | undefined;
let other: Server | undefined;
afterEach(async () => {
  await emu?.close();
  await new Promise((resolve) => (other ? other.close(resolve) : resolve(undefined)));
  emu = other = undefined;
});

async function serve(body: string): Promise<string> {
  other = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  });
  await new Promise<void>((resolve) => other?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
}

describe('probeEmulatorTimeScale', () => {
  it('reads the scale of a scaled emulator clock', async () => {
    emu = await startEmulator({ clock: { mode: 'scaled', scale: 250 } });
    expect(await probeEmulatorTimeScale(emu.url)).toBe(250);
  });

  it('is undefined for a manual clock (it only moves when a test moves it)', async () => {
    emu = await startEmulator({ clock: { mode: 'manual' } });
    expect(await probeEmulatorTimeScale(emu.url)).toBeUndefined();
  });

  it.each([
    ['not JSON', 'hello'],
    ['no scale', '{"mode":"scaled"}'],
    ['a scale out of range', '{"mode":"scaled","scale":1e9}'],
    ['an oversized answer', `{"mode":"scaled","scale":5,"pad":"${'x'.repeat(10_000)}"}`],
  ])('is undefined for %s', async (_what, body) => {
    expect(await probeEmulatorTimeScale(await serve(body))).toBeUndefined();
  });

  it('is undefined when nothing listens', async () => {
    const url = await serve('{}');
    await new Promise((resolve) => other?.close(resolve));
    other = undefined;
    expect(await probeEmulatorTimeScale(url)).toBeUndefined();
  });
});
