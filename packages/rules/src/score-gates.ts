import type { FrameworkEdition, NegativePenalty } from '@chuangwen/checklists';
import { daysBetween } from './time.js';

/** A negative-list event that happened, by the code of the rule it triggers. */
export interface NegativeEvent {
  ruleCode: string;
  occurredOn: string;
}

/** A sanction from the negative list, kept apart from the additive score. */
export interface Sanction {
  ruleCode: string;
  occurredOn: string;
  penalty: NegativePenalty;
}

/** A condition to apply (申报条件) as judged: a score against its line, or a yes/no condition met or not. */
export interface PrerequisiteResult {
  code: string;
  /** `score`: a companion assessment's score against a line; `condition`: met or not, with no line (提名资格). */
  kind: 'score' | 'condition';
  /** The line a scored condition must reach; null for a yes/no one. */
  minimumScore: number | null;
  /** The score given (scored), or 1 / 0 for met / not met (yes/no); null when nothing was given. */
  actual: number | null;
  passed: boolean;
}

/** A companion assessment that weighs in the combined total, with the score it weighs with. */
export interface CompanionWeight {
  code: string;
  editionId?: string;
  weight: number;
  /** Its score as given; null when none was given, and the combined total is then unknown. */
  score: number | null;
}

/**
 * Judges the conditions to apply: a scored one passes when its score reaches the line, a yes/no one when it is said to
 * be met. Nothing given is not met: a condition never passes by default.
 */
export function judgePrerequisites(
  framework: FrameworkEdition,
  scores: Readonly<Record<string, number>> = {},
  met: Readonly<Record<string, boolean>> = {},
): PrerequisiteResult[] {
  return framework.prerequisites.map((p) => {
    if (p.minimumScore === undefined) {
      const given = Object.hasOwn(met, p.code) ? met[p.code] : undefined;
      return {
        code: p.code,
        kind: 'condition',
        minimumScore: null,
        actual: given === undefined ? null : given ? 1 : 0,
        passed: given === true,
      };
    }
    const actual = Object.hasOwn(scores, p.code) ? scores[p.code]! : null;
    return {
      code: p.code,
      kind: 'score',
      minimumScore: p.minimumScore,
      actual,
      passed: actual !== null && actual >= p.minimumScore,
    };
  });
}

/** The companions that weigh in the combined total, with their scores as given by prerequisite code. */
export function companionWeights(
  framework: FrameworkEdition,
  scores: Readonly<Record<string, number>> = {},
): CompanionWeight[] {
  return framework.prerequisites
    .filter((p) => p.weight !== undefined)
    .map((p) => ({
      code: p.code,
      ...(p.editionId === undefined ? {} : { editionId: p.editionId }),
      weight: p.weight!,
      score: Object.hasOwn(scores, p.code) ? scores[p.code]! : null,
    }));
}

/**
 * The combined total: the edition's own total weighs what the companions leave, each companion its weight (a main
 * total of 90 and a minors' score of 88 at 20%: 0.8 × 90 + 0.2 × 88 = 89.6). Null while a weighted score is missing.
 */
export function combine(own: number, companions: readonly CompanionWeight[]): number | null {
  let rest = 1;
  let sum = 0;
  for (const c of companions) {
    if (c.score === null) return null;
    rest -= c.weight;
    sum += c.weight * c.score;
  }
  return rest * own + sum;
}

/** The negative-list events inside their windows before `today`: points deducted, and sanctions beyond points. */
export function negativeList(
  framework: FrameworkEdition,
  events: readonly NegativeEvent[],
  today: string,
): { deductions: number; sanctions: Sanction[] } {
  let deductions = 0;
  const sanctions: Sanction[] = [];
  for (const event of events) {
    const rule = framework.negativeList.find((r) => r.code === event.ruleCode);
    const age = daysBetween(event.occurredOn, today) / 30.4375;
    if (!rule || age < 0 || age > rule.triggerWindowMonths) continue;
    if (rule.penalty.kind === 'deductPoints') deductions += rule.penalty.points;
    else sanctions.push({ ruleCode: rule.code, occurredOn: event.occurredOn, penalty: rule.penalty });
  }
  return { deductions, sanctions };
}
