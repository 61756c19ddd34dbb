// Shared context for the operation handlers: the state, the clock, options and
// the lazy state-machine engine that applies scheduled transitions once the
// virtual clock has passed them.

import { arnFor } from './arn.js';
import type { EmulatorClock } from './clock.js';
import type { ListOrder } from './list-order.js';
import {
  emptyState,
  type EmulatorState,
  type ModelBehaviour,
  type ModelVersionRecord,
} from './state.js';

export interface ServiceOptions {
  accountId: string;
  /** Region used when a request carries no SigV4 credential scope. */
  defaultRegion: string;
  demoteOnActivate: boolean;
  randomSeed: number;
  /** Order of list results: scrambled by randomSeed (default) or sorted. */
  listOrder: ListOrder;
}

// What real AFD took in the recorded runs (shared/research/afd-recorded/README.md):
// trainings of about 50 min (up to 2 h 11 min), activations of about 600 s,
// and back to TRAINING_COMPLETE about 3.5 min after an undeploy.
export const DEFAULT_TRAINING_MS = 50 * 60_000;
export const DEFAULT_ACTIVATION_MS = 10 * 60_000;
export const DEFAULT_INACTIVATION_MS = 210_000;

export class ServiceContext {
  /** Other regions of the same account: AFD is regional, so each starts empty. */
  private readonly otherRegions = new Map<string, EmulatorState>();

  constructor(
    /** The seeded region: what snapshot(), seed() and configureModel() work on. */
    public primary: EmulatorState,
    readonly clock: EmulatorClock,
    readonly options: ServiceOptions,
  ) {}

  /** Region the request being handled is signed for; '' (unsigned) means the seeded one. */
  region = '';

  /** Notes on the request being handled (server.ts copies them into its call log). */
  notes: string[] = [];

  /**
   * The state of the request's region. A resource made through one region's
   * endpoint is not there in another's, as in AFD, so an action that mixes
   * regions fails here as it would against AWS.
   */
  get state(): EmulatorState {
    const region = this.region || this.primary.region;
    if (region === this.primary.region) return this.primary;
    let state = this.otherRegions.get(region);
    if (!state) {
      state = emptyState(this.primary.accountId, region);
      // Per-model behaviour (durations, outcomes) is the emulator's, not a region's.
      state.modelBehaviour = this.primary.modelBehaviour;
      this.otherRegions.set(region, state);
    }
    return state;
  }

  /** Starts over from `primary` (a new seed): other regions are empty again. */
  reset(primary: EmulatorState): void {
    this.primary = primary;
    this.otherRegions.clear();
  }

  nowMs(): number {
    return this.clock.now();
  }

  nowIso(): string {
    return new Date(this.clock.now()).toISOString();
  }

  arn(resource: string): string {
    return arnFor(this.region || this.primary.region, this.state.accountId, resource);
  }

  behaviour(modelId: string): ModelBehaviour {
    return this.state.modelBehaviour[modelId] ?? {};
  }

  /** Applies every scheduled transition whose time has come; lastUpdatedTime is the transition time, not the observation time. */
  settle(state: EmulatorState = this.state): void {
    const now = this.nowMs();
    for (const version of state.modelVersions) settleVersion(version, now);
  }
}

export function settleVersion(version: ModelVersionRecord, now: number): void {
  while (version.pending.length > 0) {
    const next = version.pending[0];
    if (!next || Date.parse(next.at) > now) break;
    version.pending.shift();
    version.status = next.status;
    version.lastUpdatedTime = next.at;
  }
}

export function addMs(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}
