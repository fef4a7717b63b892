import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportTasks, exportTemplate, IMPORT_KINDS, importSites, importTasks } from '../src/index.js';
import { context, okValue, street } from './helpers.js';

async function open(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  return wb;
}

type Validations = { model: Record<string, { type: string; formulae: string[] }> };

describe('blank templates', () => {
  for (const kind of IMPORT_KINDS) {
    it(`${kind}: a frozen header, a print area, fitted widths and drop-down lists on a hidden sheet`, async () => {
      const wb = await open(await exportTemplate(kind, context()));
      const [sheet] = wb.worksheets;
      const lists = wb.getWorksheet('选项');
      // The framework template has a line for its group and year above the header.
      expect(sheet!.views[0]).toMatchObject({ state: 'frozen', ySplit: kind === 'framework' ? 3 : 2 });
      expect(sheet!.pageSetup.printArea).toMatch(/^A1:[A-Z]+\d+$/);
      expect(sheet!.getColumn(1).width).toBeGreaterThanOrEqual(8);
      expect(lists!.name).toBe('选项');
      expect(lists!.state).toBe('hidden');
      const validations = Object.values(
        (sheet as unknown as { dataValidations: Validations }).dataValidations.model,
      );
      expect(validations.length).toBeGreaterThan(0);
      expect(validations.every((v) => v.type === 'list' && v.formulae[0]!.startsWith("'选项'!"))).toBe(true);
    });
  }

  it('a filled-in template imports', async () => {
    const wb = await open(await exportTemplate('sites', context()));
    const ws = wb.worksheets[0]!;
    ws.getRow(3).values = ['望江广场', '公共广场', '望江社区'];
    const sites = okValue(
      await importSites(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), context()),
    );
    expect(sites.map((s) => [s.name, s.siteType, s.responsibleUnitId])).toEqual([
      ['望江广场', 'publicSquare', 'u-c-wangjiang'],
    ]);
  });

  it('the unit list offers the campaign units by name', async () => {
    const wb = await open(await exportTemplate('tasks', context()));
    const lists = wb.getWorksheet('选项')!;
    const header = (lists.getRow(1).values as unknown[]).indexOf('单位');
    expect(lists.getCell(2, header).value).toBe(street().units[0]!.name);
  });
});

describe('the task table export', () => {
  it('colours overdue tasks and says how many days are left, and the countdown columns are ignored on import', async () => {
    const campaign = street();
    const bytes = await exportTasks(campaign, { asOf: '2026-06-01T10:00:00+08:00' });
    const ws = (await open(bytes)).worksheets[0]!;
    const header = ws.getRow(4).values as unknown[];
    const countdown = header.indexOf('倒计时');
    const texts = campaign.tasks.map((_, i) => String(ws.getCell(5 + i, countdown).value));
    expect(texts.some((t) => t.startsWith('逾期'))).toBe(true);
    expect(texts.some((t) => t.startsWith('还剩'))).toBe(true);
    expect(okValue(await importTasks(bytes, context()))).toEqual(campaign.tasks);
  });
});
