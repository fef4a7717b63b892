import type { Rectification } from '@chuangwen/model';
import { toMs } from '@chuangwen/rules';
import { assign, setup } from 'xstate';
import { EFFECT_STUBS } from './effects.js';
import type { RectificationEvent } from './events.js';

/** What a rectification ledger entry remembers: the model's rectification, its state being the machine's. */
export type RectificationContext = Omit<Rectification, 'status'>;

/** The report that opens a ledger entry. */
export type RectificationInput = Extract<RectificationEvent, { type: 'rectification.reported' }>;

type Submitted = Extract<RectificationEvent, { type: 'rectification.submitted' }>;
type Escalated = Extract<RectificationEvent, { type: 'rectification.escalated' }>;
type Assigned = Extract<RectificationEvent, { type: 'rectification.assigned' }>;

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

/** Escalation beyond the campaign's power: open problems only; a closed one is fixed and cannot be escalated. */
const escalate = {
  'rectification.escalated': {
    target: 'escalated' as const,
    actions: [
      { type: 'recordEscalation' as const },
      {
        type: 'notifyEscalation' as const,
        /** What the effect carries, read from the context. */
        params: ({ context, event }: { context: RectificationContext; event: RectificationEvent }) => ({
          rectificationId: context.id,
          to: (event as Escalated).to,
        }),
      },
    ],
  },
};

/** The hand-over's actions: record it, and name the reminder the host should schedule. */
const handOver = [
  'recordHandOver' as const,
  {
    type: 'scheduleDeadlineReminder' as const,
    /** What the effect carries, read from the context. */
    params: ({ context, event }: { context: RectificationContext; event: RectificationEvent }) => {
      const e = event as Assigned;
      return { rectificationId: context.id, leadUnitId: e.leadUnitId, deadline: e.deadline };
    },
  },
];

/**
 * The life of one problem (整改台账): reported → assigned (交办, a unit and a deadline) → rectifying → submitted (with
 * evidence) → closed (销号) or returned (退回重改). A closed problem that comes back is reopened with its repeat count
 * raised; one beyond the street's power is escalated to the district and never counts as fixed. Closure needs evidence
 * and a reviewer who is not the person who rectified. Overdue is computed from the deadline, not stored.
 * Side effects are named, with their parameters, for the host: `scheduleDeadlineReminder` and `notifyEscalation`.
 */
export const rectificationMachine = setup({
  types: {
    context: {} as RectificationContext,
    events: {} as RectificationEvent,
    input: {} as RectificationInput,
  },
  guards: {
    hasEvidence: ({ event }) => (event as Submitted).evidence.length > 0,
    reviewerIsNotRectifier: ({ context, event }) =>
      context.evidence.length > 0 && event.actor.id !== context.rectifiedById,
  },
  actions: {
    ...EFFECT_STUBS,
    recordEscalation: assign({ escalatedTo: ({ event }) => (event as Escalated).to }),
    /** The hand-over (交办): lead and co-lead, supporting and guarantor units, the leader, the deadline and the measure demanded. */
    recordHandOver: assign(({ event }) => {
      const e = event as Assigned;
      return {
        leadUnitId: e.leadUnitId,
        coLeadUnitIds: [...e.coLeadUnitIds],
        supportingUnitIds: [...e.supportingUnitIds],
        guarantorUnitIds: [...e.guarantorUnitIds],
        deadline: e.deadline,
        responsibleLeaderId: e.responsibleLeaderId,
        requirement: e.requirement,
      };
    }),
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
    return context;
  },
  initial: 'reported',
  states: {
    reported: {
      on: {
        ...escalate,
        'rectification.assigned': {
          target: 'assigned',
          actions: handOver,
        },
      },
    },
    assigned: {
      on: {
        ...escalate,
        'rectification.assigned': {
          target: 'assigned',
          reenter: true,
          actions: handOver,
        },
        'rectification.started': 'rectifying',
      },
    },
    rectifying: {
      on: {
        ...escalate,
        'rectification.submitted': {
          guard: 'hasEvidence',
          target: 'submitted',
          actions: assign({
            evidence: ({ event }) => [...event.evidence],
            rectifiedById: ({ event }) => event.actor.id,
          }),
        },
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
      on: { ...escalate, 'rectification.started': 'rectifying' },
    },
    closed: {
      on: {
        'rectification.relapsed': {
          target: 'reopened',
          actions: assign(({ context }) => ({
            evidence: [],
            closedAt: undefined,
            reviewerId: undefined,
            repeatCount: context.repeatCount + 1,
          })),
        },
      },
    },
    reopened: {
      on: {
        ...escalate,
        'rectification.assigned': {
          target: 'assigned',
          actions: handOver,
        },
      },
    },
    escalated: { type: 'final' },
  },
});

/** The rectification machine's type. */
export type RectificationMachine = typeof rectificationMachine;

/** Whether an open problem is past its deadline at `asOf` (the deadline day itself is not overdue). */
export function isOverdue(rectification: Pick<Rectification, 'status' | 'deadline'>, asOf: string): boolean {
  const due = rectification.deadline;
  if (rectification.status === 'closed' || rectification.status === 'escalated' || due === undefined)
    return false;
  return toMs(asOf) > toMs(`${due}T23:59:59.999+08:00`);
}

/** The rectification machine's snapshot of a stored rectification: its state is the record's status. */
export function rectificationSnapshotOf(record: Rectification) {
  const { status, ...context } = record;
  return rectificationMachine.resolveState({ value: status, context });
}

/** The record a rectification machine snapshot stands for: the model's rectification, one shape everywhere. */
export function rectificationOf(snapshot: { value: string; context: RectificationContext }): Rectification {
  return { ...snapshot.context, status: snapshot.value as Rectification['status'] };
}
