import type { Phase, PhasePlan, RectificationStatus } from '@chuangwen/model';
import {
  type Blocker,
  type CampaignFacts,
  emptyFacts,
  phaseReadiness,
  type Readiness,
  type ReadinessOptions,
} from '@chuangwen/rules';
import type { RectificationContext } from './rectification-machine.js';
import type { Role } from './roles.js';

/** One ledger entry: the state of its rectification machine and what it remembers. */
export interface LedgerEntry {
  status: RectificationStatus;
  context: RectificationContext;
}

/** A phase entered, when, and whether it was forced past its blockers (and by whom, why). */
export interface PhaseHistoryEntry {
  phase: Phase | 'closed';
  cycle: number;
  at: string;
  via: 'start' | 'advance' | 'force' | 'loop' | 'cycle';
  forced?: { by: string; reason: string; blockers: string[] };
}

/** What the campaign machine keeps: host-supplied facts and summaries, never every observation. */
export interface CampaignContext {
  campaignId: string;
  /** The annual cycle: 1 for the first campaign, then one more for each re-check (复查). */
  cycle: number;
  timeline: PhasePlan[];
  /** Roles that may force a move past blockers. */
  forceRoles: Role[];
  facts: CampaignFacts;
  ledger: Record<string, LedgerEntry>;
  history: PhaseHistoryEntry[];
  /** The last refused move, with its blockers, so a refusal is never silent. */
  lastRefusal?: { at: string; phase: Phase; blockers: Blocker[] };
}

/** What a campaign machine starts from. */
export interface CampaignMachineInput {
  campaignId: string;
  at: string;
  timeline?: PhasePlan[];
  /** Lead and responsible units known at the start. */
  units?: Record<string, 'lead' | 'responsible'>;
  forceRoles?: Role[];
}

/** The facts readiness reads, with the rectification ledger summarised from its entries. */
export function factsFor(context: CampaignContext): CampaignFacts {
  const rectifications: CampaignFacts['rectifications'] = {};
  for (const [id, entry] of Object.entries(context.ledger)) {
    const c = entry.context;
    rectifications[id] = {
      status: entry.status,
      ...(c.standardRef === undefined ? {} : { standardRef: c.standardRef }),
      ...(c.leadUnitId === undefined ? {} : { leadUnitId: c.leadUnitId }),
      ...(c.deadline === undefined ? {} : { deadline: c.deadline }),
    };
  }
  return { ...context.facts, rectifications };
}

/**
 * The readiness of a phase for this campaign, from `@chuangwen/rules`, so machine and UI agree. The options are the
 * campaign's configuration (the edition's archive inventory, local numbers), which the host keeps, not the snapshot.
 */
export function readinessOf(
  context: CampaignContext,
  phase: Phase,
  options: ReadinessOptions = {},
): Readiness {
  return phaseReadiness(phase, factsFor(context), options);
}

/** The initial context from the machine's input. */
export function initialContext(input: CampaignMachineInput): CampaignContext {
  const facts = emptyFacts();
  for (const [unitId, role] of Object.entries(input.units ?? {}))
    facts.units[unitId] = { role, teamFormed: false, planSubmitted: false };
  return {
    campaignId: input.campaignId,
    cycle: 1,
    timeline: input.timeline ?? [],
    forceRoles: input.forceRoles ?? ['leadingGroup'],
    facts,
    ledger: {},
    history: [{ phase: 'mobilization', cycle: 1, at: input.at, via: 'start' }],
  };
}

/**
 * The facts carried into a new annual cycle (复查): the organisation, units, board, ledger and archive stay; the plans,
 * meetings, ratings, submission, result, evaluation and appraisals belong to the cycle that ended.
 */
export function nextCycleFacts(facts: CampaignFacts): CampaignFacts {
  const units: CampaignFacts['units'] = {};
  for (const [id, u] of Object.entries(facts.units))
    units[id] = { role: u.role, teamFormed: u.teamFormed, planSubmitted: false };
  const { lastResult: _result, ...rest } = facts;
  return {
    ...rest,
    units,
    mobilizationMeetingHeld: false,
    implementationPlanIssued: false,
    workPlanIssued: false,
    publicityLaunched: false,
    missedCadenceMonths: [],
    workingGroupsRated: [],
    unannouncedWindowChecks: 0,
    archiveSubmitted: false,
    selfEvaluationDone: false,
    summaryMeetingHeld: false,
    unitsAppraised: [],
    accountabilityDecided: false,
  };
}
