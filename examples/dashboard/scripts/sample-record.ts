// The rest of the sample street's record: the document with its civility tallies, the mobilisation that moves the
// campaign into special rectification, the office's supervision and archive, and the residents' survey returns.
import type { CivilityTally } from '@chuangwen/checklists';
import { civilitySheet, sampleStreetCampaign } from '@chuangwen/checklists/district';
import { BUILT_IN_WORKING_GROUP_KINDS, type CampaignInput, GOAL_METRICS } from '@chuangwen/model';
import {
  ARCHIVES,
  LEADER,
  LIAISONS,
  OFFICE,
  PUBLICITY,
  type SampleEvent,
  sampleDocument,
  staffOf,
  taskUnits,
} from './sample-actors.js';
import { at, type Dice, dayAfter } from './sample-time.js';

/** The key under the document's `extensions` where the dashboard looks for civility tallies. */
const CIVILITY_TALLIES_KEY = 'civilityTallies';

/** The sample street's document with liaisons for the units that had no one, and May's civility tallies as a host extension. */
export function sampleDocumentWithTallies(dice: Dice): CampaignInput {
  const tallies: CivilityTally[] = [];
  for (const b of civilitySheet.behaviours)
    for (const siteType of b.siteTypes.slice(0, 2)) {
      const observed = 120 + dice.int(80);
      const rate = b.polarity === 'uncivil' ? (b.anyOccurrenceFails ? 0 : 0.09) : 0.3;
      tallies.push({
        id: `t-${String(tallies.length + 1).padStart(3, '0')}`,
        sheetId: civilitySheet.id,
        behaviourCode: b.code,
        siteType,
        observedAt: at(dayAfter('2026-05-18', tallies.length % 5), 10),
        observed,
        occurrences: Math.floor(observed * dice.next() * rate),
      });
    }
  const street = sampleStreetCampaign();
  const organisation = {
    ...street.organisation,
    people: [...(street.organisation.people ?? []), ...LIAISONS],
  };
  return { ...street, organisation, extensions: { [CIVILITY_TALLIES_KEY]: tallies } };
}

/** 宣传发动: organisation, meeting, plans, publicity, every task unit's team and plan; then the move on. */
export function sampleMobilisation(): SampleEvent[] {
  const events: SampleEvent[] = [];
  const push = (as: SampleEvent['as'], date: string, body: Record<string, unknown>) =>
    events.push({ as, body: { ...body, at: at(date, 9, events.length % 60) } as SampleEvent['body'] });
  push(LEADER, '2026-03-02', { type: 'organisation.leadingGroupFormed' });
  push(LEADER, '2026-03-02', { type: 'organisation.officeFormed' });
  for (const group of BUILT_IN_WORKING_GROUP_KINDS)
    push(OFFICE, '2026-03-03', { type: 'organisation.workingGroupStaffed', group });
  push(OFFICE, '2026-03-05', {
    type: 'meeting.recorded',
    kind: 'mobilizationMeeting',
    meetingId: 'm-mobilisation',
    date: '2026-03-05',
  });
  push(OFFICE, '2026-03-06', { type: 'plan.issued', plan: 'implementation' });
  push(OFFICE, '2026-03-06', { type: 'plan.issued', plan: 'work' });
  push(PUBLICITY, '2026-03-09', { type: 'publicity.launched' });
  for (const unitId of taskUnits()) {
    push(staffOf(unitId), '2026-03-16', { type: 'unit.teamFormed', unitId });
    push(staffOf(unitId), '2026-03-20', { type: 'unit.planSubmitted', unitId });
  }
  push(OFFICE, '2026-03-28', { type: 'phase.advance' });
  return events;
}

/** The supervision cadence as the office reports it: May's on-site supervision fell short. */
export function sampleCadence(): SampleEvent[] {
  return [
    { as: OFFICE, body: { type: 'cadence.updated', missedMonths: ['2026-05'], at: at('2026-06-02', 9) } },
  ];
}

/** Archive material for the first standards of the inventory, filed by the archives group through April and May. */
export function sampleArchive(codes: readonly string[]): SampleEvent[] {
  return codes.map((code, i) => {
    const date = dayAfter('2026-04-06', i * 3);
    const category = i % 3 === 0 ? 'record' : 'photo';
    return {
      as: ARCHIVES,
      body: {
        type: 'document.filed',
        at: at(date, 15),
        document: sampleDocument(
          `d-${String(i + 1).padStart(3, '0')}`,
          `${code} 佐证材料`,
          category,
          [code],
          date,
        ),
      },
    };
  });
}

const LIKELY = { awareness: 0.93, support: 0.9, participation: 0.76, satisfaction: 0.88 } as const;

/** 240 residents' survey returns from the communities and villages, in May. */
export function sampleSurveys(dice: Dice, units: readonly string[]): SampleEvent[] {
  const channels = ['household', 'streetIntercept', 'online'] as const;
  return Array.from({ length: 240 }, (_, i) => {
    const respondedAt = at(dayAfter('2026-05-06', i % 20), 9 + (i % 8), i % 60);
    return {
      as: PUBLICITY,
      body: {
        type: 'survey.recorded',
        at: respondedAt,
        response: {
          id: `q-${String(i + 1).padStart(3, '0')}`,
          respondedAt,
          channel: channels[i % 3],
          unitId: units[i % units.length],
          goals: Object.fromEntries(GOAL_METRICS.map((m) => [m, dice.chance(LIKELY[m])])),
        },
      },
    };
  });
}
