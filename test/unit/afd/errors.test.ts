import { describe, expect, it } from 'vitest';
import { translateAwsError } from '../../../src/afd/errors.js';

const awsError = (name: string, message: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(message), {
    name,
    $metadata: { requestId: 'req-1', attempts: 4 },
    ...extra,
  });

describe('AWS errors become messages a user can act on', () => {
  it('AccessDenied names the missing permission', () => {
    const e = translateAwsError(awsError('AccessDeniedException', 'not authorized'), {
      operation: 'UpdateModelVersion',
      resource: 'model m (TRANSACTION_FRAUD_INSIGHTS) major version 1',
    });
    expect(e.message).toContain('frauddetector:UpdateModelVersion');
    expect(e.hints.join(' ')).toContain('iam:PassRole');
  });

  it('ResourceNotFound names the resource', () => {
    const e = translateAwsError(awsError('ResourceNotFoundException', 'no such model'), {
      operation: 'GetModelVersion',
      resource: 'model m (TRANSACTION_FRAUD_INSIGHTS) version 1.02',
    });
    expect(e.message).toContain('model m (TRANSACTION_FRAUD_INSIGHTS) version 1.02');
    expect(e.message).toContain('req-1');
  });

  it('ResourceNotFound names the region and the default endpoint, and hints for that resource only', () => {
    const e = translateAwsError(awsError('ResourceNotFoundException', 'no such detector'), {
      operation: 'DescribeDetector',
      resource: 'detector payments',
      target: { kind: 'detector', detectorId: 'payments' },
      region: 'eu-west-1',
    });
    expect(e.message).toBe(
      'Not found for detector payments in eu-west-1 at the default AWS endpoint: no such detector (request id req-1)',
    );
    expect(e.hints).toEqual([
      'Check `detector-id` (payments). Resources exist in one region only: check `aws-region` (eu-west-1). `aws frauddetector get-detectors --region eu-west-1` lists the detectors there.',
    ]);
  });

  it.each([
    ['ConflictException', 'busy'],
    ['ValidationException', 'Simultaneous training for the same major version not allowed'],
  ])('%s on UpdateModelVersion says a training is already running', (name, message) => {
    const e = translateAwsError(awsError(name, message), { operation: 'UpdateModelVersion' });
    expect(e.message).toMatch(/training is already running/);
    expect(e.trainingInProgress).toBe(true);
  });

  it('an ordinary ValidationException is not mistaken for a running training', () => {
    const e = translateAwsError(awsError('ValidationException', 'bad role'), {
      operation: 'UpdateModelVersion',
    });
    expect(e.message).not.toMatch(/already running/);
    expect(e.message).toContain('bad role');
  });

  it('expired credentials explain role-duration-seconds', () => {
    const e = translateAwsError(
      awsError('ExpiredTokenException', 'The security token included in the request is expired'),
      { operation: 'GetModelVersion' },
    );
    expect(e.message).toMatch(/expired/);
    expect(e.hints.join(' ')).toContain('role-duration-seconds');
  });

  it('connection failures name the endpoint', () => {
    const err = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const e = translateAwsError(err, {
      operation: 'GetModelVersion',
      endpoint: 'http://127.0.0.1:9',
    });
    expect(e.message).toContain('http://127.0.0.1:9');
    expect(e.hints.join(' ')).toContain('endpoint-url');
  });
});

describe('which failures may have taken effect (retryable)', () => {
  it.each([
    ['ThrottlingException', true],
    ['InternalServerException', true],
    ['ValidationException', false],
    ['AccessDeniedException', false],
    ['ResourceNotFoundException', false],
    ['ConflictException', false],
  ])('%s → retryable %s', (name, retryable) => {
    expect(translateAwsError(awsError(name, 'x'), { operation: 'GetModelVersion' }).retryable).toBe(
      retryable,
    );
  });

  it('a broken connection is retryable', () => {
    const err = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    expect(translateAwsError(err, { operation: 'CreateDetectorVersion' }).retryable).toBe(true);
  });
});
