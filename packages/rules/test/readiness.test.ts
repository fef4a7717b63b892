import { districtArchiveInventory } from '@chuangwen/checklists/district';
import { describe, expect, it } from 'vitest';
import { phaseReadiness, type ReadinessFacts } from '../src/index.js';
import {
  applyContribution,
  contributionOf,
  countArchive,
  emptyFacts,
  emptyLedger,
  standardArchive,
} from '../src/internal.js';

/** Nothing recorded and nothing derived. */
const none = (): ReadinessFacts => ({ ...emptyFacts(), standards: {}, missedMonths: [] });

const mobilised = (): ReadinessFacts => ({
  ...none(),
  leadingGroupFormed: true,
  officeFormed: true,
  workingGroupsStaffed: ['planning', 'publicity', 'archives', 'logistics', 'activities', 'supervision'],
  mobilizationMeetingHeld: true,
  implementationPlanIssued: true,
  workPlanIssued: true,
  publicityLaunched: true,
  unitRoles: { u1: 'lead', u2: 'responsible' },
  teamsFormed: ['u1', 'u2'],
  plansSubmitted: ['u1', 'u2'],
});

describe('phaseReadiness', () => {
  it('blocks mobilization on every missing condition of the seed plan', () => {
    const empty = phaseReadiness('mobilization', none());
    expect(empty.ready).toBe(false);
    expect(empty.blockers.map((b) => b.code)).toEqual([
      'leading_group_missing',
      'office_missing',
      'working_group_unstaffed',
      'mobilization_meeting_missing',
      'implementation_plan_missing',
      'work_plan_missing',
      'publicity_not_launched',
      'no_units',
    ]);
    const facts = mobilised();
    facts.plansSubmitted = ['u1'];
    facts.workingGroupsStaffed = facts.workingGroupsStaffed.filter((k) => k !== 'archives');
    const partial = phaseReadiness('mobilization', facts);
    expect(partial.blockers).toEqual([
      {
        code: 'working_group_unstaffed',
        message: { 'zh-CN': '工作小组未配齐：档案组', en: 'working groups not staffed: Archives group' },
        refs: ['archives'],
      },
      expect.objectContaining({ code: 'unit_plan_missing', refs: ['u2'] }),
    ]);
    expect(phaseReadiness('mobilization', mobilised())).toEqual({
      phase: 'mobilization',
      ready: true,
      blockers: [],
    });
  });

  it('ends special rectification only with no undetermined standard, every failure in hand and no missed month', () => {
    const facts = {
      ...mobilised(),
      standards: {
        a: 'compliant',
        b: 'undetermined',
        c: 'nonCompliant',
        d: 'nonCompliant',
      } as ReadinessFacts['standards'],
      missedMonths: ['2026-05'],
    };
    // r1 on c is handed over with a lead unit and a deadline; r2 on d is only reported.
    let ledger = applyContribution(
      emptyLedger(),
      null,
      contributionOf({
        status: 'assigned',
        repeatCount: 0,
        standardRef: 'c',
        leadUnitId: 'u1',
        deadline: '2026-07-01',
      }),
    );
    ledger = applyContribution(
      ledger,
      null,
      contributionOf({ status: 'reported', repeatCount: 0, standardRef: 'd' }),
    );
    facts.ledger = ledger;
    expect(ledger).toMatchObject({
      open: 2,
      deadlines: { '2026-07': { '2026-07-01': 1 } },
      handled: { c: { c: 1 } },
    });
    expect(phaseReadiness('specialRectification', facts).blockers.map((b) => [b.code, b.refs])).toEqual([
      ['standard_undetermined', ['b']],
      ['rectification_missing', ['d']],
      ['cadence_missed', ['2026-05']],
    ]);
    expect(phaseReadiness('specialRectification', none()).blockers[0]!.code).toBe('no_standards');
  });

  it('ends the sprint when groups are rated, windows checked and nothing fails', () => {
    const facts = { ...mobilised(), standards: { a: 'reboundProne' } as ReadinessFacts['standards'] };
    expect(phaseReadiness('finalSprint', facts).blockers.map((b) => b.code)).toEqual([
      'working_group_unrated',
      'unannounced_checks_missing',
    ]);
    const done = { ...facts, workingGroupsRated: facts.workingGroupsStaffed, unannouncedWindowChecks: 2 };
    expect(phaseReadiness('finalSprint', done).ready).toBe(true);
    expect(phaseReadiness('finalSprint', done, { minUnannouncedWindowChecks: 3 }).ready).toBe(false);
  });

  it('ends inspection readiness only with every material requirement met in number, and submitted', () => {
    // Every requirement met in number, filed one document at a time as the machine counts them.
    const archive = countArchive(
      {},
      districtArchiveInventory.entries.flatMap((e) =>
        e.requirements.flatMap((r) =>
          Array.from({ length: r.quantity }, () => ({
            standardRef: e.standardRef,
            category: r.category,
            delta: 1 as const,
          })),
        ),
      ),
    );
    const media = districtArchiveInventory.entries.find((e) =>
      e.requirements.some((r) => r.category === 'mediaReport' && r.quantity === 7),
    )!;
    expect(standardArchive(archive, media.standardRef).mediaReport).toBe(7);
    // One media report where seven are required (six withdrawn): the archive is short, whatever else is there.
    const oneReport = countArchive(
      archive,
      Array.from({ length: 6 }, () => ({
        standardRef: media.standardRef,
        category: 'mediaReport' as const,
        delta: -1 as const,
      })),
    );
    // Counts never go below zero, and a change leaves the counts it was given alone.
    const withdrawn = {
      standardRef: media.standardRef,
      category: 'mediaReport' as const,
      delta: -1 as const,
    };
    expect(
      standardArchive(countArchive(oneReport, [withdrawn, withdrawn]), media.standardRef).mediaReport,
    ).toBe(0);
    expect(standardArchive(archive, media.standardRef).mediaReport).toBe(7);
    const blocked = phaseReadiness(
      'inspectionReadiness',
      { ...none(), archive: oneReport },
      { inventory: districtArchiveInventory },
    );
    expect(blocked.blockers.map((b) => [b.code, b.refs])).toEqual([
      ['archive_incomplete', [media.standardRef]],
      ['archive_not_submitted', []],
    ]);
    expect(blocked.blockers[0]!.details).toEqual([
      { ref: media.standardRef, message: { 'zh-CN': '媒体报道 1/7', en: 'media report 1/7' } },
    ]);
    expect(blocked.blockers[0]!.message['zh-CN']).toBe('1 项标准的档案材料数量不足');
    expect(
      phaseReadiness(
        'inspectionReadiness',
        { ...none(), archive, archiveSubmitted: true },
        { inventory: districtArchiveInventory },
      ).ready,
    ).toBe(true);
  });

  it('ends the summary with the official result, self-evaluation, meeting, appraisals and accountability', () => {
    const facts = mobilised();
    expect(phaseReadiness('summaryEvaluation', facts).blockers.map((b) => b.code)).toEqual([
      'result_missing',
      'self_evaluation_missing',
      'summary_meeting_missing',
      'unit_not_appraised',
      'accountability_undecided',
    ]);
    const mockOnly = { ...facts, lastResult: { passed: true, on: '2026-09-01', official: false } };
    expect(phaseReadiness('summaryEvaluation', mockOnly).blockers[0]!.code).toBe('result_missing');
    const done = {
      ...facts,
      lastResult: { passed: true, on: '2026-09-01', official: true },
      selfEvaluationDone: true,
      summaryMeetingHeld: true,
      unitsAppraised: ['u1', 'u2'],
      accountabilityDecided: true,
    };
    expect(phaseReadiness('summaryEvaluation', done).ready).toBe(true);
  });
});
