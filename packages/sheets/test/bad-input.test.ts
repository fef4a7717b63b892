import { deflateRawSync } from 'node:zlib';
import { budget } from '@chuangwen/fixtures/time-budget';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { gridOf, importRectifications, importTasks, readWorkbook, tasksFromGrid } from '../src/index.js';
import { book, context, expectBilingual, issuesOf, put } from './helpers.js';

/** A zip holding one stored or deflated entry, built by hand, for packages exceljs would never write. */
function zip(entries: { name: string; data: Buffer; deflate?: boolean; encrypted?: boolean }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const body = e.deflate ? deflateRawSync(e.data) : e.data;
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(e.encrypted ? 1 : 0, 6);
    local.writeUInt16LE(e.deflate ? 8 : 0, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(e.encrypted ? 1 : 0, 8);
    central.writeUInt16LE(e.deflate ? 8 : 0, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

const workbookXml = Buffer.from(
  '<workbook><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>',
);
const relsXml = Buffer.from(
  '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
);

// An encrypted Office file is an OLE compound file whose directory names its EncryptedPackage stream.
function encryptedOffice(): Uint8Array {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return new Uint8Array(
    Buffer.concat([
      header,
      Buffer.alloc(504),
      Buffer.from('EncryptionInfo', 'utf16le'),
      Buffer.alloc(64),
      Buffer.from('EncryptedPackage', 'utf16le'),
    ]),
  );
}

const cases: [string, () => Promise<Uint8Array> | Uint8Array, string][] = [
  ['random bytes', () => new Uint8Array(Buffer.from('这不是一个工作簿 not a workbook at all')), 'not_xlsx'],
  ['a PDF', () => new Uint8Array(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj')), 'not_xlsx'],
  ['an empty file', () => new Uint8Array(0), 'not_xlsx'],
  [
    'a zip that is not a workbook',
    () => zip([{ name: 'readme.txt', data: Buffer.from('hello') }]),
    'not_xlsx',
  ],
  [
    'a truncated workbook',
    async () => (await book((wb) => put(wb.addWorksheet('台账'), 1, [['问题描述']]))).slice(0, 400),
    'not_xlsx',
  ],
  ['a password-protected workbook', encryptedOffice, 'password_protected'],
  [
    'an encrypted zip entry',
    () => zip([{ name: 'xl/workbook.xml', data: workbookXml, encrypted: true }]),
    'password_protected',
  ],
  [
    'a legacy .xls file',
    () =>
      new Uint8Array(
        Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]),
      ),
    'legacy_xls',
  ],
  ['a 50 MB file', () => new Uint8Array(50 * 1024 * 1024), 'file_too_large'],
  [
    'a zip bomb (a small file inflating past the bound)',
    () =>
      zip([
        { name: 'xl/workbook.xml', data: workbookXml },
        { name: 'xl/_rels/workbook.xml.rels', data: relsXml },
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(300 * 1024 * 1024, 0x20), deflate: true },
      ]),
    'uncompressed_too_large',
  ],
  [
    'a damaged part inside a valid zip',
    () =>
      zip([
        { name: 'xl/workbook.xml', data: workbookXml },
        { name: 'xl/_rels/workbook.xml.rels', data: relsXml },
        {
          name: 'xl/worksheets/sheet1.xml',
          data: Buffer.from('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>99</v></c></row>'),
          deflate: true,
        },
      ]),
    'corrupt_xlsx',
  ],
];

describe('bad input ends with a clear, bilingual issue, never a crash or a hang', () => {
  for (const [name, make, code] of cases) {
    it(name, async () => {
      const issues = issuesOf(await importRectifications(await make(), context()));
      expect(issues.map((i) => i.code)).toEqual([code]);
      expectBilingual(issues);
    });
  }

  it('a sheet of 100,000 rows stops at the row bound, located, within bounded time and memory', async () => {
    const rows = Array.from(
      { length: 100_000 },
      (_, i) => `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>问题${i}</t></is></c></row>`,
    ).join('');
    const sheet = Buffer.from(
      `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>问题描述</t></is></c></row>${rows}</sheetData></worksheet>`,
    );
    const bytes = zip([
      { name: 'xl/workbook.xml', data: workbookXml },
      { name: 'xl/_rels/workbook.xml.rels', data: relsXml },
      { name: 'xl/worksheets/sheet1.xml', data: sheet, deflate: true },
    ]);
    const heap = process.memoryUsage().heapUsed;
    const start = performance.now();
    const issues = issuesOf(await importRectifications(bytes, context()));
    expect(performance.now() - start).toBeLessThan(budget(5_000));
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(200 * 1024 * 1024);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['too_many_rows', '台账!50001']]);
    expectBilingual(issues);
  });

  it('a formula-only cell is reported where it stands', async () => {
    const bytes = await book((wb) => {
      const ws = wb.addWorksheet('任务分解表');
      put(ws, 1, [
        ['任务', '牵头单位', '完成时限', '测评标准'],
        ['整治', '平安办', undefined, '03.01.02'],
      ]);
      ws.getCell('C2').value = { formula: 'DATE(2026,6,30)' } as ExcelJS.CellFormulaValue;
    });
    const issues = issuesOf(await importTasks(bytes, context()));
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['formula_without_result', '任务分解表!C2']]);
    expectBilingual(issues);
  });

  it('a formula with a saved result is read as its result', async () => {
    const bytes = await book((wb) => {
      const ws = wb.addWorksheet('任务分解表');
      put(ws, 1, [
        ['任务', '牵头单位', '完成时限', '测评标准'],
        ['整治', '平安办', undefined, '03.01.02'],
      ]);
      ws.getCell('C2').value = { formula: 'A1', result: '长期坚持' } as ExcelJS.CellFormulaValue;
    });
    const read = await importTasks(bytes, context());
    expect(read.ok && read.value[0]!.deadline).toEqual({ kind: 'standing', duty: 'longTerm' });
  });

  it('no header at all says which columns a task table needs', async () => {
    const issues = issuesOf(await readWorkbook(new Uint8Array(0)));
    expect(issues[0]!.code).toBe('not_xlsx');
    const none = issuesOf(
      tasksFromGrid(
        {
          sheets: [
            gridOf('Sheet1', [
              ['甲', '乙'],
              [1, 2],
            ]),
          ],
        },
        context(),
      ),
    );
    expect(none.map((i) => i.code)).toEqual(['no_table']);
    expect(none[0]!.message['zh-CN']).toContain('完成时限');
    expectBilingual(none);
  });
});

describe('cell text never reaches an object prototype', () => {
  it('reads __proto__ and constructor as unknown headers and unknown unit names', () => {
    const grid = gridOf('任务', [
      ['__proto__', 'constructor', '任务', '牵头单位', '完成时限', '测评标准'],
      ['x', 'y', '整治', '__proto__', '长期坚持', '03.01.02'],
      ['x', 'y', '宣传', 'constructor、toString', '长期坚持', '03.01.02'],
    ]);
    const issues = issuesOf(tasksFromGrid({ sheets: [grid] }, context()));
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ['unknown_name', '任务!D2'],
      ['unknown_name', '任务!D3'],
      ['unknown_name', '任务!D3'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});
