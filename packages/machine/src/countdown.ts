import { type PhaseCountdown, phaseCountdowns } from '@chuangwen/rules';
import type { CampaignState } from './campaign-states.js';
import type { PersistedCampaign } from './persistence.js';

/** The current phase of a stored campaign and the countdown of every planned phase at `asOf` (倒计时). */
export function campaignCountdown(
  persisted: PersistedCampaign,
  asOf: string,
): { state: CampaignState; current?: PhaseCountdown; phases: PhaseCountdown[] } {
  const { value, context } = persisted.snapshot;
  const phases = phaseCountdowns(context.timeline, asOf);
  const current = phases.find((p) => p.phase === value);
  return { state: value, ...(current ? { current } : {}), phases };
}
