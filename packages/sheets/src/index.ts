/**
 * The 创文 office's spreadsheets in and out. Imports read the workbooks offices pass around (测评体系, 任务分解表,
 * 点位台账, 问题整改台账, 测评结果) into the library's records and report every problem at its cell, in Chinese and
 * English; exports write the ledger per unit, the 达标情况汇总表, the task table with its countdown, the results per
 * unit and method, and a blank template for each import. Every export re-imports to the same data. Reads and writes
 * xlsx (Excel and WPS) with exceljs; untrusted files are bounded before they are parsed; no clock, no console.
 *
 * @packageDocumentation
 */

export type { BoardSummary } from './board.js';
export {
  BOARD_TABLES,
  boardSheets,
  boardSummaryFromGrid,
  exportBoard,
  importBoardSummary,
  summarizeBoard,
} from './board.js';
export { campaignContext } from './context.js';
export { exportFramework, frameworkSheets } from './export-framework.js';
export type { RectificationCampaign, RectificationExportOptions } from './export-rectifications.js';
export { exportRectifications, latestTime, rectificationSheets } from './export-rectifications.js';
export type { RoundCampaign } from './export-rounds.js';
export { exportRounds, roundSheets } from './export-rounds.js';
export type { TaskCampaign, TaskExportOptions } from './export-tasks.js';
export { exportTasks, taskCountdown, taskSheets } from './export-tasks.js';
export type { TicketExportOptions } from './export-tickets.js';
export { exportTickets, ticketSheets } from './export-tickets.js';
export type { FrameworkImportOptions } from './framework.js';
export { frameworkFromGrid, importFramework } from './framework.js';
export { EDITION_META, FRAMEWORK_TABLE, readCompetitionGroup } from './framework-columns.js';
export type { CellProblem, CellValue, MergedRange, SheetGrid, WorkbookGrid } from './grid.js';
export { gridOf } from './grid.js';
export type { ImportOptions } from './import-common.js';
export type { CellLocation, SheetIssue, SheetResult } from './issues.js';
export { cellRef, columnLetter, formatSheetIssue } from './issues.js';
export type { SheetLimits } from './limits.js';
export { DEFAULT_LIMITS } from './limits.js';
export type { MergeKind, MergeReport } from './merge.js';
export { MERGE_KINDS, mergeIntoCampaign, mergeRecords } from './merge.js';
export type { ReadOptions, WorkbookBytes } from './read-workbook.js';
export { readWorkbook } from './read-workbook.js';
export { RECTIFICATION_TABLE } from './rectification-columns.js';
export type { RectificationImportOptions } from './rectifications.js';
export { importRectifications, rectificationsFromGrid } from './rectifications.js';
export type { RoundDetails, RoundImportOptions } from './rounds.js';
export { importRounds, ROUND_TABLE, roundsFromGrid } from './rounds.js';
export type { ListSpec, SheetSpec, WorkbookSpec, WriteCell, WriteColumn } from './sheet-spec.js';
export type { SiteImportOptions } from './sites.js';
export { importSites, SITE_TABLE, sitesFromGrid } from './sites.js';
export type { ColumnDef, ColumnKey, ColumnMapping, TableSpec } from './table.js';
export type { TaskImportOptions } from './tasks.js';
export { importTasks, TASK_TABLE, tasksFromGrid } from './tasks.js';
export type { TemplateOptions } from './templates.js';
export { exportTemplate, templateSheets } from './templates.js';
export { HOTLINE_TICKET_TABLE, TICKET_STEP_TABLE, URBAN_CASE_TABLE } from './ticket-columns.js';
export type { TicketLedgerImportOptions, TicketLedgers } from './ticket-ledger.js';
export { importTicketLedger, ticketLedgerFromGrid } from './ticket-ledger.js';
export type { TicketImportOptions, TicketWorkbook } from './tickets.js';
export { importTickets, ticketsFromGrid } from './tickets.js';
export type {
  ExportKind,
  ExportSource,
  ImportKind,
  KindUse,
  WorkbookKind,
  WorkbookKindInfo,
} from './workbook-kinds.js';
export {
  EXPORT_KINDS,
  IMPORT_KINDS,
  unknownKindMessage,
  WORKBOOK_KINDS,
  workbookKind,
} from './workbook-kinds.js';
export { writeWorkbook } from './write-workbook.js';
export type { WrittenPerson, WrittenUnit } from './written-names.js';
export { namesInWorkbooks } from './written-names.js';
