// Detectors and detector versions: DRAFT → ACTIVE ⇄ INACTIVE, one ACTIVE per
// detector, DRAFT-only edits, version ids that are never reused, and the
// content checks (rules of this detector, ACTIVE model versions, ≤ 10 models).

import type {
  CreateDetectorVersionRequest,
  DeleteDetectorVersionRequest,
  DescribeDetectorRequest,
  GetDetectorsRequest,
  GetDetectorVersionRequest,
  PutDetectorRequest,
  UpdateDetectorVersionMetadataRequest,
  UpdateDetectorVersionRequest,
  UpdateDetectorVersionStatusRequest,
} from '@aws-sdk/client-frauddetector';
import { resourcePath } from './arn.js';
import type { ServiceContext } from './context.js';
import { conflict, notFound, validation } from './errors.js';
import { typed, type Handler } from './handler.js';
import { inListOrder } from './list-order.js';
import { normaliseModelVersion } from './model-version-number.js';
import { paginate } from './pagination.js';
import type {
  DetectorRecord,
  DetectorVersionRecord,
  ModelVersionRef,
  RuleRef,
  Tag,
} from './state.js';
import { dropTags, setTags } from './tag-store.js';

export const MAX_DETECTORS = 100;
export const MAX_DRAFTS_PER_DETECTOR = 100;
export const MAX_MODELS_PER_DETECTOR_VERSION = 10;

function findDetector(ctx: ServiceContext, detectorId: string): DetectorRecord {
  const detector = ctx.state.detectors.find((d) => d.detectorId === detectorId);
  if (!detector) throw notFound(`Detector ${detectorId} does not exist.`);
  return detector;
}

function findVersion(
  ctx: ServiceContext,
  detectorId: string,
  versionId: string,
): DetectorVersionRecord | undefined {
  return ctx.state.detectorVersions.find(
    (v) => v.detectorId === detectorId && v.detectorVersionId === versionId,
  );
}

function requireVersion(
  ctx: ServiceContext,
  detectorId: string,
  versionId: string,
): DetectorVersionRecord {
  findDetector(ctx, detectorId);
  const version = findVersion(ctx, detectorId, versionId);
  if (!version)
    throw notFound(`Detector version ${versionId} of detector ${detectorId} does not exist.`);
  return version;
}

const byVersionId = (a: DetectorVersionRecord, b: DetectorVersionRecord) =>
  Number(a.detectorVersionId) - Number(b.detectorVersionId);

function modelVersionLabel(m: ModelVersionRef): string {
  return `${m.modelId} (${m.modelType}) version ${m.modelVersionNumber}`;
}

/**
 * Checks that every referenced model version exists and is ACTIVE (deployed).
 * A missing one is a ResourceNotFoundException: every caller (Create/Update
 * DetectorVersion, UpdateDetectorVersionStatus) declares it (afd-api.md §9).
 */
function requireActiveModels(
  ctx: ServiceContext,
  detector: DetectorRecord,
  models: readonly ModelVersionRef[],
): void {
  for (const ref of models) {
    const number = normaliseModelVersion(ref.modelVersionNumber);
    const version = ctx.state.modelVersions.find(
      (v) =>
        v.modelId === ref.modelId &&
        v.modelType === ref.modelType &&
        v.modelVersionNumber === number,
    );
    if (!version) throw notFound(`Model ${modelVersionLabel(ref)} does not exist.`);
    if (version.status !== 'ACTIVE') {
      throw validation(
        `Model ${modelVersionLabel(ref)} must be in status ACTIVE; it is ${version.status}.`,
      );
    }
    const model = ctx.state.models.find(
      (m) => m.modelId === ref.modelId && m.modelType === ref.modelType,
    );
    if (model && model.eventTypeName !== detector.eventTypeName) {
      throw validation(
        `Model ${ref.modelId} is trained on event type ${model.eventTypeName}, but detector ${detector.detectorId} uses event type ${detector.eventTypeName}.`,
      );
    }
  }
}

/** Shared content checks of CreateDetectorVersion and UpdateDetectorVersion. */
function checkContent(
  ctx: ServiceContext,
  detector: DetectorRecord,
  rules: readonly RuleRef[],
  models: readonly ModelVersionRef[],
  endpoints: readonly string[],
): void {
  const seenRules = new Set<string>();
  for (const rule of rules) {
    if (rule.detectorId !== detector.detectorId) {
      throw validation(
        `Rule ${rule.ruleId} belongs to detector ${rule.detectorId}, not to detector ${detector.detectorId}.`,
      );
    }
    if (seenRules.has(rule.ruleId))
      throw validation(`Rule ${rule.ruleId} is listed more than once.`);
    seenRules.add(rule.ruleId);
    const exists = ctx.state.rules.some(
      (r) =>
        r.detectorId === rule.detectorId &&
        r.ruleId === rule.ruleId &&
        r.ruleVersion === rule.ruleVersion,
    );
    // Missing is ResourceNotFound (both callers declare it); a rule of another
    // detector above stays a ValidationException: it exists but is not allowed here.
    if (!exists) {
      throw notFound(
        `Rule ${rule.ruleId} version ${rule.ruleVersion} does not exist in detector ${detector.detectorId}.`,
      );
    }
  }
  if (models.length + endpoints.length > MAX_MODELS_PER_DETECTOR_VERSION) {
    throw validation(
      `A detector version can have at most ${MAX_MODELS_PER_DETECTOR_VERSION} models, including external model endpoints.`,
    );
  }
  const seenModels = new Set<string>();
  for (const m of models) {
    const key = `${m.modelType}/${m.modelId}`;
    if (seenModels.has(key)) throw validation(`Model ${m.modelId} is listed more than once.`);
    seenModels.add(key);
  }
  requireActiveModels(ctx, detector, models);
}

const normaliseModels = (models: readonly ModelVersionRef[] | undefined): ModelVersionRef[] =>
  (models ?? []).map((m) => ({
    modelId: m.modelId,
    modelType: m.modelType,
    modelVersionNumber: normaliseModelVersion(m.modelVersionNumber),
  }));

const copyRules = (rules: readonly RuleRef[] | undefined): RuleRef[] =>
  (rules ?? []).map((r) => ({
    detectorId: r.detectorId,
    ruleId: r.ruleId,
    ruleVersion: r.ruleVersion,
  }));

export const detectorHandlers: Record<string, Handler> = {
  PutDetector: typed<PutDetectorRequest>((ctx, input) => {
    const detectorId = input.detectorId ?? '';
    const eventTypeName = input.eventTypeName ?? '';
    const now = ctx.nowIso();
    const existing = ctx.state.detectors.find((d) => d.detectorId === detectorId);
    if (existing) {
      if (existing.eventTypeName !== eventTypeName) {
        throw validation(
          `The event type of detector ${detectorId} cannot be changed from ${existing.eventTypeName}.`,
        );
      }
      if (input.description !== undefined) existing.description = input.description;
      existing.lastUpdatedTime = now;
      return {};
    }
    if (ctx.state.detectors.length >= MAX_DETECTORS) {
      throw validation(
        `You have reached the maximum number of detectors (${MAX_DETECTORS}) for this account.`,
      );
    }
    ctx.state.detectors.push({
      detectorId,
      eventTypeName,
      ...(input.description !== undefined ? { description: input.description } : {}),
      createdTime: now,
      lastUpdatedTime: now,
      highestVersionId: 0,
    });
    if (input.tags?.length) setTags(ctx, resourcePath.detector(detectorId), input.tags as Tag[]);
    return {};
  }),

  GetDetectors: typed<GetDetectorsRequest>((ctx, input) => {
    if (input.detectorId !== undefined) findDetector(ctx, input.detectorId);
    const detectors = inListOrder(
      ctx,
      ctx.state.detectors.filter(
        (d) => input.detectorId === undefined || d.detectorId === input.detectorId,
      ),
      (d) => resourcePath.detector(d.detectorId),
      (a, b) => a.detectorId.localeCompare(b.detectorId),
    );
    const { page, nextToken } = paginate(
      'GetDetectors',
      detectors,
      input.maxResults,
      10,
      input.nextToken,
    );
    return {
      detectors: page.map((d) => ({
        detectorId: d.detectorId,
        description: d.description,
        eventTypeName: d.eventTypeName,
        lastUpdatedTime: d.lastUpdatedTime,
        createdTime: d.createdTime,
        arn: ctx.arn(resourcePath.detector(d.detectorId)),
      })),
      nextToken,
    };
  }),

  DescribeDetector: typed<DescribeDetectorRequest>((ctx, input) => {
    const detector = findDetector(ctx, input.detectorId ?? '');
    // AFD documents no summary order; callers must sort (afd-api.md §4.2).
    const versions = inListOrder(
      ctx,
      ctx.state.detectorVersions.filter((v) => v.detectorId === detector.detectorId),
      (v) => resourcePath.detectorVersion(v.detectorId, v.detectorVersionId),
      byVersionId,
    );
    const { page, nextToken } = paginate(
      'DescribeDetector',
      versions,
      input.maxResults,
      2500,
      input.nextToken,
    );
    return {
      detectorId: detector.detectorId,
      detectorVersionSummaries: page.map((v) => ({
        detectorVersionId: v.detectorVersionId,
        status: v.status,
        description: v.description,
        lastUpdatedTime: v.lastUpdatedTime,
      })),
      nextToken,
      arn: ctx.arn(resourcePath.detector(detector.detectorId)),
    };
  }),

  GetDetectorVersion: typed<GetDetectorVersionRequest>((ctx, input) => {
    const v = requireVersion(ctx, input.detectorId ?? '', input.detectorVersionId ?? '');
    return {
      detectorId: v.detectorId,
      detectorVersionId: v.detectorVersionId,
      description: v.description,
      externalModelEndpoints: v.externalModelEndpoints,
      modelVersions: v.modelVersions.map((m) => ({
        ...m,
        arn: ctx.arn(resourcePath.modelVersion(m.modelType, m.modelId, m.modelVersionNumber)),
      })),
      rules: v.rules,
      status: v.status,
      lastUpdatedTime: v.lastUpdatedTime,
      createdTime: v.createdTime,
      ruleExecutionMode: v.ruleExecutionMode,
      arn: ctx.arn(resourcePath.detectorVersion(v.detectorId, v.detectorVersionId)),
    };
  }),

  CreateDetectorVersion: typed<CreateDetectorVersionRequest>((ctx, input) => {
    const detector = findDetector(ctx, input.detectorId ?? '');
    const rules = copyRules(input.rules as RuleRef[] | undefined);
    const models = normaliseModels(input.modelVersions as ModelVersionRef[] | undefined);
    const endpoints = [...(input.externalModelEndpoints ?? [])];
    checkContent(ctx, detector, rules, models, endpoints);
    const drafts = ctx.state.detectorVersions.filter(
      (v) => v.detectorId === detector.detectorId && v.status === 'DRAFT',
    );
    if (drafts.length >= MAX_DRAFTS_PER_DETECTOR) {
      throw validation(
        `You have reached the maximum number of draft versions (${MAX_DRAFTS_PER_DETECTOR}) for detector ${detector.detectorId}.`,
      );
    }
    detector.highestVersionId += 1;
    const now = ctx.nowIso();
    const record: DetectorVersionRecord = {
      detectorId: detector.detectorId,
      detectorVersionId: String(detector.highestVersionId),
      status: 'DRAFT',
      ...(input.description !== undefined ? { description: input.description } : {}),
      rules,
      modelVersions: models,
      externalModelEndpoints: endpoints,
      ruleExecutionMode: input.ruleExecutionMode ?? 'FIRST_MATCHED',
      createdTime: now,
      lastUpdatedTime: now,
    };
    ctx.state.detectorVersions.push(record);
    if (input.tags?.length) {
      setTags(
        ctx,
        resourcePath.detectorVersion(record.detectorId, record.detectorVersionId),
        input.tags as Tag[],
      );
    }
    return {
      detectorId: record.detectorId,
      detectorVersionId: record.detectorVersionId,
      status: record.status,
    };
  }),

  UpdateDetectorVersion: typed<UpdateDetectorVersionRequest>((ctx, input) => {
    const detector = findDetector(ctx, input.detectorId ?? '');
    const v = requireVersion(ctx, detector.detectorId, input.detectorVersionId ?? '');
    if (v.status !== 'DRAFT') {
      throw conflict(
        `Detector version ${v.detectorVersionId} of detector ${v.detectorId} is ${v.status}; only DRAFT versions can be updated.`,
      );
    }
    const rules = copyRules(input.rules as RuleRef[] | undefined);
    const models = normaliseModels(input.modelVersions as ModelVersionRef[] | undefined);
    const endpoints = [...(input.externalModelEndpoints ?? [])];
    checkContent(ctx, detector, rules, models, endpoints);
    // Content is replaced wholesale (afd-api.md §0.11, §4.2): an omitted mode is
    // the documented default and an omitted description is none, exactly as if
    // the version were created from this request. Tags are left alone.
    v.rules = rules;
    v.modelVersions = models;
    v.externalModelEndpoints = endpoints;
    v.ruleExecutionMode = input.ruleExecutionMode ?? 'FIRST_MATCHED';
    if (input.description !== undefined) v.description = input.description;
    else delete v.description;
    v.lastUpdatedTime = ctx.nowIso();
    return {};
  }),

  UpdateDetectorVersionStatus: typed<UpdateDetectorVersionStatusRequest>((ctx, input) => {
    const detector = findDetector(ctx, input.detectorId ?? '');
    const v = requireVersion(ctx, detector.detectorId, input.detectorVersionId ?? '');
    const target = input.status ?? '';
    const allowed =
      (v.status === 'DRAFT' && target === 'ACTIVE') ||
      (v.status === 'ACTIVE' && target === 'INACTIVE') ||
      (v.status === 'INACTIVE' && target === 'ACTIVE');
    if (!allowed) {
      throw validation(
        `You may only update Detector Version status from 'DRAFT' to 'ACTIVE', from 'ACTIVE' to 'INACTIVE', and from 'INACTIVE' to 'ACTIVE'; version ${v.detectorVersionId} is ${v.status}.`,
      );
    }
    const now = ctx.nowIso();
    if (target === 'ACTIVE') {
      requireActiveModels(ctx, detector, v.modelVersions);
      const current = ctx.state.detectorVersions.find(
        (d) => d.detectorId === v.detectorId && d.status === 'ACTIVE',
      );
      if (current) {
        if (!ctx.options.demoteOnActivate) {
          throw conflict(
            `Detector ${v.detectorId} already has an ACTIVE version (${current.detectorVersionId}); deactivate it first.`,
          );
        }
        current.status = 'INACTIVE';
        current.lastUpdatedTime = now;
      }
    }
    v.status = target;
    v.lastUpdatedTime = now;
    return {};
  }),

  UpdateDetectorVersionMetadata: typed<UpdateDetectorVersionMetadataRequest>((ctx, input) => {
    // This operation declares no ResourceNotFoundException, so a missing version is a validation error.
    const v = findVersion(ctx, input.detectorId ?? '', input.detectorVersionId ?? '');
    if (!v)
      throw validation(
        `Detector version ${input.detectorVersionId} of detector ${input.detectorId} does not exist.`,
      );
    v.description = input.description ?? '';
    v.lastUpdatedTime = ctx.nowIso();
    return {};
  }),

  DeleteDetectorVersion: typed<DeleteDetectorVersionRequest>((ctx, input) => {
    const v = requireVersion(ctx, input.detectorId ?? '', input.detectorVersionId ?? '');
    if (v.status === 'ACTIVE') {
      throw conflict(
        `Detector version ${v.detectorVersionId} of detector ${v.detectorId} is ACTIVE and cannot be deleted.`,
      );
    }
    ctx.state.detectorVersions = ctx.state.detectorVersions.filter((d) => d !== v);
    dropTags(ctx, resourcePath.detectorVersion(v.detectorId, v.detectorVersionId));
    return {};
  }),
};
