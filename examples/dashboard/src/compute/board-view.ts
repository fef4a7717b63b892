// The 达标情况汇总表: the four-way board of the main framework from the evidence in force, rolled up by major item and
// by responsible unit, with the drill-down from an item to its standards, their cells and each cell's explanation.
import { type FrameworkEdition, type LocatedStandard, listStandards } from '@chuangwen/checklists';
import type { Campaign, Observation, Scope } from '@chuangwen/model';
import {
  type BoardSnapshot,
  type ClassCounts,
  type Classification,
  ComplianceBoard,
  type ComplianceClass,
  scopeKey,
  worstOf,
} from '@chuangwen/rules';
import type { CampaignData } from '../data/campaign-data.js';

/** One row of the summary: a major item or a unit, its worst class and how many of its standards or cells are in each. */
export interface SummaryRow {
  id: string;
  label: string | { 'zh-CN': string; en?: string };
  class: ComplianceClass;
  counts: ClassCounts;
}

/** The board and what the summary and the drill-down read from it. */
export interface BoardView {
  board: ComplianceBoard;
  snapshot: BoardSnapshot;
  items: SummaryRow[];
  units: SummaryRow[];
  standards: Map<string, LocatedStandard>;
  /** Each cell's scope by its key, from the observations recorded there. */
  scopes: Map<string, Scope>;
  /** The observations by id, the evidence store `explain` reads. */
  observations: Map<string, Observation>;
}

/** Observations of the main edition: a companion edition's records are judged on its own board. */
function mainObservations(data: CampaignData, framework: FrameworkEdition): Observation[] {
  return data.observations.filter((o) => o.editionId === undefined || o.editionId === framework.id);
}

/** A board over the document's sites, units, tasks and ledger, judged at `asOf`, with the observations recorded. */
export function boardOf(data: CampaignData, framework: FrameworkEdition, asOf: string): ComplianceBoard {
  const { document } = data;
  const board = new ComplianceBoard({
    framework,
    asOf,
    sites: document.sites,
    units: document.units,
    tasks: document.tasks,
    rectifications: data.rectifications,
  });
  board.recordAll(mainObservations(data, framework));
  return board;
}

/** The summary by item and by unit, and what the drill-down needs. */
export function boardView(data: CampaignData, framework: FrameworkEdition, asOf: string): BoardView {
  const board = boardOf(data, framework, asOf);
  const snapshot = board.snapshot();
  const items = framework.items.map((item) => {
    const status = snapshot.items[item.code]!;
    return {
      id: item.code,
      label: {
        'zh-CN': `${item.displayCode ?? item.code} ${item.title['zh-CN']}`,
        en: `${item.code} ${item.title.en ?? item.title['zh-CN']}`,
      },
      class: status.class,
      counts: status.counts,
    };
  });
  const units = unitRows(data.document, snapshot);
  const observations = new Map(mainObservations(data, framework).map((o) => [o.id, o]));
  const scopes = new Map<string, Scope>();
  for (const o of observations.values()) scopes.set(scopeKey(o.scope), o.scope);
  const standards = new Map(listStandards(framework).map((l) => [l.standard.code, l]));
  return { board, snapshot, items, units, standards, scopes, observations };
}

/** Units in the document's order with the cells they answer for (a site's cells count under the site's unit). */
function unitRows(document: Campaign, snapshot: BoardSnapshot): SummaryRow[] {
  return document.units
    .filter((u) => snapshot.units[u.id] !== undefined)
    .map((u) => {
      const counts = snapshot.units[u.id]!;
      return { id: u.id, label: u.name, class: worstOf(counts, 'undetermined'), counts };
    });
}

/** The standards of one item, in the framework's order, with their class and cell counts. */
export function standardsOfItem(view: BoardView, itemCode: string) {
  return [...view.standards.values()]
    .filter((l) => l.item.code === itemCode)
    .map((l) => ({ located: l, status: view.snapshot.standards[l.standard.code]! }));
}

/** The cells of one standard with their classes, worst first. */
export function cellsOfStandard(view: BoardView, code: string) {
  const status = view.snapshot.standards[code];
  if (!status) return [];
  return Object.entries(status.scopes).map(([key, cls]) => ({
    key,
    scope: view.scopes.get(key),
    class: cls,
  }));
}

/** The classification of one cell, with reasons, actions and the observations it rests on. */
export function explainCell(
  view: BoardView,
  code: string,
  key: string,
): { classification: Classification; evidence: { observation: Observation; cited: boolean }[] } | undefined {
  const classification = view.board.explain(code, key, (id) => view.observations.get(id));
  if (!classification) return undefined;
  const cited = new Set(classification.reasons.flatMap((r) => r.observationIds));
  const evidence = [...view.observations.values()]
    .filter((o) => o.standardRef === code && scopeKey(o.scope) === key)
    .sort((a, b) => Date.parse(b.observedAt) - Date.parse(a.observedAt))
    .map((observation) => ({ observation, cited: cited.has(observation.id) }));
  return { classification, evidence };
}
