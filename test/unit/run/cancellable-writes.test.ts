import { describe, expect, it } from 'vitest';
import type { AfdPort } from '../../../src/afd/port.js';
import { CancelledError } from '../../../src/domain/errors.js';
import { refuseWritesAfter } from '../../../src/run/cancellable-writes.js';

function fakePort(calls: string[]): AfdPort {
  const record = (name: string) => (): Promise<never[]> => {
    calls.push(name);
    return Promise.resolve([]);
  };
  return {
    listDetectorVersions: record('listDetectorVersions'),
    getModelVersion: record('getModelVersion'),
    createDetectorVersion: record('createDetectorVersion'),
    updateDetectorVersionStatus: record('updateDetectorVersionStatus'),
    retrainModelVersion: record('retrainModelVersion'),
    tagResource: record('tagResource'),
    deleteDetectorVersion: record('deleteDetectorVersion'),
  } as unknown as AfdPort;
}

describe('refuseWritesAfter', () => {
  it('passes every call through until the job is cancelled', async () => {
    const calls: string[] = [];
    const afd = refuseWritesAfter(fakePort(calls), new AbortController().signal);
    await afd.listDetectorVersions('d');
    await afd.createDetectorVersion('d', { rules: [] } as never, []);
    expect(calls).toEqual(['listDetectorVersions', 'createDetectorVersion']);
  });

  it('after cancellation, refuses every write before it is sent and still lets reads through', async () => {
    const calls: string[] = [];
    const cancel = new AbortController();
    const afd = refuseWritesAfter(fakePort(calls), cancel.signal);
    cancel.abort(new CancelledError('Cancelled by SIGTERM'));
    const writes: (() => Promise<unknown>)[] = [
      () => afd.createDetectorVersion('d', { rules: [] } as never, []),
      () => afd.updateDetectorVersionStatus('d', '4', 'ACTIVE'),
      () => afd.retrainModelVersion({} as never),
      () => afd.tagResource('arn', []),
      () => afd.deleteDetectorVersion('d', '3'),
    ];
    for (const write of writes) expect(write).toThrow(CancelledError);
    await afd.getModelVersion({} as never);
    expect(calls).toEqual(['getModelVersion']);
  });
});
