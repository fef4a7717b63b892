import { z } from 'zod';
import {
  type BilingualText,
  ExtensionsSchema,
  IdSchema,
  NameSchema,
  SiteTypeCodeSchema,
} from './primitives.js';
import { PersonIdSchema, UnitIdSchema } from './references.js';

/** How a site enters inspections: always (固定), with priority (重点) or by random draw (随机). */
export const SiteSelectionSchema = z.enum(['fixed', 'key', 'random']);
/** How a site enters inspections. */
export type SiteSelection = z.infer<typeof SiteSelectionSchema>;

/** Coordinate datums in use in China: WGS-84 (GPS), GCJ-02 (most domestic maps), BD-09 (Baidu). */
export const DatumSchema = z.enum(['WGS84', 'GCJ02', 'BD09']);
/** A coordinate datum. */
export type Datum = z.infer<typeof DatumSchema>;

/** A point on the map; the datum matters in China, where map providers shift coordinates. */
export const CoordinatesSchema = z.strictObject({
  /** Longitude in degrees, east positive. / 经度（度，东经为正） */
  longitude: z.number().min(-180).max(180),
  /** Latitude in degrees, north positive. / 纬度（度，北纬为正） */
  latitude: z.number().min(-90).max(90),
  datum: DatumSchema,
});
/** A point on the map. */
export interface Coordinates extends z.infer<typeof CoordinatesSchema> {}

/**
 * A site (点位) where standards are observed: a market, a crossing, a service hall. `siteType` is a code from the
 * site type catalogue of `@chuangwen/checklists`, such as `farmersMarket`; a place of two types (a bus line and its
 * stops) names the second in `otherSiteTypes`.
 */
export const SiteSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  siteType: SiteTypeCodeSchema,
  /**
   * The unit responsible for the site (责任单位); problems found there are its problems unless an observation names
   * another (`responsibleUnitId` there too). Version 2 documents called it `unitId`.
   * / 点位的责任单位；在该点位发现的问题归其负责，除非测评记录另行注明（同样使用 `responsibleUnitId`）。第 2 版文件称为 `unitId`
   */
  responsibleUnitId: UnitIdSchema,
  /**
   * Further types the same place is observed as: a bus line with its stops is one site of the types `bus` and
   * `busStop`, and the standards of each of its types apply to it.
   * / 同一点位兼属的其他点位类型：如一条公交线路连同其站台为一个点位，兼属“公交车”和“公交站台”，各类型的标准均适用
   */
  otherSiteTypes: z.array(SiteTypeCodeSchema).optional(),
  responsibleLeaderId: PersonIdSchema.optional(),
  grid: NameSchema.optional(),
  address: NameSchema.optional(),
  location: CoordinatesSchema.optional(),
  selection: SiteSelectionSchema.default('random'),
  extensions: ExtensionsSchema.optional(),
});
/** A site where standards are observed. */
export interface Site extends z.infer<typeof SiteSchema> {}

/** Every type of a site, its own first: `siteType`, then `otherSiteTypes`. */
export function siteTypesOf(
  site: Pick<Site, 'siteType'> & { otherSiteTypes?: readonly string[] | undefined },
): string[] {
  const out = [site.siteType];
  for (const type of site.otherSiteTypes ?? []) if (!out.includes(type)) out.push(type);
  return out;
}

/** Labels of the site selections. */
export const SITE_SELECTION_LABELS: Record<SiteSelection, BilingualText> = {
  fixed: { 'zh-CN': '固定点位', en: 'Fixed site' },
  key: { 'zh-CN': '重点点位', en: 'Key site' },
  random: { 'zh-CN': '随机点位', en: 'Random site' },
};

/** Labels of the coordinate datums. */
export const DATUM_LABELS: Record<Datum, BilingualText> = {
  WGS84: { 'zh-CN': 'WGS-84 坐标', en: 'WGS-84' },
  GCJ02: { 'zh-CN': 'GCJ-02 坐标', en: 'GCJ-02' },
  BD09: { 'zh-CN': 'BD-09 坐标', en: 'BD-09' },
};
