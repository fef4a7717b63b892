import { sampleStreetCampaign, siteTypeCatalogue } from '@chuangwen/checklists/district';
import { type Campaign, validateCampaign } from '@chuangwen/model';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { campaignContext, type SheetIssue, type SheetResult } from '../src/index.js';

/** The fictional sample street, validated. */
export function street(): Campaign {
  const result = validateCampaign(sampleStreetCampaign());
  if (!result.ok) throw new Error('the sample street must validate');
  return result.value;
}

/** The sample street's units, people, sites and year, with the sample site types. */
export function context() {
  return { ...campaignContext(street()), siteTypes: siteTypeCatalogue.types };
}

/** A workbook built the way an office's would be, with exceljs, as xlsx bytes. */
export async function book(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Writes rows from a cell (1-based), returning the next row. */
export function put(ws: ExcelJS.Worksheet, row: number, values: unknown[][]): number {
  values.forEach((line, i) => {
    line.forEach((v, c) => {
      if (v !== undefined) ws.getCell(row + i, c + 1).value = v as ExcelJS.CellValue;
    });
  });
  return row + values.length;
}

/** The value of a result that must be ok, failing with its issues otherwise. */
export function okValue<T>(result: SheetResult<T>): T {
  if (!result.ok) expect.fail(result.issues.map((i) => `${i.cell} ${i.message['zh-CN']}`).join('\n'));
  return result.value;
}

/** The issues of a result that must fail. */
export function issuesOf<T>(result: SheetResult<T>): SheetIssue[] {
  if (result.ok) expect.fail('expected issues');
  return result.issues;
}

/** Every issue is bilingual, and its Chinese names no English identifier (camelCase codes). */
export function expectBilingual(issues: readonly SheetIssue[]): void {
  for (const issue of issues) {
    expect(issue.message['zh-CN'].length).toBeGreaterThan(0);
    expect(issue.message.en.length).toBeGreaterThan(0);
    expect(issue.message['zh-CN']).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/);
  }
}
