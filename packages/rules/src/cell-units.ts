// The units a board cell counts under, kept by reference counts so that recording, withdrawing and re-assigning move
// one cell's counts in constant time. A cell counts once under each unit named for it: the unit an observation names
// (else the site's unit), and the lead and co-lead units of the problems handed over there.

/** Units with how many records name each, in the order first named. */
export interface UnitRefs {
  ids: string[];
  counts: number[];
}

/** Adds one reference; true when the unit was not named before. */
export function addRef(refs: UnitRefs, unit: string): boolean {
  const i = refs.ids.indexOf(unit);
  if (i >= 0) {
    refs.counts[i]! += 1;
    return refs.counts[i] === 1;
  }
  refs.ids.push(unit);
  refs.counts.push(1);
  return true;
}

/** Takes one reference back; true when the unit is no longer named. */
export function dropRef(refs: UnitRefs, unit: string): boolean {
  const i = refs.ids.indexOf(unit);
  if (i < 0 || refs.counts[i] === 0) return false;
  refs.counts[i]! -= 1;
  return refs.counts[i] === 0;
}

/** What a cell knows of the units it counts under. */
export interface CellUnits {
  /** The site's unit (or the unit observed, for a unit scope): answerable where an observation names none. */
  readonly siteUnit: string | undefined;
  /** Observations recorded at the cell that name no unit. */
  defaultRefs: number;
  /** Units observations recorded at the cell name. */
  named: UnitRefs | undefined;
  /** Per recorded observation (parallel to its ids), the unit it names; kept once any names one. */
  entryUnits: (string | undefined)[] | undefined;
  /** Lead and co-lead units of the problems handed over at the cell (shared with the board's index). */
  handed: UnitRefs | undefined;
}

/** Whether the cell counts under its site's unit alone (or under none): the common case, with nothing to allocate. */
export function onlySiteUnit(cell: CellUnits): boolean {
  return cell.named === undefined && (cell.handed === undefined || cell.handed.ids.length === 0);
}

/** The units a cell counts under, each once: the site's unit first where an observation names none. */
export function membersOf(cell: CellUnits): string[] {
  const out: string[] = [];
  if (cell.siteUnit !== undefined && cell.defaultRefs > 0) out.push(cell.siteUnit);
  for (const refs of [cell.named, cell.handed]) {
    if (!refs) continue;
    refs.ids.forEach((id, i) => {
      if (refs.counts[i]! > 0 && !out.includes(id)) out.push(id);
    });
  }
  return out;
}
