import { APPRAISAL_OUTCOME_KINDS, type AppraisalOutcomeKind, type BilingualText } from '@chuangwen/model';
import { isSanction } from '@chuangwen/model/internal';
import { labelled, say } from './messages.js';
import type { RankedResult } from './ranking.js';

/**
 * When an outcome is suggested: every condition given must hold. Score lines read the unit's score; `top` and
 * `bottom` its place in its ranking group, counting every unit tied with it (a tie that would take more units than
 * `top` names takes none); `lastRunning` last place this many rankings running (this one included);
 * `overdueAtLeast` its overdue problems.
 */
export interface OutcomeTrigger {
  kind: AppraisalOutcomeKind;
  scoreBelow?: number;
  scoreAtLeast?: number;
  top?: number;
  bottom?: number;
  lastRunning?: number;
  overdueAtLeast?: number;
}

/** An outcome the rules suggest for a unit; people decide. */
export interface OutcomeSuggestion {
  unitId: string;
  kind: AppraisalOutcomeKind;
  reason: BilingualText;
  refs: string[];
}

/**
 * Common practice, all of it configuration: a commendation for the top of a group scoring 95 or more, red flags for
 * the top two and a blue flag for the last, criticism below 80, an interview below 90 or with 3 overdue problems,
 * accountability below 70 or for last place twice running.
 */
export const DEFAULT_OUTCOME_TRIGGERS: readonly OutcomeTrigger[] = Object.freeze([
  { kind: 'commendation', top: 1, scoreAtLeast: 95 },
  { kind: 'redFlag', top: 2 },
  { kind: 'blueFlag', bottom: 1 },
  { kind: 'criticism', scoreBelow: 80 },
  { kind: 'admonitionMeeting', scoreBelow: 90 },
  { kind: 'admonitionMeeting', overdueAtLeast: 3 },
  { kind: 'accountability', scoreBelow: 70 },
  { kind: 'accountability', lastRunning: 2 },
]);

/** What outcomes are judged on beside the ranking. */
export interface OutcomeOptions {
  triggers?: readonly OutcomeTrigger[];
  /** Earlier rankings of the same groups, most recent first, for `lastRunning`. */
  previous?: readonly (readonly RankedResult[])[];
  /** Overdue problems by unit. */
  overdue?: ReadonlyMap<string, number>;
  /** Records each unit's outcome rests on (its problems), for the suggestion's refs. */
  refs?: ReadonlyMap<string, string[]>;
  /** Never sanction the top of a group of two or more (default true). */
  spareTopRanked?: boolean;
}

// Criticism, interview and accountability escalate one another: only the most severe that fires is suggested.
const LADDER: readonly AppraisalOutcomeKind[] = ['criticism', 'admonitionMeeting', 'accountability'];

function describe(t: OutcomeTrigger, r: RankedResult, overdue: number): BilingualText {
  return say('outcomeSuggested', {
    outcome: labelled(t.kind),
    score: r.score,
    rank: r.rank,
    scoreBelow: t.scoreBelow,
    scoreAtLeast: t.scoreAtLeast,
    top: t.top,
    bottom: t.bottom,
    lastRunning: t.lastRunning,
    overdue: t.overdueAtLeast === undefined ? undefined : overdue,
  });
}

/** Where a unit stands in its group with its ties: how many rank at or above it, and at or below it. */
interface Place {
  atOrAbove: number;
  atOrBelow: number;
}

function fires(
  t: OutcomeTrigger,
  r: RankedResult,
  place: Place,
  overdue: number,
  lastTimes: number,
  both: boolean,
): boolean {
  const score = r.score;
  // A flag singles units out: it goes to the units ranked within its reach with every unit tied with them, or to none.
  const inTop = t.top !== undefined && place.atOrAbove <= t.top;
  const inBottom = t.bottom !== undefined && place.atOrBelow <= t.bottom;
  return (
    (t.scoreBelow === undefined || (score !== undefined && score < t.scoreBelow)) &&
    (t.scoreAtLeast === undefined || (score !== undefined && score >= t.scoreAtLeast)) &&
    (t.top === undefined || (inTop && !both && r.groupSize > t.top)) &&
    (t.bottom === undefined || (inBottom && !both && r.groupSize > t.bottom)) &&
    (t.lastRunning === undefined || lastTimes >= t.lastRunning) &&
    (t.overdueAtLeast === undefined || overdue >= t.overdueAtLeast)
  );
}

/**
 * Suggests outcomes from a ranking, as notices award them: commendations and flags, and sanctions up the ladder of
 * criticism, interview and accountability (only the most severe). Ties follow the notices' practice: a top-N or
 * bottom-N trigger reaches a tied block only where the whole block fits in its N (six units tied at 100 for a top-two
 * red flag get none; two tied first both get it). The top of a group is never sanctioned unless `spareTopRanked` is
 * false, and a unit that draws a sanction gets no reward in the same ranking (second place below the interview line is
 * interviewed, not flagged red). Pure; returns suggestions by unit in ranking order, kinds in their declared order.
 */
export function suggestOutcomes(
  ranked: readonly RankedResult[],
  options: OutcomeOptions = {},
): OutcomeSuggestion[] {
  const triggers = options.triggers ?? DEFAULT_OUTCOME_TRIGGERS;
  const spare = options.spareTopRanked ?? true;
  const widestTop = Math.max(0, ...triggers.map((t) => t.top ?? 0));
  const widestBottom = Math.max(0, ...triggers.map((t) => t.bottom ?? 0));
  const places = placesOf(ranked);
  const out: OutcomeSuggestion[] = [];
  for (const r of ranked) {
    const place = places.get(r)!;
    const overdue = options.overdue?.get(r.unitId) ?? 0;
    let lastTimes = r.last ? 1 : 0;
    for (const earlier of options.previous ?? []) {
      if (lastTimes === 0 || !earlier.some((e) => e.unitId === r.unitId && e.last)) break;
      lastTimes += 1;
    }
    // In a group too small to tell top from bottom, a place can be both; then no rank trigger says anything.
    const both = place.atOrAbove <= widestTop && place.atOrBelow <= widestBottom;
    const fired = new Map<AppraisalOutcomeKind, BilingualText>();
    for (const t of triggers) {
      if (fired.has(t.kind) || !fires(t, r, place, overdue, lastTimes, both)) continue;
      if (spare && isSanction(t.kind) && r.rank === 1 && r.groupSize > 1) continue;
      fired.set(t.kind, describe(t, r, overdue));
    }
    const worst = [...LADDER].reverse().find((k) => fired.has(k));
    const sanctioned = [...fired.keys()].some(isSanction);
    for (const kind of APPRAISAL_OUTCOME_KINDS) {
      const reason = fired.get(kind);
      if (!reason || (LADDER.includes(kind) && kind !== worst) || (sanctioned && !isSanction(kind))) continue;
      out.push({ unitId: r.unitId, kind, reason, refs: [...(options.refs?.get(r.unitId) ?? [])] });
    }
  }
  return out;
}

/** Each result's place in its group with its ties: units ranked at or above it, and at or below it. */
function placesOf(ranked: readonly RankedResult[]): Map<RankedResult, Place> {
  const groups = new Map<string, number[]>();
  for (const r of ranked) {
    const ranks = groups.get(r.rankingGroup) ?? [];
    ranks.push(r.rank);
    groups.set(r.rankingGroup, ranks);
  }
  const out = new Map<RankedResult, Place>();
  for (const r of ranked) {
    const ranks = groups.get(r.rankingGroup)!;
    out.set(r, {
      atOrAbove: ranks.filter((x) => x <= r.rank).length,
      atOrBelow: ranks.filter((x) => x >= r.rank).length,
    });
  }
  return out;
}
