import { inOneLine } from '@chuangwen/model/internal';
import { say } from './record-messages.js';
import { sha256Hex } from './sha256.js';

interface NodeDigest {
  update(data: string | Uint8Array): NodeDigest;
  digest(encoding: 'hex'): string;
}
export interface NodeCrypto {
  createHash(alg: string): NodeDigest;
  createHmac(alg: string, key: Uint8Array | object): NodeDigest;
  createSecretKey?(key: Uint8Array): object;
}

/** node:crypto when the runtime has it (Node 20.16+), found without an import so the package bundles for browsers. */
export const nodeCrypto = (() => {
  try {
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    return proc?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;
  } catch {
    return undefined;
  }
})();

/** Deeper than any record the library writes; past it, canonical JSON refuses with a `RangeError` rather than overflow the stack. */
const MAX_CANONICAL_DEPTH = 256;

/**
 * JSON with object keys sorted at every level, so equal values always hash alike. Built in one pass per level. Throws a
 * `RangeError` for data nested deeper than 256 levels (no record is), which callers reading stored data report.
 */
export function canonicalJson(value: unknown): string {
  return canonical(value, 0);
}

/** Keys already quoted: records repeat a small vocabulary of keys, and quoting one is most of a short field's cost. */
const QUOTED = new Map<string, string>();

function quoted(key: string): string {
  let text = QUOTED.get(key);
  if (text === undefined) {
    text = JSON.stringify(key);
    // Bounded, and only short keys: a record's own vocabulary, never a hostile input's.
    if (key.length <= 64 && QUOTED.size < 4096) QUOTED.set(key, text);
  }
  return text;
}

function canonical(value: unknown, depth: number): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (depth > MAX_CANONICAL_DEPTH)
    throw new RangeError(inOneLine(say('tooDeep', { levels: MAX_CANONICAL_DEPTH })));
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      const item: unknown = value[i];
      out += item === undefined ? 'null' : canonical(item, depth + 1);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  // Most objects arrive with their keys already in order (written by this library); sorting is then skipped.
  for (let i = 1; i < keys.length; i++)
    if (keys[i - 1]! > keys[i]!) {
      keys.sort();
      break;
    }
  let out = '{';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const item = record[key];
    if (item === undefined) continue;
    if (out.length > 1) out += ',';
    out += quoted(key);
    out += ':';
    out += canonical(item, depth + 1);
  }
  return `${out}}`;
}

/** Whether two values of stored data write the same canonical JSON; data too deep to write is equal to nothing. */
export function sameJson(a: unknown, b: unknown): boolean {
  try {
    return canonicalJson(a) === canonicalJson(b);
  } catch {
    return false;
  }
}

/** The SHA-256 of a text, as lowercase hex: node:crypto where present, the portable implementation elsewhere. */
export function digestOf(text: string): string {
  return nodeCrypto ? nodeCrypto.createHash('sha256').update(text).digest('hex') : sha256Hex(text);
}
