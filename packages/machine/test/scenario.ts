import { BUILT_IN_WORKING_GROUP_KINDS } from '@chuangwen/model';
import {
  type CampaignEvent,
  type CampaignRecord,
  campaignMachineWith,
  createCampaign,
  type DispatchResult,
  dispatch,
} from '../src/index.js';
import { ev, INSPECTOR, LEADER, OFFICE, STAFF } from './helpers.js';

export const INPUT = {
  campaignId: 'c-yunxi',
  at: '2026-03-01T09:00:00+08:00',
  timeline: [
    { phase: 'mobilization' as const, start: '2026-03-01', end: '2026-03-31' },
    { phase: 'specialRectification' as const, start: '2026-04-01', end: '2026-06-30' },
    { phase: 'finalSprint' as const, start: '2026-07-01', end: '2026-08-15' },
    { phase: 'inspectionReadiness' as const, start: '2026-08-16', end: '2026-09-15' },
    { phase: 'summaryEvaluation' as const, start: '2026-09-16', end: '2026-10-31' },
  ],
  units: { u1: 'lead' as const, u2: 'responsible' as const },
};

/** The campaign's configuration: the archive inventory readiness counts material against. */
export const READINESS = {
  inventory: {
    entries: [
      { standardCode: '06.01.01', requirements: [{ category: 'photo' as const, quantity: 1 }] },
      {
        standardCode: '10.01.01',
        requirements: [
          { category: 'document' as const, quantity: 1 },
          { category: 'plan' as const, quantity: 1 },
        ],
      },
    ],
  },
};
/** The campaign machine with that configuration. */
export const MACHINE = campaignMachineWith(READINESS);

/** Dispatches events in order and returns the record and every result. */
export function drive(
  record: CampaignRecord,
  events: unknown[],
): { record: CampaignRecord; results: DispatchResult[] } {
  const results: DispatchResult[] = [];
  for (const e of events) {
    const r = dispatch(record, e, { machine: MACHINE });
    results.push(r);
    record = r.record;
  }
  return { record, results };
}

export const MOBILIZE: CampaignEvent[] = [
  ev('organisation.leadingGroupFormed', ...LEADER, {}),
  ev('organisation.officeFormed', ...LEADER, {}),
  ...BUILT_IN_WORKING_GROUP_KINDS.map((group) =>
    ev('organisation.workingGroupStaffed', ...OFFICE, { group }),
  ),
  ev('meeting.recorded', ...OFFICE, { kind: 'mobilizationMeeting', meetingId: 'm1', date: '2026-03-05' }),
  ev('plan.issued', ...OFFICE, { plan: 'implementation' }),
  ev('plan.issued', ...OFFICE, { plan: 'work' }),
  ev('publicity.launched', 'p-pub', 'publicityGroup', {}),
  ...['u1', 'u2'].flatMap((unitId) => [
    ev('unit.teamFormed', ...STAFF, { unitId }),
    ev('unit.planSubmitted', ...STAFF, { unitId }),
  ]),
];

export const RECTIFY: CampaignEvent[] = [
  ev('board.updated', ...OFFICE, { standards: { '06.01.01': 'nonCompliant', '10.01.01': 'compliant' } }),
  ev('rectification.reported', ...INSPECTOR, {
    rectificationId: 'r1',
    standardRef: '06.01.01',
    scope: { kind: 'site', siteId: 's1' },
    description: '占道经营',
  }),
  ev('rectification.assigned', ...OFFICE, {
    rectificationId: 'r1',
    leadUnitId: 'u1',
    deadline: '2026-05-01',
  }),
  ev('cadence.updated', ...OFFICE, { missedMonths: [] }),
];

export const SPRINT: CampaignEvent[] = [
  ev('rectification.started', ...STAFF, { rectificationId: 'r1' }),
  ev('rectification.submitted', ...STAFF, { rectificationId: 'r1', evidence: ['d-after'] }),
  ev('rectification.closed', ...INSPECTOR, { rectificationId: 'r1' }),
  ev('board.updated', ...OFFICE, { standards: { '06.01.01': 'compliant' } }),
  ...BUILT_IN_WORKING_GROUP_KINDS.map((group) => ev('workingGroup.rated', ...OFFICE, { group })),
  ev('windowCheck.recorded', ...INSPECTOR, { passed: true }),
];

export const READY: CampaignEvent[] = [
  ev('archive.updated', 'p-arch', 'archivesGroup', { standardCode: '06.01.01', counts: { photo: 1 } }),
  ev('archive.updated', 'p-arch', 'archivesGroup', {
    standardCode: '10.01.01',
    counts: { document: 1, plan: 1 },
  }),
  ev('archive.submitted', 'p-arch', 'archivesGroup', {}),
];

export const SUMMARY: CampaignEvent[] = [
  ev('result.recorded', ...LEADER, { passed: true, official: true, score: 91.5, on: '2026-09-20' }),
  ev('selfEvaluation.done', ...LEADER, {}),
  ev('meeting.recorded', ...OFFICE, { kind: 'summaryMeeting', meetingId: 'm9', date: '2026-10-20' }),
  ev('unit.appraised', ...OFFICE, { unitId: 'u1' }),
  ev('unit.appraised', ...OFFICE, { unitId: 'u2' }),
  ev('accountability.decided', ...LEADER, {}),
];

export const advance = () => ev('phase.advance', ...OFFICE, {});

/** A whole campaign, every phase ended by readiness. */
export function wholeCampaign() {
  return drive(createCampaign(INPUT, { id: 'p-office', role: 'office' }), [
    ...MOBILIZE,
    advance(),
    ...RECTIFY,
    advance(),
    ...SPRINT,
    advance(),
    ...READY,
    advance(),
    ...SUMMARY,
    advance(),
  ]);
}
