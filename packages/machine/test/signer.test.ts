import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type ChainSigner,
  chainHasher,
  checkSeals,
  localSigner,
  MemoryRecord,
  SealQueue,
  verifySealedRecord,
} from '../src/index.js';
import { copyStreams, ev, OFFICE, recordToVerify } from './helpers.js';
import { advance, drive, MOBILIZE, open, RECTIFY } from './scenario.js';

const DEVICE_KEY = 'a-key-that-never-leaves-the-device';

/** A signer as a device behind a network would be: no key in this process, one call per batch, counted. */
function remote(options: { fail?: () => boolean; answer?: (hashes: readonly string[]) => unknown } = {}) {
  const inside = localSigner({ algorithm: 'hmac-sm3', keyId: 'hsm-1', key: DEVICE_KEY });
  const calls: number[] = [];
  const signer: ChainSigner = {
    algorithm: 'hmac-sm3',
    keyId: 'hsm-1',
    async seal(hashes) {
      calls.push(hashes.length);
      await new Promise((resolve) => setTimeout(resolve, 2));
      if (options.fail?.()) throw new Error('device busy / 密码机忙');
      return (options.answer?.(hashes) as string[]) ?? hashes.map((h) => inside.sealNow!(h));
    },
  };
  return { signer, calls };
}

describe('a chain sealed by a signer', () => {
  it('links by SM3, records the seal’s algorithm and key id, and seals every entry with HMAC-SM3 over its hash', async () => {
    const { signer } = remote();
    const hasher = chainHasher(undefined, { signer });
    expect(hasher.spec).toEqual({ algorithm: 'sm3', seal: { algorithm: 'hmac-sm3', keyId: 'hsm-1' } });
    const { record } = drive(open({ hasher }), MOBILIZE());
    await record.sealed();
    const first = record.entries('campaign')[0]!;
    expect(JSON.parse(first.body).chain).toEqual(hasher.spec);
    for (const e of record.entries('campaign'))
      expect(e.seal).toBe(createHmac('sm3', DEVICE_KEY).update(e.hash).digest('hex'));
  });

  it('asks the signer in batches: a run of events costs a handful of calls, not one each', async () => {
    const { signer, calls } = remote();
    const record = open({ hasher: chainHasher(undefined, { signer }) });
    drive(record, [...MOBILIZE(), advance(), ...RECTIFY()]);
    await record.sealed();
    const entries = record.streamIds().flatMap((s) => record.entries(s));
    expect(calls.reduce((a, b) => a + b, 0)).toBe(entries.length);
    expect(calls.length).toBeLessThanOrEqual(2);
    expect(entries.every((e) => typeof e.seal === 'string')).toBe(true);
  });

  it('checks seals through the signer when its key is elsewhere, and finds an edited or dropped seal', async () => {
    const { signer } = remote();
    const { record } = drive(open({ hasher: chainHasher(undefined, { signer }) }), MOBILIZE());
    await record.sealed();
    const sync = record.verify();
    expect(sync.ok).toBe(false);
    expect(sync.problems).toEqual([expect.objectContaining({ kind: 'seal', stream: 'campaign' })]);
    expect(sync.problems[0]?.message.en).toContain('asynchronously');
    expect(await record.verifySealed(record.anchors())).toMatchObject({ ok: true, problems: [] });

    const s = copyStreams(record);
    const list = s.get('campaign')!;
    list[3] = {
      ...list[3]!,
      seal: createHmac('sm3', 'a-guessed-key-not-the-device').update(list[3]!.hash).digest('hex'),
    };
    list[5] = { body: list[5]!.body, hash: list[5]!.hash };
    const verdict = await verifySealedRecord(recordToVerify(record, s), { hasher: record.hasher });
    expect(verdict.problems).toEqual([
      expect.objectContaining({ stream: 'campaign', seq: 5, kind: 'seal' }),
      expect.objectContaining({ stream: 'campaign', seq: 3, kind: 'seal' }),
    ]);
  });

  it('finds a stream rewritten with correct SM3 links: the digest is no key, the seals are', async () => {
    const { signer } = remote();
    const { record } = drive(open({ hasher: chainHasher(undefined, { signer }) }), MOBILIZE());
    await record.sealed();
    const s = copyStreams(record);
    const list = s.get('campaign')!;
    const plain = chainHasher(undefined, { algorithm: 'sm3' });
    list[2] = { ...list[2]!, body: list[2]!.body.replace('p-leader', 'p-mayor') };
    let prev = list[1]!.hash;
    for (let i = 2; i < list.length; i++) {
      const body = JSON.stringify({ ...JSON.parse(list[i]!.body), prevHash: prev });
      list[i] = { ...list[i]!, body, hash: plain.link(prev, body) };
      prev = list[i]!.hash;
    }
    const verdict = await verifySealedRecord(recordToVerify(record, s), { hasher: record.hasher });
    expect(verdict.problems.filter((p) => p.kind === 'seal').map((p) => p.seq)).toEqual(
      list.slice(2).map((_, i) => i + 2),
    );
  });

  it('verifies with a local copy of the key at once, without the device', async () => {
    const { signer } = remote();
    const { record } = drive(open({ hasher: chainHasher(undefined, { signer }) }), MOBILIZE());
    await record.sealed();
    const local = chainHasher(undefined, {
      signer: localSigner({ algorithm: 'hmac-sm3', keyId: 'hsm-1', key: DEVICE_KEY }),
    });
    const restored = MemoryRecord.restore(record.campaignId, copyStreams(record), { hasher: local });
    expect(restored.problems).toEqual([]);
    expect(restored.record!.verify()).toMatchObject({ ok: true });
  });

  it('keeps entries unsealed while the signer fails, says so, and seals them when it answers again', async () => {
    let down = true;
    const { signer } = remote({ fail: () => down });
    const { record } = drive(open({ hasher: chainHasher(undefined, { signer }) }), MOBILIZE());
    await expect(record.sealed()).rejects.toThrow(/device busy/);
    expect(record.entries('campaign').some((e) => e.seal === undefined)).toBe(true);
    down = false;
    await record.sealed();
    expect(record.entries('campaign').every((e) => typeof e.seal === 'string')).toBe(true);
    expect(await record.verifySealed()).toMatchObject({ ok: true });
  });

  it('refuses a signer’s answer of the wrong length or form, naming the signer', async () => {
    const short = new SealQueue(remote({ answer: (h) => h.slice(1).map(() => 'a'.repeat(64)) }).signer);
    await expect(short.seal('f'.repeat(64))).rejects.toThrow(/signer hsm-1: answered with the wrong number/);
    const odd = new SealQueue(remote({ answer: (h) => h.map(() => '<script>') }).signer);
    await expect(odd.seal('f'.repeat(64))).rejects.toThrow(/malformed seal/);
  });

  it('gives up on a signer that never answers, within its time limit', async () => {
    const silent: ChainSigner = { algorithm: 'hmac-sm3', keyId: 'hsm-2', seal: () => new Promise(() => {}) };
    const queue = new SealQueue(silent, { timeoutMs: 30 });
    await expect(queue.seal('f'.repeat(64))).rejects.toThrow(
      /30 毫秒内没有答复 \/ signer hsm-2: no answer within 30 ms/,
    );
    const problems = await checkSeals([
      { stream: 'campaign', seq: 0, hash: 'f'.repeat(64), seal: 'a'.repeat(64), signer: failing },
    ]);
    expect(problems).toEqual([expect.objectContaining({ kind: 'seal', stream: 'campaign', seq: 0 })]);
    expect(problems[0]?.message['zh-CN']).toContain('无法向签名方');
  });

  it('refuses a sealed chain that links by HMAC, and a seal key shorter than 16 bytes', () => {
    const { signer } = remote();
    expect(() => chainHasher('k'.repeat(32), { algorithm: 'hmac-sm3', signer })).toThrow(/plain digest/);
    expect(() => localSigner({ algorithm: 'hmac-sm3', keyId: 'k', key: 'short' })).toThrow(/16 bytes/);
  });

  it('goes on sealing the same chain without recording it again', async () => {
    const { signer } = remote();
    const { record } = drive(open({ hasher: chainHasher(undefined, { signer }) }), MOBILIZE());
    await record.sealed();
    const result = record.dispatch(ev('plan.issued', OFFICE, { plan: 'implementation' }));
    expect(result.append.entry).not.toHaveProperty('chain');
  });
});

const failing: ChainSigner = {
  algorithm: 'hmac-sm3',
  keyId: 'hsm-3',
  seal: () => Promise.reject(new Error('connection refused / 连接被拒绝')),
};
