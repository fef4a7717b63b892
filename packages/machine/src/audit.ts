import type { BilingualText } from '@chuangwen/model';
import type { Actor } from './roles.js';
import { canonicalJson, sha256Hex } from './sha256.js';

/** The hash before the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** One entry of the audit log: every event, accepted or rejected, chained to the one before by its hash. */
export interface AuditEntry {
  seq: number;
  at: string;
  /** Who sent it; null when the event was too malformed to say. */
  actor: Actor | null;
  /** The event as sent (for the first entry, the campaign's creation input). */
  event: unknown;
  /** `applied`: the machine handled it (a refused move is applied and names its blockers); `rejected`: it never reached the machine. */
  outcome: 'applied' | 'rejected';
  reason?: BilingualText;
  blockers?: string[];
  prevHash: string;
  hash: string;
}

/** An entry before it is chained. */
export type AuditDraft = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>;

/** The hash of an entry: sha256 over the previous hash and the entry's canonical JSON. */
export function hashEntry(entry: Omit<AuditEntry, 'hash'>): string {
  const { seq, at, actor, event, outcome, reason, blockers, prevHash } = entry;
  return sha256Hex(prevHash + canonicalJson({ seq, at, actor, event, outcome, reason, blockers }));
}

/** Appends an entry to a log, returning the new log (the input is not modified). */
export function appendAudit(log: readonly AuditEntry[], draft: AuditDraft): AuditEntry[] {
  const last = log[log.length - 1];
  const body = { ...draft, seq: log.length, prevHash: last ? last.hash : GENESIS_HASH };
  return [...log, { ...body, hash: hashEntry(body) }];
}

/** A problem found in an audit log. */
export interface AuditProblem {
  index: number;
  kind: 'sequence' | 'link' | 'hash' | 'head';
  message: BilingualText;
}

/**
 * Verifies the hash chain: every entry's sequence number, its link to the previous hash, and its own hash. Finds any
 * edited, removed, inserted or reordered entry. Removing entries from the end leaves a valid shorter chain, so pass the
 * head hash (or length) kept elsewhere, such as with the campaign's snapshot, to catch truncation too.
 */
export function verifyAuditLog(
  log: readonly AuditEntry[],
  anchor: { head?: string; length?: number } = {},
): { ok: boolean; problems: AuditProblem[] } {
  const problems: AuditProblem[] = [];
  let prev = GENESIS_HASH;
  log.forEach((entry, index) => {
    if (entry.seq !== index) {
      problems.push({
        index,
        kind: 'sequence',
        message: {
          'zh-CN': `第 ${index} 条的序号为 ${entry.seq}`,
          en: `entry ${index} has sequence number ${entry.seq}`,
        },
      });
    }
    if (entry.prevHash !== prev) {
      problems.push({
        index,
        kind: 'link',
        message: {
          'zh-CN': `第 ${index} 条与前一条的哈希链断开`,
          en: `entry ${index} does not link to the entry before it`,
        },
      });
    }
    if (hashEntry(entry) !== entry.hash) {
      problems.push({
        index,
        kind: 'hash',
        message: {
          'zh-CN': `第 ${index} 条的内容与哈希不符（已被修改）`,
          en: `entry ${index} does not match its hash (edited)`,
        },
      });
    }
    prev = entry.hash;
  });
  if (
    (anchor.head !== undefined && anchor.head !== prev) ||
    (anchor.length !== undefined && anchor.length !== log.length)
  ) {
    problems.push({
      index: log.length,
      kind: 'head',
      message: {
        'zh-CN': '日志末尾与记录的链头不符（可能被截断）',
        en: 'the end of the log does not match the recorded head (truncated?)',
      },
    });
  }
  return { ok: problems.length === 0, problems };
}
