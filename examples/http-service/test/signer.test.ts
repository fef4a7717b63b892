// The example signer service, and the chuangwen service sealing its audit chain through it: the key stays in the
// signer's process, every stored entry carries its seal, and verification asks the signer.
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleStreetCampaign } from '@chuangwen/checklists/district';
import { openSqliteStore } from '@chuangwen/store/sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditFromEnvironment, hasherOf } from '../src/audit-keys.js';
import { buildService } from '../src/server.js';
import { httpSigner } from '../src/signer-client.js';
import { startSignerService } from '../src/signer-service.js';
import { AUDIT_KEY, OFFICE } from './service-suite.js';

const SIGNING_KEY = 'the-key-only-the-signer-holds-0123';
const TOKEN = 'a-token-the-service-presents-0123';
const dir = mkdtempSync(join(tmpdir(), 'chuangwen-signer-'));
let signer: Awaited<ReturnType<typeof startSignerService>>;

beforeAll(async () => {
  signer = await startSignerService({
    keys: { 'hsm-1': { algorithm: 'hmac-sm3', key: SIGNING_KEY } },
    token: TOKEN,
  });
});
afterAll(async () => {
  await signer?.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (path: string, body: unknown, token = TOKEN) =>
  fetch(`${signer.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('the example signer service', () => {
  it('seals hashes with HMAC-SM3 under the key it holds, and checks seals', async () => {
    const client = httpSigner({ url: signer.url, keyId: 'hsm-1', token: TOKEN });
    const hashes = ['a'.repeat(64), 'b'.repeat(64)];
    const seals = await client.seal(hashes);
    expect(seals).toEqual(hashes.map((h) => createHmac('sm3', SIGNING_KEY).update(h).digest('hex')));
    expect(
      await client.verify!([
        { hash: hashes[0]!, seal: seals[0]! },
        { hash: hashes[1]!, seal: seals[0]! },
      ]),
    ).toEqual([true, false]);
  });

  it('refuses a caller without the token, an unknown key, bad hashes and oversized requests, in both languages', async () => {
    expect((await post('/seal', { keyId: 'hsm-1', hashes: [] }, 'wrong-token-of-the-same-len')).status).toBe(
      401,
    );
    const unknown = await post('/seal', { keyId: 'hsm-9', hashes: ['a'.repeat(64)] });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { detail: string }).detail).toContain('没有该密钥编号');
    expect((await post('/seal', { keyId: 'hsm-1', hashes: ['<script>'] })).status).toBe(400);
    expect((await post('/seal', { keyId: 'hsm-1', hashes: Array(5000).fill('a'.repeat(64)) })).status).toBe(
      400,
    );
    expect((await post('/seal', '{"keyId":')).status).toBe(400);
    expect((await post('/seal', 'x'.repeat(2 * 1024 * 1024)).catch(() => ({ status: 413 }))).status).toBe(
      413,
    );
    await expect(
      httpSigner({ url: signer.url, keyId: 'hsm-1', token: 'wrong' }).seal(['a'.repeat(64)]),
    ).rejects.toThrow(/the signer answered 401/);
  });
});

describe('the chuangwen service sealing through it', () => {
  it('writes every entry with its seal and verifies the record by asking the signer', async () => {
    const audit = {
      key: AUDIT_KEY,
      signer: { url: signer.url, keyId: 'hsm-1', token: TOKEN },
    };
    const path = join(dir, 'sealed.db');
    const app = await buildService({ database: { path }, audit, now: () => '2026-03-02T09:00:00+08:00' });
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const created = await fetch(`${base}/campaigns`, {
        method: 'POST',
        headers: OFFICE,
        body: JSON.stringify(sampleStreetCampaign()),
      });
      expect(created.status).toBe(201);
      const sent = await Promise.all(
        ['m1', 'm2', 'm3'].map((meetingId) =>
          fetch(`${base}/campaigns/yunxi-2026/events`, {
            method: 'POST',
            headers: OFFICE,
            body: JSON.stringify({
              type: 'meeting.recorded',
              kind: 'workMeeting',
              meetingId,
              date: '2026-03-02',
            }),
          }),
        ),
      );
      expect(sent.map((r) => r.status)).toEqual([200, 200, 200]);
      const verdict = await (
        await fetch(`${base}/campaigns/yunxi-2026/audit/verify?full=true`, { headers: OFFICE })
      ).json();
      expect(verdict).toMatchObject({ ok: true, problems: [] });
    } finally {
      await app.close();
    }
    const store = await openSqliteStore(path);
    try {
      const entries = (await store.read('yunxi-2026', { from: 0 })).entries;
      expect(entries.length).toBeGreaterThan(3);
      for (const e of entries)
        expect(e.seal).toBe(createHmac('sm3', SIGNING_KEY).update(e.hash).digest('hex'));
      expect(JSON.parse(entries[0]!.body).chain).toEqual({
        algorithm: 'sm3',
        seal: { algorithm: 'hmac-sm3', keyId: 'hsm-1' },
      });
      expect(hasherOf(audit).earlier).toHaveLength(1);
    } finally {
      await store.close();
    }
  });

  it('reads its audit keys from the environment, and says what is wrong with them', () => {
    expect(auditFromEnvironment({})).toMatchObject({
      error: { en: expect.stringContaining('CHUANGWEN_AUDIT_KEY') },
    });
    expect(
      auditFromEnvironment({
        CHUANGWEN_AUDIT_KEY: 'a-new-sm3-key-for-2026-0123',
        CHUANGWEN_AUDIT_ALGORITHM: 'hmac-sm3',
        CHUANGWEN_AUDIT_KEY_ID: '2026-01',
        CHUANGWEN_AUDIT_EARLIER_KEYS: JSON.stringify([{ key: AUDIT_KEY }]),
      }),
    ).toMatchObject({ algorithm: 'hmac-sm3', keyId: '2026-01', earlier: [{ key: AUDIT_KEY }] });
    expect(
      auditFromEnvironment({ CHUANGWEN_AUDIT_KEY: AUDIT_KEY, CHUANGWEN_AUDIT_EARLIER_KEYS: '{"key":1}' }),
    ).toMatchObject({ error: { zh: expect.stringContaining('JSON 列表') } });
    expect(
      auditFromEnvironment({ CHUANGWEN_AUDIT_KEY: AUDIT_KEY, CHUANGWEN_AUDIT_ALGORITHM: 'md5' }),
    ).toMatchObject({ error: { en: expect.stringContaining('misconfigured') } });
  });
});
