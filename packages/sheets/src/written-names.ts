import type { WorkbookGrid } from './grid.js';
import { locateTables } from './import-common.js';
import { isCollective, stem } from './names.js';
import { RECTIFICATION_TABLE } from './rectification-columns.js';
import { ROUND_TABLE } from './rounds.js';
import { SITE_TABLE } from './sites.js';
import { type TableSpec, tableRows } from './table.js';
import { TASK_TABLE } from './tasks.js';
import { cellText, splitList } from './text.js';

/** The columns of each table that name units, and those that name people. */
const COLUMNS: [TableSpec, string[], string[]][] = [
  [TASK_TABLE, ['lead', 'responsible', 'supporting'], ['leader']],
  [SITE_TABLE, ['unit'], ['leader']],
  [
    RECTIFICATION_TABLE,
    ['lead', 'supporting', 'guarantor'],
    ['leader', 'reportedBy', 'rectifiedBy', 'reviewer'],
  ],
  [ROUND_TABLE, ['unit'], []],
];

/** A unit as the tables write it: its name, and the other ways it is written (望江社区居委会 for 望江社区). */
export interface WrittenUnit {
  name: string;
  aliases: string[];
}

/** A person as the tables write them: the name, and the position in brackets when one was written (林晓（副主任）). */
export interface WrittenPerson {
  name: string;
  position?: string;
}

/**
 * The units and people an office's workbooks name (pure): every unit written in a task table, site register, ledger
 * or result table, and every person written as a leader, reporter or reviewer, in the order first met, and the title
 * of the first table. A unit written two ways that differ only by a suffix (望江社区 and 望江社区居委会) is one unit;
 * words that stand for several units (各社区) are not units. For starting a campaign from the office's own tables.
 */
export function namesInWorkbooks(workbooks: readonly WorkbookGrid[]): {
  units: WrittenUnit[];
  people: WrittenPerson[];
  title?: string;
} {
  const units = new Map<string, WrittenUnit>();
  const people = new Map<string, WrittenPerson>();
  let title: string | undefined;
  for (const workbook of workbooks)
    for (const sheet of workbook.sheets.filter((s) => !s.hidden)) {
      // A sheet holds one kind of table: the kind whose header it fills most (a task table's 责任单位 column would
      // also make a result table of it).
      const found = COLUMNS.flatMap(([spec, unitKeys, personKeys]) =>
        locateTables({ sheets: [sheet] }, spec, {}).tables.map((table) => ({ table, unitKeys, personKeys })),
      ).sort((a, b) => b.table.columns.size - a.table.columns.size)[0];
      if (!found) continue;
      const { table, unitKeys, personKeys } = found;
      title ??= table.title;
      for (const row of tableRows(table).rows) {
        for (const key of unitKeys)
          for (const name of splitList(cellText(row.get(key)) ?? '')) {
            if (isCollective(name)) continue;
            const known = units.get(stem(name));
            if (!known) units.set(stem(name), { name, aliases: [] });
            else if (known.name !== name && !known.aliases.includes(name)) known.aliases.push(name);
          }
        for (const key of personKeys)
          for (const written of splitList(cellText(row.get(key)) ?? '')) {
            const m = /^(.+?)\s*[(（]([^)）]+)[)）]$/.exec(written);
            const name = (m?.[1] ?? written).trim();
            if (!people.has(name)) people.set(name, m ? { name, position: m[2]!.trim() } : { name });
          }
      }
    }
  return { units: [...units.values()], people: [...people.values()], ...(title ? { title } : {}) };
}
