// What AFD checks in CreateModelVersion's trainingDataSchema: the model
// variables are variables of the model's event type, and the labels the
// labelMapper maps to exist and belong to that event type. An unknown
// variable is a ResourceNotFoundException with the recorded message
// ("VariableIds: [EVENT_TIMESTAMP] do not exist.", afd-recorded/errors.json).

import { missing } from './account-resources.js';
import type { ServiceContext } from './context.js';
import { notFound, validation } from './errors.js';
import type { ModelRecord, TrainingDataSchema } from './state.js';

/** labelMapper keys AFD knows: the two classes a model learns. */
const LABEL_CLASSES = ['FRAUD', 'LEGIT'];

export function checkTrainingSchema(
  ctx: ServiceContext,
  model: ModelRecord,
  schema: TrainingDataSchema,
): void {
  const state = ctx.state;
  const eventType = state.eventTypes.find((e) => e.name === model.eventTypeName);
  if (!eventType)
    throw notFound(`Event type ${model.eventTypeName} of model ${model.modelId} does not exist.`);
  const unknown = missing(schema.modelVariables, (n) => eventType.eventVariables.includes(n));
  if (unknown.length) throw notFound(`VariableIds: [${unknown.join(', ')}] do not exist.`);

  const mapper = schema.labelSchema?.labelMapper ?? {};
  const badClasses = missing(Object.keys(mapper), (k) => LABEL_CLASSES.includes(k));
  if (badClasses.length)
    throw validation(
      `labelMapper keys must be ${LABEL_CLASSES.join(' or ')}; got [${badClasses.join(', ')}].`,
    );
  const labels = Object.values(mapper).flat();
  const noLabel = missing(labels, (n) => state.labels.some((l) => l.name === n));
  if (noLabel.length) throw notFound(`Labels: [${noLabel.join(', ')}] do not exist.`);
  const elsewhere = missing(labels, (n) => eventType.labels.includes(n));
  if (elsewhere.length)
    throw validation(
      `Labels [${elsewhere.join(', ')}] are not labels of event type ${eventType.name}.`,
    );
}
