import {
  type BilingualText,
  defineLabels,
  type Locale,
  ENUM_LABELS as MODEL_ENUM_LABELS,
} from '@chuangwen/model';
import type { Polarity } from './civility-sheet.js';
import { TIER_LABELS } from './framework.js';
import type { CompetitionGroup } from './groups.js';
import { SCORING_RULE_KIND_LABELS } from './scoring-rules.js';
import type { SiteCategory } from './site-types.js';
import { STANDARD_KIND_LABELS } from './standards.js';

/** Names of the competition groups (组别) as frameworks print them. */
export const COMPETITION_GROUP_LABELS: Record<CompetitionGroup, BilingualText> = {
  municipalDistrict: { 'zh-CN': '直辖市城区', en: 'Municipal district' },
  prefectureLevel: { 'zh-CN': '地级市', en: 'Prefecture-level city' },
  countyLevel: { 'zh-CN': '县级市和县', en: 'County level' },
  provincialCapital: { 'zh-CN': '省会和副省级城市', en: 'Provincial capital or sub-provincial city' },
  provincialCity: { 'zh-CN': '省级文明城市', en: 'Provincial civilized city' },
  provincialDistrict: { 'zh-CN': '省级文明城区', en: 'Provincial civilized district' },
  provincialCounty: { 'zh-CN': '省级文明县城', en: 'Provincial civilized county' },
  provincialVillageTown: { 'zh-CN': '省级文明村镇', en: 'Provincial civilized village or town' },
};

/** Labels of the groups of site types, as the operating manuals head them. */
export const SITE_CATEGORY_LABELS: Record<SiteCategory, BilingualText> = {
  serviceWindow: { 'zh-CN': '窗口服务单位', en: 'Service windows' },
  transport: { 'zh-CN': '交通出行', en: 'Transport' },
  cultureLeisure: { 'zh-CN': '文化休闲场所', en: 'Culture and leisure' },
  schoolMinors: { 'zh-CN': '学校及未成年人场所', en: 'Schools and places for minors' },
  street: { 'zh-CN': '街道道路', en: 'Streets and roads' },
  communityStreetOffice: { 'zh-CN': '社区和街道办', en: 'Communities and street offices' },
  market: { 'zh-CN': '农贸市场', en: 'Market' },
  publicFacility: { 'zh-CN': '公共设施', en: 'Public facilities' },
  simulatedCall: { 'zh-CN': '模拟电话测试', en: 'Simulated calls' },
};

/** Labels of the two polarities of an observed behaviour in the civility index. */
export const POLARITY_LABELS: Record<Polarity, BilingualText> = {
  uncivil: { 'zh-CN': '不文明行为', en: 'Uncivil' },
  civil: { 'zh-CN': '文明行为', en: 'Civil' },
};

/** Every labelled enumeration of the model and of the checklists, by name. */
// Merged by a call marked pure, so a bundle that uses none of the labels drops them all.
export const ENUM_LABELS = /* @__PURE__ */ Object.assign({}, MODEL_ENUM_LABELS, {
  competitionGroup: COMPETITION_GROUP_LABELS,
  siteCategory: SITE_CATEGORY_LABELS,
  polarity: POLARITY_LABELS,
  standardKind: STANDARD_KIND_LABELS,
  scoringRuleKind: SCORING_RULE_KIND_LABELS,
  tier: TIER_LABELS,
} as const);

/** The name of a labelled enumeration of the model or the checklists. */
export type EnumName = keyof typeof ENUM_LABELS;
/** Any value of a labelled enumeration of the model or the checklists. */
export type LabelledValue = { [K in EnumName]: keyof (typeof ENUM_LABELS)[K] }[EnumName];

const labeller = /* @__PURE__ */ defineLabels(ENUM_LABELS);

/**
 * The label of an enumeration value of the model or the checklists in a locale: `label('formula', 'zh-CN')`. Like the
 * model's `label`, with the checklists' enumerations (standard kinds, scoring rules, groups, site categories) added.
 */
export function label(value: LabelledValue, locale: Locale = 'zh-CN', enumName?: EnumName): string {
  return labeller.label(value, locale, enumName);
}

/** Both labels of an enumeration value of the model or the checklists, or undefined. */
export function labels(value: string, enumName?: EnumName): BilingualText | undefined {
  return labeller.labels(value, enumName);
}
