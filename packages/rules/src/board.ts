import type { FrameworkEdition, LocatedStandard } from '@chuangwen/checklists';
import { effectivePoints, listStandards } from '@chuangwen/checklists';
import {
  leadUnitsOf,
  type Observation,
  type Rectification,
  type Scope,
  type Site,
  type TaskAssignment,
  type Unit,
  unitHierarchy,
} from '@chuangwen/model';
import { inOneLine } from '@chuangwen/model/internal';
import type {
  BoardSnapshot,
  BoardSummary,
  ItemStatus,
  ReinspectionDue,
  StandardStatus,
} from './board-types.js';
import {
  addEntry,
  type CellHistory,
  type CellRules,
  type CellState,
  cellRules,
  judgeCell,
  removeEntry,
} from './cell-history.js';
import { judgedEntry } from './cell-index.js';
import { addRef, type CellUnits, dropRef, membersOf, onlySiteUnit, type UnitRefs } from './cell-units.js';
import { type ClassCounts, moveCount, worstOf, zeroCounts } from './class-counts.js';
import type { Classification, ComplianceClass } from './classes.js';
import { classify, contextOf } from './classify.js';
import type { JudgementContext } from './judgement.js';
import { say } from './messages.js';
import { type ClassificationPolicy, DEFAULT_POLICY } from './policy.js';
import { scopeKey, scopeOf } from './scope-key.js';
import { DAY_MS, shanghaiDate, toMs } from './time.js';
import { TimeQueue } from './time-queue.js';

/** What a board is built from. */
export interface BoardOptions {
  framework: FrameworkEdition;
  asOf: string;
  policy?: ClassificationPolicy;
  /**
   * Sites: a site's cells count under its responsible unit where an observation names none, and its type (the one of
   * its types the standard is observed at) picks thresholds.
   */
  sites?: readonly (Pick<Site, 'id' | 'responsibleUnitId' | 'siteType'> & {
    otherSiteTypes?: readonly string[] | undefined;
  })[];
  /** Units, to roll unit counts up the hierarchy (a street's include its communities'). */
  units?: readonly Pick<Unit, 'id' | 'parentId'>[];
  /** Task assignments, whose lead units own each standard's follow-up work. */
  tasks?: readonly TaskAssignment[];
  /**
   * Rectifications: closed ones are the closures a relapse is measured from, and the lead and co-lead units of each
   * count the cell it concerns under them.
   */
  rectifications?: readonly Rectification[];
}

interface Cell extends CellHistory, CellUnits {
  readonly code: string;
  readonly key: string;
  readonly context: JudgementContext;
  cls: ComplianceClass | undefined;
  due: number;
  lapse: number;
}

interface StandardState {
  readonly located: LocatedStandard;
  readonly rules: CellRules;
  readonly cells: Map<string, Cell>;
  readonly counts: ClassCounts;
  cls: ComplianceClass;
  readonly contexts: Map<string, JudgementContext>;
}

const NO_CLOSURES: readonly number[] = Object.freeze([]);

/**
 * The four-way board (挂图作战) over a whole framework, for a district. Observations are ingested once into a compact
 * index per standard and scope (instants as numbers, validity resolved, the standard's rule applied once); classes
 * and roll-ups per standard, item, unit (and up the unit hierarchy) are kept current by delta, so recording one
 * observation costs the same on a street of 50 sites as on a district of 5,000. Moving the moment (`at`) re-classifies
 * only the cells whose evidence expired or whose rebound window closed, from a queue; the same queue lists the cells
 * about to lapse into 未知可否达标 (`lapsing`). Reasons and actions are built on demand (`explain`). A cell counts once
 * under each unit named for it, as a notice counts problems: the unit each observation names (else the site's unit),
 * and the lead and co-lead units of problems handed over there.
 */
export class ComplianceBoard {
  private asOfText: string;
  private asOfMs: number;
  private readonly policy: ClassificationPolicy;
  private readonly standards = new Map<string, StandardState>();
  private readonly items = new Map<string, ItemStatus>();
  private readonly totals = zeroCounts();
  private readonly unitCounts = new Map<string, ClassCounts>();
  private readonly rolledCounts = new Map<string, ClassCounts>();
  private readonly ancestors: (unit: string) => readonly string[];
  private readonly siteUnits = new Map<string, string>();
  private readonly siteKeys = new Map<string, string>();
  private readonly unitKeys = new Map<string, string>();
  private readonly siteTypes = new Map<string, string>();
  private readonly otherSiteTypes = new Map<string, readonly string[]>();
  private readonly handed = new Map<string, UnitRefs>();
  private readonly handedBy = new Map<string, { cell: string; units: string[] }>();
  private readonly leads = new Map<string, string[]>();
  private readonly closures = new Map<string, { ids: string[]; at: number[] }>();
  private readonly unknown = new Set<string>();
  private readonly areaOnly = new Set<string>();
  private readonly due = new TimeQueue<Cell>((c) => c.due);
  private readonly lapses = new TimeQueue<Cell>((c) => c.lapse);
  private cellCount = 0;
  private readonly scratch: CellState = { cls: 'undetermined', next: 0, lapse: 0 };

  constructor(options: BoardOptions) {
    this.asOfText = options.asOf;
    this.asOfMs = toMs(options.asOf);
    this.policy = options.policy ?? DEFAULT_POLICY;
    const points = effectivePoints(options.framework);
    for (const located of listStandards(options.framework)) {
      const { standard, item } = located;
      this.standards.set(standard.code, {
        located,
        rules: cellRules(this.policy, standard.kind === 'behaviourOrder'),
        cells: new Map(),
        counts: zeroCounts(),
        cls: 'undetermined',
        contexts: new Map([['', contextOf(standard, this.policy, points.get(standard.code) ?? null)]]),
      });
      const status = this.items.get(item.code) ?? {
        code: item.code,
        class: 'undetermined',
        counts: zeroCounts(),
      };
      status.counts.undetermined += 1;
      this.items.set(item.code, status);
      this.totals.undetermined += 1;
    }
    for (const site of options.sites ?? []) {
      this.siteUnits.set(site.id, site.responsibleUnitId);
      this.siteTypes.set(site.id, site.siteType);
      if (site.otherSiteTypes && site.otherSiteTypes.length > 0)
        this.otherSiteTypes.set(site.id, site.otherSiteTypes);
    }
    const hierarchy = unitHierarchy(options.units ?? []);
    const cache = new Map<string, readonly string[]>();
    this.ancestors = (unit) => {
      let list = cache.get(unit);
      if (!list) {
        list = Object.freeze(hierarchy.ancestorsOf(unit));
        cache.set(unit, list);
      }
      return list;
    };
    for (const task of options.tasks ?? [])
      for (const code of task.standardRefs) {
        const list = this.leads.get(code) ?? [];
        for (const unit of task.leadUnitIds) if (!list.includes(unit)) list.push(unit);
        this.leads.set(code, list);
      }
    for (const r of options.rectifications ?? []) {
      this.setClosure(r);
      this.setHanded(r);
    }
  }

  /** The moment the board judges at. */
  get asOf(): string {
    return this.asOfText;
  }

  /** Records one observation; returns the codes of standards whose class changed. Recording an id twice does nothing. */
  record(observation: Observation): string[] {
    return this.recordAll([observation]);
  }

  /** Records many observations; returns the codes of standards whose class changed. */
  recordAll(observations: readonly Observation[]): string[] {
    const changed = new Set<string>();
    for (const o of observations) {
      const code = o.standardRef;
      if (code === undefined) {
        this.areaOnly.add(o.id);
        continue;
      }
      const st = this.standards.get(code);
      if (!st) {
        this.unknown.add(o.id);
        continue;
      }
      const cell = this.cellFor(st, o.scope);
      const at = toMs(o.observedAt);
      const judged = judgedEntry(o, st.located.standard.scoring, cell.context);
      if (!addEntry(cell, o.id, at, at + this.policy.validityDays[o.method] * DAY_MS, judged)) continue;
      this.name(cell, o.responsibleUnitId);
      if (this.refresh(st, cell)) changed.add(code);
    }
    this.due.compact(this.cellCount);
    this.lapses.compact(this.cellCount);
    return [...changed];
  }

  /** Takes back an observation recorded before (withdrawn, or superseded by a correction); returns changed codes. */
  withdraw(observation: Pick<Observation, 'id' | 'standardRef' | 'scope'>): string[] {
    this.unknown.delete(observation.id);
    this.areaOnly.delete(observation.id);
    const st =
      observation.standardRef === undefined ? undefined : this.standards.get(observation.standardRef);
    const cell = st?.cells.get(scopeKey(observation.scope));
    const at = cell ? cell.ids.indexOf(observation.id) : -1;
    if (!st || !cell || at < 0) return [];
    const unit = cell.entryUnits?.[at];
    removeEntry(cell, observation.id);
    cell.entryUnits?.splice(at, 1);
    this.unname(cell, unit);
    if (cell.ids.length > 0) return this.refresh(st, cell) ? [st.located.standard.code] : [];
    st.cells.delete(cell.key);
    this.cellCount -= 1;
    this.setClass(st, cell, undefined);
    cell.due = Number.POSITIVE_INFINITY;
    cell.lapse = Number.POSITIVE_INFINITY;
    return this.restandard(st) ? [st.located.standard.code] : [];
  }

  /**
   * Records a rectification as it stands now (feed every change): its lead and co-lead units count its cell under
   * them; a closed one is a closure a later failure at its scope counts as relapse against; once it is reopened, it no
   * longer is.
   */
  recordRectification(r: Rectification): string[] {
    this.setHanded(r);
    if (!this.setClosure(r)) return [];
    const st = this.standards.get(r.standardRef!);
    const cell = st?.cells.get(scopeKey(r.scope));
    return st && cell && this.refresh(st, cell) ? [r.standardRef!] : [];
  }

  /**
   * Moves the moment of judgement. Later: only cells with something due (evidence expiring, a failure leaving the
   * rebound window, evidence dated later coming into force) are re-classified. Earlier: every cell is.
   */
  at(asOf: string): this {
    const ms = toMs(asOf);
    const forward = ms >= this.asOfMs;
    this.asOfText = asOf;
    this.asOfMs = ms;
    if (forward) for (const cell of this.due.takeDue(ms)) this.refresh(this.standards.get(cell.code)!, cell);
    else
      for (const st of this.standards.values()) for (const cell of st.cells.values()) this.refresh(st, cell);
    this.due.compact(this.cellCount);
    this.lapses.compact(this.cellCount);
    return this;
  }

  /**
   * The re-inspection schedule (复查计划): cells that lapse into 未知可否达标 within `days` if nothing new is recorded,
   * soonest first, with the last day their evidence counts.
   */
  lapsing(days: number): ReinspectionDue[] {
    const limit = this.asOfMs + days * DAY_MS;
    return this.lapses
      .dueBy(limit)
      .filter(
        (c) =>
          c.cls !== undefined &&
          c.cls !== 'undetermined' &&
          this.standards.get(c.code)!.cells.get(c.key) === c,
      )
      .sort(
        (a, b) => a.lapse - b.lapse || (a.code < b.code ? -1 : a.code > b.code ? 1 : a.key < b.key ? -1 : 1),
      )
      .map((c) => ({
        standardRef: c.code,
        itemCode: this.standards.get(c.code)!.located.item.code,
        scopeKey: c.key,
        scope: scopeOf(c.key),
        ...this.answerable(c),
        class: c.cls!,
        validUntil: new Date(c.lapse - 1).toISOString(),
        recheckBy: shanghaiDate(c.lapse - 1),
      }));
  }

  /** The class of one cell, or undefined where nothing is recorded. */
  cellClass(code: string, key: string): ComplianceClass | undefined {
    return this.standards.get(code)?.cells.get(key)?.cls;
  }

  /** The ids of the observations a cell holds (in force, in the order recorded); empty where nothing is recorded. */
  cellObservationIds(code: string, key: string): readonly string[] {
    return this.standards.get(code)?.cells.get(key)?.ids ?? [];
  }

  /**
   * The full classification of one cell, with reasons and actions, built now from the observations `lookup` returns
   * by id (the host's evidence store). It always agrees with the cell's class on the board.
   */
  explain(
    code: string,
    key: string,
    lookup: (id: string) => Observation | undefined,
  ): Classification | undefined {
    const st = this.standards.get(code);
    const cell = st?.cells.get(key);
    if (!st || !cell) return undefined;
    const observations = cell.ids.map((id) => {
      const o = lookup(id);
      if (!o) throw new RangeError(inOneLine(say('observationNotFound', { id })));
      return o;
    });
    const closures = this.closures.get(`${code}|${key}`);
    const scope = scopeOf(key);
    const siteType =
      scope.kind === 'site' ? this.siteTypeFor(scope.siteId, st.located.standard.siteTypes) : undefined;
    return classify({
      standard: st.located.standard,
      observations,
      asOf: this.asOfText,
      policy: this.policy,
      closures: closures
        ? closures.ids.map((id, i) => ({ id, closedAt: new Date(closures.at[i]!).toISOString() }))
        : [],
      responsibleUnitIds: this.responsible(code, membersOf(cell)),
      maxPoints: cell.context.maxPoints,
      ...(siteType === undefined ? {} : { siteType }),
    });
  }

  /** The status of one standard, with each cell's class, or undefined for a code not in the framework. */
  standard(code: string): StandardStatus | undefined {
    const st = this.standards.get(code);
    if (!st) return undefined;
    const scopes: Record<string, ComplianceClass> = {};
    for (const [key, cell] of st.cells) scopes[key] = cell.cls!;
    return { code, itemCode: st.located.item.code, class: st.cls, counts: { ...st.counts }, scopes };
  }

  /**
   * The board's roll-ups without its cells: totals, items, units (and up the hierarchy), and each standard's class and
   * counts. What a view shows at every read; its cost grows with standards and units, never with sites or observations.
   */
  summary(): BoardSummary {
    const standards: BoardSummary['standards'] = {};
    for (const [code, st] of this.standards)
      standards[code] = { code, itemCode: st.located.item.code, class: st.cls, counts: { ...st.counts } };
    return {
      asOf: this.asOfText,
      standards,
      items: Object.fromEntries([...this.items].map(([k, v]) => [k, { ...v, counts: { ...v.counts } }])),
      units: countedCopy(this.unitCounts),
      unitTotals: countedCopy(this.rolledCounts),
      totals: { ...this.totals },
    };
  }

  /** The class of every standard of the framework, by code: what readiness reads. */
  classes(): Record<string, ComplianceClass> {
    const out: Record<string, ComplianceClass> = {};
    for (const [code, st] of this.standards) out[code] = st.cls;
    return out;
  }

  /** The board as plain data. */
  snapshot(): BoardSnapshot {
    const standards: Record<string, StandardStatus> = {};
    for (const code of this.standards.keys()) standards[code] = this.standard(code)!;
    return {
      ...this.summary(),
      standards,
      unknownStandardObservations: [...this.unknown],
      areaFindings: [...this.areaOnly],
    };
  }

  /** The units a cell's work goes to: those it counts under, then the lead units of tasks for its standard. */
  private responsible(code: string, own: readonly string[]): string[] {
    const out = [...own];
    for (const lead of this.leads.get(code) ?? []) if (!out.includes(lead)) out.push(lead);
    return out;
  }

  /** A cell's answerable units, for a re-inspection due: the first, and all of them where there are several. */
  private answerable(c: Cell): Pick<ReinspectionDue, 'responsibleUnitId' | 'responsibleUnitIds'> {
    const members = membersOf(c);
    if (members.length === 0) return {};
    return members.length === 1
      ? { responsibleUnitId: members[0]! }
      : { responsibleUnitId: members[0]!, responsibleUnitIds: members };
  }

  /** The site's type a standard is read at: the one of its types the standard names, else its own. */
  private siteTypeFor(site: string, standardTypes: readonly string[]): string | undefined {
    const own = this.siteTypes.get(site);
    const others = this.otherSiteTypes.get(site);
    if (!others || own === undefined || standardTypes.includes(own)) return own;
    return others.find((t) => standardTypes.includes(t)) ?? own;
  }

  /** How many records name a unit for a cell, from every source. */
  private refs(cell: Cell, unit: string): number {
    const at = (r: UnitRefs | undefined) => {
      const i = r ? r.ids.indexOf(unit) : -1;
      return i < 0 ? 0 : r!.counts[i]!;
    };
    return (unit === cell.siteUnit ? cell.defaultRefs : 0) + at(cell.named) + at(cell.handed);
  }

  /** Records the unit a newly recorded observation names (none: the site's unit). */
  private name(cell: Cell, unit: string | undefined): void {
    const named = unit === cell.siteUnit ? undefined : unit;
    if (named === undefined) {
      cell.entryUnits?.push(undefined);
      cell.defaultRefs += 1;
      if (cell.siteUnit !== undefined && cell.defaultRefs === 1 && this.refs(cell, cell.siteUnit) === 1)
        this.enter(cell, cell.siteUnit);
      return;
    }
    if (!cell.entryUnits)
      cell.entryUnits = new Array<string | undefined>(cell.ids.length - 1).fill(undefined);
    cell.entryUnits.push(named);
    cell.named ??= { ids: [], counts: [] };
    if (addRef(cell.named, named) && this.refs(cell, named) === 1) this.enter(cell, named);
  }

  /** Takes back the unit a withdrawn observation named. */
  private unname(cell: Cell, named: string | undefined): void {
    if (named === undefined) {
      cell.defaultRefs -= 1;
      if (cell.siteUnit !== undefined && this.refs(cell, cell.siteUnit) === 0)
        this.leave(cell, cell.siteUnit);
      return;
    }
    if (cell.named && dropRef(cell.named, named) && this.refs(cell, named) === 0) this.leave(cell, named);
  }

  /** Keeps the lead and co-lead units of a rectification as units its cell counts under, as it now names them. */
  private setHanded(r: Rectification): void {
    const units = r.standardRef === undefined ? [] : leadUnitsOf(r);
    const key = r.standardRef === undefined ? '' : `${r.standardRef}|${scopeKey(r.scope)}`;
    const before = this.handedBy.get(r.id);
    if (before && before.cell === key && sameList(before.units, units)) return;
    if (before) {
      const refs = this.handed.get(before.cell)!;
      const cell = this.cellAt(before.cell);
      for (const u of before.units)
        if (dropRef(refs, u) && cell && this.refs(cell, u) === 0) this.leave(cell, u);
    }
    if (units.length === 0) {
      this.handedBy.delete(r.id);
      return;
    }
    let refs = this.handed.get(key);
    if (!refs) {
      refs = { ids: [], counts: [] };
      this.handed.set(key, refs);
    }
    const cell = this.cellAt(key);
    if (cell) cell.handed = refs;
    for (const u of units) if (addRef(refs, u) && cell && this.refs(cell, u) === 1) this.enter(cell, u);
    this.handedBy.set(r.id, { cell: key, units });
  }

  /** The cell of a `code|scope` key, if it exists. */
  private cellAt(key: string): Cell | undefined {
    const bar = key.indexOf('|');
    return this.standards.get(key.slice(0, bar))?.cells.get(key.slice(bar + 1));
  }

  /** Whether a unit, or one below it, is among a cell's units other than `except`: it then counts the cell already. */
  private rolledByOthers(cell: Cell, unit: string, except: string): boolean {
    for (const m of membersOf(cell))
      if (m !== except && (m === unit || this.ancestors(m).includes(unit))) return true;
    return false;
  }

  /** A unit newly counts a classified cell: it, and each unit above it not counting the cell yet, takes its class. */
  private enter(cell: Cell, unit: string): void {
    this.shift(cell, unit, undefined, cell.cls);
  }

  /** A unit no longer counts a classified cell: it, and each unit above it not counting the cell otherwise, gives it up. */
  private leave(cell: Cell, unit: string): void {
    this.shift(cell, unit, cell.cls, undefined);
  }

  private shift(
    cell: Cell,
    unit: string,
    from: ComplianceClass | undefined,
    to: ComplianceClass | undefined,
  ) {
    if (cell.cls === undefined) return;
    moveCount(this.countsOf(this.unitCounts, unit), from, to);
    for (const up of [unit, ...this.ancestors(unit)])
      if (!this.rolledByOthers(cell, up, unit)) moveCount(this.countsOf(this.rolledCounts, up), from, to);
  }

  private countsOf(m: Map<string, ClassCounts>, unit: string): ClassCounts {
    let c = m.get(unit);
    if (!c) {
      c = zeroCounts();
      m.set(unit, c);
    }
    return c;
  }

  /** The key of a scope, one string per place shared by every standard's cell there. */
  private keyOf(scope: Scope): string {
    const id = scope.kind === 'site' ? scope.siteId : scope.kind === 'unit' ? scope.unitId : undefined;
    if (id === undefined) return scopeKey(scope);
    const cache = scope.kind === 'site' ? this.siteKeys : this.unitKeys;
    let key = cache.get(id);
    if (key === undefined) {
      key = scopeKey(scope);
      cache.set(id, key);
    }
    return key;
  }

  private cellFor(st: StandardState, scope: Scope): Cell {
    const key = this.keyOf(scope);
    let cell = st.cells.get(key);
    if (cell) return cell;
    const site = scope.kind === 'site' ? scope.siteId : undefined;
    const siteType = site === undefined ? undefined : this.siteTypeFor(site, st.located.standard.siteTypes);
    let context = st.contexts.get(siteType ?? '');
    if (!context) {
      const base = st.contexts.get('')!;
      context = contextOf(st.located.standard, this.policy, base.maxPoints, siteType);
      st.contexts.set(siteType!, context);
    }
    const closures = this.closures.get(`${st.located.standard.code}|${key}`);
    cell = {
      code: st.located.standard.code,
      key,
      siteUnit:
        site !== undefined ? this.siteUnits.get(site) : scope.kind === 'unit' ? scope.unitId : undefined,
      defaultRefs: 0,
      named: undefined,
      entryUnits: undefined,
      handed: this.handed.get(`${st.located.standard.code}|${key}`),
      context,
      data: [],
      ids: [],
      closures: closures?.at ?? NO_CLOSURES,
      cls: undefined,
      due: Number.POSITIVE_INFINITY,
      lapse: Number.POSITIVE_INFINITY,
    };
    st.cells.set(key, cell);
    this.cellCount += 1;
    return cell;
  }

  /** Re-classifies one cell and carries the change up; true when the standard's class changed. */
  private refresh(st: StandardState, cell: Cell): boolean {
    const { cls, next, lapse } = judgeCell(cell, this.asOfMs, st.rules, this.scratch);
    if (next !== cell.due) {
      cell.due = next;
      this.due.push(cell);
    }
    if (lapse !== cell.lapse) {
      cell.lapse = lapse;
      this.lapses.push(cell);
    }
    if (cls === cell.cls) return false;
    this.setClass(st, cell, cls);
    return this.restandard(st);
  }

  private setClass(st: StandardState, cell: Cell, cls: ComplianceClass | undefined): void {
    moveCount(st.counts, cell.cls, cls);
    if (onlySiteUnit(cell)) {
      // The common case: the site's unit alone (when an observation names none), with nothing to allocate.
      const unit = cell.siteUnit;
      if (unit !== undefined && cell.defaultRefs > 0) {
        moveCount(this.countsOf(this.unitCounts, unit), cell.cls, cls);
        moveCount(this.countsOf(this.rolledCounts, unit), cell.cls, cls);
        for (const up of this.ancestors(unit)) moveCount(this.countsOf(this.rolledCounts, up), cell.cls, cls);
      }
    } else {
      // Several units: each counts the cell once, and so does each unit above them, however many of them it holds.
      const rolled = new Set<string>();
      for (const m of membersOf(cell)) {
        moveCount(this.countsOf(this.unitCounts, m), cell.cls, cls);
        rolled.add(m);
        for (const up of this.ancestors(m)) rolled.add(up);
      }
      for (const up of rolled) moveCount(this.countsOf(this.rolledCounts, up), cell.cls, cls);
    }
    cell.cls = cls;
  }

  /** Re-derives a standard's class from its cell counts, and its item's and the totals; true when it changed. */
  private restandard(st: StandardState): boolean {
    const cls = worstOf(st.counts, 'undetermined');
    if (cls === st.cls) return false;
    const item = this.items.get(st.located.item.code)!;
    moveCount(item.counts, st.cls, cls);
    moveCount(this.totals, st.cls, cls);
    item.class = worstOf(item.counts, 'undetermined');
    st.cls = cls;
    return true;
  }

  /**
   * Keeps a rectification's closure as its record stands now: closed, its closure is the one a later failure counts as
   * relapse against; reopened (or anything else), it has none. True when that changed.
   */
  private setClosure(r: Rectification): boolean {
    if (r.standardRef === undefined) return false;
    const key = `${r.standardRef}|${scopeKey(r.scope)}`;
    const at = r.status === 'closed' && r.closedAt !== undefined ? toMs(r.closedAt) : undefined;
    let list = this.closures.get(key);
    if (!list) {
      if (at === undefined) return false;
      list = { ids: [], at: [] };
      this.closures.set(key, list);
      const cell = this.standards.get(r.standardRef)?.cells.get(scopeKey(r.scope));
      if (cell) cell.closures = list.at;
    }
    const i = list.ids.indexOf(r.id);
    if (at === undefined) {
      if (i < 0) return false;
      list.ids.splice(i, 1);
      list.at.splice(i, 1);
      return true;
    }
    if (i >= 0) {
      if (list.at[i] === at) return false;
      list.at[i] = at;
      return true;
    }
    list.ids.push(r.id);
    list.at.push(at);
    return true;
  }
}

/** Classifies every standard of a framework from a set of observations at once. */
export function classifyAll(options: BoardOptions & { observations: readonly Observation[] }): BoardSnapshot {
  const board = new ComplianceBoard(options);
  board.recordAll(options.observations);
  return board.snapshot();
}

/** Counts by unit as plain data, leaving out units with nothing counted. */
function countedCopy(m: Map<string, ClassCounts>): Record<string, ClassCounts> {
  return Object.fromEntries(
    [...m]
      .filter(([, v]) => worstOf(v, 'compliant') !== 'compliant' || v.compliant > 0)
      .map(([k, v]) => [k, { ...v }]),
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
