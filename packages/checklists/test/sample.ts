import type { FrameworkEditionInput, StandardInput } from '../src/index.js';

export const standard = (code: string, extra: Partial<StandardInput> = {}): StandardInput => ({
  code,
  text: { 'zh-CN': `标准${code}`, en: `Standard ${code}` },
  methods: ['fieldInspection'],
  points: 2,
  kind: 'facility',
  siteTypes: ['mainRoad'],
  materialRequirements: [{ category: 'photo' }],
  scoring: { kind: 'binary' },
  ...extra,
});

/** A small three-tier edition of 10 points, for tests to copy and break. */
export function tinyFramework(): FrameworkEditionInput {
  return {
    id: 'tiny-1',
    name: { 'zh-CN': '测试体系' },
    editionYear: 2026,
    group: 'municipalDistrict',
    totalPoints: 10,
    items: [
      {
        code: 'A',
        title: { 'zh-CN': '项目A' },
        points: 6,
        contents: [
          {
            code: 'A.1',
            title: { 'zh-CN': '内容A1' },
            standards: [
              standard('A.1.1'),
              standard('A.1.2', {
                kind: 'behaviourOrder',
                scoring: {
                  kind: 'stateDescription',
                  bands: [
                    { grade: 'A', maxViolations: 0, coefficient: 1 },
                    { grade: 'C#', coefficient: 0 },
                  ],
                },
              }),
            ],
          },
          {
            code: 'A.2',
            title: { 'zh-CN': '内容A2' },
            standards: [
              standard('A.2.1', {
                kind: 'survey',
                methods: ['survey'],
                siteTypes: [],
                scoring: { kind: 'survey', passLine: 0.9 },
              }),
            ],
          },
        ],
      },
      {
        code: 'B',
        title: { 'zh-CN': '项目B' },
        indicators: [
          {
            code: 'B.x',
            title: { 'zh-CN': '指标Bx' },
            contents: [
              {
                code: 'B.x.1',
                title: { 'zh-CN': '内容Bx1' },
                standards: [
                  standard('B.x.1.1', {
                    kind: 'document',
                    methods: ['documentReview'],
                    siteTypes: [],
                    scoring: { kind: 'countThreshold', required: 4, deductionPerShortfall: 0.5 },
                  }),
                  standard('B.x.1.2', {
                    kind: 'service',
                    scoring: { kind: 'ratio', fullAt: 1, passAt: 0.9 },
                  }),
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}
