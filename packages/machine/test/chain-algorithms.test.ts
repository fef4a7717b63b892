import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  type AuditEntry,
  chainHasher,
  GENESIS_HASH,
  hmacSm3Hex,
  IncrementalVerification,
  keyring,
  localSigner,
  MemoryRecord,
  type StoredEntry,
  sm3Hex,
  verifyRecord,
} from '../src/index.js';
import { canonicalJson, unkeyedHasher } from '../src/internal.js';
import { copyStreams, ev, INSPECTOR, OFFICE, recordToVerify, STAFF, SUPERVISOR } from './helpers.js';
import { advance, drive, KEY, MOBILIZE, open, RECTIFY, SPRINT } from './scenario.js';

const SM3_KEY = 'the-new-sm3-audit-key-of-2026';
const SM3 = chainHasher(SM3_KEY, { algorithm: 'hmac-sm3', keyId: '2026-01' });
const FIRST = chainHasher(KEY);

const parse = (e: StoredEntry) => JSON.parse(e.body) as Omit<AuditEntry, 'hash'>;

describe('SM3 and HMAC-SM3', () => {
  it('passes the GB/T 32905-2016 test vectors, portable and with node:crypto', () => {
    const vectors: [string, string][] = [
      ['abc', '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0'],
      ['abcd'.repeat(16), 'debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732'],
    ];
    for (const [text, digest] of vectors) {
      expect(sm3Hex(text)).toBe(digest);
      expect(createHash('sm3').update(text).digest('hex')).toBe(digest);
    }
  });

  it('agrees with OpenSSL across block boundaries, Chinese text, and keys shorter and longer than a block', () => {
    for (const text of [
      '',
      '创建全国文明城区',
      'x'.repeat(55),
      'x'.repeat(56),
      'x'.repeat(64),
      'x'.repeat(1000),
    ])
      expect(sm3Hex(text)).toBe(createHash('sm3').update(text).digest('hex'));
    for (const key of ['k'.repeat(16), 'k'.repeat(64), 'k'.repeat(65), 'k'.repeat(300)])
      for (const text of ['', '测评', 'q'.repeat(200)])
        expect(hmacSm3Hex(new TextEncoder().encode(key), text)).toBe(
          createHmac('sm3', key).update(text).digest('hex'),
        );
  });

  it('gives the hashes of node:crypto for any text and key (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.uint8Array({ minLength: 16, maxLength: 100 }),
        (text, key) => {
          expect(sm3Hex(text)).toBe(createHash('sm3').update(text, 'utf8').digest('hex'));
          expect(hmacSm3Hex(key, text)).toBe(createHmac('sm3', key).update(text, 'utf8').digest('hex'));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('chains alike with node:crypto and with the portable fallback', () => {
    for (const [key, algorithm] of [
      [SM3_KEY, 'hmac-sm3'],
      [undefined, 'sm3'],
      [KEY, 'hmac-sha256'],
      [undefined, 'sha256'],
    ] as const) {
      const native = chainHasher(key, { algorithm });
      const portable = chainHasher(key, { algorithm, portable: true });
      expect([native.native, portable.native]).toEqual([true, false]);
      for (const body of ['{}', '{"a":"创文"}', 'x'.repeat(5000)])
        expect(portable.link(GENESIS_HASH, body)).toBe(native.link(GENESIS_HASH, body));
    }
  });
});

describe('chain hashers', () => {
  it('refuses options that cannot make a chain, in both languages', () => {
    expect(() => chainHasher(undefined, { algorithm: 'hmac-sm3' })).toThrow(
      /needs an audit key.*需要审计密钥/s,
    );
    expect(() => chainHasher(KEY, { algorithm: 'sm3' })).toThrow(/takes no key/);
    expect(() => chainHasher(KEY, { algorithm: 'hmac-sm3', keyId: 'has a space' })).toThrow(/key id/);
    expect(() => chainHasher(KEY, { algorithm: 'hmac-sm3', keyId: 'x'.repeat(65) })).toThrow(/密钥编号/);
    expect(() => chainHasher('short', { algorithm: 'hmac-sm3' })).toThrow(/16 bytes/);
    expect(() => chainHasher(KEY, { algorithm: 'hmac-md5' as never })).toThrow(
      /unknown chain algorithm hmac-md5/,
    );
    expect(() => keyring(SM3, chainHasher(KEY), chainHasher('another-first-format-key'))).toThrow(
      /at most one/,
    );
  });

  it('takes the key as it was when built: a buffer reused afterwards changes no hash, natively or portably', async () => {
    for (const algorithm of ['hmac-sha256', 'hmac-sm3'] as const) {
      const bytes = new TextEncoder().encode(SM3_KEY);
      const native = chainHasher(bytes, { algorithm, keyId: 'k1' });
      const portable = chainHasher(bytes, { algorithm, keyId: 'k1', portable: true });
      const signer = localSigner({ algorithm, keyId: 'k1', key: bytes });
      const before = [
        native.link(GENESIS_HASH, 'body'),
        portable.link(GENESIS_HASH, 'body'),
        (await signer.seal(['h']))[0],
      ];
      expect(native.native).toBe(true);
      expect(before[0]).toBe(before[1]);
      bytes.fill(0);
      expect([
        native.link(GENESIS_HASH, 'body'),
        portable.link(GENESIS_HASH, 'body'),
        (await signer.seal(['h']))[0],
      ]).toEqual(before);
      const fresh = chainHasher(SM3_KEY, { algorithm, keyId: 'k1' });
      expect(fresh.link(GENESIS_HASH, 'body')).toBe(before[0]);
    }
  });

  it('keeps the first format exactly: HMAC-SHA-256 over the previous hash and the body, nothing recorded', () => {
    const record = open();
    const [first] = record.entries('campaign');
    const body = parse(first!);
    expect(body).not.toHaveProperty('chain');
    expect(FIRST).toMatchObject({
      algorithm: 'hmac-sha256',
      firstFormat: true,
      spec: { algorithm: 'hmac-sha256' },
    });
    const genesis = createHmac('sha256', KEY)
      .update(`${GENESIS_HASH}${record.campaignId}/campaign`)
      .digest('hex');
    expect(body.prevHash).toBe(genesis);
    expect(first!.hash).toBe(
      createHmac('sha256', KEY)
        .update(genesis + first!.body)
        .digest('hex'),
    );
  });

  it('gives the unkeyed first format alike from chainHasher() and unkeyedHasher()', () => {
    const general = chainHasher();
    const light = unkeyedHasher();
    const { link: _a, ...described } = general;
    const { link: _b, ...lightDescribed } = light;
    expect(lightDescribed).toEqual(described);
    fc.assert(
      fc.property(fc.string(), fc.string({ unit: 'grapheme' }), (prev, body) => {
        const expected = createHash('sha256').update(prev).update(body).digest('hex');
        expect(light.link(prev, body)).toBe(expected);
        expect(chainHasher(undefined, { portable: true }).link(prev, body)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the unkeyed first format without node:crypto too, as a browser runs it', async () => {
    const proc = process as { getBuiltinModule?: unknown };
    const original = proc.getBuiltinModule;
    vi.resetModules();
    proc.getBuiltinModule = undefined;
    try {
      const { unkeyedHasher: inBrowser } = await import('../src/chain-hasher.js');
      const portable = inBrowser();
      expect(portable.native).toBe(false);
      fc.assert(
        fc.property(fc.string(), fc.string({ unit: 'grapheme' }), (prev, body) => {
          expect(portable.link(prev, body)).toBe(
            createHash('sha256').update(prev).update(body).digest('hex'),
          );
        }),
        { numRuns: 200 },
      );
    } finally {
      proc.getBuiltinModule = original;
      vi.resetModules();
    }
  });

  it('records the algorithm and key id in each stream’s first entry only, and never the key', () => {
    const { record } = drive(open({ hasher: SM3 }), [...MOBILIZE(), advance(), ...RECTIFY()]);
    for (const stream of record.streamIds()) {
      const entries = record.entries(stream).map(parse);
      expect(entries[0]!.chain).toEqual({ algorithm: 'hmac-sm3', keyId: '2026-01' });
      expect(entries.slice(1).some((e) => 'chain' in e)).toBe(false);
      const genesis = createHmac('sm3', SM3_KEY)
        .update(`${GENESIS_HASH}${record.campaignId}/${stream}`)
        .digest('hex');
      expect(entries[0]!.prevHash).toBe(genesis);
    }
    expect(record.entries('campaign').some((e) => e.body.includes(SM3_KEY))).toBe(false);
    expect(record.verify(record.anchors())).toMatchObject({ ok: true });
  });

  it('verifies an SM3 record only with its key: another key, or the first format’s, is a key or hash problem', () => {
    const { record } = drive(open({ hasher: SM3 }), MOBILIZE());
    const s = copyStreams(record);
    const wrongKey = verifyRecord(recordToVerify(record, s), {
      hasher: chainHasher('a-guessed-key-of-the-same-id', { algorithm: 'hmac-sm3', keyId: '2026-01' }),
    });
    expect(wrongKey.ok).toBe(false);
    expect(wrongKey.problems.find((p) => p.kind === 'hash')?.message.en).toContain('another audit key');
    const lacking = verifyRecord(recordToVerify(record, s), { hasher: FIRST });
    expect(lacking.problems.filter((p) => p.kind === 'key')).toEqual([
      expect.objectContaining({ stream: 'campaign', seq: 0, kind: 'key' }),
    ]);
    expect(lacking.problems[0]?.message.en).toContain('hmac-sm3 (key 2026-01)');
    expect(lacking.problems[0]?.message['zh-CN']).toContain('请提供该密钥');
  });

  it('refuses a downgrade: a keyed stream rewritten as a plain digest does not verify', () => {
    const { record } = drive(open({ hasher: SM3 }), MOBILIZE());
    const s = copyStreams(record);
    const list = s.get('campaign')!;
    const plain = chainHasher(undefined, { algorithm: 'sm3' });
    let prev = plain.link(GENESIS_HASH, `${record.campaignId}/campaign`);
    list.forEach((e, i) => {
      const body = canonicalJson({ ...parse(e), ...(i === 0 ? { chain: plain.spec } : {}), prevHash: prev });
      list[i] = { body, hash: plain.link(prev, body) };
      prev = list[i]!.hash;
    });
    const verdict = verifyRecord(recordToVerify(record, s), { hasher: SM3 });
    expect(verdict.ok).toBe(false);
    expect(verdict.problems.map((p) => p.kind)).toContain('key');
  });

  it('says a chain it cannot read is a key problem, not a crash', () => {
    const { record } = drive(open({ hasher: SM3 }), MOBILIZE());
    const s = copyStreams(record);
    const list = s.get('campaign')!;
    list[0] = { ...list[0]!, body: list[0]!.body.replace('"keyId":"2026-01"', '"keyId":{"__proto__":1}') };
    const verdict = verifyRecord(recordToVerify(record, s), { hasher: SM3 });
    expect(verdict.problems).toContainEqual(
      expect.objectContaining({ stream: 'campaign', seq: 0, kind: 'key' }),
    );
  });

  it('names the algorithm in each anchor, and an anchor naming another chain is a head problem', () => {
    const { record } = drive(open({ hasher: SM3 }), MOBILIZE());
    const anchors = record.anchors();
    expect(anchors[0]).toMatchObject({
      stream: 'campaign',
      chain: { algorithm: 'hmac-sm3', keyId: '2026-01' },
    });
    expect(open().anchors()[0]).toMatchObject({ chain: { algorithm: 'hmac-sha256' } });
    const claimed = anchors.map((a) => ({
      ...a,
      chain: { algorithm: 'hmac-sm3' as const, keyId: '2025-01' },
    }));
    const verdict = record.verify(claimed);
    expect(verdict.problems).toContainEqual(expect.objectContaining({ kind: 'head', stream: 'campaign' }));
    expect(verdict.problems.find((p) => p.kind === 'head')?.message.en).toContain('hmac-sm3 (key 2025-01)');
  });
});

/** A record written under the first format, then moved to HMAC-SM3 under a new key by restoring it with a keyring. */
function moved() {
  const before = drive(open(), [...MOBILIZE(), advance(), ...RECTIFY()]).record;
  const ring = keyring(SM3, FIRST);
  const { record, problems } = MemoryRecord.restore(before.campaignId, copyStreams(before), { hasher: ring });
  expect(problems).toEqual([]);
  drive(record!, [
    ...SPRINT(),
    ev('rectification.reported', SUPERVISOR, {
      rectificationId: 'r2',
      standardRef: '06.01.01',
      scope: { kind: 'site', siteId: 's1' },
      description: '垃圾未清',
    }),
    ev('observation.recorded', INSPECTOR, {
      observation: {
        id: 'o20',
        standardRef: '06.01.01',
        scope: { kind: 'site', siteId: 's1' },
        observedAt: '2026-08-01T09:00:00+08:00',
        method: 'fieldInspection',
        source: 'supervisionCheck',
        outcome: 'pass',
      },
    }),
  ]);
  return { before, record: record!, ring };
}

describe('a record moving from SHA-256 to SM3', () => {
  it('moves each stream with its next entry, starts new streams under SM3, and verifies across the move', () => {
    const { before, record, ring } = moved();
    for (const stream of before.streamIds()) {
      const entries = record.entries(stream).map(parse);
      const at = before.entries(stream).length;
      expect(entries.slice(0, at).some((e) => 'chain' in e)).toBe(false);
      if (entries.length > at) {
        expect(entries[at]!.chain).toEqual(SM3.spec);
        expect(entries[at]!.prevHash).toBe(before.entries(stream).at(-1)!.hash);
        expect(entries.slice(at + 1).some((e) => 'chain' in e)).toBe(false);
      }
    }
    expect(parse(record.entries('rectification/r2')[0]!).chain).toEqual(SM3.spec);
    expect(record.verify(record.anchors())).toMatchObject({ ok: true, problems: [] });
    expect(
      verifyRecord(recordToVerify(record, copyStreams(record)), { hasher: keyring(SM3, FIRST) }).ok,
    ).toBe(true);
    expect(ring.earlier).toHaveLength(1);
  });

  it('needs both keys: without the old one, or the new one, each part it cannot check is one key problem', () => {
    const { record } = moved();
    const onlyNew = verifyRecord(recordToVerify(record, copyStreams(record)), { hasher: SM3 });
    const onlyOld = verifyRecord(recordToVerify(record, copyStreams(record)), { hasher: FIRST });
    expect(onlyNew.ok).toBe(false);
    expect(onlyOld.ok).toBe(false);
    const keys = (v: typeof onlyNew) => v.problems.filter((p) => p.kind === 'key').map((p) => p.stream);
    expect(keys(onlyNew)).toEqual(expect.arrayContaining(['campaign', 'evidence', 'rectification/r1']));
    expect(keys(onlyOld)).toEqual(expect.arrayContaining(['campaign', 'rectification/r2']));
    expect(onlyOld.problems.some((p) => p.kind === 'hash')).toBe(false);
  });

  it('seals the old chain under the new key: rewriting the old part with the old key (leaked) is found', () => {
    const { before, record } = moved();
    const s = copyStreams(record);
    const list = s.get('campaign')!;
    const at = before.entries('campaign').length;
    // Someone with the old key edits an old entry and rechains the old part; the move entry still names the old head.
    list[2] = { ...list[2]!, body: list[2]!.body.replace('p-leader', 'p-mayor') };
    expect(list[2]!.body).toContain('p-mayor');
    let prev = parse(list[2]!).prevHash;
    for (let i = 2; i < at; i++) {
      const body = canonicalJson({ ...parse(list[i]!), prevHash: prev });
      list[i] = { body, hash: FIRST.link(prev, body) };
      prev = list[i]!.hash;
    }
    const verdict = verifyRecord(recordToVerify(record, s), { hasher: keyring(SM3, FIRST) });
    expect(verdict.problems).toContainEqual(
      expect.objectContaining({ stream: 'campaign', seq: at, kind: 'link' }),
    );
  });

  it('goes on from a restore without recording the chain again, and incremental verification follows the move', () => {
    const { record } = moved();
    const streams = copyStreams(record);
    const again = MemoryRecord.restore(record.campaignId, streams, { hasher: keyring(SM3, FIRST) }).record!;
    drive(again, [
      ev('rectification.assigned', OFFICE, {
        rectificationId: 'r2',
        leadUnitId: 'u1',
        deadline: '2026-09-01',
      }),
    ]);
    expect(parse(again.entries('rectification/r2').at(-1)!)).not.toHaveProperty('chain');
    expect(again.verify()).toMatchObject({ ok: true });
    const byPosition = again
      .streamIds()
      .flatMap((s) => again.entries(s))
      .sort((a, b) => parse(a).pos! - parse(b).pos!);
    const incremental = new IncrementalVerification(again.campaignId, keyring(SM3, FIRST));
    incremental.feed(byPosition.slice(0, 10));
    incremental.feed(byPosition.slice(10));
    expect(incremental.verdict([], again.position)).toMatchObject({ ok: true, problems: [] });
    const lacking = new IncrementalVerification(again.campaignId, FIRST);
    lacking.feed(byPosition);
    const kinds = lacking.verdict().problems.map((p) => p.kind);
    expect(kinds).toContain('key');
    expect(kinds).not.toContain('hash');
  });

  it('lets a unit go on under the new chain: an event of the old stream after the move is judged as before', () => {
    const { record } = moved();
    const result = record.dispatch(ev('unit.teamFormed', STAFF, { unitId: 'u1' }));
    expect(result.append.entry).not.toHaveProperty('chain');
    expect(record.verify()).toMatchObject({ ok: true });
  });
});
