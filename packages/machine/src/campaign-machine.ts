import { PHASES, type Phase } from '@chuangwen/model';
import type { ReadinessOptions } from '@chuangwen/rules';
import { assign, setup } from 'xstate';
import {
  type CampaignContext,
  type CampaignMachineInput,
  initialContext,
  nextCycleFacts,
  type PhaseHistoryEntry,
  readinessOf,
} from './campaign-context.js';
import type { CampaignEvent, RectificationEvent } from './events.js';
import { applyFact, factAccepted } from './facts-reducer.js';
import { applyToLedger, ledgerAccepts } from './ledger.js';

type Via = PhaseHistoryEntry['via'];

const RECTIFICATION_EVENTS = [
  'rectification.reported',
  'rectification.assigned',
  'rectification.started',
  'rectification.submitted',
  'rectification.closed',
  'rectification.returned',
  'rectification.escalated',
  'rectification.relapsed',
] as const;

const FACT_EVENTS = [
  'organisation.leadingGroupFormed',
  'organisation.officeFormed',
  'organisation.workingGroupStaffed',
  'meeting.recorded',
  'plan.issued',
  'unit.registered',
  'unit.teamFormed',
  'unit.planSubmitted',
  'publicity.launched',
  'board.updated',
  'cadence.updated',
  'workingGroup.rated',
  'windowCheck.recorded',
  'archive.updated',
  'archive.submitted',
  'result.recorded',
  'selfEvaluation.done',
  'unit.appraised',
  'accountability.decided',
] as const;

/**
 * The campaign's phases as a machine: 宣传发动 mobilization → 专项整治 specialRectification → 全面冲刺 finalSprint →
 * 迎检 inspectionReadiness → 总结评议 summaryEvaluation → closed, and from closed the next annual cycle (复查).
 *
 * Facts arrive as events and are kept as summaries. `phase.advance` moves on only when the phase's readiness (from
 * `@chuangwen/rules`) holds; a refused move records its blockers in `lastRefusal`. `phase.force` moves past blockers
 * for a role in `forceRoles`, with a reason, marked in the history. A failing official or mock result sends the
 * campaign back to special rectification; so does a relapse found in the final sprint.
 *
 * Side effects are named stubs for hosts to `.provide()`: `notifyPhaseEntered`, `notifyRefusal`,
 * `scheduleDeadlineReminder`, `notifyEscalation`.
 */
export const campaignMachine = campaignMachineWith();

/**
 * The campaign machine judging readiness with the campaign's configuration: the edition's archive inventory (material
 * with counts) and local numbers. The configuration is the host's, kept beside the campaign, not in its snapshot, so
 * the snapshot stays small whatever the size of the framework. Build it once per campaign and pass it as `machine`.
 */
export function campaignMachineWith(readiness: ReadinessOptions = {}) {
  return setup({
    types: {
      context: {} as CampaignContext,
      events: {} as CampaignEvent,
      input: {} as CampaignMachineInput,
    },
    guards: {
      ready: ({ context }, params: { phase: Phase }) => readinessOf(context, params.phase, readiness).ready,
      mayForce: ({ context, event }) =>
        event.type === 'phase.force' && context.forceRoles.includes(event.actor.role),
      resultFails: ({ event }) => event.type === 'result.recorded' && !event.passed,
      factAccepted: ({ context, event }) => factAccepted(context.facts, event),
      ledgerAccepts: ({ context, event }) => ledgerAccepts(context.ledger, event as RectificationEvent),
    },
    actions: {
      notifyPhaseEntered: () => {},
      notifyRefusal: () => {},
      scheduleDeadlineReminder: () => {},
      notifyEscalation: () => {},
      applyFact: assign({ facts: ({ context, event }) => applyFact(context.facts, event) }),
      applyRectification: assign({
        ledger: ({ context, event }) => applyToLedger(context.ledger, event as RectificationEvent),
      }),
      recordRefusal: assign({
        lastRefusal: ({ event }, params: { phase: Phase; context: CampaignContext }) => ({
          at: event.at,
          phase: params.phase,
          blockers: readinessOf(params.context, params.phase, readiness).blockers,
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
        const blockers = readinessOf(context, params.from, readiness).blockers.map((b) => b.code);
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
    /** Built from the input: the campaign's id, timeline and units. */
    context: ({ input }) => initialContext(input),
    initial: 'mobilization',
    on: {
      ...Object.fromEntries(
        FACT_EVENTS.map((type) => [type, { guard: 'factAccepted', actions: 'applyFact' }]),
      ),
      ...Object.fromEntries(
        RECTIFICATION_EVENTS.map((type) => [type, { guard: 'ledgerAccepts', actions: 'applyRectification' }]),
      ),
      'rectification.assigned': {
        guard: 'ledgerAccepts',
        actions: ['applyRectification', 'scheduleDeadlineReminder'],
      },
      'rectification.escalated': {
        guard: 'ledgerAccepts',
        actions: ['applyRectification', 'notifyEscalation'],
      },
    },
    states: {
      mobilization: phase('mobilization', 'specialRectification'),
      specialRectification: phase('specialRectification', 'finalSprint'),
      finalSprint: {
        ...phase('finalSprint', 'inspectionReadiness'),
        on: {
          ...phase('finalSprint', 'inspectionReadiness').on,
          'rectification.relapsed': {
            guard: 'ledgerAccepts',
            target: 'specialRectification',
            actions: [
              'applyRectification',
              { type: 'enter', params: { phase: 'specialRectification', via: 'loop' } },
            ],
          },
          'result.recorded': loopOnFailure(),
        },
      },
      inspectionReadiness: {
        ...phase('inspectionReadiness', 'summaryEvaluation'),
        on: { ...phase('inspectionReadiness', 'summaryEvaluation').on, 'result.recorded': loopOnFailure() },
      },
      summaryEvaluation: {
        ...phase('summaryEvaluation', 'closed'),
        on: { ...phase('summaryEvaluation', 'closed').on, 'result.recorded': loopOnFailure() },
      },
      closed: {
        entry: 'notifyPhaseEntered',
        on: { 'cycle.start': { target: 'mobilization', actions: 'startCycle' } },
      },
    },
  });
}

/** A phase state: advance when ready (else record the refusal), force when the role may. */
function phase(current: Phase, next: CampaignState) {
  return {
    entry: 'notifyPhaseEntered' as const,
    on: {
      'phase.advance': [
        {
          guard: { type: 'ready' as const, params: { phase: current } },
          target: next,
          actions: { type: 'enter' as const, params: { phase: next, via: 'advance' as Via } },
        },
        {
          actions: [
            {
              type: 'recordRefusal' as const,
              params: ({ context }: { context: CampaignContext }) => ({ phase: current, context }),
            },
            'notifyRefusal' as const,
          ],
        },
      ],
      'phase.force': {
        guard: 'mayForce' as const,
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

/** The phases in order, then `closed`. */
export const CAMPAIGN_STATES = [...PHASES, 'closed'] as const;
/** A state of the campaign machine. */
export type CampaignState = (typeof CAMPAIGN_STATES)[number];
