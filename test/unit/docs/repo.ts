// Shared readers for the documentation tests: the repository's action.yml,
// README and example workflows, parsed once per test file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The repository root: this file lives in test/unit/docs/. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function readRepoFile(relative: string): string {
  return readFileSync(join(ROOT, relative), 'utf8');
}

export interface ActionInput {
  description: string;
  default?: string;
  required?: boolean;
}

export interface ActionMetadata {
  name: string;
  description: string;
  author?: string;
  branding?: { icon?: string; color?: string };
  inputs: Record<string, ActionInput>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string; pre?: string; post?: string };
}

export function loadAction(): { source: string; action: ActionMetadata } {
  const source = readRepoFile('action.yml');
  return { source, action: parse(source) as ActionMetadata };
}

/** Collapse whitespace, so folded YAML and a one-line table cell compare equal. */
export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface WorkflowFile {
  /** Path relative to the repository root. */
  path: string;
  source: string;
}

/** Every YAML file under a folder that is a workflow (has `on` and `jobs`). */
export function workflowFiles(folder: string): WorkflowFile[] {
  const dir = join(ROOT, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({ path: `${folder}/${name}`, source: readFileSync(join(dir, name), 'utf8') }))
    .filter(({ source }) => {
      const doc: unknown = parse(source);
      return typeof doc === 'object' && doc !== null && 'jobs' in doc && 'on' in doc;
    });
}

/**
 * The first Markdown table after the heading `## <title>` (or `## <title> (…)`), as rows of cells
 * (header and separator rows dropped). Cells are split on unescaped `|`.
 */
export function tableAfterHeading(markdown: string, title: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex(
    (line) => line.trim() === `## ${title}` || line.trim().startsWith(`## ${title} (`),
  );
  if (start < 0) throw new Error(`no "## ${title}" heading`);
  const rows: string[][] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line.startsWith('## ')) break;
    if (!line.startsWith('|')) {
      if (rows.length > 0) break;
      continue;
    }
    rows.push(
      line
        .replace(/^\|/, '')
        .replace(/\|$/, '')
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/\\\|/g, '|')),
    );
  }
  if (rows.length < 2) throw new Error(`no table after "## ${title}"`);
  return rows.slice(2);
}

/** `name` from a cell written as `` `name` ``; undefined when the cell is anything else. */
export function codeName(cell: string): string | undefined {
  return /^`([^`]+)`$/.exec(cell)?.[1];
}
