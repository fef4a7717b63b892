import type { Blocker } from '@chuangwen/rules';
import type { CampaignState } from './campaign-states.js';

/**
 * The side effects the machines name, with what each carries, for the host to carry out after it has stored the
 * event: notifications and reminders. The machines only name them; they never run anything themselves.
 */
export interface EffectParams {
  /** The campaign entered a phase (or closed). */
  notifyPhaseEntered: { state: CampaignState; cycle: number };
  /** A phase move was refused, with every blocker. */
  notifyRefusal: { blockers: Blocker[] };
  /**
   * A problem was handed over, re-dispatched or given more time: remind its lead unit before the deadline (the last
   * day, and the instant for a limit in hours).
   */
  scheduleDeadlineReminder: { rectificationId: string; leadUnitId: string; deadline: string; dueAt?: string };
  /** A problem was escalated beyond the campaign's power. */
  notifyEscalation: { rectificationId: string; to: string };
}

/** The name of a side effect. */
export type EffectName = keyof EffectParams;
/** A side effect with its parameters. */
export type Effect = { [K in EffectName]: { type: K; params: EffectParams[K] } }[EffectName];

/** The named stubs both machines are set up with: they do nothing until a host provides them. */
export const EFFECT_STUBS: { readonly [K in EffectName]: () => void } = {
  notifyPhaseEntered: () => {},
  notifyRefusal: () => {},
  scheduleDeadlineReminder: () => {},
  notifyEscalation: () => {},
};

/** Every effect name, from the stubs the machines are set up with. */
export const EFFECT_NAMES = Object.keys(EFFECT_STUBS) as EffectName[];

const NAMES = new Set<string>(EFFECT_NAMES);

/** The effects among the actions a transition would run, with their parameters. */
export function effectsOf(actions: readonly { type: string; params?: unknown }[]): Effect[] {
  const out: Effect[] = [];
  for (const action of actions) {
    if (!NAMES.has(action.type)) continue;
    // A deadline the calendar could not give (the machine run without one) has nothing to remind of yet.
    const params = action.params as { deadline?: unknown } | undefined;
    if (action.type === 'scheduleDeadlineReminder' && params?.deadline === undefined) continue;
    out.push({ type: action.type, params: action.params } as Effect);
  }
  return out;
}
