import { hmacSha256Hex, sha256Hex } from './sha256.js';

/** Deeper than any record the library writes; past it, canonical JSON refuses with a `RangeError` rather than overflow the stack. */
const MAX_CANONICAL_DEPTH = 256;

/**
 * JSON with object keys sorted at every level, so equal values always hash alike. Built in one pass per level. Throws a
 * `RangeError` for data nested deeper than 256 levels (no record is), which callers reading stored data report.
 */
export function canonicalJson(value: unknown): string {
  return canonical(value, 0);
}

function canonical(value: unknown, depth: number): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (depth > MAX_CANONICAL_DEPTH)
    throw new RangeError(`data nested deeper than ${MAX_CANONICAL_DEPTH} levels / 数据嵌套过深`);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      const item: unknown = value[i];
      out += item === undefined ? 'null' : canonical(item, depth + 1);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    if (!first) out += ',';
    first = false;
    out += `${JSON.stringify(key)}:${canonical(item, depth + 1)}`;
  }
  return `${out}}`;
}

/** The SHA-256 of a text, as lowercase hex: node:crypto where present, the portable implementation elsewhere. */
export function digestOf(text: string): string {
  return nodeCrypto ? nodeCrypto.createHash('sha256').update(text).digest('hex') : sha256Hex(text);
}

/**
 * How entries are chained: each entry's hash covers the previous hash and the entry's canonical JSON. Keyed, it is
 * HMAC-SHA-256 with a key the host keeps outside the database, so someone who can rewrite the whole store still cannot
 * forge a chain; unkeyed, it is SHA-256, tamper-evident only against someone who cannot rewrite the whole store (keep
 * the head elsewhere: `anchor`).
 */
export interface ChainHasher {
  readonly keyed: boolean;
  /** The hash of an entry body following `prevHash`. */
  link(prevHash: string, body: string): string;
  /** Whether node:crypto does the work (fast) rather than the portable fallback. */
  readonly native: boolean;
}

interface NodeDigest {
  update(data: string): NodeDigest;
  digest(encoding: 'hex'): string;
}
interface NodeCrypto {
  createHash(alg: string): NodeDigest;
  createHmac(alg: string, key: Uint8Array): NodeDigest;
}

// node:crypto when the runtime has it (Node 20.16+), found without an import so the package bundles for browsers.
const nodeCrypto = (() => {
  try {
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    return proc?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;
  } catch {
    return undefined;
  }
})();

/**
 * A chain hasher: keyed with `key` (HMAC-SHA-256; at least 32 random bytes, kept outside the database), or plain
 * SHA-256 without one. Uses node:crypto where present and a portable implementation elsewhere; both give the same
 * hashes. `portable: true` forces the portable one (for tests and comparisons).
 */
export function chainHasher(key?: string | Uint8Array, options: { portable?: boolean } = {}): ChainHasher {
  const bytes = typeof key === 'string' ? new TextEncoder().encode(key) : key;
  if (bytes !== undefined && bytes.length < 16)
    throw new RangeError('the audit key must be at least 16 bytes / 审计密钥至少需要 16 字节');
  const native = options.portable ? undefined : nodeCrypto;
  if (bytes === undefined) {
    return native
      ? {
          keyed: false,
          native: true,
          link: (prev, body) => native.createHash('sha256').update(prev).update(body).digest('hex'),
        }
      : { keyed: false, native: false, link: (prev, body) => sha256Hex(prev + body) };
  }
  return native
    ? {
        keyed: true,
        native: true,
        link: (prev, body) => native.createHmac('sha256', bytes).update(prev).update(body).digest('hex'),
      }
    : { keyed: true, native: false, link: (prev, body) => hmacSha256Hex(bytes, prev + body) };
}
