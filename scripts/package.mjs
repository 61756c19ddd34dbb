// Rebuilds dist/ from a clean folder so no stale chunk file survives.
// Usage: node scripts/package.mjs [outDir]   (default dist)
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, process.argv[2] ?? 'dist');
const ncc = join(
  dirname(createRequire(import.meta.url).resolve('@vercel/ncc/package.json')),
  'dist/ncc/cli.js',
);

rmSync(outDir, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [
    ncc,
    'build',
    'src/index.ts',
    '-o',
    outDir,
    '--license',
    'licenses.txt',
    '--quiet',
    '--target',
    'es2022',
  ],
  { cwd: root, stdio: 'inherit' },
);
console.log(`dist built in ${outDir}`);
