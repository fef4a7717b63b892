import {
  ArchiveCategorySchema,
  DateSchema,
  DateTimeSchema,
  IdSchema,
  MeetingKindSchema,
  RectificationAreaSchema,
  ScopeSchema,
  StandardCodeSchema,
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

/** Events of the rectification lifecycle (整改台账); the campaign forwards them to the ledger entry they name. */
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
    evidence: z.array(IdSchema).min(1),
    note: TextSchema.optional(),
  }),
  event('rectification.closed', rid),
  event('rectification.returned', { ...rid, reason: TextSchema }),
  event('rectification.escalated', { ...rid, to: TextSchema }),
  event('rectification.relapsed', { ...rid, observationId: IdSchema.optional() }),
]);
/** An event of the rectification lifecycle. */
export type RectificationEvent = z.infer<typeof RectificationEventSchema>;

/** Every event the campaign machine accepts: facts recorded, rectification events, and requests to move on. */
export const CampaignEventSchema = z.discriminatedUnion('type', [
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
  event('cadence.updated', { missedMonths: z.array(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)) }),
  ...RectificationEventSchema.options,
  event('workingGroup.rated', { group: WorkingGroupKindSchema }),
  event('windowCheck.recorded', { siteId: IdSchema.optional(), passed: z.boolean() }),
  event('archive.updated', {
    standardCode: StandardCodeSchema,
    /** Items now held, by category: how many media reports, photos, … (counts replace earlier ones). */
    counts: z.partialRecord(ArchiveCategorySchema, z.int().min(0).max(100_000)),
  }),
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
  event('phase.advance', {}),
  event('phase.force', { reason: TextSchema }),
  event('cycle.start', {}),
]);
/** An event the campaign machine accepts. */
export type CampaignEvent = z.infer<typeof CampaignEventSchema>;
/** An event as a caller writes it, with defaulted fields left out. */
export type CampaignEventInput = z.input<typeof CampaignEventSchema>;
/** The type of a campaign event. */
export type CampaignEventType = CampaignEvent['type'];
/** The names of every campaign event type. */
export const CAMPAIGN_EVENT_TYPES = CampaignEventSchema.options.map(
  (o) => o.shape.type.value,
) as CampaignEventType[];
