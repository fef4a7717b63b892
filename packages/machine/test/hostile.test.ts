// Whatever a caller in the same process hands the library (a throwing getter, a revoked proxy, a proxy whose length
// lies, a cycle, nesting past any real record, a stored row of deep JSON), every entry point answers with a located
// problem: it never throws and never hangs. A seeded corpus of well over 100,000 inputs, hostile values planted at
// random places inside otherwise valid events, documents, snapshots and stored records.
import { sampleStreetCampaign } from '@chuangwen/checklists/district';
import { validateCampaign } from '@chuangwen/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chainHasher,
  MemoryRecord,
  migrateStreams,
  restoreCampaign,
  restoreRectification,
  type StoredEntry,
  verifyLegacyLog,
  verifyRecord,
} from '../src/index.js';
import { ev, INSPECTOR, OFFICE, STAFF } from './helpers.js';
import { CONFIG, INPUT, KEY, wholeCampaign } from './scenario.js';

/** A small seeded generator, so the corpus is the same on every run. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!,
  };
}
type Rng = ReturnType<typeof random>;

const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
const nullProto = () => Object.assign(Object.create(null), { message: 'no prototype' });
/** What a getter may throw: anything, including values that throw when looked at. */
const THROWN: (() => unknown)[] = [
  () => new Error('boom'),
  nullProto,
  revoked,
  () => Symbol('thrown'),
  () => undefined,
  () => ({
    get message() {
      throw revoked();
    },
  }),
];
const throwingGetter = (rng: Rng) => {
  const thrown = rng.pick(THROWN);
  return Object.defineProperty({}, 'x', {
    enumerable: true,
    get() {
      throw thrown();
    },
  });
};
const lyingArray = (rng: Rng) => {
  let reads = 0;
  const lengths = [2 ** 31, 2 ** 53, -1, Number.NaN, 'many'];
  const steady = rng.pick(lengths);
  return new Proxy([1, 2], {
    get(target, key, receiver) {
      if (key === 'length') return rng.next() < 0.5 ? steady : reads++ % 2 === 0 ? 2 : 2 ** 31;
      return Reflect.get(target, key, receiver);
    },
  });
};
const deep = (rng: Rng) => {
  let v: unknown = {};
  const depth = 100 + rng.int(2_000);
  for (let i = 0; i < depth; i++) v = rng.next() < 0.5 ? [v] : { a: v };
  return v;
};
const cyclic = () => {
  const o: Record<string, unknown> = { a: 1 };
  o.self = o;
  return o;
};
/** The hostile values planted in otherwise valid inputs. */
const HOSTILE: ((rng: Rng) => unknown)[] = [
  throwingGetter,
  revoked,
  lyingArray,
  deep,
  cyclic,
  () => 10n,
  () => () => 'function',
  () => Symbol('s'),
  () => Number.NaN,
  () => new Date(0),
  () => new Map([['a', 1]]),
  () => new Uint8Array(8),
  nullProto,
  () => 'x'.repeat(30_000),
  () => JSON.parse('{"__proto__":{"polluted":true}}'),
  () =>
    new Proxy(
      {},
      {
        ownKeys: () => {
          throw revoked();
        },
      },
    ),
  () =>
    new Proxy(
      {},
      {
        getPrototypeOf: () => {
          throw new Error('no');
        },
      },
    ),
];

/** A copy of a valid value with one place, chosen at random, holding a hostile value (or the root replaced by it). */
function plant(valid: unknown, rng: Rng): unknown {
  const hostile = rng.pick(HOSTILE)(rng);
  if (rng.next() < 0.1 || valid === null || typeof valid !== 'object') return hostile;
  const root = structuredClone(valid) as Record<string, unknown>;
  let at: Record<string, unknown> = root;
  for (let depth = 0; depth < 6; depth++) {
    const keys = Object.keys(at);
    if (keys.length === 0) break;
    const key = rng.pick(keys);
    const next = at[key];
    if (next === null || typeof next !== 'object' || rng.next() < 0.3) {
      at[key] = hostile;
      return root;
    }
    at = next as Record<string, unknown>;
  }
  at.hostile = hostile;
  return root;
}

/** Stored entries as a store hands them, with one of them (or the list itself) hostile. */
function storedEntries(valid: readonly StoredEntry[], rng: Rng): unknown {
  const roll = rng.int(5);
  const list: unknown[] = [...valid];
  const at = rng.int(list.length);
  if (roll === 0) list[at] = { body: `${'['.repeat(20_000)}${']'.repeat(20_000)}`, hash: 'x' };
  else if (roll === 1) list[at] = plant(list[at], rng);
  else if (roll === 2) {
    const depth = 300 + rng.int(2_000);
    list[at] = { body: `${'{"a":'.repeat(depth)}{}${'}'.repeat(depth)}`, hash: valid[at]!.hash };
  } else if (roll === 3)
    return {
      [Symbol.iterator]: () => ({
        next: () => {
          throw rng.pick(THROWN)();
        },
      }),
    };
  else return plant(list, rng);
  return list;
}

describe('hostile values from inside the process', () => {
  it('never make an entry point throw or hang, over a corpus of more than 100,000 inputs', {
    timeout: 0,
  }, () => {
    const rng = random(20261206);
    // A short record to verify and migrate again and again, so the corpus stays large and the run short.
    const whole = wholeCampaign().record;
    const short = new MemoryRecord(INPUT, OFFICE, { key: KEY, configuration: CONFIG });
    short.dispatch(ev('plan.issued', OFFICE, { plan: 'work' }));
    short.dispatch(ev('phase.force', STAFF, { reason: '想推进' }));
    const stored = short.entries('campaign');
    const document = sampleStreetCampaign();
    const event = ev('observation.recorded', INSPECTOR, {
      observation: {
        id: 'o1',
        standardRef: '06.01.01',
        scope: { kind: 'site', siteId: 's1' },
        observedAt: '2026-04-02T09:00:00+08:00',
        method: 'fieldInspection',
        source: 'supervisionCheck',
        outcome: 'fail',
      },
    });
    const events = [
      event,
      ev('plan.issued', OFFICE, { plan: 'work' }),
      ev('rectification.started', STAFF, { rectificationId: 'r1' }),
    ];
    const legacy = [
      { seq: 0, at: 'x', actor: null, event: {}, outcome: 'applied', prevHash: '0'.repeat(64), hash: 'y' },
    ];
    const hasher = chainHasher(KEY);
    let record = new MemoryRecord(INPUT, OFFICE, { key: KEY, configuration: CONFIG });
    const targets: [string, (input: unknown) => unknown][] = [
      ['validateCampaign', (i) => validateCampaign(i)],
      ['restoreCampaign', (i) => restoreCampaign(i)],
      ['restoreRectification', (i) => restoreRectification(i)],
      ['dispatch', (i) => record.dispatch(i)],
      ['verifyLegacyLog', (i) => verifyLegacyLog(i)],
      [
        'verifyRecord',
        (i) =>
          verifyRecord(
            {
              campaignId: whole.campaignId,
              campaign: { entries: i as StoredEntry[], snapshot: whole.campaign },
            },
            { hasher },
          ),
      ],
      [
        'migrateStreams',
        (i) =>
          migrateStreams(
            {
              campaignId: whole.campaignId,
              streams: [['campaign', i as StoredEntry[]]],
              snapshot: whole.campaign,
            },
            { hasher, actor: OFFICE, at: '2026-11-01T09:00:00+08:00', configuration: CONFIG },
          ),
      ],
    ];
    const valid: Record<string, () => unknown> = {
      validateCampaign: () => document,
      restoreCampaign: () => whole.campaign,
      restoreRectification: () => whole.rectification('r1'),
      dispatch: () => rng.pick(events),
      verifyLegacyLog: () => legacy,
      verifyRecord: () => stored,
      migrateStreams: () => stored,
    };
    const threw: string[] = [];
    let inputs = 0;
    // Random JSON as well as planted values: the library answers anything a request body can hold.
    const json = fc.sample(fc.jsonValue({ maxDepth: 6 }), { numRuns: 20_000, seed: 7 });
    for (let round = 0; inputs < 102_000; round++) {
      for (const [name, call] of targets) {
        const input =
          round % 5 === 0
            ? json[(round / 5) % json.length]
            : name === 'verifyRecord' || name === 'migrateStreams'
              ? storedEntries(stored, rng)
              : plant(valid[name]!(), rng);
        inputs += 1;
        try {
          call(input);
        } catch (error) {
          threw.push(`${name}: ${String((error as Error)?.message ?? error).slice(0, 120)}`);
        }
      }
      if (round % 500 === 0) record = new MemoryRecord(INPUT, OFFICE, { key: KEY, configuration: CONFIG });
    }
    expect(threw.slice(0, 5)).toEqual([]);
    expect(inputs).toBeGreaterThanOrEqual(100_000);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // What was dispatched among all that is still a record that verifies.
    expect(record.verify().problems).toEqual([]);
  });
});
