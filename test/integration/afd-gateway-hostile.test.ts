// The AFD gateway against an endpoint that is not AFD: every field of every
// answer is untrusted. Lists end, however the endpoint pages; huge lists and
// huge text fields neither crash the run nor reach the reports uncut.
import { afterEach, describe, expect, it } from 'vitest';
import { AfdGateway, MAX_PAGES } from '../../src/afd/gateway.js';
import { AfdError } from '../../src/domain/errors.js';
import { AFD_TEXT_CAPS, MAX_VALIDATION_MESSAGES } from '../../src/domain/text.js';
import { startHostileAfd, type HostileAfd, type HostileHandler } from '../support/hostile-afd.js';

let endpoint: HostileAfd | undefined;
let gateway: AfdGateway | undefined;
afterEach(async () => {
  gateway?.destroy();
  await endpoint?.close();
  endpoint = gateway = undefined;
});

async function against(handle: HostileHandler, maxPages?: number): Promise<AfdGateway> {
  endpoint = await startHostileAfd(handle);
  gateway = new AfdGateway({
    region: 'us-east-1',
    endpointUrl: endpoint.url,
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
    maxAttempts: 1,
    ...(maxPages ? { maxPages } : {}),
  });
  return gateway;
}

const summary = (id: string) => ({ detectorVersionId: id, status: 'INACTIVE' });

describe('pagination from an endpoint that never ends a list', () => {
  it('a nextToken sent twice stops the list with an AfdError naming the endpoint', async () => {
    const afd = await against(() => ({
      body: { detectorVersionSummaries: [summary('1')], nextToken: 'same-token' },
    }));
    const err = await afd.listDetectorVersions('payments_detector').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AfdError);
    expect((err as AfdError).message).toContain('sent a nextToken it had sent before');
    expect((err as AfdError).hints.join(' ')).toContain('endpoint-url');
    expect(endpoint?.calls).toHaveLength(2);
  });

  it('a fresh nextToken on every page stops at the page cap (1,000 by default)', async () => {
    expect(MAX_PAGES).toBe(1_000);
    const afd = await against(
      (_op, _req, call) => ({
        body: { detectorVersionSummaries: [], nextToken: `token-${call}` },
      }),
      25,
    );
    const err = await afd.listDetectorVersions('payments_detector').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AfdError);
    expect((err as AfdError).message).toContain('still had more after 25 pages');
    expect(endpoint?.calls).toHaveLength(25);
  });

  it('200,000 summaries in one page are read, not a stack overflow', async () => {
    const many = Array.from({ length: 200_000 }, (_, i) => summary(String(i + 1)));
    const afd = await against(() => ({ body: { detectorVersionSummaries: many } }));
    await expect(afd.listDetectorVersions('payments_detector')).resolves.toHaveLength(200_000);
  });
});

describe('text fields from an endpoint that sends too much', () => {
  it('a 5 MB description, expression, id and status are cut at their caps', async () => {
    const huge = 'x'.repeat(5_000_000);
    const afd = await against((op) =>
      op === 'GetDetectorVersion'
        ? {
            body: {
              detectorId: 'payments_detector',
              detectorVersionId: '1',
              status: huge,
              description: huge,
              rules: [{ detectorId: 'payments_detector', ruleId: huge, ruleVersion: '1' }],
              modelVersions: [],
              externalModelEndpoints: [],
              ruleExecutionMode: 'FIRST_MATCHED',
            },
          }
        : { body: { ruleDetails: [{ ruleId: 'r', ruleVersion: '1', expression: huge }] } },
    );
    const version = await afd.getDetectorVersion('payments_detector', '1');
    expect(version.description?.length).toBeLessThanOrEqual(AFD_TEXT_CAPS.description);
    expect(version.description).toMatch(/more characters cut\)$/);
    expect(version.status.length).toBeLessThanOrEqual(AFD_TEXT_CAPS.id);
    expect(version.rules[0]?.ruleId.length).toBeLessThanOrEqual(AFD_TEXT_CAPS.id);
    const rules = await afd.listRules('payments_detector');
    expect(rules[0]?.expression.length).toBeLessThanOrEqual(AFD_TEXT_CAPS.expression);
  });

  it('an error message of 5 MB is cut, and so are data-validation messages and their number', async () => {
    const huge = 'y'.repeat(5_000_000);
    const afd = await against((op) =>
      op === 'GetModelVersion'
        ? { status: 400, type: 'ValidationException', message: huge }
        : {
            body: {
              modelVersionDetails: [
                {
                  modelId: 'm',
                  modelType: 'TRANSACTION_FRAUD_INSIGHTS',
                  modelVersionNumber: '1.0',
                  status: 'ERROR',
                  trainingResult: {
                    dataValidationMetrics: {
                      fileLevelMessages: Array.from({ length: 500 }, () => ({
                        title: huge.slice(0, 3 * AFD_TEXT_CAPS.message),
                        content: huge.slice(0, 3 * AFD_TEXT_CAPS.message),
                        type: 'ERROR',
                      })),
                    },
                  },
                },
              ],
            },
          },
    );
    const err = await afd
      .getModelVersion({
        modelId: 'm',
        modelType: 'TRANSACTION_FRAUD_INSIGHTS',
        modelVersionNumber: '1.0',
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AfdError);
    expect((err as AfdError).message.length).toBeLessThan(AFD_TEXT_CAPS.message + 500);
    const [detail] = await afd.describeModelVersions({
      modelId: 'm',
      modelType: 'TRANSACTION_FRAUD_INSIGHTS',
    });
    expect(detail?.validationMessages).toHaveLength(MAX_VALIDATION_MESSAGES);
    for (const m of detail?.validationMessages ?? []) {
      expect(m.title?.length).toBeLessThanOrEqual(AFD_TEXT_CAPS.message);
      expect(m.content?.length).toBeLessThanOrEqual(AFD_TEXT_CAPS.message);
    }
  });
});
