import { z } from 'zod';
import { type Campaign, CampaignSchema, mainEditionId } from './campaign.js';
import { issueAt, type PathSegment, type ValidationIssue } from './issues.js';
import { label } from './labels.js';
import { forEachReference, REF_KIND_NAMES, type RefKind, referencePaths } from './references.js';
import { checkRoundSums } from './round-sums.js';
import { checkTimeline } from './timeline.js';

/** Options for the integrity checks. */
export interface IntegrityOptions {
  /**
   * Standard codes known to the host, from the framework editions: a list for the main edition, or lists by edition
   * id when the campaign is assessed against more than one. References must resolve against them.
   */
  standardCodes?: Iterable<string> | Readonly<Record<string, Iterable<string>>>;
  /** Site type codes known to the host (a catalogue); every site type named must be one of them. */
  siteTypes?: Iterable<string>;
}

/** The element schema of an array field, through `default` and `optional`, or undefined for other fields. */
function elementOf(field: z.ZodType): z.ZodType | undefined {
  const def = field._zod.def as unknown as { type: string; innerType?: z.ZodType; element?: z.ZodType };
  if (def.type === 'default' || def.type === 'optional') return elementOf(def.innerType!);
  return def.type === 'array' ? def.element : undefined;
}

/** Every top-level collection whose records carry an `id`, derived from the schema. */
const ID_COLLECTIONS = Object.entries(CampaignSchema.shape as Record<string, z.ZodType>)
  .filter(([, field]) => {
    const element = elementOf(field);
    const withId = (s: unknown) => s instanceof z.ZodObject && 'id' in s.shape;
    return element instanceof z.ZodDiscriminatedUnion ? element.options.every(withId) : withId(element);
  })
  .map(([name]) => name);

function indexIds(records: unknown, path: PathSegment[], issues: ValidationIssue[]): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(records)) return ids;
  records.forEach((record: { id?: unknown }, i) => {
    if (typeof record?.id !== 'string') return;
    if (ids.has(record.id)) {
      issues.push(
        issueAt([...path, i, 'id'], 'duplicate_id', {
          'zh-CN': `编号 "${record.id}" 重复`,
          en: `duplicate id "${record.id}"`,
        }),
      );
    }
    ids.add(record.id);
  });
  return ids;
}

function isIterable(value: unknown): value is Iterable<string> {
  return value !== null && typeof value === 'object' && Symbol.iterator in value;
}

/** The standard codes each edition resolves against, or undefined where nothing is known. */
function standardsByEdition(
  campaign: Campaign,
  options: IntegrityOptions,
  issues: ValidationIssue[],
): (editionId: string) => Set<string> | undefined {
  const main = mainEditionId(campaign);
  const given = new Map<string, Set<string>>();
  if (isIterable(options.standardCodes)) given.set(main, new Set(options.standardCodes));
  else if (options.standardCodes)
    for (const [edition, codes] of Object.entries(options.standardCodes)) given.set(edition, new Set(codes));
  if (!campaign.standards) return (edition) => given.get(edition);
  const listed = new Map<string, Set<string>>();
  campaign.standards.forEach((s, i) => {
    const edition = s.editionId ?? main;
    const codes = listed.get(edition) ?? new Set<string>();
    if (codes.has(s.code)) {
      issues.push(
        issueAt(['standards', i, 'code'], 'duplicate_id', {
          'zh-CN': `测评标准编号 "${s.code}" 重复`,
          en: `duplicate standard code "${s.code}"`,
        }),
      );
    }
    codes.add(s.code);
    listed.set(edition, codes);
  });
  return (edition) => {
    const list = listed.get(edition) ?? new Set<string>();
    const known = given.get(edition);
    return known ? new Set([...list].filter((c) => known.has(c))) : list;
  };
}

/**
 * Checks what a schema cannot: unique ids, references that resolve within the document (found from the schema's own
 * reference marks), one main framework edition, findings that cite a standard or an area, an acyclic unit hierarchy,
 * dates that fit the planned timeline, and result lines whose method scores and parts add up to their score. Returns
 * every issue found; an empty list means consistent.
 */
export function checkCampaignIntegrity(
  campaign: Campaign,
  options: IntegrityOptions = {},
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const people = indexIds(campaign.organisation.people, ['organisation', 'people'], issues);
  const groups = indexIds(campaign.organisation.workingGroups, ['organisation', 'workingGroups'], issues);
  const ids: Record<string, Set<string>> = {};
  for (const name of ID_COLLECTIONS)
    ids[name] = indexIds((campaign as Record<string, unknown>)[name], [name], issues);
  const editions = checkFrameworks(campaign, issues);
  const standardsOf = standardsByEdition(campaign, options, issues);
  const main = mainEditionId(campaign);
  const targets: Record<Exclude<RefKind, 'standard'>, Set<string>> = {
    person: people,
    unit: ids.units!,
    site: ids.sites!,
    observation: ids.observations!,
    document: ids.archive!,
    rectification: ids.rectifications!,
    round: ids.assessmentRounds!,
    holder: new Set([...ids.units!, ...groups]),
    edition: editions,
  };
  forEachReference(campaign, referencePaths(CampaignSchema), (kind, id, holder, where) => {
    const edition = typeof holder.editionId === 'string' ? holder.editionId : main;
    // A standard of an edition the campaign does not list is reported once, at the edition.
    const known =
      kind !== 'standard' ? targets[kind] : editions.has(edition) ? standardsOf(edition) : undefined;
    if (!known || known.has(id)) return;
    const name = REF_KIND_NAMES[kind];
    issues.push(
      issueAt(where(), 'unknown_reference', {
        'zh-CN': `引用的${name['zh-CN']} "${id}" 不存在`,
        en: `refers to unknown ${name.en} "${id}"`,
      }),
    );
  });
  checkFindings(campaign, issues);
  checkSiteTypes(campaign, options, issues);
  issues.push(
    ...findHierarchyCycles(campaign),
    ...checkTimeline(campaign),
    ...checkRoundSums(campaign.assessmentRounds),
  );
  return issues;
}

/** Exactly one main edition, and no edition twice. */
function checkFrameworks(campaign: Campaign, issues: ValidationIssue[]): Set<string> {
  const editions = new Set<string>();
  campaign.frameworks.forEach((f, i) => {
    if (editions.has(f.editionId))
      issues.push(
        issueAt(['frameworks', i, 'editionId'], 'duplicate_id', {
          'zh-CN': `测评体系 "${f.editionId}" 重复列出`,
          en: `framework edition "${f.editionId}" is listed twice`,
        }),
      );
    editions.add(f.editionId);
  });
  const mains = campaign.frameworks.filter((f) => f.role === 'main').length;
  if (mains !== 1)
    issues.push(
      issueAt(['frameworks'], 'main_framework', {
        'zh-CN': `须有且只有一个${label('main', 'zh-CN')}，现有 ${mains} 个`,
        en: `exactly one main framework edition is needed; found ${mains}`,
      }),
    );
  return editions;
}

/** A finding that cites no standard must name its area, as notices file it. */
function checkFindings(campaign: Campaign, issues: ValidationIssue[]): void {
  const check = (
    list: readonly { standardRef?: string | undefined; area?: string | undefined }[],
    name: string,
  ) => {
    list.forEach((record, i) => {
      if (record.standardRef === undefined && record.area === undefined)
        issues.push(
          issueAt([name, i, 'area'], 'missing_standard_or_area', {
            'zh-CN': '未注明测评标准的问题须注明所属专项整治领域（或"其他"）',
            en: 'a finding that cites no standard must name its rectification area (or "other")',
          }),
        );
    });
  };
  check(campaign.observations, 'observations');
  check(campaign.rectifications, 'rectifications');
}

/** Site types of sites and scopes, when the host knows its catalogue. */
function checkSiteTypes(campaign: Campaign, options: IntegrityOptions, issues: ValidationIssue[]): void {
  if (!options.siteTypes) return;
  const known = new Set(options.siteTypes);
  const unknown = (type: string, path: PathSegment[]) => {
    if (!known.has(type))
      issues.push(
        issueAt(path, 'unknown_reference', {
          'zh-CN': `点位类型 "${type}" 不在点位目录中`,
          en: `site type "${type}" is not in the catalogue`,
        }),
      );
  };
  campaign.sites.forEach((s, i) => {
    unknown(s.siteType, ['sites', i, 'siteType']);
    s.otherSiteTypes?.forEach((type, t) => {
      unknown(type, ['sites', i, 'otherSiteTypes', t]);
    });
  });
  campaign.observations.forEach((o, i) => {
    if (o.scope.kind === 'siteType') unknown(o.scope.siteType, ['observations', i, 'scope', 'siteType']);
  });
}

/** Reports each cycle in the unit hierarchy once, at the unit where the walk closed it. */
function findHierarchyCycles(campaign: Campaign): ValidationIssue[] {
  const parent = new Map<string, string>();
  const index = new Map<string, number>();
  campaign.units.forEach((u, i) => {
    if (!index.has(u.id)) index.set(u.id, i);
    if (u.parentId !== undefined && !parent.has(u.id)) parent.set(u.id, u.parentId);
  });
  const state = new Map<string, 'visiting' | 'done'>();
  const issues: ValidationIssue[] = [];
  for (const start of index.keys()) {
    const trail: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && state.get(current) === undefined && index.has(current)) {
      state.set(current, 'visiting');
      trail.push(current);
      current = parent.get(current);
    }
    if (current !== undefined && state.get(current) === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(current)), current];
      const at = index.get(trail[trail.length - 1]!)!;
      issues.push(
        issueAt(['units', at, 'parentId'], 'hierarchy_cycle', {
          'zh-CN': `单位层级存在循环：${cycle.join(' → ')}`,
          en: `the unit hierarchy has a cycle: ${cycle.join(' → ')}`,
        }),
      );
    }
    for (const id of trail) state.set(id, 'done');
  }
  return issues;
}
