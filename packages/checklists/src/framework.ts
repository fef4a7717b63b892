import {
  AssessmentMethodSchema,
  type BilingualText,
  LocalizedTextSchema,
  type PathSegment,
  RateSchema,
  SiteTypeCodeSchema,
} from '@chuangwen/model';
import { z } from 'zod';
import { appliesTo, type CompetitionGroup, CompetitionGroupSchema, EditionGroupSchema } from './groups.js';
import {
  type AssessmentItem,
  AssessmentItemSchema,
  type Content,
  type Indicator,
  isDefaultRule,
  type Standard,
} from './standards.js';
import { CodeSchema, DisplayCodeSchema } from './text.js';

/**
 * A condition a city must meet to apply (申报条件, 前置条件): a companion assessment's score reaching a line (the
 * minors' moral-education assessment reaching 85), or a yes/no condition with no line at all (提名资格, 成效显著). A
 * scored one may also weigh in the total (`weight`: the minors' assessment is reported to count 20%).
 */
export const PrerequisiteSchema = z.strictObject({
  code: CodeSchema,
  description: LocalizedTextSchema,
  /**
   * The companion assessment whose score is checked, in words; left out for a yes/no condition.
   * / 需核对其得分的同步测评（如未成年人思想道德建设测评）；是否类条件不填
   */
  assessment: LocalizedTextSchema.optional(),
  /**
   * The companion edition whose score is checked, by id (`sample-minors-2026`).
   * / 需核对其得分的同步测评体系版本编号
   */
  editionId: CodeSchema.optional(),
  /**
   * The score the assessment must reach; left out for a yes/no condition, which is met or not (提名资格, 成效显著).
   * / 同步测评须达到的分数；是否类条件（如提名资格、成效显著）不填，只判是否满足
   */
  minimumScore: z.number().min(0).optional(),
  /**
   * The share of the combined total the assessment's score carries (0.2 for 20%); the main edition's own total
   * carries the rest. Only a scored condition weighs.
   * / 该同步测评得分在综合总分中所占权重（20% 写 0.2），其余由主测评体系得分构成；只有计分的条件才有权重
   */
  weight: z.number().gt(0).lt(1).optional(),
});
/** A condition a city must meet to apply. */
export interface Prerequisite extends z.infer<typeof PrerequisiteSchema> {}

/**
 * The points one assessment method scores in (材料审核 40, 实地考察 40, 问卷调查 10, 部门意见 10): standards fill the
 * pool of their main method, the first they list, and a pool with no standards (部门意见) is scored as a whole.
 */
export const MethodPoolSchema = z.strictObject({
  method: AssessmentMethodSchema,
  points: z.number().gt(0),
});
/** The points one assessment method scores in. */
export interface MethodPool extends z.infer<typeof MethodPoolSchema> {}

/**
 * The window of material an assessment reviews, fixed to the assessment rather than rolling from today: the
 * `lengthMonths` whole months ending `endMonthsBefore` months before the assessment's month (12 and 1: the year ending
 * a month before it).
 */
export const MaterialWindowRuleSchema = z.strictObject({
  lengthMonths: z.int().min(1).max(60),
  endMonthsBefore: z.int().min(0).max(24),
});
/** The window of material an assessment reviews. */
export interface MaterialWindowRule extends z.infer<typeof MaterialWindowRuleSchema> {}

/** The names an edition gives its tiers, where they differ from 测评类别 / 测评项目 / 指标 / 测评内容 / 测评标准. */
export const TierNamesSchema = z.strictObject({
  itemGroup: LocalizedTextSchema.optional(),
  item: LocalizedTextSchema.optional(),
  indicator: LocalizedTextSchema.optional(),
  content: LocalizedTextSchema.optional(),
  standard: LocalizedTextSchema.optional(),
});
/** The names an edition gives its tiers. */
export interface TierNames extends z.infer<typeof TierNamesSchema> {}

/**
 * Marks an edition that is a civility index scored in points per item (文明程度指数) rather than an assessment: its
 * total is the index, read against its pass line.
 */
export const PointsIndexSchema = z.strictObject({
  name: LocalizedTextSchema,
  /** The index that passes, in points. / 合格线（分） */
  passLine: z.number().min(0).optional(),
});
/** Marks an edition that is a points-based civility index. */
export interface PointsIndex extends z.infer<typeof PointsIndexSchema> {}

/** What a negative-list event costs, by severity. */
export const NegativePenaltySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('deductPoints'), points: z.number().gt(0) }),
  z.strictObject({ kind: z.literal('suspendNomination') }),
  z.strictObject({ kind: z.literal('suspendTitle'), years: z.int().min(1) }),
  z.strictObject({ kind: z.literal('revokeTitle') }),
]);
/** What a negative-list event costs. */
export type NegativePenalty = z.infer<typeof NegativePenaltySchema>;

/** A negative-list rule (负面清单): an event in the window before the assessment, and its penalty; kept apart from the additive score. */
export const NegativeListRuleSchema = z.strictObject({
  code: CodeSchema,
  description: LocalizedTextSchema,
  /** How many months before the assessment an event counts. / 测评前多少个月内发生的事件计入 */
  triggerWindowMonths: z.int().min(1).max(60),
  penalty: NegativePenaltySchema,
});
/** A negative-list rule. */
export interface NegativeListRule extends z.infer<typeof NegativeListRuleSchema> {}

/**
 * A tier above the items (测评类别), such as "三类 50 分 + 重点工作 50 分", with the items it holds; the edition may
 * call it otherwise (`tierNames.itemGroup`).
 */
export const ItemGroupSchema = z.strictObject({
  code: CodeSchema,
  displayCode: DisplayCodeSchema.optional(),
  title: LocalizedTextSchema,
  /** The points of the group, where the edition prints them. / 该分组的分值（版本中印有时） */
  points: z.number().min(0).optional(),
  itemCodes: z.array(CodeSchema).min(1),
});
/** A group of items. */
export interface ItemGroup extends z.infer<typeof ItemGroupSchema> {}

/** How many sites of a type the official assessors draw (抽取点位数), for a mock assessment to rehearse the draw. */
export const SamplingQuotaSchema = z.strictObject({
  siteType: SiteTypeCodeSchema,
  /** How many sites of the type are drawn. / 抽取的点位数 */
  count: z.int().min(1),
});
/** How many sites of a type are drawn. */
export interface SamplingQuota extends z.infer<typeof SamplingQuotaSchema> {}

const editionFields = z.strictObject({
  id: CodeSchema,
  name: LocalizedTextSchema,
  /** The year of the edition (版本年份). / 版本年份 */
  editionYear: z.int().min(2000).max(2100),
  /** The competition group (组别) the edition is for; the first of `groups` where it covers several. / 版本适用的组别 */
  group: CompetitionGroupSchema,
  /**
   * Every group the edition covers when it covers several (a provincial index for cities, counties and villages at
   * once), each with its printed name and the title it competes for; `group` is one of them.
   * / 版本同时覆盖多个组别时的全部组别（如省级指数同时测评城市、县城和村镇），含原文名称和争创称号；`group` 须在其中
   */
  groups: z.array(EditionGroupSchema).min(1).optional(),
  /**
   * The names the edition gives its tiers, where it prints others (测评类别, 一级指标 …).
   * / 版本对各层级的称谓（与默认的测评类别、测评项目、测评内容、测评标准不同时填写）
   */
  tierNames: TierNamesSchema.optional(),
  /** The points the edition declares; left out when it is published without weights. / 该版本公布的总分；未公布分值时不填 */
  totalPoints: z.number().gt(0).optional(),
  /** Decimal places scores are rounded to (保留小数位数). / 得分保留的小数位数 */
  precision: z.int().min(0).max(4).default(2),
  /**
   * Set on bundled sample content, which is modelled on public local practice and is not an official text.
   * / 随包示例内容的标记：示例参照公开的地方做法编写，并非官方文本
   */
  sample: z.boolean().default(false),
  /** The tier above the items (测评类别), where the edition prints one. / 测评项目之上的测评类别（版本中印有时） */
  itemGroups: z.array(ItemGroupSchema).default([]),
  items: z.array(AssessmentItemSchema).min(1),
  prerequisites: z.array(PrerequisiteSchema).default([]),
  negativeList: z.array(NegativeListRuleSchema).default([]),
  /** An optional bonus for distinctive work (特色指标), capped. / 特色指标加分（可选，有上限） */
  distinctiveBonus: z.strictObject({ cap: z.number().gt(0), description: LocalizedTextSchema }).optional(),
  /** The default survey pass line where a standard does not set one. / 标准未规定时问卷调查的默认合格线 */
  defaultSurveyPassLine: RateSchema.optional(),
  /** Sites drawn per site type in the official field assessment (实地考察抽样). / 正式实地考察中各点位类型的抽样数 */
  sampling: z.array(SamplingQuotaSchema).default([]),
  /**
   * The points each assessment method scores in, where the method is scored in pools (材料审核, 实地考察, 问卷调查,
   * 部门意见): each pool has its maximum, and they add up to the total.
   * / 按测评方法分配的分值（材料审核、实地考察、问卷调查、部门意见各有满分），各项之和为总分
   */
  methodPools: z.array(MethodPoolSchema).min(1).optional(),
  /**
   * The window of material the assessment reviews, fixed to the assessment's date (the year ending a month before it).
   * / 材料审核所收材料的时间范围，以测评日期为准（测评前一个月止的一年）
   */
  materialWindow: MaterialWindowRuleSchema.optional(),
  /**
   * How the years of a cycle (届) weigh in its total, earliest first (0.15, 0.25, 0.6 as reported for 2018–2020); they
   * add up to 1.
   * / 一届各年度得分在届期总分中的权重，从第一年起（如 2018—2020 年报道的 15%、25%、60%），之和为 1
   */
  cycleWeights: z.array(z.number().gt(0).max(1)).min(1).max(10).optional(),
  /**
   * Set when the edition is a civility index scored in points per item (文明程度指数), not an assessment.
   * / 版本为按项目计分的文明程度指数（而非测评体系）时填写
   */
  pointsIndex: PointsIndexSchema.optional(),
});

/**
 * A framework edition (测评体系): its tiers of items, indicators, contents and standards, and framework-level rules. A
 * survey standard that prints no rule is read against the edition's `defaultSurveyPassLine` where it gives one.
 */
export const FrameworkEditionSchema = editionFields.transform((edition): FrameworkEdition => {
  const line = edition.defaultSurveyPassLine;
  if (line === undefined) return edition;
  const fill = (s: Standard): Standard =>
    s.scoring.kind === 'survey' && isDefaultRule(s.scoring)
      ? { ...s, scoring: { kind: 'survey', passLine: line } }
      : s;
  const contents = (list: readonly Content[]) =>
    list.map((c) => ({ ...c, standards: c.standards.map(fill) }));
  return {
    ...edition,
    items: edition.items.map((item) => ({
      ...item,
      ...(item.contents ? { contents: contents(item.contents) } : {}),
      ...(item.indicators
        ? { indicators: item.indicators.map((n) => ({ ...n, contents: contents(n.contents) })) }
        : {}),
    })),
  };
});
/** A framework edition. */
export interface FrameworkEdition extends z.output<typeof editionFields> {}
/** A framework edition as written by an author, with defaults left out. */
export type FrameworkEditionInput = z.input<typeof FrameworkEditionSchema>;

/** A standard with the tiers above it and its place in the edition document. */
export interface LocatedStandard {
  standard: Standard;
  item: AssessmentItem;
  indicator?: Indicator;
  content: Content;
  /** The path of the standard inside the edition document, for issues. */
  path: PathSegment[];
}

/** Every content of an item, whichever shape the item has, with its path. */
export function contentsOf(item: AssessmentItem, itemPath: PathSegment[]) {
  const out: { content: Content; indicator?: Indicator; path: PathSegment[] }[] = [];
  item.contents?.forEach((content, c) => {
    out.push({ content, path: [...itemPath, 'contents', c] });
  });
  item.indicators?.forEach((indicator, n) => {
    indicator.contents.forEach((content, c) => {
      out.push({ content, indicator, path: [...itemPath, 'indicators', n, 'contents', c] });
    });
  });
  return out;
}

/** Every standard of an edition in document order, with its item, indicator (four-tier editions) and content. */
export function listStandards(framework: FrameworkEdition): LocatedStandard[] {
  const out: LocatedStandard[] = [];
  framework.items.forEach((item, i) => {
    for (const { content, indicator, path } of contentsOf(item, ['items', i])) {
      content.standards.forEach((standard, s) => {
        const located: LocatedStandard = { standard, item, content, path: [...path, 'standards', s] };
        if (indicator) located.indicator = indicator;
        out.push(located);
      });
    }
  });
  return out;
}

/** The edition's standards by code. */
export function standardsByCode(framework: FrameworkEdition): Map<string, LocatedStandard> {
  return new Map(listStandards(framework).map((l) => [l.standard.code, l]));
}

/** The tiers of an edition, from the top. */
export type Tier = 'itemGroup' | 'item' | 'indicator' | 'content' | 'standard';

/** A tier's label for messages. */
export const TIER_LABELS: Record<Tier, BilingualText> = {
  itemGroup: { 'zh-CN': '测评类别', en: 'category' },
  item: { 'zh-CN': '测评项目', en: 'item' },
  indicator: { 'zh-CN': '指标', en: 'indicator' },
  content: { 'zh-CN': '测评内容', en: 'content' },
  standard: { 'zh-CN': '测评标准', en: 'standard' },
};

/** The name of a tier in an edition: the edition's own word where it prints one (一级指标), else the usual one. */
export function tierName(
  edition: Pick<FrameworkEdition, 'tierNames'>,
  tier: Tier,
  locale: 'zh-CN' | 'en' = 'zh-CN',
): string {
  const own = edition.tierNames?.[tier];
  return (locale === 'en' ? own?.en : own?.['zh-CN']) ?? TIER_LABELS[tier][locale];
}

/** The standards of an edition that apply to a group (all of them where no group is given). */
export function standardsFor(framework: FrameworkEdition, group?: CompetitionGroup): LocatedStandard[] {
  return listStandards(framework).filter((l) => appliesTo(l.standard, group));
}
