import type { Campaign } from './campaign.js';
import { issueAt, type PathSegment, type ValidationIssue } from './issues.js';
import type { BilingualText } from './primitives.js';

/** What kind of record a reference points at, for messages. */
type RefKind =
  | 'person'
  | 'unit'
  | 'site'
  | 'standard'
  | 'observation'
  | 'document'
  | 'rectification'
  | 'holder';

const REF_KIND_NAMES: Record<RefKind, BilingualText> = {
  person: { 'zh-CN': '人员', en: 'person' },
  unit: { 'zh-CN': '单位', en: 'unit' },
  site: { 'zh-CN': '点位', en: 'site' },
  standard: { 'zh-CN': '测评标准', en: 'standard' },
  observation: { 'zh-CN': '测评记录', en: 'observation' },
  document: { 'zh-CN': '档案材料', en: 'archive document' },
  rectification: { 'zh-CN': '整改台账', en: 'rectification' },
  holder: { 'zh-CN': '单位或工作组', en: 'unit or working group' },
};

/** Collections whose records carry an `id` that must be unique within the collection. */
const ID_COLLECTIONS = [
  'units',
  'sites',
  'tasks',
  'observations',
  'rectifications',
  'meetings',
  'archive',
  'surveyResponses',
  'appraisals',
  'accountabilityActions',
  'budget',
] as const;

/** Options for the integrity checks. */
export interface IntegrityOptions {
  /** Standard codes known to the host (from the framework edition); references must resolve against them. */
  standardCodes?: Iterable<string>;
}

function indexIds(
  records: readonly { id: string }[],
  path: PathSegment[],
  issues: ValidationIssue[],
): Set<string> {
  const ids = new Set<string>();
  for (let i = 0; i < records.length; i++) {
    const id = records[i]!.id;
    if (ids.has(id)) {
      issues.push(
        issueAt([...path, i, 'id'], 'duplicate_id', {
          'zh-CN': `编号 "${id}" 重复`,
          en: `duplicate id "${id}"`,
        }),
      );
    }
    ids.add(id);
  }
  return ids;
}

/**
 * Checks what a schema cannot: unique ids, references that resolve within the document, an acyclic unit
 * hierarchy, and dates that fit the planned timeline. Returns every issue found; an empty list means consistent.
 */
export function checkCampaignIntegrity(
  campaign: Campaign,
  options: IntegrityOptions = {},
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const people = indexIds(campaign.organisation.people, ['organisation', 'people'], issues);
  const groups = indexIds(campaign.organisation.workingGroups, ['organisation', 'workingGroups'], issues);
  const ids = {} as Record<(typeof ID_COLLECTIONS)[number], Set<string>>;
  for (const name of ID_COLLECTIONS) ids[name] = indexIds(campaign[name], [name], issues);

  let standards: Set<string> | undefined;
  if (options.standardCodes) standards = new Set(options.standardCodes);
  if (campaign.standards) {
    const listed = new Set<string>();
    campaign.standards.forEach((s, i) => {
      if (listed.has(s.code)) {
        issues.push(
          issueAt(['standards', i, 'code'], 'duplicate_id', {
            'zh-CN': `测评标准编号 "${s.code}" 重复`,
            en: `duplicate standard code "${s.code}"`,
          }),
        );
      }
      listed.add(s.code);
    });
    standards = standards ? new Set([...listed].filter((c) => standards!.has(c))) : listed;
  }

  const targets: Record<RefKind, Set<string> | undefined> = {
    person: people,
    unit: ids.units,
    site: ids.sites,
    standard: standards,
    observation: ids.observations,
    document: ids.archive,
    rectification: ids.rectifications,
    holder: new Set([...ids.units, ...groups]),
  };
  const ref = (kind: RefKind, id: string | undefined, path: PathSegment[]) => {
    const known = targets[kind];
    if (id === undefined || !known || known.has(id)) return;
    const name = REF_KIND_NAMES[kind];
    issues.push(
      issueAt(path, 'unknown_reference', {
        'zh-CN': `引用的${name['zh-CN']} "${id}" 不存在`,
        en: `refers to unknown ${name.en} "${id}"`,
      }),
    );
  };
  const refs = (kind: RefKind, list: readonly string[], path: PathSegment[]) => {
    for (let i = 0; i < list.length; i++) ref(kind, list[i], [...path, i]);
  };
  const scope = (s: Campaign['observations'][number]['scope'], path: PathSegment[]) => {
    if (s.kind === 'site') ref('site', s.siteId, [...path, 'siteId']);
    else if (s.kind === 'unit') ref('unit', s.unitId, [...path, 'unitId']);
  };

  const { organisation: org } = campaign;
  ref('person', org.leadingGroup.leaderId, ['organisation', 'leadingGroup', 'leaderId']);
  refs('person', org.leadingGroup.deputyIds, ['organisation', 'leadingGroup', 'deputyIds']);
  refs('person', org.leadingGroup.memberIds, ['organisation', 'leadingGroup', 'memberIds']);
  ref('person', org.office.directorId, ['organisation', 'office', 'directorId']);
  refs('person', org.office.memberIds, ['organisation', 'office', 'memberIds']);
  org.workingGroups.forEach((g, i) => {
    refs('person', g.responsiblePersonIds, ['organisation', 'workingGroups', i, 'responsiblePersonIds']);
  });
  org.people.forEach((p, i) => {
    ref('unit', p.unitId, ['organisation', 'people', i, 'unitId']);
  });
  campaign.budget.forEach((b, i) => {
    ref('holder', b.holderId, ['budget', i, 'holderId']);
  });
  campaign.units.forEach((u, i) => {
    ref('unit', u.parentId, ['units', i, 'parentId']);
    ref('person', u.leaderId, ['units', i, 'leaderId']);
    ref('person', u.contactId, ['units', i, 'contactId']);
  });
  campaign.sites.forEach((s, i) => {
    ref('unit', s.unitId, ['sites', i, 'unitId']);
    ref('person', s.responsibleLeaderId, ['sites', i, 'responsibleLeaderId']);
  });
  campaign.tasks.forEach((t, i) => {
    refs('standard', t.standardRefs, ['tasks', i, 'standardRefs']);
    refs('unit', t.leadUnitIds, ['tasks', i, 'leadUnitIds']);
    refs('unit', t.supportingUnitIds, ['tasks', i, 'supportingUnitIds']);
    ref('person', t.responsibleLeaderId, ['tasks', i, 'responsibleLeaderId']);
  });
  const observations = campaign.observations;
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i]!;
    ref('standard', o.standardRef, ['observations', i, 'standardRef']);
    scope(o.scope, ['observations', i, 'scope']);
    ref('person', o.inspectorId, ['observations', i, 'inspectorId']);
    if (o.evidence.length > 0) refs('document', o.evidence, ['observations', i, 'evidence']);
  }
  campaign.rectifications.forEach((r, i) => {
    ref('observation', r.observationId, ['rectifications', i, 'observationId']);
    ref('standard', r.standardRef, ['rectifications', i, 'standardRef']);
    scope(r.scope, ['rectifications', i, 'scope']);
    ref('unit', r.assignedUnitId, ['rectifications', i, 'assignedUnitId']);
    refs('document', r.evidence, ['rectifications', i, 'evidence']);
    ref('person', r.rectifiedById, ['rectifications', i, 'rectifiedById']);
    ref('person', r.reviewerId, ['rectifications', i, 'reviewerId']);
  });
  campaign.meetings.forEach((m, i) => {
    refs('person', m.attendeeIds, ['meetings', i, 'attendeeIds']);
    refs('unit', m.unitIds, ['meetings', i, 'unitIds']);
    refs('site', m.siteIds, ['meetings', i, 'siteIds']);
    refs('document', m.documentIds, ['meetings', i, 'documentIds']);
  });
  campaign.archive.forEach((d, i) => {
    refs('standard', d.standardRefs, ['archive', i, 'standardRefs']);
    ref('unit', d.unitId, ['archive', i, 'unitId']);
  });
  campaign.surveyResponses.forEach((s, i) => {
    ref('unit', s.unitId, ['surveyResponses', i, 'unitId']);
    s.answers.forEach((a, j) => {
      ref('standard', a.standardRef, ['surveyResponses', i, 'answers', j, 'standardRef']);
    });
  });
  campaign.appraisals.forEach((a, i) => {
    ref('unit', a.unitId, ['appraisals', i, 'unitId']);
    ref('person', a.appraiserId, ['appraisals', i, 'appraiserId']);
  });
  campaign.accountabilityActions.forEach((a, i) => {
    ref('unit', a.unitId, ['accountabilityActions', i, 'unitId']);
    refs('person', a.personIds, ['accountabilityActions', i, 'personIds']);
    ref('person', a.decidedById, ['accountabilityActions', i, 'decidedById']);
    refs('rectification', a.rectificationIds, ['accountabilityActions', i, 'rectificationIds']);
  });

  issues.push(...findHierarchyCycles(campaign), ...checkTimeline(campaign));
  return issues;
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

/** Checks phase dates and that every dated deadline falls inside the planned timeline. */
function checkTimeline(campaign: Campaign): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  let first: string | undefined;
  let last: string | undefined;
  campaign.timeline.forEach((p, i) => {
    if (seen.has(p.phase)) {
      issues.push(
        issueAt(['timeline', i, 'phase'], 'duplicate_phase', {
          'zh-CN': `阶段 "${p.phase}" 重复安排`,
          en: `phase "${p.phase}" is planned twice`,
        }),
      );
    }
    seen.add(p.phase);
    if (p.start > p.end) {
      issues.push(
        issueAt(['timeline', i, 'end'], 'invalid_date_range', {
          'zh-CN': `结束日期 ${p.end} 早于开始日期 ${p.start}`,
          en: `end date ${p.end} is before start date ${p.start}`,
        }),
      );
    }
    if (first === undefined || p.start < first) first = p.start;
    if (last === undefined || p.end > last) last = p.end;
  });
  if (first === undefined || last === undefined) return issues;
  const outside = (date: string, path: PathSegment[]) => {
    if (date >= first! && date <= last!) return;
    issues.push(
      issueAt(path, 'deadline_outside_timeline', {
        'zh-CN': `期限 ${date} 不在创建时间安排（${first} 至 ${last}）之内`,
        en: `deadline ${date} is outside the campaign timeline (${first} to ${last})`,
      }),
    );
  };
  campaign.tasks.forEach((t, i) => {
    if (t.deadline.kind === 'date') outside(t.deadline.date, ['tasks', i, 'deadline', 'date']);
  });
  campaign.rectifications.forEach((r, i) => {
    if (r.deadline !== undefined) outside(r.deadline, ['rectifications', i, 'deadline']);
  });
  return issues;
}
