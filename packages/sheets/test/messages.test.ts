import { fileURLToPath } from 'node:url';
import { catalogueProblems, textOutsideCatalogues, writtenCatalogue } from '@chuangwen/fixtures/catalogues';
import { describe, expect, it } from 'vitest';
import type { en } from '../src/messages.en.js';
import { SHEET_MESSAGES } from '../src/messages.js';

const unit = { 'zh-CN': '单位', en: 'unit' };
const header = { 'zh-CN': '牵头单位', en: 'Lead unit' };
const choices = [
  { 'zh-CN': '每月', en: 'Monthly' },
  { 'zh-CN': '每季度', en: 'Quarterly' },
];

// Every workbook message, with values to write it from: typed by the English catalogue, so a message added there does
// not compile here until it has its sample.
const SAMPLES: { [K in keyof typeof en]: Parameters<(typeof en)[K]> } = {
  person: [],
  unit: [],
  site: [],
  siteType: [],
  standard: [],
  area: [],
  status: [],
  step: [],
  satisfaction: [],
  requestType: [],
  caseKind: [],
  timeReported: [],
  timeClosed: [],
  mergedRange: [],
  namedRange: [{ name: 'Print_Area' }],
  leader: [],
  responsibleUnit: [],
  frequency: [],
  selection: [],
  datum: [],
  notXlsx: [],
  damaged: [],
  damagedOrUnsupported: [],
  packageEncrypted: [],
  passwordProtected: [],
  legacyXls: [],
  fileTooLarge: [{ megabytes: '31.5', limit: '30' }],
  tooManyParts: [{ limit: 2000 }],
  tooManySheets: [{ sheets: 300, limit: 200 }],
  inflatesTooLarge: [{ megabytes: '512.3', limit: '256' }],
  tooManyRows: [{ rows: 120001, limit: 100000 }],
  tooManyMerges: [{ merges: 70000, limit: 50000 }],
  rangeTooLarge: [{ what: unit, ref: 'A1:XFD1048576', cells: 17179869184, limit: 5000000 }],
  tooManyCells: [{ cells: 6000000, limit: 5000000 }],
  tooManyStrings: [{ limit: 1500000 }],
  tooManyStyles: [{ limit: 100000 }],
  tooManyRuns: [{ limit: 3000000 }],
  textTooLong: [{ part: 'xl/sharedStrings.xml' }],
  tooManyColumns: [{ limit: 256 }],
  noSheet: [{ sheet: 'Sheet9', sheets: ['Sheet1', 'Sheet2'] }],
  noTable: [{ table: { 'zh-CN': '任务分解表', en: 'task table' }, headers: [header] }],
  noTicketTable: [],
  missingColumn: [{ header, synonyms: ['主抓单位'] }],
  formulaWithoutResult: [{ formula: '=SUM(B2:B9)' }],
  cellError: [{ error: '#REF!' }],
  cellTooLong: [{ start: 'Lorem ipsum' }],
  mergedAcross: [{ ref: 'C4:E4', headers: ['Lead', 'Support'] }],
  duplicateId: [{ id: 't-7', row: 12 }],
  notAChoice: [{ what: unit, text: 'weekly', choices }],
  ambiguousName: [{ what: unit, written: 'Water', candidates: ['Water Bureau', 'Water Company'] }],
  unknownName: [{ what: unit, written: 'Parks', hint: 'Parks Office' }],
  oneNameOnly: [],
  oneStandardOnly: [],
  unknownMethod: [{ text: 'telepathy' }],
  unknownStandardKind: [{ text: 'other' }],
  unknownRule: [{ text: 'half marks' }],
  unknownMaterial: [{ text: 'a poster', categories: choices }],
  missingTier: [],
  unknownGroup: [{ text: 'metro', groups: choices }],
  missingEditionDetail: [{ group: true, groups: choices }],
  notADateTime: [{ what: unit, text: 'soon' }],
  deadlineNotDate: [{ text: 'next week' }],
  timeNotRecognized: [],
  timeLimitNotRecognized: [{ text: 'ASAP' }],
  extensionNotDate: [],
  verificationNotRecognized: [{ text: 'maybe' }],
  noSuchStep: [{ platform: 'urbanCase', steps: choices }],
  categoryNotInTable: [{ category: 'C-99', table: 'Sample categories 2026' }],
  deadlineNeedsYear: [],
  deadlineNotRecognized: [{ text: 'someday' }],
  oneResponsibleUnit: [],
  oneUnitOnly: [],
  roundWithoutDate: [{ label: 'Held on' }],
  unknownRankingGroup: [{ text: 'group C' }],
  notANumber: [],
  neitherScoreNorRank: [],
  roundIncomplete: [],
  unknownKind: [{ use: 'export', name: 'pdf', kinds: ['board', 'tasks'] }],
  historyUnknownTicket: [{ number: 'T-2026-0001' }],
};

/** The text of the sample values both languages must carry: numbers, names and lists, not the nested texts. */
const carried = (values: readonly unknown[]): string[] =>
  values.flatMap((v) =>
    Object.entries(v as Record<string, unknown>).flatMap(([name, x]) =>
      name === 'use' || name === 'platform'
        ? []
        : typeof x === 'number' || typeof x === 'string'
          ? [String(x)]
          : Array.isArray(x)
            ? x.filter((i): i is string => typeof i === 'string')
            : [],
    ),
  );

describe('the workbook messages', () => {
  it('writes each message as last reviewed: a change of wording in either language shows in its snapshot', async () => {
    const written = writtenCatalogue(SHEET_MESSAGES, SAMPLES);
    expect(Object.keys(written).length).toBe(Object.keys(SHEET_MESSAGES.en).length);
    await expect(`${JSON.stringify(written, null, 2)}\n`).toMatchFileSnapshot('messages.snap');
  });

  it('writes every message of the catalogue in Chinese and English, each saying the same values', () => {
    expect(catalogueProblems(SHEET_MESSAGES, SAMPLES, carried)).toEqual([]);
  });

  it('holds no message text outside the catalogues, only the language of the cells', () => {
    // Besides the catalogues, Chinese stands only where the workbook's own language is read or written: label tables,
    // column definitions and vocabulary, the exports and templates offices print, and the cell formats they write.
    const src = fileURLToPath(new URL('../src', import.meta.url));
    const cells =
      /^(messages\.[\w-]+|board|export-[\w-]+|templates|materials|names|dates|scoring-text|ticket-columns)\.ts$/;
    expect(
      textOutsideCatalogues(
        src,
        (file) => cells.test(file),
        /_(LABELS|NAMES|WORDS|TEXT|TABLE|CHOICES|META|KINDS)$/,
      ),
    ).toEqual([]);
  });
});
