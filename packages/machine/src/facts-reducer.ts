import type { CampaignFacts } from '@chuangwen/rules';
import { addMeeting, applyContribution, countArchive, hasMeeting } from '@chuangwen/rules/internal';
import type { EchoEvent } from './echoes.js';
import { type FactEvent, groupOf } from './events.js';

const add = <T>(list: readonly T[], item: T): T[] => (list.includes(item) ? [...list] : [...list, item]);

/** Every event that changes the campaign's facts: the fact events and the echoes of other streams. */
export type FactChange = FactEvent | EchoEvent;

// Listed, not read from the echo schemas, so a page that only runs machines does not load those schemas; the record
// type keeps the list whole.
const ECHO_TYPES: Readonly<Record<EchoEvent['type'], true>> = {
  'ledger.changed': true,
  'archive.changed': true,
  'units.changed': true,
};

/** Whether a machine event changes the campaign's facts, narrowing it to the fact events and echoes. */
export function isFactChange(event: { type: string }): event is FactChange {
  return Object.hasOwn(ECHO_TYPES, event.type) || groupOf(event.type) === 'fact';
}

/**
 * The facts after an event. Pure, and exhaustive over the events that change facts: a new fact event that is not
 * handled here does not compile.
 */
export function applyFact(facts: CampaignFacts, event: FactChange): CampaignFacts {
  switch (event.type) {
    case 'organisation.leadingGroupFormed':
      return { ...facts, leadingGroupFormed: true };
    case 'organisation.officeFormed':
      return { ...facts, officeFormed: true };
    case 'organisation.workingGroupStaffed':
      return { ...facts, workingGroupsStaffed: add(facts.workingGroupsStaffed, event.group) };
    case 'meeting.recorded': {
      const meeting = {
        id: event.meetingId,
        kind: event.kind,
        date: event.date,
        ...(event.makeUpFor === undefined ? {} : { makeUpFor: event.makeUpFor }),
      };
      const meetings = addMeeting(facts.meetings, meeting);
      if (event.kind === 'mobilizationMeeting') return { ...facts, meetings, mobilizationMeetingHeld: true };
      if (event.kind === 'summaryMeeting') return { ...facts, meetings, summaryMeetingHeld: true };
      return { ...facts, meetings };
    }
    case 'plan.issued':
      return event.plan === 'implementation'
        ? { ...facts, implementationPlanIssued: true }
        : { ...facts, workPlanIssued: true };
    case 'unit.registered':
      return { ...facts, unitRoles: { ...facts.unitRoles, [event.unitId]: event.role } };
    case 'unit.teamFormed':
      return { ...facts, teamsFormed: add(facts.teamsFormed, event.unitId) };
    case 'unit.planSubmitted':
      return { ...facts, plansSubmitted: add(facts.plansSubmitted, event.unitId) };
    case 'publicity.launched':
      return { ...facts, publicityLaunched: true };
    case 'class.overridden':
      return {
        ...facts,
        overrides: {
          ...facts.overrides,
          [event.standardRef]: { class: event.class, reason: event.reason, by: event.actor.id, at: event.at },
        },
      };
    case 'class.overrideWithdrawn': {
      const { [event.standardRef]: _withdrawn, ...overrides } = facts.overrides;
      return { ...facts, overrides };
    }
    case 'workingGroup.rated':
      return { ...facts, workingGroupsRated: add(facts.workingGroupsRated, event.group) };
    case 'windowCheck.recorded':
      return { ...facts, unannouncedWindowChecks: facts.unannouncedWindowChecks + 1 };
    case 'archive.submitted':
      return { ...facts, archiveSubmitted: true };
    case 'result.recorded':
      return {
        ...facts,
        lastResult: {
          passed: event.passed,
          official: event.official,
          on: event.on,
          ...(event.score === undefined ? {} : { score: event.score }),
        },
      };
    case 'selfEvaluation.done':
      return { ...facts, selfEvaluationDone: true };
    case 'unit.appraised':
      return { ...facts, unitsAppraised: add(facts.unitsAppraised, event.unitId) };
    case 'accountability.decided':
      return { ...facts, accountabilityDecided: true };
    case 'ledger.changed':
      return { ...facts, ledger: applyContribution(facts.ledger, event.before, event.after) };
    case 'units.changed': {
      const gone = new Set(event.removed);
      const keep = (ids: readonly string[]) => ids.filter((id) => !gone.has(id));
      const unitRoles = Object.fromEntries(
        Object.entries({ ...facts.unitRoles, ...event.roles }).filter(([id]) => !gone.has(id)),
      );
      return {
        ...facts,
        unitRoles,
        teamsFormed: keep(facts.teamsFormed),
        plansSubmitted: keep(facts.plansSubmitted),
        unitsAppraised: keep(facts.unitsAppraised),
      };
    }
    case 'archive.changed':
      return { ...facts, archive: countArchive(facts.archive, event.changes) };
    default:
      return unreachable(event);
  }
}

function unreachable(event: never): never {
  throw new TypeError(`unhandled fact event ${(event as { type: string }).type}`);
}

/**
 * Whether a fact event fits the facts: a team or plan from a unit not registered is refused, and so is a meeting
 * recorded twice under one id.
 */
export function factAccepted(facts: CampaignFacts, event: FactChange): boolean {
  if (event.type === 'unit.teamFormed' || event.type === 'unit.planSubmitted')
    return Object.hasOwn(facts.unitRoles, event.unitId);
  if (event.type === 'meeting.recorded') return !hasMeeting(facts.meetings, event.meetingId);
  return true;
}
