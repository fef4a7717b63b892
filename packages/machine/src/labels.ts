import {
  type BilingualText,
  defineLabels,
  type Locale,
  ENUM_LABELS as MODEL_ENUM_LABELS,
} from '@chuangwen/model';
import { ENUM_LABELS as RULES_ENUM_LABELS } from '@chuangwen/rules';
import { type CampaignState, CLOSED_STATE_LABEL } from './campaign-states.js';
import { EVENT_TYPE_LABELS } from './event-labels.js';
import type { RejectionCode } from './record-state.js';
import { ROLE_LABELS } from './roles.js';

/** Labels of the campaign machine's states: the phases, then `closed`. */
export const CAMPAIGN_STATE_LABELS: Record<CampaignState, BilingualText> = /* @__PURE__ */ Object.assign(
  {},
  MODEL_ENUM_LABELS.phase,
  { closed: CLOSED_STATE_LABEL },
);

/** Why an event was refused, as a host shows it beside the detailed reason. */
export const REJECTION_CODE_LABELS: Record<RejectionCode, BilingualText> = {
  malformed: { 'zh-CN': '格式错误', en: 'Malformed' },
  unauthorized: { 'zh-CN': '无权操作', en: 'Not authorized' },
  invalid: { 'zh-CN': '内容无效', en: 'Invalid' },
  not_allowed_now: { 'zh-CN': '当前阶段不允许', en: 'Not allowed now' },
};

/** Every labelled enumeration of the library up to the machine (model, checklists, rules, machine), by name. */
// Merged by a call marked pure, so a bundle that uses none of the labels drops them all.
export const ENUM_LABELS = /* @__PURE__ */ Object.assign({}, RULES_ENUM_LABELS, {
  role: ROLE_LABELS,
  campaignEventType: EVENT_TYPE_LABELS,
  campaignState: CAMPAIGN_STATE_LABELS,
  rejectionCode: REJECTION_CODE_LABELS,
} as const);

/** The name of a labelled enumeration of the library up to the machine. */
export type EnumName = keyof typeof ENUM_LABELS;
/** Any value of a labelled enumeration of the library up to the machine. */
export type LabelledValue = { [K in EnumName]: keyof (typeof ENUM_LABELS)[K] }[EnumName];

const labeller = /* @__PURE__ */ defineLabels(ENUM_LABELS);

/**
 * The label of any enumeration value of the model, checklists, rules or machine in a locale:
 * `label('rectification.assigned')` is the event's name, `label('inspector')` the role's. `closed` is both a
 * rectification status (已销号) and the campaign's last state: name the one meant, `label('closed', 'zh-CN',
 * 'campaignState')`.
 */
export function label(value: LabelledValue, locale: Locale = 'zh-CN', enumName?: EnumName): string {
  return labeller.label(value, locale, enumName);
}

/** Both labels of an enumeration value of the library up to the machine, or undefined. */
export function labels(value: string, enumName?: EnumName): BilingualText | undefined {
  return labeller.labels(value, enumName);
}
