// The `yaml` package is three quarters of what every run compiles at start-up,
// yet only runs with an inline YAML input (rules, tags, …) or a config file
// need it. The shell loads it on demand (its own chunk in dist/) and hands it
// to the pure parser, which stays synchronous.
import type * as Yaml from 'yaml';

/** The parts of the `yaml` package the parser uses. */
export type YamlLibrary = Pick<
  typeof Yaml,
  'isAlias' | 'isMap' | 'isScalar' | 'isSeq' | 'LineCounter' | 'parseDocument'
>;

export async function loadYamlLibrary(): Promise<YamlLibrary> {
  return import('yaml');
}
