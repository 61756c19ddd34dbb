// A loopback endpoint that speaks AFD's protocol (AWS JSON 1.1: POST /, the
// operation in X-Amz-Target) but answers whatever a test crafts: an endpoint
// that is not AFD, as `endpoint-url` may point anywhere. No test framework
// imports here (end-to-end tests use it from the test process).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An answer: a JSON body (status 200), or an error with AFD's `__type`. */
export type HostileAnswer =
  | { body: unknown }
  | { status: number; type: string; message: string; headers?: Record<string, string> };

/**
 * Crafts the answer to one call; `call` counts calls of that operation from 1;
 * `headers` are the request's (an endpoint sees the session token in them).
 */
export type HostileHandler = (
  operation: string,
  request: Record<string, unknown>,
  call: number,
  headers: IncomingMessage['headers'],
) => HostileAnswer;

export interface HostileAfd {
  url: string;
  /** Operations in the order they were called. */
  calls: string[];
  close(): Promise<void>;
}

export async function startHostileAfd(handle: HostileHandler): Promise<HostileAfd> {
  const calls: string[] = [];
  const counts = new Map<string, number>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const target = String(req.headers['x-amz-target'] ?? '');
      const operation = target.slice(target.lastIndexOf('.') + 1);
      calls.push(operation);
      const call = (counts.get(operation) ?? 0) + 1;
      counts.set(operation, call);
      let request: Record<string, unknown> = {};
      try {
        request = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<
          string,
          unknown
        >;
      } catch {
        // A request the SDK sent is always JSON; keep {} otherwise.
      }
      const answer = handle(operation, request, call, req.headers);
      const headers = { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'r-1' };
      if ('body' in answer) {
        res.writeHead(200, headers);
        res.end(JSON.stringify(answer.body));
      } else {
        res.writeHead(answer.status, { ...headers, ...answer.headers });
        res.end(JSON.stringify({ __type: answer.type, message: answer.message }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
