// ARN formats as recorded from real AFD responses (model-version, rule) or as
// given by the IAM resource types (detector-version, model). Tags are stored by
// the resource part, in the state of the resource's own region.

export function arnFor(region: string, accountId: string, resource: string): string {
  return `arn:aws:frauddetector:${region}:${accountId}:${resource}`;
}

export const resourcePath = {
  model: (modelType: string, modelId: string) => `model/${modelType}/${modelId}`,
  modelVersion: (modelType: string, modelId: string, version: string) =>
    `model-version/${modelType}/${modelId}/${version}`,
  detector: (detectorId: string) => `detector/${detectorId}`,
  detectorVersion: (detectorId: string, versionId: string) =>
    `detector-version/${detectorId}/${versionId}`,
  rule: (detectorId: string, ruleId: string, ruleVersion: string) =>
    `rule/${detectorId}/${ruleId}/${ruleVersion}`,
  outcome: (name: string) => `outcome/${name}`,
  variable: (name: string) => `variable/${name}`,
  eventType: (name: string) => `event-type/${name}`,
  entityType: (name: string) => `entity-type/${name}`,
  label: (name: string) => `label/${name}`,
  list: (name: string) => `list/${name}`,
};

export interface ParsedArn {
  region: string;
  accountId: string;
  resource: string;
}

/** Splits a fraud detector ARN; undefined when it is not one. */
export function parseArn(arn: string): ParsedArn | undefined {
  const m = /^arn:aws[a-z-]{0,15}:frauddetector:([a-z0-9-]{3,20}):([0-9]{12}):(.+)$/.exec(arn);
  if (!m) return undefined;
  return { region: m[1] ?? '', accountId: m[2] ?? '', resource: m[3] ?? '' };
}

/** Accepts either a resource part or a full ARN (seed files may use both). */
export function toResourcePath(keyOrArn: string): string {
  return parseArn(keyOrArn)?.resource ?? keyOrArn;
}

/** Account id of an IAM role ARN (dataAccessRoleArn); undefined when it is not one. */
export function roleAccountId(roleArn: string): string | undefined {
  return /^arn:aws[a-z-]{0,15}:iam::([0-9]{12}):role\//.exec(roleArn)?.[1];
}
