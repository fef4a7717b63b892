// Several service processes on one PostgreSQL, and processes killed with SIGKILL in the middle of a load: every
// acknowledged event is stored exactly once, nothing unacknowledged is half-written, every chain verifies.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleStreetCampaign } from '@chuangwen/checklists/district';
import { startMariadb, type TestMariadb } from '@chuangwen/fixtures/mariadb';
import { freePort, startPostgres, type TestPostgres } from '@chuangwen/fixtures/postgres';
import { budget } from '@chuangwen/fixtures/time-budget';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_KEY, OFFICE } from './service-suite.js';

const main = new URL('../dist/main.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'chuangwen-instances-'));
const running = new Set<ChildProcess>();
let postgres: TestPostgres;
let mariadb: TestMariadb;

beforeAll(async () => {
  [postgres, mariadb] = await Promise.all([startPostgres(), startMariadb()]);
}, 180_000);
afterAll(async () => {
  for (const child of running) child.kill('SIGKILL');
  await postgres?.stop();
  await mariadb?.stop();
  rmSync(dir, { recursive: true, force: true });
});

type Database = { DATABASE_URL: string } | { DATABASE_PATH: string };

/** Starts a service process and waits until it listens. */
async function instance(
  database: Database,
  extra: Record<string, string> = {},
): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      ...database,
      ...extra,
      CHUANGWEN_AUDIT_KEY: AUDIT_KEY,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the service did not start: ${output}`)), budget(30_000));
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`the service exited (${code}): ${output}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

const post = (url: string, body: unknown, key?: string) =>
  fetch(`${url}/campaigns/yunxi-2026/events`, {
    method: 'POST',
    headers: { ...OFFICE, ...(key ? { 'idempotency-key': key } : {}) },
    body: JSON.stringify(body),
  });

/**
 * Clients posting meetings with unique ids (each under its own Idempotency-Key) across the instances, retrying on 409
 * and 503 and on a connection dropped mid-request, until `count` are acknowledged or `stop()` says so.
 */
async function load(
  urls: () => string[],
  options: {
    clients: number;
    count: number;
    stop?: () => boolean;
    tag: string;
    /** Told each time an event is acknowledged, with how many are. */
    acknowledgedNow?: (count: number) => void;
  },
) {
  const acknowledged = new Set<string>();
  const attempted = new Set<string>();
  let conflicts = 0;
  let next = 0;
  const client = async (c: number) => {
    for (;;) {
      if (options.stop?.() || next >= options.count) return;
      const id = `${options.tag}-${next++}`;
      attempted.add(id);
      for (let attempt = 0; attempt < 50 && !options.stop?.(); attempt++) {
        const targets = urls();
        const url = targets[(c + attempt) % targets.length]!;
        try {
          const r = await post(
            url,
            { type: 'meeting.recorded', kind: 'workMeeting', meetingId: id, date: '2026-04-02' },
            id,
          );
          if (r.status === 200) {
            acknowledged.add(id);
            options.acknowledgedNow?.(acknowledged.size);
            break;
          }
          if (r.status === 409) conflicts += 1;
          else if (r.status !== 503) throw new Error(`unexpected ${r.status}: ${await r.text()}`);
        } catch (error) {
          if (!(error instanceof TypeError)) throw error; // a connection refused or dropped: try again
        }
        await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, c) => client(c)));
  return { acknowledged, attempted, conflicts };
}

/** Every meeting id on the campaign stream, read page by page. */
async function stored(url: string): Promise<string[]> {
  const ids: string[] = [];
  for (let from = 0; ; from += 500) {
    const page = (await (
      await fetch(`${url}/campaigns/yunxi-2026/audit?from=${from}&limit=500`, { headers: OFFICE })
    ).json()) as {
      entries: { event?: { meetingId?: string }; outcome: string }[];
      next: number | null;
    };
    for (const e of page.entries)
      if (e.outcome === 'applied' && e.event?.meetingId) ids.push(e.event.meetingId);
    if (page.next === null) return ids;
  }
}

async function verified(url: string) {
  return (await (await fetch(`${url}/campaigns/yunxi-2026/audit/verify`, { headers: OFFICE })).json()) as {
    ok: boolean;
    problems: unknown[];
  };
}

describe.each([
  ['PostgreSQL', () => postgres.createDatabase('instances')],
  ['MariaDB', () => mariadb.createDatabase('instances')],
])('several instances on one %s', (_name, database) => {
  it('stores every acknowledged event exactly once with two and with four instances, and answers a conflict it does not retry with 409', async () => {
    const url = await database();
    const instances = [await instance({ DATABASE_URL: url }), await instance({ DATABASE_URL: url })];
    const created = await fetch(`${instances[0]!.url}/campaigns`, {
      method: 'POST',
      headers: OFFICE,
      body: JSON.stringify(sampleStreetCampaign()),
    });
    expect(created.status).toBe(201);
    const two = await load(() => instances.map((i) => i.url), { clients: 8, count: 240, tag: 'two' });
    instances.push(await instance({ DATABASE_URL: url }), await instance({ DATABASE_URL: url }));
    const four = await load(() => instances.map((i) => i.url), { clients: 16, count: 400, tag: 'four' });
    // Instances that do not retry a conflict themselves answer it 409; the clients retry, and still nothing is lost.
    const eager = [
      await instance({ DATABASE_URL: url }, { CONFLICT_RETRIES: '0' }),
      await instance({ DATABASE_URL: url }, { CONFLICT_RETRIES: '0' }),
    ];
    const racing = await load(() => eager.map((i) => i.url), { clients: 16, count: 200, tag: 'racing' });
    expect(racing.conflicts).toBeGreaterThan(0);
    expect(racing.acknowledged.size).toBe(200);
    instances.push(...eager);
    expect(two.acknowledged.size).toBe(240);
    expect(four.acknowledged.size).toBe(400);
    const ids = await stored(instances[3]!.url);
    expect(ids.length).toBe(new Set(ids).size);
    expect(new Set(ids)).toEqual(
      new Set([...two.acknowledged, ...four.acknowledged, ...racing.acknowledged]),
    );
    for (const i of instances) expect(await verified(i.url)).toMatchObject({ ok: true, problems: [] });
    // Any other answer than 200, 409 or 503 fails the load itself: conflicts between instances are never a 500.
    console.info(
      `conflicts answered 409: ${two.conflicts} with two instances, ${four.conflicts} with four, ${racing.conflicts} without retries`,
    );
    for (const i of instances) i.child.kill('SIGTERM');
  }, 240_000);
});

describe('a process killed in the middle of a load', () => {
  const rounds = async (database: Database) => {
    let current = await instance(database);
    const created = await fetch(`${current.url}/campaigns`, {
      method: 'POST',
      headers: OFFICE,
      body: JSON.stringify(sampleStreetCampaign()),
    });
    expect(created.status).toBe(201);
    const acknowledged = new Set<string>();
    for (let round = 0; round < 5; round++) {
      let killed = false;
      const victim = current;
      // Killed once a random number of events is acknowledged, so every round dies mid-load however slow the machine,
      // with other clients' requests in flight.
      const killAfter = 3 + Math.floor(Math.random() * 40);
      const result = await load(() => [victim.url], {
        clients: 6,
        count: 10_000,
        stop: () => killed,
        tag: `r${round}`,
        acknowledgedNow: (count) => {
          if (killed || count < killAfter) return;
          killed = true;
          victim.child.kill('SIGKILL');
        },
      });
      for (const id of result.acknowledged) acknowledged.add(id);
      await new Promise<void>((resolve) =>
        victim.child.exitCode !== null || victim.child.signalCode
          ? resolve()
          : victim.child.once('exit', () => resolve()),
      );
      current = await instance(database);
      const ids = await stored(current.url);
      // Nothing acknowledged is lost; nothing is stored twice; an event whose answer was lost may or may not be there.
      for (const id of acknowledged) expect(ids, id).toContain(id);
      expect(ids.length).toBe(new Set(ids).size);
      expect(await verified(current.url)).toMatchObject({ ok: true, problems: [] });
      expect(result.acknowledged.size).toBeGreaterThan(0);
    }
    current.child.kill('SIGTERM');
  };

  it('loses nothing acknowledged and half-writes nothing, on SQLite, five rounds', () =>
    rounds({ DATABASE_PATH: join(dir, 'crash.db') }));
  it('loses nothing acknowledged and half-writes nothing, on PostgreSQL, five rounds', async () =>
    rounds({ DATABASE_URL: await postgres.createDatabase('crash') }));
  it('loses nothing acknowledged and half-writes nothing, on MariaDB, five rounds', async () =>
    rounds({ DATABASE_URL: await mariadb.createDatabase('crash') }));
});

describe('one of several instances on MariaDB killed in the middle of a load', () => {
  // Two, then four instances share the load; in each round one of them, chosen at random, is killed with SIGKILL
  // while requests are in flight on all of them, and another takes its place.
  it.each([2, 4])(
    'loses nothing acknowledged and half-writes nothing with %i instances, three rounds',
    async (count) => {
      const database = { DATABASE_URL: await mariadb.createDatabase(`crash_${count}`) };
      const instances = await Promise.all(Array.from({ length: count }, () => instance(database)));
      const created = await fetch(`${instances[0]!.url}/campaigns`, {
        method: 'POST',
        headers: OFFICE,
        body: JSON.stringify(sampleStreetCampaign()),
      });
      expect(created.status).toBe(201);
      const acknowledged = new Set<string>();
      for (let round = 0; round < 3; round++) {
        let killed = false;
        const victim = instances[Math.floor(Math.random() * instances.length)]!;
        const killAfter = 5 + Math.floor(Math.random() * 40);
        const result = await load(() => instances.filter((i) => i !== victim || !killed).map((i) => i.url), {
          clients: 4 * count,
          count: 60 + 20 * count,
          tag: `n${count}r${round}`,
          acknowledgedNow: (n) => {
            if (killed || n < killAfter) return;
            killed = true;
            victim.child.kill('SIGKILL');
          },
        });
        for (const id of result.acknowledged) acknowledged.add(id);
        expect(killed).toBe(true);
        await new Promise<void>((resolve) =>
          victim.child.exitCode !== null || victim.child.signalCode
            ? resolve()
            : victim.child.once('exit', () => resolve()),
        );
        instances[instances.indexOf(victim)] = await instance(database);
        const ids = await stored(instances[0]!.url);
        for (const id of acknowledged) expect(ids, id).toContain(id);
        expect(ids.length).toBe(new Set(ids).size);
        for (const i of instances) expect(await verified(i.url)).toMatchObject({ ok: true, problems: [] });
      }
      for (const i of instances) i.child.kill('SIGTERM');
    },
    240_000,
  );
});
