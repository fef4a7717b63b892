// @chuangwen/sheets against exceljs on the same workbooks, with no mapping (the floor): a 10,000-row rectification
// ledger and the 72-standard sample framework, imported and exported. Time: interleaved rounds in this process after a
// warm run, medians; every import's records are checked against what was written, and every export is read back and
// checked the same way (the floors: the same cells on every run). Peak memory: each contender once in a fresh child
// process that reads its input from a file, the growth of its resident set over what it had with the modules and
// input loaded, the median of three runs. Writes results/sheets.json.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { listStandards } from '@chuangwen/checklists';
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
import { median, Results, since, size } from './results.js';

const results = new Results('sheets', 'npm run build && npm run sheets -w @chuangwen/benchmarks');
const ROWS = size(results, 'BENCH_LEDGER_ROWS', 10_000);
const ROUNDS = size(results, 'BENCH_ROUNDS', 5);
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
async function writeFloor(spec: WorkbookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of spec.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    ws.addRow(sheet.columns.map((c) => c.header));
    for (const row of sheet.rows)
      ws.addRow(row.map((c) => (c !== null && typeof c === 'object' && !(c instanceof Date) ? c.value : c)));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const contenders: Record<string, () => Promise<unknown>> = {
  'ledger import: exceljs floor': () => readFloor(ledgerBytes),
  'ledger import: importRectifications': () => importRectifications(ledgerBytes, ctx),
  'ledger export: exceljs floor': () => writeFloor(ledgerSpec),
  'ledger export: exportRectifications': () => exportRectifications(campaign, { siteTypes }),
  'framework import: exceljs floor': () => readFloor(frameworkBytes),
  'framework import: importFramework': () => importFramework(frameworkBytes, { siteTypes }),
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

const byId = <T extends { id: string }>(list: readonly T[]) =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
const written = byId(campaign.rectifications);
const codes = JSON.stringify(listStandards(districtFramework).map((l) => l.standard.code));
/** The ledger's records as imported, every one as it was written. */
function sameLedger(result: Awaited<ReturnType<typeof importRectifications>>): boolean {
  return result.ok && isDeepStrictEqual(byId(result.value), written);
}
/** The framework as imported: valid, with every standard of the edition in its order. */
function sameFramework(result: Awaited<ReturnType<typeof importFramework>>): boolean {
  return result.ok && JSON.stringify(listStandards(result.value).map((l) => l.standard.code)) === codes;
}
// What the floors must give on every run: the cells of the file read, and the cells of what they wrote read back.
const floorCells = new Map<string, number>();
const steady = async (name: string, cells: number) => {
  const first = floorCells.get(name) ?? cells;
  floorCells.set(name, first);
  return cells === first && cells > 0;
};
const checks: Record<string, (result: unknown) => Promise<boolean>> = {
  'ledger import: exceljs floor': async (cells) => steady('ledger import', cells as number),
  'ledger import: importRectifications': async (r) => sameLedger(r as never),
  'ledger export: exceljs floor': async (bytes) =>
    steady('ledger export', await readFloor(bytes as Uint8Array)),
  'ledger export: exportRectifications': async (bytes) =>
    sameLedger(await importRectifications(bytes as Uint8Array, ctx)),
  'framework import: exceljs floor': async (cells) => steady('framework import', cells as number),
  'framework import: importFramework': async (r) => sameFramework(r as never),
  'framework export: exceljs floor': async (bytes) =>
    steady('framework export', await readFloor(bytes as Uint8Array)),
  'framework export: exportFramework': async (bytes) =>
    sameFramework(await importFramework(bytes as Uint8Array, { siteTypes })),
};

/** One warm run each, then rounds interleaving the contenders, 3 calls each; every call's result checked. */
async function timeAll(): Promise<Map<string, number>> {
  const samples = new Map<string, number[]>();
  for (let round = 0; round <= ROUNDS; round++)
    for (const [name, fn] of Object.entries(contenders))
      for (let i = 0; i < (round === 0 ? 1 : 3); i++) {
        const start = process.hrtime.bigint();
        const result = await fn();
        const ms = since(start);
        if (!(await checks[name]!(result))) throw new Error(`${name}: the result is not what was written`);
        if (round > 0) samples.set(name, [...(samples.get(name) ?? []), ms]);
      }
  return new Map([...samples].map(([name, list]) => [name, median(list)]));
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

const n = (value: number) => value.toLocaleString('en');
console.log(
  `ledger: ${n(ROWS)} rows, ${n(ledgerBytes.byteLength)} bytes; framework: 72 standards, ${n(frameworkBytes.byteLength)} bytes (Node ${process.version})`,
);
const times = await timeAll();
const peaks = new Map<string, number[]>();
for (let round = 0; round < 3; round++)
  for (const name of ['idle', ...Object.keys(contenders)])
    peaks.set(name, [...(peaks.get(name) ?? []), peakKb(name)]);
const peakMb = (name: string) => Math.max(1, median(peaks.get(name)!)) / 1024;

results.table('sheets', {
  en: `Against exceljs 4.4 doing the same file work with no mapping (the floor): a ${n(ROWS)}-row ledger (${n(ledgerBytes.byteLength)} bytes) and the 72-standard sample framework (${n(frameworkBytes.byteLength)} bytes)`,
  'zh-CN': `对比只做同样文件读写、不做映射的 exceljs 4.4（下限）：${n(ROWS)} 行的整改台账（${n(ledgerBytes.byteLength)} 字节）和 72 条标准的示例测评体系（${n(frameworkBytes.byteLength)} 字节）`,
});
const JOBS = [
  ['ledger-import', 'ledger import', 'importRectifications', '台账导入'],
  ['ledger-export', 'ledger export', 'exportRectifications', '台账导出'],
  ['framework-import', 'framework import', 'importFramework', '测评体系导入'],
  ['framework-export', 'framework export', 'exportFramework', '测评体系导出'],
] as const;
for (const [id, job, call, zh] of JOBS) {
  const floor = `${job}: exceljs floor`;
  const ours = `${job}: ${call}`;
  const ms = (name: string) => times.get(name)!;
  results.figure({
    id: `${id}-time`,
    measure: { en: `${job}, time: \`${call}\``, 'zh-CN': `${zh}耗时：\`${call}\`` },
    value: ms(ours) / ms(floor),
    unit: 'x',
    basis: {
      en: `${ms(ours).toFixed(ms(ours) < 100 ? 1 : 0)} ms vs ${ms(floor).toFixed(ms(floor) < 100 ? 1 : 0)} ms: medians of ${ROUNDS} rounds × 3 calls, warmed`,
      'zh-CN': `${ms(ours).toFixed(ms(ours) < 100 ? 1 : 0)} 毫秒对 ${ms(floor).toFixed(ms(floor) < 100 ? 1 : 0)} 毫秒：${ROUNDS} 轮、每轮 3 次的中位数，已预热`,
    },
    target: { comparison: '<=', value: 2, source: 'issue 11' },
  });
  results.figure({
    id: `${id}-memory`,
    measure: { en: `${job}, peak memory: \`${call}\``, 'zh-CN': `${zh}内存峰值：\`${call}\`` },
    value: peakMb(ours) / peakMb(floor),
    unit: 'x',
    basis: {
      en: `${peakMb(ours).toFixed(1)} MB vs ${peakMb(floor).toFixed(1)} MB of resident-set growth, medians of 3 fresh processes`,
      'zh-CN': `常驻内存增长 ${peakMb(ours).toFixed(1)} MB 对 ${peakMb(floor).toFixed(1)} MB，3 个新进程的中位数`,
    },
    target: { comparison: '<=', value: 2, source: 'issue 11' },
  });
}
console.log(
  `idle child (modules and input loaded, nothing run): ${(median(peaks.get('idle')!) / 1024).toFixed(1)} MB growth`,
);
rmSync(dir, { recursive: true, force: true });
results.write();
