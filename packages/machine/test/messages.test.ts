// Chinese messages read as a 创文 office writes: no English identifier (an enum value, an event type, a state, a
// zod internal) appears in them, except as the value to type beside its label, `点位（site）`.

import { fileURLToPath } from 'node:url';
import {
  COMPETITION_GROUPS,
  SCORING_RULE_KINDS,
  STANDARD_KINDS,
  validateFramework,
} from '@chuangwen/checklists';
import { districtFramework, minorsFramework, sampleStreetCampaign } from '@chuangwen/checklists/district';
import { catalogueProblems, textOutsideCatalogues, writtenCatalogue } from '@chuangwen/fixtures/catalogues';
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
import { en as decideEn } from '../src/decide-messages.en.js';
import { zhCN as decideZh } from '../src/decide-messages.zh-CN.js';
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
import { LEGACY_MESSAGES } from '../src/legacy-messages.js';
import { MACHINE_MESSAGES } from '../src/messages.js';
import { RECORD_MESSAGES } from '../src/record-messages.js';
import { en as verifyEn } from '../src/verify-messages.en.js';
import { zhCN as verifyZh } from '../src/verify-messages.zh-CN.js';
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
  it('writes each message as last reviewed: a change of wording in either language shows in its snapshot', async () => {
    const written = writtenCatalogue(ALL, SAMPLES);
    expect(Object.keys(written).length).toBe(Object.keys(ALL.en).length);
    await expect(`${JSON.stringify(written, null, 2)}\n`).toMatchFileSnapshot('messages.snap');
  });

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

/** Every catalogue of the machine together: the one `messages.ts` writes from, and the 0.0.0 log check's own. */
const ALL = {
  'zh-CN': { ...MACHINE_MESSAGES['zh-CN'], ...LEGACY_MESSAGES['zh-CN'] },
  en: { ...MACHINE_MESSAGES.en, ...LEGACY_MESSAGES.en },
} as const;
type Messages = typeof ALL.en;

const said = (en: string, zh: string): BilingualText => ({ 'zh-CN': zh, en });
const first = said('unknown site "s-9"', '点位 "s-9" 不存在');

// Every message of the machine, with values to write it from: typed by the English catalogues, so a message added there
// does not compile here until it has its sample.
const SAMPLES: { [K in keyof Messages]: Parameters<Messages[K]> } = {
  tooDeep: [{ levels: 256 }],
  editionNotGiven: [{ editionId: 'ed-2026' }],
  historyStart: [],
  phaseSkipped: [{ change: 3 }],
  stateNotLast: [],
  leadUnitMissing: [],
  ownReview: [],
  escalatedNowhere: [],
  standardOrArea: [],
  snapshotVersion: [{ version: 12, first: 1, last: 9 }],
  snapshotNotObject: [],
  snapshotUnmigrated: [],
  listedTwice: [{ what: 'site', id: 's-7' }],
  unitNotConfigured: [{ unitId: 'u-water' }],
  frameworkHash: [{ editionId: 'ed-2026' }],
  twoMainEditions: [],
  standardInNoEdition: [{ standardRef: 'A1.2.3' }],
  signerFailed: [{ keyId: 'hsm-1', fault: 'seals' }],
  signerSilent: [{ keyId: 'hsm-1', ms: 10000 }],
  rectificationExists: [{ id: 'r-7' }],
  rectificationMissing: [{ id: 'r-7' }],
  closureNeedsReview: [],
  mergedInto: [{ id: 'r-7', into: 'r-3' }],
  notParked: [{ id: 'r-7' }],
  parked: [{ id: 'r-7' }],
  alreadyParked: [{ id: 'r-7' }],
  notInStatus: [{ id: 'r-7', status: 'closed', type: 'rectification.started' }],
  unitNotRegistered: [{ unitId: 'u-water' }],
  meetingRecorded: [{ meetingId: 'm-4' }],
  notInPhase: [{ type: 'plan.issued', state: 'closed' }],
  roleMayNot: [{ role: 'unitStaff', type: 'phase.force', allowed: ['leadingGroup'] }],
  mayNotBackfill: [{ role: 'inspector', allowed: [] }],
  mayNotAcceptPhotos: [{ role: 'inspector', allowed: ['leadingGroup', 'office'] }],
  actsForNoUnit: [{ role: 'unitStaff' }],
  ownUnitOnly: [{ role: 'communityStaff' }],
  selfChecksOnly: [{ role: 'unitStaff' }],
  whereAssigned: [{ role: 'inspector' }],
  seenAfterReceipt: [
    { when: '2026-05-04T09:00:00+08:00', receivedAt: '2026-05-01T09:00:00+08:00', minutes: 10 },
  ],
  foreignInspector: [{ role: 'inspector', inspectorId: 'p-field-2' }],
  notInspectionSource: [{ role: 'inspector', source: 'officialAssessment' }],
  documentOfNoUnit: [{ id: 'd-x' }],
  documentForUnitElsewhere: [{ role: 'inspector', unitId: 'u-water' }],
  attributedElsewhere: [{ role: 'inspector', unitId: 'u-water' }],
  notOnRoster: [{ personId: 'p-li' }],
  roleRostered: [{ role: 'leadingGroup', personId: 'p-li' }],
  rosterRoles: [{ personId: 'p-li', roles: ['office', 'inspector'], role: 'leadingGroup' }],
  rosterUnit: [{ personId: 'p-li', unitId: 'u-water', actsFor: 'u-parks' }],
  reason: [{ what: said('rectification.reported is invalid', '上报问题有误'), first, count: 3 }],
  malformedEvent: [{ count: 2, path: '/scope/siteId', first, where: '/scope/siteId, /at' }],
  eventInvalid: [{ type: 'site.added' }],
  photosUnproven: [{ allowed: [] }],
  actorInvalid: [],
  deadlineOrTimeLimit: [],
  externalNumberWithoutChannel: [],
  stringTooLong: [{ length: 20001 }],
  eventTooLarge: [],
  tooManyItems: [],
  notFinite: [],
  notJson: [{ found: 'bigint' }],
  nestedTooDeep: [{ maxDepth: 24 }],
  refersToItself: [],
  listTooLong: [],
  protoKey: [],
  inputUnreadable: [{ detail: 'proxy revoked' }],
  datedAfterReceipt: [
    { at: '2026-03-02T10:00:00+08:00', receivedAt: '2026-03-02T09:00:00+08:00', minutes: 5 },
  ],
  datedBeforeStream: [{ at: '2026-03-01T09:00:00+08:00', last: '2026-03-02T09:00:00+08:00' }],
  unknownStandard: [{ standardRef: 'A1.2.3' }],
  unknownSite: [{ siteId: 's-9' }],
  unknownUnit: [{ unitId: 'u-water' }],
  unitNotInCampaign: [{ unitId: 'u-water' }],
  meetingTwice: [{ meetingId: 'm-4' }],
  noOverride: [{ standardRef: 'A1.2.3' }],
  siteExists: [{ siteId: 's-9' }],
  unitExists: [{ unitId: 'u-water' }],
  unitIntoItself: [],
  observationExists: [{ id: 'o-12' }],
  correctedNotInForce: [{ id: 'o-12' }],
  correctionMoves: [],
  observationNotInForce: [{ id: 'o-12' }],
  documentStandards: [{ max: 200 }],
  documentExists: [{ id: 'd-5' }],
  documentNotFiled: [{ id: 'd-5' }],
  surveyExists: [{ id: 'q-31' }],
  evidenceUnknown: [{ id: 'd-5' }],
  documentWithdrawn: [{ id: 'd-5' }],
  recordNotInForce: [{ id: 'o-12' }],
  documentOfOtherUnit: [{ id: 'd-5', unitId: 'u-parks' }],
  recordElsewhere: [{ id: 'o-12' }],
  evidenceNotFiled: [{ id: 'd-5' }],
  provenanceHash: [],
  capturedAfterReceipt: [
    { capturedAt: '2026-03-02T10:00:00+08:00', receivedAt: '2026-03-02T09:00:00+08:00' },
  ],
  deadlineUnknown: [{ why: said('the 2027 schedule is not loaded', '未载入 2027 年的节假日安排') }],
  externalId: [{ channel: 'urbanManagement', number: 'C2026-0001', id: 'urban-C2026-0001' }],
  problemIntoItself: [],
  noRectification: [{ id: 'r-3' }],
  mergedAway: [{ id: 'r-3', into: 'r-1' }],
  entryUnreadable: [{ seq: 4 }],
  keyMissing: [{ seq: 4, spec: 'hmac-sm3 (key 2026-01)' }],
  chainUnreadable: [{ seq: 4 }],
  sealMissing: [{ seq: 4 }],
  sealMismatch: [{ seq: 4 }],
  wrongPlace: [{ seq: 4 }],
  linkBroken: [{ seq: 4 }],
  streamLinkBroken: [{ seq: 4 }],
  entryEdited: [{ seq: 4 }],
  allEntriesFail: [{ count: 17 }],
  sealsUnchecked: [{ count: 17 }],
  sealsNotTaken: [{ count: 17 }],
  signerUnreachable: [{ count: 17, keyId: 'hsm-1', said: 'ECONNREFUSED' }],
  anchorChain: [{ anchor: 'hmac-sm3 (key 2026-01)', ended: 'hmac-sha256' }],
  streamCut: [{ count: 17, kept: 19 }],
  recordUnreadable: [],
  positionUnreadable: [{ pos: 31 }],
  earlierFormat: [{ seq: 4 }],
  positionMissing: [{ pos: 31, at: 33 }],
  recordCut: [{ count: 31, kept: 35 }],
  sealedHeadMismatch: [],
  sealedStreamMissing: [],
  snapshotEdited: [],
  configurationEdited: [],
  rectificationEdited: [],
  rectificationDeleted: [{ id: 'r-7' }],
  evidenceEdited: [{ kind: 'document', id: 'd-5' }],
  evidenceDeleted: [{ kind: 'survey', id: 'q-31' }],
  notCreationFirst: [],
  creationInvalid: [],
  otherCampaign: [],
  noStream: [{ seq: 4 }],
  importInvalid: [],
  appliedRefused: [{ seq: 4, reason: said('phase.force is invalid', '强制推进有误') }],
  refusedApplies: [{ seq: 4 }],
  judgedOtherwise: [{ seq: 4 }],
  notReplayable: [{ seq: 4 }],
  snapshotHoldsRectifications: [],
  recordOnOtherStream: [],
  alreadyCurrent: [],
  evidenceEventUnreadable: [],
  importedRectificationInvalid: [],
  outOfOrder: [],
  historyEdited: [],
  auditKeyShort: [],
  signingKeyShort: [],
  unknownAlgorithm: [{ named: 'md5', known: ['hmac-sha256', 'sm3'] }],
  needsKey: [{ algorithm: 'hmac-sm3' }],
  takesNoKey: [{ algorithm: 'sm3' }],
  sealedByDigest: [],
  keyIdForm: [],
  oneFirstFormat: [],
  legacyNotList: [],
  legacyNotEntry: [{ seq: 4 }],
  legacyUnreadable: [{ seq: 4 }],
  legacyChanged: [{ seq: 4 }],
  legacyCut: [{ count: 40, recorded: 42, head: '9f86d081884c' }],
};

/**
 * Values each language says in its own words, by label or a table of its own (roles, event types, phases, statuses,
 * kinds, channels), and those the English alone spells out (a depth, every place of a malformed event, a thrown
 * error's detail, the algorithm asked for and those known): not carried as written by both.
 */
const OWN_WORDS = new Set([
  'role',
  'roles',
  'allowed',
  'type',
  'state',
  'status',
  'kind',
  'what',
  'fault',
  'channel',
  'source',
]);
const ENGLISH_ONLY = new Set(['levels', 'where', 'detail', 'named', 'known']);

/** The text of the sample values both languages must carry: ids, numbers, positions, not nested messages. */
const carried = (values: readonly unknown[]): string[] =>
  values.flatMap((v) =>
    Object.entries(v as Record<string, unknown>).flatMap(([name, x]) =>
      OWN_WORDS.has(name) || ENGLISH_ONLY.has(name) || (typeof x !== 'string' && typeof x !== 'number')
        ? []
        : [String(x)],
    ),
  );

describe('the machine’s catalogues', () => {
  it('writes every message in Chinese and English, each saying the same values', () => {
    expect(catalogueProblems(ALL, SAMPLES, carried)).toEqual([]);
  });

  it('keeps each message in one catalogue, so none is overwritten where they are put together', () => {
    const pairs = [RECORD_MESSAGES, { 'zh-CN': decideZh, en: decideEn }, { 'zh-CN': verifyZh, en: verifyEn }];
    for (const pair of [...pairs, LEGACY_MESSAGES])
      expect(Object.keys(pair['zh-CN']).sort()).toEqual(Object.keys(pair.en).sort());
    const count = (pair: { en: object }) => Object.keys(pair.en).length;
    expect(count(MACHINE_MESSAGES)).toBe(pairs.reduce((n, pair) => n + count(pair), 0));
    expect(count(ALL)).toBe(count(MACHINE_MESSAGES) + count(LEGACY_MESSAGES));
  });

  it('holds no message text outside the catalogues', () => {
    const src = fileURLToPath(new URL('../src', import.meta.url));
    const catalogues = (file: string) => /^[\w-]*messages\.[\w-]+\.ts$/.test(file);
    // Label tables name things (`*_LABELS`, `CLOSED_STATE_LABEL`): they are not messages.
    expect(
      textOutsideCatalogues(src, (file) => catalogues(file) || file === 'events.ts', /_LABELS?$/),
    ).toEqual([]);
    // The event schemas document their fields for the event catalogue and the JSON Schema (`f(schema, en, zh)`): field
    // documentation, not messages. Only those declarations of events.ts are passed over.
    expect(
      textOutsideCatalogues(
        src,
        (file) => file !== 'events.ts',
        /^(base|override|rid|why|handOver|\w+EventSchema)$/,
      ),
    ).toEqual([]);
  });
});
