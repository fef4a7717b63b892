import type { Phase } from '@chuangwen/model';
import type { DerivedFacts, ReadinessOptions } from '@chuangwen/rules';
import { emptyFacts } from '@chuangwen/rules/internal';
import { assign, setup } from 'xstate';
import {
  type CampaignContext,
  type CampaignMachineInput,
  initialContext,
  type PhaseHistoryEntry,
  readinessOf,
} from './campaign-context.js';
import type { CampaignState } from './campaign-states.js';
import type { EchoEvent } from './echoes.js';
import { EFFECT_STUBS } from './effects.js';
import { EVENT_GROUPS, type FactEvent, type PhaseEvent } from './events.js';
import { applyFact, factAccepted, isFactChange } from './facts-reducer.js';

type Via = PhaseHistoryEntry['via'];
/**
 * A phase request as the machine judges it: with the facts derived at its moment (classes, missed months), which the
 * decider adds from the record. Sent without them (an actor run by hand), nothing is derived: no standard is classified.
 */
export type JudgedPhaseEvent = PhaseEvent & { derived?: DerivedFacts };
/**
 * Every event the campaign machine handles: facts, phase requests with their derived facts, and what the other streams'
 * events change in the campaign (the ledger counters, the archive counts).
 */
export type CampaignMachineEvent = FactEvent | JudgedPhaseEvent | EchoEvent;

const NOTHING_DERIVED: DerivedFacts = Object.freeze({ standards: {}, missedMonths: [] });
/** The derived facts a phase request carries; other events carry none. */
const derivedOf = (event: CampaignMachineEvent): DerivedFacts =>
  ('derived' in event ? event.derived : undefined) ?? NOTHING_DERIVED;

/** The facts carried into a new annual cycle (复查): organisation, units, board, ledger and archive stay. */
function nextCycleFacts(facts: CampaignContext['facts']): CampaignContext['facts'] {
  const fresh = emptyFacts();
  return {
    ...fresh,
    leadingGroupFormed: facts.leadingGroupFormed,
    officeFormed: facts.officeFormed,
    workingGroupsStaffed: facts.workingGroupsStaffed,
    unitRoles: facts.unitRoles,
    teamsFormed: facts.teamsFormed,
    overrides: facts.overrides,
    meetings: facts.meetings,
    ledger: facts.ledger,
    archive: facts.archive,
  };
}

/**
 * The campaign's phases as a machine, judging readiness with the campaign's configuration (the edition's archive
 * inventory, local numbers), which the host keeps beside the campaign rather than in its snapshot: 宣传发动
 * mobilization → 专项整治 specialRectification → 全面冲刺 finalSprint → 迎检 inspectionReadiness → 总结评议
 * summaryEvaluation → closed, and from closed the next annual cycle (复查).
 *
 * Facts arrive as events and are kept as summaries and counters; what the rectification and evidence streams change
 * arrives as their changes. A phase request carries the facts derived at its moment (each standard's class from the
 * record's board, the missed supervision months); `phase.advance` moves on only when the phase's readiness (from
 * `@chuangwen/rules`) holds;
 * a refused move records its blockers in `lastRefusal`. `phase.force` moves past blockers by decision (领导小组决定推进),
 * with a reason, marked in the history; who may decide is the role policy's to say (by default the leading group). A failing official or mock result sends the campaign back
 * to special rectification; so does a relapse found in the final sprint.
 */
export function campaignMachineWith(readiness: ReadinessOptions = {}) {
  return setup({
    types: {
      context: {} as CampaignContext,
      events: {} as CampaignMachineEvent,
      input: {} as CampaignMachineInput,
    },
    guards: {
      ready: ({ context, event }, params: { phase: Phase }) =>
        readinessOf(context, params.phase, derivedOf(event), readiness).ready,
      resultFails: ({ event }) => event.type === 'result.recorded' && !event.passed,
      relapse: ({ event }) => event.type === 'ledger.changed' && event.trigger === 'rectification.relapsed',
      factAccepted: ({ context, event }) => isFactChange(event) && factAccepted(context.facts, event),
    },
    actions: {
      ...EFFECT_STUBS,
      applyFact: assign({
        facts: ({ context, event }) =>
          isFactChange(event) ? applyFact(context.facts, event) : context.facts,
      }),
      recordRefusal: assign({
        lastRefusal: ({ context, event }, params: { phase: Phase }) => ({
          at: event.at,
          phase: params.phase,
          blockers: readinessOf(context, params.phase, derivedOf(event), readiness).blockers,
        }),
      }),
      enter: assign(({ context, event }, params: { phase: CampaignState; via: Via }) => {
        const entry: PhaseHistoryEntry = {
          phase: params.phase,
          cycle: context.cycle,
          at: event.at,
          via: params.via,
        };
        const { lastRefusal: _cleared, ...rest } = context;
        return { ...rest, history: [...context.history, entry] };
      }),
      enterForced: assign(({ context, event }, params: { from: Phase; phase: CampaignState }) => {
        const reason = event.type === 'phase.force' ? event.reason : '';
        const blockers = readinessOf(context, params.from, derivedOf(event), readiness).blockers.map(
          (b) => b.code,
        );
        const entry: PhaseHistoryEntry = {
          phase: params.phase,
          cycle: context.cycle,
          at: event.at,
          via: 'force',
          forced: { by: event.actor.id, reason, blockers },
        };
        const { lastRefusal: _cleared, ...rest } = context;
        return { ...rest, history: [...context.history, entry] };
      }),
      startCycle: assign(({ context, event }) => ({
        cycle: context.cycle + 1,
        facts: nextCycleFacts(context.facts),
        history: [
          ...context.history,
          { phase: 'mobilization' as const, cycle: context.cycle + 1, at: event.at, via: 'cycle' as const },
        ],
      })),
    },
  }).createMachine({
    id: 'chuangwen.campaign',
    /** Built from the input: the campaign's id, timeline, units and the roles that may force a move. */
    // xstate's pure transition functions build an inert actor whose initial state has no input: answer it cheaply.
    context: ({ input }) => (input === undefined ? UNSTARTED : initialContext(input)),
    initial: 'mobilization',
    on: {
      ...Object.fromEntries(
        EVENT_GROUPS.fact.map((type) => [type, { guard: 'factAccepted', actions: 'applyFact' }]),
      ),
      'ledger.changed': { actions: 'applyFact' },
      'archive.changed': { actions: 'applyFact' },
      'units.changed': { actions: 'applyFact' },
    },
    states: {
      mobilization: phase('mobilization', 'specialRectification', readiness),
      specialRectification: phase('specialRectification', 'finalSprint', readiness),
      finalSprint: {
        ...phase('finalSprint', 'inspectionReadiness', readiness),
        on: {
          ...phase('finalSprint', 'inspectionReadiness', readiness).on,
          'ledger.changed': [
            {
              guard: 'relapse',
              target: 'specialRectification',
              actions: [
                'applyFact',
                { type: 'enter', params: { phase: 'specialRectification', via: 'loop' } },
              ],
            },
            { actions: 'applyFact' },
          ],
          'result.recorded': loopOnFailure(),
        },
      },
      inspectionReadiness: {
        ...phase('inspectionReadiness', 'summaryEvaluation', readiness),
        on: {
          ...phase('inspectionReadiness', 'summaryEvaluation', readiness).on,
          'result.recorded': loopOnFailure(),
        },
      },
      summaryEvaluation: {
        ...phase('summaryEvaluation', 'closed', readiness),
        on: { ...phase('summaryEvaluation', 'closed', readiness).on, 'result.recorded': loopOnFailure() },
      },
      closed: {
        entry: {
          type: 'notifyPhaseEntered',
          /** What the effect carries, read from the context. */
          params: ({ context }: { context: CampaignContext }) => ({
            state: 'closed' as const,
            cycle: context.cycle,
          }),
        },
        on: { 'cycle.start': { target: 'mobilization', actions: 'startCycle' } },
      },
    },
  });
}

const UNSTARTED: CampaignContext = Object.freeze({
  campaignId: 'unstarted',
  cycle: 1,
  timeline: [],
  facts: emptyFacts(),
  history: [],
}) as CampaignContext;

/** The campaign machine with no configuration: readiness counts no archive inventory. */
export const campaignMachine = campaignMachineWith();

/** A phase state: advance when ready (else record the refusal), force when the role may. */
function phase(current: Phase, next: CampaignState, readiness: ReadinessOptions) {
  return {
    entry: {
      type: 'notifyPhaseEntered' as const,
      /** What the effect carries, read from the context. */
      params: ({ context }: { context: CampaignContext }) => ({
        state: current as CampaignState,
        cycle: context.cycle,
      }),
    },
    on: {
      'phase.advance': [
        {
          guard: { type: 'ready' as const, params: { phase: current } },
          target: next,
          actions: { type: 'enter' as const, params: { phase: next, via: 'advance' as Via } },
        },
        {
          actions: [
            { type: 'recordRefusal' as const, params: { phase: current } },
            {
              type: 'notifyRefusal' as const,
              /** What the effect carries, read from the context and the request's derived facts. */
              params: ({ context, event }: { context: CampaignContext; event: CampaignMachineEvent }) => ({
                blockers: readinessOf(context, current, derivedOf(event), readiness).blockers,
              }),
            },
          ],
        },
      ],
      'phase.force': {
        target: next,
        actions: { type: 'enterForced' as const, params: { from: current, phase: next } },
      },
    },
  };
}

/** A failing result goes back to special rectification; a passing one is recorded where it is. */
function loopOnFailure() {
  return [
    {
      guard: 'resultFails' as const,
      target: 'specialRectification' as const,
      actions: [
        'applyFact' as const,
        {
          type: 'enter' as const,
          params: { phase: 'specialRectification' as CampaignState, via: 'loop' as Via },
        },
      ],
    },
    { actions: 'applyFact' as const },
  ];
}

/** The campaign machine's type. */
export type CampaignMachine = typeof campaignMachine;
