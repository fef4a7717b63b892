import { describe, expect, it } from 'vitest';
import {
  type CampaignContext,
  type CampaignEvent,
  campaignCountdown,
  campaignMachine,
  createCampaign,
  dispatch,
} from '../src/index.js';
import { coverage } from './coverage.js';
import { ev, INSPECTOR, LEADER, OFFICE, STAFF } from './helpers.js';
import { advance, drive, INPUT, MOBILIZE, READY, RECTIFY, SPRINT, wholeCampaign } from './scenario.js';

const ctx = (r: { record: { campaign: { snapshot: unknown } } }) =>
  (r.record.campaign.snapshot as unknown as { context: CampaignContext }).context;
const state = (r: { record: { campaign: { snapshot: unknown } } }) =>
  (r.record.campaign.snapshot as unknown as { value: string }).value;

/** A problem r1 reported by the inspector and handed to unit u1. */
const openR1 = () => [
  ev('rectification.reported', ...INSPECTOR, {
    rectificationId: 'r1',
    standardRef: '06.01.01',
    scope: { kind: 'jurisdiction' },
    description: '问题',
  }),
  ev('rectification.assigned', ...OFFICE, {
    rectificationId: 'r1',
    leadUnitId: 'u1',
    deadline: '2026-05-01',
  }),
];

describe('campaign phases', () => {
  it('runs through all five phases on readiness and closes', () => {
    const run = wholeCampaign();
    expect(state(run)).toBe('closed');
    expect(run.results.every((r) => r.accepted)).toBe(true);
    expect(ctx(run).history.map((h) => [h.phase, h.via])).toEqual([
      ['mobilization', 'start'],
      ['specialRectification', 'advance'],
      ['finalSprint', 'advance'],
      ['inspectionReadiness', 'advance'],
      ['summaryEvaluation', 'advance'],
      ['closed', 'advance'],
    ]);
    expect(ctx(run).ledger.r1!.status).toBe('closed');
  });

  it('refuses a move that is not ready and returns its blockers, never silently', () => {
    const start = createCampaign(INPUT, { id: 'p-office', role: 'office' });
    const refused = dispatch(start, advance());
    expect(refused.accepted).toBe(false);
    expect(refused.state).toBe('mobilization');
    expect(refused.refused!.map((b) => b.code)).toEqual([
      'leadingGroupMissing',
      'officeMissing',
      'workingGroupUnstaffed',
      'mobilizationMeetingMissing',
      'implementationPlanMissing',
      'workPlanMissing',
      'publicityNotLaunched',
      'unitTeamMissing',
      'unitPlanMissing',
    ]);
    expect(refused.entry).toMatchObject({
      outcome: 'applied',
      blockers: expect.arrayContaining(['officeMissing']),
    });
    expect(refused.effects).toEqual(['notifyRefusal']);
    expect(ctx(refused).lastRefusal?.phase).toBe('mobilization');
    const rectifying = drive(start, [...MOBILIZE, advance()]);
    const noBoard = dispatch(rectifying.record, advance());
    expect(noBoard.refused!.map((b) => b.code)).toEqual(['noStandards']);
  });

  it('lets only an allowed role force a move, with a reason, marked in the history', () => {
    const start = createCampaign(INPUT, { id: 'p-office', role: 'office' });
    const byOffice = dispatch(start, ev('phase.force', ...OFFICE, { reason: '区里要求提前' }));
    expect(byOffice.rejection?.code).toBe('unauthorised');
    expect(byOffice.entry.outcome).toBe('rejected');
    const forced = dispatch(start, ev('phase.force', ...LEADER, { reason: '区里要求提前进入整治' }));
    expect(forced.state).toBe('specialRectification');
    expect(ctx(forced).history[1]).toMatchObject({
      via: 'force',
      forced: {
        by: 'p-leader',
        reason: '区里要求提前进入整治',
        blockers: expect.arrayContaining(['officeMissing']),
      },
    });
  });

  it('goes back to rectification when a result fails, or a rebound is found in the sprint', () => {
    const sprint = drive(createCampaign(INPUT, { id: 'p-office', role: 'office' }), [
      ...MOBILIZE,
      advance(),
      ...RECTIFY,
      advance(),
      ...SPRINT,
    ]);
    expect(state(sprint)).toBe('finalSprint');
    const relapse = dispatch(
      sprint.record,
      ev('rectification.relapsed', ...INSPECTOR, { rectificationId: 'r1' }),
    );
    expect(relapse.state).toBe('specialRectification');
    expect(ctx(relapse).ledger.r1).toMatchObject({ status: 'reopened', context: { repeatCount: 1 } });
    expect(ctx(relapse).history.at(-1)).toMatchObject({ phase: 'specialRectification', via: 'loop' });
    const mock = dispatch(
      sprint.record,
      ev('result.recorded', ...OFFICE, { passed: false, official: false, on: '2026-07-20' }),
    );
    expect(mock.state).toBe('specialRectification');
    const passing = dispatch(
      sprint.record,
      ev('result.recorded', ...OFFICE, { passed: true, official: false, on: '2026-07-20' }),
    );
    expect(passing.state).toBe('finalSprint');
    const inspection = drive(sprint.record, [advance(), ...READY]);
    expect(
      dispatch(
        inspection.record,
        ev('result.recorded', ...LEADER, { passed: false, official: true, on: '2026-09-01' }),
      ).state,
    ).toBe('specialRectification');
  });

  it('starts the next annual cycle from the closed campaign, keeping the organisation', () => {
    const closed = wholeCampaign();
    const next = dispatch(closed.record, ev('cycle.start', ...LEADER, {}));
    expect(next.state).toBe('mobilization');
    expect(ctx(next)).toMatchObject({
      cycle: 2,
      facts: { leadingGroupFormed: true, mobilizationMeetingHeld: false, archiveSubmitted: false },
    });
    expect(ctx(next).facts.lastResult).toBeUndefined();
    expect(dispatch(next.record, advance()).refused!.map((b) => b.code)).toEqual([
      'mobilizationMeetingMissing',
      'implementationPlanMissing',
      'workPlanMissing',
      'publicityNotLaunched',
      'unitPlanMissing',
    ]);
  });

  it('rejects events the current state cannot take, with a reason', () => {
    const start = createCampaign(INPUT, { id: 'p-office', role: 'office' });
    expect(
      dispatch(start, ev('rectification.started', ...STAFF, { rectificationId: 'nope' })).rejection,
    ).toMatchObject({ code: 'notAllowedNow', reason: { en: 'rectification nope does not exist' } });
    expect(dispatch(start, ev('unit.teamFormed', ...STAFF, { unitId: 'u9' })).rejection?.reason.en).toBe(
      'unit u9 is not registered',
    );
    expect(dispatch(start, ev('cycle.start', ...LEADER, {})).rejection?.code).toBe('notAllowedNow');
    const closedBySelf = drive(start, [
      ...openR1(),
      ev('rectification.started', ...STAFF, { rectificationId: 'r1' }),
      ev('rectification.submitted', 'p-inspector', 'unitStaff', { rectificationId: 'r1', evidence: ['d1'] }),
      ev('rectification.closed', ...INSPECTOR, { rectificationId: 'r1' }),
    ]);
    expect(closedBySelf.results.at(-1)!.rejection?.reason.en).toMatch(
      /reviewer other than the person who rectified/,
    );
  });

  it('names the side effects for the host: phase entry, reminders, escalation', () => {
    const run = drive(createCampaign(INPUT, { id: 'p-office', role: 'office' }), [
      ...MOBILIZE,
      advance(),
      ...RECTIFY,
    ]);
    expect(run.results[MOBILIZE.length]!.effects).toEqual(['notifyPhaseEntered']);
    expect(run.results.at(-2)!.effects).toEqual(['scheduleDeadlineReminder']);
    expect(
      dispatch(
        run.record,
        ev('rectification.escalated', ...OFFICE, { rectificationId: 'r1', to: '区城管局' }),
      ).effects,
    ).toEqual(['notifyEscalation']);
  });

  it('counts down each phase against the plan', () => {
    const run = drive(createCampaign(INPUT, { id: 'p-office', role: 'office' }), MOBILIZE);
    const countdown = campaignCountdown(run.record.campaign, '2026-03-25T10:00:00+08:00');
    expect(countdown.state).toBe('mobilization');
    expect(countdown.current).toMatchObject({ daysLeft: 6, overdue: false });
    expect(campaignCountdown(run.record.campaign, '2026-04-03T10:00:00+08:00').current).toMatchObject({
      daysLeft: -3,
      overdue: true,
    });
  });

  it('reaches every state and takes every transition of its definition (xstate/graph)', () => {
    // Readiness is exercised by the scenario tests; here it hangs on one fact so the traversal sees both branches.
    const structural = campaignMachine.provide({
      guards: { ready: ({ context }: { context: CampaignContext }) => context.facts.leadingGroupFormed },
    });
    const events: CampaignEvent[] = [
      advance(),
      ev('phase.force', ...LEADER, { reason: '测试' }),
      ev('cycle.start', ...LEADER, {}),
      ev('result.recorded', ...LEADER, { passed: false, official: true, on: '2026-09-01' }),
      ev('result.recorded', ...LEADER, { passed: true, official: true, on: '2026-09-01' }),
      ...MOBILIZE.slice(0, 1),
      ...openR1(),
      ev('rectification.started', ...STAFF, { rectificationId: 'r1' }),
      ev('rectification.submitted', ...STAFF, { rectificationId: 'r1', evidence: ['d1'] }),
      ev('rectification.closed', ...INSPECTOR, { rectificationId: 'r1' }),
      ev('rectification.relapsed', ...INSPECTOR, { rectificationId: 'r1' }),
    ];
    const { reached, defined, missed } = coverage(structural, {
      input: INPUT,
      events,
      serializeState: (s) =>
        JSON.stringify([s.value, s.context.ledger.r1?.status ?? null, s.context.facts.leadingGroupFormed]),
    });
    expect(reached).toEqual([
      'closed',
      'finalSprint',
      'inspectionReadiness',
      'mobilization',
      'specialRectification',
      'summaryEvaluation',
    ]);
    expect(defined.length).toBeGreaterThanOrEqual(14);
    expect(missed).toEqual([]);
  });
});
