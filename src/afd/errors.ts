// Turns AWS SDK failures into messages a user can act on. Pure: it reads the
// error's name, message and metadata, and never imports the SDK itself.
import { AfdError } from '../domain/errors.js';
import { notFoundHints, whereCalled, type NotFoundTarget } from './not-found.js';
import { AFD_TEXT_CAPS, capText } from '../domain/text.js';

/** What the failing call was about, to name the resource in the message. */
export interface CallContext {
  operation: string;
  /** e.g. "model payments_model (TRANSACTION_FRAUD_INSIGHTS) major version 1" */
  resource?: string;
  /** What the resource is, for the hints when it does not exist. */
  target?: NotFoundTarget;
  /** The region and endpoint-url the client used; no endpoint means AWS's default. */
  region?: string;
  endpoint?: string;
}

interface AwsLikeError {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  $metadata?: { httpStatusCode?: number; requestId?: string; attempts?: number };
}

const EXPIRED_NAMES = new Set([
  'ExpiredTokenException',
  'ExpiredToken',
  'TokenRefreshRequired',
  'RequestExpired',
]);

export function isExpiredCredentials(err: unknown): boolean {
  const e = err as AwsLikeError;
  const name = typeof e?.name === 'string' ? e.name : '';
  const message = typeof e?.message === 'string' ? e.message : '';
  return (
    EXPIRED_NAMES.has(name) ||
    /security token included in the request is expired/i.test(message) ||
    /credentials? (have|has) expired/i.test(message)
  );
}

/** True for a training already running on the model (AFD says either of two ways). */
export function isTrainingInProgressError(err: unknown): boolean {
  const e = err as AwsLikeError;
  return (
    e?.name === 'ConflictException' ||
    (e?.name === 'ValidationException' &&
      typeof e.message === 'string' &&
      /simultaneous training/i.test(e.message))
  );
}

export function translateAwsError(err: unknown, ctx: CallContext): AfdError {
  if (err instanceof AfdError) return err;
  const e = (err ?? {}) as AwsLikeError;
  // All of it comes from the endpoint, which endpoint-url may point anywhere: capped.
  const name = typeof e.name === 'string' ? capText(e.name, AFD_TEXT_CAPS.id) : 'Error';
  const awsMessage = capText(
    typeof e.message === 'string' ? e.message : String(err),
    AFD_TEXT_CAPS.message,
  );
  const requestId =
    typeof e.$metadata?.requestId === 'string'
      ? capText(e.$metadata.requestId, AFD_TEXT_CAPS.id)
      : undefined;
  const op = ctx.operation;
  const what = ctx.resource ? ` for ${ctx.resource}` : '';
  const suffix = requestId ? ` (request id ${requestId})` : '';

  if (isExpiredCredentials(err)) {
    return new AfdError(`${op}${what}: the AWS credentials have expired.${suffix}`, op, name, [
      "Long trainings outlive the default one-hour OIDC session: raise `role-duration-seconds` in aws-actions/configure-aws-credentials (and the role's maximum session duration).",
      'Nothing was lost: re-run the job and it carries on with the model version already training.',
    ]);
  }
  if (op === 'UpdateModelVersion' && isTrainingInProgressError(err)) {
    return new AfdError(
      `A training is already running${what}: AFD allows one training per model at a time (${awsMessage}).`,
      op,
      name,
      [
        'Wait for it to finish (GetModelVersion shows TRAINING_COMPLETE or ERROR), then re-run this job.',
      ],
      false,
      true,
    );
  }
  switch (name) {
    case 'AccessDeniedException':
    case 'AccessDenied':
    case 'UnrecognizedClientException':
      return new AfdError(
        `AWS denied frauddetector:${op}${what}: ${awsMessage}${suffix}`,
        op,
        name,
        [
          `Allow \`frauddetector:${op}\` for the role this job assumes${op === 'UpdateModelVersion' ? ', and `iam:PassRole` on the data-access role (which must be in the same account as the model)' : ''}. The README lists every permission the action needs.`,
        ],
      );
    case 'ResourceNotFoundException':
      return new AfdError(
        `Not found${what}${whereCalled(ctx.region, ctx.endpoint)}: ${awsMessage}${suffix}`,
        op,
        name,
        notFoundHints(ctx.target, ctx.region, ctx.endpoint),
      );
    case 'ThrottlingException':
      return new AfdError(
        `AFD kept throttling ${op}${what} after ${e.$metadata?.attempts ?? 'several'} attempts: ${awsMessage}${suffix}`,
        op,
        name,
        [
          'Other jobs may be calling AFD in the same account; re-run later or add a `concurrency:` group.',
        ],
        true,
      );
    case 'ValidationException':
      return new AfdError(`AFD rejected ${op}${what}: ${awsMessage}${suffix}`, op, name);
    case 'ConflictException':
      return new AfdError(`AFD refused ${op}${what} (conflict): ${awsMessage}${suffix}`, op, name);
    case 'InternalServerException':
      return new AfdError(
        `AFD failed with an internal error on ${op}${what} after retries: ${awsMessage}${suffix}`,
        op,
        name,
        ['This is on the AWS side; re-run the job (it resumes where it stopped).'],
        true,
      );
    case 'CredentialsProviderError':
      return new AfdError(`No AWS credentials for ${op}: ${awsMessage}`, op, name, [
        'Add aws-actions/configure-aws-credentials before this step. On a pull request from a fork, secrets and OIDC tokens are not available.',
      ]);
    default:
      break;
  }
  const code = typeof e.code === 'string' ? e.code : '';
  if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN'].includes(code)) {
    return new AfdError(
      `Could not reach AFD${ctx.endpoint ? ` at ${ctx.endpoint}` : ''} for ${op}: ${code}.`,
      op,
      code,
      ['Check `endpoint-url` and `aws-region`, and that the runner can reach the endpoint.'],
    );
  }
  // The request may have reached AFD before the connection broke.
  if (
    ['ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(code) ||
    name === 'TimeoutError' ||
    /socket hang up|ECONNRESET/i.test(awsMessage) ||
    (e.$metadata?.httpStatusCode ?? 0) >= 500
  ) {
    return new AfdError(
      `The connection to AFD broke during ${op}${what}: ${awsMessage}`,
      op,
      code || name,
      ['Re-run the job: it checks what already happened before doing it again.'],
      true,
    );
  }
  return new AfdError(`${op}${what} failed: ${name}: ${awsMessage}${suffix}`, op, name);
}
