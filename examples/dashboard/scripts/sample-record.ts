// The rest of the sample street's record: the document with its civility tallies, the mobilisation that moves the
// campaign into special rectification, the office's supervision and archive, and the residents' survey returns.
import type { CivilityTally } from '@chuangwen/checklists';
import { civilitySheet, sampleStreetCampaign } from '@chuangwen/checklists/district';
import { BUILT_IN_WORKING_GROUP_KINDS, type CampaignInput, GOAL_METRICS } from '@chuangwen/model';
import {
  ARCHIVES,
  FIELD_INSPECTORS,
  LEADER,
  LIAISONS,
  OFFICE,
  PUBLICITY,
  type SampleEvent,
  sampleDocument,
  taskUnits,
} from './sample-actors.js';
import { at, type Dice, dayAfter } from './sample-time.js';

/** The key under the document's `extensions` where the dashboard looks for civility tallies. */
const CIVILITY_TALLIES_KEY = 'civilityTallies';

/** The sample street's document with its liaisons and field inspectors, and May's civility tallies as a host extension. */
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
    people: [...(street.organisation.people ?? []), ...LIAISONS, ...FIELD_INSPECTORS],
  };
  return { ...street, organisation, extensions: { [CIVILITY_TALLIES_KEY]: tallies } };
}

/**
 * What an office enters later from the street's paper records (补录): the record was opened after the campaign began,
 * so facts of the campaign's own stream that happened before are dated when they happened, with this reason.
 */
const PAPER = {
  backfill: { reason: '示例街道按纸质台账补录' },
};

/**
 * 宣传发动: organisation, meeting, plans, publicity, every task unit's team and plan (as the units reported them on
 * paper); then the move on. The office enters them from the paper records, dated when each happened.
 */
export function sampleMobilisation(): SampleEvent[] {
  const events: SampleEvent[] = [];
  const push = (as: SampleEvent['as'], date: string, body: { type: string } & Record<string, unknown>) =>
    events.push({ as, body: { ...body, ...PAPER, at: at(date, 9, events.length % 60) } });
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
  push(OFFICE, '2026-03-09', { type: 'publicity.launched' });
  for (const unitId of taskUnits()) {
    push(OFFICE, '2026-03-16', { type: 'unit.teamFormed', unitId });
    push(OFFICE, '2026-03-20', { type: 'unit.planSubmitted', unitId });
  }
  push(OFFICE, '2026-03-28', { type: 'phase.advance' });
  return events;
}

/**
 * The supervision the campaign holds itself to (督查频次), entered from the paper minutes: April and the first half of
 * June in full, May one on-site supervision short, so the record derives May as a missed month.
 */
export function sampleSupervision(): SampleEvent[] {
  const events: SampleEvent[] = [];
  const meet = (kind: string, date: string) =>
    events.push({
      as: OFFICE,
      body: {
        type: 'meeting.recorded',
        kind,
        meetingId: `m-${date}-${kind}`,
        date,
        ...PAPER,
        at: at(date, 17),
      },
    });
  const month = (m: string, onSite: number, through = 31) => {
    const days: [string, number][] = [
      ['leadershipReportHearing', 6],
      ['onSiteSupervision', 10],
      ['jointMeeting', 12],
      ['coordinationMeeting', 13],
      ['onSiteSupervision', 20],
      ['monthlyInspection', 25],
    ];
    let sites = 0;
    for (const [kind, day] of days) {
      if (day > through) continue;
      if (kind === 'onSiteSupervision' && ++sites > onSite) continue;
      meet(kind, `${m}-${String(day).padStart(2, '0')}`);
    }
  };
  month('2026-04', 2);
  month('2026-05', 1);
  month('2026-06', 2, 14);
  return events;
}

/**
 * The leading group's decision on one standard, over what its evidence gives (认定), entered from the meeting's minutes:
 * the board shows it beside the class the evidence gives, with its reason.
 */
export function sampleOverride(code: string, when: string): SampleEvent[] {
  return [
    {
      as: LEADER,
      body: {
        type: 'class.overridden',
        standardRef: code,
        class: 'compliant',
        reason: '经领导小组复核，整改已到位，认定达标（示例）',
        ...PAPER,
        at: when,
      },
    },
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
