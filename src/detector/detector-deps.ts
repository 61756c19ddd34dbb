// What the detector flow (run-detector.ts) and its helpers run with: the
// AFD port and logger, and one detector's input. A type of its own, so no
// helper imports its orchestrator.
import type { AfdPort } from '../afd/port.js';
import type { Logger } from '../domain/log.js';
import type { DetectorRequest, ModelVersionRef, Tag } from '../domain/request.js';

export interface DetectorRunInput {
  request: DetectorRequest;
  /** A model version retrained (and activated) earlier in this run. */
  retrained?: ModelVersionRef;
  /** User tags + provenance tags for a created version. */
  tags: Tag[];
  /** Provenance of this run, to find what this run or this PR already made. */
  repository: string;
  runId: string;
  /** The pull request this run plans for (draft mode), or the merged PR (apply). */
  pullNumber?: number;
  defaultDescription?: string;
  /**
   * require-reviewed-plan: the plan reviewed on the merged PR. A plan that
   * would write and differs from it stops the run before the first write.
   */
  reviewed?: { pullNumber: number; fingerprint: string };
  /** For delete-stale-drafts: whether a PR is still open (undefined: unknown). */
  isPullOpen?: (n: number) => Promise<boolean | undefined>;
  /** `pullNumber` is the pull request just merged (a push to the default branch). */
  pullMerged?: boolean;
}

export interface DetectorDeps {
  afd: AfdPort;
  log: Logger;
  /** Pause between the action's own retries of a write; none when absent (tests). */
  sleep?: (ms: number) => Promise<void>;
}
