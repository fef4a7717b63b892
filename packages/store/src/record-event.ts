import {
  type CampaignConfig,
  type CampaignEventInput,
  type ChainHasher,
  DEFAULT_INPUT_LIMITS,
  type DispatchResult,
  dispatch,
  emptyHead,
  type InputLimits,
  type RolePolicy,
  routeOf,
} from '@chuangwen/machine';
import { evidenceLookups, readUntrusted } from '@chuangwen/machine/internal';
import type { Receipt, RecordStore } from './contract.js';
import { ConflictError } from './errors.js';

/** How to record one event: the host's audit key, configuration and policy, and what to do on a conflict. */
export interface RecordEventOptions {
  hasher: ChainHasher;
  config?: CampaignConfig;
  policy?: RolePolicy;
  limits?: InputLimits;
  /** When the host received the event. */
  receivedAt: string;
  /**
   * An idempotency key and a digest of the request: a request already recorded under the key gets its reply again
   * instead of appending twice; the same key with another request is refused as `keyReused`.
   */
  idempotency?: {
    key: string;
    fingerprint: string;
    /** The reply to keep under the key (what the host answered), built from the result. */
    reply: (result: DispatchResult) => unknown;
  };
  /** How many times to read again and retry when a writer in another process moved a head first. Default 12. */
  retries?: number;
  /** Waits between retries; by default a short random pause, so competing writers spread out. */
  pause?: (attempt: number) => Promise<void>;
}

/** What became of one event. */
export type RecordedEvent =
  | { kind: 'recorded'; result: DispatchResult; attempts: number }
  | { kind: 'replayed'; receipt: Receipt }
  | { kind: 'keyReused'; receipt: Receipt }
  | { kind: 'noCampaign' };

const defaultPause = (attempt: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.random() * 5 * 2 ** Math.min(attempt, 5)));

/**
 * Records one event from outside in a store: reads what it touches (the route's stream, the campaign stream, the
 * evidence it looks up) in one consistent read, runs `dispatch`, and commits what it returns at the heads it read. When
 * another writer moved a head first, nothing was written: it reads again and retries, then gives up with the
 * `ConflictError`. A snapshot of an older version is written back migrated with the next commit.
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
  // One writer per campaign per process: events of a campaign queue here, so only writers in other processes (or
  // other stores) can move a head under this one, and retries stay rare.
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

const writers = new WeakMap<RecordStore, Map<string, Promise<unknown>>>();

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
  const known = key && (await store.receipt(campaignId, key.key));
  if (known)
    return known.fingerprint === key.fingerprint
      ? { kind: 'replayed', receipt: known }
      : { kind: 'keyReused', receipt: known };
  const route = routeOf(input);
  const lookups = evidenceLookups(input);
  const retries = options.retries ?? 12;
  for (let attempt = 1; ; attempt++) {
    const state = await store.load(campaignId, {
      stream: route.stream,
      lookups,
      emptyHead: (stream) => emptyHead(options.hasher, campaignId, stream),
    });
    if (!state) return { kind: 'noCampaign' };
    const result = dispatch(input, state, {
      hasher: options.hasher,
      receivedAt: options.receivedAt,
      ...(options.config ? { config: options.config } : {}),
      ...(options.policy ? { policy: options.policy } : {}),
      ...(options.limits ? { limits: options.limits } : {}),
    });
    try {
      await store.commit(campaignId, {
        appends: result.appends,
        campaign: result.campaign ?? (state.migrated ? state.campaign.snapshot : undefined),
        rectification: result.rectification,
        evidence: result.evidence,
        receipt: key && { key: key.key, fingerprint: key.fingerprint, response: key.reply(result) },
      });
      return { kind: 'recorded', result, attempts: attempt };
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt > retries) throw error;
      if (key) {
        const raced = await store.receipt(campaignId, key.key);
        if (raced)
          return raced.fingerprint === key.fingerprint
            ? { kind: 'replayed', receipt: raced }
            : { kind: 'keyReused', receipt: raced };
      }
      await (options.pause ?? defaultPause)(attempt);
    }
  }
}
