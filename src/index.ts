// The bundle's entry point (dist/index.js). run() reports its own failures.
import { run } from './main.js';

run().catch((err: unknown) => {
  // Only a bug in run() itself gets here.
  process.exitCode = 1;
  console.error(err);
});
