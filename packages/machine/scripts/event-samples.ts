// One example of each event, and what has to happen before it, for the event catalogue: the examples are shown in the
// docs and run, so every one of them is accepted by the machine as written here. The people and places are fictional.
import { defineFramework } from '@chuangwen/checklists';
import {
  type Actor,
  type CampaignEventType,
  type ConfigurationInput,
  recordedFramework,
} from '../src/index.js';

const at = '2026-04-01T09:00:00+08:00';
const LEADER: Actor = { id: 'p-leader', role: 'leadingGroup' };
const OFFICE: Actor = { id: 'p-office', role: 'office' };
const SUPERVISOR: Actor = { id: 'p-supervisor', role: 'supervisionGroup' };
const INSPECTOR: Actor = {
  id: 'p-inspector',
  role: 'inspector',
  assignment: { siteIds: ['s1'], unitIds: ['u1'] },
};
const STAFF: Actor = { id: 'p-staff', role: 'unitStaff', unitId: 'u1' };
const ARCHIVIST: Actor = { id: 'p-archivist', role: 'archivesGroup' };
const PUBLICITY: Actor = { id: 'p-writer', role: 'publicityGroup' };

const e = (type: CampaignEventType, actor: Actor, payload: object = {}) => ({ type, at, actor, ...payload });
const observation = (id: string, outcome: 'pass' | 'fail') => ({
  id,
  standardRef: '06.01.01',
  scope: { kind: 'site', siteId: 's1' },
  observedAt: '2026-04-01T10:00:00+08:00',
  method: 'covertInspection',
  source: 'supervisionCheck',
  outcome,
  violationCount: outcome === 'fail' ? 2 : 0,
});
const document = {
  id: 'd1',
  title: '门前三包照片',
  category: 'photo',
  standardRefs: ['06.01.01'],
  date: '2026-04-01',
  sha256: 'a'.repeat(64),
  uri: 'https://archive.example/d1',
};
const rid = { rectificationId: 'r1' };
const afterPhoto = {
  id: 'd-after-1',
  title: '整改后照片',
  category: 'photo',
  unitId: 'u1',
  date: '2026-04-01',
  sha256: 'b'.repeat(64),
  uri: 'https://archive.example/d-after-1',
};

const standard = (code: string, text: string, category: string, methods: string[], kind: string) => ({
  code,
  text: { 'zh-CN': text },
  methods,
  points: 2,
  kind,
  siteTypes: kind === 'document' ? [] : ['market'],
  materialRequirements: [{ category }],
  scoring: { kind: 'binary' },
});
/** The catalogue's framework: two standards, each asking for one piece of material (a sample). */
const FRAMEWORK = defineFramework({
  id: 'catalogue-2026',
  name: { 'zh-CN': '示例测评体系', en: 'Sample framework' },
  editionYear: 2026,
  group: 'municipalDistrict',
  totalPoints: 4,
  items: [
    {
      code: '06',
      title: { 'zh-CN': '市容环境' },
      contents: [
        {
          code: '06.01',
          title: { 'zh-CN': '集贸市场' },
          standards: [standard('06.01.01', '市场秩序规范', 'photo', ['covertInspection'], 'facility')],
        },
      ],
    },
    {
      code: '10',
      title: { 'zh-CN': '创建工作' },
      contents: [
        {
          code: '10.01',
          title: { 'zh-CN': '组织领导' },
          standards: [standard('10.01.01', '制定创建工作方案', 'plan', ['documentReview'], 'document')],
        },
      ],
    },
  ],
} as never);

/**
 * The State Council's 2026 schedule as a calendar layer: the days that differ from an ordinary week (holidays on
 * weekdays, make-up working days on weekends, marked W), from the published notice.
 */
const NATIONAL_2026 = {
  id: 'national',
  level: 'national',
  name: '国务院办公厅节假日安排',
  years: [
    {
      year: 2026,
      published: true,
      sources: ['https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm'],
      days: [
        '01-01 元旦',
        '01-02 元旦',
        '01-04 元旦 W',
        '02-14 春节 W',
        '02-16 春节',
        '02-17 春节',
        '02-18 春节',
        '02-19 春节',
        '02-20 春节',
        '02-23 春节',
        '02-28 春节 W',
        '04-06 清明节',
        '05-01 劳动节',
        '05-04 劳动节',
        '05-05 劳动节',
        '05-09 劳动节 W',
        '06-19 端午节',
        '09-20 国庆节 W',
        '09-25 中秋节',
        '10-01 国庆节',
        '10-02 国庆节',
        '10-05 国庆节',
        '10-06 国庆节',
        '10-07 国庆节',
        '10-10 国庆节 W',
      ].map((line) => {
        const [day, name, worked] = line.split(' ');
        return { date: `2026-${day}`, name, working: worked === 'W' };
      }),
    },
  ],
};

/** The catalogue's configuration: two units, a market, the framework (all fictional samples), the 2026 calendar. */
export const CONFIGURATION: ConfigurationInput = {
  units: [
    { id: 'u1', name: '示例城管中队', kind: 'department' },
    { id: 'u2', name: '示例市场监管所', kind: 'department' },
  ],
  sites: [{ id: 's1', name: '示例农贸市场', siteType: 'market', responsibleUnitId: 'u1' }],
  frameworks: [recordedFramework(FRAMEWORK, 'main')],
  calendar: { layers: [NATIONAL_2026] } as never,
};

/** The example of each event. */
export const SAMPLES: Record<CampaignEventType, object> = {
  'organisation.leadingGroupFormed': e('organisation.leadingGroupFormed', LEADER),
  'organisation.officeFormed': e('organisation.officeFormed', LEADER),
  'organisation.workingGroupStaffed': e('organisation.workingGroupStaffed', OFFICE, { group: 'supervision' }),
  'meeting.recorded': e('meeting.recorded', OFFICE, {
    kind: 'mobilizationMeeting',
    meetingId: 'm1',
    date: '2026-03-05',
  }),
  'plan.issued': e('plan.issued', OFFICE, { plan: 'implementation' }),
  'unit.registered': e('unit.registered', OFFICE, { unitId: 'u2', role: 'responsible' }),
  'unit.teamFormed': e('unit.teamFormed', STAFF, { unitId: 'u1' }),
  'unit.planSubmitted': e('unit.planSubmitted', STAFF, { unitId: 'u1' }),
  'publicity.launched': e('publicity.launched', PUBLICITY),
  'class.overridden': e('class.overridden', LEADER, {
    standardRef: '10.01.01',
    class: 'compliant',
    reason: '方案已由区创建办书面确认，待补录材料',
  }),
  'class.overrideWithdrawn': e('class.overrideWithdrawn', LEADER, {
    standardRef: '10.01.01',
    reason: '材料已补录，恢复按证据判定',
  }),
  'configuration.imported': e('configuration.imported', OFFICE, {
    configuration: { ...CONFIGURATION, sites: [] },
    reason: '导入修订后的创建工作文件',
  }),
  'site.added': e('site.added', OFFICE, {
    site: { id: 's2', name: '示例公交站', siteType: 'busStop', responsibleUnitId: 'u2' },
    reason: '新增测评点位',
  }),
  'site.moved': e('site.moved', OFFICE, {
    siteId: 's1',
    responsibleUnitId: 'u2',
    reason: '市场移交市场监管所管理',
  }),
  'unit.added': e('unit.added', OFFICE, {
    unit: { id: 'u3', name: '示例新设社区', kind: 'community' },
    reason: '区划调整新设社区',
  }),
  'unit.merged': e('unit.merged', OFFICE, { unitId: 'u2', into: 'u1', reason: '机构改革合并' }),
  'framework.migrated': e('framework.migrated', OFFICE, {
    framework: recordedFramework({ ...FRAMEWORK, id: 'catalogue-2027', editionYear: 2027 } as never, 'main'),
    reason: '改用新一年度测评体系',
  }),
  'settings.changed': e('settings.changed', LEADER, {
    settings: { minUnannouncedWindowChecks: 2, clockSkewMinutes: 30 },
    reason: '冲刺阶段加密明察暗访',
  }),
  'roster.changed': e('roster.changed', LEADER, {
    roster: [
      { personId: 'p-leader', roles: ['leadingGroup'] },
      { personId: 'p-office', roles: ['office'] },
    ],
    reason: '领导小组成员调整',
  }),
  'calendar.changed': e('calendar.changed', OFFICE, {
    calendar: {
      layers: [
        NATIONAL_2026,
        {
          id: 'office',
          level: 'local',
          name: '示例街道办事处（虚构）',
          years: [
            {
              year: 2026,
              published: true,
              sources: ['示例街道办事处通知（虚构）'],
              days: [{ date: '2026-04-03', name: '示例：街道集中调休（虚构）', working: false }],
            },
          ],
        },
      ],
      officeHours: {
        periods: [
          { start: '08:30', end: '12:00' },
          { start: '14:00', end: '17:30' },
        ],
      },
    },
    reason: '载入本街道的调休安排和办公时间',
  }),
  'workingGroup.rated': e('workingGroup.rated', OFFICE, { group: 'supervision' }),
  'windowCheck.recorded': e('windowCheck.recorded', INSPECTOR, { siteId: 's1', passed: true }),
  'archive.submitted': e('archive.submitted', ARCHIVIST),
  'result.recorded': e('result.recorded', LEADER, {
    passed: true,
    official: true,
    score: 91.5,
    on: '2026-09-20',
  }),
  'selfEvaluation.done': e('selfEvaluation.done', LEADER),
  'unit.appraised': e('unit.appraised', OFFICE, { unitId: 'u1' }),
  'accountability.decided': e('accountability.decided', LEADER, { note: '对考核末位单位约谈' }),
  'phase.advance': e('phase.advance', OFFICE),
  'phase.force': e('phase.force', LEADER, { reason: '区创建办通知提前进入专项整治' }),
  'cycle.start': e('cycle.start', LEADER),
  'rectification.reported': e('rectification.reported', SUPERVISOR, {
    ...rid,
    standardRef: '06.01.01',
    scope: { kind: 'site', siteId: 's1' },
    description: '店外占道经营',
    observationId: 'o1',
  }),
  'rectification.assigned': e('rectification.assigned', OFFICE, {
    ...rid,
    leadUnitId: 'u1',
    deadline: '2026-04-20',
    requirement: '立行立改，建立长效管理',
  }),
  'rectification.started': e('rectification.started', STAFF, rid),
  'rectification.submitted': e('rectification.submitted', STAFF, {
    ...rid,
    evidence: ['d-after-1'],
    note: '已清理并约谈商户',
  }),
  'rectification.closed': e('rectification.closed', SUPERVISOR, rid),
  'rectification.returned': e('rectification.returned', SUPERVISOR, {
    ...rid,
    reason: '整改后照片未体现全貌',
  }),
  'rectification.escalated': e('rectification.escalated', OFFICE, { ...rid, to: '区城市管理局' }),
  'rectification.relapsed': e('rectification.relapsed', SUPERVISOR, { ...rid, observationId: 'o9' }),
  'rectification.sentBack': e('rectification.sentBack', STAFF, {
    ...rid,
    reason: '该摊点位于市场监管所管理的市场内，不属本中队职责',
  }),
  'rectification.reassigned': e('rectification.reassigned', OFFICE, {
    ...rid,
    leadUnitId: 'u2',
    timeLimit: { workingDays: 3 },
    reason: '经核实属市场监管所职责',
  }),
  'rectification.extended': e('rectification.extended', OFFICE, {
    ...rid,
    by: { workingDays: 5 },
    reason: '需协调商户搬迁，经创建办批准延期',
  }),
  'rectification.parked': e('rectification.parked', OFFICE, {
    ...rid,
    reason: '需纳入明年市场改造计划，暂时无法解决',
  }),
  'rectification.resumed': e('rectification.resumed', OFFICE, { ...rid, reason: '改造资金已落实' }),
  'rectification.merged': e('rectification.merged', OFFICE, {
    ...rid,
    into: 'r2',
    reason: '与同一摊点的另一投诉重复',
  }),
  'rectification.followedUp': e('rectification.followedUp', OFFICE, {
    ...rid,
    satisfaction: 'satisfied',
    note: '反映人表示摊点已清理',
  }),
  'observation.recorded': e('observation.recorded', INSPECTOR, { observation: observation('o1', 'fail') }),
  'observation.corrected': e('observation.corrected', SUPERVISOR, {
    observation: observation('o1b', 'pass'),
    supersedes: 'o1',
    reason: '复核：违规已当场纠正',
  }),
  'observation.withdrawn': e('observation.withdrawn', SUPERVISOR, {
    observationId: 'o1',
    reason: '点位记录错误',
  }),
  'document.filed': e('document.filed', ARCHIVIST, { document }),
  'document.withdrawn': e('document.withdrawn', ARCHIVIST, {
    documentId: 'd1',
    reason: '照片模糊，重新拍摄',
  }),
  'survey.recorded': e('survey.recorded', OFFICE, {
    response: {
      id: 'q1',
      respondedAt: '2026-05-01T10:00:00+08:00',
      channel: 'household',
      unitId: 'u1',
      goals: { awareness: true, satisfaction: true },
    },
  }),
};

const force = () =>
  Array.from({ length: 5 }, () => e('phase.force', LEADER, { reason: '示例：推进到下一阶段' }));
const problem = [
  'rectification.reported',
  'rectification.assigned',
  'rectification.started',
  'rectification.submitted',
  'rectification.closed',
] as const;
const finding = e('observation.recorded', INSPECTOR, { observation: observation('o1', 'fail') });
const photo = e('document.filed', STAFF, { document: afterPhoto });
/** The events of a problem's life up to (not including) a step. */
const upTo = (step: (typeof problem)[number]) => [
  finding,
  photo,
  ...problem.slice(0, problem.indexOf(step)).map((t) => SAMPLES[t]),
];

/** What has to happen before an event's example for it to apply. */
export const SETUP: Partial<Record<CampaignEventType, object[]>> = {
  'cycle.start': force(),
  'workingGroup.rated': [e('organisation.workingGroupStaffed', OFFICE, { group: 'supervision' })],
  'class.overrideWithdrawn': [SAMPLES['class.overridden']],
  'rectification.reported': [finding],
  'rectification.assigned': upTo('rectification.assigned'),
  'rectification.started': upTo('rectification.started'),
  'rectification.submitted': upTo('rectification.submitted'),
  'rectification.closed': upTo('rectification.closed'),
  'rectification.returned': upTo('rectification.closed'),
  'rectification.escalated': upTo('rectification.assigned'),
  'rectification.relapsed': [...upTo('rectification.closed'), SAMPLES['rectification.closed']],
  'rectification.sentBack': upTo('rectification.started'),
  'rectification.reassigned': [...upTo('rectification.started'), SAMPLES['rectification.sentBack']],
  'rectification.extended': upTo('rectification.started'),
  'rectification.parked': upTo('rectification.started'),
  'rectification.resumed': [...upTo('rectification.started'), SAMPLES['rectification.parked']],
  'rectification.merged': [
    ...upTo('rectification.started'),
    e('rectification.reported', SUPERVISOR, {
      rectificationId: 'r2',
      standardRef: '06.01.01',
      scope: { kind: 'site', siteId: 's1' },
      description: '市场门口占道经营（群众投诉）',
    }),
  ],
  'rectification.followedUp': [...upTo('rectification.closed'), SAMPLES['rectification.closed']],
  'observation.corrected': [SAMPLES['observation.recorded']],
  'observation.withdrawn': [SAMPLES['observation.recorded']],
  'document.withdrawn': [SAMPLES['document.filed']],
};

/** Another example of an event that does more than its first example shows, with what has to happen before it. */
export interface Variant {
  event: object;
  setup?: object[];
  /** The units the campaign starts with, where the example needs others than the default. */
  units?: Record<string, 'lead' | 'responsible'>;
}

const GROUPS = ['planning', 'publicity', 'archives', 'logistics', 'activities', 'supervision'] as const;
/** Everything the mobilization phase asks for, so an advance from it succeeds. */
const MOBILIZED: object[] = [
  SAMPLES['organisation.leadingGroupFormed'],
  SAMPLES['organisation.officeFormed'],
  ...GROUPS.map((group) => e('organisation.workingGroupStaffed', OFFICE, { group })),
  SAMPLES['meeting.recorded'],
  SAMPLES['plan.issued'],
  e('plan.issued', OFFICE, { plan: 'work' }),
  SAMPLES['publicity.launched'],
  SAMPLES['unit.teamFormed'],
  SAMPLES['unit.planSubmitted'],
];

/** The further examples the catalogue runs, so each event's blockers and effects are complete. */
export const VARIANTS: Partial<Record<CampaignEventType, Variant[]>> = {
  'plan.issued': [{ event: e('plan.issued', OFFICE, { plan: 'work' }) }],
  'meeting.recorded': [
    { event: e('meeting.recorded', OFFICE, { kind: 'summaryMeeting', meetingId: 'm2', date: '2026-10-10' }) },
  ],
  'unit.registered': [{ event: e('unit.registered', OFFICE, { unitId: 'u1', role: 'lead' }), units: {} }],
  'phase.advance': [{ event: e('phase.advance', OFFICE), setup: MOBILIZED }],
  'rectification.reported': [
    {
      event: e('rectification.reported', OFFICE, {
        rectificationId: 'hotline:GD2026040100017',
        area: 'market',
        scope: { kind: 'site', siteId: 's1' },
        description: '市民来电反映市场门口夜间占道经营',
        channel: 'hotline',
        externalNumber: 'GD2026040100017',
        category: { table: 'sample-hotline-2026', code: 'market' },
        grid: '示例网格 03',
      }),
    },
  ],
  'rectification.assigned': [
    {
      event: e('rectification.assigned', OFFICE, { ...rid, leadUnitId: 'u1', timeLimit: { workingDays: 3 } }),
      setup: [finding, SAMPLES['rectification.reported']],
    },
  ],
};
