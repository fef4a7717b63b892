import { createActor, transition } from 'xstate';
import type { LedgerEntry } from './campaign-context.js';
import type { RectificationEvent } from './events.js';
import { type RectificationContext, rectificationMachine } from './rectification-machine.js';

function snapshotOf(entry: LedgerEntry) {
  return rectificationMachine.resolveState({ value: entry.status, context: entry.context });
}

/** Whether the ledger accepts a rectification event: a report with a new id, or an event its entry's state allows. */
export function ledgerAccepts(
  ledger: Readonly<Record<string, LedgerEntry>>,
  event: RectificationEvent,
): boolean {
  const entry = Object.hasOwn(ledger, event.rectificationId) ? ledger[event.rectificationId] : undefined;
  if (event.type === 'rectification.reported') return entry === undefined;
  if (!entry) return false;
  return snapshotOf(entry).can(event);
}

/**
 * The ledger after a rectification event, computed with the rectification machine as a pure transition. Returns the
 * same ledger when the event is not accepted. Side-effect actions of the entry machine are not run here; the
 * campaign machine names them for hosts.
 */
export function applyToLedger(
  ledger: Readonly<Record<string, LedgerEntry>>,
  event: RectificationEvent,
): Record<string, LedgerEntry> {
  if (!ledgerAccepts(ledger, event)) return ledger as Record<string, LedgerEntry>;
  if (event.type === 'rectification.reported') {
    const snapshot = createActor(rectificationMachine, { input: event }).getSnapshot();
    return { ...ledger, [event.rectificationId]: { status: snapshot.value, context: snapshot.context } };
  }
  const entry = ledger[event.rectificationId]!;
  const [next] = transition(rectificationMachine, snapshotOf(entry), event);
  return {
    ...ledger,
    [event.rectificationId]: { status: next.value, context: next.context as RectificationContext },
  };
}
