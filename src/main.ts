// Reads and validates the inputs, then runs. The AWS SDK and the GitHub client
// are loaded only after the inputs are valid (a dynamic import, its own chunk
// in dist/), so a bad input fails fast and never reaches AWS.
// This module only exports run(): importing it starts nothing. index.ts (the
// bundle's entry) calls it; so does GitHub's @github/local-action
// (`npx @github/local-action run . src/main.ts examples/local-action.env`).
import { parseActionRequest, readActionInputs } from './config/action-inputs.js';
import type { Request } from './domain/request.js';
import { InputError } from './domain/errors.js';
import { RESERVED_TAG_COUNT } from './domain/provenance.js';
import { hasAwsCredentials } from './run/environment.js';
import { reportFailure } from './run/failure.js';
import { setSecret, warning } from './runner/commands.js';

/** Credentials a misconfigured step could otherwise echo; masked before anything runs. */
const SECRET_ENV = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'];

export async function run(): Promise<void> {
  for (const name of SECRET_ENV) {
    const value = process.env[name];
    if (value) setSecret(value);
  }
  let request: Request;
  try {
    request = await parseActionRequest(await readActionInputs(RESERVED_TAG_COUNT));
  } catch (err) {
    // A fork's pull request gets none of the workflow's secrets or variables,
    // so inputs built from them (the region, a role) are often missing: that is
    // the fork notice's clean exit, with the problems as a warning, not a failure.
    if (err instanceof InputError && !hasAwsCredentials()) {
      const { forkPullRequestWithoutCredentials, reportForkSkip } = await import('./run/fork.js');
      const fork = forkPullRequestWithoutCredentials();
      if (fork) {
        warning(`The inputs could not all be checked on this fork: ${err.message}`);
        await reportForkSkip(fork);
        return;
      }
    }
    await reportFailure(err);
    return;
  }
  try {
    const { executeRequest } = await import('./run/execute.js');
    await executeRequest(request);
  } catch (err) {
    await reportFailure(err);
  }
}
