import {
  AssessmentMethodSchema,
  type BilingualText,
  LocalizedTextSchema,
  MaterialRequirementSchema,
  SiteTypeCodeSchema,
} from '@chuangwen/model';
import { z } from 'zod';
import { type ScoringRuleKind, ScoringRuleSchema } from './scoring-rules.js';
import { CodeSchema, DisplayCodeSchema } from './text.js';

/** What a standard is about; the kind and the scoring rule drive classification and scoring downstream. */
export const STANDARD_KINDS = [
  'facility',
  'behaviourOrder',
  'document',
  'survey',
  'service',
  'activity',
] as const;
/** What a standard is about: facility, behaviour or order, document, survey, service, activity. */
export const StandardKindSchema = z.enum(STANDARD_KINDS);
/** What a standard is about. */
export type StandardKind = z.infer<typeof StandardKindSchema>;

/** Scoring rules that fit each kind of standard: a survey standard is scored by a survey rate and nothing else is. */
export const RULES_FOR_KIND: Record<StandardKind, readonly ScoringRuleKind[]> = {
  facility: ['stateDescription', 'countThreshold', 'ratio', 'noOccurrence', 'binary'],
  behaviourOrder: ['stateDescription', 'ratio', 'incidence', 'noOccurrence', 'binary'],
  document: ['countThreshold', 'binary', 'stateDescription', 'ratio'],
  survey: ['survey'],
  service: ['stateDescription', 'countThreshold', 'ratio', 'binary'],
  activity: ['countThreshold', 'binary', 'stateDescription'],
};

/** A numbered part of a standard (1), 2), …) whose methods differ from its siblings'. */
export const StandardPartSchema = z.strictObject({
  /** The part's number as printed: 1), （2）, ③. / 分项的原文编号，如 1)、（2）、③ */
  label: z.string().min(1).max(16),
  text: LocalizedTextSchema,
  methods: z.array(AssessmentMethodSchema).min(1),
});
/** A numbered part of a standard. */
export interface StandardPart extends z.infer<typeof StandardPartSchema> {}

/**
 * A threshold that depends on the site type, such as "5 ads per 300 m" on main roads; a count-threshold rule reads
 * `required` here, rather than its own, for observations at sites of that type.
 */
export const SiteThresholdSchema = z.strictObject({
  siteType: SiteTypeCodeSchema,
  text: LocalizedTextSchema,
  /** The number required at sites of this type. / 该类点位的数量要求 */
  required: z.number().min(0).optional(),
});
/** A threshold that depends on the site type. */
export interface SiteThreshold extends z.infer<typeof SiteThresholdSchema> {}

/**
 * A standard (测评标准): the smallest checkable unit of a framework, with its methods, points and scoring rule. Points
 * may be left out where the edition weighs a tier above instead (or publishes no weights at all).
 */
export const StandardSchema = z.strictObject({
  /**
   * A stable code, unique in the edition, such as `06.01.01`. Records refer to standards by this code.
   * / 在版本内唯一且稳定的编号，如 `06.01.01`；各记录以此编号引用标准
   */
  code: CodeSchema,
  displayCode: DisplayCodeSchema.optional(),
  text: LocalizedTextSchema,
  methods: z.array(AssessmentMethodSchema).min(1, { error: 'chuangwen:missing_method' }),
  parts: z.array(StandardPartSchema).default([]),
  /** The standard's points, where the edition weighs standards. / 标准的分值，用于版本按标准赋分时 */
  points: z.number().min(0).optional(),
  kind: StandardKindSchema,
  siteTypes: z.array(SiteTypeCodeSchema).default([]),
  siteThresholds: z.array(SiteThresholdSchema).default([]),
  /** The material the archive must hold for this standard (材料要求), each with its count. / 该标准要求档案保存的材料及各自份数 */
  materialRequirements: z.array(MaterialRequirementSchema).default([]),
  scoring: ScoringRuleSchema,
  /** A failure voids the result (一票否决) rather than costing points. / 不合格即一票否决，而非扣分 */
  veto: z.boolean().default(false),
});
/** A standard. */
export interface Standard extends z.infer<typeof StandardSchema> {}
/** A standard as written by an author, with defaults left out. */
export type StandardInput = z.input<typeof StandardSchema>;

/** Content (测评内容): a group of standards. */
export const ContentSchema = z.strictObject({
  code: CodeSchema,
  displayCode: DisplayCodeSchema.optional(),
  title: LocalizedTextSchema,
  /**
   * The content's points, where the edition weighs contents rather than their standards.
   * / 测评内容的分值，用于版本按测评内容而非标准赋分时
   */
  points: z.number().min(0).optional(),
  standards: z.array(StandardSchema).min(1),
});
/** Content: a group of standards. */
export interface Content extends z.infer<typeof ContentSchema> {}

/** An indicator (指标名称): the extra tier of four-tier editions, between item and content. */
export const IndicatorSchema = z.strictObject({
  code: CodeSchema,
  displayCode: DisplayCodeSchema.optional(),
  title: LocalizedTextSchema,
  /** The indicator's points, where the edition weighs indicators. / 指标的分值，用于版本按指标赋分时 */
  points: z.number().min(0).optional(),
  contents: z.array(ContentSchema).min(1),
});
/** An indicator: the extra tier of four-tier editions. */
export interface Indicator extends z.infer<typeof IndicatorSchema> {}

/**
 * An assessment item (测评项目): either contents directly (three tiers) or indicators holding contents (four tiers,
 * as national editions are). Exactly one of the two is given.
 */
export const AssessmentItemSchema = z.strictObject({
  code: CodeSchema,
  displayCode: DisplayCodeSchema.optional(),
  title: LocalizedTextSchema,
  /**
   * The points the item declares; the tiers below must add up to them where they declare theirs.
   * / 测评项目的分值；下级各层声明分值时，其和须等于此值
   */
  points: z.number().min(0).optional(),
  contents: z.array(ContentSchema).optional(),
  indicators: z.array(IndicatorSchema).optional(),
});
/** An assessment item. */
export interface AssessmentItem extends z.infer<typeof AssessmentItemSchema> {}

/** Labels of the standard kinds. */
export const STANDARD_KIND_LABELS: Record<StandardKind, BilingualText> = {
  facility: { 'zh-CN': '设施类', en: 'Facility' },
  behaviourOrder: { 'zh-CN': '行为秩序类', en: 'Behaviour and order' },
  document: { 'zh-CN': '材料类', en: 'Document' },
  survey: { 'zh-CN': '问卷类', en: 'Survey' },
  service: { 'zh-CN': '服务类', en: 'Service' },
  activity: { 'zh-CN': '活动类', en: 'Activity' },
};
