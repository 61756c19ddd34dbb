// npm run bench: the three benchmarks of docs/performance.md, each printing a
// table of medians and ratios measured in this same run.
import { benchColdStart, cleanUp } from './cold-start.js';

const only = process.argv[2];
const started = Date.now();
try {
  if (!only || only === 'cold-start') await benchColdStart(Number(process.env.BENCH_RUNS ?? 15));
} finally {
  cleanUp();
}
console.log(`\nbench finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
