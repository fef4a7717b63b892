// Chinese messages read as a 创文 office writes: no English identifier (an enum value, an event type, a state, a
// zod internal) appears in them, except as the value to type beside its label, `点位（site）`.
import {
  COMPETITION_GROUPS,
  SCORING_RULE_KINDS,
  STANDARD_KINDS,
  validateFramework,
} from '@chuangwen/checklists';
import { districtFramework, minorsFramework, sampleStreetCampaign } from '@chuangwen/checklists/district';
import { type BilingualText, ENUM_LABELS, PHASES, validateCampaign } from '@chuangwen/model';
import {
  COMPLIANCE_CLASSES,
  cadenceReport,
  classify,
  phaseReadiness,
  rankUnits,
  suggestOutcomes,
} from '@chuangwen/rules';
import { emptyFacts } from '@chuangwen/rules/internal';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CAMPAIGN_EVENT_TYPES,
  CAMPAIGN_STATES,
  type DispatchResult,
  type MemoryRecord,
  ROLES,
  restoreCampaign,
  restoreRectification,
  verifyRecord,
} from '../src/index.js';
import { LEADER, STAFF } from './helpers.js';
import { open } from './scenario.js';

const IDENTIFIERS = new Set<string>([
  ...Object.values(ENUM_LABELS).flatMap((labels) => Object.keys(labels)),
  ...COMPLIANCE_CLASSES,
  ...SCORING_RULE_KINDS,
  ...STANDARD_KINDS,
  ...COMPETITION_GROUPS,
  ...ROLES,
  ...CAMPAIGN_EVENT_TYPES,
  ...CAMPAIGN_STATES,
  ...PHASES,
  ...['nonoptional', 'invalid_type', 'invalid_union', 'invalid_value', 'too_small', 'too_big', 'custom'],
]);

/** The identifiers a Chinese message names outside the `（value）` it may give beside a label. */
function identifiersIn(zh: string): string[] {
  // Data a message echoes (an id, a code in quotes) is the user's own; the value beside its label is there to be typed.
  const outside = zh.replace(/（[^）]*）/g, '').replace(/"[^"]*"/g, '');
  return (outside.match(/[A-Za-z][A-Za-z0-9_.#-]*/g) ?? []).filter((token) => IDENTIFIERS.has(token));
}

const messages: { where: string; text: BilingualText }[] = [];
const collect = (where: string, list: readonly { message: BilingualText }[]) => {
  for (const item of list) messages.push({ where, text: item.message });
};

describe('Chinese messages', () => {
  it('never name an English identifier, across validation, rules and the machine', () => {
    // Damaged campaign documents: enums, shapes, references, findings.
    const damage: ((d: any) => void)[] = [
      (d) => (d.units[0].kind = 'club'),
      (d) => (d.jurisdiction.level = 'province'),
      (d) => (d.honour = 'bestCity'),
      (d) =>
        (d.observations = [
          {
            id: 'o',
            scope: { kind: 'moon' },
            observedAt: 'x',
            method: 'guess',
            source: 'x',
            outcome: 'maybe',
          },
        ]),
      (d) => (d.tasks[0].deadline = { kind: 'standing', duty: 'forever' }),
      (d) => (d.frameworks = [{ editionId: 'a', role: 'companion' }]),
      (d) =>
        (d.timeline = [
          { phase: 'specialRectification', start: '2026-05-01', end: '2026-04-01' },
          { phase: 'specialRectification', start: '2026-05-01', end: '2026-06-01' },
        ]),
      (d) =>
        (d.rectifications = [
          {
            id: 'r',
            scope: { kind: 'jurisdiction' },
            description: 'x',
            reportedAt: '2026-04-01T09:00:00+08:00',
            status: 'rectifying',
          },
        ]),
      (d) => (d.title = '\u200b'),
    ];
    for (const harm of damage) {
      const doc: any = sampleStreetCampaign();
      harm(doc);
      const result = validateCampaign(JSON.parse(JSON.stringify(doc)));
      if (!result.ok) collect('validateCampaign', result.issues);
    }
    fc.assert(
      fc.property(fc.jsonValue(), (noise) => {
        const result = validateCampaign({ ...sampleStreetCampaign(), units: noise });
        if (!result.ok) collect('validateCampaign (random)', result.issues);
      }),
      { numRuns: 100 },
    );
    // Damaged frameworks.
    const framework: any = JSON.parse(JSON.stringify(districtFramework));
    framework.items[0].contents[0].standards[0].scoring = { kind: 'survey', passLine: 0.9 };
    framework.items[0].contents[0].standards[1].kind = 'survey';
    framework.items[1].contents[0].standards[0].scoring = { kind: 'ratio', fullAt: 0.5, passAt: 0.9 };
    framework.items[2].contents[0].standards[0].scoring = {
      kind: 'stateDescription',
      bands: [
        { grade: 'A', coefficient: 1 },
        { grade: 'B', maxViolations: 1, coefficient: 0.5 },
      ],
      passGrade: 'Z',
    };
    framework.totalPoints = 130;
    framework.group = 'planet';
    const checked = validateFramework(framework);
    if (!checked.ok) collect('validateFramework', checked.issues);
    // Classification, readiness, cadence, outcomes.
    for (const { standard } of [...listOf(districtFramework), ...listOf(minorsFramework)]) {
      for (const outcome of ['pass', 'fail'] as const) {
        const c = classify({
          standard,
          asOf: '2026-06-30T12:00:00+08:00',
          observations: [
            {
              id: 'o1',
              standardRef: standard.code,
              scope: { kind: 'jurisdiction' },
              observedAt: '2026-06-01T09:00:00+08:00',
              method: standard.methods[0]!,
              source: 'selfCheck',
              outcome,
              evidence: [],
              violationCount: 3,
              measuredCount: 0,
              measuredRate: 0.5,
            },
          ],
        });
        collect('classify', c.reasons);
        collect('classify actions', c.actions);
      }
    }
    for (const phase of PHASES)
      collect(
        'phaseReadiness',
        phaseReadiness(phase, { ...emptyFacts(), standards: {}, missedMonths: [] }).blockers,
      );
    collect(
      'cadenceReport',
      cadenceReport({
        meetings: [],
        from: '2026-04-01',
        asOf: '2026-06-30',
        obligations: [{ kind: 'onSiteSupervision', minPerMonth: 2 }],
      }).missed,
    );
    const ranked = rankUnits([
      { unitId: 'a', score: 60 },
      { unitId: 'b', score: 50 },
      { unitId: 'c', score: 40 },
    ]);
    for (const s of suggestOutcomes(ranked, { previous: [ranked] }))
      messages.push({ where: 'suggestOutcomes', text: s.reason });
    // Rejections by the machine, in every state it reaches, and audit problems.
    const record = open();
    const collectResult = (where: string, r: DispatchResult) => {
      if (r.rejection) messages.push({ where, text: r.rejection.reason });
      if (r.rejection?.issues) collect(`${where} issues`, r.rejection.issues);
      if (r.refused) collect(`${where} blockers`, r.refused);
    };
    for (const type of CAMPAIGN_EVENT_TYPES) {
      const at = '2026-03-02T09:00:00+08:00';
      collectResult(
        `dispatch ${type}`,
        record.dispatch({ type, at, actor: { id: 'p', role: 'communityStaff' } }),
      );
      collectResult(
        `dispatch ${type}`,
        record.dispatch({
          type,
          at,
          actor: { id: 'p', role: 'leadingGroup' },
          rectificationId: 'r9',
          unitId: 'u9',
          reason: '测试',
        }),
      );
      collectResult(
        `dispatch ${type} staff`,
        record.dispatch({ type, at, actor: STAFF, rectificationId: 'r9', unitId: 'u2' }),
      );
    }
    collectResult('dispatch malformed', record.dispatch({ type: 'plan.issued', at: 1n }));
    collectResult('dispatch nested', record.dispatch(JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`)));
    record.dispatch({
      type: 'phase.force',
      reason: '领导小组决定',
      at: '2026-03-03T09:00:00+08:00',
      actor: LEADER,
    });
    collectResult(
      'dispatch cycle.start',
      record.dispatch({ type: 'cycle.start', at: '2026-03-04T09:00:00+08:00', actor: LEADER }),
    );
    const restored = restoreCampaign({ machine: 'chuangwen.campaign', version: 99, snapshot: {} });
    if (!restored.ok) collect('restoreCampaign', restored.issues);
    const broken = restoreRectification({ ...record.rectification('r9'), status: 'closed' });
    if (!broken.ok) collect('restoreRectification', broken.issues);
    collect('verify', tamperedVerification(record));

    expect(messages.length).toBeGreaterThan(150);
    const offending = messages
      .map((m) => ({ where: m.where, zh: m.text['zh-CN'], names: identifiersIn(m.text['zh-CN']) }))
      .filter((m) => m.names.length > 0);
    expect(offending).toEqual([]);
    for (const m of messages) {
      expect(m.text['zh-CN'], m.where).toMatch(/\p{Script=Han}/u);
      expect(m.text.en.length, m.where).toBeGreaterThan(0);
    }
  });
});

function listOf(framework: typeof districtFramework) {
  return framework.items
    .flatMap((i) => [...(i.contents ?? []), ...(i.indicators ?? []).flatMap((n) => n.contents)])
    .flatMap((c) => c.standards.map((standard) => ({ standard })));
}

/** The problems verification reports on a record whose first campaign entry was edited. */
function tamperedVerification(record: MemoryRecord) {
  const entries = [...record.entries('campaign')];
  entries[1] = { ...entries[1]!, body: entries[1]!.body.replace('"applied"', '"rejected"') };
  return verifyRecord(
    { campaignId: record.campaignId, campaign: { entries, snapshot: record.campaign } },
    { hasher: record.hasher },
  ).problems;
}
