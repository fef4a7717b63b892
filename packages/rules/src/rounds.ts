import type { AssessmentMethod, AssessmentRound, RoundKind } from '@chuangwen/model';
import { rankUnits, type TieRule } from './ranking.js';

/** One unit in one round: its score and rank, its scores per method, and the change since the round before. */
export interface RoundLine {
  roundId: string;
  period: string;
  unitId: string;
  rankingGroup: string;
  score: number | null;
  rank: number | null;
  methodScores: Partial<Record<AssessmentMethod, number>>;
  /** Score minus the unit's score in the previous round; null in the first round or where either is missing. */
  change: number | null;
  /** Previous rank minus this rank (positive: moved up); null where either is missing. */
  rankChange: number | null;
  /** Per method: score minus the previous round's for that method. */
  methodChanges: Partial<Record<AssessmentMethod, number>>;
}

/** A report over rounds: each unit's lines, round by round, and each round's mean score per method. */
export interface RoundReport {
  rounds: { id: string; title: string; period: string; heldOn: string }[];
  units: Record<string, RoundLine[]>;
  methodMeans: Record<string, Partial<Record<AssessmentMethod, number>>>;
}

/** Options of {@link roundReport}. */
export interface RoundReportOptions {
  /** Only rounds of this kind (mock assessments, say). */
  kind?: RoundKind;
  ties?: TieRule;
  /** The group of a unit whose result names none. */
  groupOf?: (unitId: string) => string;
}

const diff = (a: number | undefined | null, b: number | undefined | null): number | null =>
  a === undefined || a === null || b === undefined || b === null ? null : a - b;

/**
 * Reads a series of assessment rounds as an office reports them: per unit, per method and per round, with the change
 * since the unit's previous round; ranks come from the table or, where only scores are given, within ranking groups.
 * Rounds are taken in date order. Pure.
 */
export function roundReport(
  rounds: readonly AssessmentRound[],
  options: RoundReportOptions = {},
): RoundReport {
  const chosen = rounds
    .filter((r) => options.kind === undefined || r.kind === options.kind)
    .sort((a, b) => (a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : 0));
  const report: RoundReport = { rounds: [], units: {}, methodMeans: {} };
  for (const round of chosen) {
    report.rounds.push({ id: round.id, title: round.title, period: round.period, heldOn: round.heldOn });
    const ranked = new Map(
      rankUnits(round.results, {
        ...(options.ties ? { ties: options.ties } : {}),
        ...(options.groupOf ? { groupOf: options.groupOf } : {}),
      }).map((r) => [r.unitId, r]),
    );
    const sums: Partial<Record<AssessmentMethod, { total: number; n: number }>> = {};
    for (const result of round.results) {
      const lines = report.units[result.unitId] ?? [];
      report.units[result.unitId] = lines;
      const before = lines[lines.length - 1];
      const rank = ranked.get(result.unitId);
      const methodChanges: Partial<Record<AssessmentMethod, number>> = {};
      for (const [method, value] of Object.entries(result.methodScores) as [AssessmentMethod, number][]) {
        const change = diff(value, before?.methodScores[method]);
        if (change !== null) methodChanges[method] = change;
        const sum = sums[method] ?? { total: 0, n: 0 };
        sums[method] = sum;
        sum.total += value;
        sum.n += 1;
      }
      lines.push({
        roundId: round.id,
        period: round.period,
        unitId: result.unitId,
        rankingGroup: rank?.rankingGroup ?? result.rankingGroup ?? 'all',
        score: result.score ?? null,
        rank: rank?.rank ?? null,
        methodScores: { ...result.methodScores },
        change: diff(result.score, before?.score),
        rankChange: diff(before?.rank, rank?.rank),
        methodChanges,
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
