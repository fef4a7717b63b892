import {
  ArchiveDocumentSchema,
  DateSchema,
  DateTimeSchema,
  IdSchema,
  MeetingKindSchema,
  ObservationSchema,
  RectificationAreaSchema,
  ScopeSchema,
  StandardCodeSchema,
  SurveyResponseSchema,
  TextSchema,
  WorkingGroupKindSchema,
} from '@chuangwen/model';
import { ComplianceClassSchema } from '@chuangwen/rules';
import { z } from 'zod';
import { ActorSchema } from './roles.js';

const base = { at: DateTimeSchema, actor: ActorSchema };
const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...base, ...shape });
const rid = { rectificationId: IdSchema };
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** Facts the campaign records as they happen: organisation, plans, units, meetings, the board, results. */
export const FactEventSchema = z.discriminatedUnion('type', [
  event('organisation.leadingGroupFormed', {}),
  event('organisation.officeFormed', {}),
  event('organisation.workingGroupStaffed', { group: WorkingGroupKindSchema }),
  event('meeting.recorded', { kind: MeetingKindSchema, meetingId: IdSchema, date: DateSchema }),
  event('plan.issued', { plan: z.enum(['implementation', 'work']) }),
  event('unit.registered', { unitId: IdSchema, role: z.enum(['lead', 'responsible']) }),
  event('unit.teamFormed', { unitId: IdSchema }),
  event('unit.planSubmitted', { unitId: IdSchema }),
  event('publicity.launched', {}),
  event('board.updated', { standards: z.record(StandardCodeSchema, ComplianceClassSchema) }),
  event('cadence.updated', { missedMonths: z.array(Month).max(600) }),
  event('workingGroup.rated', { group: WorkingGroupKindSchema }),
  event('windowCheck.recorded', { siteId: IdSchema.optional(), passed: z.boolean() }),
  event('archive.submitted', {}),
  event('result.recorded', {
    passed: z.boolean(),
    official: z.boolean(),
    score: z.number().optional(),
    on: DateSchema,
  }),
  event('selfEvaluation.done', {}),
  event('unit.appraised', { unitId: IdSchema }),
  event('accountability.decided', { note: TextSchema.optional() }),
]);

/** Requests to move the campaign on: advance when ready, force past blockers by decision, start the next cycle. */
export const PhaseEventSchema = z.discriminatedUnion('type', [
  event('phase.advance', {}),
  event('phase.force', { reason: TextSchema }),
  event('cycle.start', {}),
]);

/** Events of the rectification lifecycle (整改台账); each goes to the stream of the rectification it names. */
export const RectificationEventSchema = z.discriminatedUnion('type', [
  event('rectification.reported', {
    ...rid,
    /** The standard the problem breaks; a notice that cites none names the area instead. */
    standardRef: StandardCodeSchema.optional(),
    editionId: IdSchema.optional(),
    area: RectificationAreaSchema.optional(),
    scope: ScopeSchema,
    description: TextSchema,
    observationId: IdSchema.optional(),
  }).refine((e) => e.standardRef !== undefined || e.area !== undefined, {
    error: 'chuangwen:missing_standard_or_area',
    path: ['area'],
  }),
  event('rectification.assigned', {
    ...rid,
    /** The lead unit (牵头单位) that fixes it. */
    leadUnitId: IdSchema,
    /** Supporting units (配合单位). */
    supportingUnitIds: z.array(IdSchema).max(50).default([]),
    /** Guarantor units (包保单位). */
    guarantorUnitIds: z.array(IdSchema).max(50).default([]),
    responsibleLeaderId: IdSchema.optional(),
    deadline: DateSchema,
    /** The measure demanded (整改要求). */
    requirement: TextSchema.optional(),
  }),
  event('rectification.started', rid),
  event('rectification.submitted', {
    ...rid,
    evidence: z.array(IdSchema).min(1).max(200),
    note: TextSchema.optional(),
  }),
  event('rectification.closed', rid),
  event('rectification.returned', { ...rid, reason: TextSchema }),
  event('rectification.escalated', { ...rid, to: TextSchema }),
  event('rectification.relapsed', { ...rid, observationId: IdSchema.optional() }),
]);

/**
 * Evidence (测评记录, 佐证材料, 问卷): recorded, corrected by a new record that supersedes one, withdrawn with a reason;
 * nothing is ever overwritten or deleted. Each goes to the campaign's evidence stream.
 */
export const EvidenceEventSchema = z.discriminatedUnion('type', [
  event('observation.recorded', { observation: ObservationSchema }),
  event('observation.corrected', {
    observation: ObservationSchema,
    supersedes: IdSchema,
    reason: TextSchema,
  }),
  event('observation.withdrawn', { observationId: IdSchema, reason: TextSchema }),
  event('document.filed', { document: ArchiveDocumentSchema }),
  event('document.withdrawn', { documentId: IdSchema, reason: TextSchema }),
  event('survey.recorded', { response: SurveyResponseSchema }),
]);

/** Every event a campaign accepts from outside, of all four groups. */
export const CampaignEventSchema = z.discriminatedUnion('type', [
  ...FactEventSchema.options,
  ...PhaseEventSchema.options,
  ...RectificationEventSchema.options,
  ...EvidenceEventSchema.options,
]);
/** An event a campaign accepts. */
export type CampaignEvent = z.infer<typeof CampaignEventSchema>;
/** An event as a caller writes it, with defaulted fields left out. */
export type CampaignEventInput = z.input<typeof CampaignEventSchema>;
/** The type of a campaign event. */
export type CampaignEventType = CampaignEvent['type'];
/** A fact event. */
export type FactEvent = z.infer<typeof FactEventSchema>;
/** A phase event. */
export type PhaseEvent = z.infer<typeof PhaseEventSchema>;
/** An event of the rectification lifecycle. */
export type RectificationEvent = z.infer<typeof RectificationEventSchema>;
/** An evidence event. */
export type EvidenceEvent = z.infer<typeof EvidenceEventSchema>;

const typesOf = <T extends string>(schema: { options: readonly { shape: { type: z.ZodLiteral<T> } }[] }) =>
  schema.options.map((o) => o.shape.type.value) as T[];

/** The event types of each group, from the schemas. */
export const EVENT_GROUPS = {
  fact: typesOf(FactEventSchema),
  phase: typesOf(PhaseEventSchema),
  rectification: typesOf(RectificationEventSchema),
  evidence: typesOf(EvidenceEventSchema),
} as const;
/** The group of events a type belongs to. */
export type EventGroup = keyof typeof EVENT_GROUPS;
/** The names of every campaign event type. */
export const CAMPAIGN_EVENT_TYPES = typesOf(CampaignEventSchema) as CampaignEventType[];

const GROUP_OF = new Map<string, EventGroup>(
  (Object.entries(EVENT_GROUPS) as [EventGroup, readonly string[]][]).flatMap(([g, types]) =>
    types.map((t) => [t, g] as const),
  ),
);

/** The group of an event type, or undefined for a type the campaign does not know. */
export function groupOf(type: string): EventGroup | undefined {
  return GROUP_OF.get(type);
}
