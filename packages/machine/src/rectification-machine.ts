import type { Rectification, TimeLimit } from '@chuangwen/model';
import {
  applyMoves,
  extendTimeLimit,
  type LedgerMove,
  limitInForce,
  resolveTimeLimit,
} from '@chuangwen/rules';
import { and, assertEvent, assign, setup } from 'xstate';
import { EFFECT_STUBS } from './effects.js';
import type { RectificationEvent } from './events.js';

/** What a rectification ledger entry remembers: the model's rectification, its state being the machine's. */
export type RectificationContext = Omit<Rectification, 'status'>;

/** The report that opens a ledger entry. */
export type RectificationInput = Extract<RectificationEvent, { type: 'rectification.reported' }>;

/**
 * A rectification event as the machine reads it: a hand-over, a re-dispatch or an extension may carry the time limit
 * the decider worked out on the record's calendar (`resolved`). Without it (the machine run on its own) the machine
 * counts what needs no calendar, and keeps the rule and its start for the rest.
 */
export type RectificationMachineEvent = RectificationEvent & { resolved?: TimeLimit };

type Of<T extends RectificationEvent['type']> = Extract<RectificationEvent, { type: T }> & {
  resolved?: TimeLimit;
};
type HandOver = Of<'rectification.assigned'> | Of<'rectification.reassigned'>;

const UNREPORTED: RectificationContext = Object.freeze({
  id: 'unreported',
  scope: { kind: 'jurisdiction' },
  description: '-',
  reportedAt: '1970-01-01T00:00:00Z',
  reportedBy: '-',
  supportingUnitIds: [],
  guarantorUnitIds: [],
  evidence: [],
  returnedCount: 0,
  repeatCount: 0,
}) as RectificationContext;

/**
 * The context after one ledger move, worked out by the rules' `applyMoves` (the one reading of a move, shared with the
 * ticket adapters). Fields the move removes are set to undefined, since the machine merges what an action returns.
 */
function moved(context: RectificationContext, move: Omit<LedgerMove, 'key'>): Partial<RectificationContext> {
  const { status: _status, ...after } = applyMoves({ ...context, status: 'reported' }, [
    { key: '', ...move },
  ]);
  const out: Record<string, unknown> = { ...after };
  for (const key of Object.keys(context)) if (!Object.hasOwn(after, key)) out[key] = undefined;
  return out as Partial<RectificationContext>;
}

/** The time limit an event sets: the one the decider resolved, else what can be counted without a calendar. */
function limitOf(event: HandOver): TimeLimit | undefined {
  if (event.resolved) return event.resolved;
  return event.timeLimit ? resolveTimeLimit(undefined, event.timeLimit, event.at).timeLimit : undefined;
}

/** The ledger move of each move event, read from the event. */
function moveOf(context: RectificationContext, event: RectificationMachineEvent): Omit<LedgerMove, 'key'> {
  const { at } = event;
  switch (event.type) {
    case 'rectification.assigned':
    case 'rectification.reassigned': {
      const timeLimit = limitOf(event);
      return {
        move: event.type === 'rectification.assigned' ? 'assign' : 'reassign',
        at,
        unitId: event.leadUnitId,
        ...(timeLimit ? { timeLimit } : {}),
      };
    }
    case 'rectification.sentBack':
      return { move: 'sendBack', at, reason: event.reason };
    case 'rectification.extended': {
      const extension = event.until !== undefined ? { until: event.until } : { by: event.by! };
      const timeLimit =
        event.resolved ?? extendTimeLimit(undefined, limitInForce(context), extension, at).timeLimit;
      return { move: 'extend', at, timeLimit, approvedBy: event.actor.id, reason: event.reason };
    }
    case 'rectification.parked':
      return { move: 'park', at, reason: event.reason };
    case 'rectification.resumed':
      return { move: 'resume', at };
    case 'rectification.merged':
      return { move: 'merge', at, mergedInto: event.into };
    case 'rectification.followedUp':
      return { move: 'followUp', at, satisfaction: event.satisfaction };
    default:
      return { move: 'urge', at };
  }
}

/** Escalation beyond the campaign's power: open problems only; a closed one is fixed and cannot be escalated. */
const escalate = {
  'rectification.escalated': {
    target: 'escalated' as const,
    actions: [
      { type: 'recordEscalation' as const },
      {
        type: 'notifyEscalation' as const,
        /** What the effect carries, read from the context. */
        params: ({ context, event }: { context: RectificationContext; event: RectificationMachineEvent }) => {
          assertEvent(event, 'rectification.escalated');
          return { rectificationId: context.id, to: event.to };
        },
      },
    ],
  },
};

/** The reminder the host should schedule once a deadline is set or moved: the lead unit and the deadline. */
const remind = {
  type: 'scheduleDeadlineReminder' as const,
  /** What the effect carries, read from the context the move left. */
  params: ({ context }: { context: RectificationContext }) => ({
    rectificationId: context.id,
    leadUnitId: context.leadUnitId ?? '',
    deadline: context.deadline as string,
    ...(context.timeLimit?.dueAt !== undefined ? { dueAt: context.timeLimit.dueAt } : {}),
  }),
};

/** The hand-over's actions: record it, and name the reminder the host should schedule. */
const handOver = ['recordHandOver' as const, remind];
/** A move of the ledger's own (退单, 挂账, 恢复办理, 并单, 回访), by the rules' reading of it. */
const move = ['recordMove' as const];

/** Moves of open work, in every state where work is still to do: re-dispatch, park or resume, merge. */
const openMoves = (target: 'assigned') => ({
  'rectification.reassigned': { guard: 'notParked' as const, target, reenter: true, actions: handOver },
  'rectification.parked': { guard: 'notParked' as const, actions: move },
  'rectification.resumed': { guard: 'parked' as const, actions: move },
  'rectification.merged': { target: 'closed' as const, actions: move },
});
/** Moves of work handed over: send back as not ours, extend the deadline. */
const handedMoves = {
  'rectification.sentBack': { guard: 'notParked' as const, target: 'reported' as const, actions: move },
  'rectification.extended': {
    guard: and(['notParked', 'hasDeadline']),
    actions: ['recordMove' as const, remind],
  },
};

/**
 * The life of one problem (整改台账): reported → assigned (交办, a unit and a deadline: a date, or a time limit in
 * working days counted on the record's calendar) → rectifying → submitted (with evidence) → closed (销号) or returned
 * (退回重改). A closed problem that comes back is reopened with its repeat count raised; one beyond the street's power
 * is escalated to the district and never counts as fixed. Closure needs evidence and a reviewer who is not the person
 * who rectified. The moves hotlines and 数字城管 make are the ledger's too: a unit sends back a problem that is not its
 * own (退单) and it waits for a re-dispatch (改派); an approved extension (延期) moves the deadline and keeps the
 * original; a problem that cannot be solved for now is parked (挂账, not escalated: it stays the campaign's) until work
 * resumes; a duplicate is merged into the problem it repeats (并单) and closed with a pointer; a closed problem is
 * followed up with the person who reported it (回访). Overdue is computed from the deadline, not stored. Side effects
 * are named, with their parameters, for the host: `scheduleDeadlineReminder` and `notifyEscalation`.
 */
export const rectificationMachine = setup({
  types: {
    context: {} as RectificationContext,
    events: {} as RectificationMachineEvent,
    input: {} as RectificationInput,
  },
  guards: {
    hasEvidence: ({ event }) => {
      assertEvent(event, 'rectification.submitted');
      return event.evidence.length > 0;
    },
    reviewerIsNotRectifier: ({ context, event }) =>
      context.evidence.length > 0 && event.actor.id !== context.rectifiedById,
    notParked: ({ context }) => context.parkedAt === undefined,
    parked: ({ context }) => context.parkedAt !== undefined,
    notMerged: ({ context }) => context.mergedInto === undefined,
    hasDeadline: ({ context }) => limitInForce(context)?.dueDate !== undefined,
  },
  actions: {
    ...EFFECT_STUBS,
    recordEscalation: assign({
      escalatedTo: ({ event }) => {
        assertEvent(event, 'rectification.escalated');
        return event.to;
      },
    }),
    /**
     * The hand-over (交办) or re-dispatch (改派): lead and co-lead, supporting and guarantor units, the leader, the deadline (a date,
     * or the time limit worked out) and the measure demanded.
     */
    recordHandOver: assign(({ context, event }) => {
      assertEvent(event, ['rectification.assigned', 'rectification.reassigned']);
      const e = event;
      return {
        ...moved(context, moveOf(context, e)),
        coLeadUnitIds: [...e.coLeadUnitIds],
        ...(e.deadline !== undefined ? { deadline: e.deadline } : {}),
        supportingUnitIds: [...e.supportingUnitIds],
        guarantorUnitIds: [...e.guarantorUnitIds],
        responsibleLeaderId: e.responsibleLeaderId,
        requirement: e.requirement,
      };
    }),
    recordMove: assign(({ context, event }) => moved(context, moveOf(context, event))),
  },
}).createMachine({
  id: 'chuangwen.rectification',
  /** Built from the report that opens the entry. */
  context: ({ input }) => {
    // xstate's pure transition functions build an inert actor whose initial state has no input: answer it cheaply.
    if (input === undefined) return UNREPORTED;
    const context: RectificationContext = {
      id: input.rectificationId,
      scope: input.scope,
      description: input.description,
      reportedAt: input.at,
      reportedBy: input.actor.id,
      supportingUnitIds: [],
      guarantorUnitIds: [],
      evidence: [],
      returnedCount: 0,
      repeatCount: 0,
    };
    if (input.observationId !== undefined) context.observationId = input.observationId;
    if (input.standardRef !== undefined) context.standardRef = input.standardRef;
    if (input.editionId !== undefined) context.editionId = input.editionId;
    if (input.area !== undefined) context.area = input.area;
    if (input.channel !== undefined) context.channel = input.channel;
    if (input.externalNumber !== undefined) context.externalNumber = input.externalNumber;
    if (input.category !== undefined) context.category = input.category;
    if (input.grid !== undefined) context.grid = input.grid;
    return context;
  },
  initial: 'reported',
  states: {
    reported: {
      on: {
        ...escalate,
        'rectification.assigned': { guard: 'notParked', target: 'assigned', actions: handOver },
        ...openMoves('assigned'),
      },
    },
    assigned: {
      on: {
        ...escalate,
        'rectification.assigned': {
          guard: 'notParked',
          target: 'assigned',
          reenter: true,
          actions: handOver,
        },
        'rectification.started': { guard: 'notParked', target: 'rectifying' },
        ...openMoves('assigned'),
        ...handedMoves,
      },
    },
    rectifying: {
      on: {
        ...escalate,
        'rectification.submitted': {
          guard: and(['hasEvidence', 'notParked']),
          target: 'submitted',
          actions: assign({
            evidence: ({ event }) => {
              assertEvent(event, 'rectification.submitted');
              return [...event.evidence];
            },
            rectifiedById: ({ event }) => event.actor.id,
          }),
        },
        ...openMoves('assigned'),
        ...handedMoves,
      },
    },
    submitted: {
      on: {
        'rectification.closed': {
          guard: 'reviewerIsNotRectifier',
          target: 'closed',
          actions: assign({ reviewerId: ({ event }) => event.actor.id, closedAt: ({ event }) => event.at }),
        },
        'rectification.returned': {
          target: 'returned',
          actions: assign({
            returnedCount: ({ context }) => context.returnedCount + 1,
            reviewerId: ({ event }) => event.actor.id,
          }),
        },
      },
    },
    returned: {
      on: {
        ...escalate,
        'rectification.started': { guard: 'notParked', target: 'rectifying' },
        ...openMoves('assigned'),
        'rectification.extended': handedMoves['rectification.extended'],
      },
    },
    closed: {
      on: {
        'rectification.relapsed': {
          guard: 'notMerged',
          target: 'reopened',
          actions: assign(({ context }) => ({
            evidence: [],
            closedAt: undefined,
            reviewerId: undefined,
            repeatCount: context.repeatCount + 1,
          })),
        },
        'rectification.followedUp': { guard: 'notMerged', actions: move },
      },
    },
    reopened: {
      on: {
        ...escalate,
        'rectification.assigned': { guard: 'notParked', target: 'assigned', actions: handOver },
        ...openMoves('assigned'),
      },
    },
    escalated: { type: 'final' },
  },
});

/** The rectification machine's type. */
export type RectificationMachine = typeof rectificationMachine;

/** Whether an open problem is past its deadline at `asOf` (the rules' reading, which the ledger shares). */
export { isOverdue } from '@chuangwen/rules';

/** The rectification machine's snapshot of a stored rectification: its state is the record's status. */
export function rectificationSnapshotOf(record: Rectification) {
  const { status, ...context } = record;
  return rectificationMachine.resolveState({ value: status, context });
}

/** The record a rectification machine snapshot stands for: the model's rectification, one shape everywhere. */
export function rectificationOf(snapshot: { value: string; context: RectificationContext }): Rectification {
  return { ...snapshot.context, status: snapshot.value as Rectification['status'] };
}
