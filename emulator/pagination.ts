// Opaque nextToken paging. The token binds the operation so a token from one
// list call cannot be replayed on another. The last page carries no nextToken
// at all, as recorded from the real service.

import { validation } from './errors.js';

interface TokenBody {
  op: string;
  offset: number;
}

function encode(body: TokenBody): string {
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64');
}

function decode(op: string, token: string): number {
  try {
    const body = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as Partial<TokenBody>;
    if (
      body.op === op &&
      typeof body.offset === 'number' &&
      Number.isInteger(body.offset) &&
      body.offset >= 0
    ) {
      return body.offset;
    }
  } catch {
    // fall through: any undecodable token is simply invalid
  }
  throw validation('The nextToken provided is invalid.');
}

export function paginate<T>(
  op: string,
  items: readonly T[],
  maxResults: number | undefined,
  defaultPageSize: number,
  nextToken: string | undefined,
): { page: T[]; nextToken?: string } {
  const offset = nextToken === undefined || nextToken === '' ? 0 : decode(op, nextToken);
  const size = maxResults ?? defaultPageSize;
  const page = items.slice(offset, offset + size);
  const end = offset + page.length;
  return end < items.length ? { page, nextToken: encode({ op, offset: end }) } : { page };
}
