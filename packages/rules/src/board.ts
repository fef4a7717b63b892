import type { FrameworkEdition, LocatedStandard } from '@chuangwen/checklists';
import { effectivePoints, listStandards } from '@chuangwen/checklists';
import type { Observation, Rectification, Scope, Site, TaskAssignment } from '@chuangwen/model';
import { type Classification, type ComplianceClass, worseClass } from './classes.js';
import { type Closure, classify } from './classify.js';
import { type ClassificationPolicy, DEFAULT_POLICY } from './policy.js';

/** How many standards (or cells) are in each class. */
export type ClassCounts = Record<ComplianceClass, number>;

/** A key for a scope: `site:<id>`, `unit:<id>` or `jurisdiction`. */
export function scopeKey(scope: Scope): string {
  switch (scope.kind) {
    case 'site':
      return `site:${scope.siteId}`;
    case 'siteType':
      return `siteType:${scope.siteType}`;
    case 'unit':
      return `unit:${scope.unitId}`;
    case 'jurisdiction':
      return 'jurisdiction';
  }
}

const zero = (): ClassCounts => ({ compliant: 0, nonCompliant: 0, undetermined: 0, reboundProne: 0 });

/** One standard across all its scopes: the rolled-up class, and each scope's classification. */
export interface StandardStatus {
  code: string;
  itemCode: string;
  class: ComplianceClass;
  /** Classifications by scope key; empty when the standard has no observations at all. */
  scopes: Record<string, Classification>;
  counts: ClassCounts;
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
  /** Scope classifications counted by the unit responsible for the scope (a site's unit, or the unit observed). */
  units: Record<string, ClassCounts>;
  totals: ClassCounts;
  /** Observations whose standard code is not in the framework; they are kept out of the board. */
  unknownStandardObservations: string[];
  /** Findings that cite no standard, only an area (as notices file them); they count in the ledger, not the board. */
  areaFindings: string[];
}

/** What a board is built from. */
export interface BoardOptions {
  framework: FrameworkEdition;
  asOf: string;
  policy?: ClassificationPolicy;
  /** Sites, to count site classifications under their responsible unit. */
  sites?: readonly Site[];
  /** Task assignments, whose lead units own each standard's follow-up work. */
  tasks?: readonly TaskAssignment[];
  /** Rectifications; closed ones are the closures a relapse is measured from. */
  rectifications?: readonly Rectification[];
}

interface Cell {
  scope: Scope;
  observations: Observation[];
  result?: Classification;
}

/**
 * The four-way board over a whole framework. Feed it observations one at a time with {@link ComplianceBoard.record}:
 * it re-classifies only the standard and scope an observation touches, and the roll-ups above them. Moving the moment
 * of judgement with {@link ComplianceBoard.at} re-classifies everything, since evidence expires with time.
 */
export class ComplianceBoard {
  private asOf: string;
  private readonly policy: ClassificationPolicy;
  private readonly located = new Map<string, LocatedStandard>();
  private readonly cells = new Map<string, Map<string, Cell>>();
  private readonly leads = new Map<string, string[]>();
  private readonly closures = new Map<string, Closure[]>();
  private readonly siteUnits = new Map<string, string>();
  private readonly statuses = new Map<string, StandardStatus>();
  private readonly unknown: string[] = [];
  private readonly areaOnly: string[] = [];
  private readonly points: Map<string, number | null>;
  private readonly siteTypes = new Map<string, string>();
  private readonly itemStandards = new Map<string, string[]>();

  constructor(options: BoardOptions) {
    this.asOf = options.asOf;
    this.policy = options.policy ?? DEFAULT_POLICY;
    this.points = effectivePoints(options.framework);
    for (const l of listStandards(options.framework)) {
      this.located.set(l.standard.code, l);
      const list = this.itemStandards.get(l.item.code) ?? [];
      list.push(l.standard.code);
      this.itemStandards.set(l.item.code, list);
    }
    for (const site of options.sites ?? []) {
      this.siteUnits.set(site.id, site.unitId);
      this.siteTypes.set(site.id, site.siteType);
    }
    for (const task of options.tasks ?? []) {
      for (const code of task.standardRefs) {
        const list = this.leads.get(code) ?? [];
        for (const unit of task.leadUnitIds) if (!list.includes(unit)) list.push(unit);
        this.leads.set(code, list);
      }
    }
    for (const r of options.rectifications ?? []) this.addClosure(r);
    for (const code of this.located.keys()) this.refreshStandard(code);
  }

  /** Adds one observation and re-classifies what it touches; returns the codes of standards whose class changed. */
  record(observation: Observation): string[] {
    return this.recordAll([observation]);
  }

  /** Adds many observations, re-classifying each touched cell once; returns the codes of standards whose class changed. */
  recordAll(observations: readonly Observation[]): string[] {
    const touched = new Map<string, Set<string>>();
    for (const observation of observations) {
      const code = observation.standardRef;
      if (code === undefined) {
        this.areaOnly.push(observation.id);
        continue;
      }
      if (!this.located.has(code)) {
        this.unknown.push(observation.id);
        continue;
      }
      const key = scopeKey(observation.scope);
      let byScope = this.cells.get(code);
      if (!byScope) {
        byScope = new Map();
        this.cells.set(code, byScope);
      }
      let cell = byScope.get(key);
      if (!cell) {
        cell = { scope: observation.scope, observations: [] };
        byScope.set(key, cell);
      }
      cell.observations.push(observation);
      let keys = touched.get(code);
      if (!keys) {
        keys = new Set();
        touched.set(code, keys);
      }
      keys.add(key);
    }
    const changed: string[] = [];
    for (const [code, keys] of touched) {
      const before = this.statuses.get(code)!.class;
      const byScope = this.cells.get(code)!;
      for (const key of keys) this.classifyCell(code, key, byScope.get(key)!);
      this.refreshStandard(code);
      if (before !== this.statuses.get(code)!.class) changed.push(code);
    }
    return changed;
  }

  /** Records a rectification; a closed one becomes a closure that later failures at its scope count as relapse against. */
  recordRectification(rectification: Rectification): string[] {
    const code = rectification.standardRef;
    if (code === undefined || !this.addClosure(rectification)) return [];
    const byScope = this.cells.get(code);
    const cell = byScope?.get(scopeKey(rectification.scope));
    if (!cell || !this.located.has(code)) return [];
    const before = this.statuses.get(code)!.class;
    this.classifyCell(code, scopeKey(rectification.scope), cell);
    this.refreshStandard(code);
    return before === this.statuses.get(code)!.class ? [] : [code];
  }

  /** Moves the moment of judgement and re-classifies every cell. */
  at(asOf: string): this {
    this.asOf = asOf;
    for (const [code, byScope] of this.cells) {
      for (const [key, cell] of byScope) this.classifyCell(code, key, cell);
      this.refreshStandard(code);
    }
    return this;
  }

  /** The status of one standard, or undefined for a code not in the framework. */
  standard(code: string): StandardStatus | undefined {
    return this.statuses.get(code);
  }

  /** The board as plain data. */
  snapshot(): BoardSnapshot {
    const standards: Record<string, StandardStatus> = {};
    const items: Record<string, ItemStatus> = {};
    const units: Record<string, ClassCounts> = {};
    const totals = zero();
    for (const [itemCode, codes] of this.itemStandards) {
      const item: ItemStatus = { code: itemCode, class: 'compliant', counts: zero() };
      for (const code of codes) {
        const status = this.statuses.get(code)!;
        standards[code] = status;
        item.counts[status.class] += 1;
        totals[status.class] += 1;
        item.class = worseClass(item.class, status.class);
        for (const [key, result] of Object.entries(status.scopes)) {
          const unit = this.unitOf(key);
          if (unit === undefined) continue;
          units[unit] ??= zero();
          units[unit][result.class] += 1;
        }
      }
      items[itemCode] = item;
    }
    return {
      asOf: this.asOf,
      standards,
      items,
      units,
      totals,
      unknownStandardObservations: [...this.unknown],
      areaFindings: [...this.areaOnly],
    };
  }

  private unitOf(key: string): string | undefined {
    if (key.startsWith('site:')) return this.siteUnits.get(key.slice(5));
    if (key.startsWith('unit:')) return key.slice(5);
    return undefined;
  }

  private addClosure(r: Rectification): boolean {
    if (r.status !== 'closed' || r.closedAt === undefined || r.standardRef === undefined) return false;
    const key = `${r.standardRef}|${scopeKey(r.scope)}`;
    const list = this.closures.get(key) ?? [];
    list.push({ id: r.id, closedAt: r.closedAt });
    this.closures.set(key, list);
    return true;
  }

  private classifyCell(code: string, key: string, cell: Cell): void {
    const located = this.located.get(code)!;
    const site = cell.scope.kind === 'site' ? cell.scope.siteId : undefined;
    const siteType = site !== undefined ? this.siteTypes.get(site) : undefined;
    const own = this.unitOf(key);
    const leads = this.leads.get(code) ?? [];
    cell.result = classify({
      standard: located.standard,
      observations: cell.observations,
      asOf: this.asOf,
      policy: this.policy,
      closures: this.closures.get(`${code}|${key}`) ?? [],
      responsibleUnitIds: own === undefined || leads.includes(own) ? leads : [own, ...leads],
      maxPoints: this.points.get(code) ?? null,
      ...(siteType === undefined ? {} : { siteType }),
    });
  }

  private refreshStandard(code: string): void {
    const located = this.located.get(code)!;
    const scopes: Record<string, Classification> = {};
    const counts = zero();
    let rolled: ComplianceClass | undefined;
    for (const [key, cell] of this.cells.get(code) ?? []) {
      scopes[key] = cell.result!;
      counts[cell.result!.class] += 1;
      rolled = rolled === undefined ? cell.result!.class : worseClass(rolled, cell.result!.class);
    }
    this.statuses.set(code, {
      code,
      itemCode: located.item.code,
      class: rolled ?? 'undetermined',
      scopes,
      counts,
    });
  }
}

/** Classifies every standard of a framework from a set of observations at once. */
export function classifyAll(options: BoardOptions & { observations: readonly Observation[] }): BoardSnapshot {
  const board = new ComplianceBoard(options);
  board.recordAll(options.observations);
  return board.snapshot();
}

/** The class names in roll-up order, worst first. */
export const CLASSES_WORST_FIRST: readonly ComplianceClass[] = [
  'nonCompliant',
  'undetermined',
  'reboundProne',
  'compliant',
];
