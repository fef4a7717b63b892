import {
  type BilingualText,
  LocalizedTextSchema,
  type PathSegment,
  RateSchema,
  SiteTypeCodeSchema,
} from '@chuangwen/model';
import { z } from 'zod';
import {
  type AssessmentItem,
  AssessmentItemSchema,
  type Content,
  type Indicator,
  type Standard,
} from './standards.js';
import { CodeSchema, DisplayCodeSchema } from './text.js';

/** The competition groups (组别) a framework edition applies to: the four national groups and the provincial titles. */
export const COMPETITION_GROUPS = [
  'municipalDistrict',
  'prefectureLevel',
  'countyLevel',
  'provincialCapital',
  'provincialCity',
  'provincialDistrict',
  'provincialCounty',
] as const;
/** A competition group: 直辖市城区, 地级, 县级, 省会/副省级, or a provincial title's city, district or county group. */
export const CompetitionGroupSchema = z.enum(COMPETITION_GROUPS);
/** A competition group. */
export type CompetitionGroup = z.infer<typeof CompetitionGroupSchema>;

/** A gate before the score counts, such as the minors' moral-education assessment reaching 85 (前置条件). */
export const PrerequisiteSchema = z.strictObject({
  code: CodeSchema,
  description: LocalizedTextSchema,
  /** The companion assessment whose score is checked. / 需核对其得分的同步测评（如未成年人思想道德建设测评） */
  assessment: LocalizedTextSchema,
  /** The score the companion assessment must reach. / 须达到的最低得分 */
  minimumScore: z.number().min(0),
});
/** A gate before the score counts. */
export interface Prerequisite extends z.infer<typeof PrerequisiteSchema> {}

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

/** A group of items above the items, such as "三类 50 分 + 重点工作 50 分", with the items it holds. */
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

/** A framework edition (测评体系): its tiers of items, indicators, contents and standards, and framework-level rules. */
export const FrameworkEditionSchema = z.strictObject({
  id: CodeSchema,
  name: LocalizedTextSchema,
  /** The year of the edition (版本年份). / 版本年份 */
  editionYear: z.int().min(2000).max(2100),
  group: CompetitionGroupSchema,
  /** The points the edition declares; left out when it is published without weights. / 该版本公布的总分；未公布分值时不填 */
  totalPoints: z.number().gt(0).optional(),
  /** Decimal places scores are rounded to (保留小数位数). / 得分保留的小数位数 */
  precision: z.int().min(0).max(4).default(2),
  /**
   * Set on bundled sample content, which is modelled on public local practice and is not an official text.
   * / 随包示例内容的标记：示例参照公开的地方做法编写，并非官方文本
   */
  sample: z.boolean().default(false),
  /** Groups above the items, where the edition prints them. / 测评项目之上的分组（版本中印有时） */
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
});
/** A framework edition. */
export interface FrameworkEdition extends z.infer<typeof FrameworkEditionSchema> {}
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

/** A tier's label for messages. */
export const TIER_LABELS: Record<'item' | 'indicator' | 'content' | 'standard', BilingualText> = {
  item: { 'zh-CN': '测评项目', en: 'item' },
  indicator: { 'zh-CN': '指标', en: 'indicator' },
  content: { 'zh-CN': '测评内容', en: 'content' },
  standard: { 'zh-CN': '测评标准', en: 'standard' },
};
