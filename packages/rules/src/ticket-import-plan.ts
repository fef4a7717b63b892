import type { LedgerMove } from './ledger-moves.js';
import type { AdaptedProblem, TicketLedger } from './ticket-ledger.js';

/** What importing a ticket export would change in the ledger. */
export interface TicketImportPlan {
  /** Problems new to the ledger, with all their moves. */
  create: AdaptedProblem[];
  /** Problems already in the ledger that have moved on since: only the moves not applied yet, in order. */
  advance: { problem: AdaptedProblem; moves: LedgerMove[] }[];
  /** Ids of problems already in the ledger with nothing new. */
  unchanged: string[];
}

/**
 * Recognises tickets already imported: `applied` gives, for a problem id the ledger already holds, the keys of the
 * moves already applied to it (undefined for a problem it does not hold). A ticket imported again with no new step
 * changes nothing; one whose history grew brings only its new moves. Pure.
 */
export function planTicketImport(
  ledger: TicketLedger,
  applied: (problemId: string) => Iterable<string> | undefined,
): TicketImportPlan {
  const plan: TicketImportPlan = { create: [], advance: [], unchanged: [] };
  for (const problem of ledger.problems) {
    const id = problem.rectification.id;
    const known = applied(id);
    if (known === undefined) {
      plan.create.push(problem);
      continue;
    }
    const done = new Set(known);
    const moves = problem.moves.filter((m) => !done.has(m.key));
    if (moves.length === 0) plan.unchanged.push(id);
    else plan.advance.push({ problem, moves });
  }
  return plan;
}
