import {
  type AuditEntry,
  type CampaignEventInput,
  type ChainHasher,
  type Configuration,
  compileConfiguration,
  DEFAULT_INPUT_LIMITS,
  type DispatchResult,
  dispatch,
  type InputLimits,
} from '@chuangwen/machine';
import { readUntrusted } from '@chuangwen/machine/internal';
import { inOneLine } from '@chuangwen/model/internal';
import type { RecordStore } from './contract.js';
import { ConflictError, StoreError } from './errors.js';
import { say } from './messages.js';
import { sealAppends } from './seal-appends.js';
import { storedState } from './stored-state.js';

/** The most characters an idempotency key may have; a longer one is refused, never ignored. */
export const MAX_IDEMPOTENCY_KEY = 200;

/** How to record one event: the audit key's hasher, when it was received, and what to do on a conflict. */
export interface RecordEventOptions {
  /** How entries are chained (`chainHasher`); a sealed chain's signer is asked for each entry's seal before it is written. */
  hasher: ChainHasher;
  /** When the host received the event. */
  receivedAt: string;
  limits?: InputLimits;
  /**
   * An idempotency key and a digest of the request: recorded in the entry, so a request already recorded under the key
   * is answered from that entry instead of appended twice; the same key with another request is `keyReused`.
   */
  idempotency?: { key: string; fingerprint: string };
  /** How many times to read again and retry when a writer in another process moved the record first. Default 12. */
  retries?: number;
  /** Waits between retries; by default a short random pause, so competing writers spread out. */
  pause?: (attempt: number) => Promise<void>;
}

/** What became of one event. */
export type RecordedEvent =
  | { kind: 'recorded'; result: DispatchResult; attempts: number }
  /** The key was recorded before: its entry, read back and checked against the key. */
  | { kind: 'replayed'; entry: AuditEntry }
  | { kind: 'keyReused'; entry: AuditEntry }
  | { kind: 'noCampaign' }
  /** A campaign of the first stream format, to migrate before any event. */
  | { kind: 'needsMigration' };

const defaultPause = (attempt: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.random() * 5 * 2 ** Math.min(attempt, 5)));

const writers = new WeakMap<RecordStore, Map<string, Promise<unknown>>>();

/**
 * Records one event from outside in a store: reads what it touches in one consistent read, runs `dispatch`, and
 * appends its entry with what it changes at the position it read. When another writer moved the record first, nothing
 * was written: it reads again and retries, then gives up with the `ConflictError`. Events of one campaign queue in
 * this process, so only writers elsewhere can move the record under it.
 */
export function recordEvent(
  store: RecordStore,
  campaignId: string,
  event: CampaignEventInput,
  options: RecordEventOptions,
): Promise<RecordedEvent>;
/** An event from outside, unread: a request body, a queue message. */
export function recordEvent(
  store: RecordStore,
  campaignId: string,
  input: unknown,
  options: RecordEventOptions,
): Promise<RecordedEvent>;
export function recordEvent(
  store: RecordStore,
  campaignId: string,
  input: unknown,
  options: RecordEventOptions,
): Promise<RecordedEvent> {
  let queues = writers.get(store);
  if (!queues) {
    queues = new Map();
    writers.set(store, queues);
  }
  const previous = queues.get(campaignId) ?? Promise.resolve();
  const run = previous.then(
    () => record(store, campaignId, input, options),
    () => record(store, campaignId, input, options),
  );
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(campaignId, tail);
  void tail.then(() => {
    if (queues.get(campaignId) === tail) queues.delete(campaignId);
  });
  return run;
}

/** The entry a receipt names, read back and checked: the receipt must name an entry recorded under its own key. */
async function answered(store: RecordStore, campaignId: string, key: { key: string; fingerprint: string }) {
  const found = await store.project(campaignId, { receipt: key.key });
  const receipt = found?.receipt;
  if (!receipt) return undefined;
  const page = await store.read(
    campaignId,
    { stream: receipt.entry.stream, from: receipt.entry.seq },
    { limit: 1 },
  );
  const stored = page.entries[0];
  const entry =
    stored && stored.hash === receipt.entry.hash
      ? ({ ...JSON.parse(stored.body), hash: stored.hash } as AuditEntry)
      : undefined;
  if (!entry || entry.request?.key !== key.key)
    throw new StoreError('integrity', say('receiptMisleads', { key: key.key }));
  return {
    kind: entry.request.fingerprint === key.fingerprint ? ('replayed' as const) : ('keyReused' as const),
    entry,
  };
}

async function record(
  store: RecordStore,
  campaignId: string,
  untrusted: unknown,
  options: RecordEventOptions,
): Promise<RecordedEvent> {
  // Read once: routing, lookups and dispatch then see the same plain data, whatever getters the caller's object has.
  const copied = readUntrusted(untrusted, options.limits ?? DEFAULT_INPUT_LIMITS);
  const input = copied.ok ? copied.value : untrusted;
  const key = options.idempotency;
  if (key && (typeof key.key !== 'string' || key.key.length === 0 || key.key.length > MAX_IDEMPOTENCY_KEY))
    throw new RangeError(inOneLine(say('idempotencyKeyLength', { max: MAX_IDEMPOTENCY_KEY })));
  if (key) {
    const known = await answered(store, campaignId, key);
    if (known) return known;
  }
  const retries = options.retries ?? 12;
  for (let attempt = 1; ; attempt++) {
    const state = await storedState(store, campaignId, input, options.hasher);
    if (!state) return { kind: 'noCampaign' };
    if (state === 'firstFormat') return { kind: 'needsMigration' };
    const result = dispatch(input, state, {
      hasher: options.hasher,
      receivedAt: options.receivedAt,
      ...(options.limits ? { limits: options.limits } : {}),
      ...(key ? { request: key } : {}),
    });
    // A sealed chain's entry is written with its seal or not at all; the signer's batch is shared with other campaigns.
    const [append] = await sealAppends([result.append], options.hasher);
    try {
      await store.append(campaignId, {
        appends: [append!],
        position: state.position,
        heads: new Map([[result.append.stream, result.head]]),
        next: result.position,
        changes: {
          campaign: result.campaign,
          rectification: result.rectification,
          evidence: result.evidence,
          configuration: result.configuration && {
            value: result.configuration,
            digest: configDigest(result.configuration),
          },
          receipt: key,
        },
      });
      return { kind: 'recorded', result, attempts: attempt };
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt > retries) throw error;
      if (key) {
        const raced = await answered(store, campaignId, key);
        if (raced) return raced;
      }
      await (options.pause ?? defaultPause)(attempt);
    }
  }
}

/** The digest a configuration is stored under: the one its compilation is kept by. */
const configDigest = (value: Configuration) => compileConfiguration(value).digest;
