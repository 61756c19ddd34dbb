// Standalone emulator: `npm run emulator` (fast clock), `npm run emulator -- --time-scale 1`
// (AFD's recorded timings).

import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startEmulator } from './index.js';
import { loadSeedFile } from './seed.js';
import type { SeedFile } from './state.js';
import { DEFAULT_ACTIVATION_MS, DEFAULT_TRAINING_MS } from './context.js';
import { LIST_ORDERS, type ListOrder } from './list-order.js';

const DEFAULT_SEED = fileURLToPath(new URL('./seeds/example-account.json', import.meta.url));

/**
 * Fast enough that a retrain against the example account (payments_model:
 * 1 h 50 min of training as seeded) finishes in about half a minute of wall
 * time, slow enough that the states in between can still be watched.
 */
const DEFAULT_SCALE = 250;

const USAGE = `Usage: npx tsx emulator/cli.ts [options]
  --port <n>             port to listen on (default 4566; 0 = random)
  --host <addr>          address to bind (default 127.0.0.1)
  --seed <file|none>     seed JSON (default emulator/seeds/example-account.json; "none" = empty account)
  --time-scale <x>       virtual ms per real ms (default ${DEFAULT_SCALE}: a 50 min training takes
                         12 s, a 10 min activation 2.4 s; 1 = AFD's recorded real timings)
  --status-codes <mode>  apiref (default: 400 for client errors) | smithy (400/403/404/409/429/500)
  --random-seed <n>      seed for fault injection, synthetic metrics and list order (default 1)
  --list-order <order>   scrambled (default: a fixed order derived from the random seed) | sorted
  --account-id <id>      account id used in ARNs (default 123456789012, unless the seed sets one)
  --region <region>      region of the seeded account (default: the seed's, else us-east-1);
                         other regions start empty, as in AFD
  --help`;

function number(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`${flag} needs a number, got "${value}"`);
  return n;
}

/** "1 h 50 min", "10 min", "26 s", "1.4 s" */
function duration(ms: number): string {
  if (ms >= 60_000) {
    const min = Math.round(ms / 60_000);
    return min >= 60 ? `${Math.floor(min / 60)} h ${min % 60} min` : `${min} min`;
  }
  const s = ms / 1000;
  return `${s >= 10 ? Math.round(s) : Number(s.toFixed(1))} s`;
}

/** What a training and an activation take in wall time at this scale, per seeded model. */
function timingBanner(scale: number, seed: SeedFile | undefined): string {
  const wall = (ms: number) => `${duration(ms)}, so ${duration(ms / scale)} of wall time`;
  const special = Object.entries(seed?.modelBehaviour ?? {})
    .filter(([, b]) => b.trainingDurationMs !== undefined || b.activationDurationMs !== undefined)
    .map(
      ([id, b]) =>
        `${id}: training ${wall(b.trainingDurationMs ?? DEFAULT_TRAINING_MS)}, activation ${wall(b.activationDurationMs ?? DEFAULT_ACTIVATION_MS)}`,
    );
  return (
    `Virtual time runs at ${scale}× real time. A training takes ${wall(DEFAULT_TRAINING_MS)}; an activation ${wall(DEFAULT_ACTIVATION_MS)}` +
    (special.length ? ` (as seeded: ${special.join('; ')})` : '') +
    '. ' +
    (scale === 1
      ? 'These are the durations recorded from AFD.'
      : 'The action reads this scale from GET /_emulator/clock when its endpoint-url is on loopback and waits in step; --time-scale 1 gives the durations recorded from AFD.')
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      'time-scale': { type: 'string' },
      'status-codes': { type: 'string' },
      'random-seed': { type: 'string' },
      'list-order': { type: 'string' },
      'account-id': { type: 'string' },
      region: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const statusCodes = values['status-codes'] ?? 'apiref';
  if (statusCodes !== 'apiref' && statusCodes !== 'smithy')
    throw new Error('--status-codes must be apiref or smithy');
  const listOrder = values['list-order'] ?? 'scrambled';
  if (!LIST_ORDERS.includes(listOrder as ListOrder))
    throw new Error(`--list-order must be ${LIST_ORDERS.join(' or ')}`);
  const scale = number(values['time-scale'], '--time-scale', DEFAULT_SCALE);
  const seedPath = values.seed === 'none' ? undefined : (values.seed ?? DEFAULT_SEED);
  // --region moves the seeded account, so the example account can be tried in any region.
  const seedFile = seedPath ? loadSeedFile(seedPath) : undefined;
  const seed = seedFile && values.region ? { ...seedFile, region: values.region } : seedFile;

  const emu = await startEmulator({
    port: number(values.port, '--port', 4566),
    host: values.host ?? '127.0.0.1',
    ...(values['account-id'] ? { accountId: values['account-id'] } : {}),
    ...(values.region ? { region: values.region } : {}),
    ...(seed ? { seed } : {}),
    clock: { mode: 'scaled', scale },
    statusCodes,
    randomSeed: number(values['random-seed'], '--random-seed', 1),
    listOrder: listOrder as ListOrder,
  });

  console.log(`Amazon Fraud Detector emulator listening on ${emu.url}`);
  console.log(
    `Point any AWS SDK or the AWS CLI at it: set the endpoint URL to ${emu.url} ` +
      `(SDK: new FraudDetectorClient({ endpoint: '${emu.url}' }); CLI: --endpoint-url ${emu.url}), ` +
      `set AWS_REGION=${emu.snapshot().region} and dummy credentials (AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test; signatures are not checked). ` +
      `${timingBanner(scale, seedFile)} ` +
      `Control endpoints: GET ${emu.url}/_emulator/state, GET /_emulator/calls, POST /_emulator/clock {"advanceMs":60000}, ` +
      `POST /_emulator/faults [{"operation":"*","kind":"throttle","probability":0.1}], POST /_emulator/models/<modelId>, POST /_emulator/seed. ` +
      `Seed: ${seedPath ?? 'empty account'}. Stop with Ctrl-C.`,
  );

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received, stopping the emulator.`);
    emu.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  console.error(USAGE);
  process.exit(2);
});
