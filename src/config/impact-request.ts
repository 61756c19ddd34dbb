// The impact settings of a detector section as the request carries them:
// `detector.tests` (inline) or `detector.testsFile` (a YAML list beside the
// config file, read with the hardened workspace reader), and
// `detector.backtest`, whose events file is resolved here and streamed later.
import type { BacktestRequest } from '../domain/request.js';
import type { RuleTest } from '../impact/rule-tests.js';
import { MAX_CONFIG_FILE_BYTES } from './config-file.js';
import { readBacktest, readRuleTests } from './impact-config.js';
import type { Problems } from './problems.js';
import { besideConfig, readFileBesideConfig, type ExpressionFiles } from './rules-as-code.js';
import { readText } from './values.js';
import type { YamlLibrary } from './yaml-library.js';
import { parseYamlFile, type RawValue } from './yaml-values.js';

export interface ImpactValues {
  tests?: RawValue | undefined;
  testsFile?: RawValue | undefined;
  backtest?: RawValue | undefined;
}

export interface ImpactSettings {
  tests?: RuleTest[];
  backtest?: BacktestRequest;
}

function configOnly(v: RawValue, problems: Problems, files: ExpressionFiles | undefined): boolean {
  if (files && v.where.position) return true;
  problems.add(v.where, undefined, 'is only read from a config file');
  return false;
}

function readTestsFile(
  v: RawValue,
  files: ExpressionFiles,
  yaml: YamlLibrary,
  problems: Problems,
): RuleTest[] | undefined {
  const raw = readText(v, problems);
  if (raw === undefined) return undefined;
  const read = readFileBesideConfig(v, raw, files, MAX_CONFIG_FILE_BYTES, problems);
  if (!read) return undefined;
  const parsed = parseYamlFile(yaml, read.display, read.text, problems);
  if (!parsed.value) {
    if (parsed.ok)
      problems.add(v.where, raw, `names an empty file (${read.display}); it must list tests`);
    return undefined;
  }
  return readRuleTests(parsed.value, problems);
}

/** The rule tests and backtest of a detector section; problems at their file and line. */
export function readImpactSettings(
  values: ImpactValues,
  files: ExpressionFiles | undefined,
  yaml: YamlLibrary | undefined,
  problems: Problems,
): ImpactSettings {
  const out: ImpactSettings = {};
  const { tests, testsFile, backtest } = values;
  if (tests && testsFile)
    problems.add(testsFile.where, undefined, 'is set beside tests: write the tests in one place');
  else if (tests) {
    const read = readRuleTests(tests, problems);
    if (read) out.tests = read;
  } else if (testsFile && configOnly(testsFile, problems, files) && files && yaml) {
    const read = readTestsFile(testsFile, files, yaml, problems);
    if (read) out.tests = read;
  }
  if (backtest && configOnly(backtest, problems, files) && files) {
    const config = readBacktest(backtest, problems);
    const eventsValue =
      backtest.kind === 'map' ? backtest.entries.find((e) => e.key === 'events')?.value : undefined;
    const resolved =
      config && eventsValue ? besideConfig(eventsValue, config.events, files, problems) : undefined;
    if (config && resolved)
      out.backtest = {
        events: resolved.display,
        path: resolved.full,
        ...(files.workspace !== undefined ? { workspace: files.workspace } : {}),
        ...(config.maxChangedPercent !== undefined
          ? { maxChangedPercent: config.maxChangedPercent }
          : {}),
      };
  }
  return out;
}
