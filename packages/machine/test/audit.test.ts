import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type AuditEntry,
  type ChainHasher,
  chainHasher,
  type EntryRef,
  localSigner,
  type MemoryRecord,
  type MemoryRecordOptions,
  type RecordToVerify,
  type StoredEntry,
  type StreamId,
  sha256Hex,
  verifyRecord,
} from '../src/index.js';
import { canonicalJson } from '../src/internal.js';
import { hmacSha256Hex } from '../src/sha256.js';
import { ev, INSPECTOR, LEADER, OFFICE, STAFF } from './helpers.js';
import { drive, KEY, open, wholeCampaign } from './scenario.js';

type Streams = Map<StreamId, StoredEntry[]>;

/** The record as a store holds it, its streams copied so a test can tamper with them. */
function stored(record: MemoryRecord) {
  const streams: Streams = new Map(record.streamIds().map((s) => [s, [...record.entries(s)]]));
  return { streams, campaign: record.campaign, rectifications: record.allRectifications() };
}

function toVerify(
  record: MemoryRecord,
  s: ReturnType<typeof stored>,
  anchors: readonly EntryRef[] = [],
): RecordToVerify {
  const stream = (id: StreamId) => ({
    entries: s.streams.get(id) ?? [],
    ...(anchors.find((a) => a.stream === id) ? { anchor: anchors.find((a) => a.stream === id)! } : {}),
  });
  return {
    campaignId: record.campaignId,
    campaign: { ...stream('campaign'), snapshot: s.campaign },
    rectifications: s.rectifications.map((r) => ({
      ...stream(`rectification/${r.id}`),
      id: r.id,
      snapshot: r,
    })),
    evidence: { ...stream('evidence'), items: record.evidence.items() },
    configuration: record.configuration.value,
  };
}

const parse = (e: StoredEntry) => JSON.parse(e.body) as Omit<AuditEntry, 'hash'>;
const write = (entry: Omit<AuditEntry, 'hash'>, hash: string): StoredEntry => ({
  body: canonicalJson(entry),
  hash,
});
/** Rewrites a whole stream from `from` on with a hasher, as someone who can write the store (and maybe holds a key) would. */
function rehash(entries: StoredEntry[], from: number, hasher: ReturnType<typeof chainHasher>) {
  let prev = from === 0 ? parse(entries[0]!).prevHash : entries[from - 1]!.hash;
  entries.forEach((e, i) => {
    if (i < from) return;
    const body = canonicalJson({ ...parse(e), seq: i, prevHash: prev });
    const hash = hasher.link(prev, body);
    entries[i] = { body, hash };
    prev = hash;
  });
}

/** A record with a refused event, a rejected event, a rectification and evidence in it. */
function sample(options: MemoryRecordOptions = {}) {
  const { record } = wholeCampaign(options);
  drive(record, [
    ev('phase.force', STAFF, { reason: '想试试' }),
    ev('observation.recorded', INSPECTOR, {
      observation: {
        id: 'o9',
        standardRef: '06.01.01',
        scope: { kind: 'site', siteId: 's1' },
        observedAt: '2026-10-01T09:00:00+08:00',
        method: 'fieldInspection',
        source: 'supervisionCheck',
        outcome: 'pass',
      },
    }),
  ]);
  return record;
}

const GUESSED = 'a-different-key-someone-guessed';
const SIGNER = localSigner({ algorithm: 'hmac-sm3', keyId: 'device-1', key: 'a-key-inside-the-device-only' });

// Every row of the matrix runs on each chain: the first format, HMAC-SM3 under a key id, and an SM3 chain sealed entry
// by entry by a signer. The outsider holds the algorithm and key id, but not the key.
const CHAINS: [string, MemoryRecordOptions, ChainHasher][] = [
  ['HMAC-SHA-256 (first format)', {}, chainHasher(GUESSED)],
  [
    'HMAC-SM3',
    { hasher: chainHasher(KEY, { algorithm: 'hmac-sm3', keyId: '2026-01' }) },
    chainHasher(GUESSED, { algorithm: 'hmac-sm3', keyId: '2026-01' }),
  ],
  [
    'SM3 sealed by a signer',
    { hasher: chainHasher(undefined, { signer: SIGNER }) },
    chainHasher(undefined, { algorithm: 'sm3' }),
  ],
];

describe.each(CHAINS)('the tamper matrix: %s', (_chain, options, OUTSIDER) => {
  const rows: [string, (s: ReturnType<typeof stored>) => void][] = [
    [
      'edit an entry',
      (s) => {
        const list = s.streams.get('campaign')!;
        list[3] = { ...list[3]!, body: list[3]!.body.replace('"at":"2026-', '"at":"2025-') };
      },
    ],
    ['delete an entry', (s) => s.streams.get('campaign')!.splice(4, 1)],
    [
      'reorder two entries',
      (s) => {
        const list = s.streams.get('rectification/r1')!;
        [list[1], list[2]] = [list[2]!, list[1]!];
      },
    ],
    ['truncate a stream', (s) => s.streams.get('campaign')!.splice(-3)],
    [
      'drop a whole rectification',
      (s) => {
        s.streams.delete('rectification/r1');
        s.rectifications = [];
      },
    ],
    [
      'forge a tail',
      (s) => {
        const list = s.streams.get('evidence')!;
        const last = parse(list.at(-1)!);
        const forged = {
          ...last,
          seq: list.length,
          prevHash: list.at(-1)!.hash,
          event: {
            ...(last.event as object),
            observation: {
              ...(last.event as { observation: object }).observation,
              id: 'o10',
              outcome: 'fail',
            },
          },
        };
        list.push(write(forged, OUTSIDER.link(forged.prevHash, canonicalJson(forged))));
      },
    ],
    [
      'flip an outcome',
      (s) => {
        const list = s.streams.get('campaign')!;
        const i = list.findIndex((e) => parse(e).outcome === 'rejected');
        list[i] = { ...list[i]!, body: list[i]!.body.replace('"outcome":"rejected"', '"outcome":"applied"') };
      },
    ],
    [
      'edit a snapshot',
      (s) => {
        s.campaign = structuredClone(s.campaign);
        s.campaign.snapshot.context.facts.ledger.closed = 0;
      },
    ],
    [
      'edit a rectification record',
      (s) => {
        s.rectifications = s.rectifications.map((r) => ({ ...r, reviewerId: 'p-somebody' }));
      },
    ],
    [
      'rewrite an entry and its tail with a guessed key',
      (s) => {
        const list = s.streams.get('campaign')!;
        list[2] = { ...list[2]!, body: list[2]!.body.replace('"at":"2026-', '"at":"2025-') };
        rehash(list, 2, OUTSIDER);
      },
    ],
  ];

  it.each(rows)('detects: %s (with the key and the anchors)', async (_name, tamper) => {
    const record = sample(options);
    await record.sealed();
    const anchors = record.anchors();
    expect(record.verify(anchors)).toMatchObject({ ok: true, problems: [] });
    const s = stored(record);
    tamper(s);
    const verdict = verifyRecord(toVerify(record, s, anchors), { hasher: record.hasher });
    expect(verdict.ok).toBe(false);
    for (const p of verdict.problems) expect(p.message['zh-CN']).toMatch(/\p{Script=Han}/u);
  });

  it('without the anchor, a truncated tail is found only by what else refers to it; with a key, a rewrite is found without one', async () => {
    const record = sample(options);
    await record.sealed();
    const truncated = stored(record);
    truncated.streams.get('evidence')!.splice(-1);
    expect(
      verifyRecord(toVerify(record, truncated), { hasher: record.hasher }).problems.map((p) => p.kind),
    ).toEqual(['snapshot']);
    const rewritten = stored(record);
    rehash(rewritten.streams.get('campaign')!, 1, OUTSIDER);
    expect(verifyRecord(toVerify(record, rewritten), { hasher: record.hasher }).ok).toBe(false);
  });

  it('an insider with the key who applies what the policy refuses is caught by replay', async () => {
    const record = sample(options);
    await record.sealed();
    const s = stored(record);
    const list = s.streams.get('campaign')!;
    const i = list.findIndex(
      (e) => parse(e).outcome === 'rejected' && (parse(e).event as { type?: string }).type === 'phase.force',
    );
    const { reason: _reason, ...entry } = { ...parse(list[i]!), outcome: 'applied' as const };
    list[i] = write(entry, '');
    rehash(list, i, record.hasher);
    const kinds = verifyRecord(toVerify(record, s), { hasher: record.hasher }).problems.map((p) => p.kind);
    expect(kinds).toContain('policy');
  });

  it('covers every field of an entry, including one added later', () => {
    const record = sample(options);
    const original = record.entries('campaign')[2]!;
    const entry = parse(original) as Record<string, unknown>;
    for (const field of [...Object.keys(entry), 'addedLater']) {
      const changed = { ...entry, [field]: field === 'seq' ? 99 : { changed: true } };
      expect(record.hasher.link(entry.prevHash as string, canonicalJson(changed)), field).not.toBe(
        original.hash,
      );
    }
  });
});

describe('codes named before they were snake case', () => {
  /** Entries that name a rejection or blocker code, as a record written before codes were snake case names them. */
  const camel = (code: string) => code.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

  it('verifies entries that name their codes in camel case, and still catches another code', () => {
    const record = sample();
    drive(record, [
      ev('cycle.start', LEADER, {}),
      ev('phase.advance', OFFICE, {}),
      ev('cycle.start', LEADER, {}),
    ]);
    const s = stored(record);
    const list = s.streams.get('campaign')!;
    const named = list.flatMap((e, i) => {
      const entry = parse(e);
      return entry.code === 'not_allowed_now' || (entry.blockers ?? []).length > 0 ? [i] : [];
    });
    expect(named.length).toBeGreaterThanOrEqual(2);
    const old = stored(record);
    const oldList = old.streams.get('campaign')!;
    for (const i of named) {
      const entry = parse(oldList[i]!);
      oldList[i] = write(
        {
          ...entry,
          ...(entry.code ? { code: camel(entry.code) } : {}),
          ...(entry.blockers ? { blockers: entry.blockers.map(camel) } : {}),
        },
        '',
      );
    }
    rehash(oldList, named[0]!, record.hasher);
    const written = named.map((i) => parse(oldList[i]!));
    expect(written.map((e) => e.code).filter(Boolean)).toEqual(['notAllowedNow']);
    const blockers = written.flatMap((e) => e.blockers ?? []);
    expect(blockers.length).toBeGreaterThan(0);
    for (const code of blockers) expect(code).toMatch(/^[a-z]+(?:[A-Z][a-z]+)+$/);
    const verdict = verifyRecord(toVerify(record, old), { hasher: record.hasher });
    expect(verdict.problems).toEqual([]);
    // A stored code that names another condition is still caught.
    const wrong = stored(record);
    const wrongList = wrong.streams.get('campaign')!;
    const i = named.find((n) => (parse(wrongList[n]!).blockers ?? []).length > 0)!;
    const entry = parse(wrongList[i]!);
    wrongList[i] = write({ ...entry, blockers: ['leadingGroupMissing', ...entry.blockers!.slice(1)] }, '');
    rehash(wrongList, i, record.hasher);
    expect(entry.blockers![0]).not.toBe('leading_group_missing');
    expect(
      verifyRecord(toVerify(record, wrong), { hasher: record.hasher }).problems.map((p) => p.kind),
    ).toContain('replay');
  });
});

describe('an unkeyed chain', () => {
  it('an unkeyed chain is tamper-evident only against someone who cannot rewrite the store: the anchor catches the rest', () => {
    const record = drive(open({ key: undefined }), [
      ev('organisation.leadingGroupFormed', OFFICE, {}),
      ev('plan.issued', OFFICE, { plan: 'work' }),
    ]).record;
    const anchors = record.anchors();
    const s = stored(record);
    const list = s.streams.get('campaign')!;
    list[1] = { ...list[1]!, body: list[1]!.body.replace('p-office', 'p-mayor') };
    rehash(list, 1, chainHasher());
    expect(verifyRecord(toVerify(record, s), { hasher: record.hasher }).ok).toBe(true);
    expect(
      verifyRecord(toVerify(record, s, anchors), { hasher: record.hasher }).problems.map((p) => p.kind),
    ).toEqual(['head']);
  });
});

describe('hashing', () => {
  it('SHA-256 agrees with node:crypto', () => {
    for (const text of [
      '',
      'abc',
      '创建全国文明城区',
      'x'.repeat(55),
      'y'.repeat(56),
      'z'.repeat(64),
      'w'.repeat(1000),
    ])
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it('HMAC-SHA-256 passes the RFC 4231 vectors and agrees with node:crypto', () => {
    const key1 = new Uint8Array(20).fill(0x0b);
    expect(hmacSha256Hex(key1, 'Hi There')).toBe(
      'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    );
    const key6 = new Uint8Array(131).fill(0xaa);
    expect(hmacSha256Hex(key6, 'Test Using Larger Than Block-Size Key - Hash Key First')).toBe(
      '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    );
    for (const text of ['', '测评', 'q'.repeat(200)])
      expect(hmacSha256Hex(new TextEncoder().encode(KEY), text)).toBe(
        createHmac('sha256', KEY).update(text).digest('hex'),
      );
  });

  it('gives the same chain with node:crypto and with the portable fallback, keyed or not', () => {
    for (const key of [
      KEY,
      'k'.repeat(16),
      'k'.repeat(64),
      'k'.repeat(65),
      new Uint8Array(200).fill(7),
      undefined,
    ]) {
      const native = chainHasher(key);
      const portable = chainHasher(key, { portable: true });
      expect(native.native).toBe(true);
      expect(portable.native).toBe(false);
      for (const body of ['{}', '{"a":"创文"}', 'x'.repeat(5000)])
        expect(portable.link('0'.repeat(64), body)).toBe(native.link('0'.repeat(64), body));
    }
  });

  it('says a wrong key may be why every entry fails, where the failures start', () => {
    const record = wholeCampaign().record;
    const verdict = verifyRecord(toVerify(record, stored(record)), { hasher: chainHasher(GUESSED) });
    expect(verdict.ok).toBe(false);
    const first = verdict.problems.find((p) => p.stream === 'campaign' && p.kind === 'hash');
    expect(first).toMatchObject({ seq: 0 });
    expect(first?.message.en).toContain('another audit key');
    expect(first?.message['zh-CN']).toContain('审计密钥');
    // One edited entry under the right key is an edit, and says only that.
    const s = stored(record);
    const campaign = s.streams.get('campaign')!;
    campaign[1] = { ...campaign[1]!, body: campaign[1]!.body.replace('"at":"', '"at":"0') };
    const edited = verifyRecord(toVerify(record, s), { hasher: chainHasher(KEY) });
    expect(edited.problems.some((p) => p.message.en.includes('audit key'))).toBe(false);
    expect(edited.problems).toContainEqual(
      expect.objectContaining({ stream: 'campaign', seq: 1, kind: 'hash' }),
    );
  });

  it('refuses a key too short to be a key', () => {
    expect(() => chainHasher('short')).toThrow(/16 bytes/);
  });

  it('binds each stream to its campaign and name: a stream moved elsewhere does not verify', () => {
    const a = sample();
    const s = stored(a);
    const r1 = s.streams.get('rectification/r1')!;
    s.streams.set('rectification/r2', r1);
    const moved = {
      ...toVerify(a, s),
      rectifications: [{ id: 'r2', entries: r1, snapshot: { ...a.rectification('r1')!, id: 'r2' } }],
    };
    expect(verifyRecord(moved, { hasher: a.hasher }).ok).toBe(false);
  });
});
