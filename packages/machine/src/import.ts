import type { BilingualText } from '@chuangwen/model';
import { GENESIS_HASH } from './audit.js';
import { canonicalJson } from './hashing.js';
import { say } from './legacy-messages.js';
import { sha256Hex } from './sha256.js';
import { readUntrusted } from './untrusted.js';

/** A log written by the 0.0.0 packages: one chain for the whole campaign, each entry hashed without a key. */
export interface LegacyAuditEntry {
  seq: number;
  at: string;
  actor: unknown;
  event: unknown;
  outcome: string;
  reason?: unknown;
  blockers?: unknown;
  prevHash: string;
  hash: string;
}

/** The verification of a 0.0.0 log: intact or not, how many entries, and the hash it ends on. */
export interface LegacyLogVerification {
  ok: boolean;
  entries: number;
  head: string;
  /** The first broken entry, if any. */
  problem?: { seq: number; message: BilingualText };
}

/** What the 0.0.0 tables said of the log beside it: its length and last hash (`audit_length`, `audit_head`). */
export interface LegacyLogHead {
  entries: number;
  head: string;
}

const LEGACY_LIMITS = {
  maxDepth: 64,
  maxStringLength: 1_000_000,
  maxNodes: 50_000_000,
  maxChars: 1_000_000_000,
};

const broken = (
  seq: number,
  entries: number,
  head: string,
  message: BilingualText,
): LegacyLogVerification => ({
  ok: false,
  entries,
  head,
  problem: { seq, message },
});

/**
 * Verifies a log written by the 0.0.0 packages (SHA-256 over the previous hash and the entry's canonical JSON), so a
 * host migrating it can say it was intact when it was sealed; given the length and last hash the 0.0.0 tables kept
 * beside it, also that nothing was cut from its end or planted after it. Anything that is not such a log (not a list,
 * an entry that is not an object, data nested too deep) is a located problem. Linear; never throws.
 */
export function verifyLegacyLog(input: unknown, expected?: LegacyLogHead): LegacyLogVerification {
  const read = readUntrusted(input, LEGACY_LIMITS);
  if (!read.ok || !Array.isArray(read.value)) return broken(0, 0, GENESIS_HASH, say('legacyNotList'));
  const log = read.value as unknown[];
  let prev = GENESIS_HASH;
  for (let i = 0; i < log.length; i++) {
    const e = log[i];
    if (e === null || typeof e !== 'object' || Array.isArray(e))
      return broken(i, log.length, prev, say('legacyNotEntry', { seq: i }));
    const { seq, at, actor, event, outcome, reason, blockers, prevHash, hash } = e as LegacyAuditEntry;
    let expectedHash: string;
    try {
      expectedHash = sha256Hex(prev + canonicalJson({ seq, at, actor, event, outcome, reason, blockers }));
    } catch {
      return broken(i, log.length, prev, say('legacyUnreadable', { seq: i }));
    }
    if (seq !== i || prevHash !== prev || hash !== expectedHash)
      return broken(i, log.length, prev, say('legacyChanged', { seq: i }));
    prev = hash;
  }
  if (expected && (expected.entries !== log.length || expected.head !== prev))
    return broken(
      log.length,
      log.length,
      prev,
      say('legacyCut', { count: log.length, recorded: expected.entries, head: expected.head }),
    );
  return { ok: true, entries: log.length, head: prev };
}
