import type { FrameworkEdition } from '@chuangwen/checklists';
import {
  ENUM_LABELS,
  FrequencySchema,
  type MaterialRequirementInput,
  type Person,
  type TaskAssignment,
  TaskAssignmentSchema,
  type Unit,
} from '@chuangwen/model';
import { parseDeadline } from './dates.js';
import { DerivedIds } from './derived-ids.js';
import { checkRecord, IssueSink, nameProblem, readChoice, readNames } from './fields.js';
import type { WorkbookGrid } from './grid.js';
import { type ImportOptions, importWith, locateTables, recordsFrom } from './import-common.js';
import type { SheetResult } from './issues.js';
import { CATEGORIES, parseRequirements } from './materials.js';
import { say } from './messages.js';
import { PersonNames, UnitNames } from './names.js';
import type { WorkbookBytes } from './read-workbook.js';
import { StandardNames } from './standard-names.js';
import { type ColumnKey, defineTable, type TableRow } from './table.js';
import { cellText } from './text.js';

/** A row of the TASK_TABLE, which takes only its column keys. */
type TaskRow = TableRow<ColumnKey<typeof TASK_TABLE>>;

/** The task decomposition table (任务分解表): its columns and the headers offices use for them. */
export const TASK_TABLE = defineTable({
  name: { 'zh-CN': '任务分解表', en: 'Task decomposition table' },
  columns: [
    { key: 'id', header: { 'zh-CN': '任务编号', en: 'Task id' }, synonyms: ['编号'], width: 10 },
    {
      key: 'standards',
      header: { 'zh-CN': '测评标准', en: 'Standards' },
      synonyms: ['对应标准', '标准编号', '测评标准编号', '对应测评标准', '测评标准（编号）'],
      width: 16,
    },
    {
      key: 'content',
      header: { 'zh-CN': '测评内容', en: 'Content' },
      synonyms: ['测评项目', '指标'],
      width: 16,
    },
    {
      key: 'description',
      header: { 'zh-CN': '任务', en: 'Task' },
      synonyms: [
        '工作任务',
        '任务内容',
        '工作内容',
        '具体任务',
        '重点任务',
        '工作措施',
        '创建任务',
        '任务措施',
      ],
      required: true,
      width: 36,
    },
    {
      key: 'lead',
      header: { 'zh-CN': '牵头单位', en: 'Lead units' },
      synonyms: ['主责单位', '牵头部门', '主抓单位', '牵头科室'],
      width: 16,
    },
    {
      key: 'responsible',
      header: { 'zh-CN': '责任单位', en: 'Responsible units' },
      synonyms: ['责任部门', '责任科室'],
      width: 16,
    },
    {
      key: 'supporting',
      header: { 'zh-CN': '配合单位', en: 'Supporting units' },
      synonyms: ['协办单位', '协助单位', '配合部门', '配合科室'],
      width: 20,
    },
    {
      key: 'leader',
      header: { 'zh-CN': '责任领导', en: 'Responsible leader' },
      synonyms: ['分管领导', '包抓领导', '牵头领导'],
      width: 10,
    },
    {
      key: 'deadline',
      header: { 'zh-CN': '完成时限', en: 'Deadline' },
      synonyms: ['时间节点', '完成时间', '时限要求', '时限', '截止时间', '完成期限'],
      required: true,
      width: 14,
    },
    { key: 'frequency', header: { 'zh-CN': '频次', en: 'Frequency' }, synonyms: ['工作频次'], width: 8 },
    {
      key: 'materials',
      header: { 'zh-CN': '材料要求', en: 'Material required' },
      synonyms: ['佐证材料', '资料要求', '台账资料', '档案材料', '材料清单', '见证材料', '具体要求'],
      width: 30,
    },
    { key: 'note', header: { 'zh-CN': '备注', en: 'Note' }, width: 14 },
    { key: 'edition', header: { 'zh-CN': '测评体系编号', en: 'Edition id' }, width: 10 },
  ],
});

/** What a task table is read against: the campaign's units and people, the framework, the year of short dates. */
export interface TaskImportOptions extends ImportOptions {
  units: readonly Unit[];
  people?: readonly Person[];
  /** To read standards written as text (a standard's, a content's or an item's); without it, codes only. */
  framework?: FrameworkEdition;
  /** Without a framework, the codes a standard must be one of (a campaign's tracked standards); any code otherwise. */
  standardCodes?: readonly string[];
  /**
   * The edition `framework` or `standardCodes` belong to (the campaign's main edition); a row of another edition (its
   * 测评体系编号 says so) cites codes of its own and is not read against them.
   */
  mainEditionId?: string;
  /** The year of dates written without one (6月底前). */
  year?: number;
  /** The prefix of the ids derived from the text and standards of rows with no task id (`task-…`). */
  idPrefix?: string;
}

const FREQUENCIES = { values: FrequencySchema.options, labels: ENUM_LABELS.frequency };
const COLUMN_OF = {
  id: 'id',
  description: 'description',
  standardRefs: 'standards',
  leadUnitIds: 'lead',
  supportingUnitIds: 'supporting',
  responsibleLeaderId: 'leader',
  deadline: 'deadline',
  frequency: 'frequency',
  materialRequirements: 'materials',
  note: 'note',
  editionId: 'edition',
} as const satisfies Readonly<Record<string, ColumnKey<typeof TASK_TABLE>>>;
const UNIT = say('unit');

function readRow(row: TaskRow, n: number, ctx: Context, sink: IssueSink, hasLead: boolean): unknown {
  const path = ['tasks', n];
  const at = (field: keyof typeof COLUMN_OF) => [...path, field];
  const task: Record<string, unknown> = {
    id:
      cellText(row.get('id')) ??
      ctx.ids.next(
        cellText(row.get('description')),
        cellText(row.get('standards')) ?? cellText(row.get('content')),
      ),
  };
  const description = cellText(row.get('description'));
  if (description !== undefined) task.description = description;
  const refKey = cellText(row.get('standards')) !== undefined ? 'standards' : 'content';
  // A task of another edition (a companion assessment) cites that edition's codes, which this framework lacks.
  const edition = cellText(row.get('edition'));
  const other = edition !== undefined && ctx.editionId !== undefined && edition !== ctx.editionId;
  task.standardRefs = readNames(
    row,
    refKey,
    other ? ANY_CODE : ctx.standards,
    sink,
    say('standard'),
    at('standardRefs'),
  );
  const lead = readNames(row, 'lead', ctx.units, sink, UNIT, at('leadUnitIds'));
  const responsible = readNames(row, 'responsible', ctx.units, sink, UNIT, at('supportingUnitIds'));
  const supporting = readNames(row, 'supporting', ctx.units, sink, UNIT, at('supportingUnitIds'));
  // Without a 牵头单位 column, the first unit under 责任单位 convenes the others.
  task.leadUnitIds = hasLead ? lead : responsible.slice(0, 1);
  const rest = hasLead ? responsible : responsible.slice(1);
  task.supportingUnitIds = [...rest, ...supporting].filter((id, i, all) => all.indexOf(id) === i);
  const leader = cellText(row.get('leader'));
  if (leader !== undefined) {
    const match = ctx.people.match(leader);
    if (match.ok) task.responsibleLeaderId = match.ids[0];
    else
      sink.at(
        row,
        'leader',
        'unknown_name',
        nameProblem(leader, match, say('leader')),
        at('responsibleLeaderId'),
      );
  }
  const deadline = parseDeadline(row.get('deadline'), ctx.year);
  if (deadline === 'needsYear')
    sink.at(row, 'deadline', 'date_needs_year', say('deadlineNeedsYear'), at('deadline'));
  else if (deadline === undefined && cellText(row.get('deadline')) !== undefined)
    sink.at(
      row,
      'deadline',
      'invalid_date',
      say('deadlineNotRecognized', { text: cellText(row.get('deadline'))! }),
      at('deadline'),
    );
  else if (deadline !== undefined) task.deadline = deadline;
  const frequency = readChoice(row, 'frequency', FREQUENCIES, sink, say('frequency'));
  if (frequency !== undefined) task.frequency = frequency;
  task.materialRequirements = readMaterials(row, ctx, sink, at('materialRequirements'));
  for (const [field, key] of [
    ['note', 'note'],
    ['editionId', 'edition'],
  ] as const) {
    const text = cellText(row.get(key));
    if (text !== undefined) task[field] = text;
  }
  return task;
}

function readMaterials(row: TaskRow, ctx: Context, sink: IssueSink, path: (string | number)[]) {
  const text = cellText(row.get('materials'));
  if (text === undefined) return [];
  const { requirements, unknown } = parseRequirements(text);
  for (const piece of unknown)
    sink.at(
      row,
      'materials',
      'unknown_material',
      say('unknownMaterial', { text: piece, categories: CATEGORIES }),
      path,
    );
  return requirements.map((w) => {
    const out: MaterialRequirementInput = { category: w.category, quantity: w.quantity };
    if (w.description !== undefined) out.description = { 'zh-CN': w.description };
    if (w.provider !== undefined) {
      const unit = ctx.units.match(w.provider);
      if (unit.ok && unit.ids.length === 1) out.providerUnitId = unit.ids[0]!;
      else out.provider = { 'zh-CN': w.provider };
    }
    return out;
  });
}

const ANY_CODE = new StandardNames();

interface Context {
  /** The edition the standards are read against, when a framework is given. */
  editionId: string | undefined;
  units: UnitNames;
  people: PersonNames;
  standards: StandardNames;
  year: number | undefined;
  ids: DerivedIds;
}

/** Reads task decomposition tables from workbook grids (pure): every row a task, or every issue located. */
export function tasksFromGrid(
  workbook: WorkbookGrid,
  options: TaskImportOptions,
): SheetResult<TaskAssignment[]> {
  const { tables, issues } = locateTables(workbook, TASK_TABLE, options);
  if (issues.length > 0) return { ok: false, issues };
  const ctx: Context = {
    editionId: options.framework?.id ?? options.mainEditionId,
    units: new UnitNames(options.units),
    people: new PersonNames(options.people ?? []),
    standards: new StandardNames(options.framework, options.standardCodes),
    year: options.year,
    ids: new DerivedIds(options.idPrefix ?? 'task-'),
  };
  const sink = new IssueSink();
  return recordsFrom(tables, sink, (row, n, table) => {
    const record = readRow(row, n, ctx, sink, table.columns.has('lead'));
    return checkRecord(TaskAssignmentSchema, record, row, ['tasks', n], COLUMN_OF, sink);
  });
}

/** Reads a task decomposition table (任务分解表) from an xlsx file. */
export async function importTasks(
  input: WorkbookBytes,
  options: TaskImportOptions,
): Promise<SheetResult<TaskAssignment[]>> {
  return importWith(input, options, (workbook) => tasksFromGrid(workbook, options));
}
