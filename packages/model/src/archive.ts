import { z } from 'zod';
import {
  type BilingualText,
  DateSchema,
  DateTimeSchema,
  ExtensionsSchema,
  IdSchema,
  NameSchema,
  Sha256Schema,
  StandardCodeSchema,
  TextSchema,
  UriSchema,
} from './primitives.js';

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
] as const;
/** A category of archive material: document, plan, bulletin, experience paper, photo, video, record, media report, summary, screenshot. */
export const ArchiveCategorySchema = z.enum(ARCHIVE_CATEGORIES);
/** A category of archive material. */
export type ArchiveCategory = z.infer<typeof ArchiveCategorySchema>;

/**
 * One item of the campaign archive: a file the host stores at `uri`, fingerprinted by `sha256` so a later copy
 * can be checked against it, and filed under the standards it supports.
 */
export const ArchiveDocumentSchema = z.strictObject({
  id: IdSchema,
  title: NameSchema,
  category: ArchiveCategorySchema,
  standardRefs: z.array(StandardCodeSchema).default([]),
  unitId: IdSchema.optional(),
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
export type ArchiveDocument = z.infer<typeof ArchiveDocumentSchema>;

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
};
