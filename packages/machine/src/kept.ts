import { canonicalJson, digestOf } from './hashing.js';

/** A refused event kept whole up to this size (of its canonical JSON, in characters); past it, a digest and an excerpt. */
const KEPT_WHOLE_CHARS = 4096;
const EXCERPT_CHARS = 1024;

/** How a refused event too large to keep whole is kept: what it was, a digest of all of it, and its beginning. */
export interface KeptExcerpt {
  kept: {
    /** The event's type, when it had a readable one. */
    type?: string;
    /** SHA-256 of the event's canonical JSON: the same event always gives the same digest. */
    digest: string;
    /** Characters of the event's canonical JSON. */
    chars: number;
    /** Its first characters, cut between characters. */
    excerpt: string;
  };
}

/**
 * What the audit keeps of an event it refuses: the event whole when it is small (so replay judges it again), else its
 * type, a digest and a bounded excerpt. However large the refused event, its entry stays within a few kilobytes, so a
 * sender refused over and over cannot grow the audit past what its refusals say.
 */
export function keptEvent(event: unknown): unknown {
  let text: string;
  try {
    text = canonicalJson(event);
  } catch {
    text = '"<unreadable>"';
  }
  if (text.length <= KEPT_WHOLE_CHARS) return event;
  const type = (event as { type?: unknown } | null)?.type;
  const cut = Array.from(text.slice(0, EXCERPT_CHARS + 2))
    .slice(0, EXCERPT_CHARS)
    .join('');
  const kept: KeptExcerpt = {
    kept: {
      ...(typeof type === 'string' && type.length <= 100 ? { type } : {}),
      digest: digestOf(text),
      chars: text.length,
      excerpt: cut,
    },
  };
  return kept;
}

/** Whether an entry's event is an excerpt kept in place of a large refused event. */
export function isKeptExcerpt(event: unknown): event is KeptExcerpt {
  return event !== null && typeof event === 'object' && Object.hasOwn(event, 'kept');
}
