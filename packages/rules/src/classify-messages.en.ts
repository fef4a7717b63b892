import type { RuleMeasure } from '@chuangwen/checklists';
import type { BilingualText } from '@chuangwen/model';

/** A rate as a percentage to one decimal: 0.855 is "85.5%". */
export const pct = (rate: number) => `${Math.round(rate * 1000) / 10}%`;

/** A count with its noun: "1 day", "3 days". */
const count = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;

const MEASURES: Record<RuleMeasure, string> = {
  violationCount: 'a violation count',
  measuredCount: 'a measured count',
  measuredRate: 'a measured rate',
  outcome: 'an outcome',
};

/**
 * The messages of classification in English: the reasons a class was given, the work it demands, and why a photo or
 * video cannot stand behind an observation. The other languages are typed by it (`classify-messages.zh-CN.ts`).
 */
export const en = {
  // Reasons, named for the rule that fired.
  noValidEvidence: () => 'no valid observation: none recorded, all expired or not assessable',
  scoredZero: () => 'the assessor scored it 0, so it cannot pass',
  countBelowRequired: (p: { counted: number | undefined; required: number }) =>
    `counted ${p.counted}, fewer than the ${p.required} required`,
  rateBelowPassLine: (p: { rate: number; passAt: number }) =>
    `measured ${pct(p.rate)}, below the pass line of ${pct(p.passAt)}`,
  incidenceAboveLimit: (p: { rate: number; maxRate: number }) =>
    `incidence ${pct(p.rate)}, above the limit of ${pct(p.maxRate)}`,
  occurrencesFound: (p: { found: number | undefined }) =>
    `${p.found} occurrence(s) found where none is allowed`,
  gradeBelowPass: (p: { grade: string | undefined; pass: string }) =>
    `graded ${p.grade}, below the pass grade ${p.pass} or scoring nothing`,
  noPoints: () => 'the scoring rule gives it no points',
  surveyAtPassLine: (p: { rate: number; line: number }) =>
    `survey measured ${pct(p.rate)}, at or above the pass line of ${pct(p.line)}`,
  surveyBelowPassLine: (p: { rate: number; line: number }) =>
    `survey measured ${pct(p.rate)}, below the pass line of ${pct(p.line)}`,
  latestPasses: () => 'the latest valid observation passes, with no recent relapse',
  latestFails: () => 'the latest valid observation fails',
  measureMissing: (p: { measure: RuleMeasure; rule: BilingualText }) =>
    `the observation lacks ${MEASURES[p.measure]}, which the ${p.rule.en.toLowerCase()} rule reads: not scored, never full marks`,
  selfCheckOverruled: () =>
    "the unit's own passing self-check does not clear a checker's or an assessor's failing finding: it needs a re-check or a correction",
  futureIgnored: (p: { count: number }) =>
    `ignored ${p.count} observation(s) dated after the moment of judgement`,
  notAssessableIgnored: (p: { count: number }) =>
    `${p.count} observation(s) not assessable, not counted as evidence`,
  expiredIgnored: (p: { count: number }) => `${p.count} observation(s) older than their validity`,
  relapseAfterClosure: (p: { rectificationId: string }) =>
    `failed again after rectification ${p.rectificationId} was closed (relapse)`,
  repeatedFailures: (p: { failures: number; days: number }) =>
    `${count(p.failures, 'failure')} in the last ${count(p.days, 'day')}; passing now but prone to rebound`,
  behaviourFailure: (p: { days: number }) =>
    `a behaviour or order standard that failed within the last ${count(p.days, 'day')}`,
  // Required actions, named for their kind.
  archiveMaterials: () => "organize and archive the standard's required materials",
  prepareFieldInspection: () => 'prepare for the field inspection',
  openRectification: () => 'open a rectification with a lead unit and a deadline',
  increaseInvestment: () => 'invest more and push hard to reach the standard quickly',
  mockInspection: () =>
    "the responsible units promptly run a mock inspection with the standard's methods, then find and fix the problems",
  recurringTracking: (p: { everyDays: number }) =>
    `keep standing measures and re-check every ${count(p.everyDays, 'day')}`,
  observationNotFound: (p: { id: string }) => `explain: observation ${p.id} is not in the evidence store`,
  // Provenance of the media cited, named for the issue's code.
  provenanceMissing: (p: { id: string }) =>
    `"${p.id}" carries no provenance (hash, time, place) and cannot be relied on`,
  provenanceHashMismatch: (p: { id: string }) =>
    `the file of "${p.id}" does not hash as it did at capture: it was replaced or edited since`,
  provenanceAlbum: (p: { id: string }) =>
    `"${p.id}" was picked from the album; it must be taken with the camera on the spot`,
  provenanceNoLocation: (p: { id: string }) =>
    `"${p.id}" has no position, so nothing shows it was taken at the site`,
  provenanceImprecise: (p: { id: string; accuracy: number; max: number }) =>
    `the position of "${p.id}" is accurate to ${p.accuracy} m, vaguer than the ${p.max} m required`,
  provenanceTooFar: (p: { id: string; metres: number; max: number; accuracy: number }) =>
    `"${p.id}" was taken ${p.metres} m from the site, beyond the ${p.max} m allowed (position accurate to ${p.accuracy} m)`,
  provenanceOutsideWindow: (p: { id: string; captured: string; from: string; to: string }) =>
    `"${p.id}" was captured at ${p.captured}, outside ${p.from} to ${p.to}`,
  provenanceAfterReceipt: (p: { id: string; receivedAt: string; minutes: number }) =>
    `"${p.id}" is dated more than ${p.minutes} minutes after it was received (${p.receivedAt}): check the device's clock`,
  pairUnknown: (p: { beforeId: string }) => `the before photo "${p.beforeId}" was never filed`,
  pairForeign: (p: { beforeId: string }) =>
    `the before photo "${p.beforeId}" is not evidence of the finding this problem came from`,
  pairOrder: (p: { afterId: string; beforeId: string }) =>
    `the after photo "${p.afterId}" was captured before the before photo "${p.beforeId}"`,
  pairApart: (p: { metres: number; max: number }) =>
    `the before and after photos are ${p.metres} m apart, not of one place (${p.max} m allowed)`,
};
