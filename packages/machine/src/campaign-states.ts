import { type BilingualText, label, PHASES } from '@chuangwen/model';

/** The phases in order, then `closed`: the states of the campaign machine. */
export const CAMPAIGN_STATES = [...PHASES, 'closed'] as const;
/** A state of the campaign machine. */
export type CampaignState = (typeof CAMPAIGN_STATES)[number];

/** Labels of the campaign machine's states beyond the phases. */
export const CLOSED_STATE_LABEL: BilingualText = { 'zh-CN': '本轮已结束', en: 'Closed' };

/** The label of a campaign state. */
export function stateLabel(state: CampaignState): BilingualText {
  return state === 'closed' ? CLOSED_STATE_LABEL : { 'zh-CN': label(state, 'zh-CN'), en: label(state, 'en') };
}
