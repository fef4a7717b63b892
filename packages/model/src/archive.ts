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
import { MediaProvenanceSchema } from './provenance.js';
import { DocumentIdSchema, EditionIdSchema, StandardRefSchema, UnitIdSchema } from './references.js';

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
  /** How many items are required; 1 when not given. / 所需份数；未写时为 1 */
  quantity: z.int().min(1).default(1),
  description: LocalizedTextSchema.optional(),
  /** The unit that provides the material (提供单位), in a campaign's task table. / 提供材料的单位（任务分解表中的提供单位） */
  providerUnitId: UnitIdSchema.optional(),
  /**
   * Who provides it, in words, where a framework names a kind of unit rather than one unit.
   * / 提供方的文字说明，用于测评体系只写明某类单位而非具体单位时
   */
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
  /**
   * The framework edition of `standardRefs`, when the campaign is assessed against more than one.
   * / `standardRefs` 所属的测评体系版本，创建工作对照多个版本测评时填写
   */
  editionId: EditionIdSchema.optional(),
  /** The unit that provided the material. / 提供材料的单位 */
  unitId: UnitIdSchema.optional(),
  /**
   * The date the material is about (an activity, a meeting), not the upload date.
   * / 材料所涉及的日期（活动、会议的日期），而非上传日期
   */
  date: DateSchema,
  /** When a photo or video was captured, as recorded by the device. / 照片或视频的拍摄时间（以设备记录为准） */
  capturedAt: DateTimeSchema.optional(),
  /** The file's SHA-256, so a changed file is told apart from the one filed. / 文件的 SHA-256 摘要，用于识别文件是否被替换 */
  sha256: Sha256Schema,
  uri: UriSchema,
  /**
   * How a photo or video was captured, as the device recorded it (hash, time, place, camera or album, clock offset):
   * what the record's provenance rules check before a class rests on it.
   * / 照片或视频的拍摄来源（设备记录的摘要、时间、位置、现场拍摄或相册、时钟偏差）：据以判定类别前须通过记录的来源核验
   */
  provenance: MediaProvenanceSchema.optional(),
  /**
   * For a photo after rectification (整改后), the photo of the finding it answers (整改前): the two make a before/after
   * pair of the same place.
   * / 整改后照片所对应的整改前照片（发现问题时的照片），二者构成同一地点的整改前后对照
   */
  beforeId: DocumentIdSchema.optional(),
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
  photo: { 'zh-CN': '照片', en: 'Photo' },
  video: { 'zh-CN': '视频', en: 'Video' },
  record: { 'zh-CN': '记录', en: 'Record' },
  mediaReport: { 'zh-CN': '媒体报道', en: 'Media report' },
  summary: { 'zh-CN': '总结', en: 'Summary' },
  screenshot: { 'zh-CN': '截图', en: 'Screenshot' },
  register: { 'zh-CN': '台账', en: 'Register' },
};
