// The HTTP front end: AWS JSON 1.1 over POST (any path), X-Amz-Target routing,
// JSON error bodies, request ids, fault injection and the /_emulator/ control
// endpoints.

import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServiceContext } from './context.js';
import { dispatch, isImplemented } from './dispatcher.js';
import { AfdError, httpStatusFor, type AfdErrorType, type StatusCodeMode } from './errors.js';
import type { FaultInjector, FaultKind } from './faults.js';

export const TARGET_PREFIX = 'AWSHawksNestServiceFacade.';
const CONTENT_TYPE = 'application/x-amz-json-1.1';

export interface CallLog {
  /** Virtual time of the call, ISO. */
  time: string;
  operation: string;
  /** The parsed request body (the raw text when it was not JSON). */
  request: unknown;
  /** HTTP status sent; 0 when the connection was dropped by fault injection. */
  status: number;
  errorType?: string;
  requestId: string;
  /** The injected fault that shaped this call, if any. */
  fault?: FaultKind;
  /** What the emulator accepted without being sure AFD would, e.g. an undocumented DetectorPL function. */
  notes?: string[];
}

export interface FrontEnd {
  ctx: ServiceContext;
  faults: FaultInjector;
  calls: CallLog[];
  statusCodes: StatusCodeMode;
  control: (req: IncomingMessage, body: string, res: ServerResponse) => void;
  /** Stops listening for `emulatedMs` of emulated time (the 'outage' fault). */
  outage: (emulatedMs: number) => void;
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Region from the SigV4 credential scope: Credential=AKID/yyyymmdd/<region>/frauddetector/aws4_request. */
export function regionFromAuthorization(header: string | undefined): string | undefined {
  const m = /Credential=[^/,\s]+\/\d{8}\/([a-z0-9-]+)\/frauddetector\/aws4_request/.exec(
    header ?? '',
  );
  return m?.[1];
}

function send(res: ServerResponse, status: number, requestId: string, body: object): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': CONTENT_TYPE,
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': requestId,
  });
  res.end(text);
}

function parseBody(text: string): Record<string, unknown> {
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AfdError('SerializationException', 'Request body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AfdError('SerializationException', 'Request body must be a JSON object.');
  }
  return value as Record<string, unknown>;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function handleRequest(
  fe: FrontEnd,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const body = await readBody(req);
  if ((req.url ?? '/').startsWith('/_emulator/')) {
    fe.control(req, body, res);
    return;
  }
  const requestId = randomUUID();
  const target = req.headers['x-amz-target'];
  const operation =
    typeof target === 'string' && target.startsWith(TARGET_PREFIX)
      ? target.slice(TARGET_PREFIX.length)
      : '';
  const log: CallLog = { time: fe.ctx.nowIso(), operation, request: body, status: 0, requestId };
  fe.calls.push(log);

  const fail = (type: AfdErrorType, message: string): void => {
    log.status = httpStatusFor(type, fe.statusCodes);
    log.errorType = type;
    send(res, log.status, requestId, { __type: type, message });
  };

  try {
    if (req.method !== 'POST')
      throw new AfdError('UnknownOperationException', `Unsupported method ${req.method}.`);
    const input = parseBody(body);
    log.request = input;
    if (!isImplemented(operation)) {
      throw new AfdError(
        'UnknownOperationException',
        operation
          ? `Operation ${operation} is not supported.`
          : 'Missing or invalid X-Amz-Target header.',
      );
    }
    const decision = fe.faults.decide(operation);
    if (decision.barrier) {
      log.fault = 'barrier';
      await decision.barrier;
    }
    if (decision.latencyMs > 0) {
      log.fault = 'latency';
      await delay(decision.latencyMs);
    }
    if (decision.outageMs !== undefined) {
      // Answered, then gone: the next requests are refused.
      const outageMs = decision.outageMs;
      log.fault = 'outage';
      res.shouldKeepAlive = false;
      res.on('finish', () => fe.outage(outageMs));
    }
    if (decision.failure === 'drop') {
      log.fault = 'drop';
      req.socket.destroy();
      return;
    }
    if (decision.failure === 'throttle') {
      log.fault = 'throttle';
      fail('ThrottlingException', 'Rate exceeded');
      return;
    }
    if (decision.failure === 'expired-token') {
      log.fault = 'expired-token';
      fail('ExpiredTokenException', 'The security token included in the request is expired');
      return;
    }
    if (decision.failure === 'internal') {
      log.fault = 'internal';
      fail('InternalServerException', 'An internal error occurred. Try again.');
      return;
    }
    fe.ctx.region = regionFromAuthorization(req.headers.authorization) ?? '';
    fe.ctx.notes = [];
    const output = dispatch(fe.ctx, operation, input);
    if (fe.ctx.notes.length) log.notes = fe.ctx.notes;
    log.status = 200;
    if (decision.failure === 'lost-response') {
      log.fault = 'lost-response';
      req.socket.destroy();
      return;
    }
    send(res, 200, requestId, output);
  } catch (err) {
    if (err instanceof AfdError) {
      fail(err.type, err.message);
    } else {
      console.error('[afd-emulator] internal error:', err);
      fail('InternalServerException', 'An internal error occurred.');
    }
  }
}
