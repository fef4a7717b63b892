import {
  applyContribution,
  contributionOf,
  emptyLedger,
  groupMeetings,
  standardGroup,
} from '@chuangwen/rules/internal';
import { currentCode } from './record-state.js';

/** A stored snapshot as plain JSON data, before it is checked. */
export type Json = Record<string, unknown>;
const obj = (value: unknown): Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
/** Maps the values of a record, defining own properties so no key ever reaches a prototype. */
const mapValues = (value: unknown, map: (v: unknown) => unknown): Json =>
  Object.fromEntries(Object.entries(obj(value)).map(([k, v]) => [k, map(v)]));

/** One step of migration: the snapshot in the next format, and any rectifications that moved out of it. */
export interface MigrationStep {
  snapshot: Json;
  rectifications: unknown[];
}

/**
 * Migrations from each earlier format version to the next, applied in order on restore, never losing a record:
 * - 1 (0.0.x development snapshots) had no annual cycle: 2 adds `cycle` to the context and to each history entry;
 * - 2 (0.0.0) named one assigned unit per rectification, kept material as bare categories and the archive inventory in
 *   the snapshot: 3 names the lead unit (with supporting and guarantor units), counts material, and leaves the
 *   inventory to the host's configuration;
 * - 3 kept every rectification in the snapshot's ledger: 4 moves each out to a stream of its own (returned beside the
 *   snapshot) and keeps the ledger as counters, with units as roles, teams and plans; who may force a move is left
 *   to the role policy;
 * - 4 called the months of missed supervision `missedCadenceMonths` in the facts: 5 calls them `missedMonths`, as the
 *   `cadence.updated` event did;
 * - 5 kept each standard's class and the missed months as facts someone sent (`board.updated`, `cadence.updated`):
 *   6 derives both from the record at the moment of judgement (the board, the meetings recorded), so they leave the
 *   snapshot; a record migrated from that format keeps what was sent as history in its first entry;
 * - 6 kept the archive counts by standard code and the meetings as one list, so each document or meeting copied every
 *   standard's counts or every meeting: 7 groups the counts by the standard's major item and the meetings by month;
 * - 7 kept each meeting whole (id, kind, date), most of a district's snapshot: 8 keeps a month's ids by kind and day,
 *   and the month a make-up session counts for (from version 6's one list too, which the step to 7 leaves as it is);
 * - 8 named blocker codes in camel case (`leadingGroupMissing`) in the last refusal and in forced moves: 9 names them in
 *   snake case (`leading_group_missing`), as every other code of the library.
 */
export const MIGRATIONS: Readonly<Record<number, (snapshot: Json) => MigrationStep>> = {
  1: (snapshot) => {
    const context = obj(snapshot.context);
    const history = Array.isArray(context.history) ? context.history : [];
    return {
      snapshot: {
        ...snapshot,
        context: { ...context, cycle: 1, history: history.map((h) => ({ cycle: 1, ...obj(h) })) },
      },
      rectifications: [],
    };
  },
  2: (snapshot) => {
    const context = obj(snapshot.context);
    const facts = obj(context.facts);
    const counted = (categories: unknown) =>
      Array.isArray(categories) ? Object.fromEntries(categories.map((c) => [c, 1])) : categories;
    const entry = (e: unknown) => {
      const { unitId, ...rest } = obj(obj(e).context);
      return {
        ...obj(e),
        context: {
          ...rest,
          ...(unitId === undefined ? {} : { leadUnitId: unitId }),
          supportingUnitIds: [],
          guarantorUnitIds: [],
        },
      };
    };
    const { inventory: _fromTheFramework, ...rest } = context;
    return {
      snapshot: {
        ...snapshot,
        context: {
          ...rest,
          facts: { ...facts, archive: mapValues(facts.archive, counted) },
          ledger: mapValues(context.ledger, entry),
        },
      },
      rectifications: [],
    };
  },
  3: (snapshot) => {
    const context = obj(snapshot.context);
    const { units, rectifications: _summarised, ...facts } = obj(context.facts);
    // Who may force a move is the role policy's to say, not the snapshot's.
    const { ledger, forceRoles: _policy, ...rest } = context;
    const records = Object.values(obj(ledger)).map((e) => ({
      ...obj(obj(e).context),
      status: obj(e).status,
    }));
    let counters = emptyLedger();
    for (const r of records) counters = applyContribution(counters, null, contributionOf(r as never));
    const byUnit = Object.entries(obj(units)).map(([id, u]) => [id, obj(u)] as const);
    return {
      snapshot: {
        ...snapshot,
        context: {
          ...rest,
          facts: {
            ...facts,
            unitRoles: Object.fromEntries(byUnit.map(([id, u]) => [id, u.role])),
            teamsFormed: byUnit.filter(([, u]) => u.teamFormed === true).map(([id]) => id),
            plansSubmitted: byUnit.filter(([, u]) => u.planSubmitted === true).map(([id]) => id),
            ledger: counters,
          },
        },
      },
      rectifications: records,
    };
  },
  4: (snapshot) => {
    const context = obj(snapshot.context);
    const facts = context.facts;
    // Only facts that are an object with the old key and not the new one are touched: anything else is left for
    // validation to judge, so neither list of months is ever lost and missing facts are never made up.
    if (
      facts === null ||
      typeof facts !== 'object' ||
      Array.isArray(facts) ||
      !Object.hasOwn(facts, 'missedCadenceMonths') ||
      Object.hasOwn(facts, 'missedMonths')
    )
      return { snapshot, rectifications: [] };
    // Renamed in place, so the facts keep their order and a key such as `__proto__` stays data.
    const renamed = Object.fromEntries(
      Object.entries(facts).map(([k, v]) => [k === 'missedCadenceMonths' ? 'missedMonths' : k, v]),
    );
    return { snapshot: { ...snapshot, context: { ...context, facts: renamed } }, rectifications: [] };
  },
  5: (snapshot) => {
    const context = obj(snapshot.context);
    const facts = context.facts;
    if (facts === null || typeof facts !== 'object' || Array.isArray(facts))
      return { snapshot, rectifications: [] };
    const kept = Object.fromEntries(
      Object.entries(facts).filter(([k]) => k !== 'standards' && k !== 'missedMonths'),
    );
    return { snapshot: { ...snapshot, context: { ...context, facts: kept } }, rectifications: [] };
  },
  6: (snapshot) => {
    const context = obj(snapshot.context);
    const facts = context.facts;
    if (facts === null || typeof facts !== 'object' || Array.isArray(facts))
      return { snapshot, rectifications: [] };
    const f = facts as Json;
    // Grouped through maps and written with Object.fromEntries, so a key such as `__proto__` stays data; anything
    // that is not what version 6 wrote is left for validation to judge.
    const archive = new Map<string, [string, unknown][]>();
    for (const [code, counts] of Object.entries(obj(f.archive))) {
      const group = archive.get(standardGroup(code)) ?? [];
      group.push([code, counts]);
      archive.set(standardGroup(code), group);
    }
    const grouped = Object.fromEntries(
      Object.entries(f).map(([k, v]) =>
        k === 'archive' && v !== null && typeof v === 'object' && !Array.isArray(v)
          ? [k, Object.fromEntries([...archive].map(([g, codes]) => [g, Object.fromEntries(codes)]))]
          : [k, v],
      ),
    );
    return { snapshot: { ...snapshot, context: { ...context, facts: grouped } }, rectifications: [] };
  },
  7: (snapshot) => {
    const context = obj(snapshot.context);
    const f = obj(context.facts);
    const raw = f.meetings;
    // Version 6's one list or version 7's lists by month, regrouped; anything else is left for validation to refuse.
    const lists = Array.isArray(raw) ? [raw] : raw && typeof raw === 'object' ? Object.values(raw) : [0];
    if (!lists.every(Array.isArray)) return { snapshot, rectifications: [] };
    try {
      const meetings = groupMeetings(lists.flat());
      return {
        snapshot: { ...snapshot, context: { ...context, facts: { ...f, meetings } } },
        rectifications: [],
      };
    } catch {
      return { snapshot, rectifications: [] };
    }
  },
  8: (snapshot) => {
    const context = obj(snapshot.context);
    const renamed = (code: unknown) => (typeof code === 'string' ? currentCode(code) : code);
    const refusal = obj(context.lastRefusal);
    const { history } = context;
    return {
      snapshot: {
        ...snapshot,
        context: {
          ...context,
          ...(Array.isArray(refusal.blockers)
            ? {
                lastRefusal: {
                  ...refusal,
                  blockers: refusal.blockers.map((b) => ({ ...obj(b), code: renamed(obj(b).code) })),
                },
              }
            : {}),
          // Anything else is left for validation to refuse.
          history: Array.isArray(history)
            ? history.map((h) => {
                const forced = obj(h).forced;
                const blockers = obj(forced).blockers;
                return Array.isArray(blockers)
                  ? { ...obj(h), forced: { ...obj(forced), blockers: blockers.map(renamed) } }
                  : h;
              })
            : history,
        },
      },
      rectifications: [],
    };
  },
};
