// The seed work plan's street as a campaign template (fictional): organisation, budget, cadence and task table.

import type { CadenceObligation, CampaignInput } from '@chuangwen/model';
import { TASKS } from './sample-street-tasks.js';
import { PEOPLE, SITES, UNITS } from './sample-street-units.js';

/** Marks every bundled sample: the street, its people and places are fictional. */
export const SAMPLE_NOTICE = {
  'zh-CN': '示例数据：街道、人员和地点均为虚构，仅供测试和演示。',
  en: 'Sample data: the street, its people and places are fictional, for tests and demonstrations only.',
} as const;

/**
 * The seed plan's supervision cadence (督查频次): the leading group hears the units' reports every month, supervises on
 * site at least twice a month and holds a joint meeting at least once; the street holds a coordination meeting on key
 * and difficult problems and inspects the whole street every month.
 */
export const SEED_CADENCE: readonly CadenceObligation[] = [
  { kind: 'leadershipReportHearing', minPerMonth: 1 },
  { kind: 'onSiteSupervision', minPerMonth: 2 },
  { kind: 'jointMeeting', minPerMonth: 1 },
  { kind: 'coordinationMeeting', minPerMonth: 1 },
  { kind: 'monthlyInspection', minPerMonth: 1 },
];

/**
 * A campaign template from the seed work plan of a street office, as a campaign document to start from: the leading
 * group with the plan's positions, the office, the six working groups with the plan's duties, the budget lines, the
 * supervision cadence, the street's offices (站办所), communities and villages, schools, markets and service windows,
 * sites, and the task decomposition table, assessed against the sample district framework with the sample minors'
 * assessment beside it. Every name of a person or place is fictional; replace them with your own.
 */
export function sampleStreetCampaign(): CampaignInput {
  // A deep copy, so a caller that edits its document never changes the next caller's.
  return structuredClone({
    schemaVersion: 3,
    id: 'yunxi-2026',
    title: '云溪街道创建全国文明城区工作（示例）',
    jurisdiction: { name: '江澜区云溪街道（虚构）', level: 'street', divisionCode: '990101001000' },
    honour: 'nationalCivilizedDistrict',
    theme: '云溪·焕新',
    guidingPrinciple:
      '以《全国文明城区测评体系》为导向，以市民满意为最高标准，举全街道之力创建全国文明城区。',
    frameworks: [
      { editionId: 'sample-district-2026', role: 'main' },
      { editionId: 'sample-minors-2026', role: 'companion', name: '未成年人思想道德建设工作测评（示例）' },
    ],
    goals: {
      targetRates: { awareness: 0.9, support: 0.9, participation: 0.8, satisfaction: 0.9 },
      statements: [
        '提高市民参与度、群众满意度和城区美誉度',
        'Raise participation, satisfaction and reputation',
      ],
    },
    timeline: [
      { phase: 'mobilization', start: '2026-03-01', end: '2026-03-31' },
      { phase: 'specialRectification', start: '2026-04-01', end: '2026-06-30' },
      { phase: 'finalSprint', start: '2026-07-01', end: '2026-08-15' },
      { phase: 'inspectionReadiness', start: '2026-08-16', end: '2026-09-15' },
      { phase: 'summaryEvaluation', start: '2026-09-16', end: '2026-10-31' },
    ],
    budget: [
      {
        id: 'b-publicity',
        purpose: '公益广告与宣传品制作',
        amountYuan: 380000,
        fiscalYear: 2026,
        holderId: 'wg-publicity',
      },
      {
        id: 'b-rectification',
        purpose: '专项整治与设施修缮',
        amountYuan: 1200000,
        fiscalYear: 2026,
        holderId: 'u-urban',
      },
      {
        id: 'b-activities',
        purpose: '文明实践与志愿服务活动',
        amountYuan: 260000,
        fiscalYear: 2026,
        holderId: 'wg-activities',
      },
      {
        id: 'b-archive',
        purpose: '创建档案整理与迎检保障',
        amountYuan: 90000,
        fiscalYear: 2026,
        holderId: 'wg-logistics',
      },
    ],
    cadence: [...SEED_CADENCE],
    organisation: {
      people: PEOPLE,
      leadingGroup: {
        leaderId: 'p-secretary',
        deputyIds: ['p-director', 'p-deputy-npc'],
        memberIds: ['p-discipline', 'p-legal', 'p-vice-director', 'p-armed', 'p-organisation', 'p-publicity'],
      },
      office: {
        name: '创建全国文明城区工作办公室',
        directorId: 'p-office',
        memberIds: ['p-planner', 'p-archivist'],
      },
      workingGroups: [
        {
          id: 'wg-planning',
          kind: 'planning',
          duties: [
            '创建工作策划',
            '资料发放',
            '信息采写报送',
            '经验总结',
            '汇报材料',
            '典型塑造',
            '亮点打造',
            '推进工作筹备',
          ],
          responsiblePersonIds: ['p-planner', 'p-office'],
        },
        {
          id: 'wg-publicity',
          kind: 'publicity',
          duties: ['宣传标语制作', '宣传册等宣传资料编印', '对外宣传', '信息和图片采编报送', '典型事迹报道'],
          responsiblePersonIds: ['p-writer', 'p-publicity'],
        },
        {
          id: 'wg-archives',
          kind: 'archives',
          duties: ['收集整理创建活动文件、方案、简报、经验交流材料、图片等档案材料'],
          responsiblePersonIds: ['p-archivist'],
        },
        {
          id: 'wg-logistics',
          kind: 'logistics',
          duties: ['创建工作后勤', '组织创建活动所需资金、材料'],
          responsiblePersonIds: ['p-logistics'],
        },
        {
          id: 'wg-activities',
          kind: 'activities',
          duties: [
            '创建活动的策划、组织和总结',
            '村（社区）、单位、学校创建活动',
            '文艺、电影、卫生、科技、法律下乡宣传',
            '文化惠民活动',
            '读书活动',
          ],
          responsiblePersonIds: ['p-activities'],
        },
        {
          id: 'wg-supervision',
          kind: 'supervision',
          duties: ['创建工作推进督查', '问题整改督查'],
          responsiblePersonIds: ['p-inspector', 'p-inspector-2'],
        },
      ],
    },
    units: UNITS,
    sites: SITES,
    tasks: TASKS,
    extensions: { sample: true },
  } satisfies CampaignInput);
}
