import { inOneLine } from '@chuangwen/model/internal';
import { z } from 'zod';
import { type NodeCrypto, nodeCrypto } from './hashing.js';
import { say } from './messages.js';
import { hmacSha256Hex, sha256Hex } from './sha256.js';
import type { ChainSigner } from './signer.js';
import { hmacSm3Hex, sm3Hex } from './sm3.js';

/**
 * How entries are linked: HMAC-SHA-256 or HMAC-SM3 under a key the host keeps outside the database, or plain SHA-256 or
 * SM3 (tamper-evident only against someone who cannot rewrite the whole store, or sealed entry by entry by a signer).
 */
export const CHAIN_ALGORITHMS = ['hmac-sha256', 'hmac-sm3', 'sha256', 'sm3'] as const;
/** How entries are linked (see {@link CHAIN_ALGORITHMS}). */
export type ChainAlgorithm = (typeof CHAIN_ALGORITHMS)[number];

/** A key's name as a stream records it: never the key itself. */
const KeyIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/);

/**
 * What a stream records in the first entry of its chain (and in the entry where it moves to another): the algorithm
 * that links its entries, the id of the key (never the key), and, for a chain sealed by a signer (a cryptographic
 * device or service), the seal's algorithm and key id. Verification picks the hasher by it.
 */
export const ChainSpecSchema = z
  .strictObject({
    algorithm: z.enum(CHAIN_ALGORITHMS),
    keyId: KeyIdSchema.optional(),
    seal: z
      .strictObject({ algorithm: z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/), keyId: KeyIdSchema })
      .optional(),
  })
  .refine((s) => !(s.keyId && !s.algorithm.startsWith('hmac-')), { message: 'a digest has no key id' })
  .refine((s) => !(s.seal && s.algorithm.startsWith('hmac-')), { message: 'a sealed chain links by digest' });
/** What a stream records of its chain (see {@link ChainSpecSchema}). */
export type ChainSpec = z.infer<typeof ChainSpecSchema>;

/**
 * How entries are chained: each entry's hash covers the previous hash and the entry's canonical JSON, by the algorithm
 * its `spec` names. A hasher made with no algorithm is of the first format (HMAC-SHA-256 with a key, SHA-256 without):
 * its streams record nothing, as every record written before algorithms were recorded. `earlier` holds the hashers of
 * earlier algorithms and keys, so a record that moved verifies across the move (see {@link keyring}).
 */
export interface ChainHasher {
  readonly keyed: boolean;
  /** The hash of an entry body following `prevHash`. */
  link(prevHash: string, body: string): string;
  /** Whether node:crypto does the work (fast) rather than the portable fallback. */
  readonly native: boolean;
  readonly algorithm: ChainAlgorithm;
  /** What a stream records when it starts or moves to this hasher. */
  readonly spec: ChainSpec;
  /** Of the first format: streams started with it record no spec, and their genesis is the one written before. */
  readonly firstFormat: boolean;
  /** The signer that seals each entry's hash, for a sealed chain. */
  readonly signer?: ChainSigner | undefined;
  /** Hashers of earlier algorithms or keys, to verify what was written with them. */
  readonly earlier?: readonly ChainHasher[] | undefined;
}

/** Options of a chain hasher. */
export interface ChainHasherOptions {
  /** Recorded in each stream's chain; without it (and without `keyId` or `signer`), the first format. */
  algorithm?: ChainAlgorithm;
  /** The key's id, recorded with the algorithm so verification finds the key (never the key itself). */
  keyId?: string;
  /** Seals each entry's hash with a signer (a cryptographic device or service); the link is then a plain digest. */
  signer?: ChainSigner;
  /** Forces the portable implementation (for tests and comparisons). */
  portable?: boolean;
}

const digests = {
  sha256: { name: 'sha256', hex: sha256Hex, hmac: hmacSha256Hex },
  sm3: { name: 'sm3', hex: sm3Hex, hmac: hmacSm3Hex },
} as const;

/**
 * A chain hasher. `chainHasher(key)` is the first format: HMAC-SHA-256 (SHA-256 without a key), recording nothing, as
 * before algorithms were recorded. `chainHasher(key, { algorithm: 'hmac-sm3', keyId })` records its algorithm and key
 * id in each stream it starts or moves; `chainHasher(undefined, { algorithm: 'sm3', signer })` links by SM3 and has a
 * signer seal each entry. Keys are at least 16 bytes (32 random bytes recommended) and kept outside the database.
 * node:crypto does the work where present, a portable implementation elsewhere; both give the same hashes.
 */
export function chainHasher(key?: string | Uint8Array, options: ChainHasherOptions = {}): ChainHasher {
  // Copied once: a host that reuses or zeroes its buffer afterwards changes no hash, on any path.
  const bytes = typeof key === 'string' ? new TextEncoder().encode(key) : key && Uint8Array.from(key);
  if (bytes !== undefined && bytes.length < 16) throw new RangeError(inOneLine(say('auditKeyShort')));
  if (options.algorithm !== undefined && !CHAIN_ALGORITHMS.includes(options.algorithm))
    throw new RangeError(
      inOneLine(
        say('unknownAlgorithm', { named: String(options.algorithm).slice(0, 40), known: CHAIN_ALGORITHMS }),
      ),
    );
  const firstFormat = options.algorithm === undefined && !options.keyId && !options.signer;
  const algorithm: ChainAlgorithm =
    options.algorithm ?? (options.signer ? 'sm3' : bytes ? 'hmac-sha256' : 'sha256');
  const keyed = algorithm.startsWith('hmac-');
  if (keyed !== (bytes !== undefined))
    throw new RangeError(inOneLine(say(keyed ? 'needsKey' : 'takesNoKey', { algorithm })));
  if (options.signer && keyed) throw new RangeError(inOneLine(say('sealedByDigest')));
  const spec = ChainSpecSchema.safeParse({
    algorithm,
    ...(options.keyId ? { keyId: options.keyId } : {}),
    ...(options.signer ? { seal: { algorithm: options.signer.algorithm, keyId: options.signer.keyId } } : {}),
  });
  if (!spec.success) throw new RangeError(inOneLine(say('keyIdForm')));
  const digest = digests[keyed ? (algorithm.slice(5) as 'sha256' | 'sm3') : (algorithm as 'sha256' | 'sm3')];
  const native = options.portable ? undefined : nodeCrypto;
  // A key object made once: node:crypto then skips importing the raw key on every entry.
  const secret = native && bytes ? (secretKey(native, bytes) ?? bytes) : bytes;
  const link: (prev: string, body: string) => string = native
    ? secret
      ? (prev, body) => native.createHmac(digest.name, secret).update(prev).update(body).digest('hex')
      : (prev, body) => native.createHash(digest.name).update(prev).update(body).digest('hex')
    : bytes
      ? (prev, body) => digest.hmac(bytes, prev + body)
      : (prev, body) => digest.hex(prev + body);
  return {
    keyed,
    native: native !== undefined,
    algorithm,
    spec: spec.data,
    firstFormat,
    link,
    ...(options.signer ? { signer: options.signer } : {}),
  };
}

/** A key object for node:crypto, or undefined where the runtime has none or refuses to make one. */
function secretKey(native: NodeCrypto, bytes: Uint8Array): object | undefined {
  try {
    return native.createSecretKey?.(bytes);
  } catch {
    return undefined;
  }
}

/**
 * `chainHasher()`: SHA-256 of the first format, with no key. Built without the other algorithms, so what only ever reads
 * unkeyed records (a document opened in a browser) bundles none of them.
 */
export function unkeyedHasher(): ChainHasher {
  const native = nodeCrypto;
  return {
    keyed: false,
    native: native !== undefined,
    algorithm: 'sha256',
    spec: { algorithm: 'sha256' },
    firstFormat: true,
    link: native
      ? (prev, body) => native.createHash('sha256').update(prev).update(body).digest('hex')
      : (prev, body) => sha256Hex(prev + body),
  };
}

/**
 * The hashers a host holds: `current` writes (new streams start with it, and a stream moves to it with its next entry),
 * `earlier` verify what was written before a move to another algorithm or key. At most one earlier hasher of the first
 * format (the key records written before algorithms were recorded).
 */
export function keyring(current: ChainHasher, ...earlier: ChainHasher[]): ChainHasher {
  const all = [current, ...earlier.flatMap((h) => [h, ...(h.earlier ?? [])])];
  if (all.filter((h) => h.firstFormat).length > 1) throw new RangeError(inOneLine(say('oneFirstFormat')));
  return { ...current, earlier: all.slice(1) };
}

/** Whether two specs name the same chain. */
export function sameSpec(a: ChainSpec | undefined, b: ChainSpec | undefined): boolean {
  return (
    a?.algorithm === b?.algorithm &&
    a?.keyId === b?.keyId &&
    a?.seal?.algorithm === b?.seal?.algorithm &&
    a?.seal?.keyId === b?.seal?.keyId
  );
}

/**
 * The hasher of a keyring for what a stream records: a spec, or nothing (a stream of the first format). Undefined when
 * the keyring holds none: verification then says which algorithm and key id it lacks.
 */
export function hasherFor(hasher: ChainHasher, spec: ChainSpec | undefined): ChainHasher | undefined {
  const all = [hasher, ...(hasher.earlier ?? [])];
  return spec === undefined ? all.find((h) => h.firstFormat) : all.find((h) => sameSpec(h.spec, spec));
}

/** A spec as a person reads it: `hmac-sm3 (key 2026-01)`, `sm3 sealed by hmac-sm3 (key hsm-1)`. */
export function describeSpec(spec: ChainSpec): string {
  const key = (id: string | undefined) => (id ? ` (key ${id})` : '');
  return spec.seal
    ? `${spec.algorithm} sealed by ${spec.seal.algorithm}${key(spec.seal.keyId)}`
    : `${spec.algorithm}${key(spec.keyId)}`;
}

/** The spec a stored entry body records, read without trusting it: undefined when it records none or a malformed one. */
export function specOf(entry: unknown): { spec?: ChainSpec; malformed?: true } {
  if (entry === null || typeof entry !== 'object' || !Object.hasOwn(entry, 'chain')) return {};
  const read = ChainSpecSchema.safeParse((entry as { chain: unknown }).chain);
  return read.success ? { spec: read.data } : { malformed: true };
}
