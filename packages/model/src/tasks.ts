import { z } from 'zod';
import { ArchiveCategorySchema } from './archive.js';
import {
  type BilingualText,
  DateSchema,
  ExtensionsSchema,
  IdSchema,
  StandardCodeSchema,
  TextSchema,
} from './primitives.js';

/** Standing duties written where a deadline would be: 长期坚持 (long term) and 常态化 (routine). */
export const StandingDutySchema = z.enum(['longTerm', 'routine']);
/** A standing duty. */
export type StandingDuty = z.infer<typeof StandingDutySchema>;

/** A task deadline: a date, or a standing duty with no end. */
export const DeadlineSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('date'), date: DateSchema }),
  z.strictObject({ kind: z.literal('standing'), duty: StandingDutySchema }),
]);
/** A task deadline. */
export type Deadline = z.infer<typeof DeadlineSchema>;

/** How often a task recurs. */
export const FrequencySchema = z.enum(['oneOff', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly']);
/** How often a task recurs. */
export type Frequency = z.infer<typeof FrequencySchema>;

/**
 * A row of the task decomposition table (任务分解表): the standards it serves, the lead units (the first one listed
 * convenes the others), supporting units, the responsible leader, the deadline and the materials it must produce.
 */
export const TaskAssignmentSchema = z.strictObject({
  id: IdSchema,
  standardRefs: z.array(StandardCodeSchema).min(1),
  leadUnitIds: z.array(IdSchema).min(1, { error: 'chuangwen:missing_lead_unit' }),
  supportingUnitIds: z.array(IdSchema).default([]),
  responsibleLeaderId: IdSchema.optional(),
  deadline: DeadlineSchema,
  frequency: FrequencySchema.default('oneOff'),
  materialRequirements: z.array(ArchiveCategorySchema).default([]),
  note: TextSchema.optional(),
  extensions: ExtensionsSchema.optional(),
});
/** A row of the task decomposition table. */
export type TaskAssignment = z.infer<typeof TaskAssignmentSchema>;

/** Labels of the standing duties. */
export const STANDING_DUTY_LABELS: Record<StandingDuty, BilingualText> = {
  longTerm: { 'zh-CN': '长期坚持', en: 'Long-term duty' },
  routine: { 'zh-CN': '常态化', en: 'Routine duty' },
};

/** Labels of the frequencies. */
export const FREQUENCY_LABELS: Record<Frequency, BilingualText> = {
  oneOff: { 'zh-CN': '一次性', en: 'One-off' },
  daily: { 'zh-CN': '每日', en: 'Daily' },
  weekly: { 'zh-CN': '每周', en: 'Weekly' },
  monthly: { 'zh-CN': '每月', en: 'Monthly' },
  quarterly: { 'zh-CN': '每季度', en: 'Quarterly' },
  yearly: { 'zh-CN': '每年', en: 'Yearly' },
};
