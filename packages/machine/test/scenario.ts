import { defineFramework } from '@chuangwen/checklists';
import { BUILT_IN_WORKING_GROUP_KINDS } from '@chuangwen/model';
import {
  type CampaignEvent,
  type CampaignMachineInput,
  type ConfigurationInput,
  type DispatchResult,
  MemoryRecord,
  type MemoryRecordOptions,
  recordedFramework,
} from '../src/index.js';
import {
  ARCHIVIST,
  at,
  ev,
  INSPECTOR,
  LEADER,
  OFFICE,
  PUBLICITY,
  STAFF,
  STAFF2,
  SUPERVISOR,
} from './helpers.js';

export const INPUT: CampaignMachineInput = {
  campaignId: 'c-yunxi',
  at: '2026-03-01T09:00:00+08:00',
  timeline: [
    { phase: 'mobilization', start: '2026-03-01', end: '2026-03-31' },
    { phase: 'specialRectification', start: '2026-04-01', end: '2026-06-30' },
    { phase: 'finalSprint', start: '2026-07-01', end: '2026-08-15' },
    { phase: 'inspectionReadiness', start: '2026-08-16', end: '2026-09-15' },
    { phase: 'summaryEvaluation', start: '2026-09-16', end: '2026-10-31' },
  ],
  units: { u1: 'lead', u2: 'responsible' },
};

/** A framework of two standards, each asking for material: the archive inventory readiness counts against. */
export const FRAMEWORK = defineFramework({
  id: 'test-2026',
  name: { 'zh-CN': '测试测评体系（示例）', en: 'Test framework (sample)' },
  editionYear: 2026,
  group: 'municipalDistrict',
  totalPoints: 4,
  items: [
    {
      code: '06',
      title: { 'zh-CN': '市容环境' },
      points: 2,
      contents: [
        {
          code: '06.01',
          title: { 'zh-CN': '集贸市场' },
          standards: [
            {
              code: '06.01.01',
              text: { 'zh-CN': '市场秩序规范，无占道经营' },
              methods: ['fieldInspection'],
              points: 2,
              kind: 'facility',
              siteTypes: ['market'],
              materialRequirements: [{ category: 'photo', quantity: 2 }],
              scoring: { kind: 'binary' },
            },
          ],
        },
      ],
    },
    {
      code: '10',
      title: { 'zh-CN': '创建工作' },
      points: 2,
      contents: [
        {
          code: '10.01',
          title: { 'zh-CN': '组织领导' },
          standards: [
            {
              code: '10.01.01',
              text: { 'zh-CN': '制定创建工作方案' },
              methods: ['documentReview'],
              points: 2,
              kind: 'document',
              siteTypes: [],
              materialRequirements: [{ category: 'plan', quantity: 1 }],
              scoring: { kind: 'binary' },
            },
          ],
        },
      ],
    },
  ],
});

/**
 * The campaign's configuration, recorded in its record: two units, a market of each, the test framework (whose
 * material requirements are the archive inventory), and a week's clock skew so tests may build events out of order.
 */
export const CONFIG: ConfigurationInput = {
  units: [
    { id: 'u1', name: '城管中队（示例）', kind: 'department' },
    { id: 'u2', name: '市场监管所（示例）', kind: 'department' },
  ],
  sites: [
    { id: 's1', name: '青禾市场（示例）', siteType: 'market', responsibleUnitId: 'u1' },
    { id: 's2', name: '望江市场（示例）', siteType: 'market', responsibleUnitId: 'u2' },
  ],
  frameworks: [recordedFramework(FRAMEWORK, 'main')],
  settings: { clockSkewMinutes: 7 * 24 * 60 },
};

export const KEY = 'test-audit-key-kept-outside-the-db';

/** A new record of the campaign. */
export function open(options: MemoryRecordOptions = {}): MemoryRecord {
  return new MemoryRecord(INPUT, OFFICE, { configuration: CONFIG, key: KEY, ...options });
}

/** Dispatches events in order and returns the record and every result. */
export function drive(
  record: MemoryRecord,
  events: readonly unknown[],
): { record: MemoryRecord; results: DispatchResult[] } {
  const results = events.map((e) => record.dispatch(e));
  return { record, results };
}

const doc = (id: string, standardRef: string, category: 'photo' | 'plan') =>
  ev('document.filed', ARCHIVIST, {
    document: {
      id,
      title: `材料 ${id}`,
      category,
      standardRefs: [standardRef],
      date: '2026-08-20',
      sha256: 'a'.repeat(64),
      uri: `s3://archive/${id}`,
    },
  });

export const MOBILIZE = (): CampaignEvent[] => [
  ev('organisation.leadingGroupFormed', LEADER, {}),
  ev('organisation.officeFormed', LEADER, {}),
  ...BUILT_IN_WORKING_GROUP_KINDS.map((group) => ev('organisation.workingGroupStaffed', OFFICE, { group })),
  ev('meeting.recorded', OFFICE, { kind: 'mobilizationMeeting', meetingId: 'm1', date: '2026-03-05' }),
  ev('plan.issued', OFFICE, { plan: 'implementation' }),
  ev('plan.issued', OFFICE, { plan: 'work' }),
  ev('publicity.launched', PUBLICITY, {}),
  ev('unit.teamFormed', STAFF, { unitId: 'u1' }),
  ev('unit.planSubmitted', STAFF, { unitId: 'u1' }),
  ev('unit.teamFormed', STAFF2, { unitId: 'u2' }),
  ev('unit.planSubmitted', STAFF2, { unitId: 'u2' }),
];

export const RECTIFY = (): CampaignEvent[] => [
  ev('observation.recorded', INSPECTOR, {
    observation: {
      id: 'o1',
      standardRef: '06.01.01',
      scope: { kind: 'site', siteId: 's1' },
      observedAt: at(),
      method: 'fieldInspection',
      source: 'supervisionCheck',
      outcome: 'fail',
      violationCount: 2,
    },
  }),
  ev('observation.recorded', OFFICE, {
    observation: {
      id: 'o2',
      standardRef: '10.01.01',
      scope: { kind: 'jurisdiction' },
      observedAt: at(),
      method: 'documentReview',
      source: 'supervisionCheck',
      outcome: 'pass',
    },
  }),
  ev('rectification.reported', SUPERVISOR, {
    rectificationId: 'r1',
    standardRef: '06.01.01',
    scope: { kind: 'site', siteId: 's1' },
    description: '占道经营',
    observationId: 'o1',
  }),
  ev('rectification.assigned', OFFICE, { rectificationId: 'r1', leadUnitId: 'u1', deadline: '2026-05-01' }),
];

/** The photo a unit files to show a problem fixed. */
export const FIXED_PHOTO = () =>
  ev('document.filed', STAFF, {
    document: {
      id: 'd-after',
      title: '整改后照片',
      category: 'photo',
      standardRefs: [],
      unitId: 'u1',
      date: '2026-04-20',
      sha256: 'b'.repeat(64),
      uri: 's3://archive/d-after',
    },
  });

export const SPRINT = (): CampaignEvent[] => [
  ev('rectification.started', STAFF, { rectificationId: 'r1' }),
  FIXED_PHOTO(),
  ev('rectification.submitted', STAFF, { rectificationId: 'r1', evidence: ['d-after'] }),
  ev('rectification.closed', SUPERVISOR, { rectificationId: 'r1' }),
  // The re-inspection (复查) that finds it fixed: the board derives the standard's class from it.
  ev('observation.recorded', INSPECTOR, {
    observation: {
      id: 'o3',
      standardRef: '06.01.01',
      scope: { kind: 'site', siteId: 's1' },
      observedAt: at(),
      method: 'fieldInspection',
      source: 'supervisionCheck',
      outcome: 'pass',
    },
  }),
  ...BUILT_IN_WORKING_GROUP_KINDS.map((group) => ev('workingGroup.rated', OFFICE, { group })),
  ev('windowCheck.recorded', SUPERVISOR, { passed: true }),
];

export const READY = (): CampaignEvent[] => [
  doc('d1', '06.01.01', 'photo'),
  doc('d2', '06.01.01', 'photo'),
  doc('d3', '10.01.01', 'plan'),
  ev('archive.submitted', ARCHIVIST, {}),
];

export const SUMMARY = (): CampaignEvent[] => [
  ev('result.recorded', LEADER, { passed: true, official: true, score: 91.5, on: '2026-09-20' }),
  ev('selfEvaluation.done', LEADER, {}),
  ev('meeting.recorded', OFFICE, { kind: 'summaryMeeting', meetingId: 'm9', date: '2026-10-20' }),
  ev('unit.appraised', OFFICE, { unitId: 'u1' }),
  ev('unit.appraised', OFFICE, { unitId: 'u2' }),
  ev('accountability.decided', LEADER, {}),
];

export const advance = () => ev('phase.advance', OFFICE, {});

/** A whole campaign, every phase ended by readiness. */
export function wholeCampaign(options: MemoryRecordOptions = {}) {
  return drive(open(options), [
    ...MOBILIZE(),
    advance(),
    ...RECTIFY(),
    advance(),
    ...SPRINT(),
    advance(),
    ...READY(),
    advance(),
    ...SUMMARY(),
    advance(),
  ]);
}
