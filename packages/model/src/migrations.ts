import { CAMPAIGN_SCHEMA_VERSION } from './campaign.js';

type Doc = Record<string, unknown>;

const isObject = (value: unknown): value is Doc =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Maps the items of an array field that is one, leaving anything else as it is for validation to report. */
function mapList(value: unknown, map: (item: Doc) => Doc): unknown {
  return Array.isArray(value) ? value.map((item) => (isObject(item) ? map(item) : item)) : value;
}

/** Renames a key of a plain object, keeping its place among the others. */
function rename(doc: Doc, from: string, to: string): Doc {
  // With both keys present, nothing moves: validation reports the old one, and neither value is lost.
  if (!Object.hasOwn(doc, from) || Object.hasOwn(doc, to)) return doc;
  // fromEntries defines own properties, so a key such as `__proto__` stays data and never reaches a prototype.
  return Object.fromEntries(Object.entries(doc).map(([key, value]) => [key === from ? to : key, value]));
}

/** Every level a version-1 document could name was a district's or below it: its honour is the district's. */
const V1_DISTRICT_LEVELS = ['district', 'street', 'community'];

/**
 * Migrations of campaign documents from each earlier `schemaVersion` to the next, applied in order by
 * {@link migrateCampaign}. Version 1 (0.0.x) had one framework edition, a street office unit kind, bare material
 * categories, one assigned unit per rectification and accountability actions with a plain "notice". Version 2 called a
 * site's responsible unit `unitId` and a score part's maximum `maxScore`.
 */
export const CAMPAIGN_MIGRATIONS: Readonly<
  Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>
> = {
  1: (doc) => {
    let out: Doc = { ...doc, schemaVersion: 2 };
    const level = isObject(doc.jurisdiction) ? doc.jurisdiction.level : undefined;
    if (!Object.hasOwn(out, 'honour') && V1_DISTRICT_LEVELS.includes(level as string))
      out.honour = 'nationalCivilizedDistrict';
    if (Object.hasOwn(out, 'frameworkEditionId')) {
      const { frameworkEditionId, ...rest } = out;
      out = { ...rest, frameworks: [{ editionId: frameworkEditionId, role: 'main' }] };
    }
    out.units = mapList(doc.units, (u) => (u.kind === 'streetOffice' ? { ...u, kind: 'street' } : u));
    out.tasks = mapList(doc.tasks, (t) => ({
      ...t,
      materialRequirements: Array.isArray(t.materialRequirements)
        ? t.materialRequirements.map((c) => (typeof c === 'string' ? { category: c } : c))
        : t.materialRequirements,
    }));
    out.rectifications = mapList(doc.rectifications, (r) => rename(r, 'assignedUnitId', 'leadUnitId'));
    if (Object.hasOwn(out, 'accountabilityActions')) {
      const { accountabilityActions, ...rest } = out;
      out = {
        ...rest,
        appraisalOutcomes: mapList(accountabilityActions, (a) =>
          a.kind === 'notice' ? { ...a, kind: 'criticism' } : a,
        ),
      };
    }
    for (const key of ['units', 'tasks', 'rectifications'] as const)
      if (out[key] === undefined) delete out[key];
    return out;
  },
  // One name per concept: the unit held responsible is `responsibleUnitId` on a site as on an observation, and a
  // maximum is in points everywhere, as the framework counts it.
  2: (doc) => {
    const out: Doc = { ...doc, schemaVersion: 3 };
    if (Object.hasOwn(doc, 'sites'))
      out.sites = mapList(doc.sites, (s) => rename(s, 'unitId', 'responsibleUnitId'));
    if (Object.hasOwn(doc, 'assessmentRounds'))
      out.assessmentRounds = mapList(doc.assessmentRounds, (round) =>
        Object.hasOwn(round, 'results')
          ? {
              ...round,
              results: mapList(round.results, (line) =>
                Object.hasOwn(line, 'parts')
                  ? { ...line, parts: mapList(line.parts, (part) => rename(part, 'maxScore', 'maxPoints')) }
                  : line,
              ),
            }
          : round,
      );
    return out;
  },
};

/**
 * Brings a campaign document written by an earlier version to the current `schemaVersion`, without loss: renamed
 * fields move, changed shapes are rewritten, nothing is dropped. Data that is not a campaign document at all, or is of
 * the current or an unknown version, is returned as it is for validation to judge. Pure: the input is not modified.
 */
export function migrateCampaign(input: unknown): unknown {
  if (!isObject(input) || typeof input.schemaVersion !== 'number') return input;
  let doc = input;
  for (let v = input.schemaVersion; v < CAMPAIGN_SCHEMA_VERSION; v++) {
    const step = CAMPAIGN_MIGRATIONS[v];
    if (!step) return doc;
    doc = step(doc);
  }
  return doc;
}
