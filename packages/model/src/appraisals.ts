import { z } from 'zod';
import {
  type BilingualText,
  DateSchema,
  ExtensionsSchema,
  IdSchema,
  NameSchema,
  TextSchema,
} from './primitives.js';
import { PersonIdSchema, RectificationIdSchema, RoundIdSchema, UnitIdSchema } from './references.js';

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
  /** A deduction (扣分) or a bonus (加分). / 扣分或加分 */
  kind: z.enum(['deduction', 'bonus']),
  /** How many points. / 分值 */
  points: z.number().min(0),
  reason: TextSchema,
  refs: z.array(IdSchema).default([]),
});
/** One line of a scorecard. */
export interface ScoreEntry extends z.infer<typeof ScoreEntrySchema> {}

/**
 * A unit's appraisal (绩效考核) for a period: its score and the lines behind it, or only its rank where the office
 * publishes ranks, within its ranking group (分类排名).
 */
export const UnitAppraisalSchema = z.strictObject({
  id: IdSchema,
  unitId: UnitIdSchema,
  period: PeriodSchema,
  /** The unit's score. / 单位得分 */
  score: z.number().optional(),
  /** The unit's rank, from 1. / 单位名次（从 1 开始） */
  rank: z.int().min(1).optional(),
  /** The ranking group the rank is within, such as districts apart from counties. / 名次所在的排名组别，如区与县分开排名 */
  rankingGroup: IdSchema.optional(),
  grade: AppraisalGradeSchema.optional(),
  entries: z.array(ScoreEntrySchema).default([]),
  appraisedOn: DateSchema,
  appraiserId: PersonIdSchema.optional(),
  extensions: ExtensionsSchema.optional(),
});
/** A unit's appraisal for a period. */
export interface UnitAppraisal extends z.infer<typeof UnitAppraisalSchema> {}

/**
 * What an appraisal leads to for a unit, most favourable first: commendation (通报表扬), red flag (红旗), blue flag
 * (蓝旗), criticism (通报批评), an interview (约谈) and accountability (问责).
 */
export const APPRAISAL_OUTCOME_KINDS = [
  'commendation',
  'redFlag',
  'blueFlag',
  'criticism',
  'admonitionMeeting',
  'accountability',
] as const;
/** A kind of appraisal outcome. */
export const AppraisalOutcomeKindSchema = z.enum(APPRAISAL_OUTCOME_KINDS);
/** A kind of appraisal outcome. */
export type AppraisalOutcomeKind = z.infer<typeof AppraisalOutcomeKindSchema>;

/** Outcomes that sanction a unit; the rest reward it. */
export const SANCTION_KINDS: readonly AppraisalOutcomeKind[] = [
  'blueFlag',
  'criticism',
  'admonitionMeeting',
  'accountability',
];

/** Whether an outcome sanctions the unit (blue flag, criticism, interview, accountability). */
export function isSanction(kind: AppraisalOutcomeKind): boolean {
  return SANCTION_KINDS.includes(kind);
}

/** An outcome decided for a unit and, where named, its people: a commendation or flag, or a sanction. */
export const AppraisalOutcomeSchema = z.strictObject({
  id: IdSchema,
  kind: AppraisalOutcomeKindSchema,
  unitId: UnitIdSchema,
  personIds: z.array(PersonIdSchema).default([]),
  reason: TextSchema,
  decidedOn: DateSchema,
  decidedById: PersonIdSchema.optional(),
  rectificationIds: z.array(RectificationIdSchema).default([]),
  /** The assessment round the outcome rests on, if any. / 结果所依据的测评轮次（如有） */
  roundId: RoundIdSchema.optional(),
  title: NameSchema.optional(),
  extensions: ExtensionsSchema.optional(),
});
/** An outcome decided for a unit. */
export interface AppraisalOutcome extends z.infer<typeof AppraisalOutcomeSchema> {}

/** Labels of the appraisal grades. */
export const APPRAISAL_GRADE_LABELS: Record<AppraisalGrade, BilingualText> = {
  excellent: { 'zh-CN': '优秀', en: 'Excellent' },
  good: { 'zh-CN': '良好', en: 'Good' },
  adequate: { 'zh-CN': '合格', en: 'Adequate' },
  poor: { 'zh-CN': '不合格', en: 'Poor' },
};

/** Labels of the appraisal outcomes. */
export const APPRAISAL_OUTCOME_KIND_LABELS: Record<AppraisalOutcomeKind, BilingualText> = {
  commendation: { 'zh-CN': '通报表扬', en: 'Commendation' },
  redFlag: { 'zh-CN': '红旗', en: 'Red flag' },
  blueFlag: { 'zh-CN': '蓝旗', en: 'Blue flag' },
  criticism: { 'zh-CN': '通报批评', en: 'Criticism notice' },
  admonitionMeeting: { 'zh-CN': '约谈', en: 'Interview (admonition meeting)' },
  accountability: { 'zh-CN': '问责', en: 'Accountability' },
};
