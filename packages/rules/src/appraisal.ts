import type {
  AppraisalGrade,
  BilingualText,
  Observation,
  ObservationSource,
  Rectification,
  ScoreEntry,
  Unit,
  UnitAttribution,
} from '@chuangwen/model';
import { RECTIFICATION_STATUSES, unitsNamed, type ValidationIssue } from '@chuangwen/model';
import { issueAt, rankingGroupOf } from '@chuangwen/model/internal';
import { labelled, say } from './messages.js';
import {
  DEFAULT_OUTCOME_TRIGGERS,
  type OutcomeSuggestion,
  type OutcomeTrigger,
  suggestOutcomes,
} from './outcomes.js';
import { type RankedResult, rankUnits, type TieRule } from './ranking.js';
import { toMs } from './time.js';

/** How unit scorecards are computed and read; every number is local configuration. */
export interface AppraisalConfig {
  /** Where every unit starts. */
  base: number;
  /** Which units a problem counts against: the lead unit only, or every unit named (each once). */
  attribution: UnitAttribution;
  /** Points deducted per problem, by who found it (the level of the finder). */
  deductionBySource: Record<ObservationSource, number>;
  /** Factor applied to a problem fixed on the spot (立行立改). */
  fixedOnSpotFactor: number;
  /** A problem closed within this many hours of being reported counts as fixed on the spot. */
  onSpotHours: number;
  /** Deduct again for each recurrence (repeat count). */
  deductEachRecurrence: boolean;
  /** Points deducted per overdue problem. */
  overdueDeduction: number;
  /** Grades by score: at or above each line. */
  gradeLines: Record<Exclude<AppraisalGrade, 'poor'>, number>;
  /** How equal scores share a rank. */
  ties: TieRule;
  /** When outcomes are suggested. */
  triggers: readonly OutcomeTrigger[];
  /** Never sanction the top of a ranking group. */
  spareTopRanked: boolean;
}

/** A common street practice: start at 100, −2 for a problem the city found, −1 district or street, halved when fixed on the spot, −2 per overdue problem; lead units answer for their problems. */
export const DEFAULT_APPRAISAL: Readonly<AppraisalConfig> = Object.freeze({
  base: 100,
  attribution: 'lead',
  deductionBySource: Object.freeze({
    officialAssessment: 2,
    unannouncedVisit: 1,
    mockAssessment: 1,
    supervisionCheck: 1,
    citizenReport: 0.5,
    selfCheck: 0,
  }),
  fixedOnSpotFactor: 0.5,
  onSpotHours: 24,
  deductEachRecurrence: true,
  overdueDeduction: 2,
  gradeLines: Object.freeze({ excellent: 95, good: 85, adequate: 70 }),
  ties: 'competition',
  triggers: DEFAULT_OUTCOME_TRIGGERS,
  spareTopRanked: true,
});

/** A bonus a unit earned (a commendation, clean sites in an inspection). */
export interface Bonus {
  unitId: string;
  points: number;
  reason: string;
  refs?: string[];
}

/** One unit's scorecard. */
export interface Scorecard {
  unitId: string;
  score: number;
  /** Rank within its ranking group, by the tie rule. */
  rank: number;
  rankingGroup: string;
  grade: AppraisalGrade;
  entries: ScoreEntry[];
  overdue: number;
}

/** What {@link appraiseUnits} needs. */
export interface AppraisalInput {
  units: readonly (Pick<Unit, 'id'> & Partial<Pick<Unit, 'kind' | 'rankingGroup'>>)[];
  rectifications: readonly Rectification[];
  /** Observations, to learn who found each problem. */
  observations?: readonly Observation[];
  bonuses?: readonly Bonus[];
  asOf: string;
  config?: Partial<AppraisalConfig>;
  /** Earlier rankings, most recent first, for rank triggers such as last place twice running. */
  previous?: readonly (readonly RankedResult[])[];
}

function gradeOf(score: number, lines: AppraisalConfig['gradeLines']): AppraisalGrade {
  if (score >= lines.excellent) return 'excellent';
  if (score >= lines.good) return 'good';
  return score >= lines.adequate ? 'adequate' : 'poor';
}

// A scorecard entry's reason is one string, as a notice prints it: the Chinese, then the English.
const oneLine = (text: BilingualText) => `${text['zh-CN']} / ${text.en}`;

function deductionReason(source: ObservationSource, onSpot: boolean, repeats: number) {
  return oneLine(say('problemFound', { source: labelled(source), onSpot, repeats }));
}

const OVERDUE = oneLine(say('rectificationOverdue'));

const readable = (value: unknown) => {
  if (typeof value !== 'string') return false;
  try {
    toMs(value);
    return true;
  } catch {
    return false;
  }
};

/**
 * What keeps a rectification from being scored, as located issues: a repeat count that is not a whole number (an
 * unparsed record that left out `repeatCount` would otherwise deduct nothing, silently), an unknown status, an
 * unreadable date. A record that went through `validateCampaign` or `RectificationSchema` never has any.
 */
function unreadable(r: Rectification, i: number): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const at = (field: string, message: BilingualText) =>
    issues.push(issueAt(['rectifications', i, field], 'unreadable_rectification', message));
  const raw = r as unknown as Record<string, unknown>;
  const id = String(raw.id);
  if (!Number.isInteger(raw.repeatCount) || (raw.repeatCount as number) < 0)
    at('repeatCount', say('repeatCountUnreadable', { id }));
  if (!RECTIFICATION_STATUSES.includes(raw.status as never)) at('status', say('statusUnknown', { id }));
  if (!readable(raw.reportedAt)) at('reportedAt', say('dateUnreadable', { id, field: 'reportedAt' }));
  for (const field of ['closedAt', 'deadline'] as const)
    if (raw[field] !== undefined && !readable(raw[field])) at(field, say('dateUnreadable', { id, field }));
  return issues;
}

/**
 * Scores units from their problems (each problem counts once against each unit it names under the attribution: its
 * lead unit and co-leads, as notices count them, or every unit named), ranks them within their ranking groups, and
 * suggests outcomes where the configured triggers fire. A rectification it cannot read (data that skipped
 * validation) is left out and reported in `issues`, located, never scored as nothing. Pure.
 */
export function appraiseUnits(input: AppraisalInput): {
  scorecards: Scorecard[];
  suggestions: OutcomeSuggestion[];
  /** Rectifications left out because they cannot be read, each located by its index. */
  issues: ValidationIssue[];
} {
  const config: AppraisalConfig = { ...DEFAULT_APPRAISAL, ...input.config };
  const asOf = toMs(input.asOf);
  const sources = new Map((input.observations ?? []).map((o) => [o.id, o.source]));
  const cards = new Map<string, Scorecard>();
  const groupOf = new Map(
    input.units.map((u) => [
      u.id,
      u.kind ? rankingGroupOf({ kind: u.kind, rankingGroup: u.rankingGroup }) : (u.rankingGroup ?? 'all'),
    ]),
  );
  for (const u of input.units)
    cards.set(u.id, {
      unitId: u.id,
      score: config.base,
      rank: 0,
      rankingGroup: groupOf.get(u.id)!,
      grade: 'adequate',
      entries: [],
      overdue: 0,
    });
  const issues: ValidationIssue[] = [];
  input.rectifications.forEach((r, i) => {
    const problems = unreadable(r, i);
    if (problems.length > 0) {
      issues.push(...problems);
      return;
    }
    if (toMs(r.reportedAt) > asOf) return;
    const source =
      (r.observationId !== undefined ? sources.get(r.observationId) : undefined) ?? 'supervisionCheck';
    const closedAt = r.status === 'closed' && r.closedAt !== undefined ? toMs(r.closedAt) : undefined;
    const onSpot =
      closedAt !== undefined &&
      closedAt <= asOf &&
      closedAt - toMs(r.reportedAt) <= config.onSpotHours * 3_600_000;
    const times = config.deductEachRecurrence ? 1 + r.repeatCount : 1;
    const points = config.deductionBySource[source] * (onSpot ? config.fixedOnSpotFactor : 1) * times;
    const deadline = r.deadline === undefined ? undefined : toMs(`${r.deadline}T23:59:59.999+08:00`);
    const late =
      deadline !== undefined &&
      (closedAt === undefined ? r.status !== 'escalated' && asOf > deadline : closedAt > deadline);
    for (const unitId of unitsNamed(r, config.attribution)) {
      const card = cards.get(unitId);
      if (!card) continue;
      if (points > 0)
        card.entries.push({
          kind: 'deduction',
          points,
          reason: deductionReason(source, onSpot, times > 1 ? r.repeatCount : 0),
          refs: [r.id],
        });
      if (late) {
        card.overdue += 1;
        card.entries.push({
          kind: 'deduction',
          points: config.overdueDeduction,
          reason: OVERDUE,
          refs: [r.id],
        });
      }
    }
  });
  for (const b of input.bonuses ?? [])
    cards
      .get(b.unitId)
      ?.entries.push({ kind: 'bonus', points: b.points, reason: b.reason, refs: b.refs ?? [] });
  for (const card of cards.values()) {
    card.score = card.entries.reduce((s, e) => s + (e.kind === 'bonus' ? e.points : -e.points), config.base);
    card.grade = gradeOf(card.score, config.gradeLines);
  }
  const ranked = rankUnits(
    [...cards.values()].map((c) => ({ unitId: c.unitId, score: c.score, rankingGroup: c.rankingGroup })),
    { ties: config.ties },
  );
  const scorecards = ranked.map((r) => {
    const card = cards.get(r.unitId)!;
    card.rank = r.rank;
    return card;
  });
  const refs = new Map(
    scorecards.map((c) => [c.unitId, c.entries.filter((e) => e.kind === 'deduction').flatMap((e) => e.refs)]),
  );
  const suggestions = suggestOutcomes(ranked, {
    triggers: config.triggers,
    spareTopRanked: config.spareTopRanked,
    overdue: new Map(scorecards.map((c) => [c.unitId, c.overdue])),
    refs,
    ...(input.previous ? { previous: input.previous } : {}),
  });
  return { scorecards, suggestions, issues };
}
