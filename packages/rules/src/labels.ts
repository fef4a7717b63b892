import { ENUM_LABELS as CHECKLIST_ENUM_LABELS } from '@chuangwen/checklists';
import { type BilingualText, defineLabels, type Locale } from '@chuangwen/model';
import { CLASS_LABELS } from './classes.js';
import { LEDGER_MOVE_LABELS } from './ledger-moves.js';
import type { BlockerCode } from './readiness.js';

/** Short names of the conditions that block leaving a phase, as a readiness list heads them. */
export const BLOCKER_CODE_LABELS: Record<BlockerCode, BilingualText> = {
  leadingGroupMissing: { 'zh-CN': '领导小组未成立', en: 'No leading group' },
  officeMissing: { 'zh-CN': '创建办未成立', en: 'No campaign office' },
  workingGroupUnstaffed: { 'zh-CN': '工作组未配齐人员', en: 'Working group unstaffed' },
  mobilizationMeetingMissing: { 'zh-CN': '动员大会未召开', en: 'No mobilization meeting' },
  implementationPlanMissing: { 'zh-CN': '实施方案未下发', en: 'No implementation plan' },
  workPlanMissing: { 'zh-CN': '工作计划未制定', en: 'No work plan' },
  publicityNotLaunched: { 'zh-CN': '宣传未启动', en: 'Publicity not launched' },
  noUnits: { 'zh-CN': '责任单位未确定', en: 'No units' },
  unitTeamMissing: { 'zh-CN': '单位未成立创建工作小组', en: 'Unit team missing' },
  unitPlanMissing: { 'zh-CN': '单位创建方案未制定', en: 'Unit plan missing' },
  noStandards: { 'zh-CN': '尚无判定结果', en: 'No standard classified' },
  standardUndetermined: { 'zh-CN': '测评标准未知可否达标', en: 'Standard undetermined' },
  rectificationMissing: { 'zh-CN': '问题未交办整改', en: 'Rectification not assigned' },
  cadenceMissed: { 'zh-CN': '督查频次不足', en: 'Supervision cadence missed' },
  workingGroupUnrated: { 'zh-CN': '工作组未考评', en: 'Working group not rated' },
  unannouncedChecksMissing: { 'zh-CN': '窗口暗访不足', en: 'Unannounced checks missing' },
  standardNonCompliant: { 'zh-CN': '测评标准未达标', en: 'Standard non-compliant' },
  archiveIncomplete: { 'zh-CN': '档案资料不全', en: 'Archive incomplete' },
  archiveNotSubmitted: { 'zh-CN': '档案未上报', en: 'Archive not submitted' },
  resultMissing: { 'zh-CN': '测评结果未取得', en: 'No official result' },
  selfEvaluationMissing: { 'zh-CN': '自我评议未开展', en: 'No self-evaluation' },
  summaryMeetingMissing: { 'zh-CN': '总结大会未召开', en: 'No summary meeting' },
  unitNotAppraised: { 'zh-CN': '单位未考核', en: 'Unit not appraised' },
  accountabilityUndecided: { 'zh-CN': '奖惩问责未决定', en: 'Accountability undecided' },
};

/** Every labelled enumeration of the model, the checklists and the rules, by name. */
// Merged by a call marked pure, so a bundle that uses none of the labels drops them all.
export const ENUM_LABELS = /* @__PURE__ */ Object.assign({}, CHECKLIST_ENUM_LABELS, {
  complianceClass: CLASS_LABELS,
  blockerCode: BLOCKER_CODE_LABELS,
  ledgerMove: LEDGER_MOVE_LABELS,
} as const);

/** The name of a labelled enumeration of the model, the checklists or the rules. */
export type EnumName = keyof typeof ENUM_LABELS;
/** Any value of a labelled enumeration of the model, the checklists or the rules. */
export type LabelledValue = { [K in EnumName]: keyof (typeof ENUM_LABELS)[K] }[EnumName];

const labeller = /* @__PURE__ */ defineLabels(ENUM_LABELS);

/** The label of an enumeration value in a locale, the rules' enumerations (classes, blockers) included: `label('reboundProne')` is `易反弹`. */
export function label(value: LabelledValue, locale: Locale = 'zh-CN', enumName?: EnumName): string {
  return labeller.label(value, locale, enumName);
}

/** Both labels of an enumeration value of the model, the checklists or the rules, or undefined. */
export function labels(value: string, enumName?: EnumName): BilingualText | undefined {
  return labeller.labels(value, enumName);
}
