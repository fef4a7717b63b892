import { ENUM_LABELS as CHECKLIST_ENUM_LABELS } from '@chuangwen/checklists';
import { type BilingualText, defineLabels, type Locale } from '@chuangwen/model';
import { CLASS_LABELS } from './classes.js';
import { LEDGER_MOVE_LABELS } from './ledger-moves.js';
import type { BlockerCode } from './readiness.js';

/** Short names of the conditions that block leaving a phase, as a readiness list heads them. */
export const BLOCKER_CODE_LABELS: Record<BlockerCode, BilingualText> = {
  leading_group_missing: { 'zh-CN': '领导小组未成立', en: 'No leading group' },
  office_missing: { 'zh-CN': '创建办未成立', en: 'No campaign office' },
  working_group_unstaffed: { 'zh-CN': '工作组未配齐人员', en: 'Working group unstaffed' },
  mobilization_meeting_missing: { 'zh-CN': '动员大会未召开', en: 'No mobilization meeting' },
  implementation_plan_missing: { 'zh-CN': '实施方案未下发', en: 'No implementation plan' },
  work_plan_missing: { 'zh-CN': '工作计划未制定', en: 'No work plan' },
  publicity_not_launched: { 'zh-CN': '宣传未启动', en: 'Publicity not launched' },
  no_units: { 'zh-CN': '责任单位未确定', en: 'No units' },
  unit_team_missing: { 'zh-CN': '单位未成立创建工作小组', en: 'Unit team missing' },
  unit_plan_missing: { 'zh-CN': '单位创建方案未制定', en: 'Unit plan missing' },
  no_standards: { 'zh-CN': '尚无判定结果', en: 'No standard classified' },
  standard_undetermined: { 'zh-CN': '测评标准未知可否达标', en: 'Standard undetermined' },
  rectification_missing: { 'zh-CN': '问题未交办整改', en: 'Rectification not assigned' },
  cadence_missed: { 'zh-CN': '督查频次不足', en: 'Supervision cadence missed' },
  working_group_unrated: { 'zh-CN': '工作组未考评', en: 'Working group not rated' },
  unannounced_checks_missing: { 'zh-CN': '窗口暗访不足', en: 'Unannounced checks missing' },
  standard_non_compliant: { 'zh-CN': '测评标准未达标', en: 'Standard non-compliant' },
  archive_incomplete: { 'zh-CN': '档案资料不全', en: 'Archive incomplete' },
  archive_not_submitted: { 'zh-CN': '档案未上报', en: 'Archive not submitted' },
  result_missing: { 'zh-CN': '测评结果未取得', en: 'No official result' },
  self_evaluation_missing: { 'zh-CN': '自我评议未开展', en: 'No self-evaluation' },
  summary_meeting_missing: { 'zh-CN': '总结大会未召开', en: 'No summary meeting' },
  unit_not_appraised: { 'zh-CN': '单位未考核', en: 'Unit not appraised' },
  accountability_undecided: { 'zh-CN': '奖惩问责未决定', en: 'Accountability undecided' },
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
