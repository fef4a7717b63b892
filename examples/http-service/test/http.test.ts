import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { sampleStreetCampaign } from '@chuangwen/checklists/district';
import { budget } from '@chuangwen/fixtures/time-budget';
import { STORE_SCHEMA_VERSION } from '@chuangwen/store';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Frameworks } from '../src/frameworks.js';
import { legacyWaiting, migrateLegacyFile } from '../src/migrations.js';
import { openApiDocument, ROUTES } from '../src/openapi.js';
import { buildService } from '../src/server.js';
import { AUDIT_KEY, OFFICE } from './service-suite.js';

const dir = mkdtempSync(join(tmpdir(), 'chuangwen-http-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let minute = 0;
const now = () => new Date(Date.parse('2026-03-01T09:00:00+08:00') + minute++ * 60_000).toISOString();
const _json = { 'content-type': 'application/json' };

/** A service on a database of its own in this file's folder (a path, or a file name there), with the test's clock and key. */
const serviceOn = (database: string, options: Partial<Parameters<typeof buildService>[0]> = {}) =>
  buildService({
    database: { path: isAbsolute(database) ? database : join(dir, database) },
    now,
    auditKey: AUDIT_KEY,
    ...options,
  });

describe('the service speaks HTTP well', () => {
  let app: Awaited<ReturnType<typeof buildService>>;
  beforeAll(async () => {
    app = await serviceOn('http.db');
  });
  afterAll(() => app.close());
  const inject = (
    method: 'GET' | 'POST',
    url: string,
    body?: unknown,
    headers: Record<string, string> = OFFICE,
  ) =>
    app.inject({
      method,
      url,
      headers,
      ...(body === undefined ? {} : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
    });

  it('answers 201 with Location, and errors as bilingual problem details in the language asked for', async () => {
    const created = await inject('POST', '/campaigns', sampleStreetCampaign());
    expect(created.statusCode).toBe(201);
    expect(created.headers.location).toBe('/campaigns/yunxi-2026');
    const missing = await inject('GET', '/campaigns/nowhere', undefined, {
      ...OFFICE,
      'accept-language': 'en-GB',
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(missing.json()).toMatchObject({
      type: 'https://chuangwen.dev/problems/not_found',
      title: 'Not found',
      status: 404,
      detail: 'campaign nowhere does not exist',
      message: { 'zh-CN': '创建工作 nowhere 不存在' },
    });
    expect((await inject('GET', '/campaigns/nowhere')).json().title).toBe('不存在');
    expect((await inject('GET', '/nope')).json()).toMatchObject({ status: 404, code: 'no_route' });
  });

  it('validates every query parameter, and never answers 500 for a caller’s mistake', async () => {
    for (const url of [
      '/campaigns/yunxi-2026?asOf=banana',
      '/campaigns/yunxi-2026/ledger?asOf=2026-13-45',
      '/campaigns/yunxi-2026/audit?limit=100000',
      '/campaigns/yunxi-2026/audit?stream=../../etc',
      '/campaigns/yunxi-2026/audit?from=-1',
      '/campaigns/yunxi-2026/board?asOf=2026-06-30&extra=1',
      '/campaigns/%00bad',
    ]) {
      const r = await inject('GET', url);
      expect(r.statusCode, url).toBe(400);
      expect(r.json().issues[0].pointer, url).toMatch(/^\//);
    }
    expect((await inject('GET', '/campaigns/yunxi-2026?asOf=2026-06-30')).statusCode).toBe(200);
    expect((await inject('POST', '/campaigns/yunxi-2026/events', '{"broken":')).statusCode).toBe(400);
    expect(
      (
        await inject('POST', '/campaigns/yunxi-2026/events', '<a/>', {
          ...OFFICE,
          'content-type': 'application/xml',
        })
      ).statusCode,
    ).toBe(415);
  });

  it('records a retried post once under its Idempotency-Key, and refuses the key for another body', async () => {
    const body = { type: 'meeting.recorded', kind: 'workMeeting', meetingId: 'm-once', date: '2026-03-10' };
    const headers = { ...OFFICE, 'idempotency-key': 'k-once' };
    const first = await inject('POST', '/campaigns/yunxi-2026/events', body, headers);
    const second = await inject('POST', '/campaigns/yunxi-2026/events', body, headers);
    expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json()).toEqual(first.json());
    // The same request with its fields written in another order is the same request.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const third = await inject('POST', '/campaigns/yunxi-2026/events', reordered, headers);
    expect(third.statusCode).toBe(200);
    expect(third.headers['idempotent-replayed']).toBe('true');
    const other = await inject(
      'POST',
      '/campaigns/yunxi-2026/events',
      { ...body, meetingId: 'm-twice' },
      headers,
    );
    expect(other.statusCode).toBe(422);
    const page = (await inject('GET', '/campaigns/yunxi-2026/audit?limit=500')).json();
    expect(page.entries.filter((e: any) => e.event?.meetingId === 'm-once')).toHaveLength(1);
    expect(page.entries.at(-1)).toMatchObject({ receivedAt: expect.any(String), at: expect.any(String) });
  });

  it('replays a retry whose sender was assigned other places meanwhile, and refuses the key to another sender', async () => {
    // A phone sends offline work later; the gateway writes the inspector's assignment as it is by then.
    const inspector = (sites: string, id = 'p-field-1') => ({
      'x-chuangwen-actor': id,
      'x-chuangwen-role': 'inspector',
      'x-chuangwen-sites': sites,
      'content-type': 'application/json',
      'idempotency-key': 'k-field-o9',
    });
    const body = {
      type: 'observation.recorded',
      observation: {
        id: 'o-k9',
        standardRef: '06.01.01',
        scope: { kind: 'site', siteId: 's-main-road' },
        observedAt: '2026-03-01T09:00:00+08:00',
        method: 'covertInspection',
        source: 'supervisionCheck',
        outcome: 'fail',
        violationCount: 1,
      },
    };
    const url = '/campaigns/yunxi-2026/events';
    const first = await inject('POST', url, body, inspector('s-main-road'));
    expect(first.statusCode).toBe(200);
    const resent = await inject('POST', url, body, inspector('s-main-road,s-toilet'));
    expect(resent.statusCode).toBe(200);
    expect(resent.headers['idempotent-replayed']).toBe('true');
    expect(resent.json()).toEqual(first.json());
    expect((await inject('POST', url, body, inspector('s-main-road', 'p-field-2'))).statusCode).toBe(422);
    const page = (await inject('GET', '/campaigns/yunxi-2026/audit?stream=evidence&limit=500')).json();
    expect(page.entries.filter((e: any) => e.event?.observation?.id === 'o-k9')).toHaveLength(1);
  });

  it('pages through a stream, and verifies against anchors kept elsewhere', async () => {
    const first = (await inject('GET', '/campaigns/yunxi-2026/audit?limit=1')).json();
    expect(first.entries).toHaveLength(1);
    expect(first.next).toBe(1);
    const anchors = first.anchors;
    expect((await inject('POST', '/campaigns/yunxi-2026/audit/verify', { anchors })).json()).toMatchObject({
      ok: true,
      anchorsFrom: 'request',
    });
    const stale = anchors.map((a: any) => (a.stream === 'campaign' ? { ...a, seq: a.seq + 1 } : a));
    const verdict = (await inject('POST', '/campaigns/yunxi-2026/audit/verify', { anchors: stale })).json();
    expect(verdict.ok).toBe(false);
    expect(verdict.problems[0]).toMatchObject({ stream: 'campaign', kind: 'head' });
    expect(
      (await inject('POST', '/campaigns/yunxi-2026/audit/verify', { anchors: [{ stream: 'x', seq: -1 }] }))
        .statusCode,
    ).toBe(400);
  });

  it('answers 503 with a retry hint when it is full', async () => {
    const full = await serviceOn('full.db', { maxInFlight: 0 });
    const r = await full.inject({ method: 'GET', url: '/openapi.json' });
    expect(r.statusCode).toBe(503);
    expect(r.headers['retry-after']).toBe('1');
    await full.close();
  });
});

describe('slow, dropped and oversized requests', () => {
  let app: Awaited<ReturnType<typeof buildService>>;
  let port = 0;
  let base = '';
  beforeAll(async () => {
    app = await serviceOn('slow.db', { maxInFlight: 2, bodyTimeoutMs: 500 });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    port = Number(new URL(base).port);
    await fetch(`${base}/campaigns`, {
      method: 'POST',
      headers: OFFICE,
      body: JSON.stringify(sampleStreetCampaign()),
    });
  });
  afterAll(() => app.close());

  /** A request whose body starts and never finishes. */
  const unfinished = () =>
    new Promise<Socket>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        const head = Object.entries({
          ...OFFICE,
          'content-type': 'application/json',
          'content-length': '100',
        })
          .map(([k, v]) => `${k}: ${v}`)
          .join('\r\n');
        socket.write(`POST /campaigns/yunxi-2026/events HTTP/1.1\r\nhost: x\r\n${head}\r\n\r\n{"type":`);
        resolve(socket);
      });
      socket.on('error', () => {});
    });
  const connections = () =>
    new Promise<number>((resolve, reject) =>
      app.server.getConnections((error, n) => (error ? reject(error) : resolve(n))),
    );

  it('gives a dropped request’s slot back: clients that leave mid-body never fill the service', async () => {
    const before = await connections();
    for (let round = 0; round < 3; round++) {
      const sockets = await Promise.all([unfinished(), unfinished()]);
      for (const socket of sockets) socket.destroy();
      while ((await connections()) > before) await new Promise((r) => setTimeout(r, 20));
    }
    expect((await fetch(`${base}/campaigns/yunxi-2026`, { headers: OFFICE })).status).toBe(200);
  });

  it('holds a request’s place until its answer has gone, not only until its body is read', async () => {
    const one = await serviceOn('one.db', { maxInFlight: 1 });
    let open = () => {};
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    let entered = () => {};
    const inside = new Promise<void>((resolve) => {
      entered = resolve;
    });
    // Stands for slow work after the body is read: the handler of a request so marked waits until the test opens.
    one.addHook('preHandler', async (request) => {
      if (request.headers['x-test-hold']) {
        entered();
        await gate;
      }
    });
    const oneBase = await one.listen({ host: '127.0.0.1', port: 0 });
    try {
      const held = fetch(`${oneBase}/campaigns`, {
        method: 'POST',
        headers: { ...OFFICE, 'x-test-hold': '1' },
        body: JSON.stringify(sampleStreetCampaign()),
      });
      await inside;
      expect((await fetch(`${oneBase}/openapi.json`)).status).toBe(503);
      open();
      expect((await held).status).toBe(201);
      expect((await fetch(`${oneBase}/openapi.json`)).status).toBe(200);
    } finally {
      open();
      await one.close();
    }
  });

  it('closes a connection whose body stops arriving, and takes requests again', async () => {
    const socket = await unfinished();
    const answered = await new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk.toString();
      });
      socket.on('close', () => resolve(text));
    });
    expect(answered).toBe('');
    expect((await fetch(`${base}/campaigns/yunxi-2026`, { headers: OFFICE })).status).toBe(200);
  });

  it('holds an event to its own megabyte, refused as a bilingual 413 before it is parsed', async () => {
    const body = JSON.stringify({ type: 'plan.issued', plan: 'x'.repeat(2 * 1024 * 1024) });
    const r = await fetch(`${base}/campaigns/yunxi-2026/events`, { method: 'POST', headers: OFFICE, body });
    expect(r.status).toBe(413);
    const problem = (await r.json()) as { code: string; message: { 'zh-CN': string; en: string } };
    expect(problem.code).toBe('too_large');
    expect(problem.message['zh-CN']).toBe('请求体超过本接口的上限（1024 KiB）');
  });

  it('holds a body of another type to the route’s own limit too, and a photo to the photo limit', async () => {
    const octets = await fetch(`${base}/campaigns/yunxi-2026/events`, {
      method: 'POST',
      headers: { ...OFFICE, 'content-type': 'application/octet-stream' },
      body: Buffer.alloc(3 * 1024 * 1024),
    });
    expect(octets.status).toBe(413);
    const photo = await fetch(`${base}/campaigns/yunxi-2026/media/${'0'.repeat(64)}`, {
      method: 'PUT',
      headers: { ...OFFICE, 'content-type': 'image/png' },
      body: Buffer.alloc(6 * 1024 * 1024),
    });
    expect(photo.status).toBe(413);
    expect(((await photo.json()) as { message: { en: string } }).message.en).toContain('(5120 KiB)');
  });

  it('answers a body too deep to fingerprint under an Idempotency-Key with a 400, not a 500', async () => {
    const body = `{"type":"plan.issued","plan":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    const r = await fetch(`${base}/campaigns/yunxi-2026/events`, {
      method: 'POST',
      headers: { ...OFFICE, 'idempotency-key': 'deep-1' },
      body,
    });
    expect(r.status).toBe(400);
    expect(((await r.json()) as { code: string }).code).toBe('too_deep');
  });

  it('refuses a body that writes a key twice, saying where, and stores nothing of it', async () => {
    const audit = `${base}/campaigns/yunxi-2026/audit?limit=500`;
    const before = (await fetch(audit, { headers: OFFICE }).then((r) => r.json())) as {
      entries: unknown[];
    };
    const r = await fetch(`${base}/campaigns/yunxi-2026/events`, {
      method: 'POST',
      headers: { ...OFFICE, 'content-type': 'application/json' },
      body: '{"type":"meeting.recorded","kind":"workMeeting","meetingId":"m-dup","date":"2026-03-10","meetingId":"m-other"}',
    });
    expect(r.status).toBe(400);
    const problem = (await r.json()) as {
      code: string;
      message: { en: string; 'zh-CN': string };
      issues: { pointer: string; code: string }[];
    };
    expect(problem.code).toBe('duplicate_key');
    expect(problem.message.en).toBe(
      '/meetingId: the key "meetingId" appears twice in one object (line 1, column 89)',
    );
    expect(problem.message['zh-CN']).toBe(
      '/meetingId: 同一对象中字段 "meetingId" 出现了两次（第 1 行第 89 列）',
    );
    expect(problem.issues).toMatchObject([{ pointer: '/meetingId', code: 'duplicate_key' }]);
    // Bytes that are not UTF-8 are refused, not read with stand-ins.
    const bytes = await fetch(`${base}/campaigns/yunxi-2026/events`, {
      method: 'POST',
      headers: { ...OFFICE, 'content-type': 'application/json' },
      body: Buffer.concat([
        Buffer.from('{"type":"meeting.recorded","kind":"'),
        Buffer.from([0xff]),
        Buffer.from('"}'),
      ]),
    });
    expect(bytes.status).toBe(400);
    expect(((await bytes.json()) as { message: { en: string } }).message.en).toBe(
      'the body is not UTF-8 text',
    );
    const after = (await fetch(audit, { headers: OFFICE }).then((r) => r.json())) as {
      entries: unknown[];
    };
    expect(after.entries).toHaveLength(before.entries.length);
  });

  it('refuses an event sent as plain text, as a form or a page on another site would send it', async () => {
    const r = await fetch(`${base}/campaigns/yunxi-2026/events`, {
      method: 'POST',
      headers: { ...OFFICE, 'content-type': 'text/plain' },
      body: 'organisation.officeFormed',
    });
    expect(r.status).toBe(415);
    const problem = (await r.json()) as { message: { 'zh-CN': string } };
    expect(problem.message['zh-CN']).toBe('不支持的内容类型 text/plain，请发送 JSON');
  });

  it('reaches a campaign by an id of the full 128 characters its schema allows', async () => {
    const id = `c${'0123456789'.repeat(12)}abcdefg`;
    expect(id).toHaveLength(128);
    const created = await fetch(`${base}/campaigns`, {
      method: 'POST',
      headers: OFFICE,
      body: JSON.stringify({ ...sampleStreetCampaign(), id }),
    });
    expect(created.status).toBe(201);
    expect((await fetch(`${base}${created.headers.get('location')}`, { headers: OFFICE })).status).toBe(200);
  });
});

describe('hostile bodies', () => {
  let app: Awaited<ReturnType<typeof buildService>>;
  let base = '';
  beforeAll(async () => {
    app = await serviceOn('hostile.db');
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    await fetch(`${base}/campaigns`, {
      method: 'POST',
      headers: OFFICE,
      body: JSON.stringify(sampleStreetCampaign()),
    });
  });
  afterAll(() => app.close());

  it.each([
    ['deep nesting', `{"type":"plan.issued","plan":${'['.repeat(50_000)}${']'.repeat(50_000)}}`],
    // Past the longest text JSON is read with (200,000 characters): refused before any record is touched.
    ['a huge string', JSON.stringify({ type: 'plan.issued', plan: 'x'.repeat(900_000) })],
    // Within it, so the record refuses it and keeps a digest and an excerpt.
    ['a long string', JSON.stringify({ type: 'plan.issued', plan: 'x'.repeat(190_000) })],
    [
      'many invalid records',
      JSON.stringify({
        type: 'observation.recorded',
        observation: { evidence: Array.from({ length: 20_000 }, () => ({ bad: 1 })) },
      }),
    ],
    ['a prototype key', '{"type":"plan.issued","__proto__":{"polluted":true}}'],
    ['a constructor key', '{"type":"plan.issued","constructor":{"prototype":{"polluted":true}}}'],
    ['more than a megabyte', JSON.stringify({ type: 'plan.issued', plan: 'x'.repeat(1_100_000) })],
  ])('answers %s with a bounded 4xx quickly, and stays responsive', async (_name, body) => {
    const started = performance.now();
    const r = await fetch(`${base}/campaigns/yunxi-2026/events`, { method: 'POST', headers: OFFICE, body });
    const text = await r.text();
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    expect(text.length).toBeLessThan(20_000);
    expect(performance.now() - started).toBeLessThan(budget(5_000));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await fetch(`${base}/campaigns/yunxi-2026`, { headers: OFFICE })).status).toBe(200);
  });

  it('keeps the audit bounded: a rejected megabyte is stored as a digest and an excerpt', async () => {
    const page = (await (
      await fetch(`${base}/campaigns/yunxi-2026/audit?limit=500`, { headers: OFFICE })
    ).json()) as {
      entries: {
        outcome: string;
        actor: unknown;
        event: { kept?: { digest: string }; malformed?: { digest: string } };
      }[];
    };
    const refused = page.entries.filter((e) => e.outcome === 'rejected');
    // The long string, the invalid records and the two prototype keys reach the record; the deep nesting and the huge
    // string are refused as they are read, before it.
    expect(refused.length).toBeGreaterThanOrEqual(4);
    for (const entry of refused) expect(JSON.stringify(entry).length).toBeLessThan(10_000);
    // The long string and the thousands of invalid records are kept as digests and excerpts, naming who sent them.
    const digests = refused.filter((e) =>
      /^[0-9a-f]{64}$/.test(e.event.malformed?.digest ?? e.event.kept?.digest ?? ''),
    );
    expect(digests.length).toBeGreaterThanOrEqual(2);
    for (const entry of digests) expect(entry.actor).toMatchObject({ id: 'p-office' });
    const verdict = (await (
      await fetch(`${base}/campaigns/yunxi-2026/audit/verify`, { headers: OFFICE })
    ).json()) as { ok: boolean };
    expect(verdict.ok).toBe(true);
  });
});

describe('the OpenAPI description', () => {
  it('is generated from the routes the server registers, with every schema it names', async () => {
    const app = await serviceOn('openapi.db');
    const registered: string[] = [];
    for (const route of ROUTES)
      registered.push(`${route.method} ${route.url.replace(/:([A-Za-z]+)/g, '{$1}')}`);
    const served = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const described = Object.entries(served.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(described.sort()).toEqual(registered.sort());
    expect(served.openapi).toBe('3.1.0');
    for (const route of ROUTES)
      expect(app.hasRoute({ method: route.method, url: route.url }), route.url).toBe(true);
    const refs = JSON.stringify(served).match(/#\/components\/schemas\/[A-Za-z]+/g) ?? [];
    for (const ref of new Set(refs))
      expect(served.components.schemas[ref.split('/').at(-1)!], ref).toBeDefined();
    expect(
      served.components.schemas.CampaignEventBody.oneOf ?? served.components.schemas.CampaignEventBody.anyOf,
    ).toBeInstanceOf(Array);
    expect(JSON.stringify(served.components.schemas.CampaignEventBody)).not.toContain('"actor"');
    expect(served).toEqual(openApiDocument());
    await app.close();
  });
});

describe('a database the 0.0.0 service wrote', () => {
  it('is served only after an operator migrates it: then restored, its log sealed, its observations in force', async () => {
    const file = join(dir, 'legacy.db');
    copyFileSync(new URL('../../../packages/fixtures/legacy/0.0.0/service.db', import.meta.url), file);
    // Started on it, the service signs nothing and serves nothing of it: the old tables wait for an operator.
    const before = await serviceOn(file);
    expect(
      (await before.inject({ method: 'GET', url: '/campaigns/yunxi-2026', headers: OFFICE })).statusCode,
    ).toBe(404);
    await before.close();
    expect(await legacyWaiting(file)).toEqual(['yunxi-2026']);

    const operator = { id: 'p-office', role: 'office' } as const;
    const frameworks = Frameworks.load();
    const run = await migrateLegacyFile(file, {
      actor: operator,
      at: '2026-11-26T09:00:00+08:00',
      audit: { key: AUDIT_KEY },
      frameworks,
    });
    expect(run.refused).toEqual([]);
    expect(run.migrated).toEqual([expect.objectContaining({ id: 'yunxi-2026', observations: 2 })]);
    expect(await legacyWaiting(file)).toEqual([]);
    // A second run finds nothing left to do.
    expect(
      await migrateLegacyFile(file, {
        actor: operator,
        at: '2026-11-27T09:00:00+08:00',
        audit: { key: AUDIT_KEY },
        frameworks,
      }),
    ).toEqual({
      migrated: [],
      refused: [],
    });

    const app = await serviceOn(file);
    const campaign = await app.inject({ method: 'GET', url: '/campaigns/yunxi-2026', headers: OFFICE });
    expect(campaign.statusCode).toBe(200);
    expect(
      (
        await app.inject({
          method: 'GET',
          url: '/campaigns/yunxi-2026/audit/verify?full=true',
          headers: OFFICE,
        })
      ).json(),
    ).toMatchObject({ ok: true });
    const first = (
      await app.inject({
        method: 'GET',
        url: '/campaigns/yunxi-2026/audit?stream=campaign&limit=1',
        headers: OFFICE,
      })
    ).json();
    expect(first.entries[0]).toMatchObject({
      actor: operator,
      event: { type: 'record.imported', from: '0.0.0' },
    });
    const board = (
      await app.inject({ method: 'GET', url: '/campaigns/yunxi-2026/board?asOf=2026-04-12', headers: OFFICE })
    ).json();
    expect(
      Object.values(board.standards).filter((c: any) => c.class !== 'undetermined').length,
    ).toBeGreaterThan(0);
    await app.close();
    const db = new Database(file, { readonly: true });
    const version = (
      db.prepare("SELECT value FROM chuangwen_meta WHERE key = 'schema_version'").get() as { value: string }
    ).value;
    db.close();
    expect(version).toBe(String(STORE_SCHEMA_VERSION));
  });
});
