import { z } from 'zod';
import { type BilingualText, DateTimeSchema, ExtensionsSchema, IdSchema } from './primitives.js';
import { StandardRefSchema, UnitIdSchema } from './references.js';

/** The four publicity goals measured by survey: 知晓率, 支持率, 参与率, 满意率. */
export const GOAL_METRICS = ['awareness', 'support', 'participation', 'satisfaction'] as const;
/** One of the four survey-measured goals. */
export const GoalMetricSchema = z.enum(GOAL_METRICS);
/** One of the four survey-measured goals. */
export type GoalMetric = z.infer<typeof GoalMetricSchema>;

/** How a survey response was collected. */
export const SurveyChannelSchema = z.enum(['household', 'streetIntercept', 'online', 'phone']);
/** How a survey response was collected. */
export type SurveyChannel = z.infer<typeof SurveyChannelSchema>;

/** An answer to a question that serves a survey-assessed standard. */
export const StandardAnswerSchema = z.strictObject({
  standardRef: StandardRefSchema,
  /** Whether the answer counts for the metric (知晓、支持、参与、满意). / 该答案是否计入该指标（知晓、支持、参与、满意） */
  favourable: z.boolean(),
});
/** An answer to a question that serves a survey-assessed standard. */
export interface StandardAnswer extends z.infer<typeof StandardAnswerSchema> {}

/**
 * One respondent's answers: yes or no on each goal metric asked (knows of the campaign, supports it, took part,
 * is satisfied), and favourable or not on questions that serve survey-assessed standards.
 */
export const SurveyResponseSchema = z.strictObject({
  id: IdSchema,
  respondedAt: DateTimeSchema,
  channel: SurveyChannelSchema,
  /** The community or village the respondent lives in. / 受访者所在的社区或村 */
  unitId: UnitIdSchema.optional(),
  goals: z.partialRecord(GoalMetricSchema, z.boolean()).default({}),
  answers: z.array(StandardAnswerSchema).default([]),
  extensions: ExtensionsSchema.optional(),
});
/** One respondent's answers. */
export interface SurveyResponse extends z.infer<typeof SurveyResponseSchema> {}

/** Labels of the goal metrics. */
export const GOAL_METRIC_LABELS: Record<GoalMetric, BilingualText> = {
  awareness: { 'zh-CN': '知晓率', en: 'Awareness rate' },
  support: { 'zh-CN': '支持率', en: 'Support rate' },
  participation: { 'zh-CN': '参与率', en: 'Participation rate' },
  satisfaction: { 'zh-CN': '满意率', en: 'Satisfaction rate' },
};

/** Labels of the survey channels. */
export const SURVEY_CHANNEL_LABELS: Record<SurveyChannel, BilingualText> = {
  household: { 'zh-CN': '入户调查', en: 'Household survey' },
  streetIntercept: { 'zh-CN': '随机街访', en: 'Street intercept' },
  online: { 'zh-CN': '网络调查', en: 'Online survey' },
  phone: { 'zh-CN': '电话调查', en: 'Phone survey' },
};
