import {
  AssessmentMethodSchema,
  type BilingualText,
  LocalizedTextSchema,
  MaterialRequirementSchema,
  SiteTypeCodeSchema,
} from '@chuangwen/model';
import { z } from 'zod';
import { CompetitionGroupSchema } from './groups.js';
import {
  DEFAULT_STATE_BANDS,
  type ScoringRule,
  type ScoringRuleKind,
  ScoringRuleSchema,
} from './scoring-rules.js';
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
/**
 * What a standard is about: facility, behaviour or order, document, survey, service, activity. Frameworks do not print
 * it: it is this library's own reading of a standard, which classification and the rule check use, and it has a
 * default ({@link defaultKind}).
 */
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

// Methods that review material rather than a place: a standard assessed by them alone is about documents.
const MATERIAL_METHODS: readonly string[] = ['documentReview', 'briefing', 'onlineMediaCheck'];

/**
 * The kind of a standard whose edition does not say: `survey` when it is assessed by survey alone, `document` when
 * by material alone (材料审核, 听取汇报, 网络媒体调查), and `facility` otherwise.
 */
export function defaultKind(methods: readonly string[]): StandardKind {
  if (methods.length > 0 && methods.every((m) => m === 'survey')) return 'survey';
  if (methods.length > 0 && methods.every((m) => MATERIAL_METHODS.includes(m))) return 'document';
  return 'facility';
}

/** The usual survey pass line (85%), for a survey standard whose edition prints no line of its own or for the edition. */
export const DEFAULT_SURVEY_PASS_LINE = 0.85;

// Rules filled in by default, so the edition can put its own survey pass line in them while it is being read.
const defaulted = /* @__PURE__ */ new WeakSet<object>();

/** Whether a standard's rule was filled in by default rather than written (only while an edition is read). */
export function isDefaultRule(rule: ScoringRule): boolean {
  return defaulted.has(rule);
}

/**
 * The scoring rule of a standard whose edition prints none: a survey standard is read against the pass line (85%
 * unless the edition sets `defaultSurveyPassLine`), a document or activity standard is all or nothing (`binary`), and
 * any other is graded by state description with the usual A/B/C/C# bands.
 */
export function defaultRule(kind: StandardKind): ScoringRule {
  const rule: ScoringRule =
    kind === 'survey'
      ? { kind: 'survey', passLine: DEFAULT_SURVEY_PASS_LINE }
      : kind === 'document' || kind === 'activity'
        ? { kind: 'binary' }
        : { kind: 'stateDescription', bands: DEFAULT_STATE_BANDS.map((b) => ({ ...b })) };
  defaulted.add(rule);
  return rule;
}

const standardFields = z.strictObject({
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
  /**
   * What the standard is about; frameworks do not print it, so by default it follows the methods: survey alone, a
   * survey standard; material alone, a document standard; otherwise a facility standard.
   * / 标准类型；测评体系不印此项，未填时按测评方法推定：仅问卷调查为问卷类，仅材料审核类方法为材料类，其余为设施类
   */
  kind: StandardKindSchema.optional(),
  /**
   * The competition groups the standard applies to, where the edition covers several and the standard is not for all
   * (as media checks differ by group); every group of the edition when left out.
   * / 标准适用的组别（版本覆盖多个组别且本标准只适用于其中部分时填写）；未填时适用于全部组别
   */
  groups: z.array(CompetitionGroupSchema).min(1).optional(),
  siteTypes: z.array(SiteTypeCodeSchema).default([]),
  siteThresholds: z.array(SiteThresholdSchema).default([]),
  /** The material the archive must hold for this standard (材料要求), each with its count. / 该标准要求档案保存的材料及各自份数 */
  materialRequirements: z.array(MaterialRequirementSchema).default([]),
  /**
   * How the standard is scored; where the edition prints no rule, a survey standard is read against its pass line, a
   * document or activity standard is all or nothing, and any other is graded A/B/C/C#.
   * / 计分规则；未印计分规则时，问卷类按合格线，材料类和活动类按是否达标，其余按状态描述法（A/B/C/C#）
   */
  scoring: ScoringRuleSchema.optional(),
  /** A failure voids the result (一票否决) rather than costing points. / 不合格即一票否决，而非扣分 */
  veto: z.boolean().default(false),
});

/**
 * A standard (测评标准): the smallest checkable unit of a framework, with its methods, points and scoring rule. Points
 * may be left out where the edition weighs a tier above instead (or publishes no weights at all); the kind and the
 * rule, which editions often do not print, have documented defaults ({@link defaultKind}, {@link defaultRule}).
 */
export const StandardSchema = standardFields.transform((standard): Standard => {
  const kind = standard.kind ?? defaultKind(standard.methods);
  return { ...standard, kind, scoring: standard.scoring ?? defaultRule(kind) };
});
/** A standard, its kind and rule always there (given, or by default). */
export interface Standard extends Omit<z.output<typeof standardFields>, 'kind' | 'scoring'> {
  kind: StandardKind;
  scoring: ScoringRule;
}
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

// Frameworks print no kinds: the labels say what a standard checks, in the words its text uses.
/** Labels of the standard kinds. */
export const STANDARD_KIND_LABELS: Record<StandardKind, BilingualText> = {
  facility: { 'zh-CN': '设施设置', en: 'Facility' },
  behaviourOrder: { 'zh-CN': '文明行为与秩序', en: 'Behaviour and order' },
  document: { 'zh-CN': '材料台账', en: 'Document' },
  survey: { 'zh-CN': '问卷调查', en: 'Survey' },
  service: { 'zh-CN': '服务规范', en: 'Service' },
  activity: { 'zh-CN': '活动开展', en: 'Activity' },
};
