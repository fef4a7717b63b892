import { fileURLToPath } from 'node:url';
import { catalogueProblems, textOutsideCatalogues } from '@chuangwen/fixtures/catalogues';
import { describe, expect, it } from 'vitest';
import type { en } from '../src/messages.en.js';
import { CHECKLISTS_MESSAGES, say } from '../src/messages.js';

const prefecture = { code: 'prefectureLevel', label: { 'zh-CN': '地级市', en: 'Prefecture-level city' } };
const survey = { code: 'survey', label: { 'zh-CN': '问卷调查', en: 'Survey' } };
const binary = { code: 'binary', label: { 'zh-CN': '是否达标', en: 'Binary' } };

// Every message of the checklists, with values to write it from: typed by the English catalogue, so a message added
// there does not compile here until it has its sample.
const SAMPLES: { [K in keyof typeof en]: Parameters<(typeof en)[K]> } = {
  missingMethod: [],
  duplicateCode: [{ code: 'A.1', first: 'items/0/code' }],
  editionMismatch: [{ editionId: 'fw-2025', expected: 'fw-2026' }],
  standardNotInEdition: [{ code: '03.02.01' }],
  siteTypeNotInCatalogue: [{ siteType: 'nightMarket' }],
  ruleDoesNotFit: [
    {
      rule: { code: 'survey', label: { 'zh-CN': '问卷合格线', en: 'Survey pass line' } },
      kind: { code: 'facility', label: { 'zh-CN': '设施类', en: 'Facility' } },
      fits: [binary],
    },
  ],
  surveyNotBySurvey: [],
  bandsOutOfOrder: [],
  unknownPassGrade: [{ grade: 'B' }],
  passAboveFull: [],
  thresholdSiteType: [{ siteType: 'park' }],
  itemShape: [],
  sampledSiteType: [{ siteType: 'mainRoad' }],
  itemInTwoCategories: [{ code: 'A' }],
  unknownItem: [{ code: 'Z' }],
  groupListedTwice: [{ group: prefecture }],
  editionGroupNotListed: [{ group: prefecture }],
  standardGroupNotCovered: [{ group: prefecture }],
  poolListedTwice: [{ method: survey }],
  mainMethodWithoutPool: [{ method: survey }],
  poolsDoNotAddUp: [{ sum: 97, total: 100 }],
  prerequisiteOnItself: [],
  weightWithoutScore: [],
  companionWeightsTooHigh: [{ weights: 1.1 }],
  cycleWeightsNotOne: [{ sum: 0.6 }],
  pointsMismatch: [{ holder: 'editionLessWhole', declared: 90, actual: 88.5, group: prefecture.label }],
  noMapping: [{ code: 'Q.1' }],
  standardRemoved: [{ code: 'A.1.2' }],
  standardSplit: [{ code: 'A.1.1', to: ['A.1.1a', 'A.1.1b'] }],
};

/**
 * The text of the sample values both languages must carry: codes, numbers and lists. Not what each language names in
 * its own words: a group, method, rule or kind (its code in English, its label in Chinese) and what holds the points.
 */
const carried = (values: readonly unknown[]): string[] =>
  values.flatMap((v) =>
    Object.entries(v as Record<string, unknown>).flatMap(([name, x]) =>
      name === 'holder'
        ? []
        : typeof x === 'string' || typeof x === 'number'
          ? [String(x)]
          : Array.isArray(x)
            ? x.filter((i): i is string => typeof i === 'string')
            : [],
    ),
  );

describe('the checklists’ messages', () => {
  it('writes every message of the catalogue in Chinese and English, each saying the same values', () => {
    expect(catalogueProblems(CHECKLISTS_MESSAGES, SAMPLES, carried)).toEqual([]);
  });

  it('names a group, a method or a rule by its code in English and by its label in Chinese', () => {
    expect(say('poolListedTwice', { method: survey })).toEqual({
      'zh-CN': '测评方法"问卷调查"的分值重复列出',
      en: 'the survey pool is listed twice',
    });
    expect(say('pointsMismatch', { holder: survey.label, declared: 5, actual: 6, group: undefined })).toEqual(
      {
        'zh-CN': '问卷调查分值 5 与其下各项分值之和 6 不符',
        en: 'the survey pool declares 5 points but what it holds adds up to 6',
      },
    );
  });

  it('holds no message text outside the catalogues', () => {
    // Besides the catalogues, Chinese stands only in what is not a message: label tables, documentation for JSON
    // Schema (the generated field docs and the display code's description) and the bundled sample content.
    const src = fileURLToPath(new URL('../src', import.meta.url));
    expect(
      textOutsideCatalogues(
        src,
        (file) => /^(messages\.[\w-]+|field-docs)\.ts$/.test(file) || file.startsWith('district/'),
        /_LABELS$|^DisplayCodeSchema$/,
      ),
    ).toEqual([]);
  });
});
