import type { Scope } from '@chuangwen/model';
import type { ClassCounts } from './class-counts.js';
import type { ComplianceClass } from './classes.js';

/** One standard across all its scopes: the rolled-up class, how many cells are in each class, and each cell's class. */
export interface StandardStatus {
  code: string;
  itemCode: string;
  /** The worst class of its cells; 未知可否达标 when nothing is recorded. */
  class: ComplianceClass;
  counts: ClassCounts;
  /** Each cell's class by scope key; reasons and actions come from `ComplianceBoard.explain`. */
  scopes: Record<string, ComplianceClass>;
}

/** One major item: the worst class of its standards and how many are in each class. */
export interface ItemStatus {
  code: string;
  class: ComplianceClass;
  counts: ClassCounts;
}

/** The whole board at a moment, as plain data. */
export interface BoardSnapshot {
  asOf: string;
  standards: Record<string, StandardStatus>;
  items: Record<string, ItemStatus>;
  /**
   * Cells counted by the units answerable for them, once per unit named: the unit each observation names (else the
   * site's unit, or the unit observed), and the lead and co-lead units of the problems handed over there.
   */
  units: Record<string, ClassCounts>;
  /** The same counts rolled up the unit hierarchy: each unit with its descendants, a cell once however many name it. */
  unitTotals: Record<string, ClassCounts>;
  /** Standards in each class. */
  totals: ClassCounts;
  /** Observations whose standard code is not in the framework; they are kept out of the board. */
  unknownStandardObservations: string[];
  /** Findings that cite no standard, only an area (as notices file them); they count in the ledger, not the board. */
  areaFindings: string[];
}

/** A cell about to lapse into 未知可否达标: re-inspect it by `recheckBy` to keep the evidence it has earned. */
export interface ReinspectionDue {
  standardRef: string;
  itemCode: string;
  scopeKey: string;
  scope: Scope;
  /**
   * The unit answerable for the place: the unit the observations there name, else the site's responsible unit (or the
   * unit a unit-wide finding names); the first of `responsibleUnitIds` where several are.
   */
  responsibleUnitId?: string;
  /** Every unit answerable for the place, where there are several (co-leads, or units named by different findings). */
  responsibleUnitIds?: string[];
  /** Its class now. */
  class: ComplianceClass;
  /** The last instant its current evidence counts. */
  validUntil: string;
  /** The last day (Asia/Shanghai) to re-inspect. */
  recheckBy: string;
}

/** The board's roll-ups without its cells: what a view shows at every read. */
export interface BoardSummary
  extends Pick<BoardSnapshot, 'asOf' | 'items' | 'units' | 'unitTotals' | 'totals'> {
  standards: Record<string, Omit<StandardStatus, 'scopes'>>;
}
