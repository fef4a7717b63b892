import type { BilingualText } from '@chuangwen/model';
import { fileIssue, type SheetIssue, sheetIssue } from './issues.js';
import type { SheetLimits } from './limits.js';
import { say } from './messages.js';
import { definedNameRanges, ElementScan, type PartScan, SheetScan, TextScan } from './part-scan.js';
import { countCentralHeaders, inflatePart, listParts, type PackagePart } from './zip-parts.js';

// A workbook is a zip of XML parts, and exceljs inflates and parses every one of them. Before exceljs sees a file,
// this guard lists the parts exactly as exceljs will (through the same JSZip), bounds the whole package by the sizes
// its directory declares, inflates every part as a stream to prove those sizes, and counts what the parser would
// build from the parts it parses: rows and cells of every part exceljs takes for a worksheet, the cells merged ranges
// and defined names make it walk. Nothing it refuses is ever parsed, and its own memory stays at a piece of a part.

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** exceljs's own test for a worksheet part, unanchored as exceljs writes it: `x/xl/worksheets/sheet1.xml` is one. */
const WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;
/** The parts a workbook's structure is read from, kept whole (they are small in any real workbook). */
const STRUCTURE = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels'];
const STRUCTURE_MAX = 16 * 1024 * 1024;
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';
/**
 * Style elements of each kind a workbook may define: Excel stops at 64,000 formats, and a ledger copied between
 * workbooks for years carries about as many cell styles again; far above both, far below what exhausts the heap.
 */
const MAX_STYLES_OF_A_KIND = 200_000;
/** Style elements of all kinds together. */
const MAX_STYLES = 250_000;
const STYLE_KINDS = ['xf', 'font', 'fill', 'border', 'numFmt', 'dxf', 'cellStyle'];
/** Rich-text runs the shared strings may hold, per text the cell bound allows. */
const RUNS_PER_TEXT = 2;
/** Excel's own longest cell text, in characters. */
const EXCEL_CELL_CHARACTERS = 32_767;
/** The most bytes one character of a text can take in XML: a character reference (`&#x10FFFF;`). */
const BYTES_PER_CHARACTER = 10;
/** The longest tag (with its attribute values) or comment a parsed part may hold: a long range list fits many times. */
const MARKUP_BOUND = 4 * 1024 * 1024;
/** The parts exceljs parses as XML, named as it names them (exact, or its own unanchored patterns): the parts measured. */
const PARSED_EXACTLY = new Set([
  '_rels/.rels',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  SHARED_STRINGS,
  STYLES,
  'docProps/app.xml',
  'docProps/core.xml',
]);
const PARSED_LIKE = [
  /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/,
  /xl\/theme\/([a-zA-Z0-9]+)[.]xml/,
  /xl\/drawings\/([a-zA-Z0-9]+)[.]xml/,
  /xl\/(comments\d+)[.]xml/,
  /xl\/tables\/(table\d+)[.]xml/,
  /xl\/drawings\/_rels\/([a-zA-Z0-9]+)[.]xml[.]rels/,
  /xl\/drawings\/(vmlDrawing\d+)[.]vml/,
];
const parsed = (name: string) => PARSED_EXACTLY.has(name) || PARSED_LIKE.some((p) => p.test(name));
const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10}`;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);
const utf16 = (text: string) => Buffer.from(text, 'utf16le');

/** The legacy and encrypted Office files (OLE compound files) a person may pick by mistake. */
function compoundFileIssue(buf: Buffer): SheetIssue {
  const encrypted = buf.includes(utf16('EncryptedPackage')) || buf.includes(utf16('EncryptionInfo'));
  return encrypted
    ? fileIssue('password_protected', say('passwordProtected'))
    : fileIssue('legacy_xls', say('legacyXls'));
}

/**
 * Checks a file before it is parsed: that it is an xlsx workbook (not a legacy .xls, a password-protected file, a
 * CSV or anything else), within the size bounds, and that nothing in it would make the parser build more rows,
 * cells or merged ranges than allowed. Returns the issues; none means the file may be handed to the parser.
 */
export async function guardPackage(bytes: Uint8Array, limits: SheetLimits): Promise<SheetIssue[]> {
  if (bytes.length > limits.maxBytes)
    return [
      fileIssue(
        'file_too_large',
        say('fileTooLarge', { megabytes: mb(bytes.length), limit: mb(limits.maxBytes) }),
      ),
    ];
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(buf, CFB)) return [compoundFileIssue(buf)];
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) return [fileIssue('not_xlsx', say('notXlsx'))];
  const headers = countCentralHeaders(buf, limits.maxParts);
  if (headers > limits.maxParts)
    return [fileIssue('too_many_parts', say('tooManyParts', { limit: limits.maxParts }))];
  const parts = await listParts(buf);
  if (parts === 'encrypted') return [fileIssue('password_protected', say('packageEncrypted'))];
  if (parts === 'corrupt') return [fileIssue('corrupt_xlsx', say('damaged'))];
  if (parts === 'notZip' || !parts.some((p) => p.name === 'xl/workbook.xml'))
    return [fileIssue('not_xlsx', say('notXlsx'))];
  const sheets = parts.filter((p) => WORKSHEET.test(p.name));
  if (sheets.length > limits.maxSheets)
    return [
      fileIssue('too_many_sheets', say('tooManySheets', { sheets: sheets.length, limit: limits.maxSheets })),
    ];
  const declared = parts.reduce((sum, p) => sum + Math.max(0, p.declared), 0);
  if (declared > limits.maxUncompressedBytes || parts.some((p) => !Number.isSafeInteger(p.declared)))
    return [tooLarge(limits, declared)];
  return inspectParts(parts, limits);
}

function tooLarge(limits: SheetLimits, size?: number): SheetIssue {
  return fileIssue(
    'uncompressed_too_large',
    say('inflatesTooLarge', {
      megabytes: size === undefined ? undefined : mb(size),
      limit: mb(limits.maxUncompressedBytes),
    }),
  );
}

/** Inflates every part against its declared size, scanning the worksheets and keeping the structure parts. */
async function inspectParts(parts: PackagePart[], limits: SheetLimits): Promise<SheetIssue[]> {
  const kept = new Map<string, string>();
  const scans = new Map<string, SheetScan>();
  const others = new Map<string, PartScan>();
  for (const part of parts) {
    const keep = STRUCTURE.includes(part.name);
    if (keep && part.declared > STRUCTURE_MAX) return [tooLarge(limits)];
    const scan = WORKSHEET.test(part.name)
      ? new SheetScan()
      : part.name === SHARED_STRINGS
        ? new ElementScan({ si: limits.maxCells, r: limits.maxCells * RUNS_PER_TEXT })
        : part.name === STYLES
          ? new ElementScan(Object.fromEntries(STYLE_KINDS.map((k) => [k, MAX_STYLES_OF_A_KIND])), MAX_STYLES)
          : parsed(part.name)
            ? new TextScan()
            : undefined;
    if (scan instanceof SheetScan) scans.set(part.name, scan);
    else if (scan) others.set(part.name, scan);
    const pieces: Buffer[] = [];
    const outcome = await inflatePart(part, part.declared, (chunk) => {
      scan?.feed(chunk);
      if (keep) pieces.push(Buffer.from(chunk));
    });
    // A part that inflates to another size than declared is one JSZip rejects, but only after inflating all of it.
    if (outcome !== 'broken' && outcome !== 'tooLarge' && outcome.size === part.declared) {
      scan?.end();
      if (keep) kept.set(part.name, Buffer.concat(pieces).toString('utf8'));
    } else return [fileIssue('corrupt_xlsx', say('damaged'))];
  }
  // What no Office part holds and the parser would build whole: refused as a damaged file, before anything else.
  if ([...scans.values(), ...others.values()].some((scan) => scan.malformed))
    return [fileIssue('corrupt_xlsx', say('damaged'))];
  return [...countIssues(scans, kept, limits), ...sharedIssues(others, limits)];
}

/** The longest text a part the guard lets through may hold, in bytes: the longest a cell may hold, written as XML. */
const textBound = (limits: SheetLimits) =>
  Math.max(limits.maxCellLength, EXCEL_CELL_CHARACTERS) * BYTES_PER_CHARACTER;

/** Whether a part holds a text or a piece of markup longer than any workbook's. */
const overlong = (scan: PartScan, limits: SheetLimits) =>
  scan.longestText > textBound(limits) || scan.longestMarkup > MARKUP_BOUND;

/** What the other parts would make the parser build: texts and runs, style elements, one huge token anywhere. */
function sharedIssues(others: Map<string, PartScan>, limits: SheetLimits): SheetIssue[] {
  const issues: SheetIssue[] = [];
  const strings = others.get(SHARED_STRINGS);
  const over = strings instanceof ElementScan ? strings.over() : undefined;
  if (over)
    issues.push(
      fileIssue(
        'too_many_cells',
        say(over.kind === 'si' ? 'tooManyStrings' : 'tooManyRuns', { limit: over.bound }),
      ),
    );
  const styles = others.get(STYLES);
  const styleOver = styles instanceof ElementScan ? styles.over() : undefined;
  if (styleOver) issues.push(fileIssue('too_big', say('tooManyStyles', { limit: styleOver.bound })));
  const long = [...others].find(([, scan]) => overlong(scan, limits));
  if (long) issues.push(fileIssue('cell_too_long', say('textTooLong', { part: long[0] })));
  return issues;
}

function countIssues(
  scans: Map<string, SheetScan>,
  kept: Map<string, string>,
  limits: SheetLimits,
): SheetIssue[] {
  const names = sheetNames(kept);
  const issues: SheetIssue[] = [];
  let cells = 0;
  for (const [part, scan] of scans) {
    const sheet = names.get(part) ?? part;
    const rows = Math.max(scan.lastRow, scan.rows);
    if (rows > limits.maxRows)
      issues.push(
        sheetIssue(
          { sheet, row: limits.maxRows + 1 },
          'too_many_rows',
          say('tooManyRows', { rows, limit: limits.maxRows }),
        ),
      );
    if (scan.merges > limits.maxMergedRanges)
      issues.push(
        sheetIssue(
          { sheet },
          'too_many_merges',
          say('tooManyMerges', { merges: scan.merges, limit: limits.maxMergedRanges }),
        ),
      );
    if (scan.widest && scan.widest.area > limits.maxCells)
      issues.push(rangeIssue(sheet, scan.widest, limits, say('mergedRange')));
    if (overlong(scan, limits))
      issues.push(sheetIssue({ sheet }, 'cell_too_long', say('textTooLong', { part: sheet })));
    cells += scan.cells;
  }
  for (const range of definedNameRanges(kept.get('xl/workbook.xml') ?? '')) {
    cells += range.area;
    if (range.area > limits.maxCells)
      issues.push(rangeIssue('', range, limits, say('namedRange', { name: range.name })));
  }
  if (cells > limits.maxCells)
    issues.push(fileIssue('too_many_cells', say('tooManyCells', { cells, limit: limits.maxCells })));
  return issues;
}

function rangeIssue(
  sheet: string,
  range: { ref: string; area: number },
  limits: SheetLimits,
  what: BilingualText,
): SheetIssue {
  const message = say('rangeTooLarge', { what, ref: range.ref, cells: range.area, limit: limits.maxCells });
  return sheet ? sheetIssue({ sheet }, 'range_too_large', message) : fileIssue('range_too_large', message);
}

const unescapeXml = (s: string) =>
  s
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

/** Sheet names by part name, from the workbook and its relationships, so a bound can name the sheet it stops. */
function sheetNames(kept: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  const targets = new Map<string, string>();
  for (const m of (kept.get('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  for (const m of (kept.get('xl/workbook.xml') ?? '').matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name && target) out.set(target, unescapeXml(name));
  }
  return out;
}
