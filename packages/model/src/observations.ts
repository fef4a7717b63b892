import { z } from 'zod';
import { RectificationAreaSchema } from './areas.js';
import {
  type BilingualText,
  DateTimeSchema,
  ExtensionsSchema,
  GradeSchema,
  IdSchema,
  NameSchema,
  RateSchema,
  SiteTypeCodeSchema,
  TextSchema,
} from './primitives.js';
import {
  DocumentIdSchema,
  EditionIdSchema,
  PersonIdSchema,
  SiteIdSchema,
  StandardRefSchema,
  UnitIdSchema,
} from './references.js';

/** Assessment methods (测评方法). */
export const ASSESSMENT_METHODS = [
  'fieldInspection',
  'covertInspection',
  'documentReview',
  'survey',
  'simulatedVerification',
  'briefing',
  'inquiry',
  'onlineMediaCheck',
  'overallObservation',
  'departmentOpinion',
] as const;
/**
 * How a standard is assessed: field inspection (实地考察), covert inspection (实地暗访), document review (材料审核), survey
 * (问卷调查), simulated verification (实景模拟验证), briefing (听取汇报), inquiry (问询), online and media check
 * (网络媒体调查), overall observation (整体观察), and the opinions of the central departments (部门意见) that the
 * national method scores in a pool of their own.
 */
export const AssessmentMethodSchema = z.enum(ASSESSMENT_METHODS);
/** How a standard is assessed. */
export type AssessmentMethod = z.infer<typeof AssessmentMethodSchema>;

/** Who made an observation. */
export const OBSERVATION_SOURCES = [
  'selfCheck',
  'mockAssessment',
  'supervisionCheck',
  'unannouncedVisit',
  'officialAssessment',
  'citizenReport',
] as const;
/** Who made an observation. */
export const ObservationSourceSchema = z.enum(OBSERVATION_SOURCES);
/** Who made an observation. */
export type ObservationSource = z.infer<typeof ObservationSourceSchema>;

/** Why an observation could not be assessed: 无法调查, 拒访, site closed, other. */
export const NotAssessableReasonSchema = z.enum(['couldNotSurvey', 'refused', 'siteClosed', 'other']);
/** Why an observation could not be assessed. */
export type NotAssessableReason = z.infer<typeof NotAssessableReasonSchema>;

/**
 * What an observation covers: one site (点位), every site of a type (the civility index samples 点位类型, not single
 * sites), one unit, or the whole jurisdiction.
 */
export const ScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('site'), siteId: SiteIdSchema }),
  z.strictObject({
    kind: z.literal('siteType'),
    /** A site type code of the catalogue, such as `busStop`. */
    siteType: SiteTypeCodeSchema,
  }),
  z.strictObject({ kind: z.literal('unit'), unitId: UnitIdSchema }),
  z.strictObject({ kind: z.literal('jurisdiction') }),
]);
/** What an observation covers. */
export type Scope = z.infer<typeof ScopeSchema>;
/** The kind of a scope. */
export type ScopeKind = Scope['kind'];

const observationFields = {
  id: IdSchema,
  /**
   * The standard observed. Notices often cite none: a finding without a standard carries `area` and `finding`
   * instead, and counts for its area rather than for a standard.
   * / 所测评的标准。通报常不注明标准：未注明标准的问题改填 `area` 和 `finding`，计入其专项领域而非某项标准
   */
  standardRef: StandardRefSchema.optional(),
  /**
   * The framework edition of `standardRef`, when the campaign is assessed against more than one.
   * / `standardRef` 所属的测评体系版本，创建工作对照多个版本测评时填写
   */
  editionId: EditionIdSchema.optional(),
  /**
   * The special-rectification area the finding belongs to; required when no standard is cited.
   * / 问题所属的专项整治领域；未注明测评标准时必填
   */
  area: RectificationAreaSchema.optional(),
  scope: ScopeSchema,
  /**
   * The unit held responsible (责任单位). A notice pairs each place with its unit; when left out, the site's unit is
   * responsible (or the unit observed, for a unit scope).
   * / 责任单位。通报按点位列出责任单位；未填时由点位的责任单位负责（范围为单位时由该单位负责）
   */
  responsibleUnitId: UnitIdSchema.optional(),
  observedAt: DateTimeSchema,
  method: AssessmentMethodSchema,
  source: ObservationSourceSchema,
  /** Archive document ids of the supporting material (佐证材料: photos, records). / 佐证材料（照片、记录等）的档案材料编号 */
  evidence: z.array(DocumentIdSchema).default([]),
  inspectorId: PersonIdSchema.optional(),
  /** The finding in words, as the notice writes it (问题描述). / 通报中写的问题描述 */
  finding: TextSchema.optional(),
  /**
   * The aspect (方面) a notice files the finding under, as it writes it ("公益广告方面"), kept beside the area.
   * / 通报中问题所属的“方面”，按原文填写，与专项整治领域并存
   */
  aspect: NameSchema.optional(),
  /**
   * The notice printed no date: `observedAt` is then when the office received it, not when the problem was seen, and
   * nothing reads it as an observation date (reports say 未注明日期).
   * / 通报未注明日期：此时 `observedAt` 为收到通报的时间而非发现问题的时间，报表显示“未注明日期”
   */
  undated: z.boolean().optional(),
  note: TextSchema.optional(),
  extensions: ExtensionsSchema.optional(),
};

/** A check that reached a verdict: passed or failed, with the measures the standard's rule reads. */
export const AssessedObservationSchema = z.strictObject({
  /** Whether the check passed (合格) or failed (不合格). / 检查结果：合格或不合格 */
  outcome: z.enum(['pass', 'fail']),
  /** Violations found (例). / 发现的问题数（例） */
  violationCount: z.int().min(0).optional(),
  /**
   * A count found, such as public-service ads seen, for a rule with a required number.
   * / 实测数量，如看到的公益广告数，用于规定了数量要求的计分规则
   */
  measuredCount: z.number().min(0).optional(),
  /**
   * A measured rate between 0 and 1: lamps lit, a survey's favourable share, the incidence of uncivil behaviour.
   * / 0 到 1 之间的实测比率：亮灯率、问卷的满意比例、不文明行为发生率等
   */
  measuredRate: RateSchema.optional(),
  /** How many were asked or watched for `measuredRate`. / `measuredRate` 的样本数（调查或观察的人数） */
  sampleSize: z.int().min(0).optional(),
  /**
   * The assessor's own grade (A, B, C, C#, …), honoured over the one violations would give.
   * / 测评方给出的等级（A、B、C、C# 等），优先于按问题数推算的等级
   */
  grade: GradeSchema.optional(),
  /**
   * The assessor's own score for the standard at this scope, in points, honoured over a derived one.
   * / 测评方对该标准在此范围内给出的得分（分），优先于推算的得分
   */
  score: z.number().min(0).optional(),
  ...observationFields,
});
/** A check that reached a verdict. */
export interface AssessedObservation extends z.infer<typeof AssessedObservationSchema> {}

/** A check that could not be made (the site closed, no access), with the reason. */
export const NotAssessableObservationSchema = z.strictObject({
  /** The check could not reach a verdict (无法测评). / 无法测评 */
  outcome: z.literal('notAssessable'),
  reason: NotAssessableReasonSchema,
  ...observationFields,
});
/** A check that could not be made. */
export interface NotAssessableObservation extends z.infer<typeof NotAssessableObservationSchema> {}

/**
 * One check at one scope and time (a 测评记录). Besides the outcome it may carry what was measured, and each scoring
 * rule reads one measure: `violationCount` (例, for state-description bands and "no occurrence" rules),
 * `measuredCount` (a count against a required number), `measuredRate` (a ratio, a survey rate or an incidence rate),
 * or the assessor's own `grade` or `score`, which are honoured over anything derived. An outcome of `notAssessable`
 * carries its reason and is never evidence either way. The two forms are {@link AssessedObservation} and
 * {@link NotAssessableObservation}.
 */
export const ObservationSchema = z.discriminatedUnion('outcome', [
  AssessedObservationSchema,
  NotAssessableObservationSchema,
]);
/** One check at one scope and time. */
export type Observation = AssessedObservation | NotAssessableObservation;
/** The outcome of an observation. */
export type ObservationOutcome = Observation['outcome'];

/** The unit responsible for what an observation found: named on it, else the site's unit, else the unit observed. */
export function responsibleUnitOf(
  observation: Pick<Observation, 'responsibleUnitId' | 'scope'>,
  siteUnit: (siteId: string) => string | undefined,
): string | undefined {
  if (observation.responsibleUnitId !== undefined) return observation.responsibleUnitId;
  if (observation.scope.kind === 'site') return siteUnit(observation.scope.siteId);
  return observation.scope.kind === 'unit' ? observation.scope.unitId : undefined;
}

/** Labels of the assessment methods. */
export const ASSESSMENT_METHOD_LABELS: Record<AssessmentMethod, BilingualText> = {
  fieldInspection: { 'zh-CN': '实地考察', en: 'Field inspection' },
  covertInspection: { 'zh-CN': '实地暗访', en: 'Covert inspection' },
  documentReview: { 'zh-CN': '材料审核', en: 'Document review' },
  survey: { 'zh-CN': '问卷调查', en: 'Survey' },
  simulatedVerification: { 'zh-CN': '实景模拟验证', en: 'Simulated verification' },
  briefing: { 'zh-CN': '听取汇报', en: 'Briefing' },
  inquiry: { 'zh-CN': '问询', en: 'Inquiry' },
  onlineMediaCheck: { 'zh-CN': '网络媒体调查', en: 'Online and media check' },
  overallObservation: { 'zh-CN': '整体观察', en: 'Overall observation' },
  departmentOpinion: { 'zh-CN': '部门意见', en: 'Department opinion' },
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

/** Labels of the scope kinds. */
export const SCOPE_KIND_LABELS: Record<ScopeKind, BilingualText> = {
  site: { 'zh-CN': '点位', en: 'Site' },
  siteType: { 'zh-CN': '点位类型', en: 'Site type' },
  unit: { 'zh-CN': '单位', en: 'Unit' },
  jurisdiction: { 'zh-CN': '辖区', en: 'Jurisdiction' },
};
