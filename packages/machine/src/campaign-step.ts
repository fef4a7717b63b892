import { initialTransition, transition } from 'xstate';
import type { CampaignMachineInput } from './campaign-context.js';
import { type CampaignMachine, type CampaignMachineEvent, campaignMachineWith } from './campaign-machine.js';
import type { CampaignState } from './campaign-states.js';
import type { CompiledConfiguration } from './configuration.js';
import { type Effect, effectsOf } from './effects.js';
import { type PersistedCampaign, persist } from './persistence.js';

const machines = new WeakMap<CompiledConfiguration, CampaignMachine>();
const bare = campaignMachineWith();

/** The campaign machine for a configuration, built once per compiled configuration. */
export function machineFor(config: CompiledConfiguration | undefined): CampaignMachine {
  if (!config) return bare;
  let machine = machines.get(config);
  if (!machine) {
    machine = campaignMachineWith(config.readiness);
    machines.set(config, machine);
  }
  return machine;
}

const stored = persist;

/** The campaign's first snapshot, and the effects entering it names. */
export function initialCampaign(machine: CampaignMachine, input: CampaignMachineInput) {
  const [snapshot, actions] = initialTransition(machine, input);
  return { campaign: stored(snapshot), effects: effectsOf(actions) };
}

/** One event through the campaign machine as a pure transition; `accepted` is false when no transition takes it. */
export function stepCampaign(
  machine: CampaignMachine,
  persisted: PersistedCampaign,
  event: CampaignMachineEvent,
): { accepted: boolean; campaign: PersistedCampaign; state: CampaignState; effects: Effect[] } {
  const current = machine.resolveState({
    value: persisted.snapshot.value,
    context: persisted.snapshot.context,
  });
  const [next, actions] = transition(machine, current, event);
  if (next === current)
    return { accepted: false, campaign: persisted, state: persisted.snapshot.value, effects: [] };
  return {
    accepted: true,
    campaign: stored(next),
    state: next.value as CampaignState,
    effects: effectsOf(actions),
  };
}
