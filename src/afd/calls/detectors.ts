// Detector calls: versions listed, read, created, updated, promoted and
// deleted, and the account's detector ids.
import {
  CreateDetectorVersionCommand,
  DeleteDetectorVersionCommand,
  DescribeDetectorCommand,
  GetDetectorVersionCommand,
  GetDetectorsCommand,
  UpdateDetectorVersionCommand,
  UpdateDetectorVersionStatusCommand,
} from '@aws-sdk/client-frauddetector';
import type { DetectorVersion, DetectorVersionSummary } from '../../domain/afd.js';
import { AfdError } from '../../domain/errors.js';
import type { ModelType, RuleExecutionMode, Tag } from '../../domain/request.js';
import type { DetectorVersionContent } from '../port.js';
import { descriptionText, idText, required, sdkContent } from '../sdk-mapping.js';
import type { AfdTransport } from '../transport.js';

/** DescribeDetector refuses pages below 1000; take the largest to make fewest calls. */
const DESCRIBE_DETECTOR_PAGE = 2500;
const GET_DETECTORS_PAGE = 10;

export async function listDetectorVersions(
  t: AfdTransport,
  detectorId: string,
): Promise<DetectorVersionSummary[]> {
  const summaries = await t.allPages(
    {
      operation: 'DescribeDetector',
      resource: `detector ${detectorId}`,
      target: { kind: 'detector', detectorId },
    },
    (nextToken) =>
      t.client.send(
        new DescribeDetectorCommand({
          detectorId,
          maxResults: DESCRIBE_DETECTOR_PAGE,
          nextToken,
        }),
      ),
    (out) => out.detectorVersionSummaries,
  );
  return summaries.map((s) => ({
    detectorVersionId: idText(s.detectorVersionId),
    status: idText(s.status),
    ...(s.description ? { description: descriptionText(s.description) } : {}),
    ...(s.lastUpdatedTime ? { lastUpdatedTime: idText(s.lastUpdatedTime) } : {}),
  }));
}

export async function getDetectorVersion(
  t: AfdTransport,
  detectorId: string,
  detectorVersionId: string,
): Promise<DetectorVersion> {
  const out = await t.call(
    {
      operation: 'GetDetectorVersion',
      resource: `detector ${detectorId} version ${detectorVersionId}`,
      target: { kind: 'detectorVersion', detectorId },
    },
    () => t.client.send(new GetDetectorVersionCommand({ detectorId, detectorVersionId })),
  );
  return {
    detectorId,
    detectorVersionId,
    status: idText(out.status),
    ...(out.description ? { description: descriptionText(out.description) } : {}),
    rules: (out.rules ?? []).map((r) => ({
      ruleId: idText(r.ruleId),
      ruleVersion: idText(r.ruleVersion),
    })),
    modelVersions: (out.modelVersions ?? []).map((m) => ({
      modelId: idText(m.modelId),
      modelType: idText(m.modelType) as ModelType,
      modelVersionNumber: idText(m.modelVersionNumber),
    })),
    externalModelEndpoints: (out.externalModelEndpoints ?? []).map(idText),
    ruleExecutionMode: idText(out.ruleExecutionMode ?? 'FIRST_MATCHED') as RuleExecutionMode,
    ...(out.createdTime ? { createdTime: idText(out.createdTime) } : {}),
    ...(out.lastUpdatedTime ? { lastUpdatedTime: idText(out.lastUpdatedTime) } : {}),
    ...(out.arn ? { arn: idText(out.arn) } : {}),
  };
}

export async function createDetectorVersion(
  t: AfdTransport,
  detectorId: string,
  content: DetectorVersionContent,
  tags: Tag[],
): Promise<{ detectorVersionId: string; status: string }> {
  const out = await t.call(
    {
      operation: 'CreateDetectorVersion',
      resource: `detector ${detectorId}`,
      target: { kind: 'detectorContent', detectorId },
    },
    () =>
      t.writeOnceClient.send(
        new CreateDetectorVersionCommand({
          detectorId,
          ...sdkContent(detectorId, content),
          ...(tags.length ? { tags } : {}),
        }),
      ),
  );
  return {
    detectorVersionId: idText(
      required(out.detectorVersionId, 'CreateDetectorVersion', 'detectorVersionId'),
    ),
    status: idText(out.status ?? 'DRAFT'),
  };
}

export async function updateDetectorVersion(
  t: AfdTransport,
  detectorId: string,
  detectorVersionId: string,
  content: DetectorVersionContent,
): Promise<void> {
  await t.call(
    {
      operation: 'UpdateDetectorVersion',
      resource: `detector ${detectorId} version ${detectorVersionId}`,
      target: { kind: 'detectorContent', detectorId },
    },
    () =>
      t.client.send(
        // AFD requires rules and externalModelEndpoints here even when empty;
        // sdkContent always sends both.
        new UpdateDetectorVersionCommand({
          detectorId,
          detectorVersionId,
          ...sdkContent(detectorId, content),
        }),
      ),
  );
}

export async function updateDetectorVersionStatus(
  t: AfdTransport,
  detectorId: string,
  detectorVersionId: string,
  status: 'ACTIVE' | 'INACTIVE',
): Promise<void> {
  await t.call(
    {
      operation: 'UpdateDetectorVersionStatus',
      resource: `detector ${detectorId} version ${detectorVersionId}`,
      target: { kind: 'detectorVersion', detectorId },
    },
    () =>
      t.writeOnceClient.send(
        new UpdateDetectorVersionStatusCommand({ detectorId, detectorVersionId, status }),
      ),
  );
}

export async function deleteDetectorVersion(
  t: AfdTransport,
  detectorId: string,
  detectorVersionId: string,
): Promise<void> {
  // The read client retries a delete whose answer was lost; the retry then
  // finds nothing to delete, which is the outcome asked for.
  try {
    await t.call(
      {
        operation: 'DeleteDetectorVersion',
        resource: `detector ${detectorId} version ${detectorVersionId}`,
        target: { kind: 'detectorVersion', detectorId },
      },
      () => t.client.send(new DeleteDetectorVersionCommand({ detectorId, detectorVersionId })),
    );
  } catch (err) {
    if (err instanceof AfdError && err.awsErrorName === 'ResourceNotFoundException') return;
    throw err;
  }
}

export async function listDetectorIds(t: AfdTransport): Promise<string[]> {
  const detectors = await t.allPages(
    { operation: 'GetDetectors', resource: 'detectors' },
    (nextToken) =>
      t.client.send(new GetDetectorsCommand({ maxResults: GET_DETECTORS_PAGE, nextToken })),
    (out) => out.detectors,
  );
  return detectors.flatMap((d) => (d.detectorId ? [idText(d.detectorId)] : []));
}

/** GetDetectors for one detector: the event type it scores; undefined when there is no such detector. */
export async function getDetectorEventType(
  t: AfdTransport,
  detectorId: string,
): Promise<string | undefined> {
  const out = await t
    .call(
      {
        operation: 'GetDetectors',
        resource: `detector ${detectorId}`,
        target: { kind: 'detector', detectorId },
      },
      () => t.client.send(new GetDetectorsCommand({ detectorId })),
    )
    .catch((err: unknown) => {
      if (err instanceof AfdError && err.awsErrorName === 'ResourceNotFoundException')
        return { detectors: [] };
      throw err;
    });
  const found = out.detectors?.find((d) => d.detectorId === detectorId);
  return found?.eventTypeName ? idText(found.eventTypeName) : undefined;
}
