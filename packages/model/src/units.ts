import { z } from 'zod';
import {
  type BilingualText,
  DivisionCodeSchema,
  ExtensionsSchema,
  IdSchema,
  NameSchema,
} from './primitives.js';

/** Kinds of units that take part in a campaign. */
export const UNIT_KINDS = [
  'streetOffice',
  'department',
  'community',
  'village',
  'enterprise',
  'school',
  'market',
  'serviceWindow',
  'other',
] as const;
/** The kind of a unit: street office, department (站办所), community, village, enterprise, school, market, service window, other. */
export const UnitKindSchema = z.enum(UNIT_KINDS);
/** The kind of a unit. */
export type UnitKind = z.infer<typeof UnitKindSchema>;

/**
 * A unit (单位) that carries campaign work. `parentId` places it in the hierarchy (上下联创): a community under the
 * street office, a school under its department.
 */
export const UnitSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  kind: UnitKindSchema,
  parentId: IdSchema.optional(),
  /** The unit's responsible leader (责任领导), a person id. */
  leaderId: IdSchema.optional(),
  /** The unit's campaign liaison (联络员), a person id. */
  contactId: IdSchema.optional(),
  divisionCode: DivisionCodeSchema.optional(),
  /** The grid-management cell (网格) the unit belongs to. */
  grid: NameSchema.optional(),
  extensions: ExtensionsSchema.optional(),
});
/** A unit that carries campaign work. */
export type Unit = z.infer<typeof UnitSchema>;

/** Labels of the unit kinds. */
export const UNIT_KIND_LABELS: Record<UnitKind, BilingualText> = {
  streetOffice: { 'zh-CN': '街道办事处', en: 'Street office' },
  department: { 'zh-CN': '站办所', en: 'Department' },
  community: { 'zh-CN': '社区', en: 'Community' },
  village: { 'zh-CN': '村', en: 'Village' },
  enterprise: { 'zh-CN': '企业', en: 'Enterprise' },
  school: { 'zh-CN': '学校', en: 'School' },
  market: { 'zh-CN': '集贸市场', en: 'Market' },
  serviceWindow: { 'zh-CN': '窗口单位', en: 'Service-window unit' },
  other: { 'zh-CN': '其他', en: 'Other' },
};
