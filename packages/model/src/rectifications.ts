import { z } from 'zod';
import { ScopeSchema } from './observations.js';
import {
  type BilingualText,
  DateSchema,
  DateTimeSchema,
  ExtensionsSchema,
  IdSchema,
  StandardCodeSchema,
  TextSchema,
} from './primitives.js';

/** States of a rectification ledger entry (问题台账). Overdue is not a state: it is computed from the deadline. */
export const RECTIFICATION_STATUSES = [
  'reported',
  'assigned',
  'rectifying',
  'submitted',
  'returned',
  'closed',
  'reopened',
  'escalated',
] as const;
/** The state of a rectification. */
export const RectificationStatusSchema = z.enum(RECTIFICATION_STATUSES);
/** The state of a rectification. */
export type RectificationStatus = z.infer<typeof RectificationStatusSchema>;

/**
 * A problem found and the work to fix it (整改台账 entry): the observation that found it, the unit it was handed to
 * (交办) with a deadline, its evidence, who rectified and who reviewed it, and how often it came back (repeat count).
 */
export const RectificationSchema = z.strictObject({
  id: IdSchema,
  observationId: IdSchema.optional(),
  standardRef: StandardCodeSchema,
  scope: ScopeSchema,
  description: TextSchema,
  reportedAt: DateTimeSchema,
  assignedUnitId: IdSchema.optional(),
  deadline: DateSchema.optional(),
  status: RectificationStatusSchema,
  /** Archive document ids proving the fix (before and after photos, records). */
  evidence: z.array(IdSchema).default([]),
  rectifiedById: IdSchema.optional(),
  reviewerId: IdSchema.optional(),
  closedAt: DateTimeSchema.optional(),
  repeatCount: z.int().min(0).default(0),
  /** Where an escalated problem went (the district lead unit), in words. */
  escalatedTo: TextSchema.optional(),
  extensions: ExtensionsSchema.optional(),
});
/** A problem found and the work to fix it. */
export type Rectification = z.infer<typeof RectificationSchema>;

/** Labels of the rectification states. */
export const RECTIFICATION_STATUS_LABELS: Record<RectificationStatus, BilingualText> = {
  reported: { 'zh-CN': '已上报', en: 'Reported' },
  assigned: { 'zh-CN': '已交办', en: 'Assigned' },
  rectifying: { 'zh-CN': '整改中', en: 'Rectifying' },
  submitted: { 'zh-CN': '已提交待核查', en: 'Submitted for review' },
  returned: { 'zh-CN': '退回重改', en: 'Returned' },
  closed: { 'zh-CN': '已销号', en: 'Closed' },
  reopened: { 'zh-CN': '回潮重开', en: 'Reopened' },
  escalated: { 'zh-CN': '已上报区级', en: 'Escalated' },
};
