import { normalize } from './text.js';

// A row with no id column gets an id derived from what identifies it (a site's name; a task's text and standards; a
// problem's description, place and time), so importing the same sheet again gives the same ids and a merge can tell
// a changed row from a new one. Numbering rows (`site-1`) would clash with ids written by hand and shift whenever a
// row is inserted.

/** FNV-1a over the text's UTF-16 units, from a given basis: a fast, stable, dependency-free hash. */
function fnv1a(text: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Ten base-36 characters (about 51 bits) from two independent hashes of the text. */
export function stableHash(text: string): string {
  const high = fnv1a(text, 0x811c9dc5).toString(36).padStart(7, '0');
  const low = fnv1a(text, 0x050c5d1f).toString(36).padStart(7, '0');
  return `${high.slice(-5)}${low.slice(-5)}`;
}

/** The ids of one import: derived from each row's identity, with `-2`, `-3` for rows that repeat one. */
export class DerivedIds {
  private readonly seen = new Map<string, number>();

  constructor(private readonly prefix: string) {}

  /** The id for a row identified by these texts (normalised: full-width, spacing and case do not matter). */
  next(...identity: (string | undefined)[]): string {
    const base = `${this.prefix}${stableHash(identity.map((t) => normalize(t ?? '')).join('\u0001'))}`;
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  }
}
