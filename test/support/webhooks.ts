// Real webhook payloads from @octokit/webhooks-examples (GitHub's own examples),
// loaded through require because the package ships plain JSON as its main.

import { createRequire } from 'node:module';
import type { WebhookDefinition } from '@octokit/webhooks-examples';

const require = createRequire(import.meta.url);
const definitions = require('@octokit/webhooks-examples') as WebhookDefinition[];

/** A deep copy of the first example of `event` with `action` (or of any, for push). */
export function webhookExample(event: string, action?: string): Record<string, unknown> {
  const def = definitions.find((d) => d.name === event);
  const example = (def?.examples as unknown[] | undefined)?.find(
    (e) => action === undefined || (e as { action?: string }).action === action,
  );
  if (!example)
    throw new Error(`no @octokit/webhooks-examples payload for ${event}.${action ?? '*'}`);
  return structuredClone(example) as Record<string, unknown>;
}
