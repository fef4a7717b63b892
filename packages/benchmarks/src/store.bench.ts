// The store and the service on real databases: the latency of one event on a campaign of 100,000 audit entries
// against one of 100, on SQLite and PostgreSQL; and events per second through the HTTP service on SQLite and on
// PostgreSQL with 1, 2 and 4 instances, under the same load. Needs `npm run build` first (the service's dist).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleStreetCampaign } from '@chuangwen/checklists/district';
import { freePort, startPostgres } from '@chuangwen/fixtures/postgres';
import {
  type Actor,
  campaignConfig,
  chainHasher,
  createCampaign,
  dispatch,
  type PersistedCampaign,
} from '@chuangwen/machine';
import { type RecordStore, recordEvent } from '@chuangwen/store';
import { openPostgresStore } from '@chuangwen/store/postgres';
import { openSqliteStore } from '@chuangwen/store/sqlite';

const KEY = 'benchmark-audit-key-0123456789abcdef';
const hasher = chainHasher(KEY);
const office: Actor = { id: 'p-office', role: 'office' };
const config = campaignConfig({});
const dir = mkdtempSync(join(tmpdir(), 'chuangwen-store-bench-'));
const pg = await startPostgres();
let minute = 0;
const at = () =>
  new Date(Date.parse('2026-03-01T09:00:00+08:00') + (minute++ % 500_000) * 60_000).toISOString();
const meeting = (n: number) => ({
  type: 'meeting.recorded',
  actor: office,
  kind: 'workMeeting',
  meetingId: `m${n}`,
  date: '2026-04-02',
  at: at(),
});

/** A campaign whose stream already holds `size` entries, written in large commits. */
async function filled(store: RecordStore, id: string, size: number) {
  const created = createCampaign({ campaignId: id, at: at() }, office, { hasher, config });
  await store.createCampaign({
    id,
    document: { id },
    snapshot: created.campaign.snapshot,
    appends: [created.append],
  });
  let state = {
    campaign: created.campaign as { head: { seq: number; hash: string }; snapshot: PersistedCampaign },
  };
  for (let done = 1; done < size; ) {
    const appends = [];
    for (let i = 0; i < 2000 && done < size; i++, done++) {
      const r = dispatch(meeting(done), state, { hasher, config });
      appends.push(...r.appends);
      const last = r.appends.at(-1)!.entry;
      state = { campaign: { head: { seq: last.seq + 1, hash: last.hash }, snapshot: r.campaign! } };
    }
    await store.commit(id, { appends, campaign: state.campaign.snapshot });
  }
}

async function perEvent(store: RecordStore, id: string, count: number) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    const r = await recordEvent(store, id, meeting(1_000_000 + i), { hasher, config, receivedAt: at() });
    if (r.kind !== 'recorded' || !r.result.accepted) throw new Error('the event must be recorded');
  }
  return Number(process.hrtime.bigint() - start) / 1e6 / count;
}

console.log(
  '1. One event on a campaign of 100 entries and of 100,000 entries (median of 3 runs of 500 events)',
);
for (const [name, open] of [
  ['SQLite', () => openSqliteStore(join(dir, 'latency.db'))],
  ['PostgreSQL', async () => openPostgresStore(await pg.createDatabase('latency'))],
] as const) {
  const store = await open();
  await filled(store, 'small', 100);
  await filled(store, 'large', 100_000);
  const small: number[] = [];
  const large: number[] = [];
  for (let round = 0; round < 3; round++) {
    small.push(await perEvent(store, 'small', 500));
    large.push(await perEvent(store, 'large', 500));
  }
  const med = (xs: number[]) => xs.sort((a, b) => a - b)[1]!;
  console.log(
    `   ${name}: ${(med(small) * 1000).toFixed(0)} µs at 100 entries, ${(med(large) * 1000).toFixed(0)} µs at 100,000: ${(med(large) / med(small)).toFixed(2)}x (target ≤ 1.5x)`,
  );
  await store.close();
}

const main = new URL('../../../examples/http-service/dist/main.js', import.meta.url).pathname;
const children: ChildProcess[] = [];
async function instance(env: Record<string, string>): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, ...env, CHUANGWEN_AUDIT_KEY: KEY, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  await new Promise<void>((resolve) =>
    child.stdout!.on('data', (b: Buffer) => b.toString().includes('listening') && resolve()),
  );
  return `http://127.0.0.1:${port}`;
}

/** 32 clients posting meetings to one campaign across the instances; every event acknowledged. */
async function throughput(urls: string[], count: number) {
  const headers = {
    'x-chuangwen-actor': 'p-office',
    'x-chuangwen-role': 'office',
    'content-type': 'application/json',
  };
  let next = 0;
  let conflicts = 0;
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: 32 }, async (_, c) => {
      for (let n = next++; n < count; n = next++)
        for (let attempt = 0; ; attempt++) {
          const r = await fetch(`${urls[(c + attempt) % urls.length]}/campaigns/yunxi-2026/events`, {
            method: 'POST',
            headers: { ...headers, 'idempotency-key': `k${n}` },
            body: JSON.stringify({
              type: 'meeting.recorded',
              kind: 'workMeeting',
              meetingId: `t${n}`,
              date: '2026-04-02',
            }),
          });
          await r.arrayBuffer();
          if (r.status === 200) break;
          if (r.status !== 409 && r.status !== 503) throw new Error(`unexpected ${r.status}`);
          conflicts += 1;
        }
    }),
  );
  return { rate: count / (Number(process.hrtime.bigint() - start) / 1e9), conflicts };
}

console.log('\n2. Events per second through the HTTP service, 32 clients, one campaign, 3,000 events');
for (const [name, instances, env] of [
  ['SQLite, 1 instance', 1, { DATABASE_PATH: join(dir, 'service.db') }],
  ['PostgreSQL, 1 instance', 1, { DATABASE_URL: await pg.createDatabase('service1') }],
  ['PostgreSQL, 2 instances', 2, { DATABASE_URL: await pg.createDatabase('service2') }],
  ['PostgreSQL, 4 instances', 4, { DATABASE_URL: await pg.createDatabase('service4') }],
] as const) {
  const urls: string[] = [];
  for (let i = 0; i < instances; i++) urls.push(await instance(env as Record<string, string>));
  const created = await fetch(`${urls[0]}/campaigns`, {
    method: 'POST',
    headers: {
      'x-chuangwen-actor': 'p-office',
      'x-chuangwen-role': 'office',
      'content-type': 'application/json',
    },
    body: JSON.stringify(sampleStreetCampaign()),
  });
  if (created.status !== 201) throw new Error('the campaign must be created');
  const { rate, conflicts } = await throughput(urls, 3000);
  console.log(`   ${name}: ${rate.toFixed(0)} events/s (${conflicts} answered 409 or 503 and retried)`);
  for (const child of children.splice(0)) child.kill('SIGTERM');
}

await pg.stop();
rmSync(dir, { recursive: true, force: true });
