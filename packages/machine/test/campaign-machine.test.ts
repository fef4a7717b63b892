import { BUILT_IN_WORKING_GROUP_KINDS } from '@chuangwen/model';
import { standardArchive } from '@chuangwen/rules/internal';
import { describe, expect, it } from 'vitest';
import {
  CAMPAIGN_STATES,
  type CampaignContext,
  campaignCountdown,
  campaignMachine,
  campaignMachineWith,
  type DispatchResult,
  EFFECT_NAMES,
  type MemoryRecord,
} from '../src/index.js';
import { coverage } from './coverage.js';
import { ev, INSPECTOR, LEADER, OFFICE, STAFF, SUPERVISOR } from './helpers.js';
import {
  advance,
  CONFIG,
  drive,
  FIXED_PHOTO,
  MOBILIZE,
  open,
  READY,
  RECTIFY,
  SPRINT,
  SUMMARY,
  wholeCampaign,
} from './scenario.js';

const ctx = (r: MemoryRecord): CampaignContext => r.campaign.snapshot.context;
const state = (r: MemoryRecord) => r.campaign.snapshot.value;
const codes = (r: DispatchResult) => r.refused?.map((b) => b.code);

describe('campaign phases', () => {
  it('runs through all five phases on readiness and closes, with the ledger as counters', () => {
    const { record, results } = wholeCampaign();
    expect(results.filter((r) => !r.accepted).map((r) => r.rejection ?? r.refused)).toEqual([]);
    expect(state(record)).toBe('closed');
    expect(ctx(record).history.map((h) => [h.phase, h.via])).toEqual([
      ['mobilization', 'start'],
      ['specialRectification', 'advance'],
      ['finalSprint', 'advance'],
      ['inspectionReadiness', 'advance'],
      ['summaryEvaluation', 'advance'],
      ['closed', 'advance'],
    ]);
    expect(ctx(record).facts.ledger).toMatchObject({ closed: 1, open: 0, escalated: 0, deadlines: {} });
    expect(record.rectification('r1')).toMatchObject({
      status: 'closed',
      leadUnitId: 'u1',
      reviewerId: 'p-supervisor',
    });
    expect(standardArchive(ctx(record).facts.archive, '06.01.01')).toEqual({ photo: 2 });
    expect(JSON.stringify(record.campaign)).not.toContain('占道经营');
  });

  it('refuses a move that is not ready and returns every blocker, audited as applied with the blockers', () => {
    const record = open();
    const refused = record.dispatch(advance());
    expect(refused.accepted).toBe(false);
    expect(refused.state).toBe('mobilization');
    expect(codes(refused)).toEqual([
      'leading_group_missing',
      'office_missing',
      'working_group_unstaffed',
      'mobilization_meeting_missing',
      'implementation_plan_missing',
      'work_plan_missing',
      'publicity_not_launched',
      'unit_team_missing',
      'unit_plan_missing',
    ]);
    expect(refused.append.entry).toMatchObject({
      outcome: 'applied',
      blockers: expect.arrayContaining(['office_missing']),
    });
    expect(refused.effects).toEqual([{ type: 'notifyRefusal', params: { blockers: refused.refused } }]);
    expect(ctx(record).lastRefusal?.phase).toBe('mobilization');
    drive(record, [...MOBILIZE(), advance()]);
    // The classes come from the record's board: nothing observed yet, so every standard is undetermined.
    expect(codes(record.dispatch(advance()))).toEqual(['standard_undetermined']);
    expect(ctx(record).lastRefusal?.phase).toBe('specialRectification');
  });

  it('lets only an allowed role force a move, with a reason that says something, marked in the history', () => {
    const record = open();
    expect(record.dispatch(ev('phase.force', OFFICE, { reason: '区里要求提前' })).rejection?.code).toBe(
      'unauthorized',
    );
    const blank = record.dispatch({ ...ev('phase.force', LEADER, { reason: '理由' }), reason: ' \u3000\t' });
    expect(blank.rejection?.code).toBe('malformed');
    expect(blank.rejection?.issues?.[0]?.path).toEqual(['reason']);
    const forced = record.dispatch(ev('phase.force', LEADER, { reason: '区里要求提前进入整治' }));
    expect(forced.state).toBe('specialRectification');
    expect(ctx(record).history[1]).toMatchObject({
      via: 'force',
      forced: {
        by: 'p-leader',
        reason: '区里要求提前进入整治',
        blockers: expect.arrayContaining(['office_missing']),
      },
    });
    expect(forced.effects).toEqual([
      { type: 'notifyPhaseEntered', params: { state: 'specialRectification', cycle: 1 } },
    ]);
  });

  it('goes back to rectification on a failing result, or on a relapse of a problem in the sprint', () => {
    const sprint = () =>
      drive(open(), [...MOBILIZE(), advance(), ...RECTIFY(), advance(), ...SPRINT()]).record;
    const record = sprint();
    expect(state(record)).toBe('finalSprint');
    const relapse = record.dispatch(ev('rectification.relapsed', INSPECTOR, { rectificationId: 'r1' }));
    expect(relapse.state).toBe('specialRectification');
    // One entry on the problem's stream; what it changes in the campaign is derived, never written as a second entry.
    expect(relapse.append.stream).toBe('rectification/r1');
    expect(relapse.append.entry).toMatchObject({ pos: record.position.pos - 1, outcome: 'applied' });
    expect(record.entries('campaign').map((e) => JSON.parse(e.body).event.type)).not.toContain(
      'ledger.changed',
    );
    expect(record.rectification('r1')).toMatchObject({ status: 'reopened', repeatCount: 1 });
    expect(ctx(record).facts.ledger).toMatchObject({ open: 1, closed: 0, relapses: 1 });
    expect(ctx(record).history.at(-1)).toMatchObject({ phase: 'specialRectification', via: 'loop' });

    const mock = sprint();
    expect(
      mock.dispatch(ev('result.recorded', OFFICE, { passed: true, official: false, on: '2026-07-20' })).state,
    ).toBe('finalSprint');
    expect(
      mock.dispatch(ev('result.recorded', OFFICE, { passed: false, official: false, on: '2026-07-21' }))
        .state,
    ).toBe('specialRectification');
    const inspection = drive(sprint(), [advance(), ...READY()]).record;
    expect(state(inspection)).toBe('inspectionReadiness');
    expect(
      inspection.dispatch(ev('result.recorded', LEADER, { passed: false, official: true, on: '2026-09-01' }))
        .state,
    ).toBe('specialRectification');
  });

  it('keeps a relapse outside the sprint as a counter, not a move', () => {
    const record = drive(open(), [...MOBILIZE(), advance(), ...RECTIFY()]).record;
    drive(record, [
      ev('rectification.started', STAFF, { rectificationId: 'r1' }),
      FIXED_PHOTO(),
      ev('rectification.submitted', STAFF, { rectificationId: 'r1', evidence: ['d-after'] }),
      ev('rectification.closed', SUPERVISOR, { rectificationId: 'r1' }),
    ]);
    expect(record.dispatch(ev('rectification.relapsed', SUPERVISOR, { rectificationId: 'r1' })).state).toBe(
      'specialRectification',
    );
    expect(ctx(record).history).toHaveLength(2);
    expect(ctx(record).facts.ledger.relapses).toBe(1);
  });

  it('starts the next annual cycle from closed, keeping organisation, units, ledger and archive', () => {
    const { record } = wholeCampaign();
    const next = record.dispatch(ev('cycle.start', LEADER, {}));
    expect(next.state).toBe('mobilization');
    expect(ctx(record).cycle).toBe(2);
    expect(ctx(record).facts).toMatchObject({
      leadingGroupFormed: true,
      implementationPlanIssued: false,
      mobilizationMeetingHeld: false,
    });
    expect(ctx(record).facts.ledger.closed).toBe(1);
    expect(ctx(record).history.at(-1)).toEqual(
      expect.objectContaining({ phase: 'mobilization', cycle: 2, via: 'cycle' }),
    );
    expect(record.dispatch(ev('cycle.start', LEADER, {})).rejection?.code).toBe('not_allowed_now');
  });

  it('accepts fact events in any phase, and refuses team and plan of a unit not configured or not registered', () => {
    const record = open();
    expect(record.dispatch(ev('unit.teamFormed', OFFICE, { unitId: 'u9' })).rejection).toMatchObject({
      code: 'invalid',
      reason: { en: expect.stringContaining('add it first (unit.added)') },
    });
    const added = record.dispatch(
      ev('unit.added', OFFICE, {
        unit: { id: 'u9', name: '新设社区（示例）', kind: 'community' },
        reason: '区划调整',
      }),
    );
    expect(added.configuration?.units.map((u) => u.id)).toEqual(['u1', 'u2', 'u9']);
    expect(record.dispatch(ev('unit.teamFormed', OFFICE, { unitId: 'u9' })).rejection).toMatchObject({
      code: 'not_allowed_now',
      reason: { 'zh-CN': expect.stringContaining('先发送"登记责任单位"（unit.registered）') },
    });
    expect(
      record.dispatch(ev('unit.registered', OFFICE, { unitId: 'u9', role: 'responsible' })).accepted,
    ).toBe(true);
    expect(record.dispatch(ev('unit.teamFormed', OFFICE, { unitId: 'u9' })).accepted).toBe(true);
    expect(ctx(record).facts.teamsFormed).toEqual(['u9']);
    expect(record.dispatch(ev('unit.teamFormed', OFFICE, { unitId: 'u9' })).accepted).toBe(true);
    expect(ctx(record).facts.teamsFormed).toEqual(['u9']);
  });

  it('counts documents filed through the evidence stream against the inventory, and a withdrawal takes one back', () => {
    const record = drive(open(), [
      ...MOBILIZE(),
      advance(),
      ...RECTIFY(),
      advance(),
      ...SPRINT(),
      advance(),
    ]).record;
    const [d1, d2, d3, submit] = READY();
    drive(record, [d1, d3]);
    expect(codes(record.dispatch(submit!))).toBeUndefined();
    expect(codes(record.dispatch(advance()))).toEqual(['archive_incomplete']);
    record.dispatch(d2);
    expect(standardArchive(ctx(record).facts.archive, '06.01.01')).toEqual({ photo: 2 });
    record.dispatch(ev('document.withdrawn', OFFICE, { documentId: 'd2', reason: '照片模糊' }));
    expect(standardArchive(ctx(record).facts.archive, '06.01.01')).toEqual({ photo: 1 });
    expect(record.evidence.document('d2')?.status).toBe('withdrawn');
  });
});

describe('effects', () => {
  it('carry their parameters: which rectification, which unit, which deadline', () => {
    const record = drive(open(), [...MOBILIZE(), advance()]).record;
    const [found, , reported, assigned] = RECTIFY();
    drive(record, [found, reported]);
    expect(record.dispatch(assigned!).effects).toEqual([
      {
        type: 'scheduleDeadlineReminder',
        params: { rectificationId: 'r1', leadUnitId: 'u1', deadline: '2026-05-01' },
      },
    ]);
    expect(
      record.dispatch(ev('rectification.escalated', OFFICE, { rectificationId: 'r1', to: '区城管局' }))
        .effects,
    ).toEqual([{ type: 'notifyEscalation', params: { rectificationId: 'r1', to: '区城管局' } }]);
  });

  it('name only effects the machines are set up with', () => {
    const { results } = wholeCampaign();
    const named = new Set(results.flatMap((r) => r.effects.map((e) => e.type)));
    expect([...named].every((n) => EFFECT_NAMES.includes(n))).toBe(true);
    expect(named).toEqual(new Set(['notifyPhaseEntered', 'scheduleDeadlineReminder']));
  });
});

describe('countdown', () => {
  it('counts days to the end of the current phase from the campaign timeline', () => {
    const countdown = campaignCountdown(open().campaign, '2026-03-21T09:00:00+08:00');
    expect(countdown.state).toBe('mobilization');
    expect(countdown.current).toMatchObject({ phase: 'mobilization' });
    expect(countdown.phases).toHaveLength(5);
  });
});

describe('every transition the machine defines', () => {
  it('is taken by a walk of the machine', () => {
    const actor = { id: 'p', role: 'leadingGroup' as const };
    const at = '2026-03-02T09:00:00+08:00';
    const everything = {
      ...Object.fromEntries(CAMPAIGN_STATES.map((s) => [s, true])),
    };
    const ready = campaignMachineWith({});
    const events = [
      { type: 'phase.advance', at, actor },
      { type: 'phase.force', at, actor, reason: '决定' },
      { type: 'cycle.start', at, actor },
      { type: 'result.recorded', at, actor, passed: false, official: true, on: '2026-09-01' },
      { type: 'result.recorded', at, actor, passed: true, official: false, on: '2026-09-01' },
      {
        type: 'ledger.changed',
        at,
        actor,
        rectificationId: 'r2',
        trigger: 'rectification.reported',
        before: null,
        after: { status: 'open', repeats: 0 },
      },
      {
        type: 'ledger.changed',
        at,
        actor,
        rectificationId: 'r1',
        trigger: 'rectification.relapsed',
        before: null,
        after: { status: 'open', repeats: 1 },
      },
    ] as never[];
    const walk = coverage(ready, {
      input: { campaignId: 'c', at: '2026-03-01T09:00:00+08:00' },
      events,
      serializeState: (s) =>
        `${String(s.value)}|${Math.min(s.context.history.length, 9)}|${Math.min(s.context.facts.ledger.open, 2)}`,
    });
    expect(walk.reached.sort()).toEqual(Object.keys(everything).sort());
    expect(walk.missed.filter((e) => !e.includes('phase.advance'))).toEqual([]);
    expect(campaignMachine.id).toBe('chuangwen.campaign');
  });

  it('advances on readiness along every phase when the facts are there', () => {
    const { record } = drive(open(), [
      ...MOBILIZE(),
      advance(),
      ...RECTIFY(),
      advance(),
      ...SPRINT(),
      advance(),
      ...READY(),
      advance(),
      ...SUMMARY(),
    ]);
    expect(state(record)).toBe('summaryEvaluation');
    expect(BUILT_IN_WORKING_GROUP_KINDS.length).toBeGreaterThan(0);
    expect(CONFIG.frameworks?.[0]?.edition.items).toHaveLength(2);
  });
});
