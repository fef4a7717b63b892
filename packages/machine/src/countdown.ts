import { type PhaseCountdown, phaseCountdowns } from '@chuangwen/rules';
import type { CampaignContext } from './campaign-context.js';
import type { CampaignState } from './campaign-machine.js';
import type { PersistedCampaign } from './persistence.js';

/** The current phase of a stored campaign and the countdown of every planned phase at `asOf` (倒计时). */
export function campaignCountdown(
  persisted: PersistedCampaign,
  asOf: string,
): { state: CampaignState; current?: PhaseCountdown; phases: PhaseCountdown[] } {
  const snapshot = persisted.snapshot as unknown as { value: CampaignState; context: CampaignContext };
  const phases = phaseCountdowns(snapshot.context.timeline, asOf);
  const current = phases.find((p) => p.phase === snapshot.value);
  return { state: snapshot.value, ...(current ? { current } : {}), phases };
}
