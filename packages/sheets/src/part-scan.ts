import { TokenMeasure } from './xml-tokens.js';

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

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * An attribute's or a text's value as an XML parser hands it on: character references (`&#65;`, `&#x41;`) and the
 * five named entities decoded, so a number or a range written with them is counted as the parser will read it.
 */
function xmlValue(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#[0-9]{1,8}|#x[0-9a-fA-F]{1,6}|lt|gt|amp|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole;
    const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const TAG = /<(row|c|mergeCell)[\s/>][^<]*/g;
const ROW_NUMBER = /\sr\s*=\s*["']([^"']*)["']/;
const REF = /\sref\s*=\s*["']([^"']*)["']/;
const CARRY_LIMIT = 64 * 1024;

/** Reads a part's XML piece by piece, keeping only a tag's worth, and measures its longest token (`xml-tokens.ts`). */
export abstract class PartScan {
  private readonly tokens = new TokenMeasure();
  private carry = '';
  private stopped = false;

  /** The longest text of the part (CDATA and entities included), in bytes. */
  get longestText(): number {
    return this.tokens.longestText;
  }
  /** The longest tag (with its attribute values), comment or processing instruction of the part, in bytes. */
  get longestMarkup(): number {
    return this.tokens.longestMarkup;
  }
  /** Whether the part holds what no Office part does and the parser would build whole (a DTD, a runaway entity). */
  get malformed(): boolean {
    return this.tokens.malformed;
  }

  /** Reads no more: what was counted already refuses the part. */
  protected stop(): void {
    this.stopped = true;
    this.carry = '';
  }

  feed(chunk: Buffer): void {
    if (this.stopped) return;
    const piece = chunk.toString('latin1');
    this.tokens.feed(piece);
    let text = this.carry + piece;
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

  protected abstract scan(text: string): void;
}

/** Counts a worksheet's rows, cells and merged ranges from its XML. */
export class SheetScan extends PartScan {
  rows = 0;
  /** The highest row number a row or a merged range reaches. */
  lastRow = 0;
  cells = 0;
  merges = 0;
  /** The largest merged range, by the cells it covers. */
  widest: { ref: string; area: number } | undefined;

  protected scan(text: string): void {
    for (const m of text.matchAll(TAG)) {
      // Attributes only: the text after the tag's `>` is content, not something exceljs builds from.
      const close = m[0].indexOf('>');
      const tag = close < 0 ? m[0] : m[0].slice(0, close);
      if (m[1] === 'c') this.cells++;
      else if (m[1] === 'row') {
        this.rows++;
        const r = ROW_NUMBER.exec(tag);
        // Read as the parser reads it: the leading digits, after any character reference is decoded.
        const row = r ? Number.parseInt(xmlValue(r[1] ?? ''), 10) : Number.NaN;
        if (row > this.lastRow) this.lastRow = row;
      } else {
        this.merges++;
        const ref = xmlValue(REF.exec(tag)?.[1] ?? '');
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

/** Any other XML part: only its longest token is measured. */
export class TextScan extends PartScan {
  protected scan(): void {}
}

const ELEMENT = /<(si|r|xf|font|fill|border|numFmt|dxf|cellStyle)[\s/>]/g;

/**
 * Counts what a parser builds from the shared strings (a string per `<si>`, a run per `<r>`) or the styles (formats,
 * fonts, fills, borders), each kind against its own bound: past one the part is refused whatever follows, so the rest
 * is not read.
 */
export class ElementScan extends PartScan {
  readonly counts = new Map<string, number>();
  private total = 0;
  constructor(
    private readonly bounds: Readonly<Record<string, number>>,
    private readonly totalBound = Number.POSITIVE_INFINITY,
  ) {
    super();
  }
  /** The first kind past its bound, with its bound (the kind `all` for all of them together). */
  over(): { kind: string; bound: number } | undefined {
    if (this.total > this.totalBound) return { kind: 'all', bound: this.totalBound };
    for (const [kind, count] of this.counts) {
      const bound = this.bounds[kind];
      if (bound !== undefined && count > bound) return { kind, bound };
    }
    return undefined;
  }
  protected scan(text: string): void {
    for (const m of text.matchAll(ELEMENT)) {
      const kind = m[1] ?? '';
      if (!Object.hasOwn(this.bounds, kind)) continue;
      this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
      this.total++;
    }
    if (this.over()) this.stop();
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
    const name = xmlValue(/\sname\s*=\s*["']([^"']*)["']/.exec(m[1] ?? '')?.[1] ?? '');
    for (const item of xmlValue(m[2] ?? '').split(',')) {
      const ref = item.split('!').pop() ?? '';
      if (!ABSOLUTE.test(ref)) continue;
      const range = decodeRange(ref);
      if (range) out.push({ name, ref: item.trim(), area: areaOf(range) });
    }
  }
  return out;
}
