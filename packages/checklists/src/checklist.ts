import { LocalizedTextSchema, RectificationAreaSchema, SiteTypeCodeSchema } from '@chuangwen/model';
import { z } from 'zod';
import { CodeSchema } from './text.js';

/** What an inspector records for a check item. */
export const ResponseTypeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('passFail') }),
  z.strictObject({
    kind: z.literal('count'),
    /** The count that passes. */ required: z.int().min(0).optional(),
  }),
  z.strictObject({ kind: z.literal('score'), max: z.number().gt(0) }),
  z.strictObject({ kind: z.literal('yesNoNotApplicable') }),
]);
/** What an inspector records for a check item. */
export type ResponseType = z.infer<typeof ResponseTypeSchema>;

/** One observable check: what to look for, where, how to answer, whether a photo is needed, and the standards it serves. */
export const CheckItemSchema = z.strictObject({
  code: CodeSchema,
  criterion: LocalizedTextSchema,
  siteTypes: z.array(SiteTypeCodeSchema).min(1),
  response: ResponseTypeSchema,
  /** The inspector may record "not assessable" with a reason (无法调查, 拒访, …). / 检查员可注明理由记为“无法测评”（无法调查、拒访等） */
  allowNotAssessable: z.boolean().default(true),
  /** Whether a photo must show the item checked. / 是否须附照片 */
  photoRequired: z.boolean().default(false),
  standardRefs: z.array(CodeSchema).default([]),
});
/** One observable check. */
export interface CheckItem extends z.infer<typeof CheckItemSchema> {}

/** A section of a checklist. */
export const ChecklistSectionSchema = z.strictObject({
  code: CodeSchema,
  title: LocalizedTextSchema,
  items: z.array(CheckItemSchema).min(1),
});
/** A section of a checklist. */
export interface ChecklistSection extends z.infer<typeof ChecklistSectionSchema> {}

/** A checklist for field use, such as the market rectification checklist. */
export const ChecklistSchema = z.strictObject({
  id: CodeSchema,
  title: LocalizedTextSchema,
  area: RectificationAreaSchema,
  /**
   * The framework edition whose standard codes `standardRefs` use (checklists written before 0.1 said `frameworkEditionId`).
   * / `standardRefs` 所用标准编号所属的测评体系版本（0.1 之前的检查表写作 `frameworkEditionId`）
   */
  editionId: CodeSchema.optional(),
  /** Set on bundled sample content, which is not an official text. / 随包示例内容的标记，并非官方文本 */
  sample: z.boolean().default(false),
  sections: z.array(ChecklistSectionSchema).min(1),
});
/** A checklist for field use. */
export interface Checklist extends z.infer<typeof ChecklistSchema> {}
/** A checklist as written by an author, with defaults left out. */
export type ChecklistInput = z.input<typeof ChecklistSchema>;
