import type { AssessmentRound } from './assessment-rounds.js';
import { issueAt, type PathSegment, type ValidationIssue } from './issues.js';

/** Decimal places a number is printed with (94.21 → 2). */
function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 || text.includes('e') ? 0 : text.length - dot - 1;
}

/**
 * Whether printed components, each times its weight, add up to a printed total: a printed number may be off by half a
 * unit in its last printed place, so the sum may be off by that much per component (weighted), and no more.
 */
function addsUp(total: number, parts: readonly (readonly [value: number, weight: number])[]) {
  const places = Math.max(decimalsOf(total), ...parts.map(([v]) => decimalsOf(v)));
  const half = 0.5 * 10 ** -places;
  const sum = parts.reduce((s, [v, w]) => s + v * w, 0);
  const tolerance = half * (1 + parts.reduce((s, [, w]) => s + w, 0)) + 1e-9;
  return { ok: Math.abs(sum - total) <= tolerance, sum: Number(sum.toFixed(places)) };
}

interface Line {
  score?: number | undefined;
  methodScores: Partial<Record<string, number>>;
  parts: readonly { score: number }[];
}

function checkLine(
  line: Line,
  weights: Partial<Record<string, number>> | undefined,
  path: PathSegment[],
  issues: ValidationIssue[],
): void {
  if (line.score === undefined) return;
  const check = (values: [number, number][], field: 'methodScores' | 'parts', zh: string, en: string) => {
    if (values.length < 2) return;
    const { ok, sum } = addsUp(line.score!, values);
    if (!ok)
      issues.push(
        issueAt([...path, field], 'split_mismatch', {
          'zh-CN': `${zh}之和 ${sum} 与得分 ${line.score} 不符（表中只列部分构成时，请在该轮次注明 partialSplit）`,
          en: `the ${en} add up to ${sum}, not to the score ${line.score} (where the table prints only some components, mark the round partialSplit)`,
        }),
      );
  };
  const methods = Object.entries(line.methodScores).map(
    ([method, value]) => [value!, weights?.[method] ?? 1] as [number, number],
  );
  check(
    methods,
    'methodScores',
    weights ? '分方法得分按权重' : '分方法得分',
    weights ? 'weighted method scores' : 'method scores',
  );
  check(
    line.parts.map((p) => [p.score, 1]),
    'parts',
    '各分项得分',
    'named parts',
  );
}

/**
 * Method scores and named parts that do not add up to the score they split (27.31 + 66.81 printed for 94.21), on every
 * unit's line and the jurisdiction's own: summed, or weighted where the round gives method weights. Not checked where
 * the round says its table prints only some components, nor for a split of one component (a single method column is a
 * part, not the whole).
 */
export function checkRoundSums(rounds: readonly AssessmentRound[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  rounds.forEach((round, r) => {
    if (round.partialSplit) return;
    round.results.forEach((line, i) => {
      checkLine(line, round.methodWeights, ['assessmentRounds', r, 'results', i], issues);
    });
    if (round.jurisdictionResult)
      checkLine(
        round.jurisdictionResult,
        round.methodWeights,
        ['assessmentRounds', r, 'jurisdictionResult'],
        issues,
      );
  });
  return issues;
}
