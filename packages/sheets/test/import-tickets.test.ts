import { generateTicketExport, type TicketExport } from '@chuangwen/fixtures';
import { holidayCnYear } from '@chuangwen/fixtures/holiday-cn';
import { validateHolidayCnLayer, type WorkingCalendar } from '@chuangwen/model';
import { planTicketImport, type TicketLedger } from '@chuangwen/rules';
import { describe, expect, it } from 'vitest';
import {
  exportTemplate,
  exportTickets,
  importTicketLedger,
  importTickets,
  type SheetIssue,
  type TicketLedgers,
} from '../src/index.js';
import { book, context, expectBilingual, issuesOf, okValue, put } from './helpers.js';

const layer = validateHolidayCnLayer([holidayCnYear(2025), holidayCnYear(2026), holidayCnYear(2027)]);
if (!layer.ok) throw new Error('the holiday files must read');
const calendar: WorkingCalendar = {
  layers: [layer.value],
  officeHours: {
    periods: [
      { start: '08:30', end: '12:00' },
      { start: '14:00', end: '17:30' },
    ],
  },
};
// The sample street's units, by the names the (fictional) platforms write.
const UNIT_NAMES = [
  '城市管理办公室',
  '环卫所',
  '清禾社区',
  '望江社区',
  '南苑社区',
  '市场监管所',
  '交警中队',
  '云溪农贸市场',
];

/** One export file as a platform gives it: each ticket once, with its whole history so far. */
function distinct(data: TicketExport): TicketExport {
  const last = <T extends { steps: unknown[] }>(list: T[], key: (t: T) => string) => {
    const by = new Map<string, T>();
    for (const t of list) if ((by.get(key(t))?.steps.length ?? -1) < t.steps.length) by.set(key(t), t);
    return [...by.values()];
  };
  return {
    hotlineTickets: last(data.hotlineTickets, (t) => t.ticketNumber),
    urbanCases: last(data.urbanCases, (c) => c.caseNumber),
  };
}

const cells = (issues: readonly SheetIssue[]) => issues.map((i) => [i.cell, i.code]);

describe('a ticket export in and out', () => {
  it('re-imports to the same tickets', async () => {
    const data = distinct(
      generateTicketExport({ seed: 3, hotlineTickets: 60, urbanCases: 60, units: UNIT_NAMES }),
    );
    const read = okValue(await importTickets(await exportTickets(data)));
    expect(read).toEqual(data);
  });

  // Writing and twice reading a workbook of 2,000 tickets and their history: seconds alone, a minute or more on a
  // loaded two-core machine.
  it('reads 1,000 tickets and 1,000 cases into the ledger, and a second import adds nothing', {
    timeout: 300_000,
  }, async () => {
    const data = distinct(
      generateTicketExport({ seed: 5, hotlineTickets: 1000, urbanCases: 1000, units: UNIT_NAMES }),
    );
    const bytes = await exportTickets(data);
    const options = { ...context(), calendar };
    const first = okValue(await importTicketLedger(bytes, options));
    expect(first.hotline.problems.length + first.hotline.skipped.length).toBe(1000);
    expect(first.urbanCases.problems.length + first.urbanCases.skipped.length).toBe(1000);
    expect(first.hotline.problems[0]!.rectification.leadUnitId).toMatch(/^u-/);
    const held = new Map<string, string[]>();
    const apply = (ledgers: TicketLedgers) =>
      [ledgers.hotline, ledgers.urbanCases].map((ledger: TicketLedger) => {
        const plan = planTicketImport(ledger, (id) => held.get(id));
        for (const p of plan.create)
          held.set(
            p.rectification.id,
            p.moves.map((m) => m.key),
          );
        return [plan.create.length, plan.advance.length, plan.unchanged.length];
      });
    expect(apply(first)).toEqual([
      [first.hotline.problems.length, 0, 0],
      [first.urbanCases.problems.length, 0, 0],
    ]);
    const second = okValue(await importTicketLedger(bytes, options));
    expect(apply(second)).toEqual([
      [0, 0, first.hotline.problems.length],
      [0, 0, first.urbanCases.problems.length],
    ]);
  });

  it('brings only the new steps when a later export overlaps an earlier one', async () => {
    const full = distinct(
      generateTicketExport({ seed: 9, hotlineTickets: 30, urbanCases: 0, units: UNIT_NAMES }),
    );
    const earlier = {
      ...full,
      hotlineTickets: full.hotlineTickets.map((t) => ({ ...t, steps: t.steps.slice(0, 2) })),
    };
    const options = { ...context(), calendar };
    const held = new Map<string, string[]>();
    const before = okValue(await importTicketLedger(await exportTickets(earlier), options)).hotline;
    for (const p of planTicketImport(before, () => undefined).create)
      held.set(
        p.rectification.id,
        p.moves.map((m) => m.key),
      );
    const after = okValue(await importTicketLedger(await exportTickets(full), options)).hotline;
    const plan = planTicketImport(after, (id) => held.get(id));
    expect(plan.create).toEqual([]);
    expect(plan.advance.length).toBeGreaterThan(20);
    for (const { moves } of plan.advance) expect(moves.every((m) => m.move !== 'report')).toBe(true);
  });
});

describe('bad rows of a ticket export', () => {
  const hotlineHeader = ['工单编号', '受理时间', '诉求类型', '诉求分类', '诉求内容', '办理时限'];
  const historyHeader = ['编号', '环节', '时间', '单位', '说明'];

  it('are reported at their cells, in both languages', async () => {
    const bytes = await book((wb) => {
      put(wb.addWorksheet('12345工单'), 1, [
        hotlineHeader,
        ['GD1', '2026-03-12 09:15', '投诉', '环境卫生', '垃圾堆放（虚构）', '3个工作日'],
        ['GD2', '昨天', '吐槽', '天气', '噪声（虚构）', '很快'],
        ['GD3', '2026-03-12 10:00', '咨询', '其他', '咨询（虚构）'],
      ]);
      put(wb.addWorksheet('流转记录'), 1, [
        historyHeader,
        ['GD1', '受理', '2026-03-12 09:15'],
        ['GD1', '飞走', '2026-03-12 10:00', '清禾社区'],
        ['GD3', '受理', '2026-03-12 10:00'],
        ['GD3', '核查', '2026-03-12 11:00'],
        ['GD9', '受理', '2026-03-12 10:00'],
      ]);
    });
    const issues = issuesOf(await importTickets(bytes));
    expect(cells(issues)).toEqual([
      ['流转记录!B3', 'invalid_value'],
      ['12345工单!B3', 'invalid_date'],
      ['12345工单!C3', 'invalid_value'],
      ['12345工单!D3', 'unknown_category'],
      ['12345工单!F3', 'invalid_time_limit'],
      ['流转记录!B5', 'invalid_value'],
      ['流转记录!A6', 'unknown_ticket'],
    ]);
    expectBilingual(issues);
    expect(issues[0]!.message['zh-CN']).toContain('"飞走"无法识别');
    expect(issues[5]!.message['zh-CN']).toMatch(
      /^12345 工单没有这个环节；可用：受理、派单（派遣）、.*评价、重办、并单、作废$/,
    );
  });

  it('puts an unknown unit of the history on its cell when read into the ledger', async () => {
    const bytes = await book((wb) => {
      put(wb.addWorksheet('12345工单'), 1, [
        hotlineHeader,
        ['GD1', '2026-03-12 09:15', '投诉', '环境卫生', '垃圾堆放（虚构）'],
      ]);
      put(wb.addWorksheet('流转记录'), 1, [
        historyHeader,
        ['GD1', '受理', '2026-03-12 09:15'],
        ['GD1', '派单', '2026-03-12 10:00', '不存在的社区'],
      ]);
    });
    const issues = issuesOf(await importTicketLedger(bytes, { ...context(), calendar }));
    expect(cells(issues)).toEqual([['流转记录!D3', 'unknown_unit']]);
    expect(issues[0]!.pointer).toBe('/hotlineTickets/0/steps/1/unit');
  });

  it('gives the tickets without a problem as accepted, beside the issues of the others', async () => {
    const bytes = await book((wb) => {
      put(wb.addWorksheet('12345工单'), 1, [
        hotlineHeader,
        ['GD1', '2026-03-12 09:15', '投诉', '环境卫生', '垃圾堆放（虚构）'],
        ['GD2', '昨天', '投诉', '环境卫生', '垃圾堆放（虚构）'],
        ['GD3', '2026-03-12 10:00', '投诉', '环境卫生', '噪声（虚构）'],
      ]);
      put(wb.addWorksheet('流转记录'), 1, [
        historyHeader,
        ['GD1', '受理', '2026-03-12 09:15'],
        ['GD1', '派单', '2026-03-12 10:00', '清禾社区'],
        ['GD3', '受理', '2026-03-12 10:00'],
        ['GD3', '派单', '2026-03-12 11:00', '不存在的社区'],
      ]);
    });
    const result = await importTicketLedger(bytes, { ...context(), calendar });
    expect(result.ok).toBe(false);
    if (result.ok || !('accepted' in result)) throw new Error('expected the accepted tickets');
    expect(cells(result.issues)).toEqual([
      ['12345工单!B3', 'invalid_date'],
      ['流转记录!D5', 'unknown_unit'],
    ]);
    expect(
      result.accepted.hotline.problems.map((p) => [p.rectification.id, p.rectification.leadUnitId]),
    ).toEqual([['hotline:GD1', 'u-c-qinghe']]);
    expect(result.accepted.urbanCases.problems).toEqual([]);
  });

  it('takes the steps of a flat export from its own columns, when there is no history', async () => {
    const bytes = await book((wb) => {
      put(wb.addWorksheet('工单导出'), 1, [
        ['12345 热线工单导出（示例）'],
        [...hotlineHeader, '派单时间', '承办单位', '办结时间', '满意度'],
        [
          'GD1',
          '2026-03-12 09:15',
          '投诉',
          '环境卫生',
          '垃圾堆放（虚构）',
          '3个工作日',
          '2026-03-12 10:00',
          '清禾社区',
          '2026-03-16 15:00',
          '满意',
        ],
        [
          'GD2',
          '2026-03-12 09:30',
          '求助',
          '公共设施',
          '路灯不亮（虚构）',
          '',
          '2026-03-12 10:00',
          '城市管理办公室',
        ],
      ]);
    });
    const ledger = okValue(await importTicketLedger(bytes, { ...context(), calendar })).hotline;
    expect(
      ledger.problems.map((p) => [
        p.rectification.status,
        p.rectification.leadUnitId,
        p.rectification.deadline,
      ]),
    ).toEqual([
      ['closed', 'u-c-qinghe', '2026-03-17'],
      ['assigned', 'u-urban', '2026-03-19'],
    ]);
    expect(ledger.problems[0]!.rectification.satisfaction).toBe('satisfied');
  });

  it('fails plainly on a workbook with no ticket or case sheet', async () => {
    const bytes = await book((wb) => {
      put(wb.addWorksheet('其他'), 1, [
        ['名称', '数量'],
        ['甲', 1],
      ]);
    });
    const issues = issuesOf(await importTickets(bytes));
    expect(issues.map((i) => i.code)).toEqual(['no_table', 'no_table']);
    expectBilingual(issues);
  });
});

describe('the ticket template', () => {
  it('offers the three sheets, and a filled-in one imports', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await exportTemplate('tickets', context())) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['12345工单', '数字城管案件', '流转记录', '选项']);
    wb.getWorksheet('数字城管案件')!.getRow(3).values = [
      'SZCG2026000001',
      '2026-03-02 08:40',
      '部件',
      '公用设施',
      '01',
      '井盖破损',
      '',
      '',
      '人行道井盖破损（虚构）',
    ];
    const read = okValue(await importTickets(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)));
    expect(read.urbanCases).toEqual([
      {
        caseNumber: 'SZCG2026000001',
        reportedAt: '2026-03-02T08:40:00+08:00',
        kind: 'component',
        mainType: { name: '公用设施', code: '01' },
        subType: { name: '井盖破损' },
        description: '人行道井盖破损（虚构）',
        steps: [{ state: 'collected', at: '2026-03-02T08:40:00+08:00' }],
      },
    ]);
  });
});
