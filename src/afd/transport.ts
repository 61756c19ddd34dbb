// The one connection to AFD: two SDK clients (reads with retries, writes
// without), the error translation, read patience through outages, and
// bounded pagination. The calls in ./calls/ go through it.
import { FraudDetectorClient } from '@aws-sdk/client-frauddetector';
import { createHash } from 'node:crypto';
import { AfdError } from '../domain/errors.js';
import { translateAwsError, type CallContext } from './errors.js';
import { isUnreachable, waitOutOutage } from './outage.js';

export interface AfdGatewayOptions {
  region: string;
  endpointUrl?: string;
  /** SDK attempts per call (it retries throttling and 5xx). */
  maxAttempts?: number;
  /** Called for every AFD request, for logging and tests. */
  onCall?: (operation: string) => void;
  /**
   * Read patience: when set, a read (Get/Describe/List) that still fails with
   * a retryable error after the SDK's attempts is tried again after this
   * sleep, a few times. Reads are idempotent; one bad minute must not fail a
   * two-hour run.
   */
  sleep?: (ms: number) => Promise<void>;
  /** Said when AFD, reached earlier in the run, cannot be reached and a read waits for it. */
  onOutage?: (message: string) => void;
  /** Static credentials; when absent, the SDK's default provider chain finds them. */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /**
   * Longest one HTTP request may take before it fails as a TimeoutError
   * (default 60 s; AFD answers in well under a second). Without it a hung
   * connection would hold the run past timeout-minutes.
   */
  requestTimeoutMs?: number;
  /** Pages of one list before it is refused as endless (default MAX_PAGES). */
  maxPages?: number;
}

const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
const CONNECTION_TIMEOUT_MS = 10_000;

const READ_PATIENCE_ROUNDS = 4;

/** DescribeDetector refuses pages below 1000; take the largest to make fewest calls. */
/**
 * Pages of one list before the gateway gives up: 1,000 pages is millions of
 * items, far past any real account. An endpoint that never stops sending a
 * nextToken (or sends one it sent before) must not hold the run forever.
 */
export const MAX_PAGES = 1_000;

export class AfdTransport {
  readonly client: FraudDetectorClient;
  /**
   * For calls that create something or change a status. AFD has no
   * idempotency tokens, so the SDK must not retry these blindly (a retried
   * UpdateModelVersion could start a second training; a repeated status
   * request is refused once it took effect); the executors retry after
   * checking what happened.
   */
  private writeOnce: FraudDetectorClient | undefined;
  private readonly clientConfig: ConstructorParameters<typeof FraudDetectorClient>[0];
  private readonly endpoint: string | undefined;
  private readonly region: string;
  private readonly onCall: ((operation: string) => void) | undefined;
  private readonly sleep: ((ms: number) => Promise<void>) | undefined;
  private readonly onOutage: ((message: string) => void) | undefined;
  /** Whether AFD answered anything (even an error) in this run. */
  private reached = false;
  private readonly maxPages: number;

  constructor(options: AfdGatewayOptions) {
    this.endpoint = options.endpointUrl;
    this.region = options.region;
    this.onCall = options.onCall;
    this.sleep = options.sleep;
    this.onOutage = options.onOutage;
    this.maxPages = options.maxPages ?? MAX_PAGES;
    const common = {
      region: options.region,
      ...(options.endpointUrl ? { endpoint: options.endpointUrl } : {}),
      ...(options.credentials ? { credentials: options.credentials } : {}),
      // The SDK sets no request timeout by default, and without
      // throwOnRequestTimeout it only logs one. A timed-out read is retried like
      // a dropped connection; a timed-out write is reconciled by its executor.
      requestHandler: {
        connectionTimeout: CONNECTION_TIMEOUT_MS,
        requestTimeout: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
        throwOnRequestTimeout: true,
      },
    };
    // Reads are idempotent: give throttling room before an error surfaces.
    this.client = new FraudDetectorClient({ ...common, maxAttempts: options.maxAttempts ?? 6 });
    this.clientConfig = common;
  }

  /** Created on first use: a plan run never writes, and start-up time counts. */
  get writeOnceClient(): FraudDetectorClient {
    this.writeOnce ??= new FraudDetectorClient({ ...this.clientConfig, maxAttempts: 1 });
    return this.writeOnce;
  }

  destroy(): void {
    this.client.destroy();
    this.writeOnce?.destroy();
  }

  /** Sends one command; failures become AfdErrors naming the resource. */
  async call<T>(ctx: CallContext, send: () => Promise<T>): Promise<T> {
    const isRead = /^(Get|Describe|List)/.test(ctx.operation);
    let outageWaited = 0;
    for (let round = 0; ; round++) {
      this.onCall?.(ctx.operation);
      try {
        const out = await send();
        this.reached = true;
        return out;
      } catch (err) {
        const translated = translateAwsError(err, {
          ...ctx,
          region: this.region,
          ...(this.endpoint ? { endpoint: this.endpoint } : {}),
        });
        const unreachable = isUnreachable(translated);
        if (isRead && this.sleep && unreachable && this.reached) {
          outageWaited = await waitOutOutage(translated, outageWaited, {
            sleep: this.sleep,
            ...(this.onOutage ? { say: this.onOutage } : {}),
            ...(this.endpoint ? { endpoint: this.endpoint } : {}),
          });
          continue;
        }
        if (!unreachable) this.reached = true;
        if (!isRead || !this.sleep || !translated.retryable || round >= READ_PATIENCE_ROUNDS) {
          throw translated;
        }
        await this.sleep(2_000 * 2 ** round);
      }
    }
  }

  /**
   * Every item of a paginated list. AFD ends a list by omitting nextToken (or
   * sending ""); an undefined nextToken is left out of the request by the SDK.
   */
  async allPages<Out extends { nextToken?: string | undefined }, Item>(
    ctx: CallContext,
    send: (nextToken: string | undefined) => Promise<Out>,
    items: (out: Out) => Item[] | undefined,
  ): Promise<Item[]> {
    const all: Item[] = [];
    const seen = new Set<string>();
    let nextToken: string | undefined;
    for (let page = 1; ; page++) {
      const out = await this.call(ctx, () => send(nextToken));
      // A loop, not push(...items): a spread of 200,000 items overflows the call stack.
      for (const item of items(out) ?? []) all.push(item);
      nextToken = out.nextToken || undefined;
      if (!nextToken) return all;
      // A digest: the set must not grow with a hostile token's size.
      const key = createHash('sha256').update(nextToken).digest('base64');
      if (seen.has(key) || page >= this.maxPages) {
        const why = seen.has(key)
          ? 'sent a nextToken it had sent before'
          : `still had more after ${this.maxPages} pages`;
        throw new AfdError(
          `${ctx.operation}${ctx.resource ? ` for ${ctx.resource}` : ''}: the endpoint ${why}; stopped reading the list, which would never end.`,
          ctx.operation,
          'EndlessPagination',
          [
            'AFD ends every list. Check `endpoint-url`: it should be Amazon Fraud Detector (or an emulator of it).',
          ],
        );
      }
      seen.add(key);
    }
  }
}
