import type { ComplianceClass } from './classes.js';

/** How many standards (or cells) are in each class. */
export type ClassCounts = Record<ComplianceClass, number>;

/** No standards in any class. */
export const zeroCounts = (): ClassCounts => ({
  compliant: 0,
  nonCompliant: 0,
  undetermined: 0,
  reboundProne: 0,
});

/** The class names in roll-up order, worst first. */
export const CLASSES_WORST_FIRST: readonly ComplianceClass[] = Object.freeze([
  'nonCompliant',
  'undetermined',
  'reboundProne',
  'compliant',
]);

/** The worst class present in the counts, or `empty` when nothing is counted. */
export function worstOf(counts: ClassCounts, empty: ComplianceClass): ComplianceClass {
  for (const c of CLASSES_WORST_FIRST) if (counts[c] > 0) return c;
  return empty;
}

/** Moves one from class `from` to class `to` (either may be absent: a cell appearing or going). */
export function moveCount(
  counts: ClassCounts,
  from: ComplianceClass | undefined,
  to: ComplianceClass | undefined,
): void {
  if (from !== undefined) counts[from] -= 1;
  if (to !== undefined) counts[to] += 1;
}
