import { z } from 'zod';
import { type BilingualText, DivisionCodeSchema, NameSchema } from './primitives.js';

/** Levels of government that run a campaign, from the city down to the street and the town. */
export const JURISDICTION_LEVELS = ['city', 'district', 'county', 'street', 'town', 'community'] as const;
/** The level of a jurisdiction: city (市), district (区), county (县), street (街道), town (镇), community (社区). */
export const JurisdictionLevelSchema = z.enum(JURISDICTION_LEVELS);
/** The level of a jurisdiction. */
export type JurisdictionLevel = z.infer<typeof JurisdictionLevelSchema>;

/** The jurisdiction that runs the campaign: its name and level (a city, a district or county, a street or town). */
export const JurisdictionSchema = z.strictObject({
  name: NameSchema,
  level: JurisdictionLevelSchema,
  divisionCode: DivisionCodeSchema.optional(),
});
/** The jurisdiction that runs the campaign. */
export interface Jurisdiction extends z.infer<typeof JurisdictionSchema> {}

/**
 * The honours a campaign works for (创建目标): the national titles of civilized city (文明城市), civilized district of a
 * municipality (文明城区) and civilized county (文明县城), the exemplary civilized city above them (全国文明典范城市),
 * and the provincial titles a province confers itself (省级文明城市, 城区, 县城 and 村镇).
 */
export const HONOURS = [
  'nationalCivilizedCity',
  'nationalCivilizedDistrict',
  'nationalCivilizedCounty',
  'provincialCivilizedCity',
  'provincialCivilizedDistrict',
  'provincialCivilizedCounty',
  'nationalExemplaryCity',
  'provincialCivilizedVillageTown',
] as const;
/** The honour a campaign works for. */
export const HonourSchema = z.enum(HONOURS);
/** The honour a campaign works for. */
export type Honour = z.infer<typeof HonourSchema>;

/** Labels of the jurisdiction levels. */
export const JURISDICTION_LEVEL_LABELS: Record<JurisdictionLevel, BilingualText> = {
  city: { 'zh-CN': '市', en: 'City' },
  district: { 'zh-CN': '区', en: 'District' },
  county: { 'zh-CN': '县', en: 'County' },
  street: { 'zh-CN': '街道', en: 'Street' },
  town: { 'zh-CN': '镇', en: 'Town' },
  community: { 'zh-CN': '社区', en: 'Community' },
};

/** Labels of the honours. */
export const HONOUR_LABELS: Record<Honour, BilingualText> = {
  nationalCivilizedCity: { 'zh-CN': '全国文明城市', en: 'National Civilized City' },
  nationalCivilizedDistrict: { 'zh-CN': '全国文明城区', en: 'National Civilized District' },
  nationalCivilizedCounty: { 'zh-CN': '全国文明县城', en: 'National Civilized County' },
  provincialCivilizedCity: { 'zh-CN': '省级文明城市', en: 'Provincial Civilized City' },
  provincialCivilizedDistrict: { 'zh-CN': '省级文明城区', en: 'Provincial Civilized District' },
  provincialCivilizedCounty: { 'zh-CN': '省级文明县城', en: 'Provincial Civilized County' },
  nationalExemplaryCity: { 'zh-CN': '全国文明典范城市', en: 'National Exemplary Civilized City' },
  provincialCivilizedVillageTown: { 'zh-CN': '省级文明村镇', en: 'Provincial Civilized Village or Town' },
};
