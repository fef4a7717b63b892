import { z } from 'zod';
import {
  type BilingualText,
  DateTimeSchema,
  ExtensionsSchema,
  IdSchema,
  RateSchema,
  StandardCodeSchema,
  TextSchema,
} from './primitives.js';

/** Assessment methods (测评方法). */
export const ASSESSMENT_METHODS = [
  'fieldInspection',
  'covertInspection',
  'documentReview',
  'survey',
  'simulatedVerification',
  'briefing',
  'onlineMediaCheck',
  'overallObservation',
] as const;
/** How a standard is assessed. */
export const AssessmentMethodSchema = z.enum(ASSESSMENT_METHODS);
/** How a standard is assessed. */
export type AssessmentMethod = z.infer<typeof AssessmentMethodSchema>;

/** Who made an observation. */
export const ObservationSourceSchema = z.enum([
  'selfCheck',
  'mockAssessment',
  'supervisionCheck',
  'unannouncedVisit',
  'officialAssessment',
  'citizenReport',
]);
/** Who made an observation. */
export type ObservationSource = z.infer<typeof ObservationSourceSchema>;

/** Why an observation could not be assessed: 无法调查, 拒访, site closed, other. */
export const NotAssessableReasonSchema = z.enum(['couldNotSurvey', 'refused', 'siteClosed', 'other']);
/** Why an observation could not be assessed. */
export type NotAssessableReason = z.infer<typeof NotAssessableReasonSchema>;

/** What an observation covers: one site, one unit, or the whole jurisdiction. */
export const ScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('site'), siteId: IdSchema }),
  z.strictObject({ kind: z.literal('unit'), unitId: IdSchema }),
  z.strictObject({ kind: z.literal('jurisdiction') }),
]);
/** What an observation covers. */
export type Scope = z.infer<typeof ScopeSchema>;

const observationFields = {
  id: IdSchema,
  standardRef: StandardCodeSchema,
  scope: ScopeSchema,
  observedAt: DateTimeSchema,
  method: AssessmentMethodSchema,
  source: ObservationSourceSchema,
  evidence: z.array(IdSchema).default([]),
  inspectorId: IdSchema.optional(),
  note: TextSchema.optional(),
  extensions: ExtensionsSchema.optional(),
};

/**
 * One check of one standard at one scope and time (a 测评记录). A pass or fail may carry a violation count (例), a score,
 * or a measured survey rate; an outcome of `notAssessable` carries its reason and is never evidence either way.
 */
export const ObservationSchema = z.discriminatedUnion('outcome', [
  z.strictObject({
    outcome: z.enum(['pass', 'fail']),
    violationCount: z.int().min(0).optional(),
    score: z.number().optional(),
    /** A measured rate (for survey methods), with the sample it was measured on. */
    measuredRate: RateSchema.optional(),
    sampleSize: z.int().min(0).optional(),
    ...observationFields,
  }),
  z.strictObject({
    outcome: z.literal('notAssessable'),
    reason: NotAssessableReasonSchema,
    ...observationFields,
  }),
]);
/** One check of one standard at one scope and time. */
export type Observation = z.infer<typeof ObservationSchema>;
/** The outcome of an observation. */
export type ObservationOutcome = Observation['outcome'];

/** Labels of the assessment methods. */
export const ASSESSMENT_METHOD_LABELS: Record<AssessmentMethod, BilingualText> = {
  fieldInspection: { 'zh-CN': '实地考察', en: 'Field inspection' },
  covertInspection: { 'zh-CN': '实地暗访', en: 'Covert inspection' },
  documentReview: { 'zh-CN': '材料审核', en: 'Document review' },
  survey: { 'zh-CN': '问卷调查', en: 'Survey' },
  simulatedVerification: { 'zh-CN': '实景模拟验证', en: 'Simulated verification' },
  briefing: { 'zh-CN': '听取汇报', en: 'Briefing' },
  onlineMediaCheck: { 'zh-CN': '网络媒体调查', en: 'Online and media check' },
  overallObservation: { 'zh-CN': '整体观察', en: 'Overall observation' },
};

/** Labels of the observation sources. */
export const OBSERVATION_SOURCE_LABELS: Record<ObservationSource, BilingualText> = {
  selfCheck: { 'zh-CN': '自查', en: 'Self-check' },
  mockAssessment: { 'zh-CN': '模拟测评', en: 'Mock assessment' },
  supervisionCheck: { 'zh-CN': '督查', en: 'Supervision check' },
  unannouncedVisit: { 'zh-CN': '明察暗访', en: 'Unannounced visit' },
  officialAssessment: { 'zh-CN': '正式测评', en: 'Official assessment' },
  citizenReport: { 'zh-CN': '群众反映', en: 'Citizen report' },
};

/** Labels of the observation outcomes. */
export const OBSERVATION_OUTCOME_LABELS: Record<ObservationOutcome, BilingualText> = {
  pass: { 'zh-CN': '合格', en: 'Pass' },
  fail: { 'zh-CN': '不合格', en: 'Fail' },
  notAssessable: { 'zh-CN': '无法测评', en: 'Not assessable' },
};

/** Labels of the reasons an observation could not be assessed. */
export const NOT_ASSESSABLE_REASON_LABELS: Record<NotAssessableReason, BilingualText> = {
  couldNotSurvey: { 'zh-CN': '无法调查', en: 'Could not survey' },
  refused: { 'zh-CN': '拒访', en: 'Refused' },
  siteClosed: { 'zh-CN': '点位关闭', en: 'Site closed' },
  other: { 'zh-CN': '其他', en: 'Other' },
};
