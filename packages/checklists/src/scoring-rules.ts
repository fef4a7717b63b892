import { type BilingualText, GradeSchema, RateSchema } from '@chuangwen/model';
import { z } from 'zod';

/** One grade of a state-description rule: its coefficient, reached while violations stay at or below `maxViolations`. */
export const GradeBandSchema = z.strictObject({
  grade: GradeSchema,
  /**
   * The most violations (例) that still earn this grade; omit on the last band, which takes every count above.
   * / 仍可得此等级的最多问题数（例）；最后一档不填，超过上一档的问题数均归入此档
   */
  maxViolations: z.int().min(0).optional(),
  /** The share of the points the grade earns, from 0 to 1. / 该档得分占分值的比例（0 至 1） */
  coefficient: z.number().min(0).max(1),
});
/** One grade of a state-description rule. */
export interface GradeBand extends z.infer<typeof GradeBandSchema> {}

/**
 * How a standard is scored, declared as data. Each rule reads one measure of an observation ({@link RULE_MEASURES});
 * an assessor's own score is honoured over the one a rule derives, and a measure a rule needs but an observation
 * lacks is reported, never scored as full marks. A standard never passes while it scores nothing.
 * - `stateDescription` (状态描述法): a grade from the violation count (or the assessor's grade), points × the grade's
 *   coefficient; grades below `passGrade` (default: the second band) fail;
 * - `countThreshold`: a count found against `required` (ads, rooms, activities); fewer fail, and each one short costs
 *   `deductionPerShortfall`;
 * - `ratio`: a measured ratio (lamps lit); below `passAt` fails and scores nothing, full points from `fullAt`;
 * - `survey`: a measured rate against `passLine`; below it fails, and the score shrinks in proportion;
 * - `incidence`: the incidence of uncivil behaviour; above `maxRate` fails and scores nothing;
 * - `noOccurrence` (无…现象): any single occurrence fails;
 * - `binary`: all or nothing.
 */
export const ScoringRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('stateDescription'),
    bands: z.array(GradeBandSchema).min(2),
    /** The lowest grade that still passes; by default the second band (B in A/B/C/C#). */
    passGrade: GradeSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('countThreshold'),
    required: z.int().min(1),
    deductionPerShortfall: z.number().min(0),
  }),
  z.strictObject({
    kind: z.literal('ratio'),
    fullAt: z.number().gt(0).max(1),
    passAt: z.number().min(0).max(1),
  }),
  z.strictObject({ kind: z.literal('survey'), passLine: RateSchema }),
  z.strictObject({ kind: z.literal('incidence'), maxRate: RateSchema }),
  z.strictObject({ kind: z.literal('noOccurrence') }),
  z.strictObject({ kind: z.literal('binary') }),
]);
/** How a standard is scored. */
export type ScoringRule = z.infer<typeof ScoringRuleSchema>;
/** The kind of a scoring rule. */
export type ScoringRuleKind = ScoringRule['kind'];
/** Every kind of scoring rule, in the order the schema declares them. */
export const SCORING_RULE_KINDS = ScoringRuleSchema.options.map(
  (o) => o.shape.kind.value,
) as readonly ScoringRuleKind[];

/** The observation field each scoring rule reads (the assessor's `score`, when given, is read first by every rule). */
export const RULE_MEASURES = {
  stateDescription: 'violationCount',
  countThreshold: 'measuredCount',
  ratio: 'measuredRate',
  survey: 'measuredRate',
  incidence: 'measuredRate',
  noOccurrence: 'violationCount',
  binary: 'outcome',
} as const satisfies Record<ScoringRuleKind, string>;
/** An observation field a scoring rule reads. */
export type RuleMeasure = (typeof RULE_MEASURES)[ScoringRuleKind];

/** The usual state-description bands: A for 0 violations, B for 1, C for 2, C# for 3 or more. */
export const DEFAULT_STATE_BANDS: readonly GradeBand[] = [
  { grade: 'A', maxViolations: 0, coefficient: 1 },
  { grade: 'B', maxViolations: 1, coefficient: 0.66 },
  { grade: 'C', maxViolations: 2, coefficient: 0.33 },
  { grade: 'C#', coefficient: 0 },
];

/** A state-description rule with the usual bands, or with other coefficients where local practice differs. */
export function stateDescription(
  bands: readonly GradeBand[] = DEFAULT_STATE_BANDS,
  passGrade?: string,
): ScoringRule {
  return {
    kind: 'stateDescription',
    bands: bands.map((b) => ({ ...b })),
    ...(passGrade === undefined ? {} : { passGrade }),
  };
}

/** The grade a violation count earns under a state-description rule. */
export function gradeFor(bands: readonly GradeBand[], violations: number): GradeBand {
  for (const band of bands)
    if (band.maxViolations === undefined || violations <= band.maxViolations) return band;
  return bands[bands.length - 1]!;
}

/** Labels of the scoring rule kinds, in the words a framework's text uses ("数量要求", "亮灯率" → 比率要求). */
export const SCORING_RULE_KIND_LABELS: Record<ScoringRuleKind, BilingualText> = {
  stateDescription: { 'zh-CN': '状态描述法', en: 'State description' },
  countThreshold: { 'zh-CN': '数量要求', en: 'Count threshold' },
  ratio: { 'zh-CN': '比率要求', en: 'Ratio' },
  survey: { 'zh-CN': '问卷合格线', en: 'Survey pass line' },
  incidence: { 'zh-CN': '不文明现象发生率', en: 'Incidence rate' },
  noOccurrence: { 'zh-CN': '无此类现象', en: 'No occurrence' },
  binary: { 'zh-CN': '是否达标', en: 'Pass or fail' },
};
