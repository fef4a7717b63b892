// The whole campaign of the sample street, as a host system would drive it: validated data in, events to the
// machine, the board and the measures from the rules. Every step uses only the published packages' public API.

import type { CivilityTally } from '@chuangwen/checklists';
import {
  civilitySheet,
  minorsFramework,
  SAMPLE_CIVILITY_PASS_LINE,
  siteTypeCatalogue,
} from '@chuangwen/checklists/district';
import type { Role } from '@chuangwen/machine';
import {
  type AssessmentRound,
  BUILT_IN_WORKING_GROUP_KINDS,
  type Observation,
  type SurveyResponse,
} from '@chuangwen/model';
import { civilityIndex, drawSites, scoreFramework, surveyRates } from '@chuangwen/rules';
import { Archive } from './archive.js';
import { Clock } from './clock.js';
import { Desk } from './desk.js';
import { Evidence } from './evidence.js';
import { Ledger } from './ledger.js';
import { Meetings } from './meetings.js';
import { createRandom } from './random.js';
import { mockRound } from './rounds.js';
import {
  A,
  campaign,
  framework,
  inventory,
  minors,
  roles,
  scopesFor,
  sitesFor,
  staffOf,
  standards,
  WINDOW_TYPES,
} from './street.js';
import { summarise } from './summary.js';

/** Runs the campaign from mobilization to its close and returns everything the report shows. */
export function runCampaign() {
  const rng = createRandom(2026);
  const clock = new Clock('2026-03-01T09:00:00+08:00');
  const desk = new Desk(clock, A.office);
  const evidence = new Evidence(clock, desk, rng);
  const ledger = new Ledger(desk);
  const archive = new Archive(clock, desk);
  const meetings = new Meetings(clock, desk);
  const send = desk.send.bind(desk);
  const rounds: AssessmentRound[] = [];

  // 宣传发动 Mobilisation.
  send({ type: 'organisation.leadingGroupFormed', actor: A.leader });
  send({ type: 'organisation.officeFormed', actor: A.leader });
  for (const group of BUILT_IN_WORKING_GROUP_KINDS)
    send({ type: 'organisation.workingGroupStaffed', actor: A.office, group });
  clock.set('2026-03-05');
  meetings.meet('mobilizationMeeting', '2026-03-05');
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

  // 专项整治 Special rectification: self-checks by each standard's rule, the board, the ledger, a district notice.
  clock.set('2026-04-12');
  const failing: Observation[] = [];
  for (const { standard } of standards) {
    if (standard.kind === 'survey' || rng.chance(0.12)) continue; // surveys come later; some standards not yet checked
    for (const siteId of scopesFor(standard.siteTypes)) {
      const o = evidence.observe(
        standard.code,
        siteId,
        !rng.chance(standard.kind === 'behaviourOrder' ? 0.35 : 0.2),
        'selfCheck',
      );
      if (o.outcome === 'fail') failing.push(o);
    }
  }
  evidence.mark({ 'zh-CN': '4月自查', en: 'April self-checks' });
  meetings.superviseMonth('2026-04');
  clock.set('2026-04-20');
  failing.forEach((o, i) => {
    ledger.rectify(o, { returnOnce: i === 0, escalate: i === 1 });
  });
  // A district inspection notice (督查通报): places, their responsible units, areas and the measures demanded, no standards.
  const notice = [
    evidence.finding('s-commercial', 'u-urban', 'townscape', '望江商业街沿街商铺占道经营、乱堆乱放'),
    evidence.finding('s-back-lane', 'u-c-liuyin', 'sanitation', '柳荫巷垃圾桶满溢，周边卫生死角未清理'),
    evidence.finding('s-crossing', 'u-traffic', 'trafficOrder', '路口非机动车乱停放，高峰时段无文明劝导'),
  ];
  const [vending] = notice.map((o) => ledger.open(o, '限期清理，落实门前三包', 10));
  ledger.fix(vending!.id, vending!.lead);

  clock.set('2026-05-10');
  for (const o of failing)
    evidence.observe(
      o.standardRef!,
      o.scope.kind === 'site' ? o.scope.siteId : undefined,
      true,
      'supervisionCheck',
    );
  evidence.mark({ 'zh-CN': '5月整改复查', en: 'May re-checks' });

  // A mock assessment rehearses the official draw of sites by type, and settles the undetermined standards.
  clock.set('2026-05-18');
  const draw = drawSites(campaign.sites, framework.sampling, 2026);
  const drawn = new Set(draw.drawn.flatMap((d) => d.siteIds));
  const surveyed = standards.filter((l) => l.standard.kind === 'survey').map((l) => l.standard.code);
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
  const favourable = (code: string) => {
    const answers = responses.flatMap((r) => r.answers.filter((a) => a.standardRef === code));
    return answers.filter((a) => a.favourable).length / answers.length;
  };
  for (const { standard } of standards) {
    if (evidence.board.standard(standard.code)!.class !== 'undetermined') continue;
    if (standard.kind === 'survey') {
      const rate = favourable(standard.code);
      evidence.observe(standard.code, undefined, true, 'mockAssessment', {
        method: 'survey',
        measuredRate: rate,
        sampleSize: responses.length,
      });
      continue;
    }
    const site = sitesFor(standard.siteTypes).find((s) => drawn.has(s)) ?? sitesFor(standard.siteTypes)[0];
    const o = evidence.observe(standard.code, site, !rng.chance(0.15), 'mockAssessment');
    if (o.outcome === 'fail') {
      ledger.rectify(o);
      evidence.observe(
        o.standardRef!,
        o.scope.kind === 'site' ? o.scope.siteId : undefined,
        true,
        'supervisionCheck',
      );
    }
  }
  rounds.push(mockRound('round-2026q2', '第二季度模拟测评', '2026-Q2', clock.today(), rng, 0));
  evidence.mark({ 'zh-CN': '5月模拟检查', en: 'May mock inspection' });
  meetings.superviseMonth('2026-05', 1); // one on-site supervision short this month

  clock.set('2026-06-02');
  send({ type: 'phase.advance', actor: A.office }); // refused: May's supervision was missed
  meetings.meet('onSiteSupervision', '2026-06-03', '2026-05'); // a make-up session (补开) for May
  meetings.superviseMonth('2026-06');
  clock.set('2026-06-28');
  evidence.mark({ 'zh-CN': '6月月度检查', en: 'June inspection' });
  send({ type: 'phase.advance', actor: A.office });

  // 全面冲刺 Final sprint: groups rated, unannounced window checks, a rebound found and fixed again.
  clock.set('2026-07-06');
  for (const group of BUILT_IN_WORKING_GROUP_KINDS)
    send({ type: 'workingGroup.rated', actor: A.office, group });
  for (const siteId of sitesFor(WINDOW_TYPES)) {
    evidence.observe('02.01.01', siteId, true, 'unannouncedVisit', { method: 'covertInspection' });
    send({ type: 'windowCheck.recorded', actor: A.checker, siteId, passed: true });
  }
  clock.set('2026-07-20');
  const relapsed = ledger
    .records()
    .find((r) => r.status === 'closed' && r.scope.kind === 'site' && r.standardRef)!;
  const siteId = (relapsed.scope as { siteId: string }).siteId;
  const again = evidence.observe(relapsed.standardRef!, siteId, false, 'unannouncedVisit', {
    method: 'covertInspection',
  });
  send({
    type: 'rectification.relapsed',
    actor: A.reviewer,
    rectificationId: relapsed.id,
    observationId: again.id,
  }); // back to special rectification
  evidence.mark({ 'zh-CN': '7月暗访发现回潮', en: 'July relapse found' });
  send({
    type: 'rectification.assigned',
    actor: A.office,
    rectificationId: relapsed.id,
    leadUnitId: relapsed.leadUnitId!,
    deadline: '2026-07-31',
    requirement: '回潮问题立行立改，纳入每日巡查',
  });
  clock.set('2026-07-27');
  ledger.fix(relapsed.id, relapsed.leadUnitId!);
  evidence.observe(relapsed.standardRef!, siteId, true, 'supervisionCheck');
  meetings.superviseMonth('2026-07');
  evidence.recheckExpired(scopesFor);
  evidence.mark({ 'zh-CN': '7月回潮整改', en: 'July relapse fixed' });
  send({ type: 'phase.advance', actor: A.office }); // special rectification again → final sprint
  meetings.superviseMonth('2026-08');
  clock.set('2026-08-12');
  rounds.push(mockRound('round-2026q3', '第三季度模拟测评', '2026-Q3', clock.today(), rng, 1));
  evidence.recheckExpired(scopesFor);
  evidence.mark({ 'zh-CN': '8月冲刺检查', en: 'August sprint check' });
  send({ type: 'phase.advance', actor: A.office });

  // 迎检 Inspection readiness: the archive counted against each standard's material requirement, then submitted.
  clock.set('2026-08-25');
  const short = inventory.entries.find((e) => e.requirements.some((r) => r.category === 'mediaReport'))!;
  // One media report where seven are required.
  for (const e of inventory.entries)
    for (const r of e.requirements)
      archive.file(e.standardRef, r.category, e === short && r.category === 'mediaReport' ? 1 : r.quantity);
  send({ type: 'archive.submitted', actor: A.archivist });
  send({ type: 'phase.advance', actor: A.office }); // refused: the media reports are short
  archive.file(short.standardRef, 'mediaReport', 6);

  // The official assessment, of the main framework and of the minors' assessment beside it.
  clock.set('2026-09-10');
  const officialProblems: Observation[] = [];
  for (const { standard } of standards) {
    if (standard.kind === 'survey') {
      evidence.observe(standard.code, undefined, true, 'officialAssessment', {
        method: 'survey',
        measuredRate: 0.9 + rng.next() * 0.08,
        sampleSize: 600,
      });
      continue;
    }
    const o = evidence.observe(
      standard.code,
      sitesFor(standard.siteTypes)[1] ?? sitesFor(standard.siteTypes)[0],
      !rng.chance(0.08),
      'officialAssessment',
    );
    if (o.outcome === 'fail') officialProblems.push(o);
  }
  for (const { standard } of minors)
    evidence.observe(
      standard.code,
      sitesFor(standard.siteTypes)[0],
      true,
      'officialAssessment',
      standard.kind === 'survey' ? { method: 'survey' } : {},
    );
  meetings.superviseMonth('2026-09');
  const finalBoard = evidence.mark({ 'zh-CN': '9月正式测评', en: 'September official assessment' });
  const minorsScore = scoreFramework({
    framework: minorsFramework,
    observations: evidence.observations,
    asOf: clock.now(),
    sites: campaign.sites,
  });
  const score = scoreFramework({
    framework,
    observations: evidence.observations,
    asOf: clock.now(),
    sites: campaign.sites,
    prerequisiteScores: { P01: minorsScore.total },
    distinctiveBonus: 3,
  });
  send({
    type: 'result.recorded',
    actor: A.leader,
    passed: !score.gated && score.scoreRate >= 0.8,
    official: true,
    score: score.total,
    on: clock.today(),
  });
  clock.set('2026-09-15');
  send({ type: 'phase.advance', actor: A.office });

  // 总结评议 Summary and evaluation: the testers' problems handed over; the slow ones go overdue.
  officialProblems.forEach((o, i) => {
    if (i % 3 !== 2) ledger.rectify(o);
    else ledger.open(o, '正式测评发现问题，限期整改', 25);
  });
  clock.set('2026-10-15');
  send({ type: 'selfEvaluation.done', actor: A.leader });
  meetings.superviseMonth('2026-10');
  meetings.meet('summaryMeeting', '2026-10-15');
  const summary = summarise(clock.now(), evidence.observations, ledger.records(), rounds);
  for (const unitId of Object.keys(roles)) send({ type: 'unit.appraised', actor: A.office, unitId });
  send({ type: 'accountability.decided', actor: A.leader, note: '对排名靠后单位约谈，对先进单位表扬通报' });
  clock.set('2026-10-30');
  send({ type: 'phase.advance', actor: A.office });

  const tallies: CivilityTally[] = [];
  for (const b of civilitySheet.behaviours) {
    for (const siteType of b.siteTypes.slice(0, 2)) {
      const observed = 120 + Math.floor(rng.next() * 80);
      const rate = b.polarity === 'uncivil' ? (b.anyOccurrenceFails ? 0 : 0.08) : 0.3;
      tallies.push({
        id: `t${tallies.length}`,
        sheetId: civilitySheet.id,
        behaviourCode: b.code,
        siteType,
        observedAt: '2026-05-20T10:00:00+08:00',
        observed,
        occurrences: Math.floor(observed * rng.next() * rate),
      });
    }
  }

  return {
    campaign,
    framework,
    siteTypes: siteTypeCatalogue,
    state: desk.state,
    context: desk.context,
    audit: auditOf(desk),
    record: desk.record,
    refusals: desk.refusals,
    boardHistory: evidence.history,
    finalBoard,
    ledger: ledger.records(),
    cadence: meetings.cadence(),
    makeUps: meetings.all.filter((m) => m.makeUpFor !== undefined),
    rates: surveyRates(responses, campaign.goals.targetRates),
    responses: responses.length,
    civility: civilityIndex({ sheet: civilitySheet, tallies, passLine: SAMPLE_CIVILITY_PASS_LINE }),
    score,
    minorsScore,
    draw,
    ...summary,
    endedAt: clock.now(),
  };
}

/** Everything the report shows. */
export type CampaignRun = ReturnType<typeof runCampaign>;

/** The record's audit: every stream's chain, the anchors kept elsewhere, and replay against the snapshots. */
function auditOf(desk: Desk) {
  const record = desk.record;
  const streams = record.streamIds();
  const roles = new Set<Role>();
  let entries = 0;
  for (const stream of streams)
    for (const entry of record.entries(stream)) {
      entries += 1;
      const actor = (JSON.parse(entry.body) as { actor: { role: Role } | null }).actor;
      if (actor) roles.add(actor.role);
    }
  return {
    streams: streams.length,
    entries,
    roles: [...roles],
    verification: record.verify(record.anchors()),
  };
}
