import { fileURLToPath } from 'node:url';
import { catalogueProblems, textOutsideCatalogues, writtenCatalogue } from '@chuangwen/fixtures/catalogues';
import type { ValidationIssue } from '@chuangwen/model';
import { describe, expect, it } from 'vitest';
import type { en } from '../src/messages.en.js';
import { CLI_MESSAGES, say } from '../src/messages.js';

const issue: ValidationIssue = {
  path: ['units', 2],
  pointer: '/units/2',
  code: 'duplicate_id',
  message: { 'zh-CN': '编号重复', en: 'the id is used twice' },
};
const kind = { 'zh-CN': '点位台账', en: 'site register' };
const merged = { added: 5, changed: 2, unchanged: 40, refusedRows: 3 };

// Every message of the command, with values to write it from: typed by the English catalogue, so a message added there
// does not compile here until it has its sample.
const SAMPLES: { [K in keyof typeof en]: Parameters<(typeof en)[K]> } = {
  noSuchOption: [{ option: '--intoo' }],
  optionNeedsValue: [{ option: '--into' }],
  optionTakesNoValue: [{ option: '--strict' }],
  unreadableCommandLine: [{ said: 'unexpected -' }],
  badArguments: [{ problem: { 'zh-CN': '选项不存在', en: 'no such option' } }],
  missingArguments: [{ help: { 'zh-CN': '用法：chuangwen', en: 'usage: chuangwen' } }],
  unknownCommand: [{ command: 'imprt', help: { 'zh-CN': '用法：chuangwen', en: 'usage: chuangwen' } }],
  internalError: [{ said: 'TypeError: boom' }],
  asOfNotDate: [{ asOf: 'tomorrow' }],
  langUnknown: [{ lang: 'fr' }],
  yearNotYear: [{ year: '26' }],
  groupUnknown: [{ group: 'metro', codes: ['municipalDistrict'], names: ['直辖市城区'] }],
  levelUnknown: [{ level: 'ward', codes: ['street'], names: ['街道'] }],
  note: [{ note: { 'zh-CN': '请核对', en: 'check it' } }],
  cannotRead: [{ path: 'plan.json', reason: 'ENOENT' }],
  notJson: [{ path: 'plan.json' }],
  notAFile: [{ path: 'plan.json' }],
  inputTooLarge: [{ path: 'plan.json', megabytes: 600, limit: 256 }],
  cannotWrite: [{ path: 'out.xlsx', reason: 'EACCES' }],
  fileInUse: [{ path: 'out.xlsx' }],
  workbookUnreadable: [],
  workbookFileUnreadable: [{ path: 'units.xlsx' }],
  frameworkProblems: [{ path: 'framework.xlsx' }],
  notCampaign: [{ path: 'campaign.json' }],
  mergedInvalid: [{ path: 'campaign.json' }],
  recordsInvalid: [{ issues: [issue] }],
  needsCampaignToCheck: [{ kind }],
  needsCampaign: [],
  unknownTable: [],
  boardNeedsFramework: [],
  importing: [],
  exporting: [],
  noCampaignFile: [{ path: 'campaign.json' }],
  targetExists: [{ path: 'campaign.json' }],
  outputIsInput: [{ path: 'campaign.json' }],
  frameworkOverCampaign: [{ path: 'campaign.json' }],
  sampleStreet: [],
  nameMissing: [{ example: 'Sample Street' }],
  nothingReadable: [{ kind, path: 'campaign.json' }],
  strictRefused: [{ kind, path: 'campaign.json' }],
  kindMerged: [{ ...merged, kind, path: 'campaign.json' }],
  frameworkMerged: [
    { path: 'campaign.json', name: 'Sample framework', standards: 72, added: 72, written: 'f.json' },
  ],
  ticketsMerged: [{ ...merged, path: 'campaign.json', hotline: 11, urbanCases: 7, skipped: 4, repeated: 6 }],
  placeInList: [{ list: kind, index: 1, id: 's-2', field: { 'zh-CN': '牵头单位', en: 'lead unit' } }],
  writtenInvalid: [],
  placeholderPeople: [],
  unitKindsGuessed: [],
  initSummary: [{ units: 27, people: 5 }],
  calendarProblems: [{ path: '2026.json' }],
  deadlinesUnknown: [
    { count: 3, first: { 'zh-CN': '2027 年的日历未发布', en: 'the 2027 calendar is not published' } },
  ],
  noCalendar: [],
};

/** The text of the sample values both languages must carry: numbers, names and paths, not the nested messages. */
const carried = (values: readonly unknown[]): string[] =>
  values.flatMap((v) =>
    Object.entries(v as Record<string, unknown>).flatMap(([name, x]) =>
      typeof x === 'number' ? [String(name === 'index' ? x + 1 : x)] : typeof x === 'string' ? [x] : [],
    ),
  );

describe('the command’s messages', () => {
  it('writes each message as last reviewed: a change of wording in either language shows in its snapshot', async () => {
    const written = writtenCatalogue(CLI_MESSAGES, SAMPLES);
    expect(Object.keys(written).length).toBe(Object.keys(CLI_MESSAGES.en).length);
    await expect(`${JSON.stringify(written, null, 2)}\n`).toMatchFileSnapshot('messages.snap');
  });

  it('writes every message of the catalogue in Chinese and English, each saying the same values', () => {
    expect(catalogueProblems(CLI_MESSAGES, SAMPLES, carried)).toEqual([]);
  });

  it('holds no message text outside the catalogues: only label tables, vocabulary, help and document text', () => {
    const src = fileURLToPath(new URL('../src', import.meta.url));
    expect(
      textOutsideCatalogues(
        src,
        (file) => /^messages\.[\w-]+\.ts$/.test(file),
        /_(LABELS|NAMES|WORDS|TEXT)$|^HELP$/,
      ),
    ).toEqual([]);
  });

  it('names a place in a list in both languages, with its id and field when known', () => {
    expect(say('placeInList', { list: kind, index: 0 })).toEqual({
      'zh-CN': '点位台账第 1 条',
      en: 'site register 1',
    });
    expect(
      say('placeInList', { list: kind, index: 1, id: 's-2', field: { 'zh-CN': '名称', en: 'name' } }),
    ).toEqual({
      'zh-CN': '点位台账第 2 条（s-2）的名称',
      en: 'site register 2 (s-2), name',
    });
  });
});
