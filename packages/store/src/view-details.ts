import {
  type ArchiveDocument,
  type Campaign,
  GOAL_METRICS,
  type Observation,
  type Scope,
} from '@chuangwen/model';
import {
  type ClassCounts,
  type Classification,
  ComplianceBoard,
  type ComplianceClass,
  type GoalRate,
  scopeOf,
  surveyRates,
} from '@chuangwen/rules';
import type { ViewProjection } from './view-projection.js';

/** One cell of a standard on the board: where it is and its class. */
export interface ViewCell {
  key: string;
  scope: Scope;
  class: ComplianceClass;
}

/** Why a cell has its class: the classification, and every observation the cell holds, newest first. */
export interface CellExplanation {
  classification: Classification;
  /**
   * Each observation, whether the reasons cite it, and the archive documents it cites that are filed (its photos,
   * with how they were captured), so a drill-down can show them beside it.
   */
  evidence: { observation: Observation; cited: boolean; documents: ArchiveDocument[] }[];
}

/** The cells of one standard with their classes, in the board's order; empty for a code with nothing recorded. */
export function cellsOf(board: ComplianceBoard | undefined, code: string): ViewCell[] {
  const status = board?.standard(code);
  if (!status) return [];
  return Object.entries(status.scopes).map(([key, cls]) => ({ key, scope: scopeOf(key), class: cls }));
}

/** The classification of one cell with the observations it rests on; undefined where nothing is recorded. */
export function explainCell(
  board: ComplianceBoard | undefined,
  p: ViewProjection,
  code: string,
  key: string,
): CellExplanation | undefined {
  const lookup = (id: string) => p.evidence.observation(id)?.observation;
  const classification = board?.explain(code, key, lookup);
  if (!board || !classification) return undefined;
  const cited = new Set(classification.reasons.flatMap((r) => r.observationIds));
  const evidence = board
    .cellObservationIds(code, key)
    .map((id) => lookup(id)!)
    .sort((a, b) => Date.parse(b.observedAt) - Date.parse(a.observedAt))
    .map((observation) => ({
      observation,
      cited: cited.has(observation.id),
      documents: observation.evidence.flatMap((id) => {
        const held = p.evidence.document(id);
        return held?.status === 'filed' ? [held.document] : [];
      }),
    }));
  return { classification, evidence };
}

/**
 * The board's totals at each moment (ascending), judged on the evidence in force now: a separate board moved forward
 * through the moments, so each step re-judges only the cells with something due. Costs one board build.
 */
export function boardHistory(
  p: ViewProjection,
  moments: readonly string[],
): { at: string; totals: ClassCounts }[] {
  const config = p.configuration;
  if (!config.main || moments.length === 0) return [];
  const sorted = [...moments].sort((a, b) => Date.parse(a) - Date.parse(b));
  const board = new ComplianceBoard({
    framework: config.main,
    asOf: sorted[0]!,
    policy: config.classification,
    sites: config.value.sites,
    units: config.value.units,
    tasks: config.value.tasks,
    rectifications: [...p.rectifications.values()],
  });
  board.recordAll(p.evidence.effectiveObservations());
  return sorted.map((at) => ({ at, totals: { ...board.at(at).summary().totals } }));
}

/** Survey rates with their 95% intervals against the document's targets, in the model's order of metrics. */
export function surveysOf(p: ViewProjection): GoalRate[] {
  const targets = (p.document as Partial<Campaign> | null)?.goals?.targetRates ?? {};
  const rates = surveyRates(p.evidence.surveyResponses(), targets);
  return GOAL_METRICS.map((m) => rates[m]);
}

/**
 * The campaign as a document at this point of its record: the plan as written, with the configuration in force
 * (units, sites, tasks, cadence), the record's rectifications, the observations in force, every document filed
 * (withdrawn ones too: a closed problem still names the evidence it was closed on) and the survey returns. What the
 * workbook exports and the command read; undefined for a record not started from a document.
 */
export function asDocument(p: ViewProjection): Campaign | undefined {
  const document = p.document as Campaign | null | undefined;
  if (!document || typeof document !== 'object') return undefined;
  const { units, sites, tasks, cadence } = p.configuration.value;
  return {
    ...document,
    units,
    sites,
    tasks,
    cadence,
    rectifications: [...p.rectifications.values()],
    observations: p.evidence.effectiveObservations(),
    archive: p.items({ kind: 'document' }).map((i) => i.record as Campaign['archive'][number]),
    surveyResponses: p.evidence.surveyResponses(),
  };
}
