import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  isOverdue,
  type RectificationEvent,
  rectificationMachine,
  restoreRectification,
} from '../src/index.js';
import { rectificationOf } from '../src/internal.js';
import { coverage } from './coverage.js';
import { at, ev, INSPECTOR, OFFICE, STAFF, STAFF2, SUPERVISOR } from './helpers.js';
import { drive, FIXED_PHOTO, open } from './scenario.js';

const reported = ev('rectification.reported', INSPECTOR, {
  rectificationId: 'r1',
  standardRef: '06.01.01',
  scope: { kind: 'site', siteId: 's1' },
  description: '占道经营',
});
const E = {
  assign: ev('rectification.assigned', OFFICE, {
    rectificationId: 'r1',
    leadUnitId: 'u1',
    deadline: '2026-04-10',
  }),
  start: ev('rectification.started', STAFF, { rectificationId: 'r1' }),
  submit: ev('rectification.submitted', STAFF, { rectificationId: 'r1', evidence: ['d-after'] }),
  closeBySelf: ev('rectification.closed', STAFF, { rectificationId: 'r1' }),
  close: ev('rectification.closed', INSPECTOR, { rectificationId: 'r1' }),
  ret: ev('rectification.returned', INSPECTOR, { rectificationId: 'r1', reason: '照片不清晰' }),
  escalate: ev('rectification.escalated', OFFICE, { rectificationId: 'r1', to: '区城管局' }),
  relapse: ev('rectification.relapsed', INSPECTOR, { rectificationId: 'r1' }),
  sendBack: ev('rectification.sentBack', STAFF, { rectificationId: 'r1', reason: '不属本单位职责' }),
  reassign: ev('rectification.reassigned', OFFICE, {
    rectificationId: 'r1',
    leadUnitId: 'u2',
    deadline: '2026-04-20',
    reason: '改由市场监管所办理',
  }),
  extend: ev('rectification.extended', OFFICE, {
    rectificationId: 'r1',
    until: '2026-04-30',
    reason: '需协调',
  }),
  park: ev('rectification.parked', OFFICE, { rectificationId: 'r1', reason: '暂时无法解决' }),
  resume: ev('rectification.resumed', OFFICE, { rectificationId: 'r1' }),
  merge: ev('rectification.merged', OFFICE, { rectificationId: 'r1', into: 'r2' }),
  followUp: ev('rectification.followedUp', OFFICE, { rectificationId: 'r1', satisfaction: 'satisfied' }),
} satisfies Record<string, RectificationEvent>;

const run = (...events: RectificationEvent[]) => {
  const actor = createActor(rectificationMachine, { input: reported }).start();
  for (const e of events) actor.send(e);
  return actor.getSnapshot();
};

describe('rectification lifecycle', () => {
  it('goes reported → assigned → rectifying → submitted → closed', () => {
    const s = run(E.assign, E.start, E.submit, E.close);
    expect(s.value).toBe('closed');
    expect(s.context).toMatchObject({
      leadUnitId: 'u1',
      deadline: '2026-04-10',
      evidence: ['d-after'],
      rectifiedById: 'p-staff',
      reviewerId: 'p-inspector',
      repeatCount: 0,
    });
    expect(s.context.closedAt).toBe(E.close.at);
  });

  it('refuses closure by the person who rectified, and closure without submitted evidence', () => {
    expect(run(E.assign, E.start, E.submit, E.closeBySelf).value).toBe('submitted');
    expect(run(E.assign, E.start, E.close).value).toBe('rectifying');
  });

  it('returns work for redoing and counts the returns', () => {
    const s = run(E.assign, E.start, E.submit, E.ret, E.start, E.submit, E.close);
    expect(s.value).toBe('closed');
    expect(s.context.returnedCount).toBe(1);
  });

  it('reopens a closed problem on relapse with its repeat count raised, and assigns it again', () => {
    const s = run(E.assign, E.start, E.submit, E.close, E.relapse);
    expect(s.value).toBe('reopened');
    expect(s.context.repeatCount).toBe(1);
    expect(s.context.closedAt).toBeUndefined();
    expect(s.context.evidence).toEqual([]);
    expect(run(E.assign, E.start, E.submit, E.close, E.relapse, E.assign).value).toBe('assigned');
  });

  it('escalates open problems to the district, never counting them as fixed, and not closed ones', () => {
    const s = run(E.assign, E.escalate, E.start, E.submit, E.close);
    expect(s.value).toBe('escalated');
    expect(s.status).toBe('done');
    expect(s.context.escalatedTo).toBe('区城管局');
    expect(run(E.assign, E.start, E.submit, E.close, E.escalate).value).toBe('closed');
  });

  it('is overdue after the deadline day, not on it, and never when closed or escalated', () => {
    const entry = { status: 'assigned' as const, deadline: '2026-04-10' };
    expect(isOverdue(entry, '2026-04-10T23:00:00+08:00')).toBe(false);
    expect(isOverdue(entry, '2026-04-11T00:00:01+08:00')).toBe(true);
    expect(isOverdue({ ...entry, status: 'closed' }, '2026-05-01T00:00:00+08:00')).toBe(false);
    expect(isOverdue({ ...entry, status: 'escalated' }, '2026-05-01T00:00:00+08:00')).toBe(false);
    expect(isOverdue({ status: 'reported' }, '2030-01-01T00:00:00Z')).toBe(false);
    expect(() => isOverdue(entry, 'tomorrow')).toThrow(RangeError);
  });

  it('reaches every state and takes every transition of its definition (xstate/graph)', () => {
    const { reached, missed } = coverage(rectificationMachine, {
      input: reported,
      events: Object.values(E),
      serializeState: (s) =>
        JSON.stringify([
          s.value,
          s.context.evidence.length > 0,
          s.context.rectifiedById ?? '',
          s.context.closedAt !== undefined,
          s.context.parkedAt !== undefined,
          s.context.mergedInto !== undefined,
          s.context.deadline !== undefined,
        ]),
    });
    expect(reached).toEqual([
      'assigned',
      'closed',
      'escalated',
      'rectifying',
      'reopened',
      'reported',
      'returned',
      'submitted',
    ]);
    expect(missed).toEqual([]);
    expect(at()).toBeTruthy();
  });
});

describe('the moves hotlines and 数字城管 make', () => {
  it('sends a problem back as not ours, to nobody and no deadline, and re-dispatches it', () => {
    const back = run(E.assign, E.start, E.sendBack);
    expect(back.value).toBe('reported');
    expect([back.context.leadUnitId, back.context.deadline]).toEqual([undefined, undefined]);
    const again = run(E.assign, E.sendBack, E.reassign);
    expect(again.value).toBe('assigned');
    expect(again.context).toMatchObject({ leadUnitId: 'u2', deadline: '2026-04-20' });
  });

  it('extends the deadline keeping the original and who approved it, only where there is one', () => {
    const s = run(E.assign, E.start, E.extend);
    expect(s.context).toMatchObject({
      deadline: '2026-04-30',
      originalDeadline: '2026-04-10',
      extensionApprovedBy: 'p-office',
      timeLimit: { rule: { calendarDays: 20 }, dueDate: '2026-04-30' },
    });
    expect(run(E.extend).context.deadline).toBeUndefined();
  });

  it('parks a problem (not escalated: it stays open) and holds the work until it resumes', () => {
    const parked = run(E.assign, E.start, E.park);
    expect(parked.value).toBe('rectifying');
    expect(parked.context.parkedAt).toBe(E.park.at);
    expect(run(E.assign, E.start, E.park, E.submit).value).toBe('rectifying');
    expect(run(E.assign, E.park, E.start).value).toBe('assigned');
    const resumed = run(E.assign, E.park, E.resume, E.start);
    expect(resumed.value).toBe('rectifying');
    expect(resumed.context.parkedAt).toBeUndefined();
    // Escalation is another thing, and still open to a parked problem.
    expect(run(E.assign, E.park, E.escalate).value).toBe('escalated');
  });

  it('closes a duplicate with a pointer, which never relapses or takes a follow-up', () => {
    const merged = run(E.assign, E.merge);
    expect(merged.value).toBe('closed');
    expect(merged.context).toMatchObject({ mergedInto: 'r2', closedAt: E.merge.at });
    expect(run(E.assign, E.merge, E.relapse).value).toBe('closed');
    expect(run(E.assign, E.merge, E.followUp).context.satisfaction).toBeUndefined();
  });

  it('follows up a closed problem with the satisfaction of the person who reported it', () => {
    const s = run(E.assign, E.start, E.submit, E.close, E.followUp);
    expect(s.value).toBe('closed');
    expect(s.context.satisfaction).toBe('satisfied');
    expect(run(E.assign, E.followUp).context.satisfaction).toBeUndefined();
  });
});

describe('a rectification in its own stream', () => {
  const report = () =>
    ev('rectification.reported', SUPERVISOR, {
      rectificationId: 'r1',
      standardRef: '06.01.01',
      scope: { kind: 'site', siteId: 's1' },
      description: '占道经营',
    });
  const assign = (leadUnitId = 'u1', supportingUnitIds: string[] = []) =>
    ev('rectification.assigned', OFFICE, {
      rectificationId: 'r1',
      leadUnitId,
      supportingUnitIds,
      deadline: '2026-04-10',
    });

  it("is the model's rectification, one shape, that restores with its invariants", () => {
    const record = drive(open(), [report(), assign(), E.start, FIXED_PHOTO(), E.submit, E.close]).record;
    const r = record.rectification('r1')!;
    expect(r).toMatchObject({
      id: 'r1',
      status: 'closed',
      leadUnitId: 'u1',
      reviewerId: 'p-inspector',
      rectifiedById: 'p-staff',
    });
    expect(restoreRectification(r)).toEqual({ ok: true, value: r });
    expect(rectificationOf({ value: 'closed', context: { ...r } })).toEqual(r);
    // One entry per event on the problem's own stream; the campaign stream holds only its creation.
    expect(record.entries('rectification/r1')).toHaveLength(5);
    expect(record.entries('campaign')).toHaveLength(1);
  });

  it('lets only staff of the lead or a supporting unit work on it', () => {
    const record = drive(open(), [report(), assign('u1')]).record;
    const foreign = record.dispatch(ev('rectification.started', STAFF2, { rectificationId: 'r1' }));
    expect(foreign.rejection).toMatchObject({
      code: 'unauthorized',
      reason: { 'zh-CN': expect.stringContaining('本单位') },
    });
    expect([foreign.append.stream]).toEqual(['rectification/r1']);
    expect(record.rectification('r1')!.status).toBe('assigned');
    const shared = drive(open(), [report(), assign('u1', ['u2'])]).record;
    expect(shared.dispatch(ev('rectification.started', STAFF2, { rectificationId: 'r1' })).accepted).toBe(
      true,
    );
  });

  it('refuses a second report of the same id, and events for a problem that does not exist, on the campaign stream', () => {
    const record = drive(open(), [report()]).record;
    const again = record.dispatch(report());
    expect(again.rejection).toMatchObject({
      code: 'not_allowed_now',
      reason: { 'zh-CN': '整改编号 r1 已存在' },
    });
    const missing = record.dispatch(ev('rectification.started', STAFF, { rectificationId: 'r9' }));
    expect(missing.rejection?.code).toBe('unauthorized');
    const missingByOffice = record.dispatch(
      ev('rectification.assigned', OFFICE, {
        rectificationId: 'r9',
        leadUnitId: 'u1',
        deadline: '2026-05-01',
      }),
    );
    expect(missingByOffice.rejection).toMatchObject({
      code: 'not_allowed_now',
      reason: { 'zh-CN': expect.stringContaining('整改 r9 不存在') },
    });
    expect([missingByOffice.append.stream]).toEqual(['campaign']);
    expect(record.streamIds().sort()).toEqual(['campaign', 'rectification/r1']);
  });

  it('says why a closure was refused: no one closes their own work', () => {
    const record = drive(open(), [report(), assign(), E.start, FIXED_PHOTO(), E.submit]).record;
    const self = { id: 'p-staff', role: 'supervisionGroup' as const };
    const refused = record.dispatch(ev('rectification.closed', self, { rectificationId: 'r1' }));
    expect(refused.rejection).toMatchObject({
      code: 'not_allowed_now',
      reason: { en: expect.stringContaining('reviewer other than') },
    });
    expect(record.rectification('r1')!.status).toBe('submitted');
    expect(record.dispatch(ev('rectification.closed', SUPERVISOR, { rectificationId: 'r1' })).accepted).toBe(
      true,
    );
  });
});
