import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateTicketExport, type TicketExport } from '@chuangwen/fixtures';
import { HOLIDAY_CN_YEARS, holidayCnYear } from '@chuangwen/fixtures/holiday-cn';
import { exportTickets } from '@chuangwen/sheets';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';

// An office's ticket export (1,000 12345 tickets and 1,000 数字城管 cases, generated with realistic categories,
// repeats, merged duplicates and histories; people and places fictional) imported through the command into the sample
// street's campaign, with the working-day calendar from the holiday-cn files: bad rows refused at their cells, the
// rest merged, and the same export imported again adds nothing. The command runs as users run it, the built bin in a
// process of its own.

const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8'));
const bin = resolve(import.meta.dirname, '..', pkg.bin.chuangwen);
const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

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

function command(dir: string, lang: string) {
  return (...args: string[]) => {
    const result = spawnSync(process.execPath, [bin, ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return {
      code: result.status,
      out: result.stdout,
      err: result.stderr,
      all: result.stdout + result.stderr,
    };
  };
}

/** The export with two bad rows put in: a ticket received "昨天", and a history row naming a unit nobody has. */
async function exportWithBadRows(data: TicketExport): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await exportTickets(data)) as never);
  const tickets = wb.getWorksheet('12345工单')!;
  const history = wb.getWorksheet('流转记录')!;
  tickets.addRow(['GD-BAD-1', '昨天', '投诉', '环境卫生', '示例：垃圾堆放（虚构）']);
  tickets.addRow(['GD-BAD-2', '2026-03-20 09:00', '投诉', '环境卫生', '示例：垃圾堆放（虚构）']);
  history.addRow(['GD-BAD-2', '受理', '2026-03-20 09:00']);
  history.addRow(['GD-BAD-2', '派单', '2026-03-20 10:00', '不存在的社区']);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('a ticket export into the ledger with the command', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chuangwen-tickets-'));
  folders.push(dir);
  mkdirSync(join(dir, 'holiday-cn'));
  for (const year of HOLIDAY_CN_YEARS)
    writeFileSync(join(dir, 'holiday-cn', `${year}.json`), JSON.stringify(holidayCnYear(year)));
  const data = distinct(
    generateTicketExport({ seed: 23, hotlineTickets: 1000, urbanCases: 1000, units: UNIT_NAMES }),
  );
  writeFileSync(join(dir, '工单导出.xlsx'), await exportWithBadRows(data));
  const chuangwen = command(dir, 'zh_CN.UTF-8');
  const campaign = () => JSON.parse(readFileSync(join(dir, 'campaign.json'), 'utf8'));

  // Writing and reading a workbook of 2,000 tickets and their history takes seconds alone, a minute on a loaded machine.
  it('merges the good tickets with deadlines in working days, and refuses the bad rows at their cells', {
    timeout: 300_000,
  }, () => {
    expect(chuangwen('init', 'campaign.json', '--sample').code).toBe(0);
    const first = chuangwen(
      'import',
      'tickets',
      '工单导出.xlsx',
      '--into',
      'campaign.json',
      '--calendar',
      'holiday-cn',
    );
    expect(first.code, first.err.slice(0, 2000)).toBe(1);
    expect(first.err).toContain('2 个问题：');
    expect(first.err).toMatch(/12345工单!B\d+：/);
    expect(first.err).toMatch(/流转记录!D\d+：单位"不存在的社区"不在单位名单中/);
    expect(first.out).toMatch(
      /^已合并到 campaign\.json：12345 工单 \d+ 件、数字城管案件 \d+ 件，问题台账新增 \d+ 条、更新 0 条、未变 0 条；/,
    );
    expect(first.out).toContain('另有 2 行有问题，未合并');
    const held = campaign();
    const ledger = held.rectifications as {
      id: string;
      channel: string;
      externalNumber: string;
      status: string;
      timeLimit?: { rule: Record<string, number>; dueDate?: string; calendarFingerprint?: string };
    }[];
    const hotline = ledger.filter((r) => r.channel === 'hotline');
    const urban = ledger.filter((r) => r.channel === 'urbanManagement');
    // Every ticket not cancelled or never filed is one problem, under the id its channel and number give.
    expect(hotline.length).toBeGreaterThan(900);
    expect(urban.length).toBeGreaterThan(900);
    expect(hotline.every((r) => r.id === `hotline:${r.externalNumber}`)).toBe(true);
    expect(ledger.some((r) => r.externalNumber === 'GD-BAD-2')).toBe(false);
    // Deadlines in working days were counted on the calendar and keep their fingerprint; the calendar is kept.
    const counted = ledger.filter(
      (r) => r.timeLimit && 'workingDays' in r.timeLimit.rule && r.timeLimit.dueDate,
    );
    expect(counted.length).toBeGreaterThan(500);
    expect(counted.every((r) => /^[0-9a-f]{64}$/.test(r.timeLimit!.calendarFingerprint!))).toBe(true);
    expect(held.calendar.layers[0].level).toBe('national');
    expect(chuangwen('validate', 'campaign.json').code).toBe(0);
  });

  it('adds nothing when the same export is imported again', { timeout: 300_000 }, () => {
    const before = readFileSync(join(dir, 'campaign.json'), 'utf8');
    const count = campaign().rectifications.length;
    const again = chuangwen('import', 'tickets', '工单导出.xlsx', '--into', 'campaign.json', '--json');
    expect(again.code).toBe(1);
    const outcome = JSON.parse(again.out);
    expect([outcome.added.length, outcome.changed.length, outcome.unchanged.length]).toEqual([0, 0, count]);
    expect(outcome.issues).toHaveLength(2);
    expect(readFileSync(join(dir, 'campaign.json'), 'utf8')).toBe(before);
  });

  it('reports the overdue problems in their deadlines’ own units', { timeout: 300_000 }, () => {
    const report = chuangwen('report', 'campaign.json', '-o', 'report.html', '--as-of', '2026-06-30');
    expect(report.code, report.all).toBe(0);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    const section = html.slice(html.indexOf('逾期问题（按各自期限的计算单位）'));
    expect(section).toMatch(/<td>hotline:|<td>GD/);
    expect(section).toMatch(/<td[^>]*>\d+ 个工作日<\/td>/);
    expect(section).toContain('12345 热线');
  });

  it('reads a ticket export on its own, and says in English what it merged', { timeout: 300_000 }, () => {
    const json = chuangwen('import', 'tickets', '工单导出.xlsx', '-o', 'tickets.json');
    expect(json.code).toBe(1);
    const english = command(dir, 'en_US.UTF-8');
    const again = english('import', 'tickets', '工单导出.xlsx', '--into', 'campaign.json', '--strict');
    expect(again.code).toBe(1);
    expect(again.out).toContain('with --strict nothing was merged');
    expect(again.err).toMatch(/流转记录!D\d+: the unit "不存在的社区" is not on the list/);
  });
});
