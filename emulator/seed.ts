// Turns a seed file (hand-written or an earlier snapshot) into a full state:
// fills defaults, normalises version numbers and schedules the remaining
// transitions of versions that were seeded mid-flight.

import { readFileSync } from 'node:fs';
import { toResourcePath } from './arn.js';
import {
  addMs,
  DEFAULT_ACTIVATION_MS,
  DEFAULT_INACTIVATION_MS,
  DEFAULT_TRAINING_MS,
} from './context.js';
import { normaliseModelVersion } from './model-version-number.js';
import type { EmulatorState, ModelBehaviour, PendingTransition, SeedFile } from './state.js';
import { completeMetrics, syntheticMetrics } from './training-results.js';

export function loadSeedFile(path: string): SeedFile {
  return JSON.parse(readFileSync(path, 'utf8')) as SeedFile;
}

function need(record: object, fields: readonly string[], where: string): void {
  for (const f of fields) {
    if ((record as Record<string, unknown>)[f] === undefined)
      throw new Error(`seed: ${where} is missing "${f}"`);
  }
}

/** Transitions still ahead of a version seeded in an in-between status. */
function pendingFor(status: string, since: string, b: ModelBehaviour): PendingTransition[] {
  const activation = b.activationDurationMs ?? DEFAULT_ACTIVATION_MS;
  const inactivation = b.inactivationDurationMs ?? DEFAULT_INACTIVATION_MS;
  switch (status) {
    case 'TRAINING_IN_PROGRESS':
      return [
        {
          at: addMs(since, b.trainingDurationMs ?? DEFAULT_TRAINING_MS),
          status: 'TRAINING_COMPLETE',
        },
      ];
    case 'ACTIVATE_REQUESTED':
      return [
        { at: addMs(since, Math.floor(activation / 2)), status: 'ACTIVATE_IN_PROGRESS' },
        { at: addMs(since, activation), status: 'ACTIVE' },
      ];
    case 'ACTIVATE_IN_PROGRESS':
      return [{ at: addMs(since, Math.ceil(activation / 2)), status: 'ACTIVE' }];
    case 'INACTIVATE_REQUESTED':
      return [
        { at: addMs(since, Math.floor(inactivation / 2)), status: 'INACTIVATE_IN_PROGRESS' },
        { at: addMs(since, inactivation), status: 'TRAINING_COMPLETE' },
      ];
    case 'INACTIVATE_IN_PROGRESS':
      return [{ at: addMs(since, Math.ceil(inactivation / 2)), status: 'TRAINING_COMPLETE' }];
    default:
      return [];
  }
}

export function stateFromSeed(
  seed: SeedFile,
  defaults: { accountId: string; region: string; now: string; randomSeed: number },
): EmulatorState {
  const now = defaults.now;
  const behaviour = structuredClone(seed.modelBehaviour ?? {});
  const times = (r: { createdTime?: string; lastUpdatedTime?: string }) => {
    const createdTime = r.createdTime ?? r.lastUpdatedTime ?? now;
    return { createdTime, lastUpdatedTime: r.lastUpdatedTime ?? createdTime };
  };

  const models = (seed.models ?? []).map((m, i) => {
    need(m, ['modelId', 'modelType', 'eventTypeName'], `models[${i}]`);
    return { ...structuredClone(m), ...times(m) };
  });

  const modelVersions = (seed.modelVersions ?? []).map((v, i) => {
    need(v, ['modelId', 'modelType', 'modelVersionNumber', 'status'], `modelVersions[${i}]`);
    const modelVersionNumber = normaliseModelVersion(v.modelVersionNumber);
    const t = times(v);
    const key = `${v.modelType}/${v.modelId}/${modelVersionNumber}`;
    return {
      ...structuredClone(v),
      modelVersionNumber,
      ...t,
      trainingDataSource:
        v.trainingDataSource ?? (v.ingestedEventsDetail ? 'INGESTED_EVENTS' : 'EXTERNAL_EVENTS'),
      trainingDataSchema: structuredClone(v.trainingDataSchema ?? { modelVariables: [] }),
      pending: structuredClone(
        v.pending ?? pendingFor(v.status, t.lastUpdatedTime, behaviour[v.modelId] ?? {}),
      ),
      metrics: completeMetrics(v.metrics ?? {}, syntheticMetrics(defaults.randomSeed, key)),
    };
  });

  const detectorVersions = (seed.detectorVersions ?? []).map((d, i) => {
    need(d, ['detectorId', 'detectorVersionId', 'status'], `detectorVersions[${i}]`);
    return {
      ...structuredClone(d),
      ...times(d),
      rules: structuredClone(d.rules ?? []),
      modelVersions: (d.modelVersions ?? []).map((m) => ({
        modelId: m.modelId,
        modelType: m.modelType,
        modelVersionNumber: normaliseModelVersion(m.modelVersionNumber),
      })),
      externalModelEndpoints: [...(d.externalModelEndpoints ?? [])],
      ruleExecutionMode: d.ruleExecutionMode ?? 'FIRST_MATCHED',
    };
  });

  const detectors = (seed.detectors ?? []).map((d, i) => {
    need(d, ['detectorId', 'eventTypeName'], `detectors[${i}]`);
    const ids = detectorVersions
      .filter((v) => v.detectorId === d.detectorId)
      .map((v) => Number(v.detectorVersionId));
    return {
      ...structuredClone(d),
      ...times(d),
      highestVersionId: Math.max(d.highestVersionId ?? 0, 0, ...ids),
    };
  });

  const rules = (seed.rules ?? []).map((r, i) => {
    need(r, ['detectorId', 'ruleId', 'ruleVersion', 'expression', 'outcomes'], `rules[${i}]`);
    return { ...structuredClone(r), ...times(r), language: r.language ?? 'DETECTORPL' };
  });

  const outcomes = (seed.outcomes ?? []).map((o, i) => {
    need(o, ['name'], `outcomes[${i}]`);
    return { ...structuredClone(o), ...times(o) };
  });

  const variables = (seed.variables ?? []).map((v, i) => {
    need(v, ['name', 'dataType', 'dataSource', 'defaultValue'], `variables[${i}]`);
    return { ...structuredClone(v), ...times(v) };
  });

  const eventTypes = (seed.eventTypes ?? []).map((e, i) => {
    need(e, ['name', 'eventVariables'], `eventTypes[${i}]`);
    return {
      ...structuredClone(e),
      ...times(e),
      labels: [...(e.labels ?? [])],
      entityTypes: [...(e.entityTypes ?? [])],
      eventIngestion: e.eventIngestion ?? 'DISABLED',
    };
  });

  const named = (kind: string, list: SeedFile['labels']) =>
    (list ?? []).map((n, i) => {
      need(n, ['name'], `${kind}[${i}]`);
      return { ...structuredClone(n), ...times(n) };
    });

  const lists = (seed.lists ?? []).map((l, i) => {
    need(l, ['name'], `lists[${i}]`);
    const createdTime = l.createdTime ?? l.updatedTime ?? now;
    return {
      ...structuredClone(l),
      elements: [...(l.elements ?? [])],
      createdTime,
      updatedTime: l.updatedTime ?? createdTime,
    };
  });

  const tags: EmulatorState['tags'] = {};
  for (const [key, list] of Object.entries(seed.tags ?? {}))
    tags[toResourcePath(key)] = structuredClone(list);

  return {
    accountId: seed.accountId ?? defaults.accountId,
    region: seed.region ?? defaults.region,
    models,
    modelVersions,
    detectors,
    detectorVersions,
    rules,
    outcomes,
    variables,
    eventTypes,
    labels: named('labels', seed.labels),
    entityTypes: named('entityTypes', seed.entityTypes),
    lists,
    tags,
    modelBehaviour: behaviour,
  };
}
