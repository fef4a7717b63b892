import { generateTicketExport } from '@chuangwen/fixtures';
import { RectificationSchema } from '@chuangwen/model';
import { describe, expect, it } from 'vitest';
import {
  closureReport,
  ledgerFromHotlineTickets,
  ledgerFromUrbanCases,
  planTicketImport,
  type TicketLedger,
} from '../src/index.js';
import { calendarOf, OFFICE_HOURS } from './calendars.js';

// A generated export (fictional) of 1,000 hotline tickets and 1,000 数字城管 cases from March to May 2026.
const units = [
  { id: 'st', name: '示例街道办事处', aliases: [] },
  { id: 'c1', name: '示例社区居委会', aliases: [] },
  { id: 'c2', name: '样板社区居委会', aliases: [] },
  { id: 'dpt', name: '示例市政养护所', aliases: [] },
];
const data = generateTicketExport({
  seed: 11,
  hotlineTickets: 1000,
  urbanCases: 1000,
  units: units.map((u) => u.name),
});
const calendar = calendarOf([2025, 2026, 2027], { officeHours: OFFICE_HOURS });

function ok(result: ReturnType<typeof ledgerFromHotlineTickets>): TicketLedger {
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  return result.value;
}

describe('a generated export of 1,000 tickets and 1,000 cases', () => {
  const hotline = ok(ledgerFromHotlineTickets(data.hotlineTickets, { units, calendar }));
  const urban = ok(ledgerFromUrbanCases(data.urbanCases, { units, calendar }));

  it('reads every distinct ticket once, leaving out the cancelled and the never filed', () => {
    expect(hotline.problems.length + hotline.skipped.length).toBe(1000);
    expect(urban.problems.length + urban.skipped.length).toBe(1000);
    expect(hotline.repeated).toBe(data.hotlineTickets.length - 1000);
    expect(urban.repeated).toBe(data.urbanCases.length - 1000);
    for (const p of [...hotline.problems, ...urban.problems])
      expect(RectificationSchema.safeParse(p.rectification).success, p.rectification.id).toBe(true);
    const ids = new Set([...hotline.problems, ...urban.problems].map((p) => p.rectification.id));
    expect(ids.size).toBe(hotline.problems.length + urban.problems.length);
    const statuses = new Set(hotline.problems.map((p) => p.rectification.status));
    expect([...statuses].sort()).toEqual(['assigned', 'closed', 'rectifying', 'reopened', 'submitted']);
    expect(urban.problems.some((p) => p.rectification.parkedAt !== undefined)).toBe(true);
    expect(hotline.problems.filter((p) => p.rectification.mergedInto !== undefined).length).toBeGreaterThan(
      20,
    );
  });

  it('adds nothing when imported a second time', () => {
    const held = new Map<string, string[]>();
    const record = (ledger: TicketLedger) => {
      const plan = planTicketImport(ledger, (id) => held.get(id));
      for (const p of plan.create)
        held.set(
          p.rectification.id,
          p.moves.map((m) => m.key),
        );
      return plan;
    };
    const first = [record(hotline), record(urban)];
    expect(first.map((p) => p.create.length)).toEqual([hotline.problems.length, urban.problems.length]);
    const again = [
      record(ok(ledgerFromHotlineTickets(data.hotlineTickets, { units, calendar }))),
      record(ok(ledgerFromUrbanCases(data.urbanCases, { units, calendar }))),
    ];
    expect(again.map((p) => [p.create.length, p.advance.length])).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(again[0]!.unchanged.length + again[1]!.unchanged.length).toBe(held.size);
  });

  it('reports 结案率 and 按期结案率 per channel over it', () => {
    const records = [...hotline.problems, ...urban.problems].map((p) => p.rectification);
    const report = closureReport(records, { from: '2026-03-01', to: '2026-05-31', by: 'channel', calendar });
    expect(report.rows.map((r) => r.key)).toEqual(['hotline', 'urbanManagement']);
    for (const row of report.rows) {
      expect(row.due).toBeGreaterThan(500);
      expect(row.closureRate!).toBeGreaterThan(0.5);
      expect(row.closureRate!).toBeLessThanOrEqual(1);
      expect(row.onTimeRate!).toBeLessThanOrEqual(row.closureRate!);
    }
    expect(report.total.due).toBe(report.rows[0]!.due + report.rows[1]!.due);
  });
});
