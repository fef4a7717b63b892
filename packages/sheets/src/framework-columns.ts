import {
  COMPETITION_GROUP_LABELS,
  COMPETITION_GROUPS,
  type CompetitionGroup,
  STANDARD_KIND_LABELS,
  STANDARD_KINDS,
} from '@chuangwen/checklists';
import { ASSESSMENT_METHODS, type AssessmentMethod, ENUM_LABELS } from '@chuangwen/model';
import { pickChoice } from './fields.js';
import { defineTable } from './table.js';

/** An assessment framework as offices print it (测评体系): three or four tiers, methods and points. */
export const FRAMEWORK_TABLE = defineTable({
  name: { 'zh-CN': '测评体系', en: 'Assessment framework' },
  columns: [
    { key: 'itemCode', header: { 'zh-CN': '项目编号', en: 'Item code' }, width: 6 },
    {
      key: 'item',
      header: { 'zh-CN': '测评项目', en: 'Item' },
      synonyms: ['项目', '测评项目名称', '一级指标'],
      required: true,
      width: 18,
    },
    { key: 'indicatorCode', header: { 'zh-CN': '指标编号', en: 'Indicator code' }, width: 6 },
    {
      key: 'indicator',
      header: { 'zh-CN': '指标', en: 'Indicator' },
      synonyms: ['指标名称', '二级指标'],
      width: 16,
    },
    { key: 'contentCode', header: { 'zh-CN': '内容编号', en: 'Content code' }, width: 8 },
    {
      key: 'content',
      header: { 'zh-CN': '测评内容', en: 'Content' },
      synonyms: ['内容'],
      required: true,
      width: 18,
    },
    { key: 'code', header: { 'zh-CN': '标准编号', en: 'Standard code' }, synonyms: ['编号'], width: 10 },
    {
      key: 'standard',
      header: { 'zh-CN': '测评标准', en: 'Standard' },
      synonyms: ['标准', '具体标准', '测评标准（要求）'],
      required: true,
      width: 40,
    },
    {
      key: 'methods',
      header: { 'zh-CN': '测评方法', en: 'Methods' },
      synonyms: ['方法', '测评方式'],
      required: true,
      width: 12,
    },
    {
      key: 'points',
      header: { 'zh-CN': '分值', en: 'Points' },
      synonyms: ['标准分值', '标准得分', '分数', '权重'],
      width: 6,
    },
    { key: 'kind', header: { 'zh-CN': '标准类型', en: 'Kind' }, synonyms: ['类型'], width: 10 },
    { key: 'rule', header: { 'zh-CN': '计分规则', en: 'Scoring rule' }, synonyms: ['计分方法'], width: 22 },
    {
      key: 'siteTypes',
      header: { 'zh-CN': '点位类型', en: 'Site types' },
      synonyms: ['测评点位'],
      width: 18,
    },
    {
      key: 'materials',
      header: { 'zh-CN': '材料要求', en: 'Material required' },
      synonyms: ['佐证材料', '见证材料', '具体要求'],
      width: 24,
    },
    { key: 'veto', header: { 'zh-CN': '一票否决', en: 'Veto' }, width: 6 },
  ],
});

/** Edition details the lines above the table carry (编号：…　年份：…), and the field each word fills. */
export const EDITION_META = {
  id: '编号',
  year: '年份',
  group: '组别',
  total: '总分',
  precision: '精度',
  surveyPassLine: '问卷合格线',
} as const;

/** Assessment methods by their labels and the other words offices use. */
export const METHOD_CHOICES = {
  values: ASSESSMENT_METHODS,
  labels: ENUM_LABELS.assessmentMethod,
  synonyms: {
    covertInspection: ['暗访', '实地暗访考察'],
    survey: ['问卷', '入户调查'],
    onlineMediaCheck: ['网络调查', '网络媒体'],
  } as Partial<Record<AssessmentMethod, string[]>>,
};
/** Standard kinds by their labels. */
export const KIND_CHOICES = { values: STANDARD_KINDS, labels: STANDARD_KIND_LABELS };
/** Competition groups by their labels and the words frameworks print them with. */
export const GROUP_CHOICES = {
  values: COMPETITION_GROUPS,
  labels: COMPETITION_GROUP_LABELS,
  synonyms: {
    municipalDistrict: ['直辖市区', '直辖市城区组'],
    prefectureLevel: ['地级城市', '地级市组', '地级城市组'],
    countyLevel: ['县级城市', '县级市', '县城', '县级城市组', '县级市和县组'],
    provincialCapital: ['省会城市和副省级城市', '省会、副省级城市', '副省级城市', '省会城市'],
  } as Partial<Record<CompetitionGroup, string[]>>,
};

/**
 * The words of a framework's title that name its group, most specific first: a published framework often says its
 * group only there (……测评体系（修订版）——地级城市).
 */
const TITLE_GROUPS: [RegExp, CompetitionGroup][] = [
  [/省级文明城区/, 'provincialDistrict'],
  [/省级文明县城/, 'provincialCounty'],
  [/省级文明城市/, 'provincialCity'],
  [/直辖市(城)?区/, 'municipalDistrict'],
  [/省会(城市)?(和|及|、)?副省级城市|副省级城市|省会城市/, 'provincialCapital'],
  [/地级(城)?市/, 'prefectureLevel'],
  [/县级(城)?市|县城/, 'countyLevel'],
];

/** The group a text names: a group's label, another word for it (地级城市), its code, or a title that names it. */
export function readCompetitionGroup(text: string): CompetitionGroup | undefined {
  return pickChoice(text, GROUP_CHOICES) ?? groupFromTitle(text);
}

/** The group a framework's title names, read after its dash first (……——地级城市), or undefined. */
export function groupFromTitle(title: string): CompetitionGroup | undefined {
  const text = title.normalize('NFKC');
  const dash = /(?:——|—|--|－－|-)\s*([^—\-－]+)$/.exec(text)?.[1];
  for (const part of dash ? [dash, text] : [text])
    for (const [pattern, group] of TITLE_GROUPS) if (pattern.test(part)) return group;
  return undefined;
}
/** A two-digit position code: 1 → `01`. */
export const pad = (n: number) => String(n).padStart(2, '0');
