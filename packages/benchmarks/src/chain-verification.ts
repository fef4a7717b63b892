// Keyed verification of a stream of 100,000 entries as read from storage: `verifyChain` (each hash recomputed, the
// links and the anchor checked) against the floor of node:crypto's HMAC over each entry and nothing else, for short
// entries (meetings) and typical ones (observations with measures and evidence).
import { createHmac } from 'node:crypto';
import {
  type Actor,
  chainHasher,
  EMPTY_POSITION,
  type Head,
  type Position,
  type StoredEntry,
  verifyChain,
} from '@chuangwen/machine';
import { chainEntry, emptyHead } from '@chuangwen/machine/internal';
import { median, type Results, since, size } from './results.js';

const office: Actor = { id: 'p-office', role: 'office' };
const inspector: Actor = { id: 'p-insp', role: 'inspector', assignment: { siteIds: [], unitIds: ['u1'] } };

const KINDS = [
  {
    id: 'meetings',
    en: 'meetings',
    zh: '会议记录',
    payload: (i: number, at: string) => ({
      type: 'meeting.recorded',
      actor: office,
      kind: 'workMeeting',
      meetingId: `m${i}`,
      date: '2026-04-02',
      at,
    }),
  },
  {
    id: 'observations',
    en: 'observations',
    zh: '测评记录',
    payload: (i: number, at: string) => ({
      type: 'observation.recorded',
      actor: inspector,
      at,
      observation: {
        id: `o-2026-${i}`,
        standardRef: `0${1 + (i % 9)}.0${1 + (i % 7)}.0${1 + (i % 5)}`,
        scope: { kind: 'site', siteId: `site-${i % 5000}` },
        observedAt: at,
        method: 'covertInspection',
        source: 'supervisionCheck',
        outcome: 'fail',
        violationCount: 2,
        finding: '门前堆放杂物，占道经营，未落实门前三包责任制',
        evidence: [`photo-${i}-1`, `photo-${i}-2`],
        inspectorId: 'p-inspector-007',
      },
    }),
  },
];

/** Records the verification figures of both kinds of entries into the current table. */
export function verifyChains(results: Results, key: string): void {
  const count = size(results, 'BENCH_CHAIN_ENTRIES', 100_000);
  const hasher = chainHasher(key);
  const keyBytes = new TextEncoder().encode(key);
  for (const kind of KINDS) {
    const genesis = emptyHead(hasher, 'c-bench', 'evidence');
    let head: Head = genesis;
    let position: Position = EMPTY_POSITION;
    const entries: StoredEntry[] = [];
    let bytes = 0;
    for (let i = 0; i < count; i++) {
      const at = new Date(Date.parse('2026-03-01T09:00:00+08:00') + i * 60_000).toISOString();
      const chained = chainEntry(
        'evidence',
        head,
        position,
        { at, actor: office, outcome: 'applied', event: kind.payload(i, at) },
        hasher,
      );
      entries.push({ body: chained.body, hash: chained.entry.hash });
      bytes += Buffer.byteLength(chained.body);
      head = chained.head;
      position = chained.position;
    }
    const runs: Record<'floor' | 'chain' | 'parsed', number[]> = { floor: [], chain: [], parsed: [] };
    // One untimed round warms each path; five timed rounds interleave them.
    for (let round = 0; round < 6; round++) {
      let start = process.hrtime.bigint();
      let prev = genesis.hash;
      for (const e of entries)
        prev = createHmac('sha256', keyBytes).update(prev).update(e.body).digest('hex');
      if (prev !== head.hash) throw new Error('the floor must reach the same head');
      if (round > 0) runs.floor.push(since(start));
      for (const parse of [false, true]) {
        start = process.hrtime.bigint();
        const check = verifyChain('evidence', entries, {
          hasher,
          genesis: genesis.hash,
          anchor: { stream: 'evidence', seq: head.seq, hash: head.hash },
          parse,
        });
        if (round > 0) runs[parse ? 'parsed' : 'chain'].push(since(start));
        if (!check.ok) throw new Error('the chain must verify');
      }
    }
    const rate = (ms: number[]) => bytes / 1e6 / (median(ms) / 1000);
    const what = {
      en: `${count.toLocaleString('en')} ${kind.en}, ${(bytes / 1e6).toFixed(1)} MB (${Math.round(bytes / count)} B each)`,
      zh: `${count.toLocaleString('en')} 条${kind.zh}，${(bytes / 1e6).toFixed(1)} MB（每条 ${Math.round(bytes / count)} 字节）`,
    };
    const basis = { en: 'median of 5 rounds, warmed', 'zh-CN': '5 轮的中位数，已预热' };
    results.figure({
      id: `verify-chain-${kind.id}`,
      measure: {
        en: `\`verifyChain\` (hashes, links, anchor), ${what.en}`,
        'zh-CN': `\`verifyChain\`（哈希、链接、锚点），${what.zh}`,
      },
      value: rate(runs.chain),
      unit: 'MB/s',
      basis,
      target: { comparison: '>=', value: 100, source: 'issue 19' },
    });
    results.figure({
      id: `verify-floor-${kind.id}`,
      measure: {
        en: `floor: \`createHmac\` over each entry and nothing else, ${what.en}`,
        'zh-CN': `基线：仅对每条记录计算 \`createHmac\`，${what.zh}`,
      },
      value: rate(runs.floor),
      unit: 'MB/s',
      basis,
    });
    results.figure({
      id: `verify-parsed-${kind.id}`,
      measure: {
        en: `\`verifyChain\` with every entry parsed for replay, ${what.en}`,
        'zh-CN': `\`verifyChain\` 并解析每条记录以便重放，${what.zh}`,
      },
      value: rate(runs.parsed),
      unit: 'MB/s',
      basis,
    });
  }
}
