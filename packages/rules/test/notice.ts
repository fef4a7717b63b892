// A document-shaped fixture: an inspection notice of a fictional district campaign office, as such notices are laid
// out (place, problem, answerable units, the guarantor unit that helps), encoded through the public model. Every
// place and unit is invented.
//
//   江澜区创建办《创文督查通报》（2026年第6期）  Jianglan district campaign office, inspection notice no. 6 of 2026
//   一、望江农贸市场  Wangjiang farmers' market (a place the street answers for)
//     1. 摊位占道、经营秩序混乱           stalls on the aisles, disorderly trading     责任单位：区市场服务中心
//     2. 市场门口机动车乱停乱放           cars parked at random at the gate            责任单位：区交警大队
//   二、云溪大道  Yunxi avenue (a place the city-management bureau answers for)
//     3. 非机动车乱停放、占用盲道         bikes blocking the tactile paving
//        区公安分局、区城管执法局负责，区文旅局（包保单位）配合
//        the district police and city-management bureaus answer for it; the culture bureau (guarantor) helps

import { defineFramework } from '@chuangwen/checklists';
import type { Observation, Rectification } from '@chuangwen/model';

const NOTICE_AT = '2026-06-12T10:00:00+08:00';
export const AS_OF = '2026-06-20T12:00:00+08:00';

export const MARKET_ORDER = '03.01.01';
export const PARKING = '06.03.04';

/** The two standards the notice's problems break, in a small edition of the fictional district. */
export const noticeFramework = defineFramework({
  id: 'jianglan-notice-2026',
  name: { 'zh-CN': '江澜区督查用测评标准（示例）', en: 'Jianglan supervision standards (sample)' },
  editionYear: 2026,
  group: 'municipalDistrict',
  items: [
    {
      code: '03',
      title: { 'zh-CN': '诚信守法的市场环境', en: 'Honest and lawful markets' },
      contents: [
        {
          code: '03.01',
          title: { 'zh-CN': '农贸市场', en: "Farmers' markets" },
          standards: [
            {
              code: MARKET_ORDER,
              text: { 'zh-CN': '无占道经营，经营秩序良好', en: 'No trading on the aisles; orderly trading' },
              methods: ['covertInspection'],
              kind: 'behaviourOrder',
              siteTypes: ['farmersMarket'],
              scoring: { kind: 'noOccurrence' },
              points: 2,
            },
          ],
        },
      ],
    },
    {
      code: '06',
      title: { 'zh-CN': '和谐宜居的生活环境', en: 'A harmonious and liveable environment' },
      contents: [
        {
          code: '06.03',
          title: { 'zh-CN': '交通秩序', en: 'Traffic order' },
          standards: [
            {
              code: PARKING,
              text: {
                'zh-CN': '车辆停放有序，无占用盲道',
                en: 'Vehicles parked in order, none on tactile paving',
              },
              methods: ['covertInspection'],
              kind: 'behaviourOrder',
              siteTypes: ['farmersMarket', 'mainRoad'],
              scoring: { kind: 'noOccurrence' },
              points: 2,
            },
          ],
        },
      ],
    },
  ],
});

/** The units the notice names, with the street the market sits in and its community. */
export const noticeUnits = [
  { id: 'u-yunxi', name: '云溪街道', kind: 'street' as const },
  { id: 'u-c-wangjiang', name: '望江社区', kind: 'community' as const, parentId: 'u-yunxi' },
  { id: 'u-market-svc', name: '区市场服务中心', kind: 'department' as const },
  { id: 'u-traffic', name: '区交警大队', kind: 'department' as const },
  { id: 'u-police', name: '区公安分局', kind: 'department' as const },
  { id: 'u-urban', name: '区城管执法局', kind: 'department' as const },
  { id: 'u-culture', name: '区文旅局', kind: 'department' as const },
];

export const noticeSites = [
  { id: 's-market', siteType: 'farmersMarket', responsibleUnitId: 'u-c-wangjiang' },
  { id: 's-avenue', siteType: 'mainRoad', responsibleUnitId: 'u-urban' },
];

const finding = (
  id: string,
  standardRef: string,
  siteId: string,
  responsibleUnitId: string,
  finding: string,
): Observation => ({
  id,
  standardRef,
  scope: { kind: 'site', siteId },
  responsibleUnitId,
  observedAt: NOTICE_AT,
  method: 'covertInspection',
  source: 'supervisionCheck',
  outcome: 'fail',
  violationCount: 1,
  evidence: [],
  finding,
});

/** The notice's three findings, each with the unit the notice names for it. */
export const noticeFindings: Observation[] = [
  finding('n6-1', MARKET_ORDER, 's-market', 'u-market-svc', '摊位占道、经营秩序混乱'),
  finding('n6-2', PARKING, 's-market', 'u-traffic', '市场门口机动车乱停乱放'),
  finding('n6-3', PARKING, 's-avenue', 'u-police', '非机动车乱停放、占用盲道'),
];

const problem = (
  id: string,
  observation: Observation,
  leadUnitId: string,
  extra: Partial<Rectification> = {},
): Rectification => ({
  id,
  observationId: observation.id,
  standardRef: observation.standardRef!,
  scope: observation.scope,
  description: observation.finding!,
  reportedAt: NOTICE_AT,
  leadUnitId,
  supportingUnitIds: [],
  guarantorUnitIds: [],
  deadline: '2026-06-30',
  status: 'assigned',
  evidence: [],
  returnedCount: 0,
  repeatCount: 0,
  ...extra,
});

/** The problems handed over: the third with two co-lead units and a guarantor unit that only helps. */
export const noticeProblems: Rectification[] = [
  problem('r6-1', noticeFindings[0]!, 'u-market-svc'),
  problem('r6-2', noticeFindings[1]!, 'u-traffic'),
  problem('r6-3', noticeFindings[2]!, 'u-police', {
    coLeadUnitIds: ['u-urban'],
    guarantorUnitIds: ['u-culture'],
    unitsAsWritten: { lead: '区公安分局、区城管执法局', guarantor: '区文旅局' },
  }),
];

/** Problems per unit as the notice's own table counts them: one for each answerable unit named. */
export const NOTICE_COUNTS: Record<string, number> = {
  'u-market-svc': 1,
  'u-traffic': 1,
  'u-police': 1,
  'u-urban': 1,
};
