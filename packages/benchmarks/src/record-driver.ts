// Drives records of the realistic mix in memory: a campaign record of a shape, its clock, the next events of its mix,
// and sending them with each outcome checked; and writing such a record whole into a store, as one commit.
import {
  type Append,
  type AuditEntry,
  type ChainHasher,
  type DispatchResult,
  EMPTY_POSITION,
  MemoryRecord,
  type RecordedFramework,
  recordedFramework,
} from '@chuangwen/machine';
import type { RecordStore } from '@chuangwen/store';
import { type CampaignShape, configurationParts, cycle, type Expected, type MixEvent } from './mix.js';
import { since } from './results.js';

/** The audit key every benchmark chains with. */
export const KEY = 'benchmark-audit-key-0123456789abcdef';

/** A clock that moves a minute each time it is read, from the campaign's first day (plus `minutes`). */
function clock(minutes = 0) {
  let minute = minutes;
  const at = () => new Date(Date.parse('2026-03-01T09:00:00+08:00') + minute++ * 60_000).toISOString();
  return Object.assign(at, { minute: () => minute });
}

/** A campaign record in memory, the shape it is of, its clock and how many cycles of the mix it has had. */
export interface Running {
  record: MemoryRecord;
  shape: CampaignShape;
  at: ReturnType<typeof clock>;
  cycles: number;
}

/** A new record of a campaign of this shape, judged by `framework`, with its own clock. */
export function newRecord(
  shape: CampaignShape,
  framework: Parameters<typeof recordedFramework>[0] | RecordedFramework,
  campaignId = 'c-bench',
  hasher?: ChainHasher,
): Running {
  const at = clock();
  const recorded = 'contentHash' in framework ? framework : recordedFramework(framework, 'main');
  const record = new MemoryRecord(
    {
      campaignId,
      at: at(),
      units: Object.fromEntries(shape.units.map((u, i) => [u, i % 5 ? 'responsible' : 'lead'])),
    },
    shape.office,
    { key: KEY, hasher, configuration: { ...configurationParts(shape), frameworks: [recorded] } },
  );
  return { record, shape, at, cycles: 0 };
}

/** A copy of a record's mix state that goes on where it stopped (the same cycle and moment), with its own clock. */
export const goOn = (r: Running): Running => ({ ...r, at: clock(r.at.minute()) });

/** The next `events` events of a record's mix, built (and dated) before anything is timed. */
export function nextEvents(r: Pick<Running, 'shape' | 'at' | 'cycles'>, events: number): MixEvent[] {
  const out: MixEvent[] = [];
  while (out.length < events) out.push(...cycle(r.cycles++, r.shape, r.at));
  return out;
}

/** What an event came to. */
const outcomeOf = (r: DispatchResult): Expected =>
  r.rejection ? 'refused' : r.refused ? 'blocked' : 'applied';

/** Stops the run when an event of the mix came to anything but what the mix expects of it. */
export function expectOutcome(event: MixEvent, result: DispatchResult): void {
  const got = outcomeOf(result);
  if (got !== event.expect)
    throw new Error(
      `${event.label} came to ${got}: ${result.rejection?.reason.en ?? result.refused?.[0]?.code}`,
    );
}

/** Adds one event's time to its kind. */
export function tally(byKind: Map<string, number[]> | undefined, label: string, ms: number): void {
  if (!byKind) return;
  const list = byKind.get(label) ?? [];
  list.push(ms);
  byKind.set(label, list);
}

/**
 * Dispatches events through the record, each timed and its outcome checked. Returns the total milliseconds, and adds
 * each event's time to `byKind`.
 */
export function send(r: Running, events: readonly MixEvent[], byKind?: Map<string, number[]>): number {
  const prepared = events.map((e) => ({ ...e.body, actor: e.actor }));
  let total = 0;
  for (let i = 0; i < prepared.length; i++) {
    const event = prepared[i]!;
    const start = process.hrtime.bigint();
    const result = r.record.dispatch(event, event.at);
    const ms = since(start);
    total += ms;
    expectOutcome(events[i]!, result);
    tally(byKind, events[i]!.label, ms);
  }
  return total;
}

/** Sends `events` events of the mix, in slices, untimed. */
export function fill(r: Running, events: number): void {
  for (let done = 0; done < events; done += 10_000) send(r, nextEvents(r, Math.min(10_000, events - done)));
}

/**
 * Writes a record kept in memory into a store as one commit at position 0: its entries in the order of their
 * positions, its heads, and the projections they leave (snapshot, configuration, rectifications, evidence). The store
 * then holds what recording each event through it would have left, built in seconds instead of hours; the benchmarks
 * verify it before timing anything on it.
 */
export async function writeRecord(store: RecordStore, r: Running): Promise<void> {
  const { record } = r;
  const appends: Append[] = [];
  for (const stream of record.streamIds())
    for (const e of record.entries(stream))
      appends.push({
        stream,
        entry: { ...JSON.parse(e.body), hash: e.hash } as AuditEntry,
        body: e.body,
        ...(e.seal ? { seal: e.seal } : {}),
      });
  appends.sort((a, b) => a.entry.pos! - b.entry.pos!);
  await store.append(record.campaignId, {
    appends,
    position: EMPTY_POSITION,
    next: record.position,
    heads: new Map(record.projection.streamHeads()),
    changes: {
      campaign: record.campaign,
      configuration: { value: record.configuration.value, digest: record.configuration.digest },
      seed: { rectifications: record.allRectifications(), evidence: [...record.evidence.items()] },
      document: null,
    },
  });
}
