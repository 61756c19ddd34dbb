// Reads and validates the inputs, then runs. The AWS SDK and the GitHub client
// are loaded only after the inputs are valid (a dynamic import, its own chunk
// in dist/), so a bad input fails fast and never reaches AWS.
import { readActionInputs } from './config/action-inputs.js';
import { parseRequest } from './config/parse-request.js';
import type { Request } from './domain/request.js';
import { RESERVED_TAG_COUNT } from './github/event.js';
import { reportFailure } from './run/failure.js';
import { setSecret } from './runner/commands.js';

/** Credentials a misconfigured step could otherwise echo; masked before anything runs. */
const SECRET_ENV = ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'];

export async function run(): Promise<void> {
  for (const name of SECRET_ENV) {
    const value = process.env[name];
    if (value) setSecret(value);
  }
  let request: Request;
  try {
    request = parseRequest(await readActionInputs(RESERVED_TAG_COUNT));
  } catch (err) {
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
