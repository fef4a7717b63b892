import type { BilingualText } from '@chuangwen/model';
import { BOARD_TABLES } from './board.js';
import { FRAMEWORK_TABLE } from './framework-columns.js';
import { say } from './messages.js';
import { RECTIFICATION_TABLE } from './rectification-columns.js';
import { ROUND_TABLE } from './rounds.js';
import { SITE_TABLE } from './sites.js';
import type { TableSpec } from './table.js';
import { TASK_TABLE } from './tasks.js';
import { HOTLINE_TICKET_TABLE, TICKET_STEP_TABLE, URBAN_CASE_TABLE } from './ticket-columns.js';

// The one list of what the library reads and writes as workbooks. The importers, the exporters, the templates and the
// command all take their kinds from it, so a kind is added in one place and an unknown one is refused in one message.

/** What a workbook of a kind is written from: a campaign (with its framework), a framework alone, or ticket records. */
export type ExportSource = 'campaign' | 'framework' | 'tickets';

/** A kind of workbook: what it is called, the tables it holds, whether it imports, and what an export is written from. */
export interface WorkbookKindInfo {
  label: BilingualText;
  /** The tables a workbook of the kind holds, in sheet order; their column keys are its rows' keys. */
  tables: readonly TableSpec[];
  /** Read by an import, with a blank template to fill in. */
  imports: boolean;
  /** What an export is written from; absent for a kind that is only imported. */
  exportsFrom?: ExportSource;
}

/** Every kind of workbook the library reads or writes. */
export const WORKBOOK_KINDS = {
  framework: {
    label: { 'zh-CN': '测评体系', en: 'framework' },
    tables: [FRAMEWORK_TABLE],
    imports: true,
    exportsFrom: 'framework',
  },
  tasks: {
    label: { 'zh-CN': '任务分解表', en: 'task table' },
    tables: [TASK_TABLE],
    imports: true,
    exportsFrom: 'campaign',
  },
  sites: {
    label: { 'zh-CN': '点位台账', en: 'site register' },
    tables: [SITE_TABLE],
    imports: true,
  },
  rectifications: {
    label: { 'zh-CN': '问题整改台账', en: 'rectification ledger' },
    tables: [RECTIFICATION_TABLE],
    imports: true,
    exportsFrom: 'campaign',
  },
  rounds: {
    label: { 'zh-CN': '测评结果', en: 'assessment results' },
    tables: [ROUND_TABLE],
    imports: true,
    exportsFrom: 'campaign',
  },
  tickets: {
    label: { 'zh-CN': '工单导出（12345 热线、数字城管）', en: 'ticket export (12345 hotline, 数字城管)' },
    tables: [HOTLINE_TICKET_TABLE, URBAN_CASE_TABLE, TICKET_STEP_TABLE],
    imports: true,
    exportsFrom: 'tickets',
  },
  board: {
    label: { 'zh-CN': '达标情况汇总表', en: 'compliance summary' },
    tables: [BOARD_TABLES.items, BOARD_TABLES.standards, BOARD_TABLES.units],
    imports: false,
    exportsFrom: 'campaign',
  },
} as const satisfies Record<string, WorkbookKindInfo>;

/** A kind of workbook the library reads or writes. */
export type WorkbookKind = keyof typeof WORKBOOK_KINDS;

type Kinds = typeof WORKBOOK_KINDS;
/** A kind that imports, and so has a blank template. */
export type ImportKind = { [K in WorkbookKind]: Kinds[K]['imports'] extends true ? K : never }[WorkbookKind];
/** A kind written from a campaign or a framework: what the command exports. */
export type ExportKind = {
  [K in WorkbookKind]: Kinds[K] extends { exportsFrom: 'campaign' | 'framework' } ? K : never;
}[WorkbookKind];

const ALL = Object.keys(WORKBOOK_KINDS) as WorkbookKind[];
const info = (kind: WorkbookKind): WorkbookKindInfo => WORKBOOK_KINDS[kind];

/** The kinds that import, each with a blank template, in the registry's order. */
export const IMPORT_KINDS: readonly ImportKind[] = ALL.filter((k): k is ImportKind => info(k).imports);
/** The kinds written from a campaign or a framework, in the registry's order. */
export const EXPORT_KINDS: readonly ExportKind[] = ALL.filter(
  (k): k is ExportKind => info(k).exportsFrom === 'campaign' || info(k).exportsFrom === 'framework',
);

/** What a kind is used for, to choose the list a name is looked up in. */
export type KindUse = 'import' | 'export' | 'template';

const listFor = (use: KindUse): readonly WorkbookKind[] => (use === 'export' ? EXPORT_KINDS : IMPORT_KINDS);

/** The kind a name means for a use, or undefined; own names only, so `constructor` or `__proto__` is no kind. */
export function workbookKind(name: string, use: 'export'): ExportKind | undefined;
export function workbookKind(name: string, use: 'import' | 'template'): ImportKind | undefined;
export function workbookKind(name: string, use: KindUse): WorkbookKind | undefined;
export function workbookKind(name: string, use: KindUse): WorkbookKind | undefined {
  return listFor(use).find((k) => k === name);
}

/** The message for a name that is no kind for a use, listing the kinds there are. */
export function unknownKindMessage(name: string, use: KindUse): BilingualText {
  return say('unknownKind', { use, name, kinds: listFor(use) });
}
