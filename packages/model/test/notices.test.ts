import { describe, expect, it } from 'vitest';
import {
  type CampaignInput,
  label,
  labels,
  leadUnitsOf,
  siteTypesOf,
  unitsNamed,
  validateCampaign,
} from '../src/index.js';
import { sampleCampaign } from './sample.js';

// Records as a fictional city's notices print them, encoded through the model: co-lead units, a collective reference
// kept as written, an undated notice, the aspect (方面) of a finding, the jurisdiction's own result split by method.

function withNotice(): CampaignInput {
  const doc = sampleCampaign();
  doc.units = [
    ...(doc.units ?? []),
    { id: 'u-police', name: '县公安局', kind: 'department' },
    { id: 'u-urban', name: '县城管执法局', kind: 'department' },
    { id: 'u-grid', name: '国网某县供电公司', kind: 'stationedUnit' },
  ];
  doc.sites = [
    ...(doc.sites ?? []),
    {
      id: 's-line',
      name: '3路公交线路及站台',
      siteType: 'bus',
      otherSiteTypes: ['busStop'],
      responsibleUnitId: 'u2',
    },
  ];
  doc.rectifications = [
    ...(doc.rectifications ?? []),
    {
      id: 'r-notice-1',
      area: 'trafficOrder',
      aspect: '交通秩序方面',
      scope: { kind: 'site', siteId: 's-line' },
      description: '站台周边非机动车乱停放',
      reportedAt: '2026-05-06T00:00:00+08:00',
      // The notice printed no date: 5 May is when the office received it.
      undated: true,
      leadUnitId: 'u-police',
      coLeadUnitIds: ['u-urban'],
      guarantorUnitIds: ['u-grid'],
      unitsAsWritten: { lead: '县公安局、城管执法局负责', guarantor: '供电公司包保' },
      status: 'assigned',
      deadline: '2026-05-20',
    },
  ];
  doc.tasks = [
    {
      id: 't-every-community',
      standardRefs: ['01.01.01'],
      leadUnitIds: ['u1'],
      unitsAsWritten: { lead: '各社区' },
      deadline: { kind: 'standing', duty: 'longTerm' },
    },
  ];
  doc.assessmentRounds = [
    ...(doc.assessmentRounds ?? []),
    {
      id: 'y2026',
      kind: 'official',
      title: '2026年度测评结果通报',
      period: '2026',
      heldOn: '2026-08-20',
      jurisdictionResult: {
        score: 94.12,
        rank: 3,
        methodScores: { documentReview: 27.31, fieldInspection: 66.81 },
      },
    },
  ];
  return doc;
}

describe('notices as they are printed', () => {
  it('accepts co-leads, the units as written, an undated notice, an aspect and the jurisdiction’s own result', () => {
    const result = validateCampaign(withNotice());
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('counts both co-leads, never the guarantor unit, unless every unit named is asked for', () => {
    const r = withNotice().rectifications!.at(-1)!;
    const parsed = { ...r, supportingUnitIds: [], guarantorUnitIds: r.guarantorUnitIds ?? [] };
    expect(leadUnitsOf(parsed)).toEqual(['u-police', 'u-urban']);
    expect(unitsNamed(parsed, 'lead')).toEqual(['u-police', 'u-urban']);
    expect(unitsNamed(parsed, 'everyNamed')).toEqual(['u-police', 'u-urban', 'u-grid']);
    expect(unitsNamed({ ...parsed, coLeadUnitIds: ['u-police', 'u-urban'] }, 'lead')).toEqual([
      'u-police',
      'u-urban',
    ]);
    expect(labels('lead', 'unitAttribution')).toEqual({
      'zh-CN': '计牵头单位（含共同牵头单位）',
      en: 'Lead units (with co-leads)',
    });
  });

  it('refuses a co-lead that is not a unit of the campaign, at its place', () => {
    const doc = withNotice();
    doc.rectifications![1]!.coLeadUnitIds = ['u-urban', 'u-nowhere'];
    const result = validateCampaign(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        path: ['rectifications', 1, 'coLeadUnitIds', 1],
        pointer: '/rectifications/1/coLeadUnitIds/1',
        code: 'unknown_reference',
        message: { 'zh-CN': '引用的单位 "u-nowhere" 不存在', en: 'refers to unknown unit "u-nowhere"' },
      },
    ]);
  });

  it('checks a bus line’s second site type against the catalogue, as it checks the first', () => {
    const doc = withNotice();
    expect(siteTypesOf(doc.sites!.at(-1)!)).toEqual(['bus', 'busStop']);
    doc.sites!.at(-1)!.otherSiteTypes = ['busStp'];
    const result = validateCampaign(doc, { siteTypes: ['bus', 'busStop', 'farmersMarket'] });
    expect(result.ok ? [] : result.issues.map((i) => i.pointer)).toEqual(['/sites/1/otherSiteTypes/0']);
  });
});

describe('method scores that do not add up to the score', () => {
  const broken = () => {
    const doc = withNotice();
    doc.assessmentRounds!.at(-1)!.jurisdictionResult!.score = 94.21;
    return doc;
  };

  it('are reported at the line, in both languages (27.31 + 66.81 printed for 94.21)', () => {
    const result = validateCampaign(broken());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      pointer: '/assessmentRounds/1/jurisdictionResult/methodScores',
      code: 'split_mismatch',
    });
    expect(result.issues[0]!.message['zh-CN']).toMatch(/^分方法得分之和 94\.12 与得分 94\.21 不符/);
    expect(result.issues[0]!.message.en).toMatch(
      /^the method scores add up to 94\.12, not to the score 94\.21/,
    );
  });

  it('are checked on unit lines and parts too, by the weights where the table prints weighted rates', () => {
    const doc = withNotice();
    doc.assessmentRounds = [
      ...(doc.assessmentRounds ?? []),
      {
        id: 'q2-weighted',
        kind: 'mock',
        title: '第二季度模拟测评',
        period: '2026-Q2',
        heldOn: '2026-06-20',
        methodWeights: { fieldInspection: 0.6, survey: 0.4 },
        results: [
          // 0.6 × 90 + 0.4 × 80 = 86
          { unitId: 'u1', score: 86, methodScores: { fieldInspection: 90, survey: 80 } },
          { unitId: 'u2', score: 84, methodScores: { fieldInspection: 90, survey: 80 } },
          {
            unitId: 'u0',
            score: 70,
            parts: [
              { name: '实地考察部分', score: 50, maxPoints: 60 },
              { name: '问卷调查部分', score: 25, maxPoints: 40 },
            ],
          },
        ],
      },
    ];
    const result = validateCampaign(doc);
    expect(result.ok ? [] : result.issues.map((i) => [i.pointer, i.message.en.slice(0, 44)])).toEqual([
      ['/assessmentRounds/2/results/1/methodScores', 'the weighted method scores add up to 86, not'],
      ['/assessmentRounds/2/results/2/parts', 'the named parts add up to 75, not to the sco'],
    ]);
  });

  it('are left alone where the round says its table prints only some components, or one', () => {
    const doc = broken();
    doc.assessmentRounds!.at(-1)!.partialSplit = true;
    expect(validateCampaign(doc).ok).toBe(true);
    const one = withNotice();
    one.assessmentRounds!.at(-1)!.jurisdictionResult!.methodScores = { survey: 30 };
    expect(validateCampaign(one).ok).toBe(true);
  });
});

describe('the office’s words', () => {
  it('labels outcomes, statuses, units and the market as offices write them', () => {
    expect([label('commendation'), label('criticism')]).toEqual(['通报表扬', '通报批评']);
    expect([label('reported'), label('escalated')]).toEqual(['待交办', '已上报上级']);
    expect(label('stationedUnit')).toBe('中省驻地单位');
    expect(label('stationedUnit', 'en')).toBe('Central or provincial unit stationed locally');
    expect(label('market', 'zh-CN', 'unitKind')).toBe(label('market', 'zh-CN', 'rectificationArea'));
    expect(label('photo')).toBe('照片');
    expect([label('nationalExemplaryCity'), label('provincialCivilizedVillageTown')]).toEqual([
      '全国文明典范城市',
      '省级文明村镇',
    ]);
    expect(label('departmentOpinion')).toBe('部门意见');
  });
});
