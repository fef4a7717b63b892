import { z } from 'zod';
import {
  type BilingualText,
  DateSchema,
  ExtensionsSchema,
  IdSchema,
  NameSchema,
  TextSchema,
} from './primitives.js';

/** A period of appraisal: a year (`2026`), a quarter (`2026-Q2`) or a month (`2026-05`). */
export const PeriodSchema = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])|-Q[1-4])?$/)
  .meta({ description: 'Year, quarter or month: 2026, 2026-Q2, 2026-05 / 考核周期' });
/** A period of appraisal. */
export type Period = z.infer<typeof PeriodSchema>;

/** Grades of a unit appraisal. */
export const AppraisalGradeSchema = z.enum(['excellent', 'good', 'adequate', 'poor']);
/** The grade of a unit appraisal. */
export type AppraisalGrade = z.infer<typeof AppraisalGradeSchema>;

/** One line of a scorecard: a deduction or a bonus, with its reason and the records it rests on. */
export const ScoreEntrySchema = z.strictObject({
  kind: z.enum(['deduction', 'bonus']),
  points: z.number().min(0),
  reason: TextSchema,
  refs: z.array(IdSchema).default([]),
});
/** One line of a scorecard. */
export type ScoreEntry = z.infer<typeof ScoreEntrySchema>;

/** A unit's appraisal (绩效考核) for a period: score, rank, grade and the lines behind them. */
export const UnitAppraisalSchema = z.strictObject({
  id: IdSchema,
  unitId: IdSchema,
  period: PeriodSchema,
  score: z.number(),
  rank: z.int().min(1).optional(),
  grade: AppraisalGradeSchema.optional(),
  entries: z.array(ScoreEntrySchema).default([]),
  appraisedOn: DateSchema,
  appraiserId: IdSchema.optional(),
  extensions: ExtensionsSchema.optional(),
});
/** A unit's appraisal for a period. */
export type UnitAppraisal = z.infer<typeof UnitAppraisalSchema>;

/** Kinds of accountability action, mildest first: 约谈, 通报, 问责. */
export const ACCOUNTABILITY_KINDS = ['admonitionMeeting', 'notice', 'accountability'] as const;
/** A kind of accountability action. */
export const AccountabilityKindSchema = z.enum(ACCOUNTABILITY_KINDS);
/** A kind of accountability action. */
export type AccountabilityKind = z.infer<typeof AccountabilityKindSchema>;

/** An accountability action decided against a unit and, where named, its people. */
export const AccountabilityActionSchema = z.strictObject({
  id: IdSchema,
  kind: AccountabilityKindSchema,
  unitId: IdSchema,
  personIds: z.array(IdSchema).default([]),
  reason: TextSchema,
  decidedOn: DateSchema,
  decidedById: IdSchema.optional(),
  rectificationIds: z.array(IdSchema).default([]),
  title: NameSchema.optional(),
  extensions: ExtensionsSchema.optional(),
});
/** An accountability action. */
export type AccountabilityAction = z.infer<typeof AccountabilityActionSchema>;

/** Labels of the appraisal grades. */
export const APPRAISAL_GRADE_LABELS: Record<AppraisalGrade, BilingualText> = {
  excellent: { 'zh-CN': '优秀', en: 'Excellent' },
  good: { 'zh-CN': '良好', en: 'Good' },
  adequate: { 'zh-CN': '合格', en: 'Adequate' },
  poor: { 'zh-CN': '不合格', en: 'Poor' },
};

/** Labels of the accountability kinds. */
export const ACCOUNTABILITY_KIND_LABELS: Record<AccountabilityKind, BilingualText> = {
  admonitionMeeting: { 'zh-CN': '约谈', en: 'Admonition meeting' },
  notice: { 'zh-CN': '通报', en: 'Public notice' },
  accountability: { 'zh-CN': '问责', en: 'Accountability' },
};
