import type { CampaignFacts } from '@chuangwen/rules';
import type { CampaignEvent } from './events.js';

const add = <T>(list: readonly T[], item: T): T[] => (list.includes(item) ? [...list] : [...list, item]);

/** The facts after a fact-recording event; other events leave them as they are. Pure. */
export function applyFact(facts: CampaignFacts, event: CampaignEvent): CampaignFacts {
  switch (event.type) {
    case 'organisation.leadingGroupFormed':
      return { ...facts, leadingGroupFormed: true };
    case 'organisation.officeFormed':
      return { ...facts, officeFormed: true };
    case 'organisation.workingGroupStaffed':
      return { ...facts, workingGroupsStaffed: add(facts.workingGroupsStaffed, event.group) };
    case 'meeting.recorded':
      if (event.kind === 'mobilizationMeeting') return { ...facts, mobilizationMeetingHeld: true };
      if (event.kind === 'summaryMeeting') return { ...facts, summaryMeetingHeld: true };
      return facts;
    case 'plan.issued':
      return event.plan === 'implementation'
        ? { ...facts, implementationPlanIssued: true }
        : { ...facts, workPlanIssued: true };
    case 'unit.registered':
      return {
        ...facts,
        units: {
          ...facts.units,
          [event.unitId]: {
            teamFormed: false,
            planSubmitted: false,
            ...facts.units[event.unitId],
            role: event.role,
          },
        },
      };
    case 'unit.teamFormed':
    case 'unit.planSubmitted': {
      const unit = facts.units[event.unitId];
      if (!unit) return facts;
      const change = event.type === 'unit.teamFormed' ? { teamFormed: true } : { planSubmitted: true };
      return { ...facts, units: { ...facts.units, [event.unitId]: { ...unit, ...change } } };
    }
    case 'publicity.launched':
      return { ...facts, publicityLaunched: true };
    case 'board.updated':
      return { ...facts, standards: { ...facts.standards, ...event.standards } };
    case 'cadence.updated':
      return { ...facts, missedCadenceMonths: [...new Set(event.missedMonths)].sort() };
    case 'workingGroup.rated':
      return { ...facts, workingGroupsRated: add(facts.workingGroupsRated, event.group) };
    case 'windowCheck.recorded':
      return { ...facts, unannouncedWindowChecks: facts.unannouncedWindowChecks + 1 };
    case 'archive.updated':
      return {
        ...facts,
        archive: {
          ...facts.archive,
          [event.standardCode]: { ...facts.archive[event.standardCode], ...event.counts },
        },
      };
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
    default:
      return facts;
  }
}

/** Whether an event records a fact (rather than moving a phase or a rectification). */
export function isFactEvent(event: CampaignEvent): boolean {
  return (
    !event.type.startsWith('phase.') &&
    !event.type.startsWith('rectification.') &&
    event.type !== 'cycle.start'
  );
}

/** Whether the units a fact event names are known: a team or plan from a unit not registered is refused. */
export function factAccepted(facts: CampaignFacts, event: CampaignEvent): boolean {
  if (event.type === 'unit.teamFormed' || event.type === 'unit.planSubmitted')
    return Object.hasOwn(facts.units, event.unitId);
  return true;
}
