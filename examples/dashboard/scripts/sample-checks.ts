// The sample street's checks and the problems they found: observations by inspectors at their assigned sites and
// self-checks by unit staff, each measured by its standard's rule; failures handed over as rectifications that run
// their lifecycle to every end the ledger shows (closed, returned, escalated, overdue, in time).
import { listStandards, type Standard } from '@chuangwen/checklists';
import { districtFramework } from '@chuangwen/checklists/district';
import {
  type Identity,
  inspectorAt,
  leadUnitFor,
  OFFICE,
  type SampleEvent,
  SUPERVISION,
  sampleDocument,
  sitesOfTypes,
  staffOf,
  unitOfSite,
} from './sample-actors.js';
import { at, type Dice, dayAfter } from './sample-time.js';

/** What the checker measures, by the standard's declared rule: passing measures pass, failing ones fail. */
function measureFor(standard: Standard, pass: boolean, dice: Dice): Record<string, number> {
  const rule = standard.scoring;
  switch (rule.kind) {
    case 'stateDescription':
      return { violationCount: pass ? 0 : 2 + dice.int(2) };
    case 'countThreshold':
      return { measuredCount: pass ? rule.required : Math.max(0, rule.required - 1 - dice.int(2)) };
    case 'ratio':
      return { measuredRate: pass ? rule.fullAt : Math.max(0, rule.passAt - 0.05) };
    case 'incidence':
      return { measuredRate: pass ? rule.maxRate / 2 : rule.maxRate + 0.03, sampleSize: 200 };
    case 'noOccurrence':
      return { violationCount: pass ? 0 : 1 };
    case 'survey':
      return { measuredRate: pass ? rule.passLine + 0.03 : rule.passLine - 0.08, sampleSize: 400 };
    case 'binary':
      return {};
  }
}

type Scope = { kind: 'site'; siteId: string } | { kind: 'jurisdiction' };

/** Builds the checks and the problems; ids are numbered in order so the sample reads the same every time. */
export function sampleChecks(dice: Dice): SampleEvent[] {
  const events: SampleEvent[] = [];
  let observations = 0;
  let problems = 0;
  const push = (as: Identity, date: string, hour: number, body: Record<string, unknown>) =>
    events.push({ as, body: { ...body, at: at(date, hour) } as SampleEvent['body'] });

  const observe = (
    standard: Standard,
    scope: Scope,
    date: string,
    pass: boolean,
    who: { as: Identity; source: string },
  ) => {
    const id = `o-${String(++observations).padStart(4, '0')}`;
    const method = standard.methods[0]!;
    push(who.as, date, 9, {
      type: 'observation.recorded',
      observation: {
        id,
        standardRef: standard.code,
        scope,
        observedAt: at(date, 9),
        method,
        source: who.source,
        outcome: pass ? 'pass' : 'fail',
        inspectorId: who.as['x-chuangwen-actor'],
        ...measureFor(standard, pass, dice),
      },
    });
    return id;
  };

  /** A checker's finding handed over and carried to one of the ledger's ends. */
  const rectify = (
    standard: Standard,
    scope: Scope,
    observationId: string,
    found: string,
    checker: Identity,
  ) => {
    const rectificationId = `r-${String(++problems).padStart(3, '0')}`;
    const lead = scope.kind === 'site' ? unitOfSite(scope.siteId) : leadUnitFor(standard.code);
    const staff = staffOf(lead);
    const rid = { rectificationId };
    const fate = dice.next();
    push(checker, found, 11, {
      type: 'rectification.reported',
      ...rid,
      standardRef: standard.code,
      scope,
      description: `${standard.text['zh-CN']}：检查未达标`,
      observationId,
    });
    const inTime = fate >= 0.87;
    push(OFFICE, dayAfter(found, 1), 10, {
      type: 'rectification.assigned',
      ...rid,
      leadUnitId: lead,
      deadline: inTime ? '2026-06-30' : dayAfter(found, fate < 0.72 ? 21 : 14),
      requirement: '限期整改到位，提交整改前后对比照片',
    });
    if (fate >= 0.6 && fate < 0.72) {
      push(OFFICE, dayAfter(found, 5), 15, {
        type: 'rectification.escalated',
        ...rid,
        to: '江澜区城市管理局（虚构）',
      });
      return;
    }
    if (inTime) return;
    push(staff, dayAfter(found, 3), 9, { type: 'rectification.started', ...rid });
    if (fate >= 0.72) return; // still rectifying past its deadline: overdue
    const photo = `d-fix-${rectificationId}`;
    push(staff, dayAfter(found, 10), 16, {
      type: 'document.filed',
      document: sampleDocument(
        photo,
        '整改前后对比照片',
        'photo',
        [standard.code],
        dayAfter(found, 10),
        lead,
      ),
    });
    push(staff, dayAfter(found, 10), 17, { type: 'rectification.submitted', ...rid, evidence: [photo] });
    if (fate < 0.45) {
      push(checker, dayAfter(found, 14), 10, { type: 'rectification.closed', ...rid });
      return dayAfter(found, 15); // the day the checker looks again
    }
    push(checker, dayAfter(found, 12), 10, {
      type: 'rectification.returned',
      ...rid,
      reason: '整改不彻底，请重新整改',
    });
    push(staff, dayAfter(found, 13), 9, { type: 'rectification.started', ...rid });
    return undefined;
  };

  for (const { standard } of listStandards(districtFramework)) {
    if (standard.kind === 'survey') {
      const pass = !dice.chance(0.2);
      observe(standard, { kind: 'jurisdiction' }, '2026-05-28', pass, {
        as: SUPERVISION,
        source: 'mockAssessment',
      });
      continue;
    }
    if (dice.chance(0.12)) continue; // not checked yet: 未知可否达标
    const sites = sitesOfTypes(standard.siteTypes);
    const scopes: Scope[] =
      sites.length > 0 ? sites.map((siteId) => ({ kind: 'site', siteId })) : [{ kind: 'jurisdiction' }];
    for (const scope of scopes) {
      const first = dayAfter('2026-03-20', dice.int(50));
      const selfCheck = scope.kind === 'site' && dice.chance(0.4);
      const pass = !dice.chance(standard.kind === 'behaviourOrder' ? 0.35 : 0.22);
      const checker = scope.kind === 'site' ? inspectorAt(scope.siteId) : SUPERVISION;
      const source = standard.methods[0] === 'covertInspection' ? 'unannouncedVisit' : 'supervisionCheck';
      const who = selfCheck
        ? { as: staffOf(unitOfSite((scope as { siteId: string }).siteId)), source: 'selfCheck' }
        : { as: checker, source };
      const id = observe(standard, scope, first, pass, who);
      if (pass) continue;
      if (selfCheck) {
        // A unit that finds its own fault mostly fixes it and checks again.
        if (dice.chance(0.6)) observe(standard, scope, dayAfter(first, 10), true, who);
        continue;
      }
      const recheck = rectify(standard, scope, id, first, checker);
      if (recheck) observe(standard, scope, recheck, true, { as: checker, source: 'supervisionCheck' });
    }
  }
  return events;
}
