// List order. AFD documents none, and the recorded GetRules answer was in
// neither name nor creation order, so the emulator scrambles every listing the
// action reads (GetDetectors, DescribeDetector, GetRules, GetModels,
// DescribeModelVersions): deterministically for a randomSeed, consistent
// across the pages of one listing, independent of creation order.

import {
  DescribeDetectorCommand,
  paginateDescribeModelVersions,
  paginateGetDetectors,
  paginateGetModels,
  paginateGetRules,
  type FraudDetectorClient,
} from '@aws-sdk/client-frauddetector';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator, EmulatorOptions, SeedFile } from '../../emulator/index.js';
import { clientFor, start } from './emulator-helpers.js';

const TYPE = 'ONLINE_FRAUD_INSIGHTS';
const DET = 'd00';
const pad = (i: number) => String(i).padStart(2, '0');

// Every array is built in sorted order, which is also its creation order.
const DETECTOR_IDS = Array.from({ length: 12 }, (_, i) => `d${pad(i)}`);
const VERSION_IDS = Array.from({ length: 1200 }, (_, i) => String(i + 1));
const RULE_KEYS = Array.from({ length: 20 }, (_, r) =>
  ['1', '2', '3'].map((v) => `r${pad(r)}/${v}`),
).flat();
const MODEL_IDS = Array.from({ length: 10 }, (_, i) => `m${i}`);
const MODEL_VERSION_NUMBERS = [
  '1.0',
  ...Array.from({ length: 10 }, (_, i) => `1.${pad(i + 1)}`),
  '2.0',
];

function seed(reverse = false): SeedFile {
  const order = <T>(items: T[]): T[] => (reverse ? [...items].reverse() : items);
  return {
    detectors: order(DETECTOR_IDS.map((detectorId) => ({ detectorId, eventTypeName: 'e' }))),
    detectorVersions: order(
      VERSION_IDS.map((detectorVersionId) => ({
        detectorId: DET,
        detectorVersionId,
        status: 'INACTIVE',
      })),
    ),
    outcomes: [{ name: 'block' }],
    rules: order(
      RULE_KEYS.map((key) => {
        const [ruleId = '', ruleVersion = ''] = key.split('/');
        return { detectorId: DET, ruleId, ruleVersion, expression: '$x > 1', outcomes: ['block'] };
      }),
    ),
    models: order(MODEL_IDS.map((modelId) => ({ modelId, modelType: TYPE, eventTypeName: 'e' }))),
    modelVersions: order(
      MODEL_VERSION_NUMBERS.map((modelVersionNumber) => ({
        modelId: 'm0',
        modelType: TYPE,
        modelVersionNumber,
        status: 'TRAINING_COMPLETE',
      })),
    ),
  };
}

interface Listing {
  name: string;
  /** The listing's identities, every page, in the order returned. */
  list: (c: FraudDetectorClient, pageSize: number) => Promise<string[]>;
  /** Smallest and largest legal page size. */
  pageSizes: [number, number];
  /** The sorted (and creation) order. */
  sorted: string[];
}

async function collect<P>(pages: AsyncIterable<P>, ids: (page: P) => string[]): Promise<string[]> {
  const out: string[] = [];
  for await (const page of pages) out.push(...ids(page));
  return out;
}

const LISTINGS: Listing[] = [
  {
    name: 'GetDetectors',
    pageSizes: [5, 10],
    sorted: DETECTOR_IDS,
    list: (client, pageSize) =>
      collect(paginateGetDetectors({ client, pageSize }, {}), (p) =>
        (p.detectors ?? []).map((d) => d.detectorId ?? ''),
      ),
  },
  {
    name: 'DescribeDetector',
    pageSizes: [1000, 2500],
    sorted: VERSION_IDS,
    // DescribeDetector has no SDK paginator.
    list: async (client, maxResults) => {
      const ids: string[] = [];
      let nextToken: string | undefined;
      do {
        const page = await client.send(
          new DescribeDetectorCommand({ detectorId: DET, maxResults, nextToken }),
        );
        ids.push(...(page.detectorVersionSummaries ?? []).map((s) => s.detectorVersionId ?? ''));
        nextToken = page.nextToken;
      } while (nextToken);
      return ids;
    },
  },
  {
    name: 'GetRules',
    pageSizes: [50, 100],
    sorted: RULE_KEYS,
    list: (client, pageSize) =>
      collect(paginateGetRules({ client, pageSize }, { detectorId: DET }), (p) =>
        (p.ruleDetails ?? []).map((r) => `${r.ruleId}/${r.ruleVersion}`),
      ),
  },
  {
    name: 'GetModels',
    pageSizes: [1, 10],
    sorted: MODEL_IDS,
    list: (client, pageSize) =>
      collect(paginateGetModels({ client, pageSize }, {}), (p) =>
        (p.models ?? []).map((m) => m.modelId ?? ''),
      ),
  },
  {
    name: 'DescribeModelVersions',
    pageSizes: [1, 10],
    sorted: MODEL_VERSION_NUMBERS,
    list: (client, pageSize) =>
      collect(
        paginateDescribeModelVersions({ client, pageSize }, { modelId: 'm0', modelType: TYPE }),
        (p) => (p.modelVersionDetails ?? []).map((d) => d.modelVersionNumber ?? ''),
      ),
  },
];

let emu: Emulator;
let client: FraudDetectorClient;

beforeEach(async () => {
  emu = await start({ seed: seed() });
  client = clientFor(emu);
});

afterEach(async () => {
  client.destroy();
  await emu.close();
});

/** Every listing of a separate emulator, by listing name. */
async function listingsOf(options: EmulatorOptions): Promise<Record<string, string[]>> {
  const other = await start(options);
  const c = clientFor(other);
  const out: Record<string, string[]> = {};
  for (const l of LISTINGS) out[l.name] = await l.list(c, l.pageSizes[1]);
  c.destroy();
  await other.close();
  return out;
}

describe('scrambled list order (default)', () => {
  it.each(LISTINGS)(
    '$name returns every item once, in neither sorted nor creation order, the same on every call',
    async ({ list, pageSizes, sorted }) => {
      const ids = await list(client, pageSizes[1]);
      expect(ids).toHaveLength(sorted.length);
      expect(new Set(ids)).toEqual(new Set(sorted));
      expect(ids).not.toEqual(sorted);
      expect(await list(client, pageSizes[1])).toEqual(ids);
    },
  );

  it.each(LISTINGS)(
    '$name pages consistently: small pages concatenate to the same order as large ones',
    async ({ list, pageSizes }) => {
      expect(await list(client, pageSizes[0])).toEqual(await list(client, pageSizes[1]));
    },
  );

  it('the order depends on the randomSeed and the items, not on creation order', async () => {
    const here: Record<string, string[]> = {};
    for (const l of LISTINGS) here[l.name] = await l.list(client, l.pageSizes[1]);
    // Same seed (the default, 1), items created in the opposite order: same listings.
    expect(await listingsOf({ seed: seed(true), randomSeed: 1 })).toEqual(here);
    // Another seed: every listing comes out in another order.
    const other = await listingsOf({ seed: seed(), randomSeed: 2 });
    for (const l of LISTINGS) expect(other[l.name], l.name).not.toEqual(here[l.name]);
  });

  it('a new item does not reshuffle the others', async () => {
    const before = await LISTINGS[0]!.list(client, 10);
    emu.seed({
      ...seed(),
      detectors: [...DETECTOR_IDS, 'zz_new'].map((detectorId) => ({
        detectorId,
        eventTypeName: 'e',
      })),
    });
    const after = await LISTINGS[0]!.list(client, 10);
    expect(after.filter((id) => id !== 'zz_new')).toEqual(before);
  });
});

describe("listOrder: 'sorted'", () => {
  it('returns ids sorted and versions numerically (2 after 1.10, 10 after 9)', async () => {
    expect(await listingsOf({ seed: seed(true), listOrder: 'sorted' })).toEqual(
      Object.fromEntries(LISTINGS.map((l) => [l.name, l.sorted])),
    );
  });
});
