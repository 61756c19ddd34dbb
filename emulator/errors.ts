// AFD error types and how they map to HTTP status codes. Two mappings exist
// because the API reference (400 for every client error) and the SDK's Smithy
// model (403/404/409/429) disagree; the SDK accepts both.

export type AfdErrorType =
  | 'ValidationException'
  | 'ResourceNotFoundException'
  | 'ConflictException'
  | 'AccessDeniedException'
  | 'ThrottlingException'
  | 'InternalServerException'
  | 'ResourceUnavailableException'
  | 'SerializationException'
  | 'UnknownOperationException'
  // Not AFD's own: AWS's authentication layer answers it for an expired session token.
  | 'ExpiredTokenException';

export type StatusCodeMode = 'apiref' | 'smithy';

export class AfdError extends Error {
  constructor(
    readonly type: AfdErrorType,
    message: string,
  ) {
    super(message);
    this.name = type;
  }
}

const SMITHY_CODES: Record<AfdErrorType, number> = {
  ValidationException: 400,
  ResourceNotFoundException: 404,
  ConflictException: 409,
  AccessDeniedException: 403,
  ThrottlingException: 429,
  InternalServerException: 500,
  ResourceUnavailableException: 409,
  SerializationException: 400,
  UnknownOperationException: 400,
  ExpiredTokenException: 403,
};

export function httpStatusFor(type: AfdErrorType, mode: StatusCodeMode): number {
  if (mode === 'smithy') return SMITHY_CODES[type];
  return type === 'InternalServerException' ? 500 : 400;
}

export const validation = (message: string): AfdError =>
  new AfdError('ValidationException', message);
export const notFound = (message: string): AfdError =>
  new AfdError('ResourceNotFoundException', message);
export const conflict = (message: string): AfdError => new AfdError('ConflictException', message);
export const accessDenied = (message: string): AfdError =>
  new AfdError('AccessDeniedException', message);
