// The catalog is read once per run however many checks and detectors ask for
// it, and a write makes the next read ask AFD again.
import { describe, expect, it } from 'vitest';
import type { AfdPort } from '../../../src/afd/port.js';
import { shareCatalogReads } from '../../../src/run/shared-reads.js';

function fakePort(calls: string[], fail?: { times: number }): AfdPort {
  const record =
    (name: string) =>
    (...args: unknown[]): Promise<unknown> => {
      calls.push([name, ...args].join(' '));
      if (fail && fail.times > 0) {
        fail.times--;
        return Promise.reject(new Error('throttled'));
      }
      return Promise.resolve([{ name: `answer ${calls.length}` }]);
    };
  return {
    listVariables: record('listVariables'),
    getListElements: record('getListElements'),
    listOutcomes: record('listOutcomes'),
    putOutcome: record('putOutcome'),
    listDetectorVersions: record('listDetectorVersions'),
  } as unknown as AfdPort;
}

describe('shareCatalogReads', () => {
  it('answers a catalog read once per distinct arguments', async () => {
    const calls: string[] = [];
    const afd = shareCatalogReads(fakePort(calls));
    const [a, b] = await Promise.all([afd.listVariables(), afd.listVariables()]);
    expect(b).toBe(a);
    await afd.getListElements('known_bad_ips');
    await afd.getListElements('known_bad_ips');
    await afd.getListElements('other');
    expect(calls).toEqual([
      'listVariables',
      'getListElements known_bad_ips',
      'getListElements other',
    ]);
  });

  it('does not share reads of one detector (they are not catalog reads)', async () => {
    const calls: string[] = [];
    const afd = shareCatalogReads(fakePort(calls));
    await afd.listDetectorVersions('d');
    await afd.listDetectorVersions('d');
    expect(calls).toEqual(['listDetectorVersions d', 'listDetectorVersions d']);
  });

  it('a write forgets what was read: the outcome just put is seen', async () => {
    const calls: string[] = [];
    const afd = shareCatalogReads(fakePort(calls));
    await afd.listOutcomes();
    await afd.putOutcome({ name: 'review' }, []);
    await afd.listOutcomes();
    expect(calls).toEqual(['listOutcomes', 'putOutcome [object Object] ', 'listOutcomes']);
  });

  it('a failed read is not remembered', async () => {
    const calls: string[] = [];
    const afd = shareCatalogReads(fakePort(calls, { times: 1 }));
    await expect(afd.listVariables()).rejects.toThrow('throttled');
    await expect(afd.listVariables()).resolves.toHaveLength(1);
    expect(calls).toEqual(['listVariables', 'listVariables']);
  });
});
