// Every workflow we ship or show (examples/, .github/workflows/, and the YAML
// blocks of the README) passes the GitHub workflow schema and gives this action
// only the inputs action.yml declares.
import { validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/config/parse-request.js';
import { fakeSources } from '../config/helpers.js';
import { loadAction, readRepoFile, workflowFiles, type WorkflowFile } from './repo.js';

const { action } = loadAction();
const declared = new Set(Object.keys(action.inputs));

/** `uses:` values that mean this action: the published name or the local checkout. */
function isThisAction(uses: string): boolean {
  return uses === './' || /(^|\/)fraud-detector-promote@/.test(uses);
}

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

function stepsOf(source: string): Step[] {
  const doc = parse(source) as { jobs?: Record<string, { steps?: Step[] }> };
  return Object.values(doc.jobs ?? {}).flatMap((job) => job.steps ?? []);
}

/** The ```yaml blocks of the README that are whole workflows. */
function readmeWorkflows(): WorkflowFile[] {
  const readme = readRepoFile('README.md');
  return [...readme.matchAll(/```ya?ml\n([\s\S]*?)```/g)]
    .map((m, i) => ({ path: `README.md yaml block #${i + 1}`, source: m[1]! }))
    .filter(({ source }) => /^jobs:/m.test(source));
}

const examples = workflowFiles('examples');
const workflows: WorkflowFile[] = [
  ...examples,
  ...workflowFiles('.github/workflows'),
  ...readmeWorkflows(),
];

describe('workflows', () => {
  it('finds the example, CI and README workflows', () => {
    expect(examples.length).toBe(3);
    expect(workflows.map((w) => w.path)).toContain('.github/workflows/ci.yml');
    expect(workflows.some((w) => w.path.startsWith('README.md'))).toBe(true);
  });

  it.each(workflows)('$path passes the workflow schema', ({ source }) => {
    expect(validateWorkflow(source).errors).toEqual([]);
  });

  it.each(workflows)('$path gives this action only declared inputs', ({ path, source }) => {
    for (const step of stepsOf(source).filter((s) => s.uses && isThisAction(s.uses))) {
      for (const key of Object.keys(step.with ?? {})) {
        expect(declared.has(key), `${path}: unknown input '${key}'`).toBe(true);
      }
    }
  });

  it.each(examples)('$path uses this action', ({ source }) => {
    expect(stepsOf(source).some((s) => s.uses !== undefined && isThisAction(s.uses))).toBe(true);
  });

  it('README step snippets give this action only declared inputs', () => {
    const readme = readRepoFile('README.md');
    const snippets = [...readme.matchAll(/```ya?ml\n([\s\S]*?)```/g)]
      .map((m) => parse(m[1]!) as unknown)
      .filter((doc): doc is Step[] => Array.isArray(doc));
    expect(snippets.length).toBeGreaterThan(0);
    for (const step of snippets.flat().filter((s) => s.uses && isThisAction(s.uses))) {
      for (const key of Object.keys(step.with ?? {})) {
        expect(declared.has(key), `README: unknown input '${key}'`).toBe(true);
      }
    }
  });

  it('the validator rejects a broken workflow (the checks above are not vacuous)', () => {
    const broken = 'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    stepz: []\n';
    expect(validateWorkflow(broken).errors).not.toEqual([]);
  });

  it('examples/config.yml has the config file sections', () => {
    const config = parse(readRepoFile('examples/config.yml')) as Record<string, unknown>;
    expect(Object.keys(config)).toEqual(['model', 'detector', 'tags']);
  });

  // The inputs each example passes, with its `${{ … }}` expressions given
  // plausible values and its config file where the workflow says it is, must
  // pass the action's whole validation: what a user copies must run.
  it.each(examples)('$path passes the action’s input validation', ({ path, source }) => {
    const expression = (text: string): string =>
      text.replace(/\$\{\{[^}]*\}\}/g, (e) =>
        /tag_name/.test(e) ? 'v1.2.0' : /token/.test(e) ? 'ghs_example' : 'x',
      );
    const steps = stepsOf(source).filter((s) => s.uses && isThisAction(s.uses));
    expect(steps.length, path).toBeGreaterThan(0);
    for (const step of steps) {
      const inputs = Object.fromEntries(
        Object.entries(step.with ?? {}).map(([k, v]) => [k, expression(String(v))]),
      );
      const request = parseRequest(
        fakeSources(inputs, {
          env: { AWS_REGION: 'us-east-1' },
          files: { 'fraud-detector/config.yml': readRepoFile('examples/config.yml') },
        }),
      );
      expect(request.model ?? request.detector, path).toBeDefined();
    }
  });

  it('the shared example config gives merge and PR runs the detector only; the release run retrains', () => {
    const files = { 'fraud-detector/config.yml': readRepoFile('examples/config.yml') };
    const env = { AWS_REGION: 'us-east-1' };
    const pr = parseRequest(fakeSources({ config: 'fraud-detector/config.yml' }, { env, files }));
    expect(pr.model).toBeUndefined();
    expect(pr.detector?.detectorId).toBe('payments_detector');
    const release = parseRequest(
      fakeSources(
        {
          config: 'fraud-detector/config.yml',
          'training-data-location': 's3://risk-data/training/v1.2.0.csv',
          'data-access-role-arn': 'arn:aws:iam::123456789012:role/AFDTrainingData',
        },
        { env, files },
      ),
    );
    expect(release.model?.modelId).toBe('payments_model');
    expect(release.model?.activate).toBe(true);
  });
});
