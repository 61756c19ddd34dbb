// The optional YAML config file: found inside the workspace, parsed with line
// numbers, checked for unknown keys, and flattened into the same field table the
// inputs use. Values are only collected here; parse-request checks them, so an
// input and a config value get exactly the same rules.
import path from 'node:path';
import type { ConfigFile, ConfigValues, DetectorSection } from './detector-sections.js';
import { CONFIG_FIELDS, CONFIG_SECTIONS } from './fields.js';
import type { Problems } from './problems.js';
import { distance, unknownKeyRule } from './suggest.js';
import type { WorkspaceFile } from './workspace-file.js';
import type { YamlLibrary } from './yaml-library.js';
import { kindWords, parseYamlFile, type RawValue } from './yaml-values.js';

export type { ConfigFile, ConfigValues } from './detector-sections.js';

/** The root key that lists detector sections, each shaped like `detector:`. */
const DETECTOR_LIST_KEY = 'detectors';

/**
 * The largest config file read. A real one is a few KiB; the limit keeps a
 * huge file (or a link to /dev/zero) from costing the runner its memory.
 */
export const MAX_CONFIG_FILE_BYTES = 1024 * 1024;

/** How the pure side asks the shell for a file: inside `workspace`, at most `maxBytes`. */
export interface ReadFileOptions {
  workspace: string | undefined;
  maxBytes: number;
}

export interface ConfigFileAccess {
  /** GITHUB_WORKSPACE; relative paths resolve against it. */
  workspace: string | undefined;
  readFile(path: string, options: ReadFileOptions): WorkspaceFile;
  yaml: YamlLibrary;
}

const PATH_RULE = 'must be a path relative to the repository workspace, inside it';

/**
 * The workspace-relative path (forward slashes, as annotations want it) and the
 * path to read, or undefined when the path may not be used.
 */
export function resolveConfigPath(
  raw: string,
  workspace: string | undefined,
  problems: Problems,
  input = 'config',
): { display: string; full: string } | undefined {
  const where = { input };
  if (raw.includes('\0')) {
    problems.add(where, raw, 'must not contain NUL characters');
    return undefined;
  }
  // Both separators, so a Windows-style path cannot slip past on Linux and vice versa.
  const slashed = raw.replace(/\\/g, '/');
  if (path.posix.isAbsolute(slashed) || path.win32.isAbsolute(raw)) {
    problems.add(where, raw, `${PATH_RULE}; absolute paths are not allowed`);
    return undefined;
  }
  const normal = path.posix.normalize(slashed);
  if (normal === '..' || normal.startsWith('../')) {
    problems.add(where, raw, `${PATH_RULE}; '..' may not leave the workspace`);
    return undefined;
  }
  if (normal === '.' || normal.endsWith('/')) {
    problems.add(where, raw, 'must name a file, not a directory');
    return undefined;
  }
  const full = workspace ? path.join(workspace, ...normal.split('/')) : normal;
  return { display: normal, full };
}

function parentOf(p: string): string {
  const i = p.lastIndexOf('.');
  return i < 0 ? '' : p.slice(0, i);
}

const SECTION_SET: ReadonlySet<string> = new Set(CONFIG_SECTIONS);

function knownKeys(section: string): string[] {
  const all = [...CONFIG_SECTIONS, DETECTOR_LIST_KEY, ...CONFIG_FIELDS.keys()];
  return all.filter((p) => parentOf(p) === section).map((p) => p.slice(p.lastIndexOf('.') + 1));
}

/** `detectors:`: a list of mappings, each walked as a `detector:` section of its own. */
function collectDetectorList(value: RawValue, problems: Problems): DetectorSection[] {
  const rule = `must be a list of detector sections (each with the keys ${knownKeys('detector').join(', ')})`;
  if (value.kind !== 'seq') {
    if (!(value.kind === 'scalar' && value.value === null))
      problems.add(value.where, value.text, `${rule}, not ${kindWords(value)}`);
    return [];
  }
  if (value.items.length === 0) problems.add(value.where, undefined, `${rule}; it is empty`);
  const sections: DetectorSection[] = [];
  for (const item of value.items) {
    if (item.kind !== 'map') {
      problems.add(
        item.where,
        item.text,
        `must be a detector section (a mapping), not ${kindWords(item)}`,
      );
      continue;
    }
    const values: ConfigValues = {};
    walk(item, 'detector', values, problems);
    sections.push({ values, where: item.where });
  }
  return sections;
}

function walk(
  map: RawValue & { kind: 'map' },
  section: string,
  out: ConfigValues,
  problems: Problems,
): void {
  const known = knownKeys(section);
  for (const { key, keyWhere, value } of map.entries) {
    const child = section ? `${section}.${key}` : key;
    if (SECTION_SET.has(child)) {
      if (value.kind === 'map') walk(value, child, out, problems);
      else if (!(value.kind === 'scalar' && value.value === null))
        problems.add(
          value.where,
          value.text,
          `must be a mapping with the keys ${knownKeys(child).join(', ')}, not ${kindWords(value)}`,
        );
      continue;
    }
    const field = CONFIG_FIELDS.get(child);
    if (field === undefined) {
      problems.add(keyWhere, undefined, unknownKeyRule(key, known));
      continue;
    }
    // `key:` with no value counts as unset, like a blank input.
    if (value.kind === 'scalar' && value.value === null) continue;
    out[field] = value;
  }
  if (section === 'model.retrain') {
    const keys = map.entries.map((e) => e.key);
    if (!keys.includes('externalEventsDetail') && !keys.includes('ingestedEventsDetail'))
      problems.add(
        map.where,
        undefined,
        'must hold externalEventsDetail (dataLocation, dataAccessRoleArn) or ingestedEventsDetail (ingestedEventsTimeWindow)',
      );
  }
}

/** Config values found in `root` (a parsed config file). */
export function collectConfigValues(root: RawValue, problems: Problems): ConfigFile {
  const out: ConfigValues = {};
  if (root.kind !== 'map') {
    // Not the root's text: whatever the file holds is not echoed into the log.
    problems.add(
      root.where,
      undefined,
      `the config file must be a YAML mapping with the keys ${knownKeys('').join(', ')}, not ${kindWords(root)}`,
    );
    return { values: out, detectors: [] };
  }
  const list = root.entries.find((e) => e.key === DETECTOR_LIST_KEY);
  const rest = { ...root, entries: root.entries.filter((e) => e !== list) };
  walk(rest, '', out, problems);
  return { values: out, detectors: list ? collectDetectorList(list.value, problems) : [] };
}

/**
 * " — did you mean .github/afd.yaml?" when the missing file's folder holds a
 * near name: a typo's few edits (case ignored), not `closest`'s partial
 * match, which would offer any short name contained in this one.
 */
export function nearNameHint(display: string, siblings: readonly string[]): string {
  const slash = display.lastIndexOf('/');
  const [folder, name] = [display.slice(0, slash + 1), display.slice(slash + 1)];
  const allowed = Math.max(2, Math.floor(name.length / 3));
  let best: { name: string; score: number } | undefined;
  for (const sibling of siblings) {
    if (sibling === name) continue;
    const score = distance(name.toLowerCase(), sibling.toLowerCase());
    if (score <= allowed && (best === undefined || score < best.score))
      best = { name: sibling, score };
  }
  return best === undefined ? '' : ` — did you mean ${folder}${best.name}?`;
}

/** Read, parse and flatten the config file named by the `config` input. */
export function loadConfigFile(
  rawPath: string,
  access: ConfigFileAccess,
  problems: Problems,
): ConfigFile {
  const none: ConfigFile = { values: {}, detectors: [] };
  const resolved = resolveConfigPath(rawPath, access.workspace, problems);
  if (!resolved) return none;
  const file = access.readFile(resolved.full, {
    workspace: access.workspace,
    maxBytes: MAX_CONFIG_FILE_BYTES,
  });
  if (file.kind === 'missing') {
    problems.add(
      { input: 'config' },
      rawPath,
      `must name an existing file (looked for ${resolved.display} in the workspace; is the repository checked out?)${nearNameHint(resolved.display, file.siblings)}`,
    );
    return none;
  }
  if (file.kind === 'refused') {
    const where = { input: 'config' };
    problems.add(
      file.line === undefined
        ? where
        : { ...where, position: { file: resolved.display, line: file.line } },
      rawPath,
      `the file ${file.rule}`,
    );
    return none;
  }
  const parsed = parseYamlFile(access.yaml, resolved.display, file.text, problems);
  // An empty file is an empty config: inputs may still say everything.
  return parsed.value ? collectConfigValues(parsed.value, problems) : none;
}
