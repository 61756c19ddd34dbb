// Public entry point of the Amazon Fraud Detector emulator.
//
//   const emu = await startEmulator({ seed: 'emulator/seeds/example-account.json' });
//   const client = new FraudDetectorClient({ endpoint: emu.url, region: 'us-east-1', credentials: {...} });
//   emu.clock.advance(30 * 60_000); // training finishes
//   await emu.close();

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClock, type ClockOptions, type EmulatorClock } from './clock.js';
import { ServiceContext } from './context.js';
import { createControlHandler } from './control.js';
import type { StatusCodeMode } from './errors.js';
import { FaultInjector } from './faults.js';
import type { ListOrder } from './list-order.js';
import { loadSeedFile, stateFromSeed } from './seed.js';
import { handleRequest, type CallLog } from './server.js';
import { emptyState, type EmulatorState, type ModelBehaviour, type SeedFile } from './state.js';

export type { ClockMode, ClockOptions, EmulatorClock } from './clock.js';
export type { AfdErrorType, StatusCodeMode } from './errors.js';
export type { FaultDecision, FaultKind, FaultRule } from './faults.js';
export type { ListOrder } from './list-order.js';
export { FaultInjector } from './faults.js';
export type { CallLog } from './server.js';
export type * from './state.js';
export { IMPLEMENTED_OPERATIONS } from './dispatcher.js';

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 123456789012 (a seed's accountId wins). */
  accountId?: string;
  /** Region for ARNs when a request has no SigV4 credential scope. Default us-east-1. */
  region?: string;
  /** A seed object or a path to a seed JSON file. Default: an empty account. */
  seed?: SeedFile | string;
  /** Default { mode: 'manual' } starting at the real current time. */
  clock?: ClockOptions;
  /** 'apiref' (default): 400 for every client error, 500 for InternalServer. 'smithy': 400/403/404/409/429/500. */
  statusCodes?: StatusCodeMode;
  /** Activating a detector version demotes the ACTIVE one (default true); false → ConflictException. */
  demoteOnActivate?: boolean;
  /** Seeds fault injection, the synthetic training metrics and the scrambled list order. Default 1. */
  randomSeed?: number;
  /**
   * Order of GetDetectors, DescribeDetector, GetRules, GetModels and DescribeModelVersions
   * results. 'scrambled' (default): a fixed order derived from randomSeed, neither sorted nor
   * creation order, because AFD documents none. 'sorted': by id, versions numerically.
   */
  listOrder?: ListOrder;
}

export interface Emulator {
  /** http://127.0.0.1:PORT — use as the SDK's endpoint. */
  url: string;
  port: number;
  close(): Promise<void>;
  clock: EmulatorClock;
  faults: FaultInjector;
  /** Every AFD request so far, in arrival order (live array). */
  calls: CallLog[];
  /** Deep copy of the account state, with pending transitions applied up to clock.now(). */
  snapshot(): EmulatorState;
  /** Replaces the whole account state. */
  seed(state: SeedFile): void;
  /** Merges behaviour settings for one model (training duration, outcome, metrics, queue). */
  configureModel(modelId: string, cfg: ModelBehaviour): void;
  /**
   * Resolves once an 'outage' the clock has ended is over (it listens again);
   * at once when there is none, or while one still lasts.
   */
  listening(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const accountId = options.accountId ?? '123456789012';
  const region = options.region ?? 'us-east-1';
  const randomSeed = options.randomSeed ?? 1;
  const clock = createClock(options.clock ?? { mode: 'manual' });
  const faults = new FaultInjector(randomSeed);
  const calls: CallLog[] = [];
  const ctx = new ServiceContext(emptyState(accountId, region), clock, {
    accountId,
    defaultRegion: region,
    demoteOnActivate: options.demoteOnActivate ?? true,
    randomSeed,
    listOrder: options.listOrder ?? 'scrambled',
  });

  const seed = (input: SeedFile): void => {
    ctx.reset(
      stateFromSeed(input, {
        accountId,
        region,
        now: new Date(clock.now()).toISOString(),
        randomSeed,
      }),
    );
  };
  if (options.seed !== undefined)
    seed(typeof options.seed === 'string' ? loadSeedFile(options.seed) : options.seed);

  // The control endpoints need the finished Emulator, which exists only after listen().
  const holder: { emulator?: Emulator } = {};
  const frontEnd = {
    ctx,
    faults,
    calls,
    statusCodes: options.statusCodes ?? 'apiref',
    control: createControlHandler(() => {
      if (!holder.emulator) throw new Error('emulator not started');
      return holder.emulator;
    }),
    outage: (emulatedMs: number) => outage.begin(emulatedMs),
  };
  const server = createServer((req, res) => {
    handleRequest(frontEnd, req, res).catch((err: unknown) => {
      console.error('[afd-emulator] request failed:', err);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  // Keep-alive sockets would hold close() open; the SDK reconnects as needed.
  server.keepAliveTimeout = 1000;

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const outage = outageSwitch(server, port, host, clock);

  const emulator: Emulator = {
    url: `http://${host}:${port}`,
    port,
    clock,
    faults,
    calls,
    close: () =>
      outage.down()
        ? Promise.resolve(outage.stop())
        : new Promise<void>((resolve, reject) => {
            server.close((err) => (err ? reject(err) : resolve()));
            server.closeAllConnections();
          }),
    listening: () => outage.settled(),
    snapshot: () => {
      ctx.settle(ctx.primary);
      return { ...structuredClone(ctx.primary), now: new Date(clock.now()).toISOString() };
    },
    seed,
    configureModel: (modelId, cfg) => {
      ctx.primary.modelBehaviour[modelId] = {
        ...ctx.primary.modelBehaviour[modelId],
        ...structuredClone(cfg),
      };
    },
  };
  holder.emulator = emulator;
  return emulator;
}

/**
 * The 'outage' fault: closes the listener (so connections are refused, as by
 * an endpoint that is gone) and listens again once the emulated clock has
 * moved `emulatedMs` on. The clock is watched rather than a timer set, so a
 * manual clock ends the outage when a test advances it.
 */
function outageSwitch(server: Server, port: number, host: string, clock: EmulatorClock) {
  let until: number | undefined;
  let watch: ReturnType<typeof setInterval> | undefined;
  let up: Promise<void> = Promise.resolve();
  let markUp = (): void => undefined;
  const stop = (): void => {
    if (watch) clearInterval(watch);
    watch = undefined;
    until = undefined;
    markUp();
  };
  return {
    settled: (): Promise<void> =>
      until !== undefined && clock.now() >= until ? up : Promise.resolve(),
    down: () => until !== undefined,
    stop,
    begin(emulatedMs: number): void {
      if (until !== undefined) return;
      until = clock.now() + emulatedMs;
      up = new Promise<void>((resolve) => (markUp = resolve));
      let closed = false;
      server.close(() => (closed = true));
      server.closeIdleConnections();
      watch = setInterval(() => {
        if (!closed || until === undefined || clock.now() < until) return;
        clearInterval(watch);
        watch = undefined;
        server.listen(port, host, stop);
      }, 5);
      watch.unref();
    },
  };
}
