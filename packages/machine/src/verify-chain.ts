import type { BilingualText } from '@chuangwen/model';
import { type AuditEntry, type EntryRef, entryBody, type StoredEntry, type StreamId } from './audit.js';
import type { ChainHasher } from './hashing.js';

/** What is wrong with a stream or with what its replay produced. */
export type AuditProblemKind =
  | 'sequence'
  | 'position'
  | 'link'
  | 'hash'
  | 'head'
  | 'unreadable'
  | 'policy'
  | 'replay'
  | 'cause'
  | 'snapshot';

/** A problem found in a record, located by stream and entry. */
export interface AuditProblem {
  stream: StreamId;
  /** The entry's position; the stream's length for a problem at its end. */
  seq: number;
  kind: AuditProblemKind;
  message: BilingualText;
}

/** The result of verifying a stream's chain: the problems, and the head the chain reaches. */
export interface ChainVerification {
  ok: boolean;
  problems: AuditProblem[];
  head: { seq: number; hash: string };
  /** The entries, parsed, for a replay to read (only when the chain was read from stored text). */
  entries: AuditEntry[];
}

const problem = (
  stream: StreamId,
  seq: number,
  kind: AuditProblemKind,
  zh: string,
  en: string,
): AuditProblem => ({
  stream,
  seq,
  kind,
  message: { 'zh-CN': zh, en },
});

/**
 * Checks one stream's hash chain: each entry's position, its link to the entry before, and its hash over its whole
 * body (so a field added later is caught), from the stream's genesis; and, given an anchor kept elsewhere, that the
 * chain ends where the anchor says (a truncated or forged tail). Reads stored text as it was hashed, so a store can
 * verify without re-encoding. With `parse: false` it only recomputes the hashes (each covers the entry's position,
 * stream and link) and reads an entry only to explain one that fails: the fast check of a whole store.
 */
export function verifyChain(
  stream: StreamId,
  entries: Iterable<AuditEntry | StoredEntry>,
  options: { hasher: ChainHasher; genesis: string; anchor?: EntryRef; parse?: boolean },
): ChainVerification {
  const parse = options.parse ?? true;
  const problems: AuditProblem[] = [];
  const parsed: AuditEntry[] = [];
  let prev = options.genesis;
  let seq = 0;
  let hashFailures = 0;
  const unreadable = () =>
    problems.push(problem(stream, seq, 'unreadable', `第 ${seq} 条无法读取`, `entry ${seq} cannot be read`));
  try {
    for (const item of entries) {
      let stored: boolean;
      let body: string;
      let hashed: boolean;
      let hash: string;
      // Something that is not an entry at all ends what can be read of the stream: the chain cannot go on past it, and
      // a list whose length lies would otherwise be read to its claimed end.
      if (item === null || typeof item !== 'object') {
        unreadable();
        break;
      }
      try {
        stored = 'body' in item;
        // Only text is read as text: anything else (a list whose length lies, an object with a hostile toString) is
        // unreadable rather than converted.
        const text = stored ? (item as StoredEntry).body : entryBody(item as AuditEntry);
        const given = item.hash;
        if (typeof text !== 'string' || typeof given !== 'string') throw new TypeError('not text');
        body = text;
        hash = given;
        hashed = options.hasher.link(prev, body) === hash;
      } catch {
        unreadable();
        hashFailures += 1;
        seq += 1;
        continue;
      }
      if (!parse && hashed) {
        prev = item.hash;
        seq += 1;
        continue;
      }
      let entry: AuditEntry | undefined;
      try {
        const parsed: unknown = stored ? JSON.parse(body) : item;
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
          throw new TypeError('not an entry');
        entry = stored ? ({ ...(parsed as object), hash } as AuditEntry) : (item as AuditEntry);
      } catch {
        unreadable();
      }
      if (entry) {
        parsed.push(entry);
        if (entry.seq !== seq || entry.stream !== stream)
          problems.push(
            problem(
              stream,
              seq,
              'sequence',
              `第 ${seq} 条的序号或所属流不符`,
              `entry ${seq} has the wrong position or stream`,
            ),
          );
        if (entry.prevHash !== prev)
          problems.push(
            problem(
              stream,
              seq,
              'link',
              `第 ${seq} 条与前一条的哈希链断开`,
              `entry ${seq} does not link to the one before`,
            ),
          );
      }
      if (!hashed)
        problems.push(
          problem(
            stream,
            seq,
            'hash',
            `第 ${seq} 条的内容与哈希不符（已被修改）`,
            `entry ${seq} does not match its hash (edited)`,
          ),
        );
      if (!hashed) hashFailures += 1;
      prev = hash;
      seq += 1;
    }
  } catch {
    // The list itself cannot be read to its end (a throwing iterator): what was read is reported as it stands.
    unreadable();
  }
  // Every entry failing its hash looks like an edit of everything, but is most often the wrong key: say so once, on
  // the first entry's problem, so each entry still has one problem of each kind.
  const firstHash = problems.findIndex((p) => p.kind === 'hash' && p.seq === 0);
  if (seq > 1 && hashFailures === seq && firstHash >= 0)
    problems[firstHash] = problem(
      stream,
      0,
      'hash',
      `第 0 条的内容与哈希不符；全部 ${seq} 条都不符：验证所用的审计密钥很可能不是写入时的密钥（或整条流都被修改）`,
      `entry 0 does not match its hash; all ${seq} entries fail: most likely verified with another audit key than they were written with (or the whole stream was edited)`,
    );
  const anchor = options.anchor;
  if (anchor && (anchor.seq !== seq || anchor.hash !== prev))
    problems.push(
      problem(
        stream,
        seq,
        'head',
        `流末端（${seq} 条）与另行保存的链头（${anchor.seq} 条）不符：被截断或被伪造`,
        `the stream ends at ${seq} entries, not at the anchor kept elsewhere (${anchor.seq}): truncated or forged`,
      ),
    );
  return { ok: problems.length === 0, problems, head: { seq, hash: prev }, entries: parsed };
}
