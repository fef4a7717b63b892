import { type HotlineTicket, RectificationSchema, TICKET_STATES, type UrbanCase } from '@chuangwen/model';
import { describe, expect, it } from 'vitest';
import {
  applyMoves,
  GBT_30428_CATEGORIES,
  LEDGER_MOVES,
  ledgerFromHotlineTickets,
  ledgerFromUrbanCases,
  planTicketImport,
  problemIdOf,
  TICKET_STATE_MOVES,
  type TicketLedger,
} from '../src/index.js';
import { calendarOf, OFFICE_HOURS } from './calendars.js';

// Fictional units, tickets and places throughout.
const units = [
  { id: 'st', name: '示例街道办事处', aliases: ['示例街道'] },
  { id: 'c1', name: '示例社区居委会', aliases: ['示例社区'] },
  { id: 'c2', name: '样板社区居委会', aliases: [] },
  { id: 'dpt', name: '示例市政养护所', aliases: [] },
];
const calendar = calendarOf([2025, 2026, 2027], { officeHours: OFFICE_HOURS });

const complaint = (): HotlineTicket => ({
  ticketNumber: 'GD2026031200123',
  receivedAt: '2026-03-12T09:15:00+08:00',
  requestType: 'complaint',
  category: 'sanitation',
  content: '示例小区北门垃圾堆放多日无人清运',
  address: '示例路 1 号',
  grid: '990000001001001',
  steps: [
    { state: 'accepted', at: '2026-03-12T09:15:00+08:00' },
    { state: 'dispatched', at: '2026-03-12T10:00:00+08:00', unit: '示例街道' },
    { state: 'sentBack', at: '2026-03-12T15:00:00+08:00', unit: '示例街道', reason: '属社区物业管理范围' },
    { state: 'redispatched', at: '2026-03-13T09:00:00+08:00', unit: '示例社区居委会' },
    { state: 'handling', at: '2026-03-13T10:00:00+08:00', unit: '示例社区' },
    { state: 'extended', at: '2026-03-27T09:00:00+08:00', by: { workingDays: 5 }, approvedBy: '区热线办' },
    { state: 'supervised', at: '2026-04-03T09:00:00+08:00' },
    { state: 'replied', at: '2026-04-07T16:00:00+08:00', unit: '示例社区' },
    { state: 'completed', at: '2026-04-08T10:00:00+08:00' },
    { state: 'followedUp', at: '2026-04-09T10:00:00+08:00', satisfaction: 'dissatisfied' },
    { state: 'redone', at: '2026-04-09T11:00:00+08:00', reason: '回访不满意' },
  ],
});

function ok<T>(
  result: { ok: true; value: T } | { ok: false; issues: { pointer: string; code: string }[] },
): T {
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 5)));
  return result.value;
}

describe('hotline tickets into the ledger', () => {
  it('maps each step to its move and keeps the record as it stands', () => {
    const ledger = ok(ledgerFromHotlineTickets([complaint()], { units, calendar }));
    const [problem] = ledger.problems;
    expect(problem!.moves.map((m) => m.move)).toEqual([
      'report',
      'assign',
      'sendBack',
      'reassign',
      'start',
      'extend',
      'urge',
      'submit',
      'close',
      'followUp',
      'reopen',
    ]);
    // 13 working days (the sample complaint limit) from the re-dispatch on 13 March, then 5 more approved.
    expect(problem!.moves[3]!.timeLimit).toMatchObject({ rule: { workingDays: 13 }, dueDate: '2026-04-01' });
    expect(problem!.moves[5]!).toMatchObject({
      approvedBy: '区热线办',
      timeLimit: { rule: { workingDays: 18 }, dueDate: '2026-04-09' },
    });
    expect(problem!.moves[2]).toMatchObject({ unitId: 'st', reason: '属社区物业管理范围' });
    const r = problem!.rectification;
    expect(RectificationSchema.safeParse(r).success).toBe(true);
    expect(r).toMatchObject({
      id: 'hotline:GD2026031200123',
      channel: 'hotline',
      externalNumber: 'GD2026031200123',
      category: { table: 'sample-hotline-2026', code: 'sanitation' },
      area: 'sanitation',
      grid: '990000001001001',
      leadUnitId: 'c1',
      deadline: '2026-04-09',
      status: 'reopened',
      repeatCount: 1,
      satisfaction: 'dissatisfied',
      scope: { kind: 'jurisdiction' },
    });
    expect(r.closedAt).toBeUndefined();
    expect(r.description).toBe('示例小区北门垃圾堆放多日无人清运（地址：示例路 1 号）');
  });

  it('gives the same id to the same ticket, whatever its number is made of', () => {
    expect(problemIdOf('hotline', 'GD2026031200123')).toBe('hotline:GD2026031200123');
    expect(problemIdOf('urbanManagement', 'SZCG-2026-45')).toBe('urban:SZCG-2026-45');
    const odd = problemIdOf('hotline', '热线 2026 第 12 号');
    expect(odd).toMatch(/^hotline:h[0-9a-f]{40}$/);
    expect(problemIdOf('hotline', '热线 2026 第 12 号')).toBe(odd);
  });

  it('recognises the same ticket given twice, keeping the copy with the longer history', () => {
    const early = { ...complaint(), steps: complaint().steps.slice(0, 4) };
    const ledger = ok(ledgerFromHotlineTickets([early, complaint(), complaint()], { units, calendar }));
    expect(ledger.problems).toHaveLength(1);
    expect(ledger.repeated).toBe(2);
    expect(ledger.problems[0]!.rectification.status).toBe('reopened');
    const changed = { ...complaint(), content: '另一件事' };
    const result = ledgerFromHotlineTickets([complaint(), changed], { units, calendar });
    expect(result.ok ? [] : result.issues.map((i) => [i.pointer, i.code])).toEqual([
      ['/1', 'conflicting_ticket'],
    ]);
  });

  it('closes a merged duplicate with a pointer, and leaves a cancelled ticket out', () => {
    const duplicate: HotlineTicket = {
      ...complaint(),
      ticketNumber: 'GD2026031200150',
      receivedAt: '2026-03-12T11:00:00+08:00',
      steps: [
        { state: 'accepted', at: '2026-03-12T11:00:00+08:00' },
        { state: 'merged', at: '2026-03-12T11:30:00+08:00', into: 'GD2026031200123' },
      ],
    };
    const cancelled: HotlineTicket = {
      ...complaint(),
      ticketNumber: 'GD2026031200151',
      steps: [
        { state: 'accepted', at: '2026-03-12T09:15:00+08:00' },
        { state: 'cancelled', at: '2026-03-12T09:20:00+08:00', reason: '重复来电' },
      ],
    };
    const ledger = ok(ledgerFromHotlineTickets([complaint(), duplicate, cancelled], { units, calendar }));
    expect(ledger.problems[1]!.rectification).toMatchObject({
      status: 'closed',
      closedAt: '2026-03-12T11:30:00+08:00',
      mergedInto: 'hotline:GD2026031200123',
    });
    expect(ledger.skipped).toEqual([
      {
        index: 2,
        externalNumber: 'GD2026031200151',
        reason: expect.objectContaining({ 'zh-CN': '工单已作废，不计入台账' }),
      },
    ]);
  });

  it('keeps a deadline that reaches into the unpublished year unresolved, and says why', () => {
    const late: HotlineTicket = {
      ...complaint(),
      ticketNumber: 'GD2026122800001',
      receivedAt: '2026-12-28T09:00:00+08:00',
      steps: [
        { state: 'accepted', at: '2026-12-28T09:00:00+08:00' },
        { state: 'dispatched', at: '2026-12-28T10:00:00+08:00', unit: '示例社区' },
      ],
    };
    const [problem] = ok(ledgerFromHotlineTickets([late], { units, calendar })).problems;
    expect(problem!.rectification.timeLimit).toEqual({
      rule: { workingDays: 13 },
      from: '2026-12-28T10:00:00+08:00',
    });
    expect(problem!.rectification.deadline).toBeUndefined();
    expect(problem!.unknownDeadline).toMatchObject({ reason: 'notPublished', year: 2027 });
    // Without a calendar, a working-day limit keeps its rule and start.
    const bare = ok(ledgerFromHotlineTickets([late], { units })).problems[0]!;
    expect(bare.rectification.timeLimit).toEqual({
      rule: { workingDays: 13 },
      from: '2026-12-28T10:00:00+08:00',
    });
  });

  it('locates unknown units, unknown categories and bad tickets in both languages', () => {
    const wrong = complaint() as any;
    wrong.steps[3].unit = '不存在的单位';
    wrong.category = 'weather';
    const broken = { ...complaint(), ticketNumber: 'X2', receivedAt: 'yesterday' };
    const result = ledgerFromHotlineTickets([wrong, broken], { units, calendar });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.pointer, i.code])).toEqual([
      ['/1/receivedAt', 'invalid_format'],
      ['/0/steps/3/unit', 'unknown_unit'],
      ['/0/category', 'unknown_category'],
    ]);
    expect(result.issues[1]!.message['zh-CN']).toContain('"不存在的单位"不在单位名单中');
    expect(ledgerFromHotlineTickets('tickets', { units }).ok).toBe(false);
  });
});

describe('数字城管 cases into the ledger', () => {
  const manhole = (): UrbanCase => ({
    caseNumber: 'SZCG-2026-000045',
    reportedAt: '2026-03-02T08:40:00+08:00',
    kind: 'component',
    mainType: { name: '公用设施类', code: '01' },
    subType: { name: '井盖' },
    description: '人行道井盖破损',
    grid: '990000001001002',
    timeLimit: { workingHours: 8 },
    steps: [
      { state: 'collected', at: '2026-03-02T08:40:00+08:00' },
      { state: 'filed', at: '2026-03-02T09:00:00+08:00' },
      { state: 'dispatched', at: '2026-03-02T09:10:00+08:00', unit: '示例市政养护所' },
      { state: 'replied', at: '2026-03-02T15:00:00+08:00' },
      { state: 'verified', at: '2026-03-02T16:00:00+08:00', passed: false },
      { state: 'replied', at: '2026-03-03T11:00:00+08:00' },
      { state: 'verified', at: '2026-03-03T14:00:00+08:00', passed: true },
      { state: 'completed', at: '2026-03-03T14:10:00+08:00' },
    ],
  });

  it('reads the class by its name, returns a fix that fails 核查, and closes at 结案', () => {
    const [problem] = ok(ledgerFromUrbanCases([manhole()], { units, calendar })).problems;
    expect(problem!.moves.map((m) => m.move)).toEqual([
      'report',
      'assign',
      'submit',
      'return',
      'submit',
      'close',
    ]);
    expect(problem!.rectification).toMatchObject({
      id: 'urban:SZCG-2026-000045',
      channel: 'urbanManagement',
      category: { table: 'gbt-30428.2-2013', code: 'component.publicFacilities' },
      area: 'townscape',
      status: 'closed',
      closedAt: '2026-03-03T14:10:00+08:00',
      returnedCount: 1,
      leadUnitId: 'dpt',
      // 8 working hours from 09:10 on Monday 2 March: 6h20m that day, 1h40m on Tuesday from 08:30.
      timeLimit: { dueAt: '2026-03-03T10:10:00+08:00', dueDate: '2026-03-03' },
      description: '井盖：人行道井盖破损',
    });
  });

  it('parks a case, extends one to a new day, and leaves a case never filed out', () => {
    const parked: UrbanCase = {
      ...manhole(),
      caseNumber: 'SZCG-2026-000046',
      kind: 'event',
      mainType: { name: '街面秩序' },
      steps: [
        { state: 'filed', at: '2026-03-02T09:00:00+08:00' },
        {
          state: 'dispatched',
          at: '2026-03-02T09:10:00+08:00',
          unit: '示例街道办事处',
          timeLimit: { workingDays: 3 },
        },
        { state: 'extended', at: '2026-03-04T09:00:00+08:00', until: '2026-03-20' },
        { state: 'parked', at: '2026-03-18T09:00:00+08:00', reason: '涉及历史遗留产权问题' },
      ],
    };
    const collected: UrbanCase = {
      ...manhole(),
      caseNumber: 'SZCG-2026-000047',
      steps: [manhole().steps[0]!],
    };
    const ledger = ok(ledgerFromUrbanCases([parked, collected], { units, calendar }));
    expect(ledger.problems[0]!.rectification).toMatchObject({
      category: { code: 'event.streetOrder' },
      status: 'assigned',
      parkedAt: '2026-03-18T09:00:00+08:00',
      deadline: '2026-03-20',
      timeLimit: { rule: { calendarDays: 18 }, dueDate: '2026-03-20' },
    });
    expect(ledger.skipped.map((s) => s.externalNumber)).toEqual(['SZCG-2026-000047']);
  });

  it('refuses a class not in the table, at the class', () => {
    const odd = { ...manhole(), mainType: { name: '天气' } };
    const result = ledgerFromUrbanCases([odd], { units, calendar, categories: GBT_30428_CATEGORIES });
    expect(result.ok ? [] : result.issues.map((i) => [i.pointer, i.code])).toEqual([
      ['/0/mainType/name', 'unknown_category'],
    ]);
  });
});

describe('importing again', () => {
  it('recognises what is already in the ledger and brings only new moves', () => {
    const first = ok(
      ledgerFromHotlineTickets([{ ...complaint(), steps: complaint().steps.slice(0, 5) }], {
        units,
        calendar,
      }),
    );
    const held = new Map<string, string[]>();
    const applyPlan = (ledger: TicketLedger) => {
      const plan = planTicketImport(ledger, (id) => held.get(id));
      for (const p of plan.create)
        held.set(
          p.rectification.id,
          p.moves.map((m) => m.key),
        );
      for (const { problem, moves } of plan.advance)
        held.set(problem.rectification.id, [
          ...(held.get(problem.rectification.id) ?? []),
          ...moves.map((m) => m.key),
        ]);
      return plan;
    };
    expect(applyPlan(first).create).toHaveLength(1);
    const again = applyPlan(first);
    expect(again).toEqual({ create: [], advance: [], unchanged: ['hotline:GD2026031200123'] });
    const later = ok(ledgerFromHotlineTickets([complaint()], { units, calendar }));
    const plan = applyPlan(later);
    expect(plan.advance[0]!.moves.map((m) => m.move)).toEqual([
      'extend',
      'urge',
      'submit',
      'close',
      'followUp',
      'reopen',
    ]);
    // The moves brought, applied to the record as it stood, give the record as it stands now.
    const before = first.problems[0]!.rectification;
    expect(applyMoves(before, plan.advance[0]!.moves)).toEqual(later.problems[0]!.rectification);
  });

  it('documents a move for every step and a label for every move', () => {
    expect(Object.keys(TICKET_STATE_MOVES).sort()).toEqual([...TICKET_STATES].sort());
    for (const move of Object.values(TICKET_STATE_MOVES))
      if (move !== null) expect(LEDGER_MOVES).toContain(move);
  });
});
