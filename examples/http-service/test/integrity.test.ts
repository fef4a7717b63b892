import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleStreetCampaign } from '@chuangwen/checklists/district';
import { StoreError } from '@chuangwen/store';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { buildService } from '../src/server.js';
import { AUDIT_KEY, OFFICE, staffOf } from './service-suite.js';

const dir = mkdtempSync(join(tmpdir(), 'chuangwen-integrity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let minute = 0;
const now = () => new Date(Date.parse('2026-03-01T09:00:00+08:00') + minute++ * 60_000).toISOString();

/** A campaign document with two problems already in its ledger, as an office exchanges it. */
function documentWithProblems() {
  const document = sampleStreetCampaign() as Record<string, any>;
  const scope = { kind: 'site', siteId: document.sites[0].id };
  document.rectifications = [
    {
      id: 'r-doc-1',
      standardRef: '06.01.01',
      scope,
      description: '占道经营（文件中已有）',
      reportedAt: '2026-02-20T09:00:00+08:00',
      status: 'reported',
    },
    {
      id: 'r-doc-2',
      standardRef: '06.01.01',
      scope,
      description: '乱贴乱画（文件中已交办）',
      reportedAt: '2026-02-21T09:00:00+08:00',
      leadUnitId: document.sites[0].responsibleUnitId,
      deadline: '2026-04-30',
      status: 'assigned',
    },
  ];
  return document;
}

async function service(name: string) {
  const path = join(dir, name);
  const app = await buildService({ database: { path }, now, auditKey: AUDIT_KEY });
  const call = (
    method: 'GET' | 'POST',
    url: string,
    body?: unknown,
    headers: Record<string, string> = OFFICE,
  ) => app.inject({ method, url, headers, ...(body === undefined ? {} : { payload: JSON.stringify(body) }) });
  return { path, app, call };
}

describe('a posted campaign document', () => {
  it('lands whole in the record: its problems are in the ledger, its units registered', async () => {
    const { app, call } = await service('document.db');
    const document = documentWithProblems();
    expect((await call('POST', '/campaigns', document)).statusCode).toBe(201);
    const ledger = (await call('GET', '/campaigns/yunxi-2026/ledger')).json();
    expect(ledger.entries.map((e: any) => [e.id, e.status])).toEqual([
      ['r-doc-1', 'reported'],
      ['r-doc-2', 'assigned'],
    ]);
    // A unit the document names may act at once: nothing waits on a registration event.
    const view = (await call('GET', '/campaigns/yunxi-2026/view')).json();
    expect(view.configuration.units.map((u: { id: string }) => u.id)).toContain('u-urban');
    const formed = await call(
      'POST',
      '/campaigns/yunxi-2026/events',
      { type: 'unit.teamFormed', unitId: 'u-urban' },
      staffOf('u-urban'),
    );
    expect(formed.statusCode, formed.body).toBe(200);
    await app.close();
  });
});

describe('a retried post', () => {
  it('refuses an Idempotency-Key longer than 200 characters or with control characters with 400, and stores nothing', async () => {
    const { app, call } = await service('keys.db');
    await call('POST', '/campaigns', sampleStreetCampaign());
    const before = (await call('GET', '/campaigns/yunxi-2026/audit?limit=500')).json().entries.length;
    const body = { type: 'meeting.recorded', kind: 'workMeeting', meetingId: 'm-k', date: '2026-03-10' };
    for (const key of ['k'.repeat(201), 'tab\tkey', ''])
      for (let attempt = 0; attempt < 2; attempt++) {
        const r = await call('POST', '/campaigns/yunxi-2026/events', body, {
          ...OFFICE,
          'idempotency-key': key,
        });
        expect(r.statusCode, JSON.stringify(key)).toBe(400);
        expect(r.json()).toMatchObject({ code: 'invalid_idempotency_key' });
      }
    expect((await call('GET', '/campaigns/yunxi-2026/audit?limit=500')).json().entries.length).toBe(before);
    const exact = await call('POST', '/campaigns/yunxi-2026/events', body, {
      ...OFFICE,
      'idempotency-key': 'k'.repeat(200),
    });
    expect(exact.statusCode).toBe(200);
    await app.close();
  });
});

describe('a database changed outside the service', () => {
  it('reports a damaged row as a located problem, never a 500', async () => {
    const { path, app, call } = await service('damaged.db');
    await call('POST', '/campaigns', documentWithProblems());
    await app.close();
    const db = new Database(path);
    db.prepare(
      'UPDATE chuangwen_rectifications SET record = \'{"id":"r-doc-1","status":42}\' WHERE id = \'r-doc-1\'',
    ).run();
    db.close();
    const again = await service('damaged.db');
    const verdict = await again.call('GET', '/campaigns/yunxi-2026/audit/verify?full=true');
    expect(verdict.statusCode).toBe(200);
    expect(verdict.json()).toMatchObject({ ok: false });
    expect(verdict.json().problems[0].message['zh-CN']).toContain('r-doc-1');
    for (const url of [
      '/campaigns/yunxi-2026/ledger',
      '/campaigns/yunxi-2026/view',
      '/campaigns/yunxi-2026/board',
    ]) {
      const r = await again.call('GET', url);
      expect(r.statusCode, url).not.toBe(500);
      if (r.statusCode >= 400) expect(r.headers['content-type'], url).toMatch(/problem\+json/);
    }
    await again.app.close();
  });

  it.each([
    ['a dropped version table', 'DROP TABLE chuangwen_meta'],
    ['a version of "two"', "UPDATE chuangwen_meta SET value = 'two' WHERE key = 'schema_version'"],
  ])('refuses to start on %s with a typed, bilingual error', async (name, sql) => {
    const file = `${name.replace(/\W+/g, '-')}.db`;
    const { path, app, call } = await service(file);
    await call('POST', '/campaigns', sampleStreetCampaign());
    await app.close();
    const db = new Database(path);
    db.exec(sql);
    db.close();
    const failure = await buildService({ database: { path }, now, auditKey: AUDIT_KEY }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(StoreError);
    expect(failure).toMatchObject({
      code: 'schema',
      detail: { 'zh-CN': expect.any(String), en: expect.stringMatching(/schema version|chuangwen_meta/) },
    });
  });
});
