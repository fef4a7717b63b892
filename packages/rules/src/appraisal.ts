import type {
  AccountabilityKind,
  AppraisalGrade,
  BilingualText,
  Observation,
  ObservationSource,
  Rectification,
  ScoreEntry,
  Unit,
} from '@chuangwen/model';
import { label } from '@chuangwen/model';
import { toMs } from './time.js';

/** How unit scorecards are computed; every number is local configuration. */
export interface AppraisalConfig {
  /** Where every unit starts. */
  base: number;
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
  /** When to suggest accountability: a score below the line, or this many overdue problems. */
  triggers: {
    admonitionBelow: number;
    noticeBelow: number;
    accountabilityBelow: number;
    overdueForAdmonition: number;
  };
}

/** A common street practice: start at 100, −2 for a problem the city found, −1 district or street, halved when fixed on the spot, −2 per overdue problem. */
export const DEFAULT_APPRAISAL: Readonly<AppraisalConfig> = Object.freeze({
  base: 100,
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
  triggers: Object.freeze({
    admonitionBelow: 90,
    noticeBelow: 80,
    accountabilityBelow: 70,
    overdueForAdmonition: 3,
  }),
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
  /** Competition rank: equal scores share a rank (1, 1, 3). */
  rank: number;
  grade: AppraisalGrade;
  entries: ScoreEntry[];
  overdue: number;
}

/** An accountability measure the rules suggest; people decide. */
export interface AccountabilitySuggestion {
  unitId: string;
  kind: AccountabilityKind;
  reason: BilingualText;
  refs: string[];
}

/** What {@link appraiseUnits} needs. */
export interface AppraisalInput {
  units: readonly Pick<Unit, 'id'>[];
  rectifications: readonly Rectification[];
  /** Observations, to learn who found each problem. */
  observations?: readonly Observation[];
  bonuses?: readonly Bonus[];
  asOf: string;
  config?: AppraisalConfig;
}

function gradeOf(score: number, lines: AppraisalConfig['gradeLines']): AppraisalGrade {
  if (score >= lines.excellent) return 'excellent';
  if (score >= lines.good) return 'good';
  return score >= lines.adequate ? 'adequate' : 'poor';
}

/** Scores and ranks units from their problems, and suggests 约谈, 通报 or 问责 where configured thresholds trip. Pure. */
export function appraiseUnits(input: AppraisalInput): {
  scorecards: Scorecard[];
  suggestions: AccountabilitySuggestion[];
} {
  const config = input.config ?? DEFAULT_APPRAISAL;
  const asOf = toMs(input.asOf);
  const sources = new Map((input.observations ?? []).map((o) => [o.id, o.source]));
  const cards = new Map<string, Scorecard>();
  for (const u of input.units)
    cards.set(u.id, {
      unitId: u.id,
      score: config.base,
      rank: 0,
      grade: 'adequate',
      entries: [],
      overdue: 0,
    });
  for (const r of input.rectifications) {
    const card = r.assignedUnitId === undefined ? undefined : cards.get(r.assignedUnitId);
    if (!card || toMs(r.reportedAt) > asOf) continue;
    const source =
      (r.observationId !== undefined ? sources.get(r.observationId) : undefined) ?? 'supervisionCheck';
    const closedAt = r.status === 'closed' && r.closedAt !== undefined ? toMs(r.closedAt) : undefined;
    const onSpot =
      closedAt !== undefined &&
      closedAt <= asOf &&
      closedAt - toMs(r.reportedAt) <= config.onSpotHours * 3_600_000;
    const times = config.deductEachRecurrence ? 1 + r.repeatCount : 1;
    const points = config.deductionBySource[source] * (onSpot ? config.fixedOnSpotFactor : 1) * times;
    if (points > 0) {
      const zh = [
        `${label(source, 'zh-CN')}发现问题`,
        onSpot ? '立行立改减半' : '',
        times > 1 ? `反复 ${r.repeatCount} 次` : '',
      ];
      const en = [
        `problem found by ${label(source, 'en').toLowerCase()}`,
        onSpot ? 'fixed on the spot, halved' : '',
        times > 1 ? `recurred ${r.repeatCount} time(s)` : '',
      ];
      card.entries.push({
        kind: 'deduction',
        points,
        reason: `${zh.filter(Boolean).join('，')} / ${en.filter(Boolean).join('; ')}`,
        refs: [r.id],
      });
    }
    const deadline = r.deadline === undefined ? undefined : toMs(`${r.deadline}T23:59:59.999+08:00`);
    const late =
      deadline !== undefined &&
      (closedAt === undefined ? r.status !== 'escalated' && asOf > deadline : closedAt > deadline);
    if (late) {
      card.overdue += 1;
      card.entries.push({
        kind: 'deduction',
        points: config.overdueDeduction,
        reason: '整改逾期 / overdue',
        refs: [r.id],
      });
    }
  }
  for (const b of input.bonuses ?? [])
    cards
      .get(b.unitId)
      ?.entries.push({ kind: 'bonus', points: b.points, reason: b.reason, refs: b.refs ?? [] });
  for (const card of cards.values()) {
    card.score = card.entries.reduce((s, e) => s + (e.kind === 'bonus' ? e.points : -e.points), config.base);
    card.grade = gradeOf(card.score, config.gradeLines);
  }
  const scorecards = [...cards.values()].sort((a, b) => b.score - a.score || (a.unitId < b.unitId ? -1 : 1));
  scorecards.forEach((card, i) => {
    card.rank = i > 0 && scorecards[i - 1]!.score === card.score ? scorecards[i - 1]!.rank : i + 1;
  });
  return { scorecards, suggestions: scorecards.flatMap((card) => suggest(card, config)) };
}

function suggest(card: Scorecard, config: AppraisalConfig): AccountabilitySuggestion[] {
  const t = config.triggers;
  const refs = card.entries.filter((e) => e.kind === 'deduction').flatMap((e) => e.refs);
  const score = card.score;
  if (score < t.accountabilityBelow) {
    return [
      {
        unitId: card.unitId,
        kind: 'accountability',
        refs,
        reason: {
          'zh-CN': `考核得分 ${score} 低于 ${t.accountabilityBelow} 分，建议问责`,
          en: `score ${score} is below ${t.accountabilityBelow}: accountability suggested`,
        },
      },
    ];
  }
  if (score < t.noticeBelow) {
    return [
      {
        unitId: card.unitId,
        kind: 'notice',
        refs,
        reason: {
          'zh-CN': `考核得分 ${score} 低于 ${t.noticeBelow} 分，建议通报`,
          en: `score ${score} is below ${t.noticeBelow}: a public notice suggested`,
        },
      },
    ];
  }
  if (score < t.admonitionBelow || card.overdue >= t.overdueForAdmonition) {
    return [
      {
        unitId: card.unitId,
        kind: 'admonitionMeeting',
        refs,
        reason: {
          'zh-CN': `考核得分 ${score}，逾期问题 ${card.overdue} 个，建议约谈`,
          en: `score ${score} with ${card.overdue} overdue problem(s): an admonition meeting suggested`,
        },
      },
    ];
  }
  return [];
}
