import type { AssessmentRound, Rectification } from '@chuangwen/model';
import { describe, expect, it } from 'vitest';
import { appraiseUnits, phaseReadiness, rankUnits, roundReport, suggestOutcomes } from '../src/index.js';
import { emptyFacts } from '../src/internal.js';
import { AS_OF, noticeProblems, noticeUnits } from './notice.js';

// A quarterly ranking notice of a fictional city about its districts, as such notices print it:
//   2026年第二季度创文工作排名通报  一类地区（城区）  1 清澄区 96.5  2 江澜区 88.4  3 云岭区 85.0  4 北沙区 79.6
const q2 = rankUnits([
  { unitId: 'qingcheng', score: 96.5, rankingGroup: 'urbanDistricts' },
  { unitId: 'jianglan', score: 88.4, rankingGroup: 'urbanDistricts' },
  { unitId: 'yunling', score: 85, rankingGroup: 'urbanDistricts' },
  { unitId: 'beisha', score: 79.6, rankingGroup: 'urbanDistricts' },
]);

describe('outcomes at ties and at the top of a group, as notices award them', () => {
  it('interviews the second-placed unit below the interview line rather than flagging it red as well', () => {
    const jianglan = suggestOutcomes(q2).filter((s) => s.unitId === 'jianglan');
    expect(jianglan.map((s) => s.kind)).toEqual(['admonitionMeeting']);
    expect(jianglan[0]!.reason).toEqual({
      'zh-CN': '得分 88.4 低于 90 分，建议约谈',
      en: 'score 88.4 below 90: interview (admonition meeting) suggested',
    });
    // The top of the group keeps its reward and is never sanctioned.
    expect(
      suggestOutcomes(q2)
        .filter((s) => s.unitId === 'qingcheng')
        .map((s) => s.kind),
    ).toEqual(['commendation', 'redFlag']);
  });

  it('gives no flag where six units tie at 100: a flag for the top two singles out no one among six equals', () => {
    const tied = rankUnits(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((unitId) => ({ unitId, score: 100, rankingGroup: 'streets' })),
    );
    expect(tied.every((r) => r.rank === 1 && !r.last)).toBe(true);
    expect(suggestOutcomes(tied)).toEqual([]);
    // With a seventh unit behind them, the six still share no red flag, and the seventh alone is last.
    const seven = rankUnits([
      ...tied.map((t) => ({ unitId: t.unitId, score: 100, rankingGroup: 'streets' })),
      { unitId: 'g', score: 91, rankingGroup: 'streets' },
    ]);
    const kinds = suggestOutcomes(seven).map((s) => `${s.unitId}:${s.kind}`);
    expect(kinds).toEqual(['g:blueFlag']);
  });

  it('lets two units tied first share the two red flags, and says so in both languages', () => {
    const two = rankUnits([
      { unitId: 'a', score: 97 },
      { unitId: 'b', score: 97 },
      { unitId: 'c', score: 92 },
      { unitId: 'd', score: 90 },
    ]);
    const flags = suggestOutcomes(two).filter((s) => s.kind === 'redFlag');
    expect(flags.map((s) => s.unitId)).toEqual(['a', 'b']);
    expect(flags[0]!.reason['zh-CN']).toBe('组内排名第 1（前 2 名），建议红旗');
    expect(flags[0]!.reason.en).toBe('ranked 1 in its group (top 2): red flag suggested');
  });
});

describe('an unvalidated rectification in the appraisal', () => {
  it('reports a rectification without repeatCount, located and in both languages, instead of deducting nothing', () => {
    // As JSON from a host that skipped validation: the schema's default for repeatCount was never applied.
    const raw = JSON.parse(JSON.stringify(noticeProblems[0])) as Record<string, unknown>;
    delete raw.repeatCount;
    const { scorecards, issues } = appraiseUnits({
      asOf: AS_OF,
      units: noticeUnits,
      rectifications: [raw as unknown as Rectification, noticeProblems[1]!],
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      path: ['rectifications', 0, 'repeatCount'],
      pointer: '/rectifications/0/repeatCount',
      code: 'unreadable_rectification',
    });
    expect(issues[0]!.message['zh-CN']).toContain('回潮次数（repeatCount）');
    expect(issues[0]!.message.en).toContain('validate it with validateCampaign');
    expect(scorecards.every((c) => Number.isFinite(c.score))).toBe(true);
    expect(scorecards.find((c) => c.unitId === 'u-market-svc')!.entries).toEqual([]);
    expect(scorecards.find((c) => c.unitId === 'u-traffic')!.entries).toHaveLength(1);
  });

  it('reports an unreadable date rather than throwing', () => {
    const bad = { ...noticeProblems[0]!, reportedAt: '2026-13-45' };
    const { issues } = appraiseUnits({ asOf: AS_OF, units: noticeUnits, rectifications: [bad] });
    expect(issues.map((i) => i.pointer)).toEqual(['/rectifications/0/reportedAt']);
  });
});

describe('material requirements of one category add up', () => {
  it('asks for two plans where two requirements of a standard each ask for one, and names the shortfall', () => {
    const inventory = {
      entries: [
        {
          standardRef: '10.01.01',
          requirements: [
            { category: 'plan' as const, quantity: 1 }, // 创建工作实施方案
            { category: 'plan' as const, quantity: 1 }, // 应急演练方案
            { category: 'photo' as const, quantity: 3 },
          ],
        },
      ],
    };
    const facts = {
      ...emptyFacts(),
      standards: {},
      missedMonths: [],
      archiveSubmitted: true,
      archive: { '10': { '10.01.01': { plan: 1, photo: 3 } } },
    };
    const r = phaseReadiness('inspectionReadiness', facts, { inventory });
    expect(r.ready).toBe(false);
    expect(r.blockers[0]!.details).toEqual([
      { ref: '10.01.01', message: { 'zh-CN': '方案 1/2', en: 'plan 1/2' } },
    ]);
    const enough = { ...facts, archive: { '10': { '10.01.01': { plan: 2, photo: 3 } } } };
    expect(phaseReadiness('inspectionReadiness', enough, { inventory }).ready).toBe(true);
  });
});

describe('roundReport keeps editions apart', () => {
  const round = (
    id: string,
    period: string,
    heldOn: string,
    score: number,
    extra: Partial<AssessmentRound> = {},
  ): AssessmentRound => ({
    id,
    kind: 'official',
    title: id,
    period,
    heldOn,
    results: [{ unitId: 'jianglan', score, methodScores: {}, parts: [] }],
    jurisdictionResult: {
      score,
      methodScores: { fieldInspection: score - 40, documentReview: 40 },
      parts: [],
    },
    ...extra,
  });
  // The main assessment and the minors' assessment, held the same days: 88.1, 91.9, 89.5 against 96.0, 73.7.
  const rounds = [
    round('main-2025', '2025', '2025-08-20', 88.1),
    round('minors-2025', '2025', '2025-08-20', 91.9, { editionId: 'minors' }),
    round('main-2026', '2026', '2026-08-19', 89.5, { editionId: 'main' }),
    round('minors-2026', '2026', '2026-08-19', 96, { editionId: 'minors' }),
  ];

  it('never takes a change between the main assessment and the minors’ one', () => {
    const report = roundReport(rounds, { mainEditionId: 'main' });
    const tenths = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
    const lines = report.units.jianglan!.map((l) => [
      l.roundId,
      l.editionId,
      tenths(l.change),
      tenths(l.yearOnYear),
    ]);
    // Mixed, they would read +3.8, −2.4 and +6.5 between different assessments.
    expect(lines).toEqual([
      ['main-2025', 'main', null, null],
      ['minors-2025', 'minors', null, null],
      ['main-2026', 'main', 1.4, 1.4],
      ['minors-2026', 'minors', 4.1, 4.1],
    ]);
    expect(roundReport(rounds, { editionId: 'minors' }).rounds.map((r) => r.id)).toEqual([
      'minors-2025',
      'minors-2026',
    ]);
  });

  it('reports the jurisdiction’s own result with its method split and year-on-year change', () => {
    const report = roundReport(rounds, { mainEditionId: 'main', editionId: 'main' });
    const [y2025, y2026] = report.jurisdiction;
    expect([y2025!.roundId, y2025!.score, y2025!.yearOnYear, y2025!.methodScores]).toEqual([
      'main-2025',
      88.1,
      null,
      { fieldInspection: 88.1 - 40, documentReview: 40 },
    ]);
    expect(y2026!.yearOnYear).toBeCloseTo(1.4, 10);
    expect(y2026!.methodChanges.fieldInspection).toBeCloseTo(1.4, 10);
    expect(y2026!.methodChanges.documentReview).toBe(0);
  });
});
