// Runs every shell line of the READMEs and docs that installs or starts something, as a reader would, from an empty
// folder: a clone of this checkout (its working tree as it is now), `npm ci`, the tarballs packed, each package
// installed from them into a project of its own, the command installed globally (under a private prefix), the demo,
// the dashboard and the service started and asked for a page, the tutorial run. Lines that neither install nor start
// (tests, benchmarks, releases) are listed as skipped. `node scripts/install-lines.mjs [doc …]` runs some docs only.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { chainSource, readChains } from './snippets.mjs';

const root = resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);
const work = mkdtempSync(join(tmpdir(), 'chuangwen-install-lines-'));
// A reader's folder others may enter, as a home folder usually is: run as root, the embedded PostgreSQL of the
// service runs as the postgres user, who must reach the checkout's programs (the service's README says so).
chmodSync(work, 0o755);
const shared = join(work, 'shared');
mkdirSync(shared);
const started = Date.now();
const log = (text) => process.stdout.write(`${text}\n`);
const seconds = (from) => `${Math.round((Date.now() - from) / 1000)} s`;

// ---- the docs and their shell lines ----------------------------------------------------------------------------------

const DOCS = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.md'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => /(^|\/)README(\.zh-CN)?\.md$|^docs\/[^/]+\.md$/.test(f) && !f.includes('node_modules'))
  .sort((a, b) => (a === 'README.md' ? -1 : b === 'README.md' ? 1 : a.localeCompare(b)));

/** The commands of a doc's ```sh blocks, a block at a time: continuation lines joined, comments dropped. */
function blocks(file) {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/^```(?:sh|bash|shell)\n([\s\S]*?)^```$/gm)].map((m) =>
    m[1]
      .replace(/\\\n\s*/g, ' ')
      .split('\n')
      .map((l) => l.replace(/(^|\s)#\s.*$/, '').trim())
      .filter((l) => l !== ''),
  );
}

const ASSIGNMENTS = /^(?:[A-Z_][A-Z0-9_]*=\S*\s+)*/;
const INSTALLS = /^(git clone|npm (ci|install|i|init)\b|npm run pack\b|npm pkg set\b)/;
const STARTS = /^(npm run (demo|dashboard|service|chuangwen)\b|npm start\b|npx tsx\b|chuangwen\b)/;
const CONTEXT = /^(cd|mkdir|export)\b/;
const SERVERS = /^npm run (dashboard|service)\b/;
const PREPARES = /^(npm run build|npx turbo run build)\b/;

/** What a command is for this test: run (it installs or starts something, or sets the scene), or skipped and why. */
function kindOf(command) {
  const bare = command.replace(ASSIGNMENTS, '');
  if (CONTEXT.test(bare)) return 'context';
  if (PREPARES.test(bare)) return 'prepare';
  if (INSTALLS.test(bare)) return 'install';
  if (STARTS.test(bare)) return SERVERS.test(bare) ? 'server' : 'start';
  return 'skip';
}

// ---- what a reader has at hand ------------------------------------------------------------------------------------

function freePort() {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** This checkout as it is now (committed or not), as a commit a clone can check out, without touching its index. */
function snapshot() {
  const index = join(work, 'index');
  const env = { ...process.env, GIT_INDEX_FILE: index };
  const git = (...args) => execFileSync('git', args, { cwd: root, env, encoding: 'utf8' }).trim();
  git('add', '--all');
  const tree = git('write-tree');
  const commit = execFileSync('git', ['commit-tree', tree, '-m', 'install-lines snapshot'], {
    cwd: root,
    env: {
      ...env,
      GIT_AUTHOR_NAME: 'install-lines',
      GIT_AUTHOR_EMAIL: 'install@lines',
      GIT_COMMITTER_NAME: 'install-lines',
      GIT_COMMITTER_EMAIL: 'install@lines',
    },
    encoding: 'utf8',
  }).trim();
  const bare = join(work, 'origin.git');
  execFileSync('git', ['init', '--bare', '--quiet', '--initial-branch=main', bare]);
  execFileSync('git', ['push', '--quiet', bare, `${commit}:refs/heads/main`], { cwd: root });
  return bare;
}

/** The office's workbooks (fictional), for the command's lines to work on, as the cli's tests build them. */
function officeWorkbooks(dir) {
  const script = `import * as office from ${JSON.stringify(join(root, 'packages/cli/test/office-workbooks.ts'))};
for (const write of [office.framework, office.sites, office.tasks, office.ledger]) await write(${JSON.stringify(dir)}, { clean: true });`;
  writeFileSync(join(work, 'office.mts'), script);
  execFileSync(join(root, 'node_modules/.bin/tsx'), [join(work, 'office.mts')], {
    cwd: root,
    stdio: 'inherit',
  });
}

// ---- running -----------------------------------------------------------------------------------------------------

const done = new Map(); // install commands already run, by folder and text
const results = [];
let postgres;

/** Runs one command the way a reader's shell would, in a folder and an environment; a server is asked for a page. */
async function runCommand(command, state) {
  const kind = kindOf(command);
  if (kind === 'skip' || (kind === 'prepare' && !state.startsAfter))
    return { status: 'skipped', why: 'neither installs nor starts anything' };
  const bare = command.replace(ASSIGNMENTS, '');
  if (bare.startsWith('cd ')) {
    const to = resolve(state.cwd, bare.slice(3).trim());
    // `cd ../my-app`: the reader's application, which a reader without one makes with npm init -y.
    if (!existsSync(to) && basename(to) === 'my-app') {
      mkdirSync(to);
      execFileSync('npm', ['init', '-y'], { cwd: to, stdio: 'ignore' });
    }
    state.cwd = to;
    return { status: 'ok' };
  }
  if (bare.startsWith('export ')) {
    const [, name, value] = /^export\s+([A-Z_][A-Z0-9_]*)=(.*)$/.exec(bare) ?? [];
    state.env[name] = execFileSync('bash', ['-c', `printf %s ${value}`], {
      cwd: state.cwd,
      env: state.env,
      encoding: 'utf8',
    });
    return { status: 'ok' };
  }
  const key = `${realpathSync(state.cwd)}\u0000${command}`;
  if (kind === 'install' && done.has(key)) return { status: 'ok', why: 'ran before in this folder' };
  const from = Date.now();
  if (kind === 'server') return runServer(command, state, from);
  const result = spawnSync('bash', ['-c', command], {
    cwd: state.cwd,
    env: state.env,
    encoding: 'utf8',
    timeout: 30 * 60_000,
  });
  if (kind === 'install' && result.status === 0) done.set(key, true);
  return result.status === 0
    ? { status: 'ok', took: seconds(from) }
    : { status: 'failed', took: seconds(from), output: `${result.stdout}\n${result.stderr}`.slice(-3000) };
}

async function runServer(command, state, from) {
  const env = { ...state.env, PORT: String(await freePort()) };
  const child = spawn('bash', ['-c', command], { cwd: state.cwd, env, detached: true });
  let output = '';
  const url = await new Promise((done) => {
    const timer = setTimeout(() => done(undefined), 20 * 60_000);
    // The dashboard starts a service of its own first: its page is the address to ask.
    const ready = /dashboard/.test(command)
      ? /command screen: (http:\/\/[^\s,?]+)/
      : /listening on (http:\/\/[^\s,?]+)/;
    const look = (chunk) => {
      output += chunk;
      const m = ready.exec(output);
      if (m) {
        clearTimeout(timer);
        done(m[1]);
      }
    };
    child.stdout.on('data', look);
    child.stderr.on('data', look);
    child.on('exit', () => done(undefined));
  });
  let answer;
  if (url) {
    const page = /listening on/.test(output) ? `${url}/openapi.json` : url;
    answer = await fetch(page).then(
      (r) => r.status,
      () => 0,
    );
  }
  // The whole process group the line started (npm, node and whatever they started), by its id.
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {}
  await new Promise((done) => (child.exitCode === null ? child.on('exit', done) : done()));
  return answer === 200
    ? { status: 'ok', took: seconds(from), why: `answered 200 at ${url}` }
    : { status: 'failed', took: seconds(from), output: output.slice(-3000) };
}

/** Where a doc's reader stands when its first line runs. */
function startingFolder(first, folder) {
  if (/^(git clone|cd chuangwen\b)/.test(first)) return folder;
  if (/^(npm (ci|run|start|test)\b|npx turbo\b)/.test(first)) return join(folder, 'chuangwen');
  const app = join(folder, 'app');
  mkdirSync(app);
  execFileSync('npm', ['init', '-y'], { cwd: app, stdio: 'ignore' });
  return app;
}

try {
  const origin = snapshot();
  const office = join(work, 'office');
  mkdirSync(office);
  officeWorkbooks(office);
  const { startPostgres } = await import(join(root, 'packages/fixtures/dist/postgres.js')).catch(() => ({}));
  const prefix = join(work, 'global');
  const baseEnv = {
    ...process.env,
    npm_config_prefix: prefix,
    PATH: `${join(prefix, 'bin')}:${process.env.PATH}`,
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  const seen = new Map(); // a doc whose lines are another's, run already
  for (const doc of DOCS) {
    if (only.length > 0 && !only.includes(doc) && doc !== 'README.md') continue;
    const docBlocks = blocks(doc);
    const lines = docBlocks.flat();
    if (
      !lines.some((l) => l.split(/\s*&&\s*/).some((c) => ['install', 'start', 'server'].includes(kindOf(c))))
    ) {
      for (const line of lines)
        results.push({ doc, line, status: 'skipped', why: 'neither installs nor starts anything' });
      continue;
    }
    const same = seen.get(JSON.stringify(docBlocks));
    if (same) {
      results.push({ doc, line: '(every line)', status: 'ok', why: `the same lines as ${same}` });
      continue;
    }
    seen.set(JSON.stringify(docBlocks), doc);
    log(`\n== ${doc}`);
    // Each doc reads from an empty folder of its own; the clone and the tarballs are shared, so they are made once.
    const folder = mkdtempSync(join(work, 'doc-'));
    if (doc !== 'README.md') {
      symlinkSync(join(shared, 'chuangwen'), join(folder, 'chuangwen'));
      if (existsSync(join(shared, 'chuangwen-packs')))
        symlinkSync(join(shared, 'chuangwen-packs'), join(folder, 'chuangwen-packs'));
    }
    const base = doc === 'README.md' ? shared : folder;
    const state = { cwd: startingFolder(lines[0], base), env: { ...baseEnv } };
    if (doc.includes('tutorial')) {
      // The reader writes tutorial.ts from the tutorial's code, step by step.
      state.tutorial = chainSource(readChains(root, doc)[0], true);
    }
    for (const block of docBlocks) {
      const first = block[0].replace(ASSIGNMENTS, '');
      // A block run from the repository root stands there; one that starts with the command works on a fresh copy of
      // the office's workbooks; any other goes on from where the block before it left the reader.
      if (/^(npm (ci|run|start|test)\b|npx turbo\b)/.test(first) && block !== docBlocks[0])
        state.cwd = join(base, 'chuangwen');
      if (/^chuangwen\b/.test(first)) {
        const data = mkdtempSync(join(folder, 'data-'));
        cpSync(office, data, { recursive: true });
        state.cwd = data;
      }
      for (const line of block) {
        const parts = line.split(/\s*&&\s*/);
        for (const [i, raw] of parts.entries()) {
          state.startsAfter = parts
            .slice(i + 1)
            .some((c) => ['install', 'start', 'server'].includes(kindOf(c)));
          let command = raw.replace('<this repository>', origin);
          if (postgres === undefined && /db\.example\.internal/.test(command) && startPostgres)
            postgres = await startPostgres();
          if (postgres)
            command = command.replace(
              /postgres:\/\/[^\s]*db\.example\.internal[^\s]*/,
              postgres.url('postgres'),
            );
          if (/^npx tsx tutorial\.ts/.test(command) && state.tutorial)
            writeFileSync(join(state.cwd, 'tutorial.ts'), state.tutorial);
          const outcome = await runCommand(command, state);
          results.push({ doc, line: raw, ...outcome });
          log(
            `${outcome.status === 'ok' ? 'ok     ' : outcome.status === 'skipped' ? 'skipped' : 'FAILED '} ${raw}${outcome.took ? ` (${outcome.took})` : ''}${outcome.why && outcome.status !== 'ok' ? `: ${outcome.why}` : ''}`,
          );
          if (outcome.status === 'failed') log(outcome.output);
        }
      }
    }
  }
} finally {
  await postgres?.stop();
  const failed = results.filter((r) => r.status === 'failed');
  const ran = results.filter((r) => r.status === 'ok').length;
  const skipped = results.filter((r) => r.status === 'skipped');
  log(
    `\ninstall lines: ${ran} ran, ${failed.length} failed, ${skipped.length} skipped, in ${seconds(started)}`,
  );
  for (const s of skipped) log(`skipped ${s.doc}: ${s.line}`);
  for (const f of failed) log(`FAILED ${f.doc}: ${f.line}`);
  if (!process.env.KEEP_INSTALL_LINES) rmSync(work, { recursive: true, force: true });
  process.exit(failed.length > 0 ? 1 : 0);
}
