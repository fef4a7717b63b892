import { LocalizedTextSchema, SiteTypeCodeSchema } from '@chuangwen/model';
import { z } from 'zod';

/** Groups of site types, as the operating manuals list them. */
export const SiteCategorySchema = z.enum([
  'serviceWindow',
  'transport',
  'cultureLeisure',
  'schoolMinors',
  'street',
  'communityStreetOffice',
  'market',
  'publicFacility',
  'simulatedCall',
]);
/** A group of site types. */
export type SiteCategory = z.infer<typeof SiteCategorySchema>;

/** A site type (点位类型), such as 农贸市场 or 公交站台. */
export const SiteTypeSchema = z.strictObject({
  code: SiteTypeCodeSchema,
  name: LocalizedTextSchema,
  category: SiteCategorySchema,
  /** A simulated-call type (hotline tests) is not a place. / 模拟拨打类（热线测试）不是实地点位 */
  isPlace: z.boolean().default(true),
  /**
   * Other names offices write for the type, read as it by the workbook imports (主次干道 for 主干道).
   * / 各地工作簿中该类型的其他写法，导入时按本类型读取（如"主次干道"读作"主干道"）
   */
  aliases: z.array(z.string().min(1).max(100)).max(20).default([]),
});
/** A site type. */
export interface SiteType extends z.infer<typeof SiteTypeSchema> {}

/** A catalogue of site types. */
export const SiteTypeCatalogueSchema = z.strictObject({
  /** The catalogue's id. / 点位目录的编号 */
  id: z.string().min(1),
  /** Set on bundled sample content, which is not an official text. / 随包示例内容的标记，并非官方文本 */
  sample: z.boolean().default(false),
  types: z.array(SiteTypeSchema).min(1),
});
/** A catalogue of site types. */
export interface SiteTypeCatalogue extends z.infer<typeof SiteTypeCatalogueSchema> {}
