// The documentation examples are rendered by the action's own planner and
// renderer (scripts/render-comment-example.ts). These tests keep the committed
// files equal to a fresh render; when one fails after an intended change in
// the planner or the renderer, run `npx tsx scripts/render-comment-example.ts`
// and commit the result.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildExample,
  COMMENT_EXAMPLE_PATH,
  EXAMPLE_END,
  EXAMPLE_START,
  PLAN_SCHEMA_PATH,
  renderCommentExample,
  withPlanExample,
} from '../../../scripts/render-comment-example.js';
import { parseMarker } from '../../../src/report/comment-marker.js';

const HOW_TO_FIX = 'stale: run `npx tsx scripts/render-comment-example.ts` and commit the result';

describe('docs/comment-example.md', () => {
  const committed = readFileSync(COMMENT_EXAMPLE_PATH, 'utf8');

  it('is a fresh render of the example plan', () => {
    expect(committed, HOW_TO_FIX).toBe(renderCommentExample());
  });

  it('shows every kind of rule change and the model change with metrics', () => {
    const { diff } = buildExample();
    expect(diff.counts).toMatchObject({
      rulesAdded: 1,
      rulesRemoved: 1,
      rulesChanged: 1,
      rulesMoved: 1,
      modelsChanged: 1,
    });
    expect(committed).toContain('➕ added');
    expect(committed).toContain('➖ removed');
    expect(committed).toContain('🔄 version 5 → 6');
    expect(committed).toContain('↕ moved from position 3');
    // No bare #N: GitHub would link it to issue N and notify that thread.
    expect(committed).not.toMatch(/(^|[^&\w])#\d/m);
    expect(committed).toContain('model payments_model 1.02 → 1.03');
    expect(committed).toContain('AUC 0.931 (0.922–0.940)');
    expect(committed).toContain('AUC 0.941 (0.930–0.950)');
    expect(committed).toContain('```diff');
  });

  it('carries the sticky-comment marker the action searches for', () => {
    const comment = committed.slice(committed.indexOf('<!-- fraud-detector-promote:'));
    expect(parseMarker(comment)).toEqual({
      detectorId: 'payments_detector',
      region: 'us-east-1',
      fingerprint: buildExample().report.fingerprint,
    });
  });
});

describe('docs/plan-schema.md', () => {
  const committed = readFileSync(PLAN_SCHEMA_PATH, 'utf8');

  it('shows the example plan as a fresh render', () => {
    expect(committed).toContain(EXAMPLE_START);
    expect(committed).toContain(EXAMPLE_END);
    expect(committed, HOW_TO_FIX).toBe(withPlanExample(committed));
  });

  it('documents every field of the example plan', () => {
    const paths = new Set<string>();
    const walk = (value: unknown, path: string): void => {
      if (Array.isArray(value)) {
        for (const item of value) walk(item, path);
      } else if (value !== null && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
          paths.add(key);
          walk(child, path ? `${path}.${key}` : key);
        }
      }
    };
    walk(buildExample().diff, '');
    // Fields the example has no value for are documented too.
    for (const key of ['metrics', 'asi', 'expressionsOmitted']) paths.add(key);
    // Named in backticks, alone or as the last part of a dotted path (`base.detectorVersionId`).
    for (const key of paths) {
      expect(committed, `field ${key}`).toMatch(new RegExp(`\`(?:[A-Za-z]+\\.)*${key}\``));
    }
  });

  it('names schemaVersion 1', () => {
    expect(buildExample().diff.schemaVersion).toBe(1);
    expect(committed).toMatch(/`schemaVersion` is `1`/);
  });
});
