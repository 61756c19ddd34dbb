// Fails when dist/ is not exactly a fresh bundle of src/ (file set and bytes).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fresh = mkdtempSync(join(tmpdir(), 'fdp-dist-'));
try {
  execFileSync(process.execPath, [join(root, 'scripts/package.mjs'), fresh], {
    cwd: root,
    stdio: 'inherit',
  });
  const list = (dir) => {
    const out = [];
    const walk = (d) => {
      for (const name of readdirSync(d)) {
        const p = join(d, name);
        if (statSync(p).isDirectory()) walk(p);
        else out.push(relative(dir, p));
      }
    };
    walk(dir);
    return out.sort();
  };
  const committed = list(join(root, 'dist'));
  const expected = list(fresh);
  const problems = [];
  for (const f of expected) if (!committed.includes(f)) problems.push(`missing in dist/: ${f}`);
  for (const f of committed) if (!expected.includes(f)) problems.push(`stale file in dist/: ${f}`);
  for (const f of expected) {
    if (
      committed.includes(f) &&
      !readFileSync(join(root, 'dist', f)).equals(readFileSync(join(fresh, f)))
    ) {
      problems.push(`differs from a fresh build: dist/${f}`);
    }
  }
  if (problems.length) {
    console.error(
      `dist/ is not a fresh bundle of src/:\n  ${problems.join('\n  ')}\nRun \`npm run package\` and commit dist/.`,
    );
    process.exit(1);
  }
  console.log(`dist/ matches a fresh build (${expected.length} files).`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
