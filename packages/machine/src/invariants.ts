import { PHASES, type Rectification, type ValidationIssue } from '@chuangwen/model';
import { issueAt } from '@chuangwen/model/internal';
import type { PhaseHistoryEntry } from './campaign-context.js';
import type { CampaignState } from './campaign-states.js';
import { say } from './record-messages.js';

const next = (phase: CampaignState): CampaignState | undefined =>
  phase === 'closed' ? undefined : ([...PHASES, 'closed'] as const)[PHASES.indexOf(phase) + 1];
const LOOPS_FROM = new Set<CampaignState>(['finalSprint', 'inspectionReadiness', 'summaryEvaluation']);

/** Whether one history entry may follow another along the campaign machine's transitions. */
function legalMove(from: PhaseHistoryEntry, to: PhaseHistoryEntry): boolean {
  switch (to.via) {
    case 'advance':
    case 'force':
      return (
        next(from.phase) === to.phase &&
        to.cycle === from.cycle &&
        (to.via === 'advance' || to.forced !== undefined)
      );
    case 'loop':
      return to.phase === 'specialRectification' && LOOPS_FROM.has(from.phase) && to.cycle === from.cycle;
    case 'cycle':
      return from.phase === 'closed' && to.phase === 'mobilization' && to.cycle === from.cycle + 1;
    case 'start':
      return false;
  }
}

/** The campaign's invariants: the history starts with mobilization, moves only along transitions, and ends where the state is. */
export function checkHistory(snapshot: {
  value: CampaignState;
  context: { cycle: number; history: readonly PhaseHistoryEntry[] };
}): ValidationIssue[] {
  const { history } = snapshot.context;
  const out: ValidationIssue[] = [];
  const first = history[0];
  if (first?.via !== 'start' || first.phase !== 'mobilization' || first.cycle !== 1)
    out.push(issueAt(['context', 'history', 0], 'invalid_history', say('historyStart')));
  for (let i = 1; i < history.length; i++) {
    if (!legalMove(history[i - 1]!, history[i]!))
      out.push(issueAt(['context', 'history', i], 'phase_skipped', say('phaseSkipped', { change: i })));
  }
  const last = history[history.length - 1];
  if (last && (last.phase !== snapshot.value || last.cycle !== snapshot.context.cycle))
    out.push(issueAt(['value'], 'invalid_state', say('stateNotLast')));
  return out;
}

/** A rectification's invariants, as its machine keeps them. */
export function checkRectification(r: Rectification): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const handedOver = ['assigned', 'rectifying', 'submitted', 'returned'].includes(r.status);
  // The record's own hand-overs always set a deadline; a paper ledger's may have none, but never lacks the lead unit.
  if (handedOver && r.leadUnitId === undefined)
    out.push(issueAt(['leadUnitId'], 'invalid_state', say('leadUnitMissing')));
  // A closure the record makes needs evidence and a reviewer (the machine's guards see to it); a closed problem from an
  // office's paper ledger may name neither. What must hold for both: nobody reviews their own fix.
  if (r.status === 'closed' && r.reviewerId !== undefined && r.reviewerId === r.rectifiedById)
    out.push(issueAt(['reviewerId'], 'invalid_state', say('ownReview')));
  if (r.status === 'escalated' && r.escalatedTo === undefined)
    out.push(issueAt(['escalatedTo'], 'invalid_state', say('escalatedNowhere')));
  if (r.standardRef === undefined && r.area === undefined)
    out.push(issueAt(['area'], 'missing_standard_or_area', say('standardOrArea')));
  return out;
}
