import {
  type CategoryEntry,
  type CategoryTable,
  type CategoryTableInput,
  CategoryTableSchema,
  type DeadlineRule,
  type HotlineRequestType,
  type RectificationArea,
  validateWithSchema,
} from '@chuangwen/model';
import { valueOrThrow } from '@chuangwen/model/internal';

/**
 * Authors a category table in code: validates it and throws a `ContentError` naming every problem (a code used twice,
 * a parent not in the table).
 */
export function defineCategoryTable(input: CategoryTableInput): CategoryTable {
  return valueOrThrow(`category table ${String(input?.id)}`, validateWithSchema(CategoryTableSchema, input));
}

const root = (code: string, zh: string, en: string) => ({ code, name: { 'zh-CN': zh, en }, aliases: [] });
const klass = (parent: string, key: string, zh: string, en: string, aliases: string[] = [`${zh}类`]) => ({
  code: `${parent}.${key}`,
  name: { 'zh-CN': zh, en },
  parent,
  aliases,
});

/**
 * The main classes (大类) of GB/T 30428.2—2013 (数字化城市管理信息系统 第2部分：管理部件和事件): the six component classes and
 * the six event classes, under the two kinds. Only the main classes are given: the sub-classes (小类) and their codes
 * are not reproduced here because their text could not be checked; a platform's own classes (扩展部件, local
 * sub-classes) are added as a table of its own with these as parents. Codes are this library's, named for the class;
 * the names, and the names with 类, are what platforms write.
 */
export const GBT_30428_CATEGORIES: CategoryTable = /* @__PURE__ */ defineCategoryTable({
  id: 'gbt-30428.2-2013',
  title: 'GB/T 30428.2—2013 管理部件和事件（大类）',
  edition: '2013',
  sample: false,
  source: 'GB/T 30428.2—2013 数字化城市管理信息系统 第2部分：管理部件和事件',
  categories: [
    root('component', '部件', 'Component'),
    klass('component', 'publicFacilities', '公用设施', 'Public facilities'),
    klass('component', 'roadTraffic', '道路交通', 'Roads and traffic'),
    klass('component', 'townscape', '市容环境', 'Townscape and environment'),
    klass('component', 'landscaping', '园林绿化', 'Parks and greenery'),
    klass('component', 'buildingsLand', '房屋土地', 'Buildings and land'),
    klass('component', 'other', '其他', 'Other components', [
      '其他类',
      '其他设施',
      '其他设施类',
      '其它设施类',
    ]),
    root('event', '事件', 'Event'),
    klass('event', 'townscape', '市容环境', 'Townscape and environment'),
    klass('event', 'advertising', '宣传广告', 'Publicity and advertising'),
    klass('event', 'construction', '施工管理', 'Construction'),
    klass('event', 'emergency', '突发事件', 'Emergencies'),
    klass('event', 'streetOrder', '街面秩序', 'Street order'),
    klass('event', 'other', '其他', 'Other events', ['其他类', '其他事件', '其它事件']),
  ],
});

/**
 * SAMPLE: the special-rectification area each GB/T 30428 main class is filed under. Local practice, not the
 * standard's: an office sets its own (a street with many markets may file 街面秩序 under 集贸市场).
 */
export const SAMPLE_URBAN_AREAS: Readonly<Record<string, RectificationArea>> = {
  'component.publicFacilities': 'townscape',
  'component.roadTraffic': 'trafficOrder',
  'component.townscape': 'sanitation',
  'component.landscaping': 'townscape',
  'component.buildingsLand': 'townscape',
  'component.other': 'other',
  'event.townscape': 'sanitation',
  'event.advertising': 'townscape',
  'event.construction': 'townscape',
  'event.emergency': 'publicSecurity',
  'event.streetOrder': 'townscape',
  'event.other': 'other',
};

const hotline = (code: string, zh: string, en: string, area: RectificationArea): CategoryEntry => ({
  code,
  name: { 'zh-CN': zh, en },
  aliases: [],
  area,
});

/**
 * SAMPLE: a hotline category table (诉求分类) of the kind a city's 12345 platform keeps, with the area each is filed
 * under. Every platform has its own table: load it as a `CategoryTable` of your own.
 */
export const SAMPLE_HOTLINE_CATEGORIES: CategoryTable = /* @__PURE__ */ defineCategoryTable({
  id: 'sample-hotline-2026',
  title: '12345 热线诉求分类（示例）',
  edition: '2026',
  sample: true,
  source: '示例：各地 12345 平台的分类表各不相同',
  categories: [
    hotline('townscape', '市容市貌', 'Townscape', 'townscape'),
    hotline('sanitation', '环境卫生', 'Sanitation', 'sanitation'),
    hotline('traffic', '交通秩序', 'Traffic order', 'trafficOrder'),
    hotline('market', '市场管理', 'Markets', 'market'),
    hotline('publicFacilities', '公共设施', 'Public facilities', 'townscape'),
    hotline('noise', '噪声扰民', 'Noise', 'other'),
    hotline('property', '物业管理', 'Property management', 'other'),
    hotline('publicSecurity', '社会治安', 'Public security', 'publicSecurity'),
    hotline('serviceWindow', '窗口服务', 'Service windows', 'serviceWindow'),
    hotline('other', '其他', 'Other', 'other'),
  ],
});

/**
 * SAMPLE: hotline time limits by request type, in working days (for example 3 for an enquiry, 13 for a complaint).
 * Local practice: each city sets its own, and a ticket that states its limit keeps it.
 */
export const SAMPLE_HOTLINE_TIME_LIMITS: Readonly<Record<HotlineRequestType, DeadlineRule>> = {
  enquiry: { workingDays: 3 },
  help: { workingDays: 5 },
  complaint: { workingDays: 13 },
  tipOff: { workingDays: 13 },
  suggestion: { workingDays: 13 },
};

const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** The entry of a code, or undefined. */
export function categoryEntry(table: CategoryTable, code: string): CategoryEntry | undefined {
  return table.categories.find((c) => c.code === code);
}

/**
 * The entry a platform's name or code stands for: a code of the table, a name (Chinese or English) or an alias,
 * compared without white space and full-width forms. With `parent`, only that category's children are looked at.
 */
export function categoryNamed(
  table: CategoryTable,
  written: string,
  parent?: string,
): CategoryEntry | undefined {
  const key = squeeze(written);
  return table.categories.find(
    (c) =>
      (parent === undefined || c.parent === parent) &&
      (c.code === written ||
        squeeze(c.name['zh-CN']) === key ||
        (c.name.en !== undefined && squeeze(c.name.en) === key) ||
        c.aliases.some((a) => squeeze(a) === key)),
  );
}
