import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../src/index.js';
import { deflateRepeated, manyRows, repeatedPart, workbookParts, type ZipPart, zipPackage } from './zip.js';

// Files built to walk around a guard that reads less than the reader does. Each is read by the built package in a
// child process, so the figures are that process's own: its CPU time (what the work costs, whatever else the machine
// is doing) and its peak resident memory. The bound each must meet is the one files the guard always caught met.

const dist = pathToFileURL(resolve(import.meta.dirname, '../dist/index.js')).href;
const dir = mkdtempSync(join(tmpdir(), 'chuangwen-guard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MB = 1024 * 1024;
const SHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const CPU_BOUND_MS = 6_000;
const MEMORY_BOUND_MB = 400;

const child = `
import { readFileSync } from 'node:fs';
const { readWorkbook } = await import(process.argv[2]);
const bytes = readFileSync(process.argv[3]);
const cpu = process.cpuUsage();
const start = performance.now();
const result = await readWorkbook(bytes);
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({
  codes: result.ok ? [] : result.issues.map((i) => i.code),
  cells: result.ok ? [] : result.issues.map((i) => i.cell),
  cpuMs: Math.round((used.user + used.system) / 1000),
  wallMs: Math.round(performance.now() - start),
  peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
  fileMb: Math.round(bytes.length / 1024 / 10.24) / 100,
}));
`;
writeFileSync(join(dir, 'read.mjs'), child);

interface Measured {
  codes: string[];
  cells: string[];
  cpuMs: number;
  wallMs: number;
  peakMb: number;
  fileMb: number;
}

function measure(name: string, bytes: Buffer): Measured {
  const file = join(dir, `${name}.xlsx`);
  writeFileSync(file, bytes);
  const out = execFileSync(process.execPath, [join(dir, 'read.mjs'), dist, file], { encoding: 'utf8' });
  rmSync(file);
  const figures = JSON.parse(out) as Measured;
  // The figures, for the record of what each refusal costs.
  process.stdout.write(`guard ${name}: ${JSON.stringify(figures)}\n`);
  return figures;
}

const padding = Buffer.from(`<!--${'填充'.repeat(100)}-->`.padEnd(4096, ' '));
const huge = (megabytes: number) => deflateRepeated(Buffer.alloc(MB, padding), megabytes);
const replace = (parts: ZipPart[], name: string, part: ZipPart) =>
  parts.map((p) => (p.name === name ? part : p));

const bypasses: [string, () => Buffer, string][] = [
  [
    'a 400 MB styles.xml in a small file',
    () => zipPackage([...workbookParts(), { name: 'xl/styles.xml', deflated: huge(400) }]),
    'uncompressed_too_large',
  ],
  [
    'six 400 MB parts no one asked for',
    () =>
      zipPackage([
        ...workbookParts(),
        ...Array.from({ length: 6 }, (_, i) => ({ name: `customXml/item${i + 1}.xml`, deflated: huge(400) })),
      ]),
    'uncompressed_too_large',
  ],
  [
    '1.5 million rows under x/xl/worksheets/sheet1.xml',
    () =>
      zipPackage([...workbookParts(), { name: 'x/xl/worksheets/sheet1.xml', deflated: manyRows(1_500_000) }]),
    'too_many_rows',
  ],
  [
    '1.5 million rows under /xl/worksheets/sheet1.xml',
    () =>
      zipPackage([...workbookParts(), { name: '/xl/worksheets/sheet1.xml', deflated: manyRows(1_500_000) }]),
    'too_many_rows',
  ],
  [
    'a part that declares 1 KB and inflates to 400 MB',
    () => zipPackage([...workbookParts(), { name: 'xl/styles.xml', deflated: huge(400), declare: 1024 }]),
    'corrupt_xlsx',
  ],
  [
    'rows hidden behind a central directory that names another part',
    () =>
      zipPackage([
        ...workbookParts(),
        {
          name: 'xl/worksheets/sheet2.xml',
          centralName: 'docProps/custom.xml',
          deflated: manyRows(1_500_000),
        },
      ]),
    'too_many_rows',
  ],
  [
    'rows in entries past the count the end record claims',
    () =>
      zipPackage([...workbookParts(), { name: 'xl/worksheets/sheet2.xml', deflated: manyRows(1_500_000) }], {
        claimedEntries: 5,
      }),
    'too_many_rows',
  ],
  [
    'rows under a name with .. in it',
    () =>
      zipPackage([
        ...workbookParts(),
        { name: 'a/../xl/worksheets/sheet7.xml', deflated: manyRows(1_500_000) },
      ]),
    'too_many_rows',
  ],
  [
    'one merged range over the whole sheet',
    () =>
      zipPackage(
        workbookParts({ afterData: '<mergeCells count="1"><mergeCell ref="B1:XFD1048576"/></mergeCells>' }),
      ),
    'range_too_large',
  ],
  [
    'a merged range over the whole sheet, its column written as a character reference',
    () =>
      zipPackage(
        workbookParts({
          afterData: '<mergeCells count="1"><mergeCell ref="&#66;1:XFD1048576"/></mergeCells>',
        }),
      ),
    'range_too_large',
  ],
  [
    'a row numbered 100,000,000 with its first digit a character reference',
    () =>
      zipPackage(
        replace(workbookParts(), 'xl/worksheets/sheet1.xml', {
          name: 'xl/worksheets/sheet1.xml',
          stored: Buffer.from(
            `<worksheet xmlns="${SHEET_NS}"><sheetData><row r="&#49;00000000"><c r="A100000000"><v>1</v></c></row></sheetData></worksheet>`,
          ),
        }),
      ),
    'too_many_rows',
  ],
  [
    'a shared string of 20 million empty runs',
    () =>
      zipPackage([
        ...workbookParts(),
        {
          name: 'xl/sharedStrings.xml',
          deflated: repeatedPart(`<sst xmlns="${SHEET_NS}"><si>`, '<r><t/></r>', 20_000_000, '</si></sst>'),
        },
      ]),
    'too_many_cells',
  ],
  [
    '3.5 million cell formats',
    () =>
      zipPackage([
        ...workbookParts(),
        {
          name: 'xl/styles.xml',
          deflated: repeatedPart(
            `<styleSheet xmlns="${SHEET_NS}"><cellXfs>`,
            '<xf/>',
            3_500_000,
            '</cellXfs></styleSheet>',
          ),
        },
      ]),
    'too_big',
  ],
  [
    'one inline text of 200 MB',
    () =>
      zipPackage(
        replace(workbookParts(), 'xl/worksheets/sheet1.xml', {
          name: 'xl/worksheets/sheet1.xml',
          deflated: repeatedPart(
            `<worksheet xmlns="${SHEET_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`,
            '填',
            70_000_000,
            '</t></is></c></row></sheetData></worksheet>',
          ),
        }),
      ),
    'cell_too_long',
  ],
  ...(
    [
      ['a CDATA section', '<c r="A1" t="inlineStr"><is><t><![CDATA[', ']]></t></is></c>'],
      ['a comment', '<!--', '-->'],
      ['an attribute value', '<c r="A1" x="', '"/>'],
    ] as const
  ).map(([what, open, close]): [string, () => Buffer, string] => [
    `${what} of 50 MB in a sheet`,
    () =>
      zipPackage(
        replace(workbookParts(), 'xl/worksheets/sheet1.xml', {
          name: 'xl/worksheets/sheet1.xml',
          deflated: repeatedPart(
            `<worksheet xmlns="${SHEET_NS}"><sheetData><row r="1">${open}`,
            'a'.repeat(1024),
            50 * 1024,
            `${close}</row></sheetData></worksheet>`,
          ),
        }),
      ),
    'cell_too_long',
  ]),
  [
    'a text of 50 MB in the document properties',
    () =>
      zipPackage([
        ...workbookParts(),
        {
          name: 'docProps/core.xml',
          deflated: repeatedPart(
            '<cp:coreProperties><dc:title>',
            'a'.repeat(1024),
            50 * 1024,
            '</dc:title></cp:coreProperties>',
          ),
        },
      ]),
    'cell_too_long',
  ],
  [
    'an entity that runs on across tags for 150 MB',
    () =>
      zipPackage(
        replace(workbookParts(), 'xl/worksheets/sheet1.xml', {
          name: 'xl/worksheets/sheet1.xml',
          deflated: repeatedPart(
            `<worksheet xmlns="${SHEET_NS}"><x>&`,
            `${'a'.repeat(1000)}<b>`,
            150_000,
            ';</x></worksheet>',
          ),
        }),
      ),
    'corrupt_xlsx',
  ],
  [
    'a comment opened as <!--> and run on for 150 MB',
    () =>
      zipPackage(
        replace(workbookParts(), 'xl/worksheets/sheet1.xml', {
          name: 'xl/worksheets/sheet1.xml',
          deflated: repeatedPart(
            `<worksheet xmlns="${SHEET_NS}"><!-->`,
            `${'a'.repeat(1000)}<b/>`,
            150_000,
            '--></worksheet>',
          ),
        }),
      ),
    'cell_too_long',
  ],
  [
    'a document type declaration',
    () =>
      zipPackage(
        replace(workbookParts(), 'xl/worksheets/sheet1.xml', {
          name: 'xl/worksheets/sheet1.xml',
          stored: Buffer.from(`<!DOCTYPE r [ <!ELEMENT a ANY> ]><worksheet xmlns="${SHEET_NS}"/>`),
        }),
      ),
    'corrupt_xlsx',
  ],
  [
    'a 50 MB text in a comments part whose name only starts as the parser matches it',
    () =>
      zipPackage([
        ...workbookParts(),
        {
          name: 'xl/comments1.xml.old',
          deflated: repeatedPart('<comments><t>', 'a'.repeat(1024), 50 * 1024, '</t></comments>'),
        },
      ]),
    'cell_too_long',
  ],
  [
    'a defined name over the whole sheet',
    () =>
      zipPackage(
        workbookParts({
          definedNames:
            '<definedNames><definedName name="区域">台账!$A$1:$XFD$1048576</definedName></definedNames>',
        }),
      ),
    'range_too_large',
  ],
];

describe('the package guard bounds what the reader will read', () => {
  it('runs against the built package', () => {
    expect(existsSync(new URL(dist)), 'build @chuangwen/sheets first').toBe(true);
  });

  for (const [name, build, code] of bypasses) {
    it(`refuses ${name} within ${CPU_BOUND_MS / 1000} s of CPU and ${MEMORY_BOUND_MB} MB`, () => {
      const figures = measure(name.replaceAll(/\W+/g, '-'), build());
      expect(figures.codes).toContain(code);
      expect(figures.cpuMs).toBeLessThanOrEqual(CPU_BOUND_MS);
      expect(figures.peakMb).toBeLessThanOrEqual(MEMORY_BOUND_MB);
    });
  }

  it('reads a sheet whose validations and column ranges span the whole sheet (the reader skips them)', () => {
    const parts = workbookParts({
      beforeData: '<cols><col min="1" max="2000000000" width="12"/></cols>',
      afterData:
        '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"是,否"</formula1></dataValidation></dataValidations>',
    });
    const figures = measure('whole-sheet-validations', zipPackage(parts));
    expect(figures.codes).toEqual([]);
    expect(figures.cpuMs).toBeLessThanOrEqual(CPU_BOUND_MS);
    expect(figures.peakMb).toBeLessThanOrEqual(MEMORY_BOUND_MB);
  });

  it('reads a workbook whose styles were copied about for years: 60,000 formats and 45,000 fonts', () => {
    const styles = `<styleSheet xmlns="${SHEET_NS}"><fonts>${'<font><sz val="11"/></font>'.repeat(45_000)}</fonts><cellXfs>${'<xf numFmtId="0" fontId="0"/>'.repeat(60_000)}</cellXfs></styleSheet>`;
    const figures = measure(
      'bloated-styles',
      zipPackage([...workbookParts(), { name: 'xl/styles.xml', stored: Buffer.from(styles) }]),
    );
    expect(figures.codes).toEqual([]);
    expect(figures.peakMb).toBeLessThanOrEqual(MEMORY_BOUND_MB);
  });

  it('reads a workbook with a long range list and a large part the parser never reads (a Power Query mashup)', () => {
    const parts = workbookParts({
      afterData: `<ignoredErrors><ignoredError sqref="${Array.from({ length: 40_000 }, (_, i) => `A${i + 1}`).join(' ')}" numberStoredAsText="1"/></ignoredErrors>`,
    });
    parts.push({
      name: 'customXml/item1.xml',
      stored: Buffer.from(`<DataMashup>${'QUJD'.repeat(200_000)}</DataMashup>`),
    });
    const figures = measure('long-ranges-and-mashup', zipPackage(parts));
    expect(figures.codes).toEqual([]);
  });

  it('reads the same small workbook in process, sheet by name, rows as written', async () => {
    const result = await readWorkbook(zipPackage(workbookParts()));
    expect(result.ok && result.value.sheets.map((s) => [s.name, s.rows])).toEqual([
      ['台账', [['问题描述'], ['占道经营']]],
    ]);
  });

  it('names the sheet and the row where a referenced sheet passes the row bound', async () => {
    const parts = replace(workbookParts(), 'xl/worksheets/sheet1.xml', {
      name: 'xl/worksheets/sheet1.xml',
      deflated: manyRows(60_000),
    });
    const result = await readWorkbook(zipPackage(parts));
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.cell])).toEqual([
      ['too_many_rows', '台账!50001'],
    ]);
  });
});
