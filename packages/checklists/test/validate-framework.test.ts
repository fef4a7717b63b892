import { ContentError } from '@chuangwen/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineFramework, listStandards, validateFramework } from '../src/index.js';
import { tinyFramework } from './sample.js';

type Doc = Record<string, any>;
const SITE_TYPES = ['mainRoad', 'busStop'];

function issuesOf(mutate: (d: Doc) => void) {
  const doc = tinyFramework() as Doc;
  mutate(doc);
  const result = validateFramework(JSON.parse(JSON.stringify(doc)), { siteTypes: SITE_TYPES });
  if (result.ok) throw new Error('expected the framework to be rejected');
  return result.issues.map((i) => ({
    code: i.code,
    pointer: i.pointer,
    zh: i.message['zh-CN'],
    en: i.message.en,
  }));
}

describe('validateFramework', () => {
  it('accepts three-tier and four-tier items in one edition and keeps every tier', () => {
    const result = validateFramework(tinyFramework(), { siteTypes: SITE_TYPES });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const located = listStandards(result.value);
    expect(located.map((l) => l.standard.code)).toEqual(['A.1.1', 'A.1.2', 'A.2.1', 'B.x.1.1', 'B.x.1.2']);
    expect(located[3]!.indicator?.code).toBe('B.x');
    expect(located[3]!.path).toEqual(['items', 1, 'indicators', 0, 'contents', 0, 'standards', 0]);
    expect(located[0]!.indicator).toBeUndefined();
  });

  it.each([
    [
      'a duplicate standard code',
      (d: Doc) => {
        d.items[0].contents[0].standards[1].code = 'A.1.1';
      },
      'duplicate_code',
      '/items/0/contents/0/standards/1/code',
      /重复/,
      /duplicate code "A.1.1"/,
    ],
    [
      'a code shared by a content and a standard',
      (d: Doc) => {
        d.items[1].indicators[0].contents[0].standards[0].code = 'A.2';
      },
      'duplicate_code',
      '/items/1/indicators/0/contents/0/standards/0/code',
      /A.2/,
      /first used at/,
    ],
    [
      'a site type not in the catalogue',
      (d: Doc) => {
        d.items[0].contents[0].standards[0].siteTypes = ['moonBase'];
      },
      'unknown_reference',
      '/items/0/contents/0/standards/0/siteTypes/0',
      /点位目录/,
      /moonBase/,
    ],
    [
      'a threshold for a site type the standard does not name',
      (d: Doc) => {
        d.items[0].contents[0].standards[0].siteThresholds = [
          { siteType: 'busStop', text: { 'zh-CN': '每站2处' } },
        ];
      },
      'unknown_reference',
      '/items/0/contents/0/standards/0/siteThresholds/0/siteType',
      /阈值/,
      /threshold site type "busStop"/,
    ],
    [
      'a survey rule on a facility standard',
      (d: Doc) => {
        d.items[0].contents[0].standards[0].scoring = { kind: 'survey', passLine: 0.8 };
      },
      'scoring_rule_mismatch',
      '/items/0/contents/0/standards/0/scoring/kind',
      /不适用/,
      /does not fit a "facility" standard/,
    ],
    [
      'a count rule on a survey standard',
      (d: Doc) => {
        d.items[0].contents[1].standards[0].scoring = {
          kind: 'countThreshold',
          required: 3,
          deductionPerShortfall: 1,
        };
      },
      'scoring_rule_mismatch',
      '/items/0/contents/1/standards/0/scoring/kind',
      /数量要求.*问卷调查.*问卷合格线/,
      /use one of: survey/,
    ],
    [
      'a survey standard not assessed by survey',
      (d: Doc) => {
        d.items[0].contents[1].standards[0].methods = ['fieldInspection'];
      },
      'method_mismatch',
      '/items/0/contents/1/standards/0/methods',
      /问卷/,
      /assessed by survey/,
    ],
    [
      'a standard with no method',
      (d: Doc) => {
        d.items[0].contents[0].standards[0].methods = [];
      },
      'missing_method',
      '/items/0/contents/0/standards/0/methods',
      /测评方法/,
      /at least one assessment method/,
    ],
    [
      'points that do not add up to the total',
      (d: Doc) => {
        d.totalPoints = 12;
      },
      'points_mismatch',
      '/totalPoints',
      /12/,
      /declares 12 points but what it holds adds up to 10/,
    ],
    [
      'item points that do not add up',
      (d: Doc) => {
        d.items[0].points = 5;
        d.totalPoints = 10;
      },
      'points_mismatch',
      '/items/0/points',
      /5/,
      /declares 5 points but what it holds adds up to 6/,
    ],
    [
      'an item with both contents and indicators',
      (d: Doc) => {
        d.items[1].contents = [
          {
            code: 'B.c',
            title: { 'zh-CN': 'x' },
            standards: [{ ...d.items[0].contents[0].standards[0], code: 'B.c.1', points: 0 }],
          },
        ];
      },
      'item_shape',
      '/items/1',
      /之一/,
      /exactly one/,
    ],
    [
      'an item with neither',
      (d: Doc) => {
        d.items.push({ code: 'C', title: { 'zh-CN': '空' } });
      },
      'item_shape',
      '/items/2',
      /测评内容（三级）或指标（四级）/,
      /either contents/,
    ],
    [
      'bands that do not rise',
      (d: Doc) => {
        d.items[0].contents[0].standards[1].scoring.bands = [
          { grade: 'A', maxViolations: 1, coefficient: 1 },
          { grade: 'B', maxViolations: 1, coefficient: 0.5 },
          { grade: 'C#', coefficient: 0 },
        ];
      },
      'invalid_bands',
      '/items/0/contents/0/standards/1/scoring/bands/1/maxViolations',
      /递增/,
      /rise/,
    ],
    [
      'a ratio whose pass is above its full mark',
      (d: Doc) => {
        d.items[1].indicators[0].contents[0].standards[1].scoring = {
          kind: 'ratio',
          fullAt: 0.8,
          passAt: 0.9,
        };
      },
      'invalid_ratio',
      '/items/1/indicators/0/contents/0/standards/1/scoring/passAt',
      /达标比率/,
      /passAt/,
    ],
    [
      'an unknown standard kind',
      (d: Doc) => {
        d.items[0].contents[0].standards[0].kind = 'vibe';
      },
      'invalid_value',
      '/items/0/contents/0/standards/0/kind',
      /取值无效/,
      /"facility"/,
    ],
    [
      'an unknown key',
      (d: Doc) => {
        d.items[0].contents[0].standards[0].weight = 3;
      },
      'unknown_key',
      '/items/0/contents/0/standards/0/weight',
      /weight/,
      /unknown field "weight"/,
    ],
    [
      'a pass grade that is not a band',
      (d: Doc) => {
        d.items[0].contents[0].standards[1].scoring.passGrade = 'B';
      },
      'unknown_grade',
      '/items/0/contents/0/standards/1/scoring/passGrade',
      /达标等级 B/,
      /pass grade B/,
    ],
    [
      'content points that do not add up',
      (d: Doc) => {
        d.items[0].contents[0].points = 5;
      },
      'points_mismatch',
      '/items/0/contents/0/points',
      /测评内容分值 5/,
      /content declares 5 points/,
    ],
    [
      'an item group naming an unknown item',
      (d: Doc) => {
        d.itemGroups = [{ code: 'G', title: { 'zh-CN': '组' }, itemCodes: ['A', 'Z'] }];
      },
      'unknown_reference',
      '/itemGroups/0/itemCodes/1',
      /测评项目 "Z" 不存在/,
      /no item "Z"/,
    ],
    [
      'an item in two groups',
      (d: Doc) => {
        d.itemGroups = [
          { code: 'G1', title: { 'zh-CN': '组1' }, itemCodes: ['A'] },
          { code: 'G2', title: { 'zh-CN': '组2' }, itemCodes: ['A', 'B'] },
        ];
      },
      'duplicate_code',
      '/itemGroups/1/itemCodes/0',
      /已归入其他测评类别/,
      /already in another category/,
    ],
    [
      'group points that do not add up',
      (d: Doc) => {
        d.itemGroups = [{ code: 'G', title: { 'zh-CN': '组' }, points: 3, itemCodes: ['A'] }];
      },
      'points_mismatch',
      '/itemGroups/0/points',
      /测评类别分值 3/,
      /category declares 3 points but what it holds adds up to 6/,
    ],
    [
      'a sampled site type not in the catalogue',
      (d: Doc) => {
        d.sampling = [{ siteType: 'moonBase', count: 2 }];
      },
      'unknown_reference',
      '/sampling/0/siteType',
      /moonBase/,
      /not in the catalogue/,
    ],
    [
      'a precision beyond four places',
      (d: Doc) => {
        d.precision = 7;
      },
      'too_big',
      '/precision',
      /不能大于 4/,
      /at most 4/,
    ],
  ] as const)('reports %s at its place', (_name, mutate, code, pointer, zh, en) => {
    const issues = issuesOf(mutate);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code, pointer });
    expect(issues[0]!.zh).toMatch(zh);
    expect(issues[0]!.en).toMatch(en);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateFramework(value);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });

  it('defineFramework returns the parsed edition, or throws a ContentError with every issue', () => {
    expect(defineFramework(tinyFramework()).items[0]!.contents![0]!.standards[0]!.veto).toBe(false);
    const broken = tinyFramework();
    broken.totalPoints = 99;
    try {
      defineFramework(broken);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).issues.map((i) => i.code)).toEqual(['points_mismatch']);
      expect((error as Error).message).toContain('/totalPoints');
    }
  });
});
