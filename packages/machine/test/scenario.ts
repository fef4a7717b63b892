import { BUILT_IN_WORKING_GROUP_KINDS } from '@chuangwen/model';
import {
  type CampaignEvent,
  type CampaignMachineInput,
  campaignConfig,
  type DispatchResult,
  MemoryRecord,
  type MemoryRecordOptions,
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

/** The campaign's configuration: the archive inventory readiness counts against, its sites, units and standards. */
export const CONFIG = campaignConfig({
  readiness: {
    inventory: {
      entries: [
        { standardRef: '06.01.01', requirements: [{ category: 'photo', quantity: 2 }] },
        { standardRef: '10.01.01', requirements: [{ category: 'plan', quantity: 1 }] },
      ],
    },
  },
  sites: [
    { id: 's1', responsibleUnitId: 'u1' },
    { id: 's2', responsibleUnitId: 'u2' },
  ],
  units: [{ id: 'u1' }, { id: 'u2' }],
  standardCodes: ['06.01.01', '10.01.01'],
});

export const KEY = 'test-audit-key-kept-outside-the-db';

/** A new record of the campaign. */
export function open(options: MemoryRecordOptions = {}): MemoryRecord {
  return new MemoryRecord(INPUT, OFFICE, { config: CONFIG, key: KEY, ...options });
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
  ev('board.updated', OFFICE, { standards: { '06.01.01': 'nonCompliant', '10.01.01': 'compliant' } }),
  ev('rectification.reported', SUPERVISOR, {
    rectificationId: 'r1',
    standardRef: '06.01.01',
    scope: { kind: 'site', siteId: 's1' },
    description: '占道经营',
    observationId: 'o1',
  }),
  ev('rectification.assigned', OFFICE, { rectificationId: 'r1', leadUnitId: 'u1', deadline: '2026-05-01' }),
  ev('cadence.updated', OFFICE, { missedMonths: [] }),
];

export const SPRINT = (): CampaignEvent[] => [
  ev('rectification.started', STAFF, { rectificationId: 'r1' }),
  ev('rectification.submitted', STAFF, { rectificationId: 'r1', evidence: ['d-after'] }),
  ev('rectification.closed', SUPERVISOR, { rectificationId: 'r1' }),
  ev('board.updated', OFFICE, { standards: { '06.01.01': 'compliant' } }),
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
export function wholeCampaign() {
  return drive(open(), [
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
