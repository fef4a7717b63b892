// The whole campaign of the sample street, as a host system would drive it: validated data in, events to the
// machine, the board and the measures from the rules. Every step uses only the packages' public API.

import { type CivilityTally, listStandards } from '@chuangwen/checklists';
import {
  civilitySheet,
  districtArchiveInventory,
  districtFramework,
  siteTypeCatalogue,
} from '@chuangwen/checklists/district';
import { createRandom, seedStreet } from '@chuangwen/fixtures';
import {
  type CampaignContext,
  type CampaignEvent,
  type CampaignRecord,
  createCampaign,
  dispatch,
  type Role,
} from '@chuangwen/machine';
import {
  BUILT_IN_WORKING_GROUP_KINDS,
  type Meeting,
  type MeetingKind,
  type Observation,
  type Rectification,
  type SurveyResponse,
  validateCampaign,
} from '@chuangwen/model';
import {
  appraiseUnits,
  type Blocker,
  type BoardSnapshot,
  type ClassCounts,
  ComplianceBoard,
  checkCadence,
  civilityIndex,
  scoreFramework,
  surveyRates,
} from '@chuangwen/rules';
import { Clock } from './clock.js';

/** A point in the board's history, for the chart. */
export interface BoardPoint {
  date: string;
  label: { 'zh-CN': string; en: string };
  totals: ClassCounts;
}

const rng = createRandom(2026);
const street = validateCampaign(seedStreet(), {
  standardCodes: listStandards(districtFramework).map((l) => l.standard.code),
});
if (!street.ok) throw new Error(`the sample street is invalid: ${JSON.stringify(street.issues)}`);
const campaign = street.value;
const clock = new Clock('2026-03-01T09:00:00+08:00');

// Who acts, in which role: people of the sample street.
const A = {
  leader: { id: 'p-secretary', role: 'leadingGroup' },
  office: { id: 'p-office', role: 'office' },
  inspector: { id: 'p-inspector', role: 'supervisionGroup' },
  checker: { id: 'p-inspector-2', role: 'inspector' },
  archivist: { id: 'p-archivist', role: 'archivesGroup' },
  publicity: { id: 'p-writer', role: 'publicityGroup' },
} as const satisfies Record<string, { id: string; role: Role }>;
const staffOf = (unitId: string) => ({
  id: campaign.units.find((u) => u.id === unitId)?.leaderId ?? `staff-${unitId}`,
  role: 'unitStaff' as const,
});

// Lead units of the task table, then the supporting ones.
const roles: Record<string, 'lead' | 'responsible'> = {};
for (const t of campaign.tasks) for (const u of t.supportingUnitIds) roles[u] = 'responsible';
for (const t of campaign.tasks) for (const u of t.leadUnitIds) roles[u] = 'lead';
const leadOf = new Map(
  campaign.tasks.flatMap((t) => t.standardRefs.map((code) => [code, t.leadUnitIds[0]!] as const)),
);

let record: CampaignRecord = createCampaign(
  {
    campaignId: campaign.id,
    at: clock.now(),
    timeline: campaign.timeline,
    inventory: Object.fromEntries(
      districtArchiveInventory.entries.map((e) => [e.standardCode, e.categories]),
    ),
    units: roles,
  },
  A.office,
);
const refusals: { at: string; blockers: Blocker[] }[] = [];

/** An event as the demo writes it: the clock stamps the time. */
type Unstamped = CampaignEvent extends infer E
  ? E extends CampaignEvent
    ? Omit<E, 'at'> & { at?: string }
    : never
  : never;

/** Sends an event; a rejection here is a bug in the demo, so it stops. A refused move is recorded. */
function send(event: Unstamped) {
  const result = dispatch(record, { ...event, at: event.at ?? clock.tick() });
  if (result.rejection) throw new Error(`${event.type} rejected: ${result.rejection.reason.en}`);
  if (result.refused) refusals.push({ at: clock.today(), blockers: result.refused });
  record = result.record;
  return result;
}
const context = () =>
  (record.campaign.snapshot as unknown as { value: string; context: CampaignContext }).context;
const state = () => (record.campaign.snapshot as unknown as { value: string }).value;

// ---- The board: every observation goes in, the classes go to the machine as a host-supplied fact.
const observations: Observation[] = [];
const rectifications = new Map<string, Rectification>();
const board = new ComplianceBoard({
  framework: districtFramework,
  asOf: clock.now(),
  sites: campaign.sites,
  tasks: campaign.tasks,
});
const boardHistory: BoardPoint[] = [];
let seq = 0;

function observe(
  standardRef: string,
  siteId: string | undefined,
  pass: boolean,
  source: Observation['source'],
  extra: Partial<Observation> = {},
) {
  const standard = listStandards(districtFramework).find((l) => l.standard.code === standardRef)!.standard;
  const o = {
    id: `o${++seq}`,
    standardRef,
    scope: siteId ? { kind: 'site' as const, siteId } : { kind: 'jurisdiction' as const },
    observedAt: clock.tick(),
    method: standard.methods[0]!,
    source,
    outcome: pass ? ('pass' as const) : ('fail' as const),
    violationCount: pass ? 0 : 1 + Math.floor(rng.next() * 3),
    evidence: [],
    inspectorId: 'p-inspector',
    ...extra,
  } as Observation;
  observations.push(o);
  board.record(o);
  return o;
}

function publishBoard(label: BoardPoint['label']): BoardSnapshot {
  board.at(clock.now());
  const snap = board.snapshot();
  send({
    type: 'board.updated',
    actor: A.office,
    standards: Object.fromEntries(Object.values(snap.standards).map((s) => [s.code, s.class])),
  });
  boardHistory.push({ date: clock.today(), label, totals: { ...snap.totals } });
  return snap;
}

/** Sites of the street where a standard is observed; standards with no such site are checked street-wide. */
const sitesFor = (siteTypes: readonly string[]) =>
  campaign.sites.filter((s) => siteTypes.includes(s.siteType)).map((s) => s.id);
/** Where the street checks a standard: up to three of its sites, or the whole street. */
const scopesFor = (siteTypes: readonly string[]) => {
  const sites = sitesFor(siteTypes).slice(0, 3);
  return sites.length > 0 ? sites : [undefined];
};

// ---- Rectifications: the full ledger loop through the machine, mirrored as model records for appraisal.
function rectify(o: Observation, options: { returnOnce?: boolean; escalate?: boolean } = {}) {
  const id = `r-${o.id}`;
  const unitId =
    o.scope.kind === 'site'
      ? campaign.sites.find((s) => s.id === (o.scope as { siteId: string }).siteId)!.unitId
      : (leadOf.get(o.standardRef) ?? 'u-urban');
  const deadline = new Date(Date.parse(o.observedAt) + 20 * 86_400_000).toISOString().slice(0, 10);
  send({
    type: 'rectification.reported',
    actor: A.inspector,
    rectificationId: id,
    standardRef: o.standardRef,
    scope: o.scope,
    description: `${o.standardRef} 检查发现问题`,
    observationId: o.id,
  });
  send({ type: 'rectification.assigned', actor: A.office, rectificationId: id, unitId, deadline });
  const rect: Rectification = {
    id,
    observationId: o.id,
    standardRef: o.standardRef,
    scope: o.scope,
    description: '检查发现问题',
    reportedAt: o.observedAt,
    assignedUnitId: unitId,
    deadline,
    status: 'assigned',
    evidence: [],
    repeatCount: 0,
  };
  rectifications.set(id, rect);
  if (options.escalate) {
    send({
      type: 'rectification.escalated',
      actor: A.office,
      rectificationId: id,
      to: '区城市管理局（牵头单位）',
    });
    rect.status = 'escalated';
    return rect;
  }
  send({ type: 'rectification.started', actor: staffOf(unitId), rectificationId: id });
  send({
    type: 'rectification.submitted',
    actor: staffOf(unitId),
    rectificationId: id,
    evidence: [`d-${id}-after`],
  });
  if (options.returnOnce) {
    send({
      type: 'rectification.returned',
      actor: A.checker,
      rectificationId: id,
      reason: '整改后照片未体现全貌，退回重改',
    });
    send({ type: 'rectification.started', actor: staffOf(unitId), rectificationId: id });
    send({
      type: 'rectification.submitted',
      actor: staffOf(unitId),
      rectificationId: id,
      evidence: [`d-${id}-after-2`],
    });
  }
  send({ type: 'rectification.closed', actor: A.checker, rectificationId: id });
  Object.assign(rect, { status: 'closed', closedAt: clock.now(), evidence: [`d-${id}-after`] });
  return rect;
}

// ---- Meetings, for the supervision cadence.
const meetings: Meeting[] = [];
function meet(kind: MeetingKind, date: string, makeUpFor?: string) {
  const m: Meeting = {
    id: `m${meetings.length + 1}`,
    kind,
    date,
    attendeeIds: ['p-secretary', 'p-office'],
    unitIds: [],
    siteIds: [],
    documentIds: [],
    ...(makeUpFor ? { makeUpFor } : {}),
  };
  meetings.push(m);
  send({ type: 'meeting.recorded', actor: A.office, kind, meetingId: m.id, date });
}
function superviseMonth(month: string, onSite = 2) {
  meet('leadershipReportHearing', `${month}-06`);
  for (let i = 0; i < onSite; i++)
    meet('onSiteSupervision', `${month}-${String(10 + i * 10).padStart(2, '0')}`);
  meet('jointMeeting', `${month}-12`);
  meet('coordinationMeeting', `${month}-15`);
  meet('monthlyInspection', `${month}-25`);
}
const cadenceNow = () => checkCadence({ meetings, from: '2026-04-01', asOf: clock.now() });

/** Runs the campaign from mobilisation to its close and returns everything the report shows. */
export function runCampaign() {
  // 宣传发动 Mobilisation.
  send({ type: 'organisation.leadingGroupFormed', actor: A.leader });
  send({ type: 'organisation.officeFormed', actor: A.leader });
  for (const group of BUILT_IN_WORKING_GROUP_KINDS)
    send({ type: 'organisation.workingGroupStaffed', actor: A.office, group });
  clock.set('2026-03-05');
  meet('mobilizationMeeting', '2026-03-05');
  send({ type: 'plan.issued', actor: A.office, plan: 'implementation' });
  send({ type: 'plan.issued', actor: A.office, plan: 'work' });
  clock.set('2026-03-10');
  send({ type: 'phase.advance', actor: A.office }); // refused: publicity and the units' teams and plans are missing
  send({ type: 'publicity.launched', actor: A.publicity });
  for (const unitId of Object.keys(roles)) {
    send({ type: 'unit.teamFormed', actor: staffOf(unitId), unitId });
    send({ type: 'unit.planSubmitted', actor: staffOf(unitId), unitId });
  }
  clock.set('2026-03-28');
  send({ type: 'phase.advance', actor: A.office });

  // 专项整治 Special rectification: self-checks, the board, rectifications, a mock inspection, cadence.
  clock.set('2026-04-12');
  const located = listStandards(districtFramework);
  const failing: Observation[] = [];
  for (const { standard } of located) {
    if (standard.kind === 'survey' || rng.chance(0.12)) continue; // surveys come later; some standards not yet checked
    for (const siteId of scopesFor(standard.siteTypes)) {
      const o = observe(
        standard.code,
        siteId,
        !rng.chance(standard.kind === 'behaviourOrder' ? 0.35 : 0.2),
        'selfCheck',
      );
      if (o.outcome === 'fail') failing.push(o);
    }
  }
  publishBoard({ 'zh-CN': '4月自查', en: 'April self-checks' });
  superviseMonth('2026-04');
  clock.set('2026-04-20');
  failing.forEach((o, i) => {
    rectify(o, { returnOnce: i === 0, escalate: i === 1 });
  });
  clock.set('2026-05-10');
  for (const o of failing)
    observe(o.standardRef, o.scope.kind === 'site' ? o.scope.siteId : undefined, true, 'supervisionCheck');
  publishBoard({ 'zh-CN': '5月整改复查', en: 'May re-checks' });

  // A mock inspection by the supervision group settles the undetermined standards, surveys included.
  clock.set('2026-05-18');
  const surveyed = located.filter((l) => l.standard.kind === 'survey').map((l) => l.standard.code);
  const responses: SurveyResponse[] = Array.from({ length: 420 }, (_, i) => ({
    id: `q${i}`,
    respondedAt: clock.tick(1),
    channel: i % 3 === 0 ? 'streetIntercept' : 'household',
    unitId: campaign.units.filter((u) => u.kind === 'community' || u.kind === 'village')[i % 8]!.id,
    goals: {
      awareness: rng.chance(0.93),
      support: rng.chance(0.91),
      participation: rng.chance(0.78),
      satisfaction: rng.chance(0.9),
    },
    answers: surveyed.map((standardRef) => ({ standardRef, favourable: rng.chance(0.94) })),
  }));
  const rates = surveyRates(responses, campaign.goals.targetRates);
  // Evidence expires (90 days for field checks): before moving on, re-check every standard no longer known to pass.
  const recheckExpired = () => {
    board.at(clock.now());
    for (const { standard } of located) {
      if (board.standard(standard.code)!.class !== 'undetermined') continue;
      const survey =
        standard.kind === 'survey'
          ? {
              method: 'survey' as const,
              measuredRate: favourable(standard.code),
              sampleSize: responses.length,
            }
          : {};
      for (const siteId of standard.kind === 'survey' ? [undefined] : scopesFor(standard.siteTypes))
        observe(standard.code, siteId, true, 'supervisionCheck', survey);
    }
  };
  const favourable = (code: string) => {
    const answers = responses.flatMap((r) => r.answers.filter((a) => a.standardRef === code));
    return answers.filter((a) => a.favourable).length / answers.length;
  };
  for (const { standard } of located) {
    const status = board.standard(standard.code)!;
    if (status.class !== 'undetermined') continue;
    if (standard.kind === 'survey') {
      observe(standard.code, undefined, true, 'mockAssessment', {
        method: 'survey',
        measuredRate: favourable(standard.code),
        sampleSize: responses.length,
        violationCount: 0,
      });
    } else {
      const o = observe(standard.code, sitesFor(standard.siteTypes)[0], !rng.chance(0.15), 'mockAssessment');
      if (o.outcome === 'fail') {
        rectify(o);
        observe(
          o.standardRef,
          o.scope.kind === 'site' ? o.scope.siteId : undefined,
          true,
          'supervisionCheck',
        );
      }
    }
  }
  publishBoard({ 'zh-CN': '5月模拟检查', en: 'May mock inspection' });
  superviseMonth('2026-05', 1); // one on-site supervision short this month

  clock.set('2026-06-02');
  send({
    type: 'cadence.updated',
    actor: A.office,
    missedMonths: [...new Set(cadenceNow().missed.map((m) => m.month))],
  });
  send({ type: 'phase.advance', actor: A.office }); // refused: May's supervision was missed
  meet('onSiteSupervision', '2026-06-03', '2026-05'); // a make-up session for May
  superviseMonth('2026-06');
  clock.set('2026-06-28');
  send({
    type: 'cadence.updated',
    actor: A.office,
    missedMonths: [...new Set(cadenceNow().missed.map((m) => m.month))],
  });
  publishBoard({ 'zh-CN': '6月月度检查', en: 'June inspection' });
  send({ type: 'phase.advance', actor: A.office });

  // 全面冲刺 Final sprint: groups rated, unannounced window checks, a rebound found and fixed again.
  clock.set('2026-07-06');
  for (const group of BUILT_IN_WORKING_GROUP_KINDS)
    send({ type: 'workingGroup.rated', actor: A.office, group });
  for (const siteId of sitesFor(['governmentServiceHall', 'hospital', 'bankOutlet'])) {
    observe('02.01.01', siteId, true, 'unannouncedVisit', { method: 'covertInspection' });
    send({ type: 'windowCheck.recorded', actor: A.checker, siteId, passed: true });
  }
  clock.set('2026-07-20');
  const relapsed = [...rectifications.values()].find(
    (r) => r.status === 'closed' && r.scope.kind === 'site',
  )!;
  const again = observe(
    relapsed.standardRef,
    (relapsed.scope as { siteId: string }).siteId,
    false,
    'unannouncedVisit',
    { method: 'covertInspection' },
  );
  send({
    type: 'rectification.relapsed',
    actor: A.checker,
    rectificationId: relapsed.id,
    observationId: again.id,
  }); // back to special rectification
  relapsed.repeatCount += 1;
  publishBoard({ 'zh-CN': '7月暗访发现回潮', en: 'July relapse found' });
  const unit = relapsed.assignedUnitId!;
  send({
    type: 'rectification.assigned',
    actor: A.office,
    rectificationId: relapsed.id,
    unitId: unit,
    deadline: '2026-07-31',
  });
  send({ type: 'rectification.started', actor: staffOf(unit), rectificationId: relapsed.id });
  send({
    type: 'rectification.submitted',
    actor: staffOf(unit),
    rectificationId: relapsed.id,
    evidence: [`d-${relapsed.id}-again`],
  });
  clock.set('2026-07-27');
  send({ type: 'rectification.closed', actor: A.checker, rectificationId: relapsed.id });
  Object.assign(relapsed, { status: 'closed', closedAt: clock.now() });
  observe(relapsed.standardRef, (relapsed.scope as { siteId: string }).siteId, true, 'supervisionCheck');
  superviseMonth('2026-07');
  recheckExpired();
  publishBoard({ 'zh-CN': '7月回潮整改', en: 'July relapse fixed' });
  send({
    type: 'cadence.updated',
    actor: A.office,
    missedMonths: [...new Set(cadenceNow().missed.map((m) => m.month))],
  });
  send({ type: 'phase.advance', actor: A.office }); // special rectification again → final sprint
  superviseMonth('2026-08');
  clock.set('2026-08-12');
  recheckExpired();
  publishBoard({ 'zh-CN': '8月冲刺检查', en: 'August sprint check' });
  send({ type: 'phase.advance', actor: A.office });

  // 迎检 Inspection readiness: the archive completed for every standard's material requirements, and submitted.
  clock.set('2026-08-25');
  for (const e of districtArchiveInventory.entries)
    send({
      type: 'archive.updated',
      actor: A.archivist,
      standardCode: e.standardCode,
      categories: e.categories,
    });
  send({ type: 'archive.submitted', actor: A.archivist });

  // The official assessment comes during inspection readiness; the street supports the district's testers.
  clock.set('2026-09-10');
  const officialProblems: Observation[] = [];
  for (const { standard } of located) {
    if (standard.kind === 'survey')
      observe(standard.code, undefined, true, 'officialAssessment', {
        method: 'survey',
        measuredRate: 0.9 + rng.next() * 0.08,
        sampleSize: 600,
        violationCount: 0,
      });
    else {
      const o = observe(
        standard.code,
        sitesFor(standard.siteTypes)[1] ?? sitesFor(standard.siteTypes)[0],
        !rng.chance(0.08),
        'officialAssessment',
      );
      if (o.outcome === 'fail') officialProblems.push(o);
    }
  }
  superviseMonth('2026-09');
  const finalBoard = publishBoard({ 'zh-CN': '9月正式测评', en: 'September official assessment' });
  const score = scoreFramework({
    framework: districtFramework,
    observations,
    asOf: clock.now(),
    prerequisiteScores: { P01: 88.5 },
    distinctiveBonus: 3,
  });
  send({
    type: 'result.recorded',
    actor: A.leader,
    passed: !score.gated && score.scoreRate >= 0.8,
    official: true,
    score: Math.round(score.total * 10) / 10,
    on: clock.today(),
  });
  clock.set('2026-09-15');
  send({ type: 'phase.advance', actor: A.office });

  // 总结评议 Summary and evaluation: the problems the testers found are handed over; the slow ones go overdue.
  officialProblems.forEach((o, i) => {
    if (i % 3 !== 2) {
      rectify(o);
      return;
    }
    const id = `r-${o.id}`;
    const unitId =
      o.scope.kind === 'site'
        ? campaign.sites.find((x) => x.id === (o.scope as { siteId: string }).siteId)!.unitId
        : 'u-urban';
    send({
      type: 'rectification.reported',
      actor: A.inspector,
      rectificationId: id,
      standardRef: o.standardRef,
      scope: o.scope,
      description: `${o.standardRef} 正式测评发现问题`,
      observationId: o.id,
    });
    send({
      type: 'rectification.assigned',
      actor: A.office,
      rectificationId: id,
      unitId,
      deadline: '2026-10-05',
    });
    rectifications.set(id, {
      id,
      observationId: o.id,
      standardRef: o.standardRef,
      scope: o.scope,
      description: '正式测评发现问题',
      reportedAt: o.observedAt,
      assignedUnitId: unitId,
      deadline: '2026-10-05',
      status: 'assigned',
      evidence: [],
      repeatCount: 0,
    });
  });
  clock.set('2026-10-15');
  send({ type: 'selfEvaluation.done', actor: A.leader });
  superviseMonth('2026-10');
  meet('summaryMeeting', '2026-10-15');
  const appraisal = appraiseUnits({
    units: Object.keys(roles).map((id) => ({ id })),
    rectifications: [...rectifications.values()],
    observations,
    asOf: clock.now(),
  });
  for (const unitId of Object.keys(roles)) send({ type: 'unit.appraised', actor: A.office, unitId });
  send({ type: 'accountability.decided', actor: A.leader, note: '对排名靠后单位约谈' });
  clock.set('2026-10-30');
  send({ type: 'phase.advance', actor: A.office });

  const tallies: CivilityTally[] = [];
  for (const b of civilitySheet.behaviours) {
    for (const siteType of b.siteTypes.slice(0, 2)) {
      const observed = 120 + Math.floor(rng.next() * 80);
      tallies.push({
        id: `t${tallies.length}`,
        sheetId: civilitySheet.id,
        behaviourCode: b.code,
        siteType,
        observedAt: '2026-05-20T10:00:00+08:00',
        observed,
        occurrences: Math.floor(observed * rng.next() * (b.polarity === 'uncivil' ? 0.08 : 0.3)),
      });
    }
  }

  return {
    campaign,
    framework: districtFramework,
    siteTypes: siteTypeCatalogue,
    state: state(),
    context: context(),
    audit: record.audit,
    record,
    refusals,
    boardHistory,
    finalBoard,
    ledger: [...rectifications.values()],
    cadence: checkCadence({ meetings, from: '2026-04-01', asOf: clock.now() }),
    makeUps: meetings.filter((m) => m.makeUpFor !== undefined),
    rates,
    responses: responses.length,
    civility: civilityIndex({ sheet: civilitySheet, tallies, passLine: 85 }),
    score,
    appraisal,
    endedAt: clock.now(),
  };
}

/** Everything the report shows. */
export type CampaignRun = ReturnType<typeof runCampaign>;
