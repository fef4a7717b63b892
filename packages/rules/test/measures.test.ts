import type { CivilityTally } from '@chuangwen/checklists';
import { civilitySheet, SEED_CADENCE } from '@chuangwen/checklists/district';
import type { Meeting, MeetingKind, SurveyResponse } from '@chuangwen/model';
import { describe, expect, it } from 'vitest';
import {
  cadenceReport,
  civilityIndex,
  phaseCountdowns,
  requiredSampleSize,
  sampleSizeReport,
  surveyRates,
} from '../src/index.js';
import { wilsonInterval } from '../src/internal.js';

let id = 0;
const meeting = (kind: MeetingKind, date: string): Meeting => ({
  id: `m${++id}`,
  kind,
  date,
  attendeeIds: [],
  unitIds: [],
  siteIds: [],
  documentIds: [],
});
const fullMonth = (month: string): Meeting[] => [
  meeting('leadershipReportHearing', `${month}-05`),
  meeting('onSiteSupervision', `${month}-10`),
  meeting('onSiteSupervision', `${month}-20`),
  meeting('jointMeeting', `${month}-12`),
  meeting('coordinationMeeting', `${month}-15`),
  meeting('monthlyInspection', `${month}-25`),
];

describe('cadenceReport', () => {
  it('returns each missed obligation with its month, and keeps the month in progress pending', () => {
    const meetings = [
      ...fullMonth('2026-04'),
      ...fullMonth('2026-05').filter((m) => m.kind !== 'onSiteSupervision' || m.date.endsWith('10')),
      meeting('jointMeeting', '2026-06-03'),
    ];
    const report = cadenceReport({
      meetings,
      from: '2026-04-01',
      asOf: '2026-06-15T10:00:00+08:00',
      obligations: SEED_CADENCE,
    });
    expect(report.months.map((m) => [m.month, m.complete])).toEqual([
      ['2026-04', true],
      ['2026-05', true],
      ['2026-06', false],
    ]);
    expect(report.missed).toEqual([
      expect.objectContaining({ month: '2026-05', kind: 'onSiteSupervision', required: 2, held: 1 }),
    ]);
    expect(report.missed[0]!.message['zh-CN']).toBe('2026-05 现场督查应至少 2 次，实际 1 次');
    expect(report.pending.map((p) => p.kind)).toEqual([
      'leadershipReportHearing',
      'onSiteSupervision',
      'coordinationMeeting',
      'monthlyInspection',
    ]);
  });

  it('reads months in Asia/Shanghai: 17:00 UTC on 30 April is already 1 May', () => {
    const report = cadenceReport({
      meetings: fullMonth('2026-04'),
      from: '2026-04-01',
      asOf: '2026-04-30T17:00:00Z',
      obligations: SEED_CADENCE,
    });
    expect(report.months.map((m) => [m.month, m.complete])).toEqual([
      ['2026-04', true],
      ['2026-05', false],
    ]);
    expect(report.missed).toEqual([]);
  });

  it('counts a make-up session for the month it makes up', () => {
    const makeUp = { ...meeting('onSiteSupervision', '2026-06-03'), makeUpFor: '2026-05' };
    const meetings = [...fullMonth('2026-05').filter((m) => !m.date.endsWith('20')), makeUp];
    const report = cadenceReport({
      meetings,
      from: '2026-05-01',
      asOf: '2026-06-10T10:00:00+08:00',
      obligations: SEED_CADENCE,
    });
    expect(report.missed).toEqual([]);
    expect(report.months[0]!.obligations.find((o) => o.kind === 'onSiteSupervision')!.meetingIds).toContain(
      makeUp.id,
    );
  });

  it('takes configured obligations, and ignores meetings outside the range', () => {
    const report = cadenceReport({
      meetings: [meeting('workMeeting', '2026-03-30'), meeting('workMeeting', '2026-04-02')],
      from: '2026-04-01',
      asOf: '2026-05-01',
      obligations: [{ kind: 'workMeeting', minPerMonth: 2 }],
    });
    expect(report.missed).toEqual([expect.objectContaining({ month: '2026-04', held: 1, required: 2 })]);
  });
});

describe('survey rates', () => {
  it('matches known Wilson intervals', () => {
    const r = wilsonInterval(8, 10);
    expect(r.low).toBeCloseTo(0.4902, 4);
    expect(r.high).toBeCloseTo(0.9433, 4);
    expect(wilsonInterval(0, 20).low).toBe(0);
    expect(wilsonInterval(0, 0)).toEqual({ yes: 0, n: 0, rate: null, low: null, high: null });
  });

  it('measures the four goals against their targets', () => {
    const responses: SurveyResponse[] = Array.from({ length: 400 }, (_, i) => ({
      id: `q${i}`,
      respondedAt: '2026-05-01T10:00:00+08:00',
      channel: 'household',
      goals: { awareness: i % 20 !== 0, support: i % 10 < 9, satisfaction: i % 4 !== 0 },
      answers: [],
    }));
    const rates = surveyRates(responses, { awareness: 0.9, support: 0.85, satisfaction: 0.8 });
    expect(rates.awareness).toMatchObject({ yes: 380, n: 400, rate: 0.95, met: true, confidentlyMet: true });
    expect(rates.support).toMatchObject({ rate: 0.9, met: true, confidentlyMet: true });
    expect(rates.satisfaction).toMatchObject({ rate: 0.75, met: false, confidentlyMet: false });
    expect(rates.participation).toMatchObject({ n: 0, rate: null, met: null });
  });

  it('computes the sample size for a margin, with the finite-population correction', () => {
    expect(requiredSampleSize(0.03)).toBe(1068);
    expect(requiredSampleSize(0.05)).toBe(385);
    expect(requiredSampleSize(0.05, { population: 2000 })).toBe(323);
    expect(sampleSizeReport(300, 0.05)).toEqual({ n: 300, required: 385, enough: false, shortBy: 85 });
    expect(() => requiredSampleSize(0)).toThrow(/误差界限/);
  });
});

describe('civilityIndex', () => {
  const tally = (
    id: string,
    behaviourCode: string,
    siteType: string,
    observed: number,
    occurrences: number,
    sheetId = civilitySheet.id,
  ): CivilityTally => ({
    id,
    sheetId,
    behaviourCode,
    siteType,
    observedAt: '2026-05-01T08:00:00+08:00',
    observed,
    occurrences,
  });

  it('turns weighted incidence per site type into a 0-100 index', () => {
    const result = civilityIndex({
      sheet: civilitySheet,
      tallies: [
        tally('a', 'B05', 'trafficIntersection', 200, 10),
        tally('b', 'B07', 'trafficIntersection', 100, 20),
        tally('c', 'B01', 'park', 150, 3),
        tally('d', 'B14', 'bus', 50, 12),
      ],
      siteTypeWeights: { trafficIntersection: 2 },
    });
    const junction = result.siteTypes.find((s) => s.siteType === 'trafficIntersection')!;
    expect(junction.incidence).toBeCloseTo((3 * 10 + 3 * 20) / (3 * 200 + 3 * 100), 10);
    const park = result.siteTypes.find((s) => s.siteType === 'park')!;
    expect(park.score).toBeCloseTo(100 * (1 - 3 / 150), 10);
    expect(result.index).toBeCloseTo((2 * junction.score + park.score) / 3, 10);
    expect(result.passed).toBe(true);
    expect(result.behaviours.find((b) => b.code === 'B14')).toMatchObject({
      polarity: 'civil',
      rate: 12 / 50,
    });
    expect(result.siteTypes.map((s) => s.siteType)).not.toContain('bus');
    expect(result.sampleEnough).toBe(true);
  });

  it('flags small samples, applies the pass line and sets bad tallies aside with the reason', () => {
    const result = civilityIndex({
      sheet: civilitySheet,
      passLine: 95,
      tallies: [
        tally('a', 'B05', 'trafficIntersection', 40, 8),
        tally('x', 'B99', 'park', 10, 1),
        tally('y', 'B05', 'park', 10, 1),
        tally('z', 'B01', 'park', 5, 9),
        tally('w', 'B01', 'park', 5, 1, 'other'),
      ],
    });
    expect(result.passed).toBe(false);
    expect(result.sampleEnough).toBe(false);
    expect(result.ignored).toEqual([
      { id: 'x', reason: 'unknownBehaviour' },
      { id: 'y', reason: 'siteTypeNotOnSheet' },
      { id: 'z', reason: 'occurrencesExceedObserved' },
      { id: 'w', reason: 'otherSheet' },
    ]);
    expect(civilityIndex({ sheet: civilitySheet, tallies: [] })).toMatchObject({
      index: null,
      passed: null,
      sampleEnough: false,
    });
  });
});

describe('phaseCountdowns', () => {
  it('counts days left and overdue in Asia/Shanghai days', () => {
    const timeline = [
      { phase: 'mobilization' as const, start: '2026-03-01', end: '2026-03-31' },
      { phase: 'specialRectification' as const, start: '2026-04-01', end: '2026-06-30' },
      { phase: 'finalSprint' as const, start: '2026-07-01', end: '2026-08-15' },
    ];
    const [mob, spec, sprint] = phaseCountdowns(timeline, '2026-04-10T23:30:00+08:00');
    expect(mob).toMatchObject({ daysLeft: -10, overdue: true });
    expect(spec).toMatchObject({ daysLeft: 81, daysIn: 9, overdue: false, notStarted: false });
    expect(sprint).toMatchObject({ notStarted: true, daysIn: -82 });
    expect(phaseCountdowns(timeline, '2026-03-31T16:30:00Z')[0]).toMatchObject({
      daysLeft: -1,
      overdue: true,
    });
  });
});

describe('civilityIndex: "无…现象" behaviours', () => {
  it('fails a site type where a behaviour written "any occurrence fails" occurred, whatever its score', () => {
    const smoking = civilitySheet.behaviours.find(
      (b) => b.anyOccurrenceFails && b.siteTypes.includes('hospital'),
    )!;
    const littering = civilitySheet.behaviours.find(
      (b) => !b.anyOccurrenceFails && b.siteTypes.includes('hospital'),
    )!;
    const tally = (behaviourCode: string, occurrences: number, id: string): CivilityTally => ({
      id,
      sheetId: civilitySheet.id,
      behaviourCode,
      siteType: 'hospital',
      observedAt: '2026-05-20T10:00:00+08:00',
      observed: 500,
      occurrences,
    });
    const clean = civilityIndex({
      sheet: civilitySheet,
      tallies: [tally(littering.code, 5, 't1'), tally(smoking.code, 0, 't2')],
    });
    expect(clean.siteTypes[0]).toMatchObject({ anyOccurrence: [], passed: true });
    expect(clean.passed).toBe(true);
    const once = civilityIndex({
      sheet: civilitySheet,
      tallies: [tally(littering.code, 5, 't1'), tally(smoking.code, 1, 't2')],
    });
    expect(once.siteTypes[0]!.score).toBeGreaterThan(99);
    expect(once.siteTypes[0]).toMatchObject({ anyOccurrence: [smoking.code], passed: false });
    expect(once.passed).toBe(false);
  });
});
