// Packs every published package, installs the tarballs into a fresh project outside the workspace, and compiles
// (skipLibCheck: false) and runs a small consumer as ESM and as CommonJS: the packages as a user gets them from npm.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chainSource, checkOutput, readChains } from './snippets.mjs';

const root = resolve(import.meta.dirname, '..');
const PACKAGES = ['model', 'checklists', 'rules', 'machine', 'store', 'sheets', 'cli'];
const dir = mkdtempSync(join(tmpdir(), 'chuangwen-consumer-'));
const run = (cmd, args, cwd = dir) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

try {
  for (const name of PACKAGES)
    run('npm', ['pack', '--silent', '--pack-destination', dir], join(root, 'packages', name));
  const tarballs = readdirSync(dir)
    .filter((f) => f.endsWith('.tgz'))
    .map((f) => `./${f}`);
  if (tarballs.length !== PACKAGES.length)
    throw new Error(`expected ${PACKAGES.length} tarballs, got ${tarballs.length}`);
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--silent', ...tarballs, 'zod@^4.1.0', 'xstate@^5.28.0']);

  const body = (imports) => `${imports}
const street = {
  schemaVersion: 1, id: 'c1', title: '示例', jurisdiction: { name: '示例街道', level: 'street' }, frameworkEditionId: districtFramework.id,
  organisation: { people: [{ id: 'p1', name: '甲' }], leadingGroup: { leaderId: 'p1' }, office: { directorId: 'p1' } },
};
const checked = validateCampaign(street);
if (!checked.ok) throw new Error('the campaign should validate');
const fw = validateFramework(JSON.parse(JSON.stringify(districtFramework)));
if (!fw.ok) throw new Error('the bundled framework should validate');
const verdict = classify({ standard: listStandards(fw.value)[0]!.standard, observations: [], asOf: '2026-06-30' });
const record = new MemoryRecord({ campaignId: 'c1', at: '2026-03-01T09:00:00+08:00' }, { id: 'p1', role: 'office' }, { key: 'consumer-test-audit-key' });
const refused = record.dispatch({ type: 'phase.advance', at: '2026-03-02T09:00:00+08:00', actor: { id: 'p1', role: 'office' } });
if (!record.verify(record.anchors()).ok) throw new Error('the record should verify');
const actor = createActor(campaignMachine, { input: { campaignId: 'c1', at: '2026-03-01T09:00:00+08:00' } }).start();
console.log([label('mobilization', 'en'), verdict.class, refused.refused?.length, actor.getSnapshot().value, cellRef({ sheet: '任务分解表', row: 12, column: 'D' }), typeof exportTemplate, 'store' + STORE_SCHEMA_VERSION, new ConflictError('campaign').code].join(' '));
`;
  writeFileSync(
    join(dir, 'esm.mts'),
    body(`import { validateCampaign, label } from '@chuangwen/model';
import { validateFramework, listStandards } from '@chuangwen/checklists';
import { districtFramework } from '@chuangwen/checklists/district';
import { classify } from '@chuangwen/rules';
import { MemoryRecord, campaignMachine } from '@chuangwen/machine';
import { createActor } from 'xstate';
import { cellRef, exportTemplate } from '@chuangwen/sheets';
import { ConflictError, STORE_SCHEMA_VERSION } from '@chuangwen/store';`),
  );
  writeFileSync(
    join(dir, 'cjs.cts'),
    body(`import model = require('@chuangwen/model');
import checklists = require('@chuangwen/checklists');
import district = require('@chuangwen/checklists/district');
import rules = require('@chuangwen/rules');
import machine = require('@chuangwen/machine');
import xstate = require('xstate');
const { validateCampaign, label } = model;
const { validateFramework, listStandards } = checklists;
const { districtFramework } = district;
const { classify } = rules;
const { MemoryRecord, campaignMachine } = machine;
const { createActor } = xstate;
import sheets = require('@chuangwen/sheets');
const { cellRef, exportTemplate } = sheets;
import store = require('@chuangwen/store');
const { ConflictError, STORE_SCHEMA_VERSION } = store;`),
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM'],
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        skipLibCheck: false,
        verbatimModuleSyntax: true,
        types: [],
        outDir: 'out',
      },
      files: ['esm.mts', 'cjs.cts'],
    }),
  );
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
  const esm = run(process.execPath, ['out/esm.mjs']).trim();
  const cjs = run(process.execPath, ['out/cjs.cjs']).trim();
  const expected = 'Mobilization undetermined 8 mobilization 任务分解表!D12 function store3 conflict';
  if (esm !== expected || cjs !== expected) throw new Error(`unexpected output: esm "${esm}", cjs "${cjs}"`);
  // The command as installed: its bin on the path of the consumer project.
  const help = run(process.execPath, [
    join(dir, 'node_modules/@chuangwen/cli/dist/bin.js'),
    '--help',
    '--lang',
    'en',
  ]);
  if (!help.includes('Exit codes')) throw new Error('the installed chuangwen command should print its usage');
  // The tutorial, as its reader runs it: from the installed tarballs, in this project. The SQLite driver is the
  // workspace's own build (linked, not rebuilt), since the registry brings no prebuilt binary here.
  symlinkSync(join(root, 'node_modules/better-sqlite3'), join(dir, 'node_modules/better-sqlite3'), 'dir');
  const [tutorial] = readChains(root, 'docs/tutorial.md');
  writeFileSync(join(dir, 'tutorial.mts'), chainSource(tutorial, true));
  const printed = execFileSync(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), 'tutorial.mts'],
    {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, CHUANGWEN_AUDIT_KEY: 'consumer-test-tutorial-key-0123456789' },
    },
  );
  const differences = checkOutput(tutorial, printed);
  if (differences.length > 0)
    throw new Error(`the tutorial run from the tarballs differs:\n${differences.join('\n')}`);
  console.log(
    `consumer test: ${PACKAGES.length} tarballs installed outside the workspace; ESM and CJS compile with skipLibCheck false and print "${esm}"; the tutorial's ${tutorial.parts.length} steps print what it shows`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
