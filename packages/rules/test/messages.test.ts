import { fileURLToPath } from 'node:url';
import { catalogueProblems, textOutsideCatalogues, writtenCatalogue } from '@chuangwen/fixtures/catalogues';
import { describe, expect, it } from 'vitest';
import { en as campaign } from '../src/campaign-messages.en.js';
import { en as classify } from '../src/classify-messages.en.js';
import { BLOCKER_CODES } from '../src/index.js';
import { en as ledger } from '../src/ledger-messages.en.js';
import { RULES_MESSAGES } from '../src/messages.js';

type Messages = (typeof RULES_MESSAGES)['en'];

const group = { 'zh-CN': '宣传组', en: 'Publicity' };
const rule = { 'zh-CN': '比率', en: 'Ratio' };
const outcome = { 'zh-CN': '约谈', en: 'Admonition meeting' };
const none = {
  scoreBelow: undefined,
  scoreAtLeast: undefined,
  top: undefined,
  bottom: undefined,
  lastRunning: undefined,
  overdue: undefined,
};

// Every message of the rules, with values to write it from: typed by the English catalogue, so a message added there
// does not compile here until it has its sample.
const SAMPLES: { [K in keyof Messages]: Parameters<Messages[K]> } = {
  noValidEvidence: [],
  scoredZero: [],
  countBelowRequired: [{ counted: 3, required: 5 }],
  rateBelowPassLine: [{ rate: 0.855, passAt: 0.9 }],
  incidenceAboveLimit: [{ rate: 0.125, maxRate: 0.05 }],
  occurrencesFound: [{ found: 2 }],
  gradeBelowPass: [{ grade: 'C', pass: 'B' }],
  noPoints: [],
  surveyAtPassLine: [{ rate: 0.92, line: 0.9 }],
  surveyBelowPassLine: [{ rate: 0.81, line: 0.9 }],
  latestPasses: [],
  latestFails: [],
  measureMissing: [{ measure: 'measuredRate', rule }],
  selfCheckOverruled: [],
  futureIgnored: [{ count: 4 }],
  notAssessableIgnored: [{ count: 2 }],
  expiredIgnored: [{ count: 7 }],
  relapseAfterClosure: [{ rectificationId: 'r-17' }],
  repeatedFailures: [{ failures: 3, days: 30 }],
  behaviourFailure: [{ days: 30 }],
  archiveMaterials: [],
  prepareFieldInspection: [],
  openRectification: [],
  increaseInvestment: [],
  mockInspection: [],
  recurringTracking: [{ everyDays: 7 }],
  observationNotFound: [{ id: 'o-42' }],
  provenanceMissing: [{ id: 'd-1' }],
  provenanceHashMismatch: [{ id: 'd-1' }],
  provenanceAlbum: [{ id: 'd-1' }],
  provenanceNoLocation: [{ id: 'd-1' }],
  provenanceImprecise: [{ id: 'd-1', accuracy: 350, max: 100 }],
  provenanceTooFar: [{ id: 'd-1', metres: 812, max: 200, accuracy: 15 }],
  provenanceOutsideWindow: [
    {
      id: 'd-1',
      captured: '2026-03-01T01:00:00.000Z',
      from: '2026-03-02T09:00:00+08:00',
      to: '2026-03-02T11:00:00+08:00',
    },
  ],
  provenanceAfterReceipt: [{ id: 'd-1', receivedAt: '2026-03-02T10:00:00+08:00', minutes: 5 }],
  pairUnknown: [{ beforeId: 'd-before' }],
  pairForeign: [{ beforeId: 'd-before' }],
  pairOrder: [{ afterId: 'd-after', beforeId: 'd-before' }],
  pairApart: [{ metres: 640, max: 200 }],
  leadingGroupMissing: [],
  officeMissing: [],
  workingGroupUnstaffed: [{ groups: [group] }],
  mobilizationMeetingMissing: [],
  implementationPlanMissing: [],
  workPlanMissing: [],
  publicityNotLaunched: [],
  noUnits: [],
  unitTeamMissing: [{ count: 3 }],
  unitPlanMissing: [{ count: 2 }],
  noStandards: [],
  standardUndetermined: [{ count: 11 }],
  rectificationMissing: [{ count: 4 }],
  cadenceMissed: [{ months: ['2026-02', '2026-03'] }],
  workingGroupUnrated: [{ groups: [group] }],
  unannouncedChecksMissing: [{ held: 0, min: 1 }],
  standardNonCompliant: [{ count: 6 }],
  archiveIncomplete: [{ count: 2 }],
  archiveShortfall: [
    { short: [{ category: { 'zh-CN': '媒体报道', en: 'Media report' }, held: 1, quantity: 7 }] },
  ],
  archiveNotSubmitted: [],
  resultMissing: [],
  selfEvaluationMissing: [],
  summaryMeetingMissing: [],
  unitNotAppraised: [{ count: 5 }],
  accountabilityUndecided: [],
  obligationMissed: [
    { month: '2026-03', meeting: { 'zh-CN': '调度会', en: 'Coordination meeting' }, required: 2, held: 1 },
  ],
  problemFound: [{ source: { 'zh-CN': '省级测评', en: 'Provincial assessment' }, onSpot: true, repeats: 2 }],
  rectificationOverdue: [],
  repeatCountUnreadable: [{ id: 'r-9' }],
  statusUnknown: [{ id: 'r-9' }],
  dateUnreadable: [{ id: 'r-9', field: 'closedAt' }],
  outcomeSuggested: [
    { ...none, outcome, score: 68.5, rank: 12, scoreBelow: 70, bottom: 1, lastRunning: 2, overdue: 3 },
  ],
  marginOutOfRange: [],
  notATicketList: [{ max: 200000 }],
  conflictingTicket: [{ number: 'T-2026-0001', first: 3, second: 9 }],
  ticketCancelled: [],
  caseNotFiled: [],
  unknownCategory: [{ written: 'noise-9', table: 'Sample categories 2026' }],
  unknownMainClass: [{ written: 'Parks', table: 'GB/T 30428.2', kind: 'component' }],
  unknownUnit: [{ written: 'Parks Office' }],
  ambiguousUnit: [{ written: 'Water', unitIds: ['u-water-bureau', 'u-water-company'] }],
  stepBeforeReport: [],
  invalidRecord: [{ path: 'timeLimit.dueDate' }],
  noDeadlineToExtend: [],
  extensionNotLater: [{ until: '2026-04-01', dueDate: '2026-04-03' }],
  extensionGivesNoTime: [],
  noCalendar: [],
  holidaysNotLoaded: [{ layer: 'Pudong', year: 2027, date: '2027-01-04' }],
  holidaysNotPublished: [{ layer: undefined, year: 2027, date: '2027-10-08' }],
  noOfficeHours: [],
  limitTooFar: [{ date: '2026-04-01' }],
  notWholeDays: [{ days: 1.5 }],
  notHours: [{ hours: -2 }],
  unreadableInstant: [{ shown: '"2026-13-45"' }],
};

/**
 * The text of the sample values both languages must carry: numbers, ids and lists, not the names each language
 * translates, nor the rates each writes as a percentage.
 */
const carried = (values: readonly unknown[]): string[] =>
  values.flatMap((v) =>
    Object.entries(v as Record<string, unknown>).flatMap(([name, x]) =>
      /^(kind|measure|rate|passAt|maxRate|line)$/.test(name)
        ? []
        : typeof x === 'number' || typeof x === 'string'
          ? [String(x)]
          : Array.isArray(x)
            ? x.filter((i): i is string => typeof i === 'string')
            : [],
    ),
  );

describe('the rules’ messages', () => {
  it('writes each message as last reviewed: a change of wording in either language shows in its snapshot', async () => {
    const written = writtenCatalogue(RULES_MESSAGES, SAMPLES);
    expect(Object.keys(written).length).toBe(Object.keys(RULES_MESSAGES.en).length);
    await expect(`${JSON.stringify(written, null, 2)}\n`).toMatchFileSnapshot('messages.snap');
  });

  it('writes every message of the catalogue in Chinese and English, each saying the same values', () => {
    expect(catalogueProblems(RULES_MESSAGES, SAMPLES, carried)).toEqual([]);
  });

  it('has a message for every blocker code, named after it, in both languages', () => {
    const camel = (code: string) => code.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    const missing = BLOCKER_CODES.filter(
      (code) =>
        !Object.hasOwn(RULES_MESSAGES.en, camel(code)) ||
        !Object.hasOwn(RULES_MESSAGES['zh-CN'], camel(code)),
    );
    expect(missing).toEqual([]);
  });

  it('keeps each message in one catalogue of one concern', () => {
    const keys = [classify, campaign, ledger].flatMap((c) => Object.keys(c));
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(RULES_MESSAGES.en)).toHaveLength(keys.length);
  });

  it('holds no message text outside the catalogues', () => {
    // Besides the catalogues, Chinese stands only in the label tables (labels.ts, `*_LABELS`), the category tables
    // (names of categories as platforms write them) and the wording of the record's own description.
    const src = fileURLToPath(new URL('../src', import.meta.url));
    const tables = /^([\w-]*messages\.[\w-]+|labels|category-tables)\.ts$/;
    expect(textOutsideCatalogues(src, (file) => tables.test(file), /^(\w+_LABELS|ADDRESS_TEXT)$/)).toEqual(
      [],
    );
  });
});
