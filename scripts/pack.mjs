// Writes the published packages as npm tarballs, for installing before (or instead of) the registry:
// `npm run pack` builds them and writes packs/chuangwen-<name>-<version>.tgz; `npm run pack -- <dir>` writes elsewhere.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dest = resolve(process.argv[2] ?? join(root, 'packs'));
const PUBLISHED = ['model', 'checklists', 'rules', 'machine', 'store', 'sheets', 'cli'];

mkdirSync(dest, { recursive: true });
execFileSync(
  'npx',
  ['turbo', 'run', 'build', ...PUBLISHED.map((p) => `--filter=@chuangwen/${p}`), '--output-logs=errors-only'],
  {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
const written = PUBLISHED.map((name) => {
  const dir = join(root, 'packages', name);
  const { private: hidden } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (hidden) throw new Error(`@chuangwen/${name} is private and is not published`);
  return execFileSync('npm', ['pack', '--silent', '--pack-destination', dest], {
    cwd: dir,
    encoding: 'utf8',
  }).trim();
});
const where = relative(process.cwd(), dest) || '.';
console.log(`${written.length} packages packed into ${where}:`);
for (const file of written) console.log(`  ${join(where, file)}`);
console.log(`install them in your project with: npm install ${join(dest, '*.tgz')} zod xstate`);
