import { type CellValue, isProblem } from './grid.js';

// Offices type in Chinese input methods: full-width letters, digits and punctuation, ideographic spaces, stray line
// breaks. Matching compares texts after NFKC (full-width → half-width) with white space removed.

/** A text reduced for matching: NFKC, no white space, lower case. */
export function normalize(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** A cell's text as written, trimmed; numbers as Excel shows them, dates as `YYYY-MM-DD`. Empty → undefined. */
export function cellText(value: CellValue | undefined): string | undefined {
  if (value === null || value === undefined || isProblem(value)) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

/** A cell's value as the person wrote it (a date cell with its time), for ids and messages; undefined when empty. */
export function cellWritten(value: CellValue | undefined): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 16).replace('T', ' ');
  if (typeof value === 'number') return String(value);
  return cellText(value);
}

/** Splits a cell listing several names: separated by 、，,;； or line breaks (full-width or not). */
export function splitList(text: string): string[] {
  return text
    .split(/[、，,;；\r\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const NUMBERING = [
  /^[（(]\s*[一二三四五六七八九十百零〇\d]+\s*[)）]/,
  /^[一二三四五六七八九十百零〇]+\s*[、.．]/,
  /^\d+(?:[.．]\d+)*\s*[、.．)）]/,
  /^\d+(?:[.．]\d+)+(?=\s)/,
  /^[①-⑳]/,
  /^[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]+(?:\s*[—\-–－]\s*\d+)?\s*[、.．]?/,
  /^第[一二三四五六七八九十百\d]+[部分项条章类]+[、.．:：]?/,
];

/** Splits a leading number as printed (`一、`, `（三）`, `1.`, `①`, `Ⅰ—1`) from the text after it. */
export function splitNumbering(text: string): { displayCode?: string; rest: string } {
  const trimmed = text.trim();
  for (const pattern of NUMBERING) {
    const m = pattern.exec(trimmed);
    if (m && m[0].length < trimmed.length) {
      const rest = trimmed.slice(m[0].length).trim();
      // "2.5" and "1.95%以上" are numbers, not numberings.
      if (rest !== '' && !/^\d*(?:\.\d+)?[%％]/.test(rest) && !/^[\d.]+$/.test(rest))
        return { displayCode: m[0].trim(), rest };
    }
  }
  return { rest: trimmed };
}

const POINTS_SUFFIX = /[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]\s*$/;

/** Splits points written after a title, `…（11分）`, from the title. */
export function splitPoints(text: string): { points?: number; rest: string } {
  const m = POINTS_SUFFIX.exec(text);
  if (!m) return { rest: text };
  return { points: Number(m[1]), rest: text.slice(0, m.index).trim() };
}

/** A header cell reduced for matching: no required marks (`*`), no notes in brackets, no white space. */
export function headerKey(text: string): string {
  return normalize(text)
    .replace(/[*＊※]/g, '')
    .replace(/\([^)]*\)$/, '')
    .replace(/[:：]$/, '');
}

/** A number in a cell: a number, or text such as `12.5`, `85%` (as 85) or `１２`. */
export function cellNumber(value: CellValue | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const text = cellText(value);
  if (text === undefined) return undefined;
  const m = /^[+-]?\d+(?:\.\d+)?$/.exec(normalize(text).replace(/分$/, ''));
  return m ? Number(m[0]) : undefined;
}

/** A rate written as `85%`, `85.5%` or `0.855`, as a number from 0 to 1. */
export function parseRate(text: string): number | undefined {
  const t = normalize(text);
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(t);
  if (percent) return Number((Number(percent[1]) / 100).toPrecision(12));
  const plain = /^(0(?:\.\d+)?|1(?:\.0+)?)$/.exec(t);
  return plain ? Number(plain[1]) : undefined;
}

/** A rate as an office writes it: `85%`, `95.5%`. */
export function formatRate(rate: number): string {
  return `${Number((rate * 100).toPrecision(12))}%`;
}

/** The edit distance between two short texts, for "did you mean …" suggestions. */
function distance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The known text nearest to `text`, if one is close enough to be a likely typo or short form. */
export function nearest(text: string, known: Iterable<string>): string | undefined {
  const key = normalize(text);
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const other = normalize(candidate);
    const d = other.includes(key) || key.includes(other) ? 0.5 : distance(key, other);
    if (d < bestScore) {
      bestScore = d;
      best = candidate;
    }
  }
  return best !== undefined && bestScore <= Math.max(1, Math.floor(key.length / 3)) ? best : undefined;
}
