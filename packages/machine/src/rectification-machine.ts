import type { Rectification } from '@chuangwen/model';
import { assign, setup } from 'xstate';
import type { RectificationEvent } from './events.js';

/** What a rectification ledger entry remembers: the model's rectification, its state being the machine's. */
export type RectificationContext = Omit<Rectification, 'status'>;

/** The report that opens a ledger entry. */
export type RectificationInput = Extract<RectificationEvent, { type: 'rectification.reported' }>;

type Submitted = Extract<RectificationEvent, { type: 'rectification.submitted' }>;
type Escalated = Extract<RectificationEvent, { type: 'rectification.escalated' }>;
type Assigned = Extract<RectificationEvent, { type: 'rectification.assigned' }>;

/** Escalation to the district: open problems only; a closed one is fixed and cannot be escalated. */
const escalate = {
  'rectification.escalated': {
    target: 'escalated' as const,
    actions: [{ type: 'recordEscalation' as const }, 'notifyEscalation' as const],
  },
};

/**
 * The life of one problem (整改台账): reported → assigned (交办, a unit and a deadline) → rectifying → submitted (with
 * evidence) → closed (销号) or returned (退回重改). A closed problem that comes back is reopened with its repeat count
 * raised; one beyond the street's power is escalated to the district and never counts as fixed. Closure needs evidence
 * and a reviewer who is not the person who rectified. Overdue is computed from the deadline, not stored.
 * Side effects are named stubs: provide `scheduleDeadlineReminder` and `notifyEscalation` with `.provide()`.
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
    scheduleDeadlineReminder: () => {},
    notifyEscalation: () => {},
    recordEscalation: assign({ escalatedTo: ({ event }) => (event as Escalated).to }),
    /** The hand-over (交办): lead, supporting and guarantor units, the leader, the deadline and the measure demanded. */
    recordHandOver: assign(({ event }) => {
      const e = event as Assigned;
      return {
        leadUnitId: e.leadUnitId,
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
  context: ({ input }) => ({
    id: input.rectificationId,
    ...(input.observationId === undefined ? {} : { observationId: input.observationId }),
    ...(input.standardRef === undefined ? {} : { standardRef: input.standardRef }),
    ...(input.editionId === undefined ? {} : { editionId: input.editionId }),
    ...(input.area === undefined ? {} : { area: input.area }),
    scope: input.scope,
    description: input.description,
    reportedAt: input.at,
    reportedBy: input.actor.id,
    supportingUnitIds: [],
    guarantorUnitIds: [],
    evidence: [],
    returnedCount: 0,
    repeatCount: 0,
  }),
  initial: 'reported',
  states: {
    reported: {
      on: {
        ...escalate,
        'rectification.assigned': {
          target: 'assigned',
          actions: ['recordHandOver', 'scheduleDeadlineReminder'],
        },
      },
    },
    assigned: {
      on: {
        ...escalate,
        'rectification.assigned': {
          target: 'assigned',
          reenter: true,
          actions: ['recordHandOver', 'scheduleDeadlineReminder'],
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
          actions: ['recordHandOver', 'scheduleDeadlineReminder'],
        },
      },
    },
    escalated: { type: 'final' },
  },
});

/** The rectification machine's type. */
export type RectificationMachine = typeof rectificationMachine;

/** Whether an open problem is past its deadline at `asOf` (the deadline day itself is not overdue). */
export function isOverdue(
  entry: { status: string; context: Pick<RectificationContext, 'deadline'> },
  asOf: string,
): boolean {
  if (entry.status === 'closed' || entry.status === 'escalated' || entry.context.deadline === undefined)
    return false;
  return Date.parse(asOf) > Date.parse(`${entry.context.deadline}T23:59:59.999+08:00`);
}
