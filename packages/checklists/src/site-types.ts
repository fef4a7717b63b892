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
