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
 * A round of assessment and its result table (测评结果通报): a quarterly mock assessment, a supervision ranking or the
 * official assessment, with each unit's score or rank.
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
