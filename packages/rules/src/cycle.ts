import { roundScore } from '@chuangwen/checklists/internal';
import type { AssessmentRound, RoundKind } from '@chuangwen/model';

/** What {@link cycleTotal} reads. */
export interface CycleTotalOptions {
  /** The first year of the cycle (届): 2024 for 2024–2026. */
  firstYear: number;
  /** How the cycle's years weigh, earliest first, adding up to 1: the edition's `cycleWeights`. */
  weights: readonly number[];
  /** Only rounds of this edition; a round that names none is the main edition's (`mainEditionId`). */
  editionId?: string;
  mainEditionId?: string;
  /** The kind of round whose results count (default `official`, the annual assessment). */
  kind?: RoundKind;
  /** Decimal places of the total (default 2). */
  precision?: number;
}

/** One year of a cycle: the round that scored it, the jurisdiction's score, its weight and what it adds. */
export interface CycleYear {
  year: number;
  weight: number;
  roundId: string | null;
  score: number | null;
  /** score × weight; null without a score. */
  contribution: number | null;
}

/** A jurisdiction's total over a cycle (届期总分), as the selection reads it. */
export interface CycleTotal {
  firstYear: number;
  lastYear: number;
  years: CycleYear[];
  /** The weighted total over the cycle's years; null while a year has no score. */
  total: number | null;
  /** The contributions of the years scored so far: what the total is at least, before the missing years. */
  soFar: number;
  complete: boolean;
}

/**
 * The cycle total (届期总分) of the jurisdiction: each year of the cycle scored by its annual round (the latest one in
 * the year, where there are several), weighted as the edition weighs the years (15%, 25%, 60%: 82, 86 and 90 give
 * 12.3 + 21.5 + 54 = 87.8). A year without a result leaves the total null, with the years scored so far summed. Rounds
 * of another edition or kind are left out. Pure.
 */
export function cycleTotal(rounds: readonly AssessmentRound[], options: CycleTotalOptions): CycleTotal {
  const kind = options.kind ?? 'official';
  const precision = options.precision ?? 2;
  const latest = new Map<number, AssessmentRound>();
  for (const r of rounds) {
    const edition = r.editionId ?? options.mainEditionId;
    if (r.kind !== kind || r.jurisdictionResult?.score === undefined) continue;
    if (options.editionId !== undefined && edition !== options.editionId) continue;
    const year = Number(r.period.slice(0, 4));
    const known = latest.get(year);
    if (!known || r.heldOn > known.heldOn) latest.set(year, r);
  }
  const years: CycleYear[] = options.weights.map((weight, i) => {
    const year = options.firstYear + i;
    const round = latest.get(year);
    const score = round?.jurisdictionResult?.score ?? null;
    return {
      year,
      weight,
      roundId: round?.id ?? null,
      score,
      contribution: score === null ? null : roundScore(score * weight, precision + 2),
    };
  });
  const complete = years.every((y) => y.score !== null);
  const soFar = roundScore(
    years.reduce((s, y) => s + (y.contribution ?? 0), 0),
    precision,
  );
  return {
    firstYear: options.firstYear,
    lastYear: options.firstYear + options.weights.length - 1,
    years,
    total: complete ? soFar : null,
    soFar,
    complete,
  };
}
