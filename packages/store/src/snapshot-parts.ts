import type { PersistedCampaign } from '@chuangwen/machine';

/**
 * A campaign's snapshot as a SQL store keeps it: a small core row and the parts that grow with the district (units'
 * roles and lists, meetings by month, archive counts by major item, the last refused phase request), each in a row of
 * its own, so an event rewrites the few parts it changed rather than the whole snapshot. Part names are the path into
 * the snapshot's context, then the key for parts kept by key: `facts.unitRoles`, `facts.meetings/2026-03`.
 */
export interface SnapshotParts {
  /** The snapshot without its parts, as JSON. */
  core: string;
  /** Each part's value (the very object the snapshot holds), by name. */
  values: Map<string, unknown>;
}

/** Facts kept whole in a part of their own: each grows with the units or the standards. */
const WHOLE_FACTS = ['unitRoles', 'teamsFormed', 'plansSubmitted', 'unitsAppraised', 'overrides'] as const;
/** Facts kept by key, a part per key: a meeting changes one month, a document one major item. */
const KEYED_FACTS = ['meetings', 'archive'] as const;
/** Context fields kept whole in a part of their own. */
const WHOLE_CONTEXT = ['lastRefusal'] as const;

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Splits a snapshot into its core and its parts; the parts are the snapshot's own objects, never copies. */
export function splitSnapshot(campaign: PersistedCampaign): SnapshotParts {
  const { context } = campaign.snapshot;
  const facts: Dict = { ...context.facts };
  const rest: Dict = { ...context };
  const values = new Map<string, unknown>();
  for (const name of WHOLE_FACTS) {
    if (facts[name] !== undefined) values.set(`facts.${name}`, facts[name]);
    delete facts[name];
  }
  for (const name of KEYED_FACTS) {
    const byKey = facts[name];
    if (isDict(byKey))
      for (const [key, value] of Object.entries(byKey)) values.set(`facts.${name}/${key}`, value);
    delete facts[name];
  }
  for (const name of WHOLE_CONTEXT) {
    if (rest[name] !== undefined) values.set(name, rest[name]);
    delete rest[name];
  }
  rest.facts = facts;
  return { core: JSON.stringify({ ...campaign, snapshot: { ...campaign.snapshot, context: rest } }), values };
}

/**
 * The snapshot a core row and its part rows make, as parsed JSON, to be validated by the caller. A core row written
 * whole (before parts existed) has no part rows and reads as it was written. A core that is not a snapshot's shape is
 * returned as it is, so validation reports it. Part rows with names this code does not know are left out.
 */
export function joinSnapshot(
  core: unknown,
  parts: readonly (readonly [name: string, body: unknown])[],
): unknown {
  if (parts.length === 0) return core;
  if (!isDict(core) || !isDict(core.snapshot) || !isDict(core.snapshot.context)) return core;
  const context: Dict = { ...core.snapshot.context };
  const facts: Dict = isDict(context.facts) ? { ...context.facts } : {};
  const keyed = new Map<string, Dict>();
  for (const [name, body] of parts) {
    if ((WHOLE_CONTEXT as readonly string[]).includes(name)) {
      context[name] = body;
      continue;
    }
    if (!name.startsWith('facts.')) continue;
    const rest = name.slice('facts.'.length);
    const slash = rest.indexOf('/');
    if (slash < 0) {
      if ((WHOLE_FACTS as readonly string[]).includes(rest)) facts[rest] = body;
      continue;
    }
    const field = rest.slice(0, slash);
    if (!(KEYED_FACTS as readonly string[]).includes(field)) continue;
    let byKey = keyed.get(field);
    if (!byKey) {
      // A null-prototype object: a key read from a row never reaches a prototype.
      byKey = Object.create(null) as Dict;
      keyed.set(field, byKey);
    }
    byKey[rest.slice(slash + 1)] = body;
  }
  for (const [field, byKey] of keyed) facts[field] = { ...byKey };
  for (const field of KEYED_FACTS) if (!keyed.has(field) && facts[field] === undefined) facts[field] = {};
  context.facts = facts;
  return { ...core, snapshot: { ...core.snapshot, context } };
}

/** What a store last wrote or read of a campaign's snapshot: the parts' values and their text as stored. */
export interface StoredParts {
  core: string;
  values: Map<string, unknown>;
  texts: Map<string, string>;
}

/** The rows to write to move the stored parts from `before` (unknown: rewrite every part) to `next`. */
export interface PartChanges {
  core: string | undefined;
  put: [name: string, text: string][];
  remove: string[];
  /** Whether every part row is to be removed first: the layout stored is not known. */
  rewrite: boolean;
  stored: StoredParts;
}

/**
 * The part rows an event changes: a part is the same when it is the very object the last snapshot held, or when its
 * text is the text stored; only the others are written. Cost grows with the parts an event touches, not the snapshot.
 */
export function partChanges(before: StoredParts | undefined, next: SnapshotParts): PartChanges {
  const texts = new Map<string, string>();
  const put: [string, string][] = [];
  for (const [name, value] of next.values) {
    const old = before?.texts.get(name);
    if (before && old !== undefined && before.values.get(name) === value) {
      texts.set(name, old);
      continue;
    }
    const text = JSON.stringify(value);
    texts.set(name, text);
    if (text !== old) put.push([name, text]);
  }
  const remove = before ? [...before.texts.keys()].filter((name) => !next.values.has(name)) : [];
  return {
    core: before?.core === next.core ? undefined : next.core,
    put,
    remove,
    rewrite: before === undefined,
    stored: { core: next.core, values: next.values, texts },
  };
}
