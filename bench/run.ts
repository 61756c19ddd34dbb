// npm run bench: the benchmarks of docs/performance.md, each printing a
// table of medians and ratios measured in this same run. Needs dist/ (npm run
// package). `npm run bench -- waiting` runs one: cold-start, waiting, plan-scale.
import { benchBacktest } from './backtest.js';
import { benchColdStart, cleanUp } from './cold-start.js';
import { DETECTOR, proposedRules, scaleSeed } from './plan-scale.js';
import { benchPlanScale } from './plan-scale.js';
import { benchWaiting } from './waiting.js';

// The SDK's notice about future Node versions is noise in a benchmark.
process.removeAllListeners('warning');
process.on('warning', (w) => {
  if (!/NodeVersionSupport|AWS SDK for JavaScript/.test(`${w.name} ${w.message}`))
    console.warn(w.message);
});

const only = process.argv[2];
const started = Date.now();
try {
  if (!only || only === 'cold-start') {
    await benchColdStart(Number(process.env.BENCH_RUNS ?? 15), {
      seed: scaleSeed(),
      inputs: {
        'detector-id': DETECTOR,
        'aws-region': 'us-east-1',
        mode: 'plan',
        rules: `[${proposedRules()
          .map((r) => `${r.ruleId}@${r.ruleVersion}`)
          .join(', ')}]`,
      },
    });
  }
  if (!only || only === 'waiting') await benchWaiting();
  if (!only || only === 'plan-scale') await benchPlanScale();
  if (!only || only === 'backtest') await benchBacktest();
} finally {
  cleanUp();
}
console.log(`\nbench finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
