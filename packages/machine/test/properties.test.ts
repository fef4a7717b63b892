import { districtFramework } from '@chuangwen/checklists/district';
import { ComplianceBoard } from '@chuangwen/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Actor,
  type CampaignEventType,
  DEFAULT_ROLE_POLICY,
  type DispatchResult,
  ROLES,
} from '../src/index.js';
import { canonicalJson } from '../src/internal.js';
import { JsonHost } from './json-host.js';
import { CONFIG, INPUT, KEY } from './scenario.js';

const UNITS = ['u1', 'u2'];
const SITES = ['s1', 's2'];
const actor: fc.Arbitrary<Actor> = fc.oneof(
  fc.record({ id: fc.constantFrom('p-a', 'p-b', 'p-c'), role: fc.constantFrom(...ROLES) }),
  fc.record({
    id: fc.constantFrom('p-a', 'p-s'),
    role: fc.constantFrom('unitStaff' as const, 'communityStaff' as const),
    unitId: fc.constantFrom(...UNITS),
  }),
  fc.record({
    id: fc.constantFrom('p-i', 'p-j'),
    role: fc.constant('inspector' as const),
    assignment: fc.record({ siteIds: fc.subarray(SITES), unitIds: fc.subarray(UNITS) }),
  }),
);
/** The campaign's own people, who mostly send what they may. */
const TEAM: Actor[] = [
  { id: 'p-leader', role: 'leadingGroup' },
  { id: 'p-office', role: 'office' },
  { id: 'p-sup', role: 'supervisionGroup' },
  { id: 'p-arch', role: 'archivesGroup' },
  { id: 'p-s1', role: 'unitStaff', unitId: 'u1' },
  { id: 'p-s2', role: 'unitStaff', unitId: 'u2' },
  { id: 'p-i', role: 'inspector', assignment: { siteIds: ['s1', 's2'], unitIds: ['u1', 'u2'] } },
];
/** Someone of the team whose role may send the type, most of the time, so sequences go somewhere. */
const sender = (type: string): fc.Arbitrary<Actor> => {
  const allowed = TEAM.filter((a) => DEFAULT_ROLE_POLICY.roles[type as CampaignEventType].includes(a.role));
  return fc.oneof(
    { weight: 1, arbitrary: actor },
    { weight: 4, arbitrary: fc.constantFrom(...(allowed.length ? allowed : TEAM)) },
  );
};
const minute = fc.integer({ min: 0, max: 400 * 24 * 60 });
const at = minute.map((m) => new Date(Date.parse('2026-03-01T09:00:00+08:00') + m * 60_000).toISOString());
const rid = fc.constantFrom('r1', 'r2', 'r3');
const oid = fc.constantFrom('o1', 'o2');
const code = fc.constantFrom('06.01.01', '10.01.01', '99.01.01');
const observationWith = (id: fc.Arbitrary<string>) =>
  fc.record({
    id,
    standardRef: fc.constantFrom('06.01.01', '10.01.01', '06.01.01', '99.01.01'),
    scope: fc.oneof(
      fc.record({ kind: fc.constant('site'), siteId: fc.constantFrom(...SITES, 's9') }),
      fc.record({ kind: fc.constant('unit'), unitId: fc.constantFrom(...UNITS) }),
    ),
    observedAt: at,
    method: fc.constant('fieldInspection'),
    source: fc.constantFrom('supervisionCheck', 'selfCheck'),
    outcome: fc.constantFrom('pass', 'fail'),
  });
const observation = observationWith(oid);
const document = fc.record({
  id: fc.constantFrom('d1', 'd2'),
  title: fc.constant('照片'),
  category: fc.constantFrom('photo', 'plan'),
  standardRefs: fc.subarray(['06.01.01', '10.01.01']),
  date: fc.constant('2026-05-01'),
  unitId: fc.constantFrom(...UNITS),
  sha256: fc.constant('c'.repeat(64)),
  uri: fc.constant('s3://archive/x'),
});

/** The payload of one event, by type; any actor may send it. */
const payloads: Record<string, fc.Arbitrary<Record<string, unknown>>> = {
  'organisation.leadingGroupFormed': fc.constant({}),
  'organisation.officeFormed': fc.constant({}),
  'plan.issued': fc.record({ plan: fc.constantFrom('implementation', 'work') }),
  'unit.teamFormed': fc.record({ unitId: fc.constantFrom(...UNITS, 'u9') }),
  'unit.registered': fc.record({ unitId: fc.constantFrom('u3'), role: fc.constant('responsible') }),
  'board.updated': fc.record({
    standards: fc.dictionary(code, fc.constantFrom('compliant', 'nonCompliant', 'unknown')),
  }),
  'result.recorded': fc.record({
    passed: fc.boolean(),
    official: fc.boolean(),
    on: fc.constant('2026-07-01'),
  }),
  'phase.advance': fc.constant({}),
  'phase.force': fc.record({ reason: fc.constantFrom('领导小组决定', ' ') }),
  'cycle.start': fc.constant({}),
  'rectification.reported': fc.record({
    rectificationId: rid,
    standardRef: code,
    scope: fc.constant({ kind: 'site', siteId: 's1' }),
    description: fc.constant('占道经营'),
  }),
  'rectification.assigned': fc.record({
    rectificationId: rid,
    leadUnitId: fc.constantFrom(...UNITS),
    deadline: fc.constantFrom('2026-04-01', '2026-09-01'),
  }),
  'rectification.started': fc.record({ rectificationId: rid }),
  'rectification.submitted': fc.record({ rectificationId: rid, evidence: fc.constant(['d1']) }),
  'rectification.closed': fc.record({ rectificationId: rid }),
  'rectification.returned': fc.record({ rectificationId: rid, reason: fc.constant('照片不清') }),
  'rectification.escalated': fc.record({ rectificationId: rid, to: fc.constant('区城管局') }),
  'rectification.relapsed': fc.record({ rectificationId: rid }),
  'observation.recorded': fc.record({ observation }),
  'observation.corrected': fc.record({
    observation: observationWith(fc.constantFrom('c1', 'c2', 'c3')),
    supersedes: fc.constantFrom('o1', 'o2', 'c1'),
    reason: fc.constant('复核更正'),
  }),
  'observation.withdrawn': fc.record({ observationId: oid, reason: fc.constant('记错') }),
  'document.filed': fc.record({ document }),
  'document.withdrawn': fc.record({ documentId: fc.constantFrom('d1', 'd2'), reason: fc.constant('模糊') }),
};

/** Evidence events come often, so corrections and withdrawals find something to correct. */
const EVIDENCE_WEIGHT = [
  'observation.recorded',
  'observation.recorded',
  'observation.corrected',
  'observation.corrected',
  'observation.corrected',
  'observation.withdrawn',
];

type Step =
  | { kind: 'event'; event: unknown }
  | { kind: 'story'; events: unknown[] }
  | { kind: 'malformed'; input: unknown }
  | { kind: 'restart' };

/** An inspector's finding, corrected on review and perhaps withdrawn, by the right people, so corrections happen. */
const evidenceStory = fc
  .record({
    n: fc.integer({ min: 1, max: 3 }),
    at,
    length: fc.integer({ min: 1, max: 3 }),
    outcome: fc.constantFrom('pass', 'fail'),
  })
  .map(({ n, at, length, outcome }) => {
    const [sup, inspector] = [TEAM[2]!, TEAM[6]!];
    const o = (id: string, result: string) => ({
      id,
      standardRef: '06.01.01',
      scope: { kind: 'site', siteId: 's1' },
      observedAt: at,
      method: 'fieldInspection',
      source: 'supervisionCheck',
      outcome: result,
    });
    return {
      kind: 'story' as const,
      events: [
        { type: 'observation.recorded', at, actor: inspector, observation: o(`e${n}`, outcome) },
        {
          type: 'observation.corrected',
          at,
          actor: sup,
          observation: o(`e${n}-c`, outcome === 'pass' ? 'fail' : 'pass'),
          supersedes: `e${n}`,
          reason: '复核更正',
        },
        { type: 'observation.withdrawn', at, actor: sup, observationId: `e${n}-c`, reason: '点位记错' },
      ].slice(0, length),
    };
  });

/** A problem's whole life by the right people, cut short at a random point, so closures and relapses happen. */
const story = fc
  .record({ rid, unit: fc.constantFrom(...UNITS), at, length: fc.integer({ min: 2, max: 7 }) })
  .map(({ rid, unit, at, length }) => {
    const staff = TEAM.find((a) => a.unitId === unit)!;
    const [office, sup] = [TEAM[1]!, TEAM[2]!];
    const e = (type: string, actor: Actor, payload: object = {}) => ({
      type,
      at,
      actor,
      rectificationId: rid,
      ...payload,
    });
    return {
      kind: 'story' as const,
      events: [
        e('rectification.reported', sup, {
          standardRef: '06.01.01',
          scope: { kind: 'unit', unitId: unit },
          description: '占道经营',
        }),
        e('rectification.assigned', office, { leadUnitId: unit, deadline: '2026-05-01' }),
        e('rectification.started', staff),
        e('rectification.submitted', staff, { evidence: ['d1'] }),
        e('rectification.closed', sup),
        e('rectification.relapsed', sup),
        e('rectification.assigned', office, { leadUnitId: unit, deadline: '2026-06-01' }),
      ].slice(0, length),
    };
  });
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 20,
    arbitrary: fc
      .constantFrom(...Object.keys(payloads), ...EVIDENCE_WEIGHT)
      .chain((type: string) =>
        fc.record({ type: fc.constant(type), at, actor: sender(type), payload: payloads[type]! }),
      )
      .map(({ type, at, actor, payload }) => ({
        kind: 'event' as const,
        event: { type, at, actor, ...payload },
      })),
  },
  { weight: 3, arbitrary: story },
  { weight: 2, arbitrary: evidenceStory },
  {
    weight: 2,
    arbitrary: fc.jsonValue({ maxDepth: 4 }).map((input) => ({ kind: 'malformed' as const, input })),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'restart' as const }) },
);

const SITE_ROWS = [
  { id: 's1', responsibleUnitId: 'u1', siteType: 'mainRoad' },
  { id: 's2', responsibleUnitId: 'u2', siteType: 'mainRoad' },
];

/** The observation a correction would supersede, read before it is applied. */
function supersededBy(input: unknown, host: JsonHost) {
  const e = input as { type?: string; supersedes?: string };
  return e?.type === 'observation.corrected' && typeof e.supersedes === 'string'
    ? host.index.observation(e.supersedes)?.observation
    : undefined;
}

/** What a result may change: nothing when it applied nothing, and only the streams it appended to. */
function checkStep(host: JsonHost, before: number, result: DispatchResult) {
  const applied = result.appends.filter((a) => a.entry.outcome === 'applied');
  if (applied.length === 0) {
    expect(host.writes, 'a step that applied nothing wrote nothing').toBe(before + result.appends.length);
    expect(result.campaign ?? result.rectification ?? result.evidence).toBeUndefined();
  }
  if (result.campaign) expect(applied.some((a) => a.stream === 'campaign')).toBe(true);
  if (result.rectification)
    expect(applied.some((a) => a.stream === `rectification/${result.rectification!.id}`)).toBe(true);
  if (result.evidence) expect(applied.some((a) => a.stream === 'evidence')).toBe(true);
}

describe('any sequence of events, from anyone, with corrections, malformed input and restarts', () => {
  // Two thousand sequences: on a loaded two-core machine this takes a minute or two.
  it('keeps every invariant: no overwrite, no unaudited change, replay equals the snapshots', {
    timeout: 300_000,
  }, () => {
    const seen = new Map<string, number>();
    const count = (key: string) => seen.set(key, (seen.get(key) ?? 0) + 1);
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 24 }), (steps) => {
        const host = new JsonHost(INPUT, { id: 'p-office', role: 'office' }, { key: KEY, config: CONFIG });
        const boardOptions = {
          framework: districtFramework,
          asOf: '2027-03-01T09:00:00+08:00',
          sites: SITE_ROWS,
        };
        const board = new ComplianceBoard(boardOptions);
        const firstSeen = new Map<string, string>();
        for (const s of steps) {
          if (s.kind === 'restart') {
            count('restart');
            host.restart();
            continue;
          }
          const inputs = s.kind === 'event' ? [s.event] : s.kind === 'story' ? s.events : [s.input];
          for (const input of inputs) {
            const before = host.writes;
            const superseded = supersededBy(input, host);
            const result = host.dispatch(input);
            // The board reads the effective set: what the evidence stream changed, it changes.
            if (result.evidence?.kind === 'observationRecorded') {
              if (superseded) board.withdraw(superseded);
              board.record(result.evidence.observation);
            }
            if (result.evidence?.kind === 'observationWithdrawn')
              board.withdraw(host.index.observation(result.evidence.observationId)!.observation);
            expect(result.appends.length).toBeGreaterThan(0);
            checkStep(host, before, result);
            const type = s.kind === 'malformed' ? 'malformed' : (input as { type: string }).type;
            count(
              result.accepted ? `accepted ${type.split('.')[0]}` : `${result.rejection?.code ?? 'refused'}`,
            );
            if (result.accepted) count(type);
          }
          // Evidence once recorded never changes; only its status does.
          for (const item of host.items()) {
            const record = canonicalJson(item.record);
            const key = `${item.kind}/${item.id}`;
            expect(firstSeen.get(key) ?? record).toBe(record);
            firstSeen.set(key, record);
          }
        }
        const verdict = host.verify();
        expect(verdict.problems).toEqual([]);
        const rebuilt = new ComplianceBoard(boardOptions);
        rebuilt.recordAll(
          host
            .items()
            .flatMap((i) => (i.kind === 'observation' && i.status === 'effective' ? [i.record] : [])),
        );
        expect(board.snapshot()).toEqual(rebuilt.snapshot());
      }),
      { numRuns: 2000 },
    );
    // The sequences reach every kind of outcome, so the invariants were tested on real changes.
    for (const [key, least] of Object.entries({
      restart: 500,
      malformed: 500,
      unauthorized: 1000,
      invalid: 500,
      notAllowedNow: 500,
      refused: 100,
      'accepted rectification': 150,
      'accepted observation': 250,
      'accepted document': 100,
      'accepted phase': 60,
      'observation.corrected': 100,
      'observation.withdrawn': 50,
      'rectification.closed': 300,
      'rectification.relapsed': 100,
    }))
      expect(seen.get(key) ?? 0, key).toBeGreaterThan(least);
  });
});
