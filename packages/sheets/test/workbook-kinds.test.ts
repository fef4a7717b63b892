import { describe, expect, it } from 'vitest';
import {
  EXPORT_KINDS,
  IMPORT_KINDS,
  templateSheets,
  unknownKindMessage,
  WORKBOOK_KINDS,
  type WorkbookKind,
  workbookKind,
} from '../src/index.js';
import { context } from './helpers.js';

const KINDS = Object.keys(WORKBOOK_KINDS) as WorkbookKind[];

describe('the workbook-kind registry', () => {
  it('derives the import and export lists from each kind, in the registry order', () => {
    expect(IMPORT_KINDS).toEqual(KINDS.filter((k) => WORKBOOK_KINDS[k].imports));
    expect(IMPORT_KINDS).toEqual(['framework', 'tasks', 'sites', 'rectifications', 'rounds', 'tickets']);
    // The command exports what a campaign or a framework gives; ticket records are exported by the library alone.
    expect(EXPORT_KINDS).toEqual(['framework', 'tasks', 'rectifications', 'rounds', 'board']);
    expect(
      KINDS.filter((k) => !IMPORT_KINDS.includes(k as never) && !EXPORT_KINDS.includes(k as never)),
    ).toEqual([]);
  });

  it('gives every kind a label in both languages and tables whose column keys are unique', () => {
    for (const kind of KINDS) {
      const info = WORKBOOK_KINDS[kind];
      expect(info.label['zh-CN'], kind).toMatch(/\p{Script=Han}/u);
      expect(info.label.en, kind).toMatch(/^[a-z]/);
      expect(info.tables.length, kind).toBeGreaterThan(0);
      for (const table of info.tables) {
        const keys = table.columns.map((c) => c.key);
        expect(new Set(keys).size, `${kind}: ${table.name.en}`).toBe(keys.length);
      }
    }
  });

  it("makes each import kind's template one sheet per table of the kind, with the table's own headers", () => {
    for (const kind of IMPORT_KINDS) {
      const { sheets } = templateSheets(kind, context());
      const tables = WORKBOOK_KINDS[kind].tables;
      expect(sheets.map((s) => s.name)).toEqual(tables.map((t) => t.name['zh-CN']));
      sheets.forEach((sheet, i) => {
        const headers = new Set(tables[i]!.columns.map((c) => c.header['zh-CN']));
        for (const column of sheet.columns) expect(headers, kind).toContain(column.header.replace(/\*$/, ''));
      });
    }
  });

  it('finds a kind by its own name only, for the use asked', () => {
    expect(workbookKind('tasks', 'import')).toBe('tasks');
    expect(workbookKind('board', 'export')).toBe('board');
    expect(workbookKind('board', 'import')).toBeUndefined();
    expect(workbookKind('sites', 'export')).toBeUndefined();
    expect(workbookKind('tickets', 'template')).toBe('tickets');
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', '', 'Tasks', ' tasks'])
      for (const use of ['import', 'export', 'template'] as const)
        expect(workbookKind(name, use)).toBeUndefined();
  });

  it('says in both languages what is unknown and what there is, with the name bounded', () => {
    const message = unknownKindMessage('boards', 'export');
    expect(message['zh-CN']).toBe(`未知的导出类型"boards"，可用：${EXPORT_KINDS.join('、')}`);
    expect(message.en).toBe(`unknown export kind "boards"; use one of: ${EXPORT_KINDS.join(', ')}`);
    expect(unknownKindMessage('x', 'template').en).toContain(IMPORT_KINDS.join(', '));
    const long = unknownKindMessage('a'.repeat(10_000), 'import');
    expect(long.en.length).toBeLessThan(200);
    expect(long['zh-CN']).toContain('…');
  });
});
