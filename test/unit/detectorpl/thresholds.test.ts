// modelScoreThresholds: the comparisons of a model score with a constant that
// the operating-point report needs, with the score always on the left.
import { describe, expect, it } from 'vitest';
import { modelScoreThresholds, parseExpression } from '../../../src/detectorpl/index.js';

const thresholds = (text: string) =>
  modelScoreThresholds(parseExpression(text).ast!).map(
    ({ modelId, op, threshold }) => `${modelId} ${op} ${threshold}`,
  );

describe('modelScoreThresholds', () => {
  it('finds every score compared with a constant, in reading order', () => {
    expect(
      thresholds('$fraud_insightscore > 900 and ($acct_insightscore <= 250.5 or $amount > 10)'),
    ).toEqual(['fraud > 900', 'acct <= 250.5']);
  });

  it('reads a constant on the left as the score on the left', () => {
    expect(thresholds('900 < $fraud_insightscore')).toEqual(['fraud > 900']);
    expect(thresholds('-1 >= $fraud_insightscore')).toEqual(['fraud <= -1']);
  });

  it('ignores equality, arithmetic, other variables and score-to-score comparisons', () => {
    expect(
      thresholds(
        '$fraud_insightscore == 900 or $fraud_insightscore + 1 > 2 or $a_insightscore > $b_insightscore or $_insightscore > 1 or $x > 1',
      ),
    ).toEqual([]);
  });

  it('gives the comparison span', () => {
    const [t] = modelScoreThresholds(parseExpression('$a > 1 and $m_insightscore >= 5').ast!);
    expect(t).toMatchObject({
      variable: 'm_insightscore',
      span: { offset: 11, column: 12, length: 20 },
    });
  });
});
