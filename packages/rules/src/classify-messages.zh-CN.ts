import type { RuleMeasure } from '@chuangwen/checklists';
import type { Catalogue } from '@chuangwen/model/internal';
import { type en, pct } from './classify-messages.en.js';

const MEASURES: Record<RuleMeasure, string> = {
  violationCount: '违规例数',
  measuredCount: '实测数量',
  measuredRate: '实测比率',
  outcome: '测评结论',
};

/** The messages of classification in Chinese: every message of the English catalogue, from the same values. */
export const zhCN: Catalogue<typeof en> = {
  noValidEvidence: () => '没有有效的测评记录（无记录、已过期或无法测评）',
  scoredZero: () => '测评得分为 0，不能判定为达标',
  countBelowRequired: (p) => `实测数量 ${p.counted}，少于要求的 ${p.required}`,
  rateBelowPassLine: (p) => `实测比率 ${pct(p.rate)}，低于达标线 ${pct(p.passAt)}`,
  incidenceAboveLimit: (p) => `不文明现象发生率 ${pct(p.rate)}，高于上限 ${pct(p.maxRate)}`,
  occurrencesFound: (p) => `发现 ${p.found} 例，本标准要求无此类现象`,
  gradeBelowPass: (p) => `评定等级 ${p.grade}，低于达标等级 ${p.pass}或得分为 0`,
  noPoints: () => '按计分规则得分为 0',
  surveyAtPassLine: (p) => `问卷测得 ${pct(p.rate)}，达到合格线 ${pct(p.line)}`,
  surveyBelowPassLine: (p) => `问卷测得 ${pct(p.rate)}，低于合格线 ${pct(p.line)}`,
  latestPasses: () => '最近一次有效测评合格，近期无反复',
  latestFails: () => '最近一次有效测评不合格',
  measureMissing: (p) =>
    `该记录缺少${MEASURES[p.measure]}，"${p.rule['zh-CN']}"规则据此计分，本次不计分（不按满分计）`,
  selfCheckOverruled: () => '单位自查合格不能推翻督查或测评发现的不合格，须经督查复查或更正',
  futureIgnored: (p) => `忽略 ${p.count} 条晚于判定时间的记录`,
  notAssessableIgnored: (p) => `${p.count} 条记录无法测评，不作为依据`,
  expiredIgnored: (p) => `${p.count} 条记录已超过有效期`,
  relapseAfterClosure: (p) => `整改 ${p.rectificationId} 销号后再次出现不合格（回潮）`,
  repeatedFailures: (p) => `近 ${p.days} 天内不合格 ${p.failures} 次，虽最近合格但易反弹`,
  behaviourFailure: (p) => `行为秩序类标准近 ${p.days} 天内出现过不合格`,
  archiveMaterials: () => '整理、归档本标准要求的材料',
  prepareFieldInspection: () => '做好迎接实地考察的准备',
  openRectification: () => '建立整改台账，明确牵头单位和整改期限',
  increaseInvestment: () => '加大投入，全力推进，尽快达标',
  mockInspection: () => '相关责任单位按本标准的测评方法迅速组织模拟检查，摸清底数后查找问题、抓好整改',
  recurringTracking: (p) => `落实长效措施，每 ${p.everyDays} 天复查一次`,
  observationNotFound: (p) => `找不到测评记录 ${p.id}`,
  provenanceMissing: (p) => `材料 "${p.id}" 没有拍摄来源（摘要、时间、位置），不能作为依据`,
  provenanceHashMismatch: (p) => `材料 "${p.id}" 的文件摘要与拍摄时记录的不同：文件在拍摄后被替换或修改`,
  provenanceAlbum: (p) => `照片 "${p.id}" 从相册选取，须现场拍摄`,
  provenanceNoLocation: (p) => `照片 "${p.id}" 没有拍摄位置，无法证明在点位拍摄`,
  provenanceImprecise: (p) => `照片 "${p.id}" 的定位精度为 ${p.accuracy} 米，低于要求的 ${p.max} 米`,
  provenanceTooFar: (p) =>
    `照片 "${p.id}" 拍摄于距点位 ${p.metres} 米处，超出允许的 ${p.max} 米（定位精度 ${p.accuracy} 米）`,
  provenanceOutsideWindow: (p) => `照片 "${p.id}" 拍摄于 ${p.captured}，不在 ${p.from} 至 ${p.to} 之间`,
  provenanceAfterReceipt: (p) =>
    `照片 "${p.id}" 的拍摄时间晚于接收时间 ${p.receivedAt} 超过 ${p.minutes} 分钟：请核对设备时钟`,
  pairUnknown: (p) => `整改前照片 "${p.beforeId}" 未归档`,
  pairForeign: (p) => `整改前照片 "${p.beforeId}" 不是发现该问题时的佐证`,
  pairOrder: (p) => `整改后照片 "${p.afterId}" 拍摄早于整改前照片 "${p.beforeId}"`,
  pairApart: (p) => `整改前后照片相距 ${p.metres} 米，不是同一地点（允许 ${p.max} 米）`,
};
