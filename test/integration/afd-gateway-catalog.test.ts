// The gateway's reads of the account's catalog (variables, lists, list
// elements) that rule lint, rule tests and the backtest are checked against:
// against the emulator (real SDK, real pages) and against an endpoint that
// is not AFD (a list that never ends must not grow without bound).
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index.js';
import { MAX_LIST_ELEMENTS } from '../../src/afd/calls/catalog.js';
import { AfdGateway } from '../../src/afd/gateway.js';
import { startHostileAfd, type HostileAfd, type HostileHandler } from '../support/hostile-afd.js';
import { exampleSeed, start } from './emulator-helpers.js';

let emu: Emulator | undefined;
let hostile: HostileAfd | undefined;
let gateway: AfdGateway | undefined;
afterEach(async () => {
  gateway?.destroy();
  await emu?.close();
  await hostile?.close();
  emu = hostile = gateway = undefined;
});

function gatewayAt(url: string): AfdGateway {
  gateway = new AfdGateway({
    region: 'us-east-1',
    endpointUrl: url,
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
  return gateway;
}

async function againstEmulator(): Promise<AfdGateway> {
  emu = await start({ seed: exampleSeed() });
  return gatewayAt(emu.url);
}

async function againstHostile(handle: HostileHandler): Promise<AfdGateway> {
  hostile = await startHostileAfd(handle);
  return gatewayAt(hostile.url);
}

describe('the catalog, read from the emulator', () => {
  it('listVariables gives every variable with its data type and default value', async () => {
    const afd = await againstEmulator();
    const variables = await afd.listVariables();
    expect(variables.find((v) => v.name === 'amount')).toEqual({
      name: 'amount',
      dataType: 'FLOAT',
      dataSource: 'EVENT',
      defaultValue: '0.0',
      variableType: 'PRICE',
      description: "Payment amount in the payment's currency",
    });
    // Every page is read: the seed holds more variables than one page of 100 would need to
    // be exact, so compare with the emulator's own count.
    const names = new Set(variables.map((v) => v.name));
    expect(names.size).toBe(variables.length);
    expect(emu?.calls.filter((c) => c.operation === 'GetVariables').length).toBeGreaterThan(0);
  });

  it('listListsMetadata and getListElements read the seeded list', async () => {
    const afd = await againstEmulator();
    expect(await afd.listListsMetadata()).toContainEqual({
      name: 'known_bad_ips',
      variableType: 'IP_ADDRESS',
    });
    expect(await afd.getListElements('known_bad_ips')).toEqual({
      name: 'known_bad_ips',
      elements: ['203.0.113.7', '198.51.100.23'],
      truncated: false,
    });
  });

  it('getListElements of a list that does not exist is undefined, not an error', async () => {
    const afd = await againstEmulator();
    await expect(afd.getListElements('no_such_list')).resolves.toBeUndefined();
  });
});

describe('list elements from an endpoint that is not AFD', () => {
  it('a list that keeps sending pages stops at MAX_LIST_ELEMENTS, marked truncated', async () => {
    const page = Array.from({ length: 5000 }, (_, i) => `e${i}`);
    const afd = await againstHostile((_op, _req, call) => ({
      body: { elements: page, nextToken: `t${call}` },
    }));
    const read = await afd.getListElements('endless');
    expect(read?.truncated).toBe(true);
    expect(read?.elements).toHaveLength(MAX_LIST_ELEMENTS);
    expect(hostile?.calls.length).toBe(MAX_LIST_ELEMENTS / 5000);
  });

  it('empty pages with fresh tokens end after a bounded number of pages, marked truncated', async () => {
    const afd = await againstHostile((_op, _req, call) => ({
      body: { elements: [], nextToken: `t${call}` },
    }));
    const read = await afd.getListElements('endless');
    expect(read).toEqual({ name: 'endless', elements: [], truncated: true });
    expect(hostile?.calls.length).toBeLessThanOrEqual(MAX_LIST_ELEMENTS / 5000 + 10);
  });

  it('a huge element is cut at the id cap', async () => {
    const afd = await againstHostile(() => ({ body: { elements: ['x'.repeat(1_000_000)] } }));
    const read = await afd.getListElements('big');
    expect(read?.elements[0]!.length).toBeLessThan(10_000);
  });
});
