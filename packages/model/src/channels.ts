import { z } from 'zod';
import { RectificationAreaSchema } from './areas.js';
import {
  type BilingualText,
  IdSchema,
  isMeaningfulText,
  LocalizedTextSchema,
  NameSchema,
  TextSchema,
} from './primitives.js';
import { DeadlineRuleSchema } from './time-limits.js';

/**
 * Where a problem came from: the office's own inspection (自查、巡查), an assessment (测评), a notice handing it over
 * (督查通报、交办单), the 12345 hotline, digital urban management (数字城管), a resident's report (随手拍), or the media.
 */
export const PROBLEM_CHANNELS = [
  'ownInspection',
  'assessment',
  'notice',
  'hotline',
  'urbanManagement',
  'publicReport',
  'media',
] as const;
/** Where a problem came from. */
export const ProblemChannelSchema = z.enum(PROBLEM_CHANNELS);
/** Where a problem came from. */
export type ProblemChannel = z.infer<typeof ProblemChannelSchema>;

/**
 * A number another system gave a problem: a hotline ticket (工单编号), a 数字城管 case (案卷号), a notice's document
 * number (文号). At most 64 characters with nothing blank or invisible, and no white space at either end.
 */
export const ExternalNumberSchema = z
  .string()
  .min(1)
  .max(64)
  .refine((v) => v.trim() === v && isMeaningfulText(v), { error: 'chuangwen:blank_text' })
  .meta({
    description: 'Number in another system (ticket, case, document) / 外部编号（工单号、案卷号、文号）',
  });

/** A code in a category table, such as `component.publicFacilities` or `sanitation`. */
export const CategoryCodeSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/)
  .meta({ description: 'Category code / 分类代码' });

/** A category of a problem: a code in a named, versioned table. */
export const CategoryRefSchema = z.strictObject({
  /** The table the code belongs to, with its edition (`gbt-30428.2-2013`). / 分类代码所属的代码表（含版本） */
  table: IdSchema,
  code: CategoryCodeSchema,
});
/** A category of a problem. */
export interface CategoryRef extends z.infer<typeof CategoryRefSchema> {}

/** One category of a table: its code, name, parent, the names platforms also use, its area and its time limit. */
export const CategoryEntrySchema = z.strictObject({
  code: CategoryCodeSchema,
  name: LocalizedTextSchema,
  /** The code of the category it belongs to, for a table with levels. / 上级分类的代码 */
  parent: CategoryCodeSchema.optional(),
  /** Other names or codes platforms use for it (公用设施类, 01). / 各平台对该分类使用的其他名称或代码 */
  aliases: z.array(NameSchema).max(50).default([]),
  /** The special-rectification area its problems are filed under. / 该类问题归入的专项整治领域 */
  area: RectificationAreaSchema.optional(),
  /** The time limit its problems get when the ticket states none (local practice). / 工单未写明时限时采用的处置时限（各地自定） */
  timeLimit: DeadlineRuleSchema.optional(),
});
/** One category of a table. */
export interface CategoryEntry extends z.infer<typeof CategoryEntrySchema> {}

/**
 * A versioned code table of problem categories: the GB/T 30428 component and event classes, a hotline's categories.
 * The standards are revised and every platform extends them, so a table is data with an id that names its edition;
 * a table that is an example rather than a published standard says so (`sample`).
 */
export const CategoryTableSchema = z
  .strictObject({
    id: IdSchema,
    title: NameSchema,
    /** The edition or version of the table. / 代码表的版本 */
    edition: NameSchema.optional(),
    /** An example table, not a published one: local practice differs. / 示例代码表，并非正式发布的标准 */
    sample: z.boolean(),
    /** Where the table comes from. / 代码表的出处 */
    source: TextSchema.optional(),
    categories: z.array(CategoryEntrySchema).min(1).max(5000),
  })
  .superRefine((table, ctx) => {
    const codes = new Set<string>();
    table.categories.forEach((c, i) => {
      if (codes.has(c.code))
        ctx.addIssue({
          code: 'custom',
          message: 'chuangwen:duplicate_category',
          path: ['categories', i, 'code'],
        });
      codes.add(c.code);
    });
    table.categories.forEach((c, i) => {
      if (c.parent !== undefined && !codes.has(c.parent))
        ctx.addIssue({
          code: 'custom',
          message: 'chuangwen:unknown_parent',
          path: ['categories', i, 'parent'],
        });
    });
  });
/** A versioned code table of problem categories. */
export interface CategoryTable extends z.infer<typeof CategoryTableSchema> {}
/** A category table as written, with defaults left out. */
export type CategoryTableInput = z.input<typeof CategoryTableSchema>;

/** Labels of the problem channels. */
export const PROBLEM_CHANNEL_LABELS: Record<ProblemChannel, BilingualText> = {
  ownInspection: { 'zh-CN': '自行巡查', en: 'Own inspection' },
  assessment: { 'zh-CN': '测评发现', en: 'Assessment' },
  notice: { 'zh-CN': '督查通报', en: 'Notice' },
  hotline: { 'zh-CN': '12345 热线', en: 'Hotline 12345' },
  urbanManagement: { 'zh-CN': '数字城管', en: 'Digital urban management' },
  publicReport: { 'zh-CN': '随手拍', en: 'Public report' },
  media: { 'zh-CN': '媒体曝光', en: 'Media' },
};
