// JSON control endpoints under /_emulator/ for standalone use (curl, other
// languages). AFD itself only uses POST with X-Amz-Target, so these paths never
// collide with it.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Emulator } from './index.js';
import type { FaultRule } from './faults.js';
import { isScore } from './model-scores.js';
import type { ModelBehaviour, SeedFile } from './state.js';

class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function parse(body: string): unknown {
  try {
    return body.trim() === '' ? {} : (JSON.parse(body) as unknown);
  } catch {
    throw new ControlError(400, 'body is not valid JSON');
  }
}

function asObject(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ControlError(400, `${what} must be a JSON object`);
  return value as Record<string, unknown>;
}

function toEpoch(value: unknown): number {
  const ms =
    typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (!Number.isFinite(ms))
    throw new ControlError(400, '"set" must be epoch milliseconds or an ISO time');
  return ms;
}

/**
 * The clock as a client sees it. `scale` is what a client pointed at this
 * emulator needs to wait in step with it (the action reads it when its
 * endpoint-url is on loopback); a manual clock only moves when told.
 */
function clockReport(e: Emulator) {
  return {
    now: new Date(e.clock.now()).toISOString(),
    nowMs: e.clock.now(),
    mode: e.clock.mode,
    scale: e.clock.scale,
  };
}

/** Score overrides must be what AFD could answer (0–1000), or GetEventPrediction would lie. */
function checkScores(behaviour: ModelBehaviour): void {
  const overrides: unknown[] = [];
  if (behaviour.score !== undefined) overrides.push(behaviour.score);
  if (behaviour.eventScores !== undefined)
    overrides.push(...Object.values(asObject(behaviour.eventScores, '"eventScores"')));
  if (!overrides.every(isScore))
    throw new ControlError(400, '"score" and "eventScores" values must be numbers from 0 to 1000');
}

export function createControlHandler(emu: () => Emulator) {
  return (req: IncomingMessage, body: string, res: ServerResponse): void => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const method = req.method ?? 'GET';
    const e = emu();
    try {
      if (method === 'GET' && path === '/_emulator/state') return reply(res, 200, e.snapshot());
      if (method === 'GET' && path === '/_emulator/calls') return reply(res, 200, e.calls);
      if (method === 'POST' && path === '/_emulator/clock') {
        const input = asObject(parse(body), 'clock request');
        if (input.set !== undefined) e.clock.set(toEpoch(input.set));
        if (input.advanceMs !== undefined) {
          if (typeof input.advanceMs !== 'number' || input.advanceMs < 0) {
            throw new ControlError(400, '"advanceMs" must be a non-negative number');
          }
          e.clock.advance(input.advanceMs);
        }
        return reply(res, 200, clockReport(e));
      }
      if (method === 'GET' && path === '/_emulator/clock') return reply(res, 200, clockReport(e));
      if (method === 'POST' && path === '/_emulator/faults') {
        const input = parse(body);
        const rules = Array.isArray(input) ? input : asObject(input, 'faults request').rules;
        if (!Array.isArray(rules))
          throw new ControlError(400, 'expected an array of fault rules or {"rules": [...]}');
        try {
          e.faults.set(rules as FaultRule[]);
        } catch (err) {
          throw new ControlError(400, (err as Error).message);
        }
        return reply(res, 200, { rules: e.faults.list() });
      }
      const model = /^\/_emulator\/models\/([0-9a-z_]{1,64})$/.exec(path);
      if (method === 'POST' && model?.[1]) {
        const behaviour = asObject(parse(body), 'model behaviour') as ModelBehaviour;
        checkScores(behaviour);
        e.configureModel(model[1], behaviour);
        return reply(res, 200, {
          modelId: model[1],
          behaviour: e.snapshot().modelBehaviour[model[1]],
        });
      }
      if (method === 'POST' && path === '/_emulator/seed') {
        const seed = asObject(parse(body), 'seed') as SeedFile;
        try {
          e.seed(seed);
        } catch (err) {
          throw new ControlError(400, (err as Error).message);
        }
        return reply(res, 200, { ok: true });
      }
      throw new ControlError(404, `no control endpoint ${method} ${path}`);
    } catch (err) {
      const status = err instanceof ControlError ? err.status : 500;
      reply(res, status, { __type: 'EmulatorControlError', message: (err as Error).message });
    }
  };
}
