// The audit chain's algorithms and an external signer. Verification of 100,000 entries under HMAC-SHA-256 (the first
// format), HMAC-SM3, and an SM3 chain sealed entry by entry, with node:crypto (and HMAC-SM3 in the portable fallback
// browsers use); then one campaign's events per second with a key in the process against a signer that answers in
// 2 ms a call (a simulated device), batched and one call per event, in memory and through a SQLite store. Writes
// results/chains.json.
import { createHash, createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineFramework } from '@chuangwen/checklists';
import { syntheticFramework, syntheticStandardCodes } from '@chuangwen/fixtures';
import {
  type Actor,
  type ChainHasher,
  type ChainSigner,
  chainHasher,
  EMPTY_POSITION,
  type Head,
  localSigner,
  type Position,
  type StoredEntry,
  sealQueueOf,
  verifyChain,
} from '@chuangwen/machine';
import { chainEntry, emptyHead } from '@chuangwen/machine/internal';
import { type RecordStore, recordEvent } from '@chuangwen/store';
import { openSqliteStore } from '@chuangwen/store/sqlite';
import { MIX_DESCRIPTION, type MixEvent, shapeOf } from './mix.js';
import {
  expectOutcome,
  fill,
  goOn,
  newRecord,
  nextEvents,
  type Running,
  writeRecord,
} from './record-driver.js';
import { median, Results, since, size } from './results.js';

const results = new Results('chains', 'npm run build && npm run chains -w @chuangwen/benchmarks');
const ENTRIES = size(results, 'BENCH_CHAIN_ENTRIES', 100_000);
const PORTABLE_ENTRIES = size(results, 'BENCH_PORTABLE_ENTRIES', 10_000);
const EVENTS = size(results, 'BENCH_SIGNER_EVENTS', 20_000);
const STORE_EVENTS = size(results, 'BENCH_STORE_EVENTS', 300);
const LATENCY = size(results, 'BENCH_SIGNER_LATENCY_MS', 2);
const ROUNDS = size(results, 'BENCH_ROUNDS', 5);
console.log(`Node ${process.version}; the mix: ${MIX_DESCRIPTION.en}\n`);

const KEY = 'benchmark-audit-key-0123456789abcdef';
const DEVICE_KEY = 'benchmark-key-inside-the-device-0123';
const inspector: Actor = { id: 'p-insp', role: 'inspector', assignment: { siteIds: [], unitIds: ['u1'] } };
const basis = { en: `median of ${ROUNDS} rounds, warmed`, 'zh-CN': `${ROUNDS} 轮的中位数，已预热` };

/** A signer as a device behind the network: the key is not in this process, and every call takes `latency` ms. */
function simulatedDevice(keyId: string) {
  const inside = localSigner({ algorithm: 'hmac-sm3', keyId, key: DEVICE_KEY });
  const stats = { calls: 0, hashes: 0, ms: 0 };
  const signer: ChainSigner = {
    algorithm: 'hmac-sm3',
    keyId,
    async seal(hashes) {
      const start = process.hrtime.bigint();
      stats.calls += 1;
      stats.hashes += hashes.length;
      await new Promise((resolve) => setTimeout(resolve, LATENCY));
      const seals = hashes.map((h) => inside.sealNow!(h));
      stats.ms += since(start);
      return seals;
    },
  };
  return { signer, stats };
}

/** Typical entries (observations with a finding and evidence), chained by a hasher and sealed when it seals. */
function chained(hasher: ChainHasher, count: number) {
  const genesis = emptyHead(hasher, 'c-bench', 'evidence');
  let head: Head = genesis;
  let position: Position = EMPTY_POSITION;
  const entries: StoredEntry[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const at = new Date(Date.parse('2026-03-01T09:00:00+08:00') + i * 60_000).toISOString();
    const event = {
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
      },
    };
    const c = chainEntry(
      'evidence',
      head,
      position,
      { at, actor: inspector, outcome: 'applied', event },
      hasher,
    );
    const seal = hasher.signer?.sealNow?.(c.entry.hash);
    entries.push(seal ? { body: c.body, hash: c.entry.hash, seal } : { body: c.body, hash: c.entry.hash });
    bytes += Buffer.byteLength(c.body);
    head = c.head;
    position = c.position;
  }
  return { entries, bytes, head };
}

/**
 * Verification throughput of a chain, in MB/s: `verifyChain` without parsing, median of the rounds after a warm one;
 * with `floor`, also node:crypto's HMAC over each entry and nothing else, interleaved.
 */
function verifyRate(
  hasher: ChainHasher,
  count: number,
  floor?: 'sha256' | 'sm3',
): { rate: number; bytes: number; floor?: number } {
  const { entries, bytes, head } = chained(hasher, count);
  const ms: number[] = [];
  const floorMs: number[] = [];
  const keyBytes = new TextEncoder().encode(KEY);
  for (let round = 0; round <= ROUNDS; round++) {
    if (floor) {
      const start = process.hrtime.bigint();
      let prev = JSON.parse(entries[0]!.body).prevHash as string;
      for (const e of entries) prev = createHmac(floor, keyBytes).update(prev).update(e.body).digest('hex');
      if (prev !== head.hash) throw new Error('the floor must reach the same head');
      if (round > 0) floorMs.push(since(start));
    }
    const start = process.hrtime.bigint();
    const check = verifyChain('evidence', entries, {
      hasher,
      campaignId: 'c-bench',
      anchor: { stream: 'evidence', seq: head.seq, hash: head.hash },
      parse: false,
    });
    if (round > 0) ms.push(since(start));
    if (!check.ok) throw new Error(`the chain must verify: ${check.problems[0]?.message.en}`);
  }
  const rate = (list: number[]) => bytes / 1e6 / (median(list) / 1000);
  return floor ? { rate: rate(ms), bytes, floor: rate(floorMs) } : { rate: rate(ms), bytes };
}

// 1. Verification by algorithm.
results.table('verify', {
  en: `Verifying ${ENTRIES.toLocaleString('en')} entries (observations) by chain algorithm: \`verifyChain\`, hashes, links and anchor`,
  'zh-CN': `按链算法验证 ${ENTRIES.toLocaleString('en')} 条记录（测评记录）：\`verifyChain\`，哈希、链接与锚点`,
});
const sm3Key = chainHasher(KEY, { algorithm: 'hmac-sm3', keyId: 'bench-2026' });
const verifications: [string, string, string, ChainHasher, number, boolean, ('sha256' | 'sm3')?][] = [
  [
    'hmac-sha256',
    'HMAC-SHA-256 (the first format), node:crypto',
    'HMAC-SHA-256（第一种格式），node:crypto',
    chainHasher(KEY),
    ENTRIES,
    false,
    'sha256',
  ],
  [
    'hmac-sm3',
    'HMAC-SM3 under a key id, node:crypto',
    '带密钥编号的 HMAC-SM3，node:crypto',
    sm3Key,
    ENTRIES,
    true,
    'sm3',
  ],
  [
    'sm3-sealed',
    'SM3 links, each entry’s HMAC-SM3 seal checked with the key in this process, node:crypto',
    'SM3 链接，每条记录的 HMAC-SM3 封印用本进程内的密钥核验，node:crypto',
    chainHasher(undefined, {
      signer: localSigner({ algorithm: 'hmac-sm3', keyId: 'hsm-1', key: DEVICE_KEY }),
    }),
    ENTRIES,
    false,
  ],
  [
    'hmac-sm3-portable',
    `HMAC-SM3, the portable implementation browsers use (${PORTABLE_ENTRIES.toLocaleString('en')} entries)`,
    `HMAC-SM3，浏览器所用的可移植实现（${PORTABLE_ENTRIES.toLocaleString('en')} 条）`,
    chainHasher(KEY, { algorithm: 'hmac-sm3', keyId: 'bench-2026', portable: true }),
    PORTABLE_ENTRIES,
    false,
  ],
];
for (const [id, en, zh, hasher, count, target, floor] of verifications) {
  const { rate, bytes, floor: floorRate } = verifyRate(hasher, count, floor);
  results.figure({
    id: `verify-${id}`,
    measure: { en, 'zh-CN': zh },
    value: rate,
    unit: 'MB/s',
    basis: {
      en: `${basis.en}; ${(bytes / 1e6).toFixed(1)} MB, ${Math.round(bytes / count)} B an entry`,
      'zh-CN': `${basis['zh-CN']}；${(bytes / 1e6).toFixed(1)} MB，每条 ${Math.round(bytes / count)} 字节`,
    },
    ...(target ? { target: { comparison: '>=' as const, value: 100, source: 'issue 24' } } : {}),
  });
  if (floorRate !== undefined)
    results.figure({
      id: `floor-${id}`,
      measure: {
        en: `floor: \`createHmac('${floor}')\` over each entry and nothing else`,
        'zh-CN': `基线：仅对每条记录计算 \`createHmac('${floor}')\``,
      },
      value: floorRate,
      unit: 'MB/s',
      basis,
    });
}
{
  // What the machine's OpenSSL does with SM3 at all: one large buffer, no per-entry cost.
  const buffer = Buffer.alloc(64 * 2 ** 20, 0x61);
  const ms: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    const start = process.hrtime.bigint();
    createHash('sm3').update(buffer).digest('hex');
    if (round > 0) ms.push(since(start));
  }
  results.figure({
    id: 'sm3-bulk',
    measure: {
      en: "`createHash('sm3')` over one 64 MiB buffer: the machine's SM3 speed",
      'zh-CN': "`createHash('sm3')` 处理一个 64 MiB 缓冲区：本机的 SM3 速度",
    },
    value: buffer.length / 1e6 / (median(ms) / 1000),
    unit: 'MB/s',
    basis,
  });
}

// 2. One campaign's events per second: a key in the process against a signer answering in LATENCY ms a call.
const codes = syntheticStandardCodes(10, 5, 6);
const framework = defineFramework(syntheticFramework(codes) as never);
const shape = shapeOf(100, 5, codes);
const campaign = (id: string, hasher: ChainHasher) => {
  const r = newRecord(shape, framework, id, hasher);
  fill(r, 2_000);
  return r;
};
// Warm the JIT on a throwaway record first.
fill(newRecord(shape, framework, 'warm', sm3Key), 10_000);

results.table('signer', {
  en: `One campaign’s events per second (the realistic mix; 100 units, 500 sites, ${codes.length} standards): a key in the process against a signer answering in ${LATENCY} ms a call`,
  'zh-CN': `一项创建工作每秒处理的事件数（贴近实际的组合；100 个单位、500 个点位、${codes.length} 条标准）：本进程内的密钥，对比每次调用需 ${LATENCY} 毫秒的签名方`,
});

/** Dispatches events in slices, yielding to the event loop between them as a server between requests; ms until all are sealed. */
async function pipelined(r: Running, events: readonly MixEvent[]): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < events.length; i += 50) {
    for (const e of events.slice(i, i + 50))
      expectOutcome(e, r.record.dispatch({ ...e.body, actor: e.actor }, e.body.at));
    await new Promise((resolve) => setImmediate(resolve));
  }
  await r.record.sealed();
  return since(start);
}

const syncRecord = campaign('c-sync', sm3Key);
const device = simulatedDevice('hsm-batched');
const sealedRecord = campaign('c-sealed', chainHasher(undefined, { signer: device.signer }));
await sealedRecord.record.sealed();
const syncMs: number[] = [];
const sealedMs: number[] = [];
const per = Math.max(1, Math.floor(EVENTS / ROUNDS));
let calls = 0;
// Interleaved, and each first in every other round, so the machine's noise and the collector fall on both alike.
for (let round = 0; round < ROUNDS; round++) {
  const sync = async () => syncMs.push(await pipelined(syncRecord, nextEvents(syncRecord, per)));
  const sealed = async () => {
    const before = device.stats.calls;
    sealedMs.push(await pipelined(sealedRecord, nextEvents(sealedRecord, per)));
    calls += device.stats.calls - before;
  };
  if (round % 2) {
    await sealed();
    await sync();
  } else {
    await sync();
    await sealed();
  }
}
const syncRate = (per * 1000) / median(syncMs);
const sealedRate = (per * 1000) / median(sealedMs);
const meanCall = device.stats.ms / device.stats.calls;
const eventsBasis = {
  en: `${ROUNDS} rounds of ${per.toLocaleString('en')} events, interleaved, median; dispatched in slices of 50 with the event loop between, until every entry is sealed; the key's link is HMAC-SM3, the signer's chain links by plain SM3 and the simulated device's HMAC-SM3 runs in this process too`,
  'zh-CN': `${ROUNDS} 轮、每轮 ${per.toLocaleString('en')} 个事件，交替测得的中位数；每 50 个一批分派、其间让出事件循环，直到每条记录都已封印；密钥方式以 HMAC-SM3 相连，签名方式以 SM3 相连，模拟设备的 HMAC-SM3 也在本进程内计算`,
};
results.figure({
  id: 'events-key',
  measure: {
    en: 'in memory (`MemoryRecord`), HMAC-SM3 with the key in the process',
    'zh-CN': '内存中（`MemoryRecord`），密钥在本进程内的 HMAC-SM3',
  },
  value: syncRate,
  unit: 'events/s',
  basis: eventsBasis,
});
results.figure({
  id: 'events-signer-batched',
  measure: {
    en: `in memory, SM3 chain sealed by the signer (${LATENCY} ms a call), batched`,
    'zh-CN': `内存中，SM3 链由签名方封印（每次调用 ${LATENCY} 毫秒），批量调用`,
  },
  value: sealedRate,
  unit: 'events/s',
  basis: {
    en: `${eventsBasis.en}; ${((per * ROUNDS) / calls).toFixed(0)} hashes a call on average, each answered after ${meanCall.toFixed(1)} ms (the ${LATENCY} ms timer, and the event loop busy dispatching)`,
    'zh-CN': `${eventsBasis['zh-CN']}；平均每次调用 ${((per * ROUNDS) / calls).toFixed(0)} 个哈希，每次在 ${meanCall.toFixed(1)} 毫秒后得到答复（${LATENCY} 毫秒的定时器，加上忙于分派的事件循环）`,
  },
});
results.figure({
  id: 'events-signer-ratio',
  measure: {
    en: 'batched through the signer, against the key in the process',
    'zh-CN': '经签名方批量封印，对比密钥在本进程内',
  },
  value: sealedRate / syncRate,
  unit: 'x',
  basis: {
    en: `${Math.round(sealedRate).toLocaleString('en')} against ${Math.round(syncRate).toLocaleString('en')} events/s`,
    'zh-CN': `${Math.round(sealedRate).toLocaleString('en')} 对 ${Math.round(syncRate).toLocaleString('en')} 个事件/秒`,
  },
  target: { comparison: '>=', value: 0.5, source: 'issue 24' },
});
// One call per event, each awaited before the next: what batching saves.
{
  const single = simulatedDevice('hsm-single');
  sealQueueOf(single.signer, { maxBatch: 1, maxInFlight: 1 });
  const r = campaign('c-single', chainHasher(undefined, { signer: single.signer }));
  await r.record.sealed();
  const events = nextEvents(r, Math.min(500, per));
  const start = process.hrtime.bigint();
  for (const e of events) {
    expectOutcome(e, r.record.dispatch({ ...e.body, actor: e.actor }, e.body.at));
    await r.record.sealed();
  }
  results.figure({
    id: 'events-signer-single',
    measure: {
      en: `in memory, one call to the signer per event, each awaited (${events.length} events)`,
      'zh-CN': `内存中，每个事件调用一次签名方并等待（${events.length} 个事件）`,
    },
    value: (events.length * 1000) / since(start),
    unit: 'events/s',
  });
}

// 3. Through a store (SQLite): each event read, judged, sealed and written in its own transaction.
const dir = mkdtempSync(join(tmpdir(), 'chuangwen-chains-bench-'));
try {
  const store: RecordStore = await openSqliteStore(join(dir, 'chains.db'));
  const storeDevice = simulatedDevice('hsm-store');
  /** Records events one by one through the store; events per second. */
  const through = async (r: Running, hasher: ChainHasher, events: readonly MixEvent[]) => {
    const start = process.hrtime.bigint();
    for (const e of events) {
      const outcome = await recordEvent(
        store,
        r.record.campaignId,
        { ...e.body, actor: e.actor },
        { hasher, receivedAt: e.body.at },
      );
      if (outcome.kind !== 'recorded') throw new Error(`${e.label}: ${outcome.kind}`);
      expectOutcome(e, outcome.result);
    }
    return (events.length * 1000) / since(start);
  };
  const storeSealed = chainHasher(undefined, { signer: storeDevice.signer });
  const keyed = campaign('s-key', sm3Key);
  const sealed = campaign('s-sealed', storeSealed);
  await sealed.record.sealed();
  for (const r of [keyed, sealed]) await writeRecord(store, r);
  const [keyedRun, sealedRun] = [goOn(keyed), goOn(sealed)];
  await through(keyedRun, sm3Key, nextEvents(keyedRun, 50));
  await through(sealedRun, storeSealed, nextEvents(sealedRun, 50));
  const keyedRates: number[] = [];
  const sealedRates: number[] = [];
  const slice = Math.max(1, Math.floor(STORE_EVENTS / ROUNDS));
  for (let round = 0; round < ROUNDS; round++) {
    keyedRates.push(await through(keyedRun, sm3Key, nextEvents(keyedRun, slice)));
    sealedRates.push(await through(sealedRun, storeSealed, nextEvents(sealedRun, slice)));
  }
  results.table('store', {
    en: 'One campaign’s events per second through a store (SQLite, `recordEvent` one after another): each entry is written with its seal, so a store waits for the signer once per event of a campaign',
    'zh-CN':
      '一项创建工作经存储（SQLite，逐个 `recordEvent`）每秒处理的事件数：每条记录与其封印一同写入，因此同一创建工作的每个事件都要等待一次签名方',
  });
  const storeBasis = {
    en: `median of ${ROUNDS} rounds of ${slice} events, warmed`,
    'zh-CN': `${ROUNDS} 轮、每轮 ${slice} 个事件的中位数，已预热`,
  };
  results.figure({
    id: 'store-key',
    measure: { en: 'HMAC-SM3 with the key in the process', 'zh-CN': '密钥在本进程内的 HMAC-SM3' },
    value: median(keyedRates),
    unit: 'events/s',
    basis: storeBasis,
  });
  results.figure({
    id: 'store-signer',
    measure: {
      en: `SM3 chain sealed by the signer (${LATENCY} ms a call)`,
      'zh-CN': `SM3 链由签名方封印（每次调用 ${LATENCY} 毫秒）`,
    },
    value: median(sealedRates),
    unit: 'events/s',
    basis: storeBasis,
  });
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
results.write();
