// Every TypeScript block of the READMEs and docs/ is compiled against the built packages, as a user's project would
// compile it (strict, skipLibCheck false), and every chain marked ```ts run is run and its shown output compared. A
// block that uses something it does not define says so with `declare` lines, which readers see too.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chainSource, checkOutput, locate, readChains } from './snippets.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// An optional argument keeps the check to the files whose path starts with it (`npm run snippets -- docs/tutorial`).
const only = process.argv[2] ?? '';
const out = join(root, only ? `.snippets-${only.replace(/[^A-Za-z0-9]+/g, '-')}` : '.snippets');
const list = (dir, pattern) =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((e) => e.isFile() && pattern.test(e.name))
    .map((e) => join(dir, e.name));
const sub = (dir) =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => list(join(dir, e.name), /^README(\.zh-CN)?\.md$/));
const files = [
  ...list('.', /^README(\.zh-CN)?\.md$/),
  ...list('docs', /\.md$/),
  ...sub('packages'),
  ...sub('examples'),
].filter((file) => file.startsWith(only));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const chains = files.flatMap((file) => readChains(root, file));
if (chains.length === 0) {
  rmSync(out, { recursive: true, force: true });
  console.log(`documentation snippets: no TypeScript blocks in ${files.length} files`);
  process.exit(0);
}
const nameOf = (c) => `${c.file.replace(/[^A-Za-z0-9]+/g, '-')}-${c.index}.mts`;
for (const c of chains) writeFileSync(join(out, nameOf(c)), chainSource(c));
writeFileSync(
  join(out, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2022', 'DOM'],
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      skipLibCheck: false,
      noEmit: true,
      types: ['node'],
      typeRoots: [join(root, 'node_modules/@types')],
    },
    include: ['*.mts'],
  }),
);
try {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--pretty', 'false'],
    { cwd: out, encoding: 'utf8' },
  );
} catch (error) {
  const report = String(error.stdout).replace(/^([\w.-]+\.mts)\((\d+),(\d+)\)/gm, (_all, name, l) => {
    const chain = chains.find((c) => nameOf(c) === name);
    return chain ? locate(chain, l) : `${name}:${l}`;
  });
  console.error(`documentation snippets do not compile:\n${report}`);
  process.exit(1);
}
const problems = [];
for (const c of chains.filter((x) => x.run)) {
  // Each runnable chain runs in an empty folder of its own, as the reader's would be.
  const cwd = mkdtempSync(join(tmpdir(), 'chuangwen-snippet-'));
  const file = join(out, `run-${nameOf(c)}`);
  writeFileSync(file, chainSource(c, true));
  try {
    const stdout = execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), file], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, CHUANGWEN_AUDIT_KEY: 'documentation-snippet-key-0123456789' },
      timeout: 120_000,
    });
    problems.push(...checkOutput(c, stdout));
  } catch (error) {
    problems.push(
      `${c.file}:${c.parts[0].line}: the snippet failed when run:\n${error.stderr || error.message}`,
    );
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
const blocks = chains.reduce((n, c) => n + c.parts.length, 0);
const runs = chains.filter((c) => c.run);
console.log(
  `documentation snippets: ${blocks} TypeScript blocks from ${new Set(chains.map((c) => c.file)).size} files compile; ${runs.length} runnable chains (${runs.reduce((n, c) => n + c.parts.length, 0)} blocks) run with the output they show`,
);
