// Reading the backtest's events: a CSV from the PR, so untrusted. Its size is
// checked before a byte is read, it is parsed by csv-parse (quotes, embedded
// newlines, a BOM) as a stream, and each record is handed on as soon as it is
// parsed, so memory does not grow with the file.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { CsvError, parse } from 'csv-parse';
import { isInside } from '../config/workspace-file.js';
import { ActionError } from '../domain/errors.js';

export const MAX_EVENTS_FILE_BYTES = 200 * 1024 * 1024;
/** One record (an event): far above any real event, low enough to stop a runaway quote. */
export const MAX_RECORD_CHARS = 1024 * 1024;

export class EventsFileError extends ActionError {
  override name = 'EventsFileError';
}

export interface EventsSink {
  header(columns: string[]): void;
  /** `row` counts the header as row 1, like a spreadsheet does. */
  row(cells: string[], row: number): void;
}

function asRecord(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const cells: unknown[] = value;
  // csv-parse gives strings (no cast option): hand its array on rather than copy it.
  return cells.every((cell): cell is string => typeof cell === 'string')
    ? cells
    : cells.map(String);
}

/**
 * Streams the events file at `fullPath` into `sink`. `display` names the file
 * in messages (workspace-relative). Throws EventsFileError for a file that is
 * missing, outside `workspace` once symbolic links are resolved, not a regular
 * file, too large, empty or not valid CSV (with the row that broke it).
 */
export async function readEventsCsv(
  fullPath: string,
  display: string,
  sink: EventsSink,
  options: { workspace: string; maxBytes?: number },
): Promise<void> {
  const maxBytes = options.maxBytes ?? MAX_EVENTS_FILE_BYTES;
  let size: number;
  let real: string;
  try {
    real = await realpath(fullPath);
    if (!isInside(real, await realpath(options.workspace)))
      throw new EventsFileError(
        `The backtest events file ${display} leads (through a symbolic link) outside the workspace`,
      );
    const info = await stat(real);
    // A FIFO or a device would block or never end: only regular files are read.
    if (!info.isFile())
      throw new EventsFileError(`The backtest events file ${display} is not a regular file`);
    size = info.size;
  } catch (e) {
    if (e instanceof EventsFileError) throw e;
    throw new EventsFileError(
      `The backtest events file ${display} does not exist (is the repository checked out?)`,
    );
  }
  if (size > maxBytes)
    throw new EventsFileError(
      `The backtest events file ${display} is ${(size / 1024 / 1024).toFixed(1)} MB; ` +
        `the limit is ${(maxBytes / 1024 / 1024).toFixed(0)} MB. Use a sample of the events.`,
    );
  const parser = parse({
    bom: true,
    // Files edited on several systems mix line endings; any of them ends a record.
    record_delimiter: ['\r\n', '\n', '\r'],
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_CHARS,
  });
  const input = createReadStream(real);
  input.on('error', (e) => parser.destroy(e));
  input.pipe(parser);
  let row = 0;
  let width = 0;
  try {
    // Records are handed on from 'data' events, synchronously: an async iterator
    // costs a promise per record, a third of the time of reading 100,000 events.
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      parser.on('data', (record: unknown) => {
        if (failed) return;
        const cells = asRecord(record);
        row++;
        try {
          if (row === 1) {
            width = cells.length;
            sink.header(cells);
          } else sink.row(cells, row);
        } catch (e) {
          // The sink's own error, as it threw it; no later record reaches the sink.
          failed = true;
          parser.destroy(e instanceof Error ? e : new Error(String(e)));
        }
      });
      parser.on('error', reject);
      parser.on('end', resolve);
    });
  } catch (e) {
    if (e instanceof CsvError) {
      const lines = typeof e['lines'] === 'number' ? ` (line ${e['lines']})` : '';
      throw new EventsFileError(
        `The backtest events file ${display} is not valid CSV at row ${row + 1}${lines}: ${e.message}`,
      );
    }
    throw e;
  } finally {
    input.destroy();
  }
  if (row === 0 || width === 0)
    throw new EventsFileError(
      `The backtest events file ${display} is empty: its first row must name the variables`,
    );
}
