// The inputs of `mode: export`: where the config file goes (`export-path`) and
// what export needs or cannot be combined with. Checked with every other
// input, before any AWS call and before anything is written.
import type { Mode } from '../domain/request.js';
import { resolveConfigPath } from './config-file.js';
import { plain, type RawFields } from './cross-field.js';
import type { Problems } from './problems.js';
import { readText } from './values.js';
import type { RawValue } from './yaml-values.js';

const INPUT = 'export-path';

/**
 * The workspace-relative path (forward slashes) export writes the config file
 * to. Inside the workspace like the config file, a YAML file name, and never
 * inside `.git` (a hook written there would run on the next git command).
 */
export function readExportPath(
  v: RawValue,
  workspace: string | undefined,
  problems: Problems,
): string | undefined {
  const raw = readText(v, problems);
  if (raw === undefined) return undefined;
  const resolved = resolveConfigPath(raw, workspace, problems, INPUT);
  if (!resolved) return undefined;
  const segments = resolved.display.split('/');
  if (segments.some((s) => s.toLowerCase() === '.git')) {
    problems.add(plain(v.where), raw, 'must not be inside .git: git reads that folder, not you');
    return undefined;
  }
  if (!/\.ya?ml$/i.test(segments[segments.length - 1]!)) {
    problems.add(plain(v.where), raw, 'must name a YAML file (ending in .yml or .yaml)');
    return undefined;
  }
  return resolved.display;
}

/** `mode: export` reads one detector; export-path means nothing in another mode. */
export function checkExportMode(raw: RawFields, mode: Mode, problems: Problems): void {
  if (mode === 'export') {
    if (!raw.detectorId)
      problems.add(
        plain(raw.mode!.where),
        'export',
        'needs detector-id: export writes one detector version as a config file',
      );
    if (raw.rollbackTo)
      problems.add(
        plain(raw.rollbackTo.where),
        raw.rollbackTo.text.trim(),
        'cannot be combined with mode export: export writes files and changes nothing in AFD',
      );
  } else if (raw.exportPath) {
    problems.add(
      plain(raw.exportPath.where),
      raw.exportPath.text.trim(),
      'is only used with mode export',
    );
  }
}
