import { describe, expect, it } from 'vitest';
import { districtFramework, siteTypeCatalogue } from '../src/district/index.js';
import {
  DEFAULT_SURVEY_PASS_LINE,
  defaultKind,
  type FrameworkEditionInput,
  groupsOf,
  label,
  standardsFor,
  tierName,
  validateFramework,
} from '../src/index.js';

// An edition as a province prints it (invented text): its own tier names, three groups at once, standards whose kind
// and rule are not printed, the conditions to apply, points pooled per method.
function provincial(): FrameworkEditionInput {
  return {
    id: 'sample-province-2026',
    name: { 'zh-CN': '某省文明城市测评体系（示例）' },
    editionYear: 2026,
    group: 'provincialCity',
    groups: [
      { group: 'provincialCity', name: { 'zh-CN': '市（州）组' }, honour: 'provincialCivilizedCity' },
      { group: 'provincialCounty', name: { 'zh-CN': '县（市、区）组' }, honour: 'provincialCivilizedCounty' },
    ],
    tierNames: {
      item: { 'zh-CN': '一级指标', en: 'First-level indicator' },
      content: { 'zh-CN': '二级指标' },
    },
    totalPoints: 20,
    defaultSurveyPassLine: 0.8,
    methodPools: [
      { method: 'documentReview', points: 6 },
      { method: 'survey', points: 4 },
      { method: 'fieldInspection', points: 6 },
      { method: 'departmentOpinion', points: 4 },
    ],
    prerequisites: [
      {
        code: 'Q1',
        description: { 'zh-CN': '未成年人思想道德建设测评不低于85分' },
        assessment: { 'zh-CN': '未成年人思想道德建设测评' },
        minimumScore: 85,
        weight: 0.2,
      },
      { code: 'Q2', description: { 'zh-CN': '上届创建成效显著', en: 'Marked results in the last cycle' } },
    ],
    items: [
      {
        code: '1',
        title: { 'zh-CN': '创建工作' },
        contents: [
          {
            code: '1.1',
            title: { 'zh-CN': '工作机制' },
            standards: [
              { code: '1.1.1', text: { 'zh-CN': '年度工作方案' }, methods: ['documentReview'], points: 6 },
              { code: '1.1.2', text: { 'zh-CN': '群众满意率' }, methods: ['survey'], points: 4 },
              { code: '1.1.3', text: { 'zh-CN': '主干道整洁' }, methods: ['fieldInspection'], points: 6 },
            ],
          },
        ],
      },
    ],
  };
}

const issuesOf = (input: unknown) => {
  const r = validateFramework(input);
  return r.ok ? [] : r.issues.map((i) => [i.pointer, i.code]);
};

describe('what an edition does not print', () => {
  it('reads a standard whose kind and rule are not printed by the documented defaults', () => {
    const result = validateFramework(provincial());
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (!result.ok) return;
    const [plan, satisfaction, road] = result.value.items[0]!.contents![0]!.standards;
    expect([plan!.kind, plan!.scoring]).toEqual(['document', { kind: 'binary' }]);
    // The edition's own survey line, not the usual 85%.
    expect([satisfaction!.kind, satisfaction!.scoring]).toEqual([
      'survey',
      { kind: 'survey', passLine: 0.8 },
    ]);
    expect([road!.kind, road!.scoring.kind]).toEqual(['facility', 'stateDescription']);
    const plain = validateFramework({ ...provincial(), defaultSurveyPassLine: undefined });
    expect(plain.ok && plain.value.items[0]!.contents![0]!.standards[1]!.scoring).toEqual({
      kind: 'survey',
      passLine: DEFAULT_SURVEY_PASS_LINE,
    });
    expect(defaultKind(['documentReview', 'briefing'])).toBe('document');
    expect(defaultKind(['fieldInspection', 'survey'])).toBe('facility');
  });

  it('names its tiers as the edition prints them, else as offices usually do', () => {
    const edition = validateFramework(provincial());
    if (!edition.ok) throw new Error('invalid');
    expect(tierName(edition.value, 'item')).toBe('一级指标');
    expect(tierName(edition.value, 'item', 'en')).toBe('First-level indicator');
    expect(tierName(edition.value, 'content', 'en')).toBe('content');
    expect(tierName(edition.value, 'itemGroup')).toBe('测评类别');
    expect(tierName(districtFramework, 'itemGroup', 'en')).toBe('Category');
  });
});

describe('several groups, and the conditions and pools of the national method', () => {
  it('covers several groups at once, and scores each on the standards for it', () => {
    const input = provincial();
    input.items[0]!.contents![0]!.standards[2]!.groups = ['provincialCity'];
    input.items[0]!.contents![0]!.standards.push({
      code: '1.1.4',
      text: { 'zh-CN': '县城主街整洁' },
      methods: ['fieldInspection'],
      points: 6,
      groups: ['provincialCounty'],
    });
    const result = validateFramework(input);
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (!result.ok) return;
    expect(groupsOf(result.value)).toEqual(['provincialCity', 'provincialCounty']);
    expect(standardsFor(result.value, 'provincialCounty').map((l) => l.standard.code)).toEqual([
      '1.1.1',
      '1.1.2',
      '1.1.4',
    ]);
    expect(label('provincialVillageTown', 'zh-CN', 'competitionGroup')).toBe('省级文明村镇');
  });

  it('reports a group the edition does not cover, its own group missing, and points that add up in one group only', () => {
    const input = provincial();
    input.items[0]!.contents![0]!.standards[2]!.groups = ['provincialVillageTown'];
    input.group = 'provincialDistrict';
    const issues = issuesOf(input);
    expect(issues).toContainEqual(['/group', 'unknown_reference']);
    expect(issues).toContainEqual(['/items/0/contents/0/standards/2/groups/0', 'unknown_reference']);
    const oneGroup = provincial();
    oneGroup.items[0]!.contents![0]!.standards[2]!.groups = ['provincialCity'];
    const messages = validateFramework(oneGroup);
    expect(messages.ok).toBe(false);
    if (messages.ok) return;
    const total = messages.issues.find((i) => i.pointer === '/totalPoints')!;
    expect(total.message['zh-CN']).toContain('（省级文明县城）');
    expect(total.message.en).toContain('(Provincial civilized county)');
  });

  it('reports pools that miss a standard’s method or the total, weights without a score, and cycle weights off 1', () => {
    const input = provincial();
    input.methodPools = input.methodPools!.filter((p) => p.method !== 'survey');
    input.prerequisites!.push({ code: 'Q3', description: { 'zh-CN': '提名资格' }, weight: 0.5 });
    input.cycleWeights = [0.2, 0.3, 0.4];
    expect(issuesOf(input)).toEqual([
      ['/items/0/contents/0/standards/1/methods/0', 'unknown_reference'],
      ['/methodPools', 'points_mismatch'],
      ['/prerequisites/2/weight', 'weight_without_score'],
      ['/cycleWeights', 'invalid_weights'],
    ]);
    const wrongPool = provincial();
    wrongPool.methodPools![0]!.points = 5;
    expect(issuesOf(wrongPool)).toEqual([
      ['/methodPools/0/points', 'points_mismatch'],
      ['/methodPools', 'points_mismatch'],
    ]);
  });

  it('takes a yes/no condition to apply without inventing a line, and labels it as offices do', () => {
    const result = validateFramework(provincial());
    expect(result.ok && result.value.prerequisites.map((p) => [p.code, p.minimumScore])).toEqual([
      ['Q1', 85],
      ['Q2', undefined],
    ]);
  });
});

describe('editions written before', () => {
  it('still validate: no pools, one group, every prerequisite scored, kinds and rules printed', () => {
    const before = JSON.parse(JSON.stringify(districtFramework));
    for (const key of ['methodPools', 'materialWindow', 'cycleWeights', 'tierNames']) delete before[key];
    for (const p of before.prerequisites) {
      delete p.editionId;
      delete p.weight;
    }
    expect(validateFramework(before, { siteTypes: siteTypeCatalogue.types.map((t) => t.code) }).ok).toBe(
      true,
    );
  });

  it('the sample edition splits its 100 points into method pools and weighs a cycle 15/25/60', () => {
    expect(districtFramework.methodPools!.reduce((s, p) => s + p.points, 0)).toBe(100);
    expect(districtFramework.cycleWeights).toEqual([0.15, 0.25, 0.6]);
    expect(districtFramework.prerequisites[0]).toMatchObject({
      editionId: 'sample-minors-2026',
      weight: 0.2,
    });
    const roads = siteTypeCatalogue.types.filter((t) => t.category === 'street').map((t) => t.name['zh-CN']);
    expect(roads).toEqual(['主干道', '次干道', '商业大街', '背街小巷']);
  });
});
