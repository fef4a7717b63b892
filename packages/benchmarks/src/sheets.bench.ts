// @chuangwen/sheets against exceljs on the same workbooks, with no mapping (the floor): a 10,000-row rectification
// ledger and the 72-standard sample framework, imported and exported. Time: interleaved rounds in this process,
// medians. Peak memory: each contender once in a fresh child process that reads its input from a file, the growth of
// its resident set over what it had with the modules and input loaded, the median of three runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { districtFramework, sampleStreetCampaign, siteTypeCatalogue } from '@chuangwen/checklists/district';
import { createRandom } from '@chuangwen/fixtures';
import {
  type Campaign,
  RECTIFICATION_STATUSES,
  type Rectification,
  validateCampaign,
} from '@chuangwen/model';
import {
  campaignContext,
  exportFramework,
  exportRectifications,
  frameworkSheets,
  importFramework,
  importRectifications,
  rectificationSheets,
  type WorkbookSpec,
} from '@chuangwen/sheets';
import ExcelJS from 'exceljs';
import { report, type Timing } from './harness.js';

const ROWS = Number(process.env.BENCH_LEDGER_ROWS ?? 10_000);
const checked = validateCampaign(sampleStreetCampaign());
if (!checked.ok) throw new Error('the sample street validates');
const street: Campaign = checked.value;
const siteTypes = siteTypeCatalogue.types;
const ctx = { ...campaignContext(street), siteTypes };

function ledger(): Rectification[] {
  const rng = createRandom(3);
  const units = street.units.map((u) => u.id);
  const people = street.organisation.people.map((p) => p.id);
  const sites = street.sites.map((s) => s.id);
  const out: Rectification[] = [];
  for (let i = 0; i < ROWS; i++) {
    const day = new Date(Date.UTC(2026, 2, 1) + rng.int(0, 200) * 86_400_000).toISOString().slice(0, 10);
    const status = rng.pick(RECTIFICATION_STATUSES);
    out.push({
      id: `r-${i}`,
      description: `第${i + 1}号问题：${rng.pick(['占道经营', '公益广告破损', '垃圾暴露', '非机动车乱停放', '小广告'])}`,
      area: rng.pick(['townscape', 'sanitation', 'trafficOrder', 'market'] as const),
      scope: { kind: 'site', siteId: rng.pick(sites) },
      reportedAt: `${day}T${String(rng.int(8, 17)).padStart(2, '0')}:30:00+08:00`,
      leadUnitId: rng.pick(units),
      supportingUnitIds: [],
      guarantorUnitIds: [],
      responsibleLeaderId: rng.pick(people),
      requirement: '立行立改，举一反三',
      deadline: day,
      status,
      ...(status === 'closed' ? { closedAt: `${day}T18:00:00+08:00` } : {}),
      evidence: [],
      returnedCount: 0,
      repeatCount: 0,
    });
  }
  return out;
}

const memoryArg = process.argv.indexOf('--memory');
const child = memoryArg >= 0;
// A child reads what the parent wrote, so its memory is not the generator's.
const dir = child ? process.argv[memoryArg + 2]! : mkdtempSync(join(tmpdir(), 'sheets-bench-'));
if (!child) {
  const generated = { ...street, rectifications: ledger() };
  writeFileSync(join(dir, 'campaign.json'), JSON.stringify(generated));
  writeFileSync(join(dir, 'ledger.xlsx'), await exportRectifications(generated, { siteTypes }));
  writeFileSync(join(dir, 'framework.xlsx'), await exportFramework(districtFramework, { siteTypes }));
}
const campaign: Campaign = JSON.parse(readFileSync(join(dir, 'campaign.json'), 'utf8'));
const ledgerBytes = new Uint8Array(readFileSync(join(dir, 'ledger.xlsx')));
const frameworkBytes = new Uint8Array(readFileSync(join(dir, 'framework.xlsx')));
// What the export floors write: the same sheets and values, prepared outside the timing.
const ledgerSpec = rectificationSheets(campaign, { siteTypes });
const frameworkSpec = frameworkSheets(districtFramework, { siteTypes });

/** The floor: exceljs loads the workbook and reads every cell's value, mapping nothing. */
async function readFloor(bytes: Uint8Array): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  let n = 0;
  for (const ws of wb.worksheets)
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value !== null) n++;
      }),
    );
  return n;
}

/** The floor: exceljs writes the same cell values (the same sheets and rows), with no styles, lists or layout. */
async function writeFloor(spec: WorkbookSpec): Promise<number> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of spec.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    ws.addRow(sheet.columns.map((c) => c.header));
    for (const row of sheet.rows)
      ws.addRow(row.map((c) => (c !== null && typeof c === 'object' && !(c instanceof Date) ? c.value : c)));
  }
  return (await wb.xlsx.writeBuffer()).byteLength;
}

const contenders: Record<string, () => Promise<unknown>> = {
  'ledger import: exceljs floor': () => readFloor(ledgerBytes),
  'ledger import: importRectifications': async () => {
    const r = await importRectifications(ledgerBytes, ctx);
    if (!r.ok) throw new Error(r.issues[0]!.message.en);
  },
  'ledger export: exceljs floor': () => writeFloor(ledgerSpec),
  'ledger export: exportRectifications': () => exportRectifications(campaign, { siteTypes }),
  'framework import: exceljs floor': () => readFloor(frameworkBytes),
  'framework import: importFramework': async () => {
    const r = await importFramework(frameworkBytes, { siteTypes });
    if (!r.ok) throw new Error(r.issues[0]!.message.en);
  },
  'framework export: exceljs floor': () => writeFloor(frameworkSpec),
  'framework export: exportFramework': () => exportFramework(districtFramework, { siteTypes }),
};

if (child) {
  // One contender (or none, for the baseline); its growth over the loaded baseline, in kilobytes.
  const name = process.argv[memoryArg + 1]!;
  const base = process.memoryUsage.rss();
  const highBefore = process.resourceUsage().maxRSS * 1024;
  let sampled = base;
  const timer = setInterval(() => {
    sampled = Math.max(sampled, process.memoryUsage.rss());
  }, 2);
  if (name !== 'idle') await contenders[name]!();
  clearInterval(timer);
  sampled = Math.max(sampled, process.memoryUsage.rss());
  const highAfter = process.resourceUsage().maxRSS * 1024;
  // A new high-water mark during the run is its exact peak; otherwise the sampled peak is the best there is.
  const peak = highAfter > highBefore ? highAfter : sampled;
  console.log(Math.round(Math.max(0, peak - base) / 1024));
  process.exit(0);
}

async function timeAll(rounds = 5, perRound = 3): Promise<Timing[]> {
  const samples = new Map<string, number[]>();
  for (const [name, fn] of Object.entries(contenders)) {
    await fn();
    samples.set(name, []);
  }
  for (let r = 0; r < rounds; r++)
    for (const [name, fn] of Object.entries(contenders))
      for (let i = 0; i < perRound; i++) {
        const start = process.hrtime.bigint();
        await fn();
        samples.get(name)!.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
  return [...samples].map(([name, s]) => {
    s.sort((a, b) => a - b);
    return { name, medianMs: s[Math.floor(s.length / 2)]!, minMs: s[0]!, maxMs: s.at(-1)!, runs: s.length };
  });
}

function peakKb(name: string): number {
  const script = fileURLToPath(import.meta.url);
  const run = spawnSync(process.execPath, [...process.execArgv, script, '--memory', name, dir], {
    encoding: 'utf8',
    env: process.env,
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return Number(run.stdout.trim().split('\n').at(-1));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

console.log(
  `ledger: ${ROWS.toLocaleString('en')} rows, ${ledgerBytes.byteLength.toLocaleString('en')} bytes; framework: 72 standards, ${frameworkBytes.byteLength.toLocaleString('en')} bytes (Node ${process.version})`,
);
const timings = await timeAll();
const peaks = new Map<string, number[]>();
for (let round = 0; round < 3; round++)
  for (const name of ['idle', ...Object.keys(contenders)])
    peaks.set(name, [...(peaks.get(name) ?? []), peakKb(name)]);
const above = (name: string) => Math.max(1, median(peaks.get(name)!));

for (const [job, floor] of [
  ['ledger import', 'ledger import: exceljs floor'],
  ['ledger export', 'ledger export: exceljs floor'],
  ['framework import', 'framework import: exceljs floor'],
  ['framework export', 'framework export: exceljs floor'],
] as const) {
  const rows = timings.filter((t) => t.name.startsWith(job));
  report(`${job} (time)`, rows, floor);
  console.log('| contender | peak RSS growth, MB | ratio to the floor |');
  console.log('|---|---:|---:|');
  for (const t of rows)
    console.log(
      `| ${t.name} | ${(above(t.name) / 1024).toFixed(1)} | ${(above(t.name) / above(floor)).toFixed(2)}x |`,
    );
}
console.log(
  `\nidle child (modules and input loaded, nothing run): ${(median(peaks.get('idle')!) / 1024).toFixed(1)} MB growth`,
);
rmSync(dir, { recursive: true, force: true });
