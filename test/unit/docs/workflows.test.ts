// Every workflow we ship or show (examples/workflows/, .github/workflows/, and
// the YAML blocks of the README) passes the GitHub workflow schema and gives
// this action only the inputs action.yml declares.
import { validateWorkflow } from '@action-validator/core';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/config/parse-request.js';
import {
  actionStepInputs,
  CONFIG_IN_WORKSPACE,
  exampleConfig,
  exampleConfigFiles,
  EXAMPLE_WORKFLOWS_DIR,
  exampleWorkflowPaths,
  isThisAction,
  stepsOf,
  type Step,
} from '../../support/examples.js';
import { fakeSources } from '../config/helpers.js';
import { loadAction, readRepoFile, ROOT, workflowFiles, type WorkflowFile } from './repo.js';

const { action } = loadAction();
const declared = new Set(Object.keys(action.inputs));

/** The ```yaml blocks of the README that are whole workflows. */
function readmeWorkflows(): WorkflowFile[] {
  const readme = readRepoFile('README.md');
  return [...readme.matchAll(/```ya?ml\n([\s\S]*?)```/g)]
    .map((m, i) => ({ path: `README.md yaml block #${i + 1}`, source: m[1]! }))
    .filter(({ source }) => /^jobs:/m.test(source));
}

const examples = workflowFiles(EXAMPLE_WORKFLOWS_DIR);
const repositoryWorkflows = workflowFiles('.github/workflows');
const workflows: WorkflowFile[] = [...examples, ...repositoryWorkflows, ...readmeWorkflows()];

describe('workflows', () => {
  it('finds the example, repository and README workflows', () => {
    expect(examples.map((w) => w.path)).toEqual([
      'examples/workflows/export.yml',
      'examples/workflows/merge-promote.yml',
      'examples/workflows/model-schema.yml',
      'examples/workflows/pull-request-plan.yml',
      'examples/workflows/release-retrain.yml',
      'examples/workflows/rollback.yml',
    ]);
    expect(repositoryWorkflows.map((w) => w.path)).toEqual([
      '.github/workflows/ci.yml',
      '.github/workflows/codeql.yml',
      '.github/workflows/release.yml',
    ]);
    expect(workflows.some((w) => w.path.startsWith('README.md'))).toBe(true);
  });

  // Copying examples/workflows/ into .github/workflows/ must give only valid
  // workflows: no config file or other YAML among them.
  it('examples/workflows/ holds nothing but workflows', () => {
    expect(exampleWorkflowPaths()).toEqual(examples.map((w) => w.path));
  });

  it('every workflow file in .github/workflows/ is a workflow', () => {
    expect(readdirSync(join(ROOT, '.github/workflows')).sort()).toEqual(
      repositoryWorkflows.map((w) => w.path.replace('.github/workflows/', '')),
    );
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

  // Tags can be moved; a commit SHA cannot. Third-party actions run with the
  // job's credentials (here an AWS role that can change production rules), so
  // every one is pinned to a full SHA, with its version in a comment for
  // readers and Dependabot.
  it.each(workflows)('$path pins every third-party action to a commit SHA', ({ source }) => {
    const uses = [...source.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)].map((m) => ({
      action: m[1]!,
      comment: m[2]!.trim(),
    }));
    for (const { action, comment } of uses.filter((u) => !isThisAction(u.action))) {
      expect(action, action).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(comment, action).toMatch(/^# v\d+\.\d+\.\d+$/);
    }
  });

  // One version of each action everywhere: when Dependabot moves a pin in
  // .github/workflows/, the examples and the README follow in the same change.
  it('pins each third-party action to the same commit in every workflow', () => {
    const pins = new Map<string, Set<string>>();
    for (const { source } of workflows) {
      for (const m of source.matchAll(/^\s*(?:-\s+)?uses:\s*([^@\s]+)@(\S+)/gm)) {
        if (isThisAction(`${m[1]!}@`)) continue;
        pins.set(m[1]!, (pins.get(m[1]!) ?? new Set()).add(m[2]!));
      }
    }
    expect(pins.size).toBeGreaterThan(3);
    for (const [action, refs] of pins) expect([...refs], action).toHaveLength(1);
  });

  it('the validator rejects a broken workflow (the checks above are not vacuous)', () => {
    const broken = 'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    stepz: []\n';
    expect(validateWorkflow(broken).errors).not.toEqual([]);
  });

  it('the example config has the config file sections', () => {
    const config = parse(exampleConfig()) as Record<string, unknown>;
    expect(Object.keys(config)).toEqual(['model', 'detector', 'tags']);
  });

  // The inputs each example passes, with its `${{ … }}` expressions given
  // plausible values and its config file where the workflow says it is, must
  // pass the action's whole validation: what a user copies must run.
  it.each(examples)('$path passes the action’s input validation', ({ path, source }) => {
    const steps = actionStepInputs(source);
    expect(steps.length, path).toBeGreaterThan(0);
    for (const inputs of steps) {
      const request = parseRequest(
        fakeSources(inputs, {
          env: { AWS_REGION: 'us-east-1' },
          files: exampleConfigFiles(),
        }),
      );
      expect(request.model ?? request.detector, path).toBeDefined();
    }
  });

  it('the shared example config gives merge and PR runs the detector only; the release run retrains', () => {
    const files = { [CONFIG_IN_WORKSPACE]: exampleConfig() };
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
