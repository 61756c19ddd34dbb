// The conventions of a published action: security policy, contributing guide,
// changelog, Dependabot for both ecosystems. (The workflows are validated in
// workflows.test.ts.)
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readRepoFile } from './repo.js';

describe('repository conventions', () => {
  it('SECURITY.md says how to report privately and what is in scope', () => {
    const text = readRepoFile('SECURITY.md');
    expect(text).toMatch(/security\/advisories\/new/);
    expect(text).toMatch(/^## In scope$/m);
    expect(text).toMatch(/^## Out of scope$/m);
  });

  it('CHANGELOG.md follows Keep a Changelog, with an Unreleased section', () => {
    const text = readRepoFile('CHANGELOG.md');
    expect(text).toMatch(/keepachangelog\.com/);
    expect(text).toMatch(/^## \[Unreleased\]$/m);
  });

  it('CONTRIBUTING.md covers building, testing, the emulator, dist and the Node range', () => {
    const text = readRepoFile('CONTRIBUTING.md');
    for (const heading of ['The checks', 'The emulator', '`dist/`', 'Node versions', 'Releasing']) {
      expect(text).toContain(`## ${heading}`);
    }
  });

  it('the Node range agrees: engines, action.yml, CI and the docs', () => {
    const pkg = JSON.parse(readRepoFile('package.json')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe('>=20');
    expect(readRepoFile('action.yml')).toMatch(/using: node24/);
    const ci = parse(readRepoFile('.github/workflows/ci.yml')) as {
      jobs: { test: { strategy: { matrix: { 'node-version': number[] } } } };
    };
    expect(ci.jobs.test.strategy.matrix['node-version']).toEqual([20, 24]);
    expect(readRepoFile('.ci/run')).toMatch(/Node 24/);
    expect(readRepoFile('CONTRIBUTING.md')).toMatch(/Node 20 or later/);
    expect(readRepoFile('README.md')).toMatch(/Node 20 or later/);
  });

  it('Dependabot updates npm packages and GitHub Actions', () => {
    const config = parse(readRepoFile('.github/dependabot.yml')) as {
      version: number;
      updates: { 'package-ecosystem': string; schedule: { interval: string } }[];
    };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => u['package-ecosystem'])).toEqual(['npm', 'github-actions']);
    for (const update of config.updates) expect(update.schedule.interval).toBeTruthy();
  });
});
