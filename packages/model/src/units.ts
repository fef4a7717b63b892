import { z } from 'zod';
import type { JurisdictionLevel } from './jurisdiction.js';
import {
  type BilingualText,
  DivisionCodeSchema,
  ExtensionsSchema,
  IdSchema,
  type Locale,
  NameSchema,
} from './primitives.js';
import { PersonIdSchema, UnitIdSchema } from './references.js';

/** Kinds of units that take part in a campaign, as real task tables and rankings name them. */
export const UNIT_KINDS = [
  'district',
  'county',
  'street',
  'town',
  'community',
  'village',
  'department',
  'school',
  'hospital',
  'market',
  'serviceWindow',
  'enterprise',
  'stationedUnit',
  'other',
] as const;
/**
 * The kind of a unit: district (区), county (县), street (街道), town (镇), community (社区), village (村), department
 * (部门: a city's or district's 委办局, a street's 站办所), school, hospital, market (农贸市场), service window,
 * enterprise, a central or provincial unit stationed locally (中省驻地单位: it takes part without being under the local
 * government), other.
 */
export const UnitKindSchema = z.enum(UNIT_KINDS);
/** The kind of a unit. */
export type UnitKind = z.infer<typeof UnitKindSchema>;

/**
 * A unit (单位) that carries campaign work. `parentId` places it in the hierarchy at any level (上下联创, 条块结合): a
 * district under the city, a community under its street, a school under its bureau; reports roll up along it.
 */
export const UnitSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  kind: UnitKindSchema,
  /**
   * Other names the unit goes by in tables and notices (简称, 曾用名), for matching names to units.
   * / 单位在表格和通报中的其他名称（简称、曾用名），用于按名称匹配单位
   */
  aliases: z.array(NameSchema).default([]),
  parentId: UnitIdSchema.optional(),
  /**
   * The group the unit is ranked in (分类排名), such as `districts` or `departments`; by default its kind's group.
   * / 单位参加分类排名的组别，如 `districts` 或 `departments`；默认按单位类型分组
   */
  rankingGroup: IdSchema.optional(),
  /** The unit's responsible leader (责任领导), a person id. / 单位的责任领导（人员编号） */
  leaderId: PersonIdSchema.optional(),
  /** The unit's campaign liaison (联络员), a person id. / 单位的创建工作联络员（人员编号） */
  contactId: PersonIdSchema.optional(),
  divisionCode: DivisionCodeSchema.optional(),
  /** The grid-management cell (网格) the unit belongs to. / 单位所属的网格 */
  grid: NameSchema.optional(),
  extensions: ExtensionsSchema.optional(),
});
/** A unit that carries campaign work. */
export interface Unit extends z.infer<typeof UnitSchema> {}

/** Labels of the unit kinds, as a table at any level reads them. */
export const UNIT_KIND_LABELS: Record<UnitKind, BilingualText> = {
  district: { 'zh-CN': '区', en: 'District' },
  county: { 'zh-CN': '县', en: 'County' },
  street: { 'zh-CN': '街道', en: 'Street' },
  town: { 'zh-CN': '镇', en: 'Town' },
  community: { 'zh-CN': '社区', en: 'Community' },
  village: { 'zh-CN': '村', en: 'Village' },
  department: { 'zh-CN': '部门', en: 'Department' },
  school: { 'zh-CN': '学校', en: 'School' },
  hospital: { 'zh-CN': '医院', en: 'Hospital' },
  market: { 'zh-CN': '农贸市场', en: 'Market' },
  serviceWindow: { 'zh-CN': '窗口单位', en: 'Service-window unit' },
  enterprise: { 'zh-CN': '企业', en: 'Enterprise' },
  stationedUnit: { 'zh-CN': '中省驻地单位', en: 'Central or provincial unit stationed locally' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

const DEPARTMENT_BY_LEVEL: Partial<Record<JurisdictionLevel, BilingualText>> = {
  city: { 'zh-CN': '市直部门', en: 'City department' },
  district: { 'zh-CN': '区级部门', en: 'District department' },
  county: { 'zh-CN': '县直部门', en: 'County department' },
  street: { 'zh-CN': '站办所', en: "Street office's section" },
  town: { 'zh-CN': '站办所', en: "Town office's section" },
};

/**
 * The label of a unit kind as an office at a given level writes it: a department is a 站办所 to a street or town, a
 * 委办局 (市直/区级/县直部门) above; other kinds read the same at every level.
 */
export function unitKindLabel(kind: UnitKind, level: JurisdictionLevel, locale: Locale = 'zh-CN'): string {
  const text = (kind === 'department' ? DEPARTMENT_BY_LEVEL[level] : undefined) ?? UNIT_KIND_LABELS[kind];
  return text[locale];
}

/** The group a unit is ranked in: its own `rankingGroup`, or its kind's (districts apart from counties, …). */
export function rankingGroupOf(unit: Pick<Unit, 'kind' | 'rankingGroup'>): string {
  return unit.rankingGroup ?? unit.kind;
}
