import type { AssessmentMethod, AssessmentRound, RoundKind, ScorePart } from '@chuangwen/model';
import { rankUnits, type TieRule } from './ranking.js';

/** The changes of a line since an earlier one: its score, and each method's. */
interface Changes {
  /** Score minus the score of the previous round of the same edition; null in the first round or where either is missing. */
  change: number | null;
  /** Score minus the score a year before (the round of the same edition whose period is a year earlier); null where none. */
  yearOnYear: number | null;
  /** Per method: score minus the previous round's for that method (same edition). */
  methodChanges: Partial<Record<AssessmentMethod, number>>;
}

/** One unit in one round: its score and rank, its scores per method, and the changes since earlier rounds. */
export interface RoundLine extends Changes {
  roundId: string;
  period: string;
  /** The edition assessed: the round's, or the main edition for a round that names none (null when unknown). */
  editionId: string | null;
  unitId: string;
  rankingGroup: string;
  score: number | null;
  rank: number | null;
  methodScores: Partial<Record<AssessmentMethod, number>>;
  /** Previous rank minus this rank (positive: moved up); null where either is missing. */
  rankChange: number | null;
}

/** The jurisdiction's own result in one round (全市, 全区): its score, method split and named parts, with changes. */
export interface JurisdictionLine extends Changes {
  roundId: string;
  period: string;
  editionId: string | null;
  score: number | null;
  rank: number | null;
  methodScores: Partial<Record<AssessmentMethod, number>>;
  parts: ScorePart[];
}

/** A report over rounds: each unit's lines, the jurisdiction's, round by round, and each round's mean per method. */
export interface RoundReport {
  rounds: {
    id: string;
    title: string;
    period: string;
    heldOn: string;
    editionId: string | null;
    undated: boolean;
  }[];
  units: Record<string, RoundLine[]>;
  /** The jurisdiction's own results, in round order, where the rounds give them. */
  jurisdiction: JurisdictionLine[];
  methodMeans: Record<string, Partial<Record<AssessmentMethod, number>>>;
}

/** Options of {@link roundReport}. */
export interface RoundReportOptions {
  /** Only rounds of this kind (mock assessments, say). */
  kind?: RoundKind;
  /** Only rounds of this framework edition (the main assessment, or the minors'). */
  editionId?: string;
  /** The edition of a round that names none: the campaign's main edition (`mainEditionId(campaign)`). */
  mainEditionId?: string;
  ties?: TieRule;
  /** The group of a unit whose result names none. */
  groupOf?: (unitId: string) => string;
}

const diff = (a: number | undefined | null, b: number | undefined | null): number | null =>
  a === undefined || a === null || b === undefined || b === null ? null : a - b;

/** The same period a year earlier: 2026 → 2025, 2026-Q2 → 2025-Q2, 2026-05 → 2025-05. */
function periodYearBefore(period: string): string {
  return `${Number(period.slice(0, 4)) - 1}${period.slice(4)}`;
}

interface Scored {
  period: string;
  score?: number | undefined | null;
  methodScores: Partial<Record<AssessmentMethod, number>>;
}

/** Changes against the line before (same edition) and the line a year before. */
function changes(now: Scored, earlier: readonly Scored[]): Changes {
  const before = earlier[earlier.length - 1];
  const lastYear = periodYearBefore(now.period);
  const yearAgo = [...earlier].reverse().find((l) => l.period === lastYear);
  const methodChanges: Partial<Record<AssessmentMethod, number>> = {};
  for (const [method, value] of Object.entries(now.methodScores) as [AssessmentMethod, number][]) {
    const change = diff(value, before?.methodScores[method]);
    if (change !== null) methodChanges[method] = change;
  }
  return {
    change: diff(now.score, before?.score),
    yearOnYear: diff(now.score, yearAgo?.score),
    methodChanges,
  };
}

/**
 * Reads a series of assessment rounds as an office reports them: per unit, per method and per round, with the change
 * since the previous round and since the same period a year before, and the jurisdiction's own result beside them.
 * Changes are only ever taken between rounds of the same framework edition: the minors' assessment is never compared
 * with the main one. Ranks come from the table or, where only scores are given, within ranking groups. Rounds are
 * taken in date order. Pure.
 */
export function roundReport(
  rounds: readonly AssessmentRound[],
  options: RoundReportOptions = {},
): RoundReport {
  const editionOf = (r: AssessmentRound) => r.editionId ?? options.mainEditionId ?? null;
  const chosen = rounds
    .filter((r) => options.kind === undefined || r.kind === options.kind)
    .filter((r) => options.editionId === undefined || editionOf(r) === options.editionId)
    .sort((a, b) => (a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : 0));
  const report: RoundReport = { rounds: [], units: {}, jurisdiction: [], methodMeans: {} };
  // Earlier lines per unit and edition, so a change is never taken across editions.
  const history = new Map<string, RoundLine[]>();
  for (const round of chosen) {
    const editionId = editionOf(round);
    report.rounds.push({
      id: round.id,
      title: round.title,
      period: round.period,
      heldOn: round.heldOn,
      editionId,
      undated: round.undated === true,
    });
    const ranked = new Map(
      rankUnits(round.results, {
        ...(options.ties ? { ties: options.ties } : {}),
        ...(options.groupOf ? { groupOf: options.groupOf } : {}),
      }).map((r) => [r.unitId, r]),
    );
    const sums: Partial<Record<AssessmentMethod, { total: number; n: number }>> = {};
    for (const result of round.results) {
      const key = `${editionId ?? ''}\u0000${result.unitId}`;
      const earlier = history.get(key) ?? [];
      history.set(key, earlier);
      const rank = ranked.get(result.unitId);
      for (const [method, value] of Object.entries(result.methodScores) as [AssessmentMethod, number][]) {
        const sum = sums[method] ?? { total: 0, n: 0 };
        sums[method] = sum;
        sum.total += value;
        sum.n += 1;
      }
      const line: RoundLine = {
        roundId: round.id,
        period: round.period,
        editionId,
        unitId: result.unitId,
        rankingGroup: rank?.rankingGroup ?? result.rankingGroup ?? 'all',
        score: result.score ?? null,
        rank: rank?.rank ?? null,
        methodScores: { ...result.methodScores },
        ...changes({ ...result, period: round.period }, earlier),
        rankChange: diff(earlier[earlier.length - 1]?.rank, rank?.rank),
      };
      earlier.push(line);
      const lines = report.units[result.unitId] ?? [];
      report.units[result.unitId] = lines;
      lines.push(line);
    }
    const own = round.jurisdictionResult;
    if (own) {
      const earlier = report.jurisdiction.filter((l) => l.editionId === editionId);
      report.jurisdiction.push({
        roundId: round.id,
        period: round.period,
        editionId,
        score: own.score ?? null,
        rank: own.rank ?? null,
        methodScores: { ...own.methodScores },
        parts: own.parts.map((p) => ({ ...p })),
        ...changes({ ...own, period: round.period }, earlier),
      });
    }
    const means: Partial<Record<AssessmentMethod, number>> = {};
    for (const [method, { total, n }] of Object.entries(sums) as [
      AssessmentMethod,
      { total: number; n: number },
    ][])
      means[method] = total / n;
    report.methodMeans[round.id] = means;
  }
  return report;
}
