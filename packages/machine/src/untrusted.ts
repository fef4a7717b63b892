import type { BilingualText } from '@chuangwen/model';
import { say } from './messages.js';
import { sha256Hex } from './sha256.js';

/** Bounds on what an event from outside may hold; each one past its bound is a `malformed` rejection, never a crash. */
export interface InputLimits {
  /** Nesting depth of objects and arrays. */
  maxDepth: number;
  /** Characters of any one string or key. */
  maxStringLength: number;
  /** Keys, items and values altogether. */
  maxNodes: number;
  /** Characters of all strings and keys altogether. */
  maxChars: number;
}

/** Generous for any real event (an observation with its evidence list), small enough to bound time and memory. */
export const DEFAULT_INPUT_LIMITS: Readonly<InputLimits> = Object.freeze({
  maxDepth: 24,
  maxStringLength: 20_000,
  maxNodes: 20_000,
  maxChars: 1_000_000,
});

/**
 * Bounds for configuration events, which carry whole unit and site lists and framework editions: a district's
 * configuration (thousands of sites, a framework of several hundred standards) reads well within them.
 */
export const CONFIGURATION_INPUT_LIMITS: Readonly<InputLimits> = Object.freeze({
  maxDepth: 32,
  maxStringLength: 20_000,
  maxNodes: 4_000_000,
  maxChars: 64_000_000,
});

/** How a malformed event is kept in the audit: a digest and a bounded excerpt, never the whole of it. */
export interface MalformedRecord {
  /**
   * SHA-256 of the canonical JSON of the whole input when it could be read within the limits (so the same input always
   * gives the same digest), or of the excerpt when it could not.
   */
  digest: string;
  /** Characters read before reading stopped. */
  read: number;
  /** The first 2,048 characters of the input as JSON. */
  excerpt: string;
}

/** The input as plain JSON data, or why it cannot be read, with what to audit instead. */
export type UntrustedRead =
  | { ok: true; value: unknown }
  | { ok: false; reason: BilingualText; where: string; record: MalformedRecord };

class Stop extends Error {
  constructor(
    readonly reason: BilingualText,
    readonly where: string,
  ) {
    super(reason.en);
  }
}

const EXCERPT_CHARS = 2048;

/**
 * Reads an event from outside into plain JSON data within the limits. Never throws: a throwing getter, a revoked
 * proxy, a BigInt, a function, a cycle, a `__proto__` key, or anything past a limit gives a located reason and a
 * digest with a bounded excerpt to audit. Linear in what it reads.
 */
export function readUntrusted(input: unknown, limits: InputLimits = DEFAULT_INPUT_LIMITS): UntrustedRead {
  let nodes = 0;
  let chars = 0;
  const seen = new Set<object>();
  // The path to the value being read, joined into a pointer only when a problem is reported there.
  const path: (string | number)[] = [];
  const here = () => path.map((p) => `/${p}`).join('');
  const text = (s: string, where: () => string) => {
    chars += s.length;
    if (s.length > limits.maxStringLength)
      throw new Stop(say('stringTooLong', { length: s.length }), where());
    if (chars > limits.maxChars) throw new Stop(say('eventTooLarge'), where());
  };
  const copy = (value: unknown, depth: number): unknown => {
    nodes += 1;
    if (nodes > limits.maxNodes) throw new Stop(say('tooManyItems'), here());
    if (value === null || typeof value === 'boolean') return value;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new Stop(say('notFinite'), here());
      return value;
    }
    if (typeof value === 'string') {
      text(value, here);
      return value;
    }
    if (typeof value !== 'object') throw new Stop(say('notJson', { found: typeof value }), here());
    if (depth >= limits.maxDepth) throw new Stop(say('nestedTooDeep', { maxDepth: limits.maxDepth }), here());
    if (seen.has(value)) throw new Stop(say('refersToItself'), here());
    seen.add(value);
    let out: unknown;
    if (Array.isArray(value)) {
      const length = value.length;
      if (length > limits.maxNodes) throw new Stop(say('listTooLong'), here());
      const list: unknown[] = new Array(length);
      for (let i = 0; i < length; i++) {
        path.push(i);
        list[i] = copy(value[i], depth + 1);
        path.pop();
      }
      out = list;
    } else {
      const record: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        text(key, here);
        if (key === '__proto__') throw new Stop(say('protoKey'), `${here()}/__proto__`);
        path.push(key);
        record[key] = copy((value as Record<string, unknown>)[key], depth + 1);
        path.pop();
      }
      out = record;
    }
    seen.delete(value);
    return out;
  };
  try {
    return { ok: true, value: copy(input, 0) };
  } catch (error) {
    // What was thrown may itself be hostile (a revoked proxy, an object with no prototype): look at it only safely.
    const stop = isStop(error) ? error : new Stop(say('inputUnreadable', { detail: describe(error) }), '');
    return {
      ok: false,
      reason: stop.reason,
      where: stop.where || '/',
      record: malformedRecord(input, chars),
    };
  }
}

/** Limits for reading just an event's sender and time out of an input too malformed to read whole. */
const ENVELOPE_LIMITS: Readonly<InputLimits> = Object.freeze({
  maxDepth: 4,
  maxStringLength: 200,
  maxNodes: 200,
  maxChars: 4_000,
});

/**
 * The `actor` and `at` of an input that could not be read whole, each read on its own within small limits, so a refusal
 * still names who sent it and when. Only own data properties are looked at: no getter runs.
 */
export function envelopeOf(input: unknown): { actor?: unknown; at?: unknown } {
  const field = (name: string): unknown => {
    try {
      if (input === null || typeof input !== 'object' || Array.isArray(input)) return undefined;
      const d = Object.getOwnPropertyDescriptor(input, name);
      if (!d || !('value' in d)) return undefined;
      const read = readUntrusted(d.value, ENVELOPE_LIMITS);
      return read.ok ? read.value : undefined;
    } catch {
      return undefined;
    }
  };
  return { actor: field('actor'), at: field('at') };
}

function isStop(error: unknown): error is Stop {
  try {
    return error instanceof Stop;
  } catch {
    return false;
  }
}

function describe(error: unknown): string {
  try {
    // Only text is shown: converting anything else may call a hostile toString, or join a list whose length lies.
    const message: unknown = error instanceof Error ? error.message : error;
    return typeof message === 'string' ? message.slice(0, 200) : `a thrown ${typeof message}`;
  } catch {
    return 'unknown error';
  }
}

/**
 * A digest and a bounded excerpt of whatever can be read of a malformed input, safely. `whole` is the input's
 * canonical JSON when it was read within the limits: the digest then covers all of it.
 */
export function malformedRecord(input: unknown, read: number, whole?: string): MalformedRecord {
  let excerpt: string;
  try {
    excerpt = boundedJson(input, EXCERPT_CHARS);
  } catch {
    excerpt = '<unreadable>';
  }
  return { digest: sha256Hex(whole ?? excerpt), read: whole?.length ?? read, excerpt };
}

/** JSON of a value, stopping once `max` characters are written; what cannot be written is named, never thrown. */
function boundedJson(value: unknown, max: number): string {
  let out = '';
  const write = (s: string) => {
    if (out.length < max) out += s.slice(0, max - out.length);
  };
  const walk = (v: unknown, depth: number) => {
    if (out.length >= max) return;
    if (v === null || typeof v === 'boolean' || typeof v === 'number') return write(String(v));
    if (typeof v === 'string') return write(JSON.stringify(v.slice(0, max)));
    if (typeof v !== 'object' || depth > 8) return write(`<${typeof v}>`);
    if (Array.isArray(v)) {
      write('[');
      for (let i = 0; i < v.length && out.length < max; i++) {
        if (i) write(',');
        walk(v[i], depth + 1);
      }
      return write(']');
    }
    write('{');
    let first = true;
    for (const k of Object.keys(v)) {
      if (out.length >= max) break;
      if (!first) write(',');
      first = false;
      write(`${JSON.stringify(k.slice(0, 200))}:`);
      walk((v as Record<string, unknown>)[k], depth + 1);
    }
    write('}');
  };
  walk(value, 0);
  return out;
}
