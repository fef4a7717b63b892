import { inflateRawSync } from 'node:zlib';
import { fileIssue, type SheetIssue, sheetIssue } from './issues.js';
import type { SheetLimits } from './limits.js';

// A workbook is a zip of XML parts. Before exceljs sees it, this guard reads the zip's directory, inflates the parts
// that grow with the data under a hard output cap, and counts rows, cells and merged ranges, so that nothing it
// refuses is ever parsed. exceljs alone would inflate and parse everything first.

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (text: string) => Buffer.from(text, 'utf16le');

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  offset: number;
}

function readDirectory(buf: Buffer): Entry[] | undefined {
  const from = Math.max(0, buf.length - 65_557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) return undefined;
    const nameLength = buf.readUInt16LE(at + 28);
    entries.push({
      flags: buf.readUInt16LE(at + 8),
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      uncompressedSize: buf.readUInt32LE(at + 24),
      offset: buf.readUInt32LE(at + 42),
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
}

function inflate(buf: Buffer, entry: Entry, budget: number): Buffer | 'tooLarge' | 'broken' {
  const at = entry.offset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) return 'broken';
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.length > budget ? 'tooLarge' : data;
  if (entry.method !== 8) return 'broken';
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
  } catch (error) {
    return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'tooLarge' : 'broken';
  }
}

function count(xml: Buffer, needle: string): number {
  const pattern = Buffer.from(needle);
  let n = 0;
  for (let i = xml.indexOf(pattern); i >= 0; i = xml.indexOf(pattern, i + pattern.length)) n++;
  return n;
}

/** The highest row number a sheet's XML declares (`<row r="…">`), read from its last row. */
function lastRow(xml: Buffer): number {
  const i = xml.lastIndexOf('<row ');
  if (i < 0) return 0;
  const m = /\sr="(\d+)"/.exec(xml.toString('latin1', i, i + 200));
  return m ? Number(m[1]) : count(xml, '<row ');
}

const unescapeXml = (s: string) =>
  s
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

/** Sheet names by part path, from the workbook and its relationships, so a bound can name the sheet it stops. */
function sheetNames(buf: Buffer, entries: Entry[]): Map<string, string> {
  const out = new Map<string, string>();
  const part = (name: string) => {
    const e = entries.find((x) => x.name === name);
    const xml = e && e.uncompressedSize < 4_000_000 ? inflate(buf, e, 4_000_000) : undefined;
    return typeof xml === 'object' ? xml.toString('utf8') : '';
  };
  const targets = new Map<string, string>();
  for (const m of part('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  for (const m of part('xl/workbook.xml').matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name && target) out.set(target, unescapeXml(name));
  }
  return out;
}

const NOT_XLSX = {
  'zh-CN': '文件不是 Excel 工作簿（.xlsx）。请在 Excel 或 WPS 中打开后"另存为" Excel 工作簿（*.xlsx）再导入',
  en: 'the file is not an Excel workbook (.xlsx); open it in Excel or WPS and save it as an Excel workbook (*.xlsx)',
};

/**
 * Checks a file before it is parsed: that it is an xlsx workbook (not a legacy .xls, a password-protected file, a
 * CSV or anything else), within the size bounds, and that no sheet holds more rows, cells or merged ranges than
 * allowed. Returns the issues; none means the file may be handed to the parser.
 */
export function guardPackage(bytes: Uint8Array, limits: SheetLimits): SheetIssue[] {
  if (bytes.length > limits.maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return [
      fileIssue('file_too_large', {
        'zh-CN': `文件大小 ${mb(bytes.length)} MB，超过上限 ${mb(limits.maxBytes)} MB；请按单位或月份拆分后分别导入`,
        en: `the file is ${mb(bytes.length)} MB, above the limit of ${mb(limits.maxBytes)} MB; split it by unit or month`,
      }),
    ];
  }
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(buf, CFB)) {
    const encrypted = buf.includes(utf16('EncryptedPackage')) || buf.includes(utf16('EncryptionInfo'));
    return [
      encrypted
        ? fileIssue('password_protected', {
            'zh-CN': '工作簿设置了打开密码（已加密），无法读取；请取消密码后另存为 .xlsx 再导入',
            en: 'the workbook is password-protected (encrypted) and cannot be read; remove the password and save it again',
          })
        : fileIssue('legacy_xls', {
            'zh-CN': '这是旧版 Excel 97-2003 工作簿（.xls）；请在 Excel 或 WPS 中另存为 .xlsx 再导入',
            en: 'this is a legacy Excel 97-2003 workbook (.xls); save it as .xlsx in Excel or WPS first',
          }),
    ];
  }
  const entries = buf.length >= 22 && buf.readUInt32LE(0) === 0x04034b50 ? readDirectory(buf) : undefined;
  if (!entries) return [fileIssue('not_xlsx', NOT_XLSX)];
  if (entries.some((e) => e.flags & 1))
    return [
      fileIssue('password_protected', {
        'zh-CN': '工作簿压缩包设置了密码，无法读取；请取消密码后另存为 .xlsx 再导入',
        en: 'the workbook package is password-protected and cannot be read; remove the password and save it again',
      }),
    ];
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) return [fileIssue('not_xlsx', NOT_XLSX)];
  const sheets = entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name));
  if (sheets.length > limits.maxSheets)
    return [
      fileIssue('too_many_sheets', {
        'zh-CN': `工作簿有 ${sheets.length} 个工作表，超过上限 ${limits.maxSheets} 个`,
        en: `the workbook has ${sheets.length} sheets, above the limit of ${limits.maxSheets}`,
      }),
    ];
  return inspectParts(buf, entries, sheets, limits);
}

function inspectParts(buf: Buffer, entries: Entry[], sheets: Entry[], limits: SheetLimits): SheetIssue[] {
  const issues: SheetIssue[] = [];
  let budget = limits.maxUncompressedBytes;
  const tooLarge = () =>
    fileIssue('uncompressed_too_large', {
      'zh-CN': `工作簿解压后超过 ${Math.round(limits.maxUncompressedBytes / 1024 / 1024)} MB，可能已损坏或不是正常的台账文件`,
      en: `the workbook inflates to more than ${Math.round(limits.maxUncompressedBytes / 1024 / 1024)} MB; it is broken or not an ordinary register`,
    });
  const broken = fileIssue('corrupt_xlsx', {
    'zh-CN': '工作簿文件已损坏，无法读取；请在 Excel 或 WPS 中打开并重新保存',
    en: 'the workbook file is damaged and cannot be read; open it in Excel or WPS and save it again',
  });
  for (const e of entries) {
    if (e.uncompressedSize === 0xffffffff || e.compressedSize === 0xffffffff) return [tooLarge()];
  }
  const names = sheetNames(buf, entries);
  let cells = 0;
  for (const entry of [...entries.filter((e) => e.name === 'xl/sharedStrings.xml'), ...sheets]) {
    const xml = inflate(buf, entry, budget);
    if (xml === 'tooLarge') return [tooLarge()];
    if (xml === 'broken') return [broken];
    budget -= xml.length;
    if (entry.name === 'xl/sharedStrings.xml') continue;
    const sheet = names.get(entry.name) ?? entry.name;
    const rows = lastRow(xml);
    if (rows > limits.maxRows)
      issues.push(
        sheetIssue({ sheet, row: limits.maxRows + 1 }, 'too_many_rows', {
          'zh-CN': `工作表有 ${rows} 行，超过上限 ${limits.maxRows} 行；请拆分后分别导入`,
          en: `the sheet has ${rows} rows, above the limit of ${limits.maxRows}; split it and import the parts`,
        }),
      );
    const merges = count(xml, '<mergeCell ');
    if (merges > limits.maxMergedRanges)
      issues.push(
        sheetIssue({ sheet }, 'too_many_merges', {
          'zh-CN': `工作表有 ${merges} 处合并单元格，超过上限 ${limits.maxMergedRanges} 处`,
          en: `the sheet has ${merges} merged ranges, above the limit of ${limits.maxMergedRanges}`,
        }),
      );
    cells += count(xml, '<c ');
  }
  if (cells > limits.maxCells)
    issues.push(
      fileIssue('too_many_cells', {
        'zh-CN': `工作簿共有 ${cells} 个单元格，超过上限 ${limits.maxCells} 个`,
        en: `the workbook has ${cells} cells, above the limit of ${limits.maxCells}`,
      }),
    );
  return issues;
}
