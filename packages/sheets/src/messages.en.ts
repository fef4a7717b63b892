import type { BilingualText } from '@chuangwen/model';

/** A name as a cell wrote it, and what it matched on the list: several records, or none (with the nearest, if any). */
export interface NameMatch {
  written: string;
  what: BilingualText;
}

const nearest = (hint: string | undefined) => (hint ? `; did you mean "${hint}"?` : '');

/**
 * The workbook messages in English. This catalogue names every message and the values it is written from; the other
 * languages are typed by it (`messages.zh-CN.ts`). Messages with no values name things the other messages speak of.
 */
export const en = {
  // What the messages speak of.
  person: () => 'person',
  unit: () => 'unit',
  site: () => 'site',
  siteType: () => 'site type',
  standard: () => 'standard',
  area: () => 'area',
  status: () => 'status',
  step: () => 'step',
  satisfaction: () => 'satisfaction',
  requestType: () => 'request type',
  caseKind: () => 'kind',
  timeReported: () => 'the time reported',
  timeClosed: () => 'the time closed',
  mergedRange: () => 'the merged range',
  namedRange: (p: { name: string }) => `the name "${p.name}" covering`,
  leader: () => 'leader',
  responsibleUnit: () => 'responsible unit',
  frequency: () => 'frequency',
  selection: () => 'selection',
  datum: () => 'datum',
  // The file as a whole.
  notXlsx: () =>
    'the file is not an Excel workbook (.xlsx); open it in Excel or WPS and save it as an Excel workbook (*.xlsx)',
  damaged: () => 'the workbook file is damaged and cannot be read; open it in Excel or WPS and save it again',
  damagedOrUnsupported: () =>
    'the workbook is damaged or in an unsupported format; open it in Excel or WPS and save it as .xlsx again',
  packageEncrypted: () =>
    'the workbook package is password-protected and cannot be read; remove the password and save it again',
  passwordProtected: () =>
    'the workbook is password-protected (encrypted) and cannot be read; remove the password and save it again',
  legacyXls: () => 'this is a legacy Excel 97-2003 workbook (.xls); save it as .xlsx in Excel or WPS first',
  fileTooLarge: (p: { megabytes: string; limit: string }) =>
    `the file is ${p.megabytes} MB, above the limit of ${p.limit} MB; split it by unit or month`,
  tooManyParts: (p: { limit: number }) =>
    `the workbook package has more than ${p.limit} parts; it is not an ordinary workbook`,
  tooManySheets: (p: { sheets: number; limit: number }) =>
    `the workbook has ${p.sheets} sheets, above the limit of ${p.limit}`,
  inflatesTooLarge: (p: { megabytes: string | undefined; limit: string }) =>
    `the workbook inflates to ${p.megabytes === undefined ? 'more than' : `${p.megabytes} MB, above`} ${p.limit} MB; it is broken or not an ordinary register`,
  tooManyRows: (p: { rows: number; limit: number }) =>
    `the sheet has ${p.rows} rows, above the limit of ${p.limit}; split it and import the parts`,
  tooManyMerges: (p: { merges: number; limit: number }) =>
    `the sheet has ${p.merges} merged ranges, above the limit of ${p.limit}`,
  rangeTooLarge: (p: { what: BilingualText; ref: string; cells: number; limit: number }) =>
    `${p.what.en} ${p.ref} covers ${p.cells} cells, above the limit of ${p.limit}`,
  tooManyCells: (p: { cells: number; limit: number }) =>
    `the workbook has ${p.cells} cells (merged ranges and named ranges included), above the limit of ${p.limit}`,
  tooManyStrings: (p: { limit: number }) =>
    `the workbook's shared text table holds more than ${p.limit} texts and runs; it is broken or not an ordinary register`,
  tooManyStyles: (p: { limit: number }) =>
    `the workbook defines more than ${p.limit} cell formats, fonts, fills and borders; it is broken or not an ordinary register`,
  tooManyRuns: (p: { limit: number }) =>
    `the workbook's shared text table holds more than ${p.limit} rich-text runs; it is broken or not an ordinary register`,
  textTooLong: (p: { part: string }) =>
    `${p.part} holds a text (or a tag, a comment, a CDATA section) far longer than any cell may hold; it is broken or not an ordinary register`,
  tooManyColumns: (p: { limit: number }) =>
    `the sheet has more than ${p.limit} columns; the rest were not read`,
  noSheet: (p: { sheet: string; sheets: readonly string[] }) =>
    `the workbook has no sheet named "${p.sheet}"; it has: ${p.sheets.join(', ')}`,
  noTable: (p: { table: BilingualText; headers: readonly BilingualText[] }) =>
    `no ${p.table.en} header was found (it needs: ${p.headers.map((h) => h.en).join(', ')})`,
  noTicketTable: () => 'no hotline ticket or digital urban management (数字城管) case header was found',
  // Headers and cells.
  missingColumn: (p: { header: BilingualText; synonyms: readonly string[] }) =>
    `the header has no "${p.header.en}" column ("${p.header['zh-CN']}"${p.synonyms.length > 0 ? `, also written ${p.synonyms.map((w) => `"${w}"`).join(', ')}` : ''})`,
  formulaWithoutResult: (p: { formula: string }) =>
    `the cell holds only the formula ${p.formula} with no saved result; recalculate and save the workbook, or type the value`,
  cellError: (p: { error: string }) => `the cell holds the error value ${p.error}`,
  cellTooLong: (p: { start: string }) => `the cell's text is too long ("${p.start}…")`,
  mergedAcross: (p: { ref: string; headers: readonly string[] }) =>
    p.headers.length > 1
      ? ` (${p.ref} is one cell merged across the columns ${p.headers.map((h) => `"${h}"`).join(', ')}, so its text fills each of them; unmerge it and fill each column)`
      : ` (${p.ref} is one cell merged across columns; unmerge it and fill each column)`,
  duplicateId: (p: { id: string; row: number }) => `the id "${p.id}" repeats the one in row ${p.row}`,
  notAChoice: (p: { what: BilingualText; text: string; choices: readonly BilingualText[] }) =>
    `${p.what.en} "${p.text}" is not recognized; expected one of: ${p.choices.map((c) => c.en).join(', ')}`,
  ambiguousName: (p: NameMatch & { candidates: readonly string[] }) =>
    `${p.what.en} "${p.written}" could be any of: ${p.candidates.join(', ')}; write the full name`,
  unknownName: (p: NameMatch & { hint: string | undefined }) =>
    `${p.what.en} "${p.written}" is not on the list${nearest(p.hint)}`,
  oneNameOnly: () => 'name one only',
  oneStandardOnly: () => 'name one standard',
  // Frameworks.
  unknownMethod: (p: { text: string }) => `assessment method "${p.text}" is not recognized`,
  unknownStandardKind: (p: { text: string }) => `standard kind "${p.text}" is not recognized`,
  unknownRule: (p: { text: string }) => `scoring rule "${p.text}" is not recognized`,
  unknownMaterial: (p: { text: string; categories: readonly BilingualText[] }) =>
    `no material category found in "${p.text}"`,
  missingTier: () => 'the row has no item or content above it',
  unknownGroup: (p: { text: string; groups: readonly BilingualText[] }) =>
    `the group "${p.text}" is not recognized; expected one of: ${p.groups.map((g) => g.en).join(', ')}`,
  missingEditionDetail: (p: { group: boolean; groups: readonly BilingualText[] }) =>
    `the framework's ${p.group ? 'competition group' : 'year'} is not given: write "组别：地级市　年份：2026" above the header (the template's second row has both), or put it in the title ("……测评体系（2026年版）——地级市"), or give it when importing; groups: ${p.groups.map((g) => g.en).join(', ')}`,
  // Rectifications and tickets.
  notADateTime: (p: { what: BilingualText; text: string }) =>
    `${p.what.en} "${p.text}" is not a date and time; write 2026-03-02 09:30 or use a date cell`,
  deadlineNotDate: (p: { text: string }) => `the deadline "${p.text}" is not a date; write 2026-04-10`,
  timeNotRecognized: () => 'not a date and time; write 2026-03-02 09:30 or use a date cell',
  timeLimitNotRecognized: (p: { text: string }) =>
    `the time limit "${p.text}" is not recognized; write "3个工作日" (3 working days), "24小时" (24 hours), "2个工作小时" (2 working hours) or "10个自然日" (10 calendar days)`,
  extensionNotDate: () => 'the extension date is not a date',
  verificationNotRecognized: (p: { text: string }) =>
    `the verification result "${p.text}" is not recognized; write "通过" (passed) or "不通过" (failed)`,
  noSuchStep: (p: { platform: 'hotline' | 'urbanCase'; steps: readonly BilingualText[] }) =>
    `${p.platform === 'hotline' ? 'a hotline ticket' : 'a digital urban management case'} has no such step; its steps are: ${p.steps.map((s) => s.en).join(', ')}`,
  categoryNotInTable: (p: { category: string; table: string }) =>
    `the category "${p.category}" is not in the table "${p.table}"`,
  // Tasks, sites and assessment rounds.
  deadlineNeedsYear: () => 'the deadline has no year; write the full date or give the year when importing',
  deadlineNotRecognized: (p: { text: string }) =>
    `the deadline "${p.text}" is not a date or a standing duty ("长期坚持", "常态化")`,
  oneResponsibleUnit: () => 'a site has one responsible unit',
  oneUnitOnly: () => 'name one unit',
  roundWithoutDate: (p: { label: string }) =>
    `the round has no date: write "${p.label}：2026-05-20" above the header, or give it when importing`,
  unknownRankingGroup: (p: { text: string }) => `group "${p.text}" is not known; give its id when importing`,
  notANumber: () => 'not a number',
  neitherScoreNorRank: () => 'neither a score nor a rank',
  roundIncomplete: () => 'the round details are incomplete (id, a period such as 2026-Q2, the date)',
  unknownKind: (p: { use: 'import' | 'export' | 'template'; name: string; kinds: readonly string[] }) =>
    `unknown ${p.use} kind "${p.name.length > 40 ? `${p.name.slice(0, 40)}…` : p.name}"; use one of: ${p.kinds.join(', ')}`,
  historyUnknownTicket: (p: { number: string }) =>
    `the history names "${p.number}", which is in neither the ticket nor the case sheet`,
};
