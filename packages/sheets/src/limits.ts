/**
 * Bounds on what a workbook from outside may hold. Every bound is checked before the work it guards, so a hostile or
 * broken file ends with a located issue in time proportional to the bound, never with a hang or an exhausted heap.
 * The library reads no clock: bounding the work bounds the time.
 */
export interface SheetLimits {
  /** The largest file accepted, in bytes. */
  maxBytes: number;
  /** The most bytes the workbook's parts may inflate to (a zip bomb inflates a small file a thousandfold). */
  maxUncompressedBytes: number;
  /** The most rows in one sheet. */
  maxRows: number;
  /** The most columns read in one sheet. */
  maxColumns: number;
  /** The most cells in the whole workbook. */
  maxCells: number;
  /** The longest text a cell may hold, in characters. */
  maxCellLength: number;
  /** The most merged ranges in one sheet: the reader checks each new one against all before it, so their cost grows as the square. */
  maxMergedRanges: number;
  /** The most sheets in a workbook. */
  maxSheets: number;
  /** The most parts (files) in the workbook's zip package; a real workbook has a few dozen. */
  maxParts: number;
}

/**
 * The bounds used unless a caller gives others: room for a year of a district's ledger (50,000 rows a sheet) on a
 * heap of about 1 GB, and far below what would stall a server.
 */
export const DEFAULT_LIMITS: Readonly<SheetLimits> = Object.freeze({
  maxBytes: 20 * 1024 * 1024,
  maxUncompressedBytes: 256 * 1024 * 1024,
  maxRows: 50_000,
  maxColumns: 200,
  maxCells: 1_500_000,
  maxCellLength: 10_000,
  maxMergedRanges: 5_000,
  maxSheets: 64,
  maxParts: 10_000,
});

/** The default bounds with a caller's changes. */
export function limitsWith(overrides: Partial<SheetLimits> = {}): SheetLimits {
  return { ...DEFAULT_LIMITS, ...overrides };
}
