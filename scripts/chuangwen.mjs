// `npm run chuangwen -- <command> …` in a checkout: builds the command and the packages it uses (turbo's cache makes
// every run after the first quick), then runs the built bin in the folder npm was called from. `npm ci` cannot link the
// bin itself, since dist/bin.js does not exist until the first build.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const build = spawnSync(
  process.platform === 'win32' ? 'npx.cmd' : 'npx',
  ['turbo', 'run', 'build', '--filter=@chuangwen/cli...', '--output-logs=errors-only'],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
);
if (build.status !== 0) {
  console.error('chuangwen: the build failed (npx turbo run build --filter=@chuangwen/cli... shows why)');
  process.exit(build.status ?? 1);
}
const run = spawnSync(process.execPath, [join(root, 'packages/cli/dist/bin.js'), ...process.argv.slice(2)], {
  cwd: process.env.INIT_CWD ?? process.cwd(),
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
