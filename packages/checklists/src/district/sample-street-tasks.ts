// The sample street's task decomposition table (任务分解表): each task as written, the standards it serves, its lead
// and supporting units, the responsible leader, the deadline and the material it must produce, with counts.

import type { Deadline, Frequency, MaterialRequirementInput, TaskAssignment } from '@chuangwen/model';

type TaskInput = Omit<TaskAssignment, 'supportingUnitIds' | 'frequency' | 'materialRequirements'> & {
  supportingUnitIds: string[];
  frequency: Frequency;
  materialRequirements: MaterialRequirementInput[];
};

const by = (date: string): Deadline => ({ kind: 'date', date });
const routine: Deadline = { kind: 'standing', duty: 'routine' };
const longTerm: Deadline = { kind: 'standing', duty: 'longTerm' };
const m = (
  category: MaterialRequirementInput['category'],
  quantity: number,
  zh: string,
  providerUnitId?: string,
): MaterialRequirementInput => ({
  category,
  quantity,
  description: { 'zh-CN': zh },
  ...(providerUnitId === undefined ? {} : { providerUnitId }),
});

/** The sample street's task decomposition table. */
export const TASKS: TaskInput[] = [
  {
    id: 't-ads',
    description: '主次干道、商业街公益广告全覆盖，破损污损的及时更换',
    standardRefs: ['01.01.01'],
    leadUnitIds: ['u-culture'],
    supportingUnitIds: ['u-urban'],
    responsibleLeaderId: 'p-publicity',
    deadline: by('2026-05-31'),
    frequency: 'oneOff',
    materialRequirements: [
      m('photo', 10, '公益广告点位照片 10 张', 'u-culture'),
      m('record', 1, '公益广告台账'),
    ],
  },
  {
    id: 't-windows',
    description: '窗口单位规范化服务：一米线、禁烟标识、服务承诺上墙',
    standardRefs: ['02.01.01'],
    leadUnitIds: ['u-social', 'u-w-service'],
    supportingUnitIds: ['u-w-health'],
    responsibleLeaderId: 'p-deputy-npc',
    deadline: routine,
    frequency: 'monthly',
    materialRequirements: [m('document', 1, '窗口服务规范'), m('photo', 5, '窗口现场照片 5 张')],
  },
  {
    id: 't-legal',
    description: '开展普法宣传进社区、进村居活动',
    standardRefs: ['03.01.02'],
    leadUnitIds: ['u-safety'],
    supportingUnitIds: ['u-police'],
    responsibleLeaderId: 'p-legal',
    deadline: by('2026-06-30'),
    frequency: 'oneOff',
    materialRequirements: [m('record', 3, '普法活动记录 3 份', 'u-safety')],
  },
  {
    id: 't-market',
    description: '农贸市场公平秤、亮证经营、划行归市整治',
    standardRefs: ['04.01.01', '04.01.02'],
    leadUnitIds: ['u-market-reg', 'u-economy'],
    supportingUnitIds: ['u-m-yunxi', 'u-m-wangjiang'],
    responsibleLeaderId: 'p-vice-director',
    deadline: by('2026-06-15'),
    frequency: 'weekly',
    materialRequirements: [m('photo', 5, '整治前后对比照片 5 张'), m('register', 1, '市场巡查台账')],
  },
  {
    id: 't-culture',
    description: '每月开展群众性文化活动',
    standardRefs: ['05.02.01'],
    leadUnitIds: ['u-culture'],
    supportingUnitIds: [],
    responsibleLeaderId: 'p-publicity',
    deadline: longTerm,
    frequency: 'monthly',
    materialRequirements: [
      m('plan', 1, '年度活动方案'),
      m('photo', 12, '每月活动照片，全年 12 张'),
      m('mediaReport', 7, '至少 7 篇媒体报道', 'u-culture'),
    ],
  },
  {
    id: 't-vending',
    description: '占道经营、流动摊贩常态化管控',
    standardRefs: ['06.01.01'],
    leadUnitIds: ['u-urban'],
    supportingUnitIds: ['u-c-wangjiang', 'u-c-liuyin'],
    responsibleLeaderId: 'p-vice-director',
    deadline: routine,
    frequency: 'daily',
    materialRequirements: [m('photo', 5, '巡查照片 5 张')],
  },
  {
    id: 't-sanitation',
    description: '背街小巷、小区环境卫生整治，垃圾日产日清',
    standardRefs: ['06.02.01'],
    leadUnitIds: ['u-sanitation', 'u-urban'],
    supportingUnitIds: ['u-c-qinghe', 'u-c-nanyuan', 'u-c-xinhua'],
    responsibleLeaderId: 'p-vice-director',
    deadline: routine,
    frequency: 'daily',
    materialRequirements: [m('photo', 5, '保洁照片 5 张'), m('record', 1, '保洁作业记录')],
  },
  {
    id: 't-traffic',
    description: '重点路口文明劝导，非机动车规范停放',
    standardRefs: ['06.03.01'],
    leadUnitIds: ['u-traffic'],
    supportingUnitIds: ['u-urban'],
    responsibleLeaderId: 'p-legal',
    deadline: by('2026-07-31'),
    frequency: 'daily',
    materialRequirements: [m('photo', 5, '劝导岗照片 5 张'), m('record', 1, '文明劝导排班表')],
  },
  {
    id: 't-fire',
    description: '小区消防通道清障，楼道堆物清理',
    standardRefs: ['07.01.01'],
    leadUnitIds: ['u-safety'],
    supportingUnitIds: ['u-c-qinghe', 'u-c-nanyuan', 'u-c-xinhua', 'u-c-liuyin', 'u-c-wangjiang'],
    responsibleLeaderId: 'p-armed',
    deadline: by('2026-06-30'),
    frequency: 'monthly',
    materialRequirements: [m('record', 1, '消防检查记录'), m('photo', 5, '整改照片 5 张')],
  },
  {
    id: 't-waste',
    description: '村居垃圾分类投放、收集设施配齐',
    standardRefs: ['08.01.01'],
    leadUnitIds: ['u-sanitation'],
    supportingUnitIds: ['u-v-taoyuan', 'u-v-shiqiao', 'u-v-hexi'],
    responsibleLeaderId: 'p-vice-director',
    deadline: by('2026-08-15'),
    frequency: 'weekly',
    materialRequirements: [m('plan', 1, '垃圾分类实施方案'), m('photo', 5, '分类设施照片 5 张')],
  },
  {
    id: 't-mechanism',
    description: '成立创建工作领导小组，制定实施方案和工作计划',
    standardRefs: ['10.01.01'],
    leadUnitIds: ['u-party'],
    supportingUnitIds: [],
    responsibleLeaderId: 'p-secretary',
    deadline: by('2026-03-31'),
    frequency: 'oneOff',
    materialRequirements: [
      m('document', 1, '成立文件'),
      m('plan', 2, '实施方案和工作计划'),
      m('summary', 1, '工作总结'),
    ],
  },
  {
    id: 't-minors',
    description: '校园周边环境整治，未成年人思想道德建设工作',
    standardRefs: ['M01.01.01'],
    editionId: 'sample-minors-2026',
    leadUnitIds: ['u-social'],
    supportingUnitIds: ['u-s-primary', 'u-s-middle'],
    responsibleLeaderId: 'p-deputy-npc',
    deadline: by('2026-08-31'),
    frequency: 'monthly',
    materialRequirements: [m('record', 3, '校园周边巡查记录 3 份')],
  },
];
