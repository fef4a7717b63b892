import { describe, expectTypeOf, it } from 'vitest';
import {
  type ColumnKey,
  EXPORT_KINDS,
  type ExportKind,
  IMPORT_KINDS,
  type ImportKind,
  type ROUND_TABLE,
  type TASK_TABLE,
  workbookKind,
} from '../src/index.js';
import { defineTable, type TableRow } from '../src/table.js';

describe('column keys as types', () => {
  it("keeps a table's column keys, so a row takes only those", () => {
    expectTypeOf<ColumnKey<typeof TASK_TABLE>>().toEqualTypeOf<
      | 'id'
      | 'standards'
      | 'content'
      | 'description'
      | 'lead'
      | 'supporting'
      | 'responsible'
      | 'leader'
      | 'deadline'
      | 'frequency'
      | 'materials'
      | 'note'
      | 'edition'
    >();
    expectTypeOf<'method:fieldInspection' | 'unit' | 'score'>().toExtend<ColumnKey<typeof ROUND_TABLE>>();
    expectTypeOf<'method:guesswork'>().not.toExtend<ColumnKey<typeof ROUND_TABLE>>();
    const table = defineTable({
      name: { 'zh-CN': '表', en: 'table' },
      columns: [{ key: 'a', header: { 'zh-CN': '甲', en: 'A' } }],
    });
    const row = {} as TableRow<ColumnKey<typeof table>>;
    row.get('a');
    // @ts-expect-error: not a column of the table
    row.get('b');
    // @ts-expect-error: not a column of the table
    row.at('leadUnits');
  });

  it('types the kind lists and the lookup by use', () => {
    expectTypeOf(IMPORT_KINDS).toEqualTypeOf<readonly ImportKind[]>();
    expectTypeOf(EXPORT_KINDS).toEqualTypeOf<readonly ExportKind[]>();
    expectTypeOf<ImportKind>().toEqualTypeOf<
      'framework' | 'tasks' | 'sites' | 'rectifications' | 'rounds' | 'tickets'
    >();
    expectTypeOf<ExportKind>().toEqualTypeOf<'framework' | 'tasks' | 'rectifications' | 'rounds' | 'board'>();
    expectTypeOf(workbookKind('x', 'export')).toEqualTypeOf<ExportKind | undefined>();
    expectTypeOf(workbookKind('x', 'template')).toEqualTypeOf<ImportKind | undefined>();
  });
});
