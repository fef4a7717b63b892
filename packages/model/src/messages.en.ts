import type { BilingualText } from './primitives.js';
import type { RefKind } from './references.js';

/** An allowed value and its label, when it has one: a message lists each in its own language. */
export interface Choice {
  value: unknown;
  label: BilingualText | undefined;
}

/** What a missing field should have held: a kind of value (zod's name for it) or one of the allowed values. */
export type Expected = string | readonly Choice[];

/** The components a result line splits its score into. */
export type Split = 'methods' | 'weightedMethods' | 'parts';

const TYPES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'a boolean',
  object: 'an object',
  array: 'an array',
  record: 'an object',
};
const type = (name: string) => TYPES[name] ?? name;

const choices = (list: readonly Choice[]) =>
  list
    .map((c) => (c.label ? `${JSON.stringify(c.value)} (${c.label.en})` : JSON.stringify(c.value)))
    .join(', ');

const KINDS: Record<RefKind, string> = {
  person: 'person',
  unit: 'unit',
  site: 'site',
  standard: 'standard',
  observation: 'observation',
  document: 'archive document',
  rectification: 'rectification',
  holder: 'unit or working group',
  edition: 'framework edition',
  round: 'assessment round',
};

const SPLITS: Record<Split, string> = {
  methods: 'method scores',
  weightedMethods: 'weighted method scores',
  parts: 'named parts',
};

const unknownField = (key: string) => `unknown field "${key}"`;
const deeper = (max: number) => `nested deeper than ${max} levels`;
const unreadable = 'the input could not be read';

/**
 * The model's messages in English. This catalogue names every message and the values it is written from; the other
 * languages are typed by it (`messages.zh-CN.ts`).
 */
export const en = {
  // Rules the schemas check themselves, raised by issue code (`chuangwen:<code>`).
  missingStandardOrArea: () =>
    'a finding that cites no standard must name its rectification area (or "other")',
  blankText: () => 'the text must say something: not blank, with no control or invisible characters',
  invalidClock: () => 'a time of day is written HH:MM on the 24-hour clock, such as 08:30',
  officeHoursOrder: () => 'office hours must be in order, not overlapping, each starting before it ends',
  nationalLayerFirst: () =>
    'the first layer of a calendar must be the national one (the State Council schedule), and only the first',
  nationalEveryYear: () =>
    'the national layer is published every year and cannot be "listed days only": dates of unpublished years are unknown',
  calendarDayOutsideYear: () =>
    "the date is outside the notice's year (a yearly notice names days of its year and at most the December before)",
  duplicateCalendarDay: () => 'the same date is listed twice',
  unpublishedYearWithDays: () =>
    'a year not yet published (no notice given) lists no days; name the notice the days come from',
  duplicateCategory: () => 'the category code is used twice',
  unknownParent: () => 'the parent category is not in the table',
  oneExtension: () =>
    'an extension gives either more time (by) or a new last day (until), exactly one of the two',
  missingLeadUnit: () => 'a task needs at least one lead unit (the first one listed convenes)',
  // zod's own issues.
  missingField: (p: { expected: Expected }) =>
    `required field is missing; expected ${typeof p.expected === 'string' ? type(p.expected) : choices(p.expected)}`,
  wrongType: (p: { expected: string; got: string; forms: readonly string[] }) =>
    `wrong type: expected ${type(p.expected)}, got ${type(p.got)}${p.forms.length > 0 ? `; write it as ${p.forms.join(' or ')}` : ''}`,
  notAChoice: (p: { choices: readonly Choice[] }) => `invalid value; expected one of: ${choices(p.choices)}`,
  notADate: () => 'must be a valid date written YYYY-MM-DD',
  notADateTime: () => 'must be a date and time with a UTC offset, such as 2026-03-02T09:30:00+08:00',
  notTheFormat: (p: { pattern: string }) => `does not match the required format ${p.pattern}`,
  tooFew: (p: { min: string; characters: boolean }) =>
    `must have at least ${p.min} ${p.characters ? 'character(s)' : 'item(s)'}`,
  tooMany: (p: { max: string; characters: boolean }) =>
    `must have at most ${p.max} ${p.characters ? 'character(s)' : 'item(s)'}`,
  atLeast: (p: { min: string }) => `must be at least ${p.min}`,
  greaterThan: (p: { min: string }) => `must be greater than ${p.min}`,
  atMost: (p: { max: string }) => `must be at most ${p.max}`,
  lessThan: (p: { max: string }) => `must be less than ${p.max}`,
  unknownKeyNear: (p: { key: string; near: string }) => `${unknownField(p.key)}; did you mean "${p.near}"?`,
  unknownKeyExtensions: (p: { key: string }) =>
    `${unknownField(p.key)}; put host-specific data under "extensions"`,
  unknownKey: (p: { key: string; fields: readonly string[] | undefined }) =>
    `${unknownField(p.key)}${p.fields ? `; the fields are ${p.fields.map((k) => `"${k}"`).join(', ')}` : ''}`,
  keyNotAllowed: () => 'a key of this object is not allowed',
  noFormMatches: () => 'matches none of the allowed forms',
  notMultipleOf: (p: { divisor: string }) => `must be a multiple of ${p.divisor}`,
  invalidValue: (p: { zodCode: string }) => `invalid value (${p.zodCode})`,
  // Reading data from outside.
  tooManyValues: (p: { max: number }) => `more than ${p.max} values`,
  notData: (p: { type: string }) => `not data (${p.type})`,
  refersToItself: () => 'the data refers to itself',
  dataTooDeep: (p: { max: number }) => `the data is ${deeper(p.max)}`,
  listTooLongToRead: (p: { length: string }) => `a list of ${p.length} items is too long`,
  protoKey: () => 'the key "__proto__" is not allowed',
  inputUnreadable: () => `${unreadable} (a getter that throws, or a revoked proxy)`,
  inputUnreadableBecause: (p: { reason: string }) => `${unreadable}: ${p.reason}`,
  unreadableThrown: () => 'an unreadable value was thrown',
  invalidJson: (p: { line: number; column: number; reason: string }) =>
    `not valid JSON (line ${p.line}, column ${p.column}): ${p.reason}`,
  jsonTooManyValues: (p: { max: number }) => `more than ${p.max} values altogether`,
  jsonTextTooLong: (p: { length: number; max: number }) =>
    `a text of ${p.length} characters, more than the limit of ${p.max}`,
  jsonTooManyKeys: (p: { max: number }) => `an object with more than ${p.max} keys`,
  jsonTooDeep: (p: { max: number }) => deeper(p.max),
  jsonListTooLong: (p: { max: number }) => `a list of more than ${p.max} items`,
  holidayFilesExpected: (p: { max: number }) => `expected a list of at most ${p.max} holiday-cn yearly files`,
  yearGivenTwice: (p: { year: number }) => `the file for ${p.year} is given twice`,
  missingLabel: (p: { value: string }) => `"${p.value}" lacks its Chinese or its English label`,
  // A campaign's integrity.
  duplicateId: (p: { id: string }) => `duplicate id "${p.id}"`,
  duplicateStandardCode: (p: { code: string }) => `duplicate standard code "${p.code}"`,
  unknownReference: (p: { kind: RefKind; id: string }) => `refers to unknown ${KINDS[p.kind]} "${p.id}"`,
  editionListedTwice: (p: { editionId: string }) => `framework edition "${p.editionId}" is listed twice`,
  mainEditionCount: (p: { found: number }) =>
    `exactly one main framework edition is needed; found ${p.found}`,
  siteTypeNotInCatalogue: (p: { siteType: string }) => `site type "${p.siteType}" is not in the catalogue`,
  hierarchyCycle: (p: { cycle: readonly string[] }) =>
    `the unit hierarchy has a cycle: ${p.cycle.join(' → ')}`,
  phaseTwice: (p: { phase: BilingualText }) => `the ${p.phase.en.toLowerCase()} phase is planned twice`,
  endBeforeStart: (p: { start: string; end: string }) => `end date ${p.end} is before start date ${p.start}`,
  deadlineOutsideTimeline: (p: { date: string; first: string; last: string }) =>
    `deadline ${p.date} is outside the campaign timeline (${p.first} to ${p.last})`,
  splitMismatch: (p: { split: Split; sum: number; score: number }) =>
    `the ${SPLITS[p.split]} add up to ${p.sum}, not to the score ${p.score} (where the table prints only some components, mark the round partialSplit)`,
};
