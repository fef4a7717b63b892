import { checkFrameworkIntegrity, listStandards } from '@chuangwen/checklists';
import type { IssueCode, PathSegment, ValidationIssue } from '@chuangwen/model';
import { issueAt } from '@chuangwen/model/internal';
import { type Configuration, frameworkHash } from './configuration.js';
import type { ConfigurationEvent } from './events.js';

const issue = (path: PathSegment[], code: IssueCode, zh: string, en: string): ValidationIssue =>
  issueAt(path, code, { 'zh-CN': zh, en });

/** Ids that appear more than once, each with the place of its repeat. */
function duplicates(ids: readonly string[], path: string, what: { zh: string; en: string }) {
  const seen = new Set<string>();
  const out: ValidationIssue[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id))
      out.push(
        issue([path, i, 'id'], 'duplicate_id', `${what.zh} "${id}" 重复`, `${what.en} "${id}" appears twice`),
      );
    seen.add(id);
  });
  return out;
}

/**
 * Why a configuration cannot be recorded: repeated ids, a site, task, unit or person naming a unit the configuration
 * lacks, a unit under a parent it lacks, a framework whose content does not match its hash or whose codes repeat, two
 * main editions, an inventory naming a standard no edition has. Each located and in both languages.
 */
export function checkConfiguration(config: Configuration): ValidationIssue[] {
  const out: ValidationIssue[] = [
    ...duplicates(
      config.units.map((u) => u.id),
      'units',
      { zh: '单位', en: 'unit' },
    ),
    ...duplicates(
      config.sites.map((s) => s.id),
      'sites',
      { zh: '点位', en: 'site' },
    ),
  ];
  const units = new Set(config.units.map((u) => u.id));
  const known = (id: string | undefined, path: PathSegment[]) => {
    if (id !== undefined && !units.has(id))
      out.push(
        issue(
          path,
          'unknown_reference',
          `单位 "${id}" 不在配置中`,
          `unit "${id}" is not in the configuration`,
        ),
      );
  };
  if (units.size > 0) {
    for (const [i, u] of config.units.entries()) known(u.parentId, ['units', i, 'parentId']);
    for (const [i, s] of config.sites.entries())
      known(s.responsibleUnitId, ['sites', i, 'responsibleUnitId']);
    for (const [i, t] of config.tasks.entries()) {
      for (const [j, id] of t.leadUnitIds.entries()) known(id, ['tasks', i, 'leadUnitIds', j]);
      for (const [j, id] of t.supportingUnitIds.entries()) known(id, ['tasks', i, 'supportingUnitIds', j]);
    }
    for (const [i, r] of config.roster.entries()) known(r.unitId, ['roster', i, 'unitId']);
  }
  const seenPeople = new Set<string>();
  config.roster.forEach((r, i) => {
    if (seenPeople.has(r.personId))
      out.push(
        issue(
          ['roster', i, 'personId'],
          'duplicate_id',
          `人员 "${r.personId}" 重复`,
          `person "${r.personId}" appears twice`,
        ),
      );
    seenPeople.add(r.personId);
  });
  const codes = new Set<string>();
  config.frameworks.forEach((f, i) => {
    if (frameworkHash(f.edition) !== f.contentHash)
      out.push(
        issue(
          ['frameworks', i, 'contentHash'],
          'content_hash_mismatch',
          `测评体系 ${f.edition.id} 的内容与其哈希不符`,
          `the content of framework ${f.edition.id} does not match its hash`,
        ),
      );
    for (const found of checkFrameworkIntegrity(f.edition))
      out.push(issueAt(['frameworks', i, 'edition', ...found.path], found.code, found.message));
    for (const { standard } of listStandards(f.edition)) codes.add(standard.code);
  });
  if (config.frameworks.filter((f) => f.role === 'main').length > 1)
    out.push(
      issue(
        ['frameworks'],
        'two_main_editions',
        '主测评体系只能有一个',
        'only one edition can be the main one',
      ),
    );
  config.settings.inventory?.forEach((entry, i) => {
    if (codes.size > 0 && !codes.has(entry.standardRef))
      out.push(
        issue(
          ['settings', 'inventory', i, 'standardRef'],
          'unknown_reference',
          `测评标准 "${entry.standardRef}" 不在任何测评体系中`,
          `standard "${entry.standardRef}" is in no framework edition`,
        ),
      );
  });
  return out;
}

const replace = <T>(list: readonly T[], at: number, item: T) => list.map((x, i) => (i === at ? item : x));
const swap = (id: string, from: string, into: string) => (id === from ? into : id);
const dedupe = (ids: readonly string[]) => [...new Set(ids)];

/**
 * The configuration after a configuration event, or why it cannot change so: a site or unit that does not exist (or
 * already does), a merge into itself or one of its own units, and anything `checkConfiguration` finds in the result.
 * Pure; the configuration given is never changed.
 */
export function changeConfiguration(
  config: Configuration,
  event: ConfigurationEvent,
): { ok: true; value: Configuration } | { ok: false; issues: ValidationIssue[] } {
  const fail = (path: PathSegment[], code: IssueCode, zh: string, en: string) => ({
    ok: false as const,
    issues: [issue(path, code, zh, en)],
  });
  let next: Configuration;
  switch (event.type) {
    case 'configuration.imported':
      next = event.configuration;
      break;
    case 'site.added':
      if (config.sites.some((s) => s.id === event.site.id))
        return fail(
          ['site', 'id'],
          'duplicate_id',
          `点位 "${event.site.id}" 已存在`,
          `site "${event.site.id}" exists`,
        );
      next = { ...config, sites: [...config.sites, event.site] };
      break;
    case 'site.moved': {
      const at = config.sites.findIndex((s) => s.id === event.siteId);
      if (at < 0)
        return fail(
          ['siteId'],
          'unknown_reference',
          `点位 "${event.siteId}" 不存在`,
          `unknown site "${event.siteId}"`,
        );
      next = {
        ...config,
        sites: replace(config.sites, at, {
          ...config.sites[at]!,
          responsibleUnitId: event.responsibleUnitId,
        }),
      };
      break;
    }
    case 'unit.added':
      if (config.units.some((u) => u.id === event.unit.id))
        return fail(
          ['unit', 'id'],
          'duplicate_id',
          `单位 "${event.unit.id}" 已存在`,
          `unit "${event.unit.id}" exists`,
        );
      next = { ...config, units: [...config.units, event.unit] };
      break;
    case 'unit.merged': {
      const { unitId: from, into } = event;
      if (!config.units.some((u) => u.id === from))
        return fail(['unitId'], 'unknown_reference', `单位 "${from}" 不存在`, `unknown unit "${from}"`);
      if (from === into || ancestry(config, into).includes(from))
        return fail(
          ['into'],
          'merge_into_itself',
          '不能把单位并入其自身或其下属单位',
          'a unit cannot merge into itself or one of its own units',
        );
      next = {
        ...config,
        units: config.units
          .filter((u) => u.id !== from)
          .map((u) => (u.parentId === from ? { ...u, parentId: into } : u)),
        sites: config.sites.map((s) =>
          s.responsibleUnitId === from ? { ...s, responsibleUnitId: into } : s,
        ),
        tasks: config.tasks.map((t) => ({
          ...t,
          leadUnitIds: dedupe(t.leadUnitIds.map((id) => swap(id, from, into))),
          supportingUnitIds: dedupe(t.supportingUnitIds.map((id) => swap(id, from, into))),
        })),
        roster: config.roster.map((r) => (r.unitId === from ? { ...r, unitId: into } : r)),
      };
      break;
    }
    case 'framework.migrated': {
      const role = event.framework.role;
      const at = config.frameworks.findIndex((f) =>
        role === 'main' ? f.role === 'main' : f.edition.id === event.framework.edition.id,
      );
      next = {
        ...config,
        frameworks:
          at < 0 ? [...config.frameworks, event.framework] : replace(config.frameworks, at, event.framework),
      };
      break;
    }
    case 'settings.changed':
      next = { ...config, settings: event.settings };
      break;
    case 'roster.changed':
      next = { ...config, roster: event.roster };
      break;
    case 'calendar.changed':
      next = { ...config, calendar: event.calendar };
      break;
  }
  const issues = checkConfiguration(next);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: next };
}

/** A unit and every unit above it. */
function ancestry(config: Configuration, id: string): string[] {
  const parents = new Map(config.units.map((u) => [u.id, u.parentId]));
  const out: string[] = [];
  for (let at: string | undefined = id; at !== undefined && !out.includes(at); at = parents.get(at))
    out.push(at);
  return out;
}
