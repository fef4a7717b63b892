import { z } from 'zod';
import { PeriodSchema } from './appraisals.js';
import { AssessmentMethodSchema } from './observations.js';
import { type BilingualText, DateSchema, ExtensionsSchema, IdSchema, NameSchema } from './primitives.js';
import { EditionIdSchema, UnitIdSchema } from './references.js';

/** Kinds of assessment round: a mock assessment (模拟测评), the official one, or a supervision ranking (督查排名). */
export const ROUND_KINDS = ['mock', 'official', 'supervisionRanking'] as const;
/** The kind of an assessment round. */
export const RoundKindSchema = z.enum(ROUND_KINDS);
/** The kind of an assessment round. */
export type RoundKind = z.infer<typeof RoundKindSchema>;

/** A named part of a composite score (实地考察部分, 问卷部分), as a result table prints it. */
export const ScorePartSchema = z.strictObject({
  name: NameSchema,
  /** The points the part scored. / 该部分得分 */
  score: z.number(),
  /**
   * The points the part is out of, when printed (version 2 documents called it `maxScore`).
   * / 该分项的满分（表中印有时填写；第 2 版文件称为 `maxScore`）
   */
  maxPoints: z.number().gt(0).optional(),
});
/** A named part of a composite score. */
export interface ScorePart extends z.infer<typeof ScorePartSchema> {}

/**
 * One unit's line in a round's result table: a score computed elsewhere, a rank, or both; the scores per method
 * (实地考察, 问卷调查, 材料审核, 网络媒体调查) and named parts where the table gives them.
 */
export const UnitResultSchema = z.strictObject({
  unitId: UnitIdSchema,
  /** The ranking group the unit is ranked in (districts apart from counties, …). / 单位参加排名的组别（区与县分开排名等） */
  rankingGroup: IdSchema.optional(),
  /** The unit's total score in the round. / 单位在本轮的总分 */
  score: z.number().optional(),
  /** The unit's rank in its group, from 1. / 单位在组内的名次（从 1 开始） */
  rank: z.int().min(1).optional(),
  methodScores: z.partialRecord(AssessmentMethodSchema, z.number()).default({}),
  parts: z.array(ScorePartSchema).default([]),
});
/** One unit's line in a round's result table. */
export interface UnitResult extends z.infer<typeof UnitResultSchema> {}

/**
 * The result of the whole jurisdiction in a round: the city's or district's own score (not a unit's), its rank among
 * the jurisdictions of its group where printed, its scores per method and its named parts (实地考察部分, 公益广告方面 …).
 */
export const JurisdictionResultSchema = z.strictObject({
  score: z.number().optional(),
  /** Its rank among the jurisdictions of its group, where printed. / 在本组别中的名次（印有时填写） */
  rank: z.int().min(1).optional(),
  /** The group it is ranked in, as printed (组别). / 参加排名的组别（按原文） */
  rankingGroup: IdSchema.optional(),
  methodScores: z.partialRecord(AssessmentMethodSchema, z.number()).default({}),
  parts: z.array(ScorePartSchema).default([]),
});
/** The result of the whole jurisdiction in a round. */
export interface JurisdictionResult extends z.infer<typeof JurisdictionResultSchema> {}

/**
 * A round of assessment and its result table (测评结果通报): a quarterly mock assessment, a supervision ranking or the
 * official assessment, with each unit's score or rank, and the jurisdiction's own result where the notice gives it.
 * Where a line gives method scores or named parts, they add up to its score, as result tables print them.
 */
export const AssessmentRoundSchema = z.strictObject({
  id: IdSchema,
  kind: RoundKindSchema,
  title: NameSchema,
  period: PeriodSchema,
  heldOn: DateSchema,
  /** Who assessed: a third party, a survey team, the office. / 测评方：第三方机构、调查队或创建办 */
  assessor: NameSchema.optional(),
  /** The framework edition assessed, when the campaign has more than one. / 所测评的测评体系版本，创建工作有多个版本时填写 */
  editionId: EditionIdSchema.optional(),
  results: z.array(UnitResultSchema).default([]),
  /**
   * The jurisdiction's own result (全市, 全区), for a notice that scores the whole city or district rather than a unit.
   * / 全辖区（全市、全区）本身的测评结果，用于通报给出整体得分而非某个单位得分时
   */
  jurisdictionResult: JurisdictionResultSchema.optional(),
  /**
   * The table prints only some of a score's components (a few method columns of several): method scores and parts are
   * then not checked against the score.
   * / 表中只列出得分的部分构成（如只列部分测评方法）：此时不核对分方法得分和分项之和是否等于得分
   */
  partialSplit: z.boolean().optional(),
  /**
   * Where the table prints each method's score out of 100 and a line's score is their weighted mean (实地考察 50%,
   * 问卷调查 30% …): the weights, by method. Method scores are then checked against the score by these weights
   * rather than by their sum.
   * / 表中各测评方法得分按百分制列出、总分为其加权平均（如实地考察占 50%、问卷调查占 30%）时，各方法的权重；此时按权重而非直接相加核对得分
   */
  methodWeights: z.partialRecord(AssessmentMethodSchema, z.number().gt(0).max(1)).optional(),
  /**
   * The notice printed no date: `heldOn` is then the day the office received it, and reports say 未注明日期.
   * / 通报未注明日期：此时 `heldOn` 为收到通报的日期，报表显示“未注明日期”
   */
  undated: z.boolean().optional(),
  extensions: ExtensionsSchema.optional(),
});
/** A round of assessment and its result table. */
export interface AssessmentRound extends z.infer<typeof AssessmentRoundSchema> {}

/** Labels of the round kinds. */
export const ROUND_KIND_LABELS: Record<RoundKind, BilingualText> = {
  mock: { 'zh-CN': '模拟测评', en: 'Mock assessment' },
  official: { 'zh-CN': '正式测评', en: 'Official assessment' },
  supervisionRanking: { 'zh-CN': '督查排名', en: 'Supervision ranking' },
};
