import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sampleStreetCampaign } from '@chuangwen/checklists/district';
import { EXPORT_KINDS, IMPORT_KINDS, unknownKindMessage } from '@chuangwen/sheets';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';

// The command as users run it: the built bin of the package, as a separate process.
const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8'));
const bin = resolve(import.meta.dirname, '..', pkg.bin.chuangwen);
const dir = mkdtempSync(join(tmpdir(), 'chuangwen-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function chuangwen(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const campaign = sampleStreetCampaign();
campaign.rectifications = [
  {
    id: 'r-1',
    description: '望江商业街占道经营',
    area: 'townscape',
    scope: { kind: 'site', siteId: 's-commercial' },
    reportedAt: '2026-04-02T09:30:00+08:00',
    leadUnitId: 'u-urban',
    deadline: '2026-04-10',
    status: 'closed',
    closedAt: '2026-04-08T16:00:00+08:00',
  },
  {
    id: 'r-2',
    description: '公益广告破损',
    standardRef: '01.01.01',
    scope: { kind: 'jurisdiction' },
    reportedAt: '2026-04-03T10:00:00+08:00',
    leadUnitId: 'u-culture',
    supportingUnitIds: ['u-urban'],
    status: 'rectifying',
  },
];
writeFileSync(join(dir, 'campaign.json'), JSON.stringify(campaign));

async function badTaskTable() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('任务分解表');
  ws.addRow(['任务', '牵头单位', '完成时限', '测评标准']);
  ws.addRow(['整治', '望江社', '长期坚持', '03.01.02']);
  await wb.xlsx.writeFile(join(dir, 'bad-tasks.xlsx'));
}

describe('the chuangwen command', () => {
  it('prints its usage: exit 0 with --help, 2 without a command, 2 for an unknown one', () => {
    expect(chuangwen('--help').code).toBe(0);
    expect(chuangwen('--help').stdout).toContain('退出码');
    expect(chuangwen('--help', '--lang', 'en').stdout).toContain('Exit codes');
    expect(chuangwen().code).toBe(2);
    expect(chuangwen('frobnicate').code).toBe(2);
  });

  it("takes its kinds from the library's registry, and says so in one message for an unknown kind", () => {
    const help = chuangwen('--help', '--lang', 'en').stdout;
    expect(help).toContain(`export: ${EXPORT_KINDS.join(' | ')}`);
    expect(help).toContain(`blank template: ${IMPORT_KINDS.join(' | ')}`);
    for (const [use, args] of [
      ['import', ['import', 'constructor', 'x.xlsx']],
      ['export', ['export', 'sites', 'campaign.json']],
      ['template', ['template', 'board']],
    ] as const) {
      const zh = chuangwen(...args);
      expect(zh.code, use).toBe(2);
      expect(zh.stderr).toContain(unknownKindMessage(args[1], use)['zh-CN']);
      expect(chuangwen(...args, '--lang', 'en').stderr).toContain(unknownKindMessage(args[1], use).en);
    }
  });

  it('exports the ledger per unit and imports it back to the same records', () => {
    expect(chuangwen('export', 'rectifications', 'campaign.json', '-o', 'ledger.xlsx').code).toBe(0);
    const imported = chuangwen(
      'import',
      'rectifications',
      'ledger.xlsx',
      '--campaign',
      'campaign.json',
      '-o',
      'ledger.json',
      '--json',
    );
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({
      ok: true,
      command: 'import',
      kind: 'rectifications',
      count: 2,
      output: 'ledger.json',
    });
    const back = JSON.parse(readFileSync(join(dir, 'ledger.json'), 'utf8'));
    expect(back.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual([
      ['r-1', 'closed'],
      ['r-2', 'rectifying'],
    ]);
  });

  it('finds the kind of a workbook from its headers and validates it (exit 0)', () => {
    expect(
      chuangwen('export', 'tasks', 'campaign.json', '-o', 'tasks.xlsx', '--as-of', '2026-05-01').code,
    ).toBe(0);
    const result = chuangwen('validate', 'tasks.xlsx', '--campaign', 'campaign.json', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, kind: 'tasks', count: 12 });
  });

  it('reports problems with their cells and exits 1, in Chinese or English', async () => {
    await badTaskTable();
    const zh = chuangwen('validate', 'bad-tasks.xlsx', '--campaign', 'campaign.json');
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain('任务分解表!B2：单位"望江社"不在名单中，是否为"望江社区"？');
    const en = chuangwen(
      'validate',
      'bad-tasks.xlsx',
      '--campaign',
      'campaign.json',
      '--lang',
      'en',
      '--json',
    );
    expect(en.code).toBe(1);
    const out = JSON.parse(en.stdout);
    expect(out.issues[0]).toMatchObject({
      cell: '任务分解表!B2',
      code: 'unknown_name',
      pointer: '/tasks/0/leadUnitIds',
    });
    expect(out.issues[0].message.en).toContain('did you mean');
  });

  it('exits 3 for a file that is not a workbook, and 2 when a table needs the campaign', async () => {
    writeFileSync(join(dir, 'notes.xlsx'), '这不是工作簿');
    const notBook = chuangwen('validate', 'notes.xlsx', '--json');
    expect(notBook.code).toBe(3);
    expect(JSON.parse(notBook.stdout).issues[0].code).toBe('not_xlsx');
    expect(chuangwen('validate', 'missing.json').code).toBe(3);
    await badTaskTable();
    expect(chuangwen('validate', 'bad-tasks.xlsx').code).toBe(2);
  });

  it('names the column a sheet lacks, as import of its kind does, instead of failing to tell the kind', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('任务分解表');
    ws.addRow(['任务', '牵头单位', '测评标准', '配合单位']);
    ws.addRow(['整治', '望江社区', '03.01.02', '城市管理办公室']);
    await wb.xlsx.writeFile(join(dir, 'no-deadline.xlsx'));
    const validated = chuangwen('validate', 'no-deadline.xlsx', '--campaign', 'campaign.json');
    const imported = chuangwen('import', 'tasks', 'no-deadline.xlsx', '--campaign', 'campaign.json');
    expect([validated.code, imported.code]).toEqual([1, 1]);
    expect(validated.stderr).toContain('任务分解表!1：表头中没有"完成时限"列');
    expect(validated.stderr).toBe(imported.stderr);
  });

  it('takes the group and year of a framework from --group and --year when the workbook does not say', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('测评体系');
    ws.addRow(['测评项目', '测评内容', '测评标准', '测评方法']);
    ws.addRow(['一、公共文明', '（一）公益广告', '1.公益广告数量充足', '实地考察']);
    await wb.xlsx.writeFile(join(dir, 'untitled-framework.xlsx'));
    const missing = chuangwen('import', 'framework', 'untitled-framework.xlsx', '-o', 'f.json');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('没有写明测评体系的组别');
    const given = chuangwen(
      'import',
      'framework',
      'untitled-framework.xlsx',
      '-o',
      'f.json',
      '--group',
      '县级城市',
      '--year',
      '2026',
    );
    expect(given.code, given.stderr).toBe(0);
    const framework = JSON.parse(readFileSync(join(dir, 'f.json'), 'utf8'));
    expect([framework.group, framework.editionYear]).toEqual(['countyLevel', 2026]);
    const wrong = chuangwen('import', 'framework', 'untitled-framework.xlsx', '--group', '乡镇组');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--group 的值"乡镇组"无法识别');
  });

  it('validates campaign and framework JSON', () => {
    expect(chuangwen('validate', 'campaign.json').code).toBe(0);
    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ ...campaign, units: [{ id: 'x' }] }));
    expect(chuangwen('validate', 'broken.json').code).toBe(1);
  });

  it('writes a template for each import kind and the 达标情况汇总表', () => {
    for (const kind of IMPORT_KINDS)
      expect(chuangwen('template', kind, '--campaign', 'campaign.json').code, kind).toBe(0);
    expect(chuangwen('template', 'nonsense').code).toBe(2);
    expect(
      chuangwen('export', 'board', 'campaign.json', '-o', 'board.xlsx', '--as-of', '2026-06-30').code,
    ).toBe(0);
    expect(chuangwen('export', 'rounds', 'campaign.json', '-o', 'results.xlsx').code).toBe(0);
  });

  it('writes a self-contained HTML report: no script, no network', () => {
    expect(chuangwen('report', 'campaign.json', '-o', 'report.html', '--as-of', '2026-04-05').code).toBe(0);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('整改率');
    expect(html).toContain('达标情况');
    expect(html).not.toMatch(/<script|https?:\/\//i);
    const en = chuangwen(
      'report',
      'campaign.json',
      '-o',
      'report-en.html',
      '--as-of',
      '2026-04-05',
      '--lang',
      'en',
    );
    expect(en.code).toBe(0);
    expect(readFileSync(join(dir, 'report-en.html'), 'utf8')).toContain('Compliance by item');
  });

  it("reports what the campaign's view holds: the counts the service and the dashboard show for the same campaign", async () => {
    const { documentView } = await import('@chuangwen/store');
    const { districtFramework, minorsFramework } = await import('@chuangwen/checklists/district');
    const { validateCampaign } = await import('@chuangwen/model');
    const document = validateCampaign(campaign);
    if (!document.ok) throw new Error('the test campaign validates');
    const read = await documentView(document.value, {
      editions: [districtFramework, minorsFramework],
      asOf: '2026-04-05T12:00:00+08:00',
    });
    if (!read.ok) throw new Error('the test campaign imports');
    expect(
      chuangwen('report', 'campaign.json', '-o', 'same.html', '--as-of', '2026-04-05T12:00:00+08:00').code,
    ).toBe(0);
    const html = readFileSync(join(dir, 'same.html'), 'utf8');
    for (const item of districtFramework.items) {
      const counts = read.view.board.items[item.code]!.counts;
      const cells = ['compliant', 'nonCompliant', 'undetermined', 'reboundProne'].map(
        (c) => `<td>${counts[c as keyof typeof counts]}</td>`,
      );
      expect(html, item.code).toContain(cells.join(''));
    }
    expect(read.view.ledger.map((r) => r.id)).toEqual(['r-1', 'r-2']);
  });

  it('shows a progress bar on long imports and exports when asked', () => {
    const result = chuangwen('export', 'rectifications', 'campaign.json', '-o', 'ledger2.xlsx', '--progress');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('100% 导出中');
    const imported = chuangwen(
      'import',
      'rectifications',
      'ledger2.xlsx',
      '--campaign',
      'campaign.json',
      '--progress',
    );
    expect(imported.stderr).toMatch(/\[#+\] 100% 导入中/);
  });
});
