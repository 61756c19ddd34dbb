// What to check when AFD says a resource "does not exist". AFD is regional and
// the endpoint may be a test double, so the message names both; the hints are
// only those that apply to the kind of resource that was missing. Pure.

/** The resource a call was about, for the hints of a ResourceNotFound. */
export type NotFoundTarget =
  | { kind: 'detector'; detectorId: string }
  | { kind: 'detectorVersion'; detectorId: string }
  /** Creating or updating a version: a rule or model version it lists may be what is missing. */
  | { kind: 'detectorContent'; detectorId: string }
  | { kind: 'rule'; detectorId: string }
  | { kind: 'model'; modelId: string; modelType: string }
  | { kind: 'modelVersion'; modelId: string; modelType: string };

/** ` in us-east-1 at the default AWS endpoint` / ` in us-east-1 at http://localhost:4566`. */
export function whereCalled(region: string | undefined, endpoint: string | undefined): string {
  const at = endpoint ? `at ${endpoint}` : 'at the default AWS endpoint';
  return region ? ` in ${region} ${at}` : ` ${at}`;
}

export function notFoundHints(
  target: NotFoundTarget | undefined,
  region: string | undefined,
  endpoint: string | undefined,
): string[] {
  const r = region ? ` --region ${region}` : '';
  const regional = `Resources exist in one region only: check \`aws-region\`${region ? ` (${region})` : ''}.`;
  const custom = endpoint
    ? [`\`endpoint-url\` is set (${endpoint}): check that it is the AFD endpoint you mean.`]
    : [];
  const models = (t: { modelId: string; modelType: string }): string =>
    `\`aws frauddetector describe-model-versions --model-id ${t.modelId} --model-type ${t.modelType}${r}\` lists the model's versions.`;
  switch (target?.kind) {
    case 'detector':
      return [
        `Check \`detector-id\` (${target.detectorId}). ${regional} \`aws frauddetector get-detectors${r}\` lists the detectors there.`,
        ...custom,
      ];
    case 'detectorVersion':
      return [
        `\`aws frauddetector describe-detector --detector-id ${target.detectorId}${r}\` lists the detector's versions; if \`base-version\` names one, check it. A version deleted by another job meanwhile is gone: re-run the job.`,
        ...custom,
      ];
    case 'detectorContent':
      return [
        `Every rule in \`rules\` must exist in detector ${target.detectorId} at that version (\`aws frauddetector get-rules --detector-id ${target.detectorId}${r}\`), and every model version in \`model-versions\` must exist (\`aws frauddetector describe-model-versions${r}\`).`,
        ...custom,
      ];
    case 'rule':
      return [
        `Check the rule ids and versions in \`rules\`: \`aws frauddetector get-rules --detector-id ${target.detectorId}${r}\` lists the detector's rules.`,
        ...custom,
      ];
    case 'model':
      return [
        `Check \`model-id\` (${target.modelId}), \`model-type\` (${target.modelType}) and \`major-version-number\`. ${regional} ${models(target)}`,
        ...custom,
      ];
    case 'modelVersion':
      return [
        `Check the model version (\`model-version-number\`, or \`model-versions\` for a detector). ${models(target)}`,
        ...custom,
      ];
    default:
      return [
        `Check the id and \`aws-region\`${region ? ` (${region})` : ''}: resources exist in one region only.`,
        ...custom,
      ];
  }
}
