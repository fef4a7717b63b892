import { checkFrameworkIntegrity, listStandards } from '@chuangwen/checklists';
import type { BilingualText, IssueCode, PathSegment, ValidationIssue } from '@chuangwen/model';
import { issueAt } from '@chuangwen/model/internal';
import { type Configuration, frameworkHash } from './configuration.js';
import type { ConfigurationEvent } from './events.js';
import { say } from './messages.js';
// What a record holds is checked in a browser reading a campaign file too: its messages come from the small catalogue.
import { type Listed, say as sayOfRecord } from './record-messages.js';

/** Ids that appear more than once, each with the place of its repeat. */
function duplicates(ids: readonly string[], path: string, what: Listed) {
  const seen = new Set<string>();
  const out: ValidationIssue[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id))
      out.push(issueAt([path, i, 'id'], 'duplicate_id', sayOfRecord('listedTwice', { what, id })));
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
      'unit',
    ),
    ...duplicates(
      config.sites.map((s) => s.id),
      'sites',
      'site',
    ),
  ];
  const units = new Set(config.units.map((u) => u.id));
  const known = (id: string | undefined, path: PathSegment[]) => {
    if (id !== undefined && !units.has(id))
      out.push(issueAt(path, 'unknown_reference', sayOfRecord('unitNotConfigured', { unitId: id })));
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
        issueAt(
          ['roster', i, 'personId'],
          'duplicate_id',
          sayOfRecord('listedTwice', { what: 'person', id: r.personId }),
        ),
      );
    seenPeople.add(r.personId);
  });
  const codes = new Set<string>();
  config.frameworks.forEach((f, i) => {
    if (frameworkHash(f.edition) !== f.contentHash)
      out.push(
        issueAt(
          ['frameworks', i, 'contentHash'],
          'content_hash_mismatch',
          sayOfRecord('frameworkHash', { editionId: f.edition.id }),
        ),
      );
    for (const found of checkFrameworkIntegrity(f.edition))
      out.push(issueAt(['frameworks', i, 'edition', ...found.path], found.code, found.message));
    for (const { standard } of listStandards(f.edition)) codes.add(standard.code);
  });
  if (config.frameworks.filter((f) => f.role === 'main').length > 1)
    out.push(issueAt(['frameworks'], 'two_main_editions', sayOfRecord('twoMainEditions')));
  config.settings.inventory?.forEach((entry, i) => {
    if (codes.size > 0 && !codes.has(entry.standardRef))
      out.push(
        issueAt(
          ['settings', 'inventory', i, 'standardRef'],
          'unknown_reference',
          sayOfRecord('standardInNoEdition', { standardRef: entry.standardRef }),
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
  const fail = (path: PathSegment[], code: IssueCode, message: BilingualText) => ({
    ok: false as const,
    issues: [issueAt(path, code, message)],
  });
  let next: Configuration;
  switch (event.type) {
    case 'configuration.imported':
      next = event.configuration;
      break;
    case 'site.added':
      if (config.sites.some((s) => s.id === event.site.id))
        return fail(['site', 'id'], 'duplicate_id', say('siteExists', { siteId: event.site.id }));
      next = { ...config, sites: [...config.sites, event.site] };
      break;
    case 'site.moved': {
      const at = config.sites.findIndex((s) => s.id === event.siteId);
      if (at < 0) return fail(['siteId'], 'unknown_reference', say('unknownSite', { siteId: event.siteId }));
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
        return fail(['unit', 'id'], 'duplicate_id', say('unitExists', { unitId: event.unit.id }));
      next = { ...config, units: [...config.units, event.unit] };
      break;
    case 'unit.merged': {
      const { unitId: from, into } = event;
      if (!config.units.some((u) => u.id === from))
        return fail(['unitId'], 'unknown_reference', say('unknownUnit', { unitId: from }));
      if (from === into || ancestry(config, into).includes(from))
        return fail(['into'], 'merge_into_itself', say('unitIntoItself'));
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
