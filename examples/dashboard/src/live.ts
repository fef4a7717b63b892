// Keeps the page live: polls every stream's head and reloads when one moves. The service has no push channel, and
// the heads are a few bytes, so a short poll is cheap.
import { readHeads } from './data/service-source.js';

/** What to poll and what to do when the record moves. */
export interface PollOptions {
  api: string;
  campaignId: string;
  everyMs: number;
  /** The heads the data on screen was read after, so a change in between is not missed. */
  seen: string;
  /** Reloads; the heads read before it become the ones seen. */
  changed: () => Promise<void>;
  failed: (error: unknown) => void;
  /** The heads were read again after a failed read: the service is reachable again. */
  recovered?: () => void;
}

/** Polls the heads of a campaign's streams and calls `changed` whenever they moved. Returns a stop. */
export function pollHeads(options: PollOptions): () => void {
  let seen = options.seen;
  let stopped = false;
  let failing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = async () => {
    try {
      const heads = await readHeads(options.api, options.campaignId);
      if (failing && !stopped) options.recovered?.();
      failing = false;
      if (heads !== seen && !stopped) {
        seen = heads;
        await options.changed();
      }
    } catch (error) {
      failing = true;
      options.failed(error);
    }
    if (!stopped) timer = setTimeout(tick, options.everyMs);
  };
  timer = setTimeout(tick, options.everyMs);
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
  };
}
