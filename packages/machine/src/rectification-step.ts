import type { Rectification } from '@chuangwen/model';
import { initialTransition, transition } from 'xstate';
import { type Effect, effectsOf } from './effects.js';
import type { RectificationInput } from './rectification-machine.js';
import {
  type RectificationMachineEvent,
  rectificationMachine,
  rectificationOf,
  rectificationSnapshotOf,
} from './rectification-machine.js';

/**
 * One event through a rectification's machine as a pure transition: a report opens a new record, any other event
 * moves an existing one. `accepted` is false when the machine has no transition for it (a second report of the same
 * id, an event the state does not allow, a closure without evidence or by the rectifier).
 */
export function stepRectification(
  record: Rectification | undefined,
  event: RectificationMachineEvent,
): { accepted: true; record: Rectification; effects: Effect[] } | { accepted: false } {
  if (event.type === 'rectification.reported') {
    if (record) return { accepted: false };
    const [snapshot, actions] = initialTransition(rectificationMachine, event as RectificationInput);
    return { accepted: true, record: rectificationOf(snapshot), effects: effectsOf(actions) };
  }
  if (!record) return { accepted: false };
  const current = rectificationSnapshotOf(record);
  const [next, actions] = transition(rectificationMachine, current, event);
  if (next === current) return { accepted: false };
  return { accepted: true, record: rectificationOf(next), effects: effectsOf(actions) };
}
