// `detectors:` in the config file: a list of detector sections, each shaped
// like `detector:`. A run handles the one that `detector-id` names, else every
// one of them; one section's values never mix into another's.
import { CONFIG_FIELDS, FIELDS, type FieldKey } from './fields.js';
import type { Problems, Where } from './problems.js';
import type { RawValue } from './yaml-values.js';

export type ConfigValues = Partial<Record<FieldKey, RawValue>>;

/** One detector section of the config file, with where it starts (for messages). */
export interface DetectorSection {
  values: ConfigValues;
  where: Where;
}

/** The config file's values, and the sections of its `detectors:` list. */
export interface ConfigFile {
  values: ConfigValues;
  detectors: DetectorSection[];
}

/** The fields a detector section holds (`detector.*`). */
export const DETECTOR_FIELDS: readonly FieldKey[] = [...CONFIG_FIELDS]
  .filter(([path]) => path.startsWith('detector.'))
  .map(([, key]) => key);

function detectorIdOf(section: DetectorSection): string | undefined {
  const id = section.values.detectorId;
  return id?.kind === 'scalar' && id.value !== null ? id.text.trim() : undefined;
}

/**
 * The config values of each detector this run handles, in file order: with a
 * `detectors:` list, the top-level values plus one detector section each —
 * only the one `detector-id` selects, else all of them. Without a list, the
 * file's values as they are.
 */
export function selectDetectors(
  file: ConfigFile,
  detectorIdInput: string,
  problems: Problems,
): ConfigValues[] {
  if (file.detectors.length === 0) return [file.values];
  const shared: ConfigValues = { ...file.values };
  const single: ConfigValues = {};
  for (const key of DETECTOR_FIELDS) {
    const value = shared[key];
    if (value === undefined) continue;
    single[key] = value;
    delete shared[key];
  }
  // `detector:` beside `detectors:` is one more detector of the list.
  const first = Object.values(single)[0];
  const all: DetectorSection[] =
    first === undefined
      ? file.detectors
      : [{ values: single, where: first.where }, ...file.detectors];
  const named = new Map<string, DetectorSection>();
  for (const section of all) {
    const id = detectorIdOf(section);
    if (id === undefined) {
      problems.add(
        section.where,
        undefined,
        'must hold detectorId (every detector section names its detector)',
      );
      continue;
    }
    if (named.has(id)) {
      problems.add(
        section.values.detectorId!.where,
        id,
        'names a detector a second time: each detector may have one section in the config file',
      );
      continue;
    }
    named.set(id, section);
  }
  const ids = [...named.keys()];
  const wanted = detectorIdInput.trim();
  if (wanted !== '') {
    const chosen = named.get(wanted);
    if (chosen) return [{ ...shared, ...chosen.values }];
    problems.add(
      { input: FIELDS.detectorId.input },
      wanted,
      `must name one of the detectors of the config file (${ids.join(', ')})`,
    );
    return [shared];
  }
  if (named.size === 0) return [shared];
  return [...named.values()].map((section) => ({ ...shared, ...section.values }));
}
