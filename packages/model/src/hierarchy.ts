import type { Unit } from './units.js';

/** The unit hierarchy of a campaign (上下联创): parents, children and ancestors, built once from the unit list. */
export interface UnitHierarchy {
  /** The unit's parent, or undefined for a top unit or an unknown id. */
  parentOf(unitId: string): string | undefined;
  /** The unit's children, in the order the units were listed. */
  childrenOf(unitId: string): readonly string[];
  /** The unit's ancestors, nearest first; a cycle is cut where it closes. */
  ancestorsOf(unitId: string): string[];
  /** Units with no (known) parent, in the order listed. */
  roots(): readonly string[];
}

/** Builds the hierarchy of a unit list. Unknown parents count as none; a cycle never loops. */
export function unitHierarchy(units: readonly Pick<Unit, 'id' | 'parentId'>[]): UnitHierarchy {
  const parent = new Map<string, string>();
  const children = new Map<string, string[]>();
  const ids = new Set(units.map((u) => u.id));
  const roots: string[] = [];
  for (const u of units) {
    if (u.parentId !== undefined && ids.has(u.parentId) && u.parentId !== u.id) {
      parent.set(u.id, u.parentId);
      const list = children.get(u.parentId);
      if (list) list.push(u.id);
      else children.set(u.parentId, [u.id]);
    } else roots.push(u.id);
  }
  return {
    parentOf: (id) => parent.get(id),
    childrenOf: (id) => children.get(id) ?? [],
    ancestorsOf(id) {
      const out: string[] = [];
      const seen = new Set([id]);
      for (let p = parent.get(id); p !== undefined && !seen.has(p); p = parent.get(p)) {
        out.push(p);
        seen.add(p);
      }
      return out;
    },
    roots: () => roots,
  };
}

/**
 * Rolls values up the hierarchy: each unit's total is its own value plus every descendant's, so a district's report
 * includes its streets' and a street's its communities'. `add` combines two values; units without a value count as
 * `zero()`. Returns totals for every unit that has a value or a descendant with one.
 */
export function rollUp<T>(
  own: ReadonlyMap<string, T>,
  hierarchy: UnitHierarchy,
  add: (total: T, value: T) => T,
  zero: () => T,
): Map<string, T> {
  const totals = new Map<string, T>();
  for (const [unitId, value] of own) {
    for (const target of [unitId, ...hierarchy.ancestorsOf(unitId)]) {
      totals.set(target, add(totals.get(target) ?? zero(), value));
    }
  }
  return totals;
}
