import type { BilingualText } from '@chuangwen/model';

/** A value named by its code in English and by its label in Chinese, as the checks have always written it. */
export interface Named {
  code: string;
  label: BilingualText;
}

/** What declares points that the points below it must add up to; a pool is named by its method's label. */
export type PointsHolder = 'item' | 'content' | 'indicator' | 'category' | 'edition' | 'editionLessWhole';

const HOLDERS: Record<PointsHolder, string> = {
  item: 'item',
  content: 'content',
  indicator: 'indicator',
  category: 'category',
  edition: 'edition',
  editionLessWhole: 'edition, less its pools scored as a whole,',
};

/**
 * The checklists' messages in English. This catalogue names every message and the values it is written from; the
 * other languages are typed by it (`messages.zh-CN.ts`).
 */
export const en = {
  // Codes and references.
  missingMethod: () => 'a standard needs at least one assessment method',
  duplicateCode: (p: { code: string; first: string }) =>
    `duplicate code "${p.code}" (first used at ${p.first})`,
  editionMismatch: (p: { editionId: string; expected: string }) =>
    `the checklist is written for edition "${p.editionId}", not "${p.expected}"`,
  standardNotInEdition: (p: { code: string }) => `standard "${p.code}" is not in the framework edition`,
  siteTypeNotInCatalogue: (p: { siteType: string }) => `site type "${p.siteType}" is not in the catalogue`,
  // Standards and their scoring.
  ruleDoesNotFit: (p: { rule: Named; kind: Named; fits: readonly Named[] }) =>
    `scoring rule "${p.rule.code}" does not fit a "${p.kind.code}" standard; use one of: ${p.fits.map((f) => f.code).join(', ')}`,
  surveyNotBySurvey: () => 'a survey standard must be assessed by survey',
  bandsOutOfOrder: () => 'bands must rise in violation count, and only the last band is open-ended',
  unknownPassGrade: (p: { grade: string }) => `pass grade ${p.grade} is not one of the bands`,
  passAboveFull: () => 'passAt cannot be above fullAt',
  thresholdSiteType: (p: { siteType: string }) =>
    `threshold site type "${p.siteType}" is not one of the standard's site types`,
  itemShape: () =>
    'an item holds either contents (three tiers) or indicators (four tiers), exactly one of them',
  sampledSiteType: (p: { siteType: string }) =>
    `sampled site type "${p.siteType}" is listed twice or not in the catalogue`,
  // An edition's rules above its tiers.
  itemInTwoCategories: (p: { code: string }) => `item "${p.code}" is already in another category`,
  unknownItem: (p: { code: string }) => `there is no item "${p.code}"`,
  groupListedTwice: (p: { group: Named }) => `group "${p.group.code}" is listed twice`,
  editionGroupNotListed: (p: { group: Named }) =>
    `the edition's group "${p.group.code}" is not one of the groups it lists`,
  standardGroupNotCovered: (p: { group: Named }) =>
    `the standard's group "${p.group.code}" is not one the edition covers`,
  poolListedTwice: (p: { method: Named }) => `the ${p.method.code} pool is listed twice`,
  mainMethodWithoutPool: (p: { method: Named }) =>
    `the standard's main method "${p.method.code}" has no pool`,
  poolsDoNotAddUp: (p: { sum: number; total: number }) =>
    `the method pools add up to ${p.sum}, not to the total of ${p.total}`,
  prerequisiteOnItself: () => 'a prerequisite cannot rest on the edition itself',
  weightWithoutScore: () => 'only a scored prerequisite (naming its assessment) can weigh in the total',
  companionWeightsTooHigh: (p: { weights: number }) =>
    `the companions' weights add up to ${p.weights}; they must leave the main edition a share below 1`,
  cycleWeightsNotOne: (p: { sum: number }) => `the cycle's year weights add up to ${p.sum}, not 1`,
  pointsMismatch: (p: {
    holder: PointsHolder | BilingualText;
    declared: number;
    actual: number;
    group: BilingualText | undefined;
  }) =>
    `the ${typeof p.holder === 'string' ? HOLDERS[p.holder] : `${p.holder.en.toLowerCase()} pool`} declares ${p.declared} points but what it holds adds up to ${p.actual}${p.group ? ` (${p.group.en})` : ''}`,
  // Carrying records to a new edition.
  noMapping: (p: { code: string }) => `the mapping has no entry for standard "${p.code}"`,
  standardRemoved: (p: { code: string }) => `standard "${p.code}" was removed in the new edition`,
  standardSplit: (p: { code: string; to: readonly string[] }) =>
    `standard "${p.code}" was split into ${p.to.join(', ')}; a single record cannot be assigned automatically, choose one`,
};
