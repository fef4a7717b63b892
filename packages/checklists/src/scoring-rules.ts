import { z } from 'zod';

/** Grades of state-description scoring (状态描述法). */
export const GradeSchema = z.enum(['A', 'B', 'C', 'C#']);
/** A grade of state-description scoring. */
export type Grade = z.infer<typeof GradeSchema>;

/** One grade of a state-description rule: its coefficient, reached while violations stay at or below `maxViolations`. */
export const GradeBandSchema = z.strictObject({
  grade: GradeSchema,
  /** The most violations (例) that still earn this grade; omit on the last band, which takes every count above. */
  maxViolations: z.int().min(0).optional(),
  coefficient: z.number().min(0).max(1),
});
/** One grade of a state-description rule. */
export type GradeBand = z.infer<typeof GradeBandSchema>;

/**
 * How a standard is scored, declared as data:
 * - `stateDescription`: a grade from the violation count, points × the grade's coefficient (A 1, B 0.66, C 0.33, C# 0);
 * - `countThreshold`: a required count (ads, rooms, activities); each one short costs `deductionPerShortfall`;
 * - `ratio`: observed ÷ expected (lamps lit, windows with queue lines), full points at `fullAt`;
 * - `survey`: a measured rate against `passLine`; below it the score shrinks in proportion;
 * - `binary`: all or nothing.
 */
export const ScoringRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('stateDescription'), bands: z.array(GradeBandSchema).min(2) }),
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
  z.strictObject({ kind: z.literal('survey'), passLine: z.number().min(0).max(1) }),
  z.strictObject({ kind: z.literal('binary') }),
]);
/** How a standard is scored. */
export type ScoringRule = z.infer<typeof ScoringRuleSchema>;
/** The kind of a scoring rule. */
export type ScoringRuleKind = ScoringRule['kind'];

/** The usual state-description bands: A for 0 violations, B for 1, C for 2, C# for 3 or more. */
export const DEFAULT_STATE_BANDS: readonly GradeBand[] = [
  { grade: 'A', maxViolations: 0, coefficient: 1 },
  { grade: 'B', maxViolations: 1, coefficient: 0.66 },
  { grade: 'C', maxViolations: 2, coefficient: 0.33 },
  { grade: 'C#', coefficient: 0 },
];

/** A state-description rule with the usual bands, or with other coefficients where local practice differs. */
export function stateDescription(bands: readonly GradeBand[] = DEFAULT_STATE_BANDS): ScoringRule {
  return { kind: 'stateDescription', bands: bands.map((b) => ({ ...b })) };
}

/** The grade a violation count earns under a state-description rule. */
export function gradeFor(bands: readonly GradeBand[], violations: number): GradeBand {
  for (const band of bands)
    if (band.maxViolations === undefined || violations <= band.maxViolations) return band;
  return bands[bands.length - 1]!;
}
