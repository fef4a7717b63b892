import { z } from 'zod';
import {
  type BilingualText,
  DateSchema,
  DateTimeSchema,
  ExtensionsSchema,
  IdSchema,
  LocalizedTextSchema,
  NameSchema,
  Sha256Schema,
  TextSchema,
  UriSchema,
} from './primitives.js';
import { EditionIdSchema, StandardRefSchema, UnitIdSchema } from './references.js';

/** Categories of campaign archive material (创文档案), as 材料要求 name them. */
export const ARCHIVE_CATEGORIES = [
  'document',
  'plan',
  'bulletin',
  'experiencePaper',
  'photo',
  'video',
  'record',
  'mediaReport',
  'summary',
  'screenshot',
  'register',
] as const;
/** A category of archive material: document, plan, bulletin, experience paper, photo, video, record, media report, summary, screenshot, register (台账). */
export const ArchiveCategorySchema = z.enum(ARCHIVE_CATEGORIES);
/** A category of archive material. */
export type ArchiveCategory = z.infer<typeof ArchiveCategorySchema>;

/**
 * Material a standard or a task requires (材料要求): a category with a count ("至少 7 篇报道", "照片 5 张"), what it must
 * show, and who provides it. Readiness and archive completeness count items against `quantity`.
 */
export const MaterialRequirementSchema = z.strictObject({
  category: ArchiveCategorySchema,
  /** How many items are required; 1 when not given. */
  quantity: z.int().min(1).default(1),
  description: LocalizedTextSchema.optional(),
  /** The unit that provides the material (提供单位), in a campaign's task table. */
  providerUnitId: UnitIdSchema.optional(),
  /** Who provides it, in words, where a framework names a kind of unit rather than one unit. */
  provider: LocalizedTextSchema.optional(),
});
/** Material a standard or a task requires. */
export interface MaterialRequirement extends z.infer<typeof MaterialRequirementSchema> {}
/** Material a requirement as written, with the quantity left out when it is one. */
export type MaterialRequirementInput = z.input<typeof MaterialRequirementSchema>;

/**
 * One item of the campaign archive: a file the host stores at `uri`, fingerprinted by `sha256` so a later copy
 * can be checked against it, and filed under the standards it supports.
 */
export const ArchiveDocumentSchema = z.strictObject({
  id: IdSchema,
  title: NameSchema,
  category: ArchiveCategorySchema,
  standardRefs: z.array(StandardRefSchema).default([]),
  /** The framework edition of `standardRefs`, when the campaign is assessed against more than one. */
  editionId: EditionIdSchema.optional(),
  /** The unit that provided the material. */
  unitId: UnitIdSchema.optional(),
  /** The date the material is about (an activity, a meeting), not the upload date. */
  date: DateSchema,
  /** When a photo or video was captured, as recorded by the device. */
  capturedAt: DateTimeSchema.optional(),
  sha256: Sha256Schema,
  uri: UriSchema,
  note: TextSchema.optional(),
  extensions: ExtensionsSchema.optional(),
});
/** One item of the campaign archive. */
export interface ArchiveDocument extends z.infer<typeof ArchiveDocumentSchema> {}

/** Labels of the archive categories. */
export const ARCHIVE_CATEGORY_LABELS: Record<ArchiveCategory, BilingualText> = {
  document: { 'zh-CN': '文件', en: 'Document' },
  plan: { 'zh-CN': '方案', en: 'Plan' },
  bulletin: { 'zh-CN': '简报', en: 'Bulletin' },
  experiencePaper: { 'zh-CN': '经验交流材料', en: 'Experience paper' },
  photo: { 'zh-CN': '图片', en: 'Photo' },
  video: { 'zh-CN': '视频', en: 'Video' },
  record: { 'zh-CN': '记录', en: 'Record' },
  mediaReport: { 'zh-CN': '媒体报道', en: 'Media report' },
  summary: { 'zh-CN': '总结', en: 'Summary' },
  screenshot: { 'zh-CN': '截图', en: 'Screenshot' },
  register: { 'zh-CN': '台账', en: 'Register' },
};
