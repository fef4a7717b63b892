import { holidayCnYear } from '@chuangwen/fixtures/holiday-cn';
import { validateHolidayCnLayer, type WorkingCalendar } from '@chuangwen/model';
import { overdueCount, problemIdOf } from '@chuangwen/rules';
import { describe, expect, it } from 'vitest';
import { type Actor, type CampaignEvent, isOverdue, MemoryRecord } from '../src/index.js';
import { LEADER, OFFICE, STAFF, STAFF2, SUPERVISOR } from './helpers.js';
import { CONFIG, INPUT, KEY } from './scenario.js';

const layer = validateHolidayCnLayer([holidayCnYear(2025), holidayCnYear(2026), holidayCnYear(2027)]);
if (!layer.ok) throw new Error('the holiday data does not read');
const CALENDAR: WorkingCalendar = { layers: [layer.value] };

const open = () =>
  new MemoryRecord(INPUT, OFFICE, { configuration: { ...CONFIG, calendar: CALENDAR }, key: KEY });

let minute = 0;
const next = () => new Date(Date.parse('2026-04-01T09:00:00+08:00') + ++minute * 60_000).toISOString();
const send = (record: MemoryRecord, type: string, actor: Actor, payload: object, at = next()) =>
  record.dispatch({ type, at, actor, ...payload } as CampaignEvent);
const rid = (id = 'r1') => ({ rectificationId: id });

/** The photo a unit files to show the problem fixed. */
const AFTER = {
  id: 'd-after',
  title: '整改后照片',
  category: 'photo',
  standardRefs: [],
  unitId: 'u1',
  date: '2026-04-02',
  sha256: 'b'.repeat(64),
  uri: 's3://archive/d-after',
};

/** A problem reported at the market and handed to u1 with 5 working days, started by its staff. */
function inHand(record = open(), id = 'r1') {
  send(record, 'rectification.reported', SUPERVISOR, {
    ...rid(id),
    standardRef: '06.01.01',
    scope: { kind: 'site', siteId: 's1' },
    description: '占道经营（示例）',
  });
  send(record, 'rectification.assigned', OFFICE, {
    ...rid(id),
    leadUnitId: 'u1',
    timeLimit: { workingDays: 5 },
  });
  send(record, 'rectification.started', STAFF, rid(id));
  return record;
}

describe('a problem from outside', () => {
  const ticket = {
    rectificationId: problemIdOf('hotline', 'GD2026040100017'),
    area: 'market',
    scope: { kind: 'site', siteId: 's1' },
    description: '市民来电反映市场门口夜间占道经营（示例）',
    channel: 'hotline',
    externalNumber: 'GD2026040100017',
    category: { table: 'sample-hotline-2026', code: 'market' },
    grid: '示例网格 03',
  };

  it('carries its channel, number, category and grid, under the id a second import finds', () => {
    const record = open();
    expect(send(record, 'rectification.reported', OFFICE, ticket).accepted).toBe(true);
    expect(record.rectification('hotline:GD2026040100017')).toMatchObject({
      status: 'reported',
      channel: 'hotline',
      externalNumber: 'GD2026040100017',
      category: { table: 'sample-hotline-2026', code: 'market' },
      grid: '示例网格 03',
    });
    // The same ticket again is recognised, never a second problem.
    const again = send(record, 'rectification.reported', OFFICE, ticket);
    expect(again.rejection).toMatchObject({
      code: 'not_allowed_now',
      reason: { 'zh-CN': expect.stringContaining('已存在') },
    });
    expect(record.allRectifications()).toHaveLength(1);
  });

  it('refuses a ticket under another id, and a number without its channel', () => {
    const record = open();
    const other = send(record, 'rectification.reported', OFFICE, { ...ticket, rectificationId: 'r-17' });
    expect(other.rejection).toMatchObject({
      code: 'invalid',
      issues: [
        {
          pointer: '/rectificationId',
          code: 'external_id',
          message: { 'zh-CN': expect.stringContaining('hotline:GD2026040100017') },
        },
      ],
    });
    const { channel: _c, ...bare } = ticket;
    expect(send(record, 'rectification.reported', OFFICE, bare).rejection?.issues?.[0]).toMatchObject({
      pointer: '/channel',
      message: { en: expect.stringContaining('channel') },
    });
    // A notice's document number is shared by its problems: any id will do.
    const notice = {
      ...ticket,
      rectificationId: 'r-n1',
      channel: 'notice',
      externalNumber: '示例督办〔2026〕3号',
    };
    expect(send(record, 'rectification.reported', OFFICE, notice).accepted).toBe(true);
  });
});

describe('sent back as not ours, and re-dispatched (退单, 改派)', () => {
  it('lets only the unit that answers for it send it back, and the office re-dispatch it', () => {
    const record = inHand();
    expect(
      send(record, 'rectification.sentBack', STAFF2, { ...rid(), reason: '不属本单位' }).rejection?.code,
    ).toBe('unauthorized');
    expect(
      send(record, 'rectification.sentBack', OFFICE, { ...rid(), reason: '不属本单位' }).rejection?.code,
    ).toBe('unauthorized');
    expect(
      send(record, 'rectification.sentBack', STAFF, { ...rid(), reason: '属市场监管所职责' }).accepted,
    ).toBe(true);
    expect(record.rectification('r1')).toMatchObject({ status: 'reported' });
    expect(record.rectification('r1')!.leadUnitId).toBeUndefined();
    const again = send(record, 'rectification.reassigned', OFFICE, {
      ...rid(),
      leadUnitId: 'u2',
      timeLimit: { workingDays: 3 },
      reason: '改由市场监管所办理',
    });
    expect(again.accepted).toBe(true);
    expect(again.effects[0]).toMatchObject({
      type: 'scheduleDeadlineReminder',
      params: { leadUnitId: 'u2' },
    });
    expect(record.rectification('r1')).toMatchObject({
      status: 'assigned',
      leadUnitId: 'u2',
      timeLimit: { rule: { workingDays: 3 } },
    });
    expect(
      send(record, 'rectification.reassigned', STAFF2, {
        ...rid(),
        leadUnitId: 'u1',
        deadline: '2026-05-01',
        reason: 'x',
      }).rejection?.code,
    ).toBe('unauthorized');
  });
});

describe('an extension (延期), approved by the role the policy names', () => {
  it('moves the deadline in the limit’s own unit and keeps the original and its approver', () => {
    const record = inHand();
    const before = record.rectification('r1')!.deadline!;
    expect(
      send(record, 'rectification.extended', STAFF, { ...rid(), by: { workingDays: 3 }, reason: '申请延期' })
        .rejection?.code,
    ).toBe('unauthorized');
    const approved = send(record, 'rectification.extended', OFFICE, {
      ...rid(),
      by: { workingDays: 3 },
      reason: '需协调商户搬迁',
    });
    expect(approved.accepted).toBe(true);
    expect(record.rectification('r1')).toMatchObject({
      originalDeadline: before,
      extensionApprovedBy: 'p-office',
      timeLimit: { rule: { workingDays: 8 } },
    });
    expect(approved.append.entry.timeLimit?.rule).toEqual({ workingDays: 8 });
    expect(approved.effects[0]).toMatchObject({
      type: 'scheduleDeadlineReminder',
      params: { deadline: record.rectification('r1')!.deadline },
    });
    // Another extension keeps the first deadline as the original.
    send(record, 'rectification.extended', OFFICE, { ...rid(), until: '2026-05-29', reason: '再次延期' });
    expect(record.rectification('r1')).toMatchObject({ deadline: '2026-05-29', originalDeadline: before });
  });

  it('refuses one that gives no more time, one into a year not published, and one with no deadline', () => {
    const record = inHand();
    const shorter = send(record, 'rectification.extended', OFFICE, {
      ...rid(),
      until: '2026-04-02',
      reason: '提前',
    });
    expect(shorter.rejection?.issues?.[0]).toMatchObject({ pointer: '/until', code: 'not_an_extension' });
    const far = send(record, 'rectification.extended', OFFICE, {
      ...rid(),
      by: { workingDays: 200 },
      reason: '长期',
    });
    expect(far.rejection?.issues?.[0]).toMatchObject({
      pointer: '/by',
      code: 'deadline_unknown',
      message: { en: expect.stringContaining('2027') },
    });
    const bare = open();
    send(bare, 'rectification.reported', SUPERVISOR, {
      ...rid(),
      area: 'market',
      scope: { kind: 'site', siteId: 's1' },
      description: '示例',
    });
    const none = send(bare, 'rectification.extended', OFFICE, {
      ...rid(),
      by: { workingDays: 3 },
      reason: '延期',
    });
    expect(none.rejection?.code).toBe('not_allowed_now');
  });

  it('is approved only by the roles the campaign’s policy names', () => {
    const record = inHand();
    send(record, 'settings.changed', LEADER, {
      settings: {
        clockSkewMinutes: 7 * 24 * 60,
        rolePolicy: { roles: { 'rectification.extended': ['leadingGroup'] } },
      },
      reason: '延期一律由领导小组审批',
    });
    expect(
      send(record, 'rectification.extended', OFFICE, { ...rid(), by: { workingDays: 1 }, reason: '延期' })
        .rejection,
    ).toMatchObject({
      code: 'unauthorized',
      reason: { 'zh-CN': expect.stringContaining('领导小组') },
    });
    expect(
      send(record, 'rectification.extended', LEADER, { ...rid(), by: { workingDays: 1 }, reason: '延期' })
        .accepted,
    ).toBe(true);
    expect(record.rectification('r1')!.extensionApprovedBy).toBe('p-leader');
  });
});

describe('parked (挂账), distinct from escalation, and resumed', () => {
  it('stops the clock: not overdue, not counted overdue, and no work until it resumes', () => {
    const record = inHand();
    const due = record.rectification('r1')!.deadline!;
    const late = `${due.slice(0, 8)}${String(Number(due.slice(8)) + 1).padStart(2, '0')}T12:00:00+08:00`;
    expect(isOverdue(record.rectification('r1')!, late)).toBe(true);
    expect(overdueCount(record.campaign.snapshot.context.facts.ledger, late)).toBe(1);
    expect(
      send(record, 'rectification.parked', OFFICE, { ...rid(), reason: '需纳入明年改造计划' }).accepted,
    ).toBe(true);
    const parked = record.rectification('r1')!;
    expect(parked).toMatchObject({ status: 'rectifying', parkedAt: expect.any(String) });
    expect(parked.escalatedTo).toBeUndefined();
    expect(isOverdue(parked, late)).toBe(false);
    expect(overdueCount(record.campaign.snapshot.context.facts.ledger, late)).toBe(0);
    send(record, 'document.filed', STAFF, { document: AFTER });
    const work = send(record, 'rectification.submitted', STAFF, { ...rid(), evidence: ['d-after'] });
    expect(work.rejection).toMatchObject({
      code: 'not_allowed_now',
      reason: { en: expect.stringContaining('parked') },
    });
    const extend = send(record, 'rectification.extended', OFFICE, {
      ...rid(),
      by: { workingDays: 1 },
      reason: '延期',
    });
    expect(extend.rejection).toMatchObject({
      code: 'not_allowed_now',
      reason: { 'zh-CN': expect.stringContaining('已挂账，先恢复办理') },
    });
    expect(
      send(record, 'rectification.parked', OFFICE, { ...rid(), reason: '再挂' }).rejection?.reason['zh-CN'],
    ).toContain('已挂账');
    expect(send(record, 'rectification.resumed', STAFF, rid()).rejection?.code).toBe('unauthorized');
    expect(send(record, 'rectification.resumed', OFFICE, { ...rid(), reason: '资金已落实' }).accepted).toBe(
      true,
    );
    expect(record.rectification('r1')!.parkedAt).toBeUndefined();
    expect(overdueCount(record.campaign.snapshot.context.facts.ledger, late)).toBe(1);
    expect(send(record, 'rectification.resumed', OFFICE, rid()).rejection?.reason.en).toContain('not parked');
    expect(record.verify().problems).toEqual([]);
  });
});

describe('merged duplicates (并单) and follow-up (回访)', () => {
  it('closes a duplicate with a pointer to a problem that exists and goes on', () => {
    const record = inHand(inHand(open(), 'r1'), 'r2');
    const self = send(record, 'rectification.merged', OFFICE, { ...rid('r2'), into: 'r2' });
    expect(self.rejection?.issues?.[0]).toMatchObject({ pointer: '/into', code: 'merge_into_itself' });
    expect(
      send(record, 'rectification.merged', OFFICE, { ...rid('r2'), into: 'r9' }).rejection?.issues?.[0]?.code,
    ).toBe('unknown_reference');
    expect(send(record, 'rectification.merged', STAFF, { ...rid('r2'), into: 'r1' }).rejection?.code).toBe(
      'unauthorized',
    );
    expect(
      send(record, 'rectification.merged', OFFICE, { ...rid('r2'), into: 'r1', reason: '同一摊点重复投诉' })
        .accepted,
    ).toBe(true);
    expect(record.rectification('r2')).toMatchObject({
      status: 'closed',
      mergedInto: 'r1',
      closedAt: expect.any(String),
    });
    expect(record.rectification('r1')!.status).toBe('rectifying');
    inHand(record, 'r3');
    expect(
      send(record, 'rectification.merged', OFFICE, { ...rid('r3'), into: 'r2' }).rejection?.issues?.[0],
    ).toMatchObject({
      code: 'merged_away',
      message: { 'zh-CN': expect.stringContaining('请并入 r1') },
    });
    expect(
      send(record, 'rectification.relapsed', SUPERVISOR, rid('r2')).rejection?.reason['zh-CN'],
    ).toContain('已并入 r1');
    expect(record.verify().problems).toEqual([]);
  });

  it('records the reporter’s satisfaction on a closed problem, by the office', () => {
    const record = inHand();
    expect(
      send(record, 'rectification.followedUp', OFFICE, { ...rid(), satisfaction: 'satisfied' }).rejection
        ?.code,
    ).toBe('not_allowed_now');
    send(record, 'document.filed', STAFF, { document: AFTER });
    send(record, 'rectification.submitted', STAFF, { ...rid(), evidence: ['d-after'] });
    send(record, 'rectification.closed', SUPERVISOR, rid());
    expect(
      send(record, 'rectification.followedUp', STAFF, { ...rid(), satisfaction: 'satisfied' }).rejection
        ?.code,
    ).toBe('unauthorized');
    const followed = send(record, 'rectification.followedUp', OFFICE, {
      ...rid(),
      satisfaction: 'dissatisfied',
      note: '反映人称夜间仍有摆摊',
    });
    expect(followed.accepted).toBe(true);
    expect(record.rectification('r1')).toMatchObject({ status: 'closed', satisfaction: 'dissatisfied' });
    // Dissatisfied: the office reopens it (重办) as a relapse.
    expect(send(record, 'rectification.relapsed', OFFICE, rid()).accepted).toBe(true);
    expect(record.rectification('r1')).toMatchObject({ status: 'reopened', repeatCount: 1 });
    expect(record.verify().problems).toEqual([]);
  });
});
