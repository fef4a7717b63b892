import { z } from 'zod';
import { type BilingualText, DateSchema, DateTimeSchema, Sha256Schema } from './primitives.js';

/** The units a time limit is written in: 工作日, 自然日, 工作小时, 小时. */
export const DEADLINE_UNITS = ['workingDays', 'calendarDays', 'workingHours', 'calendarHours'] as const;
/** The unit a time limit is written in. */
export const DeadlineUnitSchema = z.enum(DEADLINE_UNITS);
/** The unit a time limit is written in. */
export type DeadlineUnit = z.infer<typeof DeadlineUnitSchema>;

/**
 * A time limit as a notice or a platform writes it: `{ workingDays: 3 }` (限期3个工作日), `{ calendarDays: 10 }`,
 * `{ workingHours: 4 }` (office hours only), `{ calendarHours: 2 }`. The day the clock starts is not counted (民法典
 * 第二百零一条); `{ workingDays: 0 }` means by the end of the working day it starts on (当日办结). A limit in calendar days
 * may end on the next working day when its last day is a day off (`endOnWorkingDay`, 民法典第二百零三条).
 */
export const DeadlineRuleSchema = z.union([
  z.strictObject({ workingDays: z.int().min(0).max(1000) }),
  z.strictObject({
    calendarDays: z.int().min(0).max(3660),
    /** When the last day is a day off, the limit ends on the next working day. / 期限最后一日为休息日的，顺延至下一个工作日 */
    endOnWorkingDay: z.boolean().optional(),
  }),
  z.strictObject({ workingHours: z.number().positive().max(2000) }),
  z.strictObject({ calendarHours: z.number().positive().max(87_600) }),
]);
/** A time limit as a notice or a platform writes it. */
export type DeadlineRule = z.infer<typeof DeadlineRuleSchema>;

/** The unit of a time limit. */
export function deadlineUnit(rule: DeadlineRule): DeadlineUnit {
  if ('workingDays' in rule) return 'workingDays';
  if ('calendarDays' in rule) return 'calendarDays';
  if ('workingHours' in rule) return 'workingHours';
  return 'calendarHours';
}

/** How many units a time limit allows. */
export function deadlineAmount(rule: DeadlineRule): number {
  if ('workingDays' in rule) return rule.workingDays;
  if ('calendarDays' in rule) return rule.calendarDays;
  if ('workingHours' in rule) return rule.workingHours;
  return rule.calendarHours;
}

/**
 * A time limit applied from the moment the clock started (交办, 派单, 派遣), with what the calendar made of it: the last
 * day, the instant for limits in hours, and a fingerprint of the calendar data read. Stored with the record, so a
 * replay years later reads the same deadline whatever calendar data is loaded by then; the fingerprint tells whether
 * the data it was worked out from has changed since. Until the calendar can say (a year not yet published), only the
 * rule and the start are kept.
 */
export const TimeLimitSchema = z.strictObject({
  rule: DeadlineRuleSchema,
  /** When the clock started: the hand-over (交办, 派单, 派遣). / 起算时间（交办、派单、派遣的时间） */
  from: DateTimeSchema,
  /** The last day to meet the limit, in Beijing time; absent while the calendar cannot say. / 期限的最后一日；日历无法确定时不填 */
  dueDate: DateSchema.optional(),
  /** The instant a limit in hours runs out. / 以小时计的期限届满的时刻 */
  dueAt: DateTimeSchema.optional(),
  /** SHA-256 of the calendar data the deadline was worked out from. / 计算期限时所用日历数据的 SHA-256 指纹 */
  calendarFingerprint: Sha256Schema.optional(),
  /**
   * The deadline read December days of a year whose next notice was not out yet: that notice may still move them.
   * / 计算时涉及次年通知尚未发布的 12 月日期，次年通知仍可能调整这些日期
   */
  provisional: z.boolean().optional(),
});
/** A time limit applied from a start, with its deadline. */
export interface TimeLimit extends z.infer<typeof TimeLimitSchema> {}

/** Labels of the deadline units. */
export const DEADLINE_UNIT_LABELS: Record<DeadlineUnit, BilingualText> = {
  workingDays: { 'zh-CN': '工作日', en: 'Working days' },
  calendarDays: { 'zh-CN': '自然日', en: 'Calendar days' },
  workingHours: { 'zh-CN': '工作小时', en: 'Working hours' },
  calendarHours: { 'zh-CN': '小时', en: 'Hours' },
};
