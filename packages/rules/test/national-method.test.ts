import { defineFramework } from '@chuangwen/checklists';
import { districtFramework, sampleDistrictResults } from '@chuangwen/checklists/district';
import type { AssessmentRound, Observation } from '@chuangwen/model';
import { describe, expect, it } from 'vitest';
import {
  archiveHeld,
  cycleTotal,
  materialWindow,
  pointsIndex,
  roundReport,
  scoreFramework,
} from '../src/index.js';

// A document-shaped edition as the national method is reported to score a prefecture-level city: the minors'
// framework a condition to apply that also weighs 20%, a nomination that is met or not, points pooled per method
// (材料审核 40, 实地考察 40, 问卷调查 10, 部门意见 10), material from the year ending a month before the assessment.
// The text is invented; the figures are sample figures.
const cityEdition = defineFramework({
  id: 'sample-city-method',
  name: {
    'zh-CN': '全国文明城市测评体系（地级市，示例）',
    en: 'National civilized city framework (prefecture, sample)',
  },
  editionYear: 2026,
  group: 'prefectureLevel',
  totalPoints: 100,
  methodPools: [
    { method: 'documentReview', points: 40 },
    { method: 'fieldInspection', points: 40 },
    { method: 'survey', points: 10 },
    { method: 'departmentOpinion', points: 10 },
  ],
  materialWindow: { lengthMonths: 12, endMonthsBefore: 1 },
  cycleWeights: [0.15, 0.25, 0.6],
  prerequisites: [
    {
      code: 'P1',
      description: { 'zh-CN': '未成年人思想道德建设工作测评得分不低于85分' },
      assessment: { 'zh-CN': '未成年人思想道德建设工作测评' },
      editionId: 'sample-minors',
      minimumScore: 85,
      weight: 0.2,
    },
    { code: 'P2', description: { 'zh-CN': '取得本届提名城市资格', en: 'Nominated for this cycle' } },
  ],
  items: [
    {
      code: '01',
      title: { 'zh-CN': '创建工作机制' },
      contents: [
        {
          code: '01.01',
          title: { 'zh-CN': '组织领导' },
          standards: [
            // The kind and the rule are not printed: by default a document standard, all or nothing.
            {
              code: '01.01.01',
              text: { 'zh-CN': '制定年度创建工作方案' },
              methods: ['documentReview'],
              points: 40,
            },
          ],
        },
      ],
    },
    {
      code: '02',
      title: { 'zh-CN': '城市环境' },
      contents: [
        {
          code: '02.01',
          title: { 'zh-CN': '公共交通' },
          standards: [
            // A bus line with its stops is one site of two types; the stop standard reads it as a stop.
            {
              code: '02.01.01',
              text: { 'zh-CN': '公交站台公益广告不少于2处' },
              methods: ['fieldInspection'],
              points: 40,
              siteTypes: ['busStop'],
              kind: 'facility',
              scoring: { kind: 'countThreshold', required: 4, deductionPerShortfall: 10 },
              siteThresholds: [{ siteType: 'busStop', text: { 'zh-CN': '每站不少于2处' }, required: 2 }],
            },
          ],
        },
        {
          code: '02.02',
          title: { 'zh-CN': '群众满意度' },
          standards: [{ code: '02.02.01', text: { 'zh-CN': '市民满意率' }, methods: ['survey'], points: 10 }],
        },
      ],
    },
  ],
});

const o = (id: string, standardRef: string, extra: Partial<Observation>): Observation =>
  ({
    id,
    standardRef,
    scope: { kind: 'jurisdiction' },
    observedAt: '2026-07-10T10:00:00+08:00',
    method: 'fieldInspection',
    source: 'officialAssessment',
    outcome: 'pass',
    evidence: [],
    ...extra,
  }) as Observation;

const evidence: Observation[] = [
  // The plan was filed in the first days of August 2025: inside the assessment's window, yet more than a rolling year
  // before the day it is scored.
  o('plan', '01.01.01', { method: 'documentReview', observedAt: '2025-08-05T10:00:00+08:00' }),
  o('ads', '02.01.01', {
    scope: { kind: 'site', siteId: 'line-12' },
    measuredCount: 1,
    outcome: 'fail',
  }),
  o('satisfaction', '02.02.01', { method: 'survey', measuredRate: 0.9 }),
];
const sites = [{ id: 'line-12', siteType: 'bus', otherSiteTypes: ['busStop'] }];

describe('the national method as scored', () => {
  const score = (extra: Partial<Parameters<typeof scoreFramework>[0]> = {}) =>
    scoreFramework({
      framework: cityEdition,
      observations: evidence,
      asOf: '2026-08-20T18:00:00+08:00',
      assessmentOn: '2026-08-20',
      sites,
      prerequisiteScores: { P1: 88 },
      prerequisitesMet: { P2: true },
      methodScores: { departmentOpinion: 9 },
      ...extra,
    });

  it('pools points per method, the department opinions scored as a whole, and adds them to the total', () => {
    const s = score();
    expect(s.methods).toEqual({
      documentReview: { method: 'documentReview', maxPoints: 40, points: 40, whole: false },
      // One ad at a bus-line stop where the stop threshold asks for two: 40 − 1 × 10.
      fieldInspection: { method: 'fieldInspection', maxPoints: 40, points: 30, whole: false },
      survey: { method: 'survey', maxPoints: 10, points: 10, whole: false },
      departmentOpinion: { method: 'departmentOpinion', maxPoints: 10, points: 9, whole: true },
    });
    expect([s.additive, s.wholePools, s.maxPoints, s.total]).toEqual([80, 9, 100, 89]);
  });

  it('weighs the minors’ framework in the combined total and gates it on both conditions to apply', () => {
    const s = score();
    // 0.8 × 89 + 0.2 × 88 = 88.8
    expect(s.combinedTotal).toBe(88.8);
    expect(s.companions).toEqual([{ code: 'P1', editionId: 'sample-minors', weight: 0.2, score: 88 }]);
    expect(s.prerequisites).toEqual([
      { code: 'P1', kind: 'score', minimumScore: 85, actual: 88, passed: true },
      { code: 'P2', kind: 'condition', minimumScore: null, actual: 1, passed: true },
    ]);
    const belowLine = score({ prerequisiteScores: { P1: 84 } });
    expect([belowLine.gated, belowLine.total, belowLine.combinedTotal]).toEqual([true, 0, 0]);
    const notNominated = score({ prerequisitesMet: { P2: false } });
    expect(notNominated.gated).toBe(true);
    expect(score({ prerequisitesMet: {} }).prerequisites[1]).toMatchObject({ actual: null, passed: false });
    expect(score({ prerequisiteScores: {} }).combinedTotal).toBe(0);
  });

  it('reads material in the window fixed to the assessment, not in a year rolling back from today', () => {
    expect(materialWindow('2026-08-20')).toEqual({ from: '2025-08-01', to: '2026-07-31' });
    expect(score().standards['01.01.01']!.points).toBe(40);
    expect(score().materialWindow).toEqual({ from: '2025-08-01', to: '2026-07-31' });
    // Without the assessment's date, the plan is read by its validity at asOf: 380 days old, it no longer counts.
    const rolling = scoreFramework({
      framework: cityEdition,
      observations: evidence,
      asOf: '2026-08-20T18:00:00+08:00',
    });
    expect(rolling.standards['01.01.01']!.points).toBeNull();
    // A plan filed after the window closed does not count for this assessment however fresh it is.
    const late = o('late-plan', '01.01.01', {
      method: 'documentReview',
      observedAt: '2026-08-05T10:00:00+08:00',
    });
    expect(scoreFramework({ ...baseInput(), observations: [late] }).standards['01.01.01']!.points).toBeNull();
    const docs = [
      { category: 'plan' as const, standardRefs: ['01.01.01'], date: '2025-08-01' },
      { category: 'plan' as const, standardRefs: ['01.01.01'], date: '2025-07-31' },
      { category: 'photo' as const, standardRefs: ['01.01.01', '02.01.01'], date: '2026-07-31' },
    ];
    expect(archiveHeld(docs, { window: materialWindow('2026-08-20') })).toEqual({
      '01.01.01': { plan: 1, photo: 1 },
      '02.01.01': { photo: 1 },
    });
  });

  it('totals the cycle from the annual results, weighted 15/25/60, and waits for a missing year', () => {
    const rounds = sampleDistrictResults();
    const cycle = cycleTotal(rounds, {
      firstYear: 2024,
      weights: districtFramework.cycleWeights!,
      mainEditionId: districtFramework.id,
      editionId: districtFramework.id,
    });
    expect(cycle.years.map((y) => [y.year, y.score, y.contribution])).toEqual([
      [2024, 79.42, 11.913],
      [2025, 84.6, 21.15],
      [2026, 90.4, 54.24],
    ]);
    expect([cycle.total, cycle.complete]).toEqual([87.3, true]);
    const twoYears = cycleTotal(
      rounds.filter((r) => r.period !== '2026'),
      {
        firstYear: 2024,
        weights: [0.15, 0.25, 0.6],
        mainEditionId: districtFramework.id,
      },
    );
    expect([twoYears.total, twoYears.soFar, twoYears.complete]).toEqual([null, 33.06, false]);
  });

  it('reports the district’s own result each year, split by method, with its change on the year before', () => {
    const report = roundReport(sampleDistrictResults(), {
      mainEditionId: districtFramework.id,
      editionId: districtFramework.id,
    });
    const lines = report.jurisdiction.map((l) => [l.period, l.score, l.rank, l.yearOnYear]);
    expect(lines.map(([p, s, r]) => [p, s, r])).toEqual([
      ['2024', 79.42, 9],
      ['2025', 84.6, 6],
      ['2026', 90.4, 3],
    ]);
    expect(report.jurisdiction[2]!.yearOnYear).toBeCloseTo(5.8, 10);
    expect(report.jurisdiction[2]!.methodScores.documentReview).toBe(21.4);
  });
});

function baseInput() {
  return {
    framework: cityEdition,
    observations: evidence,
    asOf: '2026-08-20T18:00:00+08:00',
    assessmentOn: '2026-08-20',
  };
}

// A provincial civility index that scores cities, counties and villages and towns at once, in points per item (文明程度
// 指数), with a media standard for cities only. Invented text.
const provincialIndex = defineFramework({
  id: 'sample-province-index',
  name: { 'zh-CN': '某省文明程度指数测评体系（示例）', en: 'Provincial civility index (sample)' },
  editionYear: 2026,
  group: 'provincialCity',
  groups: [
    { group: 'provincialCity', name: { 'zh-CN': '市（州）组' }, honour: 'provincialCivilizedCity' },
    { group: 'provincialCounty', name: { 'zh-CN': '县（市、区）组' }, honour: 'provincialCivilizedCounty' },
    { group: 'provincialVillageTown', name: { 'zh-CN': '村镇组' }, honour: 'provincialCivilizedVillageTown' },
  ],
  totalPoints: 10,
  pointsIndex: { name: { 'zh-CN': '文明程度指数', en: 'Civility index' }, passLine: 8 },
  items: [
    {
      code: 'A',
      title: { 'zh-CN': '公共环境' },
      contents: [
        {
          code: 'A1',
          title: { 'zh-CN': '公共场所环境' },
          standards: [
            { code: 'A1.1', text: { 'zh-CN': '公共场所干净整洁' }, methods: ['fieldInspection'], points: 6 },
            {
              code: 'A1.2',
              text: { 'zh-CN': '市级报纸刊播公益广告' },
              methods: ['onlineMediaCheck'],
              points: 4,
              groups: ['provincialCity'],
            },
            {
              code: 'A1.3',
              text: { 'zh-CN': '村镇宣传栏展示公益广告' },
              methods: ['fieldInspection'],
              points: 4,
              groups: ['provincialCounty', 'provincialVillageTown'],
            },
          ],
        },
      ],
    },
  ],
});

describe('a provincial index of several groups, scored in points', () => {
  const clean = (code: string, grade: string) => o(code, code, { grade, outcome: 'pass' });

  it('scores each group on its own standards and reads the total as the index', () => {
    const observations = [clean('A1.1', 'B'), o('A1.2', 'A1.2', {}), o('A1.3', 'A1.3', {})];
    const asOf = '2026-07-20T12:00:00+08:00';
    const city = scoreFramework({ framework: provincialIndex, observations, asOf, group: 'provincialCity' });
    const village = scoreFramework({
      framework: provincialIndex,
      observations,
      asOf,
      group: 'provincialVillageTown',
    });
    expect(Object.keys(city.standards)).toEqual(['A1.1', 'A1.2']);
    expect(Object.keys(village.standards)).toEqual(['A1.1', 'A1.3']);
    // 6 × 0.66 + 4 = 7.96: below the line of 8.
    const index = pointsIndex(provincialIndex, city);
    expect([index.index, index.maxPoints, index.passLine, index.passed]).toEqual([7.96, 10, 8, false]);
    expect(index.name).toEqual({ 'zh-CN': '文明程度指数', en: 'Civility index' });
    expect(index.items).toEqual([
      { code: 'A', title: { 'zh-CN': '公共环境' }, points: 7.96, maxPoints: 10, rate: 0.796 },
    ]);
    expect(
      pointsIndex(provincialIndex, scoreFramework({ framework: provincialIndex, observations: [], asOf }))
        .index,
    ).toBeNull();
  });
});

it('keeps a round of another edition out of the cycle total', () => {
  const minorsOnly: AssessmentRound[] = sampleDistrictResults().filter(
    (r) => r.editionId === 'sample-minors-2026',
  );
  expect(cycleTotal(minorsOnly, { firstYear: 2024, weights: [0.15, 0.25, 0.6], editionId: 'x' }).soFar).toBe(
    0,
  );
});
