import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// By path: the fixtures package builds on the model, so the model cannot list it as a dependency.
import { catalogueProblems, textOutsideCatalogues } from '../../fixtures/src/catalogues.js';
import type { en } from '../src/messages.en.js';
import { MODEL_MESSAGES, say } from '../src/messages.js';

const site = { value: 'site', label: { 'zh-CN': '点位', en: 'Site' } };

// Every message of the model, with values to write it from: typed by the English catalogue, so a message added there
// does not compile here until it has its sample.
const SAMPLES: { [K in keyof typeof en]: Parameters<(typeof en)[K]> } = {
  missingStandardOrArea: [],
  blankText: [],
  invalidClock: [],
  officeHoursOrder: [],
  nationalLayerFirst: [],
  nationalEveryYear: [],
  calendarDayOutsideYear: [],
  duplicateCalendarDay: [],
  unpublishedYearWithDays: [],
  duplicateCategory: [],
  unknownParent: [],
  oneExtension: [],
  missingLeadUnit: [],
  missingField: [{ expected: [site, { value: 'custom-kind', label: undefined }] }],
  wrongType: [
    { expected: 'object', got: 'array', forms: ['{ kind: "date", date }', '{ kind: "standing" }'] },
  ],
  notAChoice: [{ choices: [site, { value: 7, label: undefined }] }],
  notADate: [],
  notADateTime: [],
  notTheFormat: [{ pattern: '/^[A-Z]{2}$/' }],
  tooFew: [{ min: '2', characters: false }],
  tooMany: [{ max: '200', characters: true }],
  atLeast: [{ min: '0' }],
  greaterThan: [{ min: '0' }],
  atMost: [{ max: '100' }],
  lessThan: [{ max: '1' }],
  unknownKeyNear: [{ key: 'leadUnitId', near: 'leadUnitIds' }],
  unknownKeyExtensions: [{ key: 'hostNote' }],
  unknownKey: [{ key: 'colour', fields: ['id', 'name'] }],
  keyNotAllowed: [],
  noFormMatches: [],
  notMultipleOf: [{ divisor: '0.5' }],
  invalidValue: [{ zodCode: 'invalid_element' }],
  tooManyValues: [{ max: 20000000 }],
  notData: [{ type: 'function' }],
  refersToItself: [],
  dataTooDeep: [{ max: 64 }],
  listTooLongToRead: [{ length: '1000000000000' }],
  protoKey: [],
  inputUnreadable: [],
  inputUnreadableBecause: [{ reason: 'getter threw' }],
  unreadableThrown: [],
  invalidJson: [{ line: 3, column: 14, reason: "Unexpected token '}'" }],
  jsonTooManyValues: [{ max: 20000000 }],
  jsonTextTooLong: [{ length: 300000, max: 200000 }],
  jsonTooManyKeys: [{ max: 10000 }],
  jsonTooDeep: [{ max: 64 }],
  jsonListTooLong: [{ max: 2000000 }],
  holidayFilesExpected: [{ max: 300 }],
  yearGivenTwice: [{ year: 2026 }],
  missingLabel: [{ value: 'streetOffice' }],
  duplicateId: [{ id: 't-7' }],
  duplicateStandardCode: [{ code: '03.02.01' }],
  unknownReference: [{ kind: 'holder', id: 'wg-9' }],
  editionListedTwice: [{ editionId: 'fw-2026' }],
  mainEditionCount: [{ found: 2 }],
  siteTypeNotInCatalogue: [{ siteType: 'nightMarket' }],
  hierarchyCycle: [{ cycle: ['u0', 'u2', 'u0'] }],
  phaseTwice: [{ phase: { 'zh-CN': '动员部署', en: 'Mobilization' } }],
  endBeforeStart: [{ start: '2026-05-01', end: '2026-04-01' }],
  deadlineOutsideTimeline: [{ date: '2030-01-01', first: '2026-03-01', last: '2026-06-30' }],
  splitMismatch: [{ split: 'weightedMethods', sum: 35, score: 88.2 }],
};

// Written in each language's own words, so not carried as they are: zod's code (English only, as zod names it), a
// label, a reference kind, the components of a split, and a kind of value.
const TRANSLATED = new Set(['zodCode', 'phase', 'kind', 'split', 'characters', 'got']);

/** The text of the sample values both languages must carry: names, numbers, fields and the allowed values. */
const carried = (values: readonly unknown[]): string[] =>
  values.flatMap((v) =>
    Object.entries(v as Record<string, unknown>).flatMap(([name, x]) =>
      TRANSLATED.has(name)
        ? []
        : Array.isArray(x)
          ? x.map((i) => (typeof i === 'object' ? String((i as { value: unknown }).value) : String(i)))
          : typeof x === 'string' && name !== 'expected'
            ? [x]
            : typeof x === 'number'
              ? [String(x)]
              : [],
    ),
  );

describe('the model’s messages', () => {
  it('writes every message of the catalogue in Chinese and English, each saying the same values', () => {
    expect(catalogueProblems(MODEL_MESSAGES, SAMPLES, carried)).toEqual([]);
  });

  it('lists allowed values with their labels, each language in its own words', () => {
    expect(say('notAChoice', { choices: [site, { value: 7, label: undefined }] })).toEqual({
      'zh-CN': '取值无效，可选：点位（site）、7',
      en: 'invalid value; expected one of: "site" (Site), 7',
    });
    expect(say('missingField', { expected: 'int' })).toEqual({
      'zh-CN': '缺少必填字段，应为整数',
      en: 'required field is missing; expected an integer',
    });
  });

  it('holds no message text outside the catalogues', () => {
    // Besides the catalogues, Chinese stands only in what is not a message: label tables (and a department's label by
    // the level of its office), the national calendar layer's default name, and documentation for JSON Schema (the
    // generated field docs, and the descriptions of the scalar schemas).
    const src = fileURLToPath(new URL('../src', import.meta.url));
    const notMessages =
      /_LABELS$|^DEPARTMENT_BY_LEVEL$|^NATIONAL_LAYER_NAME$|^(Id|StandardCode|SiteTypeCode|Date|DateTime|DivisionCode|Sha256|Uri|Grade|Extensions|Period|ExternalNumber|CategoryCode)Schema$/;
    expect(
      textOutsideCatalogues(src, (file) => /^(messages\.[\w-]+|field-docs)\.ts$/.test(file), notMessages),
    ).toEqual([]);
  });
});
