import type { Catalogue } from '@chuangwen/model/internal';
import type { en, PointsHolder } from './messages.en.js';

const HOLDERS: Record<PointsHolder, string> = {
  item: '测评项目',
  content: '测评内容',
  indicator: '指标',
  category: '测评类别',
  edition: '测评体系总',
  editionLessWhole: '测评体系总分扣除整体计分的方法分值后，',
};

/** The checklists' messages in Chinese: every message of the English catalogue, from the same values. */
export const zhCN: Catalogue<typeof en> = {
  missingMethod: () => '测评标准至少需要一种测评方法',
  duplicateCode: (p) => `编号 "${p.code}" 重复（首次出现于 ${p.first}）`,
  editionMismatch: (p) => `检查表对应测评体系 "${p.editionId}"，而非 "${p.expected}"`,
  standardNotInEdition: (p) => `测评标准 "${p.code}" 不在测评体系中`,
  siteTypeNotInCatalogue: (p) => `点位类型 "${p.siteType}" 不在点位目录中`,
  ruleDoesNotFit: (p) =>
    `计分规则"${p.rule.label['zh-CN']}"不适用于${p.kind.label['zh-CN']}标准，可用：${p.fits.map((f) => f.label['zh-CN']).join('、')}`,
  surveyNotBySurvey: () => '问卷类标准的测评方法须包含问卷调查',
  bandsOutOfOrder: () => '等级区间须按违规例数递增，且只有最后一档不设上限',
  unknownPassGrade: (p) => `达标等级 ${p.grade} 不在等级区间中`,
  passAboveFull: () => '达标比率不能高于满分比率',
  thresholdSiteType: (p) => `阈值所指点位类型 "${p.siteType}" 不在本标准的点位类型中`,
  itemShape: () => '测评项目须且只能包含测评内容（三级）或指标（四级）之一',
  sampledSiteType: (p) => `抽样点位类型 "${p.siteType}" 重复或不在点位目录中`,
  itemInTwoCategories: (p) => `测评项目 "${p.code}" 已归入其他测评类别`,
  unknownItem: (p) => `测评项目 "${p.code}" 不存在`,
  groupListedTwice: (p) => `组别"${p.group.label['zh-CN']}"重复列出`,
  editionGroupNotListed: (p) => `版本组别"${p.group.label['zh-CN']}"不在所列组别中`,
  standardGroupNotCovered: (p) => `标准适用的组别"${p.group.label['zh-CN']}"不在本版本覆盖的组别中`,
  poolListedTwice: (p) => `测评方法"${p.method.label['zh-CN']}"的分值重复列出`,
  mainMethodWithoutPool: (p) => `标准的主要测评方法"${p.method.label['zh-CN']}"没有对应的方法分值`,
  poolsDoNotAddUp: (p) => `各测评方法分值之和 ${p.sum} 与总分 ${p.total} 不符`,
  prerequisiteOnItself: () => '申报条件不能以本版本自身的得分为条件',
  weightWithoutScore: () => '只有计分的申报条件（注明同步测评）才能计入总分权重',
  companionWeightsTooHigh: (p) => `同步测评权重之和 ${p.weights} 须小于 1，主测评体系得分须占一部分`,
  cycleWeightsNotOne: (p) => `届期各年度权重之和为 ${p.sum}，须为 1`,
  pointsMismatch: (p) =>
    `${typeof p.holder === 'string' ? HOLDERS[p.holder] : p.holder['zh-CN']}分值 ${p.declared} 与其下各项分值之和 ${p.actual} 不符${p.group ? `（${p.group['zh-CN']}）` : ''}`,
  noMapping: (p) => `映射中没有标准 "${p.code}"`,
  standardRemoved: (p) => `标准 "${p.code}" 在新版测评体系中已删除`,
  standardSplit: (p) => `标准 "${p.code}" 已拆分为 ${p.to.join('、')}，单条记录无法自动归属，请人工指定`,
};
