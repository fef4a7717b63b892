// The example HTTP service, built and run as processes: events per second with the realistic mix on SQLite (one
// instance) and on PostgreSQL (one, two and four instances on one database), over one campaign and over many; and
// whether reads stay quick while a client posts the worst documents the limits allow. Needs `npm run build` first.
// Writes results/service.json.
import { listStandards } from '@chuangwen/checklists';
import { districtFramework, sampleStreetCampaign } from '@chuangwen/checklists/district';
import { startPostgres } from '@chuangwen/fixtures/postgres';
import { type CampaignShape, cycle, MIX_DESCRIPTION, type MixEvent } from './mix.js';
import { median, Results, size } from './results.js';
import { headersOf, Instances } from './service-instances.js';
import { responsiveness } from './service-responsive.js';

const results = new Results('service', 'npm run build && npm run service -w @chuangwen/benchmarks');
const EVENTS = size(results, 'BENCH_SERVICE_EVENTS', 4_000);
const CLIENTS = size(results, 'BENCH_CLIENTS', 32);
const CAMPAIGNS = size(results, 'BENCH_CAMPAIGNS', 8);
console.log(`Node ${process.version}; the mix: ${MIX_DESCRIPTION.en}\n`);

// The sample street: its units that have sites, its sites, the sample framework's standards, and the people its
// organisation names to the office and the supervision group.
const street = sampleStreetCampaign();
const sites = new Map<string, string[]>();
for (const s of street.sites ?? [])
  sites.set(s.responsibleUnitId, [...(sites.get(s.responsibleUnitId) ?? []), s.id]);
const shape: CampaignShape = {
  units: [...sites.keys()],
  sites,
  codes: listStandards(districtFramework).map((l) => l.standard.code),
  office: { id: 'p-office', role: 'office' },
  supervisor: { id: 'p-inspector', role: 'supervisionGroup' },
};
const OFFICE = headersOf(shape.office);
const now = () => new Date().toISOString();

/** Creates `count` copies of the sample street on the service; their ids and their positions now. */
async function createCampaigns(url: string, count: number): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (let k = 0; k < count; k++) {
    const id = count === 1 ? 'yunxi-2026' : `yunxi-2026-${k}`;
    const created = await fetch(`${url}/campaigns`, {
      method: 'POST',
      headers: OFFICE,
      body: JSON.stringify({ ...sampleStreetCampaign(), id }),
    });
    if (created.status !== 201) throw new Error(`the campaign must be created: ${await created.text()}`);
    out.set(id, await position(url, id));
  }
  return out;
}

async function position(url: string, id: string): Promise<number> {
  const heads = (await (await fetch(`${url}/campaigns/${id}/heads`, { headers: OFFICE })).json()) as {
    position: { pos: number };
  };
  return heads.position.pos;
}

/** Whether a status answers what the mix expects of an event (a refusal is 403 or 422, a held phase request 409). */
const answers = (e: MixEvent, status: number, code: string | undefined) =>
  e.expect === 'applied'
    ? status === 200
    : e.expect === 'refused'
      ? status === 403 || status === 422
      : status === 409 && code === 'not_ready';

interface Load {
  events: number;
  retried: number;
  ms: number;
}

/**
 * `CLIENTS` senders, spread over the campaigns and the instances: each sends whole cycles of the mix (a problem's
 * lifecycle in order), every `n`-th cycle of its campaign where `n` senders share it; a request answered 409 (the
 * record moved under it) or 503 is retried under its Idempotency-Key on the next instance.
 */
async function load(
  urls: string[],
  campaigns: string[],
  cyclesPerCampaign: number,
  from: number,
): Promise<Load> {
  let retried = 0;
  let events = 0;
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      const campaign = campaigns[c % campaigns.length]!;
      const share = Math.ceil((CLIENTS - (c % campaigns.length)) / campaigns.length);
      const mine = Math.floor(c / campaigns.length);
      for (let n = from + mine; n < from + cyclesPerCampaign; n += share)
        for (const [i, e] of cycle(n, shape, now, share).entries())
          for (let attempt = 0; ; attempt++) {
            const r = await fetch(`${urls[(c + attempt) % urls.length]}/campaigns/${campaign}/events`, {
              method: 'POST',
              headers: { ...headersOf(e.actor), 'idempotency-key': `k-${n}-${i}` },
              body: JSON.stringify(e.body),
            });
            const body = (await r.json()) as { code?: string; detail?: unknown };
            if (r.status === 503 || (r.status === 409 && body.code === 'conflict')) {
              retried += 1;
              continue;
            }
            if (!answers(e, r.status, body.code))
              throw new Error(`${e.label} answered ${r.status}: ${JSON.stringify(body).slice(0, 300)}`);
            events += 1;
            break;
          }
    }),
  );
  return { events, retried, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

const pg = await startPostgres();
const instances = new Instances();
results.table('throughput', {
  en: `Events per second through the HTTP service (\`examples/http-service\` built, one process per instance), ${CLIENTS} clients, the realistic mix on the sample street, about ${EVENTS.toLocaleString('en')} events per run`,
  'zh-CN': `经 HTTP 服务处理的每秒事件数（构建后的 \`examples/http-service\`，每个实例一个进程），${CLIENTS} 个客户端，示例街道上贴近实际的事件组合，每次约 ${EVENTS.toLocaleString('en')} 个事件`,
});
for (const [name, zh, count, database] of [
  ['SQLite, 1 instance', 'SQLite，1 个实例', 1, () => ({ DATABASE_PATH: '' })],
  [
    'PostgreSQL, 1 instance',
    'PostgreSQL，1 个实例',
    1,
    async () => ({ DATABASE_URL: await pg.createDatabase(`one_${Date.now()}`) }),
  ],
  [
    'PostgreSQL, 2 instances',
    'PostgreSQL，2 个实例',
    2,
    async () => ({ DATABASE_URL: await pg.createDatabase(`two_${Date.now()}`) }),
  ],
  [
    'PostgreSQL, 4 instances',
    'PostgreSQL，4 个实例',
    4,
    async () => ({ DATABASE_URL: await pg.createDatabase(`four_${Date.now()}`) }),
  ],
] as const) {
  for (const many of [false, true]) {
    const urls = await instances.start(count, await database());
    const campaigns = await createCampaigns(urls[0]!, many ? CAMPAIGNS : 1);
    const ids = [...campaigns.keys()];
    const cycles = Math.ceil(EVENTS / 10 / ids.length);
    // One cycle per sender, untimed, warms every instance; then the timed run.
    const warm = await load(urls, ids, Math.ceil(CLIENTS / ids.length), 0);
    const run = await load(urls, ids, cycles, Math.ceil(CLIENTS / ids.length));
    // Every event answered is in the record once: each campaign moved by exactly what was sent to it.
    let recorded = 0;
    for (const [id, before] of campaigns) recorded += (await position(urls[0]!, id)) - before;
    if (recorded !== warm.events + run.events)
      throw new Error(`${name}: ${warm.events + run.events} events answered, ${recorded} recorded`);
    const over = many
      ? { en: `${ids.length} campaigns`, zh: `${ids.length} 个活动` }
      : { en: 'one campaign', zh: '1 个活动' };
    results.figure({
      id: `throughput-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${many ? 'many' : 'one'}`,
      measure: { en: `${name}, ${over.en}`, 'zh-CN': `${zh}，${over.zh}` },
      value: run.events / (run.ms / 1000),
      unit: 'events/s',
      basis: {
        en: `${run.events.toLocaleString('en')} events in ${(run.ms / 1000).toFixed(1)} s; ${run.retried} answered 409 or 503 and retried`,
        'zh-CN': `${run.events.toLocaleString('en')} 个事件，用时 ${(run.ms / 1000).toFixed(1)} 秒；${run.retried} 次答复 409 或 503 后重试`,
      },
    });
    await instances.stop();
  }
}
await pg.stop();

await responsiveness(results, instances, { office: OFFICE, median });
results.write();
