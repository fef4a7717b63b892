import type { PhasePlan } from '@chuangwen/model';
import type { CampaignMachineInput } from './campaign-context.js';

/** The part of a task row that says which units lead and which support. */
export interface TaskUnits {
  leadUnitIds: readonly string[];
  supportingUnitIds?: readonly string[] | undefined;
}

/**
 * The lead and responsible units of a campaign, read from its task decomposition table: a unit that leads any task is
 * `lead`, one that only supports is `responsible`. What a campaign's start input (`units`) takes, so a host need not
 * build it by hand.
 */
export function unitRolesOf(tasks: readonly TaskUnits[]): Record<string, 'lead' | 'responsible'> {
  const roles: Record<string, 'lead' | 'responsible'> = Object.create(null);
  for (const task of tasks) {
    for (const id of task.supportingUnitIds ?? []) roles[id] ??= 'responsible';
    for (const id of task.leadUnitIds) roles[id] = 'lead';
  }
  return { ...roles };
}

/** The start input of a campaign document: its id, timeline and units, at the instant given. */
export function startInputOf(
  campaign: {
    id: string;
    timeline?: readonly PhasePlan[] | undefined;
    tasks?: readonly TaskUnits[] | undefined;
  },
  at: string,
): CampaignMachineInput {
  return {
    campaignId: campaign.id,
    at,
    timeline: [...(campaign.timeline ?? [])],
    units: unitRolesOf(campaign.tasks ?? []),
  };
}
