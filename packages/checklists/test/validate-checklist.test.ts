import { ContentError } from '@chuangwen/model';
import { describe, expect, it } from 'vitest';
import { districtFramework, rectificationChecklists } from '../src/district/index.js';
import { defineChecklist, validateChecklist } from '../src/index.js';

type Doc = Record<string, any>;
const market = () =>
  JSON.parse(JSON.stringify(rectificationChecklists.find((c) => c.area === 'market'))) as Doc;

describe('validateChecklist', () => {
  it.each([
    [
      'a duplicate item code',
      (d: Doc) => {
        d.sections[1].items[0].code = 'K1.1';
      },
      'duplicate_code',
      '/sections/1/items/0/code',
    ],
    [
      'a standard not in the edition',
      (d: Doc) => {
        d.sections[0].items[0].standardRefs = ['99.99.99'];
      },
      'unknown_reference',
      '/sections/0/items/0/standardRefs/0',
    ],
    [
      'a site type not in the catalogue',
      (d: Doc) => {
        d.sections[0].items[0].siteTypes = ['spaceport'];
      },
      'unknown_reference',
      '/sections/0/items/0/siteTypes/0',
    ],
    [
      'another edition',
      (d: Doc) => {
        d.editionId = 'other-2030';
      },
      'edition_mismatch',
      '/editionId',
    ],
    [
      'another edition, in a checklist written before 0.1',
      (d: Doc) => {
        delete d.editionId;
        d.frameworkEditionId = 'other-2030';
      },
      'edition_mismatch',
      '/editionId',
    ],
    [
      'an unknown response kind',
      (d: Doc) => {
        d.sections[0].items[0].response = { kind: 'vibes' };
      },
      'invalid_value',
      '/sections/0/items/0/response/kind',
    ],
    [
      'an item without site types',
      (d: Doc) => {
        d.sections[0].items[0].siteTypes = [];
      },
      'too_small',
      '/sections/0/items/0/siteTypes',
    ],
  ] as const)('reports %s at its place, in both languages', (_name, mutate, code, pointer) => {
    const doc = market();
    mutate(doc);
    const result = validateChecklist(doc, { framework: districtFramework, siteTypes: ['farmersMarket'] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.pointer])).toEqual([[code, pointer]]);
    expect(result.issues[0]!.message['zh-CN']).toMatch(/\p{Script=Han}/u);
    expect(result.issues[0]!.message.en.length).toBeGreaterThan(5);
  });

  it('defineChecklist fills defaults and throws ContentError on bad content', () => {
    const checklist = defineChecklist({
      id: 'night-market',
      title: { 'zh-CN': '夜市检查表' },
      area: 'other',
      sections: [
        {
          code: 'N1',
          title: { 'zh-CN': '秩序' },
          items: [
            {
              code: 'N1.1',
              criterion: { 'zh-CN': '无占道' },
              siteTypes: ['commercialStreet'],
              response: { kind: 'passFail' },
            },
          ],
        },
      ],
    });
    expect(checklist.sections[0]!.items[0]).toMatchObject({
      allowNotAssessable: true,
      photoRequired: false,
      standardRefs: [],
    });
    expect(() => defineChecklist({ id: 'x', title: { 'zh-CN': '空' }, area: 'other', sections: [] })).toThrow(
      ContentError,
    );
  });
});
