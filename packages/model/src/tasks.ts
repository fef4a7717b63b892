import { z } from 'zod';
import { MaterialRequirementSchema } from './archive.js';
import { type BilingualText, DateSchema, ExtensionsSchema, IdSchema, TextSchema } from './primitives.js';
import { UnitsAsWrittenSchema } from './rectifications.js';
import { EditionIdSchema, PersonIdSchema, StandardRefSchema, UnitIdSchema } from './references.js';

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
 * A row of the task decomposition table (任务分解表): the task as written, the standards it serves, the lead units
 * (the first one listed convenes the others), supporting units, the responsible leader, the deadline and the
 * materials it must produce, each with its count.
 */
export const TaskAssignmentSchema = z.strictObject({
  id: IdSchema,
  /** The task as the table writes it (任务 / 工作内容). / 任务分解表中写的任务或工作内容 */
  description: TextSchema.optional(),
  standardRefs: z.array(StandardRefSchema).min(1),
  /**
   * The framework edition of `standardRefs`, when the campaign is assessed against more than one.
   * / `standardRefs` 所属的测评体系版本，创建工作对照多个版本测评时填写
   */
  editionId: EditionIdSchema.optional(),
  leadUnitIds: z.array(UnitIdSchema).min(1, { error: 'chuangwen:missing_lead_unit' }),
  supportingUnitIds: z.array(UnitIdSchema).default([]),
  responsibleLeaderId: PersonIdSchema.optional(),
  deadline: DeadlineSchema,
  frequency: FrequencySchema.default('oneOff'),
  materialRequirements: z.array(MaterialRequirementSchema).default([]),
  /**
   * The unit columns as the table wrote them where it names units collectively (各社区, 各站办所); the ids above were
   * expanded from the words.
   * / 任务分解表以集合称谓写单位（如“各社区”“各站办所”）时的原文；上面的单位编号由其展开而来
   */
  unitsAsWritten: UnitsAsWrittenSchema.optional(),
  note: TextSchema.optional(),
  extensions: ExtensionsSchema.optional(),
});
/** A row of the task decomposition table. */
export interface TaskAssignment extends z.infer<typeof TaskAssignmentSchema> {}

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
