// Real webhook payloads from @octokit/webhooks-examples.
import { createRequire } from 'node:module';

interface WebhookGroup {
  name: string;
  examples: Array<Record<string, unknown> & { action?: string }>;
}

const require = createRequire(import.meta.url);
const groups = require('@octokit/webhooks-examples/api.github.com/index.json') as WebhookGroup[];

/** A deep copy of the first example of `event` (with `action`, when given). */
export function webhookExample(event: string, action?: string): Record<string, unknown> {
  const group = groups.find((g) => g.name === event);
  const example = group?.examples.find((e) => action === undefined || e.action === action);
  if (!example) throw new Error(`no @octokit/webhooks-examples payload for ${event}.${action ?? ''}`);
  return structuredClone(example);
}
