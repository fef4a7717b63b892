// What exceljs builds from a part, counted from its XML as it streams past: a row object per `<row>`, a cell per
// `<c>`, and a cell for every position a merged range or a defined name covers (exceljs walks each range cell by
// cell). Tags are matched as exceljs's parser names them: unprefixed, followed by white space, `/` or `>`.

/** A range as exceljs decodes it: rows and columns from 1; a column past Excel's 16,384 makes exceljs throw. */
interface DecodedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One address the way exceljs's `colCache.decodeAddress` reads it: capital letters, then digits, `$` skipped. */
function decodeAddress(text: string): { row: number; col: number } | undefined {
  let col = 0;
  let row = 0;
  let hasCol = false;
  let hasRow = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (!hasRow && ch >= 65 && ch <= 90) {
      hasCol = true;
      col = col * 26 + ch - 64;
    } else if (ch >= 48 && ch <= 57) {
      hasRow = true;
      row = row * 10 + ch - 48;
    } else if (hasRow && hasCol && ch !== 36) break;
  }
  return hasCol && hasRow ? { row, col } : undefined;
}

/** A reference (`A1`, `$A$1:$D$9`) as a range, or undefined where exceljs would build nothing from it. */
function decodeRange(ref: string): DecodedRange | undefined {
  const parts = ref.split(':');
  const a = decodeAddress(parts[0] ?? '');
  const b = parts.length === 2 ? decodeAddress(parts[1] ?? '') : a;
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** The cells a range covers. */
const areaOf = (r: DecodedRange) => (r.bottom - r.top + 1) * (r.right - r.left + 1);

const TAG = /<(row|c|mergeCell)[\s/>][^<]*/g;
const ROW_NUMBER = /\sr\s*=\s*["'](\d+)["']/;
const REF = /\sref\s*=\s*["']([^"']*)["']/;
const CARRY_LIMIT = 64 * 1024;

/** Counts a worksheet's rows, cells and merged ranges from its XML, piece by piece, keeping only a tag's worth. */
export class SheetScan {
  rows = 0;
  /** The highest row number a row or a merged range reaches. */
  lastRow = 0;
  cells = 0;
  merges = 0;
  /** The largest merged range, by the cells it covers. */
  widest: { ref: string; area: number } | undefined;
  private carry = '';

  feed(chunk: Buffer): void {
    let text = this.carry + chunk.toString('latin1');
    // A tag is never cut: the text after the last `<` waits for the next piece (unless it has grown past any tag).
    const cut = text.lastIndexOf('<');
    if (cut > 0 && text.length - cut < CARRY_LIMIT) {
      this.carry = text.slice(cut);
      text = text.slice(0, cut);
    } else this.carry = '';
    this.scan(text);
  }

  end(): void {
    this.scan(this.carry);
    this.carry = '';
  }

  private scan(text: string): void {
    for (const m of text.matchAll(TAG)) {
      // Attributes only: the text after the tag's `>` is content, not something exceljs builds from.
      const close = m[0].indexOf('>');
      const tag = close < 0 ? m[0] : m[0].slice(0, close);
      if (m[1] === 'c') this.cells++;
      else if (m[1] === 'row') {
        this.rows++;
        const r = ROW_NUMBER.exec(tag);
        if (r) this.lastRow = Math.max(this.lastRow, Number(r[1]));
      } else {
        this.merges++;
        const ref = REF.exec(tag)?.[1] ?? '';
        const range = decodeRange(ref);
        if (!range) continue;
        const area = areaOf(range);
        this.cells += area;
        this.lastRow = Math.max(this.lastRow, range.bottom);
        if (!this.widest || area > this.widest.area) this.widest = { ref, area };
      }
    }
  }
}

const DEFINED_NAME = /<definedName\b([^>]*)>([^<]*)<\/definedName>/g;
const ABSOLUTE = /[$](\w+)[$](\d+)(:[$](\w+)[$](\d+))?/;

/**
 * The ranges of the workbook's defined names (print areas, filters, names), each with the cells exceljs walks for it:
 * a range written `$A$1:$D$9` is expanded cell by cell into a matrix when the workbook loads.
 */
export function definedNameRanges(workbookXml: string): { name: string; ref: string; area: number }[] {
  const out: { name: string; ref: string; area: number }[] = [];
  for (const m of workbookXml.matchAll(DEFINED_NAME)) {
    const name = /\sname\s*=\s*["']([^"']*)["']/.exec(m[1] ?? '')?.[1] ?? '';
    for (const item of (m[2] ?? '').split(',')) {
      const ref = item.split('!').pop() ?? '';
      if (!ABSOLUTE.test(ref)) continue;
      const range = decodeRange(ref);
      if (range) out.push({ name, ref: item.trim(), area: areaOf(range) });
    }
  }
  return out;
}
