import type { z } from 'zod';
import type { PathSegment } from './issues.js';

// The keys a schema knows at a path of a document, so an unknown key can be answered with the nearest known one. Walks
// zod's own definitions, so the suggestions can never drift from the schemas.

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } })?._zod?.def;

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

const child = (value: unknown, key: PathSegment): unknown =>
  value !== null && typeof value === 'object' && Object.hasOwn(value, key)
    ? (value as Record<PathSegment, unknown>)[key]
    : undefined;

/** Whether an object schema's literal fields (a union's discriminator) all agree with the value. */
function accepts(def: Def, value: unknown): boolean {
  if (def.type !== 'object' || value === null || typeof value !== 'object') return true;
  for (const [key, field] of Object.entries(def.shape as Record<string, unknown>)) {
    const fieldDef = defOf(field);
    if (fieldDef?.type !== 'literal' || !Object.hasOwn(value, key)) continue;
    if (!(fieldDef.values as unknown[]).includes((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/**
 * The object schemas the value at `path` is read by. `value` is the document at this level: it picks the forms of a
 * union that match it (an event's type picks its payload), so suggestions come from the right form.
 */
function objectsAt(schema: unknown, path: readonly PathSegment[], value: unknown, depth = 0): Def[] {
  const def = defOf(schema);
  if (!def || depth > 64) return [];
  const next = (s: unknown) => objectsAt(s, path, value, depth + 1);
  if (WRAPPERS.has(def.type)) return next(def.innerType);
  if (def.type === 'pipe') return next(def.in);
  if (def.type === 'lazy') return next((def.getter as () => unknown)());
  if (def.type === 'union') {
    const options = (def.options as unknown[]).filter((o) => {
      const d = defOf(o);
      return d !== undefined && accepts(d, value);
    });
    return options.flatMap(next);
  }
  if (def.type === 'intersection') return [def.left, def.right].flatMap(next);
  // A record keyed by an enumeration (validity days by method) knows its keys as well as an object does.
  if (path.length === 0) return def.type === 'object' || enumKeys(def) ? [def] : [];
  const [head, ...rest] = path as [PathSegment, ...PathSegment[]];
  const down = (s: unknown) => objectsAt(s, rest, child(value, head), depth + 1);
  if (def.type === 'object') {
    const shape = def.shape as Record<string, unknown>;
    return typeof head === 'string' && Object.hasOwn(shape, head) ? down(shape[head]) : [];
  }
  if (def.type === 'array') return down(def.element);
  if (def.type === 'record') return down(def.valueType);
  if (def.type === 'tuple' && typeof head === 'number') return down((def.items as unknown[])[head]);
  return [];
}

/** The keys the schema allows for the object at `path` of the document `input`. */
export function knownKeysAt(schema: z.ZodType, path: readonly PathSegment[], input: unknown): string[] {
  const keys = new Set<string>();
  for (const o of objectsAt(schema, path, input)) {
    for (const key of o.type === 'object' ? Object.keys(o.shape as object) : (enumKeys(o) ?? []))
      keys.add(key);
  }
  return [...keys];
}

/** The keys of a record keyed by an enumeration, or undefined for any other schema. */
function enumKeys(def: Def): string[] | undefined {
  if (def.type !== 'record') return undefined;
  const key = defOf(def.keyType);
  return key?.type === 'enum' ? Object.values(key.entries as Record<string, string>) : undefined;
}

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] as number;
      prev[j] = Math.min(up + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] as number;
}

/**
 * The known key nearest to an unknown one, when close enough to be a slip: a different case, a typo, a missing or
 * extra letter (`targetRate` → `targetRates`). Keys longer than 64 characters are never compared, so hostile input
 * costs nothing.
 */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  if (key.length > 64) return undefined;
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    // A candidate whose length differs by more than any allowed distance cannot be near: skip the edit distance.
    if (
      candidate.length > 64 ||
      Math.abs(candidate.length - key.length) > Math.max(1, Math.floor(key.length / 3))
    )
      continue;
    const score = candidate.toLowerCase() === lower ? 0 : distance(lower, candidate.toLowerCase());
    if (score < bestScore) [best, bestScore] = [candidate, score];
  }
  const allowed = Math.max(1, Math.floor(Math.min(key.length, best?.length ?? 0) / 3));
  return bestScore <= allowed ? best : undefined;
}

/**
 * The object forms a schema allows at a path, written compactly for a message: `{ kind: "date", date }`. At most
 * four forms of at most eight keys, so a message stays short.
 */
export function formsAt(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  return objectsAt(schema, path, undefined)
    .filter((o) => o.type === 'object')
    .slice(0, 4)
    .map((o) => {
      // Required keys first, so a long form still shows what it cannot do without; "…" says keys were left out.
      const entries = Object.entries(o.shape as Record<string, unknown>).sort(
        ([, a], [, b]) =>
          Number(WRAPPERS.has(defOf(a)?.type ?? '')) - Number(WRAPPERS.has(defOf(b)?.type ?? '')),
      );
      const keys = entries.slice(0, 8).map(([key, field]) => {
        const def = defOf(field);
        const values = def?.type === 'literal' ? (def.values as unknown[]) : undefined;
        return values?.length === 1 ? `${key}: ${JSON.stringify(values[0])}` : key;
      });
      return `{ ${keys.join(', ')}${entries.length > 8 ? ', …' : ''} }`;
    });
}
