// The events file is untrusted: refused above the size limit before reading,
// parsed with quotes and embedded newlines, a malformed row named by its number.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EventsFileError, readEventsCsv } from '../../../src/impact/events-csv.js';

const root = mkdtempSync(path.join(tmpdir(), 'events-csv-'));
const dir = path.join(root, 'workspace');
mkdirSync(dir);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const full = path.join(dir, name);
  writeFileSync(full, text);
  return full;
}

async function read(full: string, maxBytes?: number) {
  const seen: { header?: string[]; rows: [string[], number][] } = { rows: [] };
  await readEventsCsv(
    full,
    path.basename(full),
    { header: (h) => (seen.header = h), row: (cells, row) => seen.rows.push([cells, row]) },
    maxBytes === undefined ? { workspace: dir } : { workspace: dir, maxBytes },
  );
  return seen;
}

describe('readEventsCsv', () => {
  it('reads quoted cells with commas, quotes and newlines, and numbers rows like a spreadsheet', async () => {
    const full = file(
      'quotes.csv',
      '\uFEFFEVENT_ID,note,amount\r\ne1,"a, ""quoted""\nsecond line",10\n\ne2,plain,20\n',
    );
    expect(await read(full)).toEqual({
      header: ['EVENT_ID', 'note', 'amount'],
      rows: [
        [['e1', 'a, "quoted"\nsecond line', '10'], 2],
        [['e2', 'plain', '20'], 3],
      ],
    });
  });

  it('names the row of a malformed line', async () => {
    const full = file('bad.csv', 'a,b\n1,2\n3,4,5\n');
    await expect(read(full)).rejects.toThrow(/bad\.csv is not valid CSV at row 3/);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const full = file('big.csv', 'a\n' + '1\n'.repeat(100));
    const error = await read(full, 100).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventsFileError);
    expect((error as Error).message).toMatch(/big\.csv is 0\.0 MB; the limit is 0 MB/);
  });

  it('refuses a link out of the workspace and a directory', async () => {
    writeFileSync(path.join(root, 'outside.csv'), 'a\n1\n');
    symlinkSync(path.join(root, 'outside.csv'), path.join(dir, 'link.csv'));
    await expect(read(path.join(dir, 'link.csv'))).rejects.toThrow(/outside the workspace/);
    mkdirSync(path.join(dir, 'folder.csv'));
    await expect(read(path.join(dir, 'folder.csv'))).rejects.toThrow(/not a regular file/);
  });

  it("stops at a sink's error and rethrows it as thrown, handing on no later row", async () => {
    const full = file('sink.csv', 'a\n1\n2\n3\n4\n5\n');
    const seen: string[] = [];
    const failure = new RangeError('sink refused row 3');
    const error = await readEventsCsv(
      full,
      'sink.csv',
      {
        header: () => undefined,
        row: (cells, row) => {
          seen.push(cells[0]!);
          if (row === 3) throw failure;
        },
      },
      { workspace: dir },
    ).catch((e: unknown) => e);
    expect(error).toBe(failure);
    expect(seen).toEqual(['1', '2']);
  });

  it('says so when the file is missing or empty', async () => {
    await expect(read(path.join(dir, 'absent.csv'))).rejects.toThrow(/does not exist/);
    await expect(read(file('empty.csv', ''))).rejects.toThrow(/is empty/);
  });
});
