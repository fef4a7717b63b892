import ExcelJS from 'exceljs';
import { columnLetter } from './issues.js';
import type { SheetSpec, WorkbookSpec, WriteCell } from './sheet-spec.js';

/** What a written workbook says itself, in the offices' language: its lists sheet (hidden) and its drop-down prompts. */
const WORKBOOK_TEXT = {
  listsSheet: '选项',
  chooseTitle: '请从列表中选择',
  choose: '请从下拉列表中选择',
} as const;

// Excel measures column width in widths of "0"; a Chinese character takes about two.
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

function fitWidth(header: string, values: (string | undefined)[], given?: number): number {
  if (given !== undefined) return Math.max(6, given * 2 + 2);
  const longest = Math.max(
    displayWidth(header),
    ...values.map((v) => (v === undefined ? 0 : Math.max(...v.split('\n').map(displayWidth)))),
  );
  return Math.min(60, Math.max(8, longest + 2));
}

const plain = (cell: WriteCell) =>
  cell !== null && typeof cell === 'object' && !(cell instanceof Date) ? cell : { value: cell };
const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };

function writeSheet(wb: ExcelJS.Workbook, spec: SheetSpec, listRefs: Map<string, string>): void {
  const ws = wb.addWorksheet(spec.name);
  const width = spec.columns.length;
  let r = 1;
  if (spec.title) {
    ws.getCell(r, 1).value = spec.title;
    ws.getCell(r, 1).font = { bold: true, size: 16 };
    ws.getCell(r, 1).alignment = { horizontal: 'center', vertical: 'middle' };
    if (width > 1) ws.mergeCells(r, 1, r, width);
    ws.getRow(r).height = 28;
    r++;
  }
  if (spec.meta && spec.meta.length > 0) {
    ws.getCell(r, 1).value = spec.meta.map(([k, v]) => `${k}：${v}`).join('　');
    if (width > 1) ws.mergeCells(r, 1, r, width);
    r++;
  }
  if (spec.fields && spec.fields.length > 0) {
    spec.fields.forEach((field, i) => {
      const label = ws.getCell(r, 2 * i + 1);
      label.value = `${field.label}：`;
      label.font = { bold: true };
      label.alignment = { horizontal: 'right', vertical: 'middle' };
      const value = ws.getCell(r, 2 * i + 2);
      value.value = field.value ?? null;
      value.border = border;
      value.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
      const ref = field.list === undefined ? undefined : listRefs.get(field.list);
      if (ref) value.dataValidation = { type: 'list', allowBlank: true, formulae: [ref] };
    });
    r++;
  }
  if (spec.groups && spec.groups.length > 0) {
    for (let c = 0; c < width; c++) {
      const group = spec.groups.find((g) => c >= g.from && c <= g.to);
      ws.getCell(r, c + 1).value = group ? group.text : spec.columns[c]!.header;
    }
    for (const g of spec.groups) if (g.to > g.from) ws.mergeCells(r, g.from + 1, r, g.to + 1);
    for (let c = 0; c < width; c++)
      if (!spec.groups.some((g) => c >= g.from && c <= g.to)) ws.mergeCells(r, c + 1, r + 1, c + 1);
    styleHeader(ws.getRow(r), width);
    r++;
  }
  const headerRow = r;
  spec.columns.forEach((col, c) => {
    if (!ws.getCell(r, c + 1).isMerged || !spec.groups) ws.getCell(r, c + 1).value = col.header;
  });
  styleHeader(ws.getRow(r), width);
  r++;
  const first = r;
  // One style object per look, shared by every cell that has it: exceljs recognises a style object it has seen and
  // skips serialising it again, which is most of the cost of writing a large styled sheet.
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const styleFor = (fill: string | undefined, bold: boolean | undefined, numFmt: string | undefined) => {
    const key = `${fill}|${bold}|${numFmt}`;
    let style = styles.get(key);
    if (!style) {
      style = { border, alignment: { vertical: 'middle', wrapText: true } };
      if (numFmt) style.numFmt = numFmt;
      if (fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
      if (bold) style.font = { bold: true };
      styles.set(key, style);
    }
    return style;
  };
  for (const row of spec.rows) {
    row.forEach((cell, c) => {
      const { value, fill, bold, numFmt } = plain(cell);
      const target = ws.getCell(r, c + 1);
      target.value = value;
      target.style = styleFor(fill, bold, numFmt ?? spec.columns[c]?.numFmt);
    });
    r++;
  }
  for (const m of spec.merges ?? []) ws.mergeCells(first + m.top, m.left + 1, first + m.bottom, m.right + 1);
  const last = Math.max(first - 1, r - 1) + (spec.blankRows ?? 0);
  spec.columns.forEach((col, c) => {
    const values = spec.rows.slice(0, 200).map((row) => {
      const v = plain(row[c] ?? null).value;
      return v instanceof Date ? '2026-01-01 00:00' : v === null ? undefined : String(v);
    });
    ws.getColumn(c + 1).width = fitWidth(col.header, values, col.width);
    const ref = col.list === undefined ? undefined : listRefs.get(col.list);
    if (ref && last >= first)
      // exceljs 4.4 supports range validations but leaves `dataValidations` out of its typings.
      (ws as unknown as { dataValidations: { add(range: string, v: object): void } }).dataValidations.add(
        `${columnLetter(c + 1)}${first}:${columnLetter(c + 1)}${Math.max(last, first + 499)}`,
        {
          type: 'list',
          allowBlank: true,
          formulae: [ref],
          showErrorMessage: col.strictList === true,
          errorTitle: WORKBOOK_TEXT.chooseTitle,
          error: WORKBOOK_TEXT.choose,
        },
      );
  });
  let below = r + (spec.blankRows ?? 0) + 1;
  for (const note of spec.notes ?? []) {
    ws.getCell(below, 1).value = note;
    if (width > 1) ws.mergeCells(below, 1, below, width);
    below++;
  }
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` }];
  ws.pageSetup.orientation = 'landscape';
  ws.pageSetup.paperSize = 9;
  ws.pageSetup.fitToPage = true;
  ws.pageSetup.fitToWidth = 1;
  ws.pageSetup.fitToHeight = 0;
  ws.pageSetup.printArea = `A1:${columnLetter(Math.max(1, width))}${Math.max(last, headerRow)}`;
  ws.pageSetup.printTitlesRow = `${spec.groups ? headerRow - 1 : headerRow}:${headerRow}`;
}

function styleHeader(row: ExcelJS.Row, width: number): void {
  for (let c = 1; c <= width; c++) {
    const cell = row.getCell(c);
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = border;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  }
}

/** Writes a workbook described as plain data to xlsx bytes (Excel and WPS open them as they are). */
export async function writeWorkbook(spec: WorkbookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'chuangwen';
  const listRefs = new Map<string, string>();
  const lists = (spec.lists ?? []).filter((l) => l.values.length > 0);
  for (const sheet of spec.sheets)
    writeSheet(wb, sheet, listRefs.size === 0 && lists.length > 0 ? refsFor(lists, listRefs) : listRefs);
  if (lists.length > 0) {
    const ws = wb.addWorksheet(WORKBOOK_TEXT.listsSheet, { state: 'hidden' });
    lists.forEach((list, i) => {
      ws.getCell(1, i + 1).value = list.name;
      list.values.forEach((v, j) => {
        ws.getCell(j + 2, i + 1).value = v;
      });
    });
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function refsFor(lists: readonly { name: string; values: readonly string[] }[], refs: Map<string, string>) {
  lists.forEach((list, i) => {
    const col = columnLetter(i + 1);
    refs.set(list.name, `'${WORKBOOK_TEXT.listsSheet}'!$${col}$2:$${col}$${list.values.length + 1}`);
  });
  return refs;
}
