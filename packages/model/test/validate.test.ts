import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CampaignInput, formatPath, type ValidationIssue, validateCampaign } from '../src/index.js';
import { SCAN_LIMITS } from '../src/internal.js';
import { sampleCampaign } from './sample.js';

type Doc = Record<string, any>;

function issuesOf(mutate: (doc: Doc) => void, options = {}): ValidationIssue[] {
  const doc = sampleCampaign() as Doc;
  mutate(doc);
  const result = validateCampaign(JSON.parse(JSON.stringify(doc)), options);
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.issues;
}

function only(issues: ValidationIssue[]): ValidationIssue {
  expect(issues).toHaveLength(1);
  const [issue] = issues;
  expect(issue!.message['zh-CN']).toMatch(/\p{Script=Han}/u);
  expect(issue!.message.en).toMatch(/^[\x20-\x7e→]+$/);
  return issue!;
}

describe('validateCampaign', () => {
  it('accepts the sample and fills defaults', () => {
    const result = validateCampaign(sampleCampaign());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.tasks[1]!.supportingUnitIds).toEqual([]);
    expect(result.value.tasks[1]!.frequency).toBe('oneOff');
    expect(result.value.rectifications[0]!.repeatCount).toBe(0);
    expect(result.value.extensions).toEqual({ 'host.ticket': 'A-1' });
  });

  it('accepts a campaign with no records at all', () => {
    const minimal: CampaignInput = {
      schemaVersion: 3,
      id: 'empty',
      title: '空',
      jurisdiction: { name: '某区', level: 'district' },
      honour: 'nationalCivilizedDistrict',
      frameworks: [{ editionId: 'fw', role: 'main' }],
      organisation: {
        leadingGroup: { leaderId: 'p' },
        office: { directorId: 'p' },
        people: [{ id: 'p', name: '某' }],
      },
    };
    expect(validateCampaign(minimal).ok).toBe(true);
  });

  it.each([
    [
      'wrong type',
      (d: Doc) => {
        d.title = 42;
      },
      'invalid_type',
      'title',
      /字符串/,
      /expected a string, got a number/,
    ],
    [
      'missing field',
      (d: Doc) => {
        delete d.jurisdiction.level;
      },
      'missing_field',
      'jurisdiction.level',
      /缺少必填字段/,
      /required field is missing/,
    ],
    [
      'bad enum',
      (d: Doc) => {
        d.units[1].kind = 'club';
      },
      'invalid_value',
      'units[1].kind',
      /取值无效/,
      /expected one of/,
    ],
    [
      'bad discriminator',
      (d: Doc) => {
        d.observations[0].scope.kind = 'city';
      },
      'invalid_value',
      'observations[0].scope.kind',
      /site/,
      /"site" \(Site\), "siteType" \(Site type\), "unit" \(Unit\), "jurisdiction" \(Jurisdiction\)/,
    ],
    [
      'bad date',
      (d: Doc) => {
        d.timeline[0].start = '2026-02-30';
      },
      'invalid_format',
      'timeline[0].start',
      /YYYY-MM-DD/,
      /valid date/,
    ],
    [
      'datetime without offset',
      (d: Doc) => {
        d.observations[0].observedAt = '2026-04-02T10:00:00';
      },
      'invalid_format',
      'observations[0].observedAt',
      /带时区/,
      /UTC offset/,
    ],
    [
      'rate above one',
      (d: Doc) => {
        d.goals.targetRates.awareness = 90;
      },
      'too_big',
      'goals.targetRates.awareness',
      /不能大于 1/,
      /at most 1/,
    ],
    [
      'negative count',
      (d: Doc) => {
        d.observations[0].violationCount = -1;
      },
      'too_small',
      'observations[0].violationCount',
      /不能小于 0/,
      /at least 0/,
    ],
    [
      'fractional count',
      (d: Doc) => {
        d.observations[0].violationCount = 1.5;
      },
      'invalid_type',
      'observations[0].violationCount',
      /整数/,
      /integer/,
    ],
    [
      'bad division code',
      (d: Doc) => {
        d.jurisdiction.divisionCode = '3101';
      },
      'invalid_format',
      'jurisdiction.divisionCode',
      /格式/,
      /format/,
    ],
    [
      'bad sha256',
      (d: Doc) => {
        d.archive[0].sha256 = 'xyz';
      },
      'invalid_format',
      'archive[0].sha256',
      /格式/,
      /format/,
    ],
    [
      'uri without scheme',
      (d: Doc) => {
        d.archive[0].uri = 'photos/d1.jpg';
      },
      'invalid_format',
      'archive[0].uri',
      /格式/,
      /format/,
    ],
    [
      'unknown key',
      (d: Doc) => {
        d.units[0].colour = 'red';
      },
      'unknown_key',
      'units[0].colour',
      /extensions/,
      /unknown field "colour"/,
    ],
    [
      'custom group without name',
      (d: Doc) => {
        delete d.organisation.workingGroups[1].name;
      },
      'missing_field',
      'organisation.workingGroups[1].name',
      /缺少/,
      /missing/,
    ],
    [
      'not-assessable without reason',
      (d: Doc) => {
        delete d.observations[1].reason;
      },
      'missing_field',
      'observations[1].reason',
      /缺少/,
      /missing/,
    ],
    [
      'task with no lead unit',
      (d: Doc) => {
        d.tasks[0].leadUnitIds = [];
      },
      'missing_lead_unit',
      'tasks[0].leadUnitIds',
      /牵头单位/,
      /lead unit/,
    ],
    [
      'wrong schema version',
      (d: Doc) => {
        d.schemaVersion = 4;
      },
      'invalid_value',
      'schemaVersion',
      /3/,
      /3/,
    ],
    [
      'bad goal key',
      (d: Doc) => {
        d.goals.targetRates.happiness = 0.5;
      },
      'unknown_key',
      'goals.targetRates.happiness',
      /happiness/,
      /unknown field "happiness"/,
    ],
    [
      'duplicate unit id',
      (d: Doc) => {
        d.units.push({ id: 'u0', name: '重复', kind: 'other' });
      },
      'duplicate_id',
      'units[3].id',
      /重复/,
      /duplicate id "u0"/,
    ],
    [
      'duplicate person id',
      (d: Doc) => {
        d.organisation.people.push({ id: 'p1', name: '丙' });
      },
      'duplicate_id',
      'organisation.people[2].id',
      /重复/,
      /duplicate/,
    ],
    [
      'unknown unit',
      (d: Doc) => {
        d.tasks[0].supportingUnitIds = ['u9'];
      },
      'unknown_reference',
      'tasks[0].supportingUnitIds[0]',
      /单位 "u9" 不存在/,
      /unknown unit "u9"/,
    ],
    [
      'unknown person',
      (d: Doc) => {
        d.organisation.leadingGroup.leaderId = 'p9';
      },
      'unknown_reference',
      'organisation.leadingGroup.leaderId',
      /人员/,
      /unknown person "p9"/,
    ],
    [
      'unknown site',
      (d: Doc) => {
        d.observations[0].scope.siteId = 's9';
      },
      'unknown_reference',
      'observations[0].scope.siteId',
      /点位/,
      /unknown site "s9"/,
    ],
    [
      'unknown standard',
      (d: Doc) => {
        d.rectifications[0].standardRef = '09.09.09';
      },
      'unknown_reference',
      'rectifications[0].standardRef',
      /测评标准/,
      /unknown standard "09.09.09"/,
    ],
    [
      'unknown evidence',
      (d: Doc) => {
        d.observations[0].evidence = ['d9'];
      },
      'unknown_reference',
      'observations[0].evidence[0]',
      /佐证材料/,
      /unknown archive document/,
    ],
    [
      'unknown observation',
      (d: Doc) => {
        d.rectifications[0].observationId = 'o9';
      },
      'unknown_reference',
      'rectifications[0].observationId',
      /测评记录/,
      /unknown observation/,
    ],
    [
      'unknown rectification',
      (d: Doc) => {
        d.appraisalOutcomes[0].rectificationIds = ['r9'];
      },
      'unknown_reference',
      'appraisalOutcomes[0].rectificationIds[0]',
      /整改/,
      /unknown rectification/,
    ],
    [
      'unit hierarchy cycle',
      (d: Doc) => {
        d.units[0].parentId = 'u1';
      },
      'hierarchy_cycle',
      'units[1].parentId',
      /u0 → u1 → u0|u1 → u0 → u1/,
      /cycle/,
    ],
    [
      'unit is its own parent',
      (d: Doc) => {
        d.units[0].parentId = 'u0';
      },
      'hierarchy_cycle',
      'units[0].parentId',
      /u0 → u0/,
      /cycle/,
    ],
    [
      'task deadline after the timeline',
      (d: Doc) => {
        d.tasks[0].deadline.date = '2026-12-01';
      },
      'deadline_outside_timeline',
      'tasks[0].deadline.date',
      /不在创建时间安排/,
      /outside the campaign timeline/,
    ],
    [
      'rectification deadline before it',
      (d: Doc) => {
        d.rectifications[0].deadline = '2026-01-01';
      },
      'deadline_outside_timeline',
      'rectifications[0].deadline',
      /2026-01-01/,
      /2026-03-01 to 2026-06-30/,
    ],
    [
      'phase ends before it starts',
      (d: Doc) => {
        d.timeline[0].end = '2026-02-15';
      },
      'invalid_date_range',
      'timeline[0].end',
      /早于/,
      /before start/,
    ],
    [
      'phase planned twice',
      (d: Doc) => {
        d.timeline[1].phase = 'mobilization';
      },
      'duplicate_phase',
      'timeline[1].phase',
      /重复/,
      /twice/,
    ],
    [
      'blank text',
      (d: Doc) => {
        d.title = '   ';
      },
      'blank_text',
      'title',
      /空白/,
      /must say something/,
    ],
    [
      'zero-width character in a name',
      (d: Doc) => {
        d.units[1].name = '一\u200b社区';
      },
      'blank_text',
      'units[1].name',
      /不可见字符/,
      /invisible characters/,
    ],
    [
      'finding with neither standard nor area',
      (d: Doc) => {
        delete d.observations[2].area;
      },
      'missing_standard_or_area',
      'observations[2].area',
      /专项整治领域/,
      /rectification area/,
    ],
    [
      'unknown responsible unit',
      (d: Doc) => {
        d.observations[2].responsibleUnitId = 'u9';
      },
      'unknown_reference',
      'observations[2].responsibleUnitId',
      /单位 "u9" 不存在/,
      /unknown unit "u9"/,
    ],
    [
      'unknown guarantor unit',
      (d: Doc) => {
        d.rectifications[0].guarantorUnitIds = ['u9'];
      },
      'unknown_reference',
      'rectifications[0].guarantorUnitIds[0]',
      /单位/,
      /unknown unit "u9"/,
    ],
    [
      'unknown material provider',
      (d: Doc) => {
        d.tasks[0].materialRequirements[0].providerUnitId = 'u9';
      },
      'unknown_reference',
      'tasks[0].materialRequirements[0].providerUnitId',
      /单位/,
      /unknown unit/,
    ],
    [
      'zero material quantity',
      (d: Doc) => {
        d.tasks[0].materialRequirements[0].quantity = 0;
      },
      'too_small',
      'tasks[0].materialRequirements[0].quantity',
      /不能小于 1/,
      /at least 1/,
    ],
    [
      'two main frameworks',
      (d: Doc) => {
        d.frameworks[1].role = 'main';
      },
      'main_framework',
      'frameworks',
      /主测评体系/,
      /exactly one main/,
    ],
    [
      'unknown framework edition on a record',
      (d: Doc) => {
        d.observations[0].editionId = 'fw-9';
      },
      'unknown_reference',
      'observations[0].editionId',
      /测评体系版本/,
      /unknown framework edition "fw-9"/,
    ],
    [
      'standard of the wrong edition',
      (d: Doc) => {
        d.observations[0].editionId = 'minors-1';
      },
      'unknown_reference',
      'observations[0].standardRef',
      /测评标准 "01.01.01"/,
      /unknown standard/,
    ],
    [
      'unknown unit in a round result',
      (d: Doc) => {
        d.assessmentRounds[0].results[0].unitId = 'u9';
      },
      'unknown_reference',
      'assessmentRounds[0].results[0].unitId',
      /单位/,
      /unknown unit/,
    ],
    [
      'unknown round',
      (d: Doc) => {
        d.appraisalOutcomes[0].roundId = 'round-x';
      },
      'unknown_reference',
      'appraisalOutcomes[0].roundId',
      /测评轮次/,
      /unknown assessment round/,
    ],
    [
      'unknown honour',
      (d: Doc) => {
        d.honour = 'bestCity';
      },
      'invalid_value',
      'honour',
      /取值无效/,
      /expected one of/,
    ],
  ] as const)('rejects %s at the right path, in both languages', (_name, mutate, code, path, zh, en) => {
    const issue = only(issuesOf(mutate));
    expect(issue.code).toBe(code);
    expect(formatPath(issue.path)).toBe(path);
    expect(issue.pointer).toBe(
      `/${path
        .replace(/\[(\d+)\]/g, '.$1')
        .split('.')
        .join('/')}`,
    );
    expect(issue.message['zh-CN']).toMatch(zh);
    expect(issue.message.en).toMatch(en);
  });

  it('checks standard references against codes the host knows', () => {
    const issues = issuesOf(
      (d) => {
        delete d.standards;
      },
      { standardCodes: ['01.01.01'] },
    );
    expect(issues.map((i) => formatPath(i.path))).toEqual([
      'tasks[1].standardRefs[0]',
      'observations[1].standardRef',
      'surveyResponses[0].answers[0].standardRef',
    ]);
  });

  it('checks standard references of each framework edition against its own codes', () => {
    const issues = issuesOf(
      (d) => {
        delete d.standards;
        d.tasks[1].editionId = 'minors-1';
      },
      { standardCodes: { 'fw-1': ['01.01.01', '01.01.02'], 'minors-1': ['M01'] } },
    );
    expect(issues.map((i) => [i.code, formatPath(i.path)])).toEqual([
      ['unknown_reference', 'tasks[1].standardRefs[0]'],
    ]);
  });

  it('checks site types against the catalogue the host knows', () => {
    const issues = issuesOf(
      (d) => {
        d.observations.push({
          ...d.observations[2],
          id: 'o4',
          scope: { kind: 'siteType', siteType: 'moon' },
        });
      },
      { siteTypes: ['farmersMarket'] },
    );
    expect(issues.map((i) => formatPath(i.path))).toEqual(['observations[3].scope.siteType']);
    expect(issues[0]!.message['zh-CN']).toContain('点位目录');
  });

  it('reports every problem at once, not only the first', () => {
    const issues = issuesOf((d) => {
      d.title = '';
      d.units[0].kind = 'x';
      d.sites[0].selection = 'y';
    });
    expect(issues.map((i) => i.code)).toEqual(['too_small', 'invalid_value', 'invalid_value']);
  });

  it('refuses __proto__ keys and never touches a prototype', () => {
    const json = JSON.stringify(sampleCampaign()).replace(
      '"id":"u0"',
      '"__proto__":{"polluted":true},"id":"u0"',
    );
    const result = validateCampaign(JSON.parse(json));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, formatPath(i.path)])).toEqual([
      ['forbidden_key', 'units[0].__proto__'],
    ]);
    expect(({} as Doc).polluted).toBeUndefined();
    const ext = JSON.parse('{"__proto__":{"polluted":true}}');
    const withExt = validateCampaign({ ...sampleCampaign(), extensions: ext });
    expect(withExt.ok).toBe(false);
    if (!withExt.ok) expect(withExt.issues.map((i) => i.pointer)).toEqual(['/extensions/__proto__']);
    expect(({} as Doc).polluted).toBeUndefined();
  });

  it('refuses a megabyte of hostile nesting in one bounded pass: deep __proto__ chains, wide ones, deep arrays', () => {
    const deep = JSON.parse(`${'{"__proto__":'.repeat(75_000)}{}${'}'.repeat(75_000)}`);
    const wide = JSON.parse(`[${Array.from({ length: 45_000 }, () => '{"__proto__":{"a":1}}').join(',')}]`);
    const arrays = JSON.parse(`${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    for (const [hostile, code] of [
      [deep, 'forbidden_key'],
      [wide, 'forbidden_key'],
      [arrays, 'too_deep'],
    ] as const) {
      const result = validateCampaign({ ...sampleCampaign(), extensions: { x: hostile } });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.issues.length).toBeLessThanOrEqual(SCAN_LIMITS.maxIssues);
      expect(result.issues.map((i) => i.code)).toContain(code);
      expect(result.issues.every((i) => i.path.length <= SCAN_LIMITS.maxDepth + 3)).toBe(true);
    }
    expect(({} as Doc).a).toBeUndefined();
    // Shared objects built in process: each level pointing twice at the next would be 2^60 paths, scanned once each.
    let shared: Record<string, unknown> = {};
    for (let i = 0; i < 60; i++) shared = { left: shared, right: shared };
    expect(validateCampaign({ ...sampleCampaign(), extensions: { x: shared } }).ok).toBe(true);
  });

  it('keeps the input untouched', () => {
    const input = sampleCampaign();
    const before = JSON.stringify(input);
    validateCampaign(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it.each([
    ['null', null],
    ['a string', '{"schemaVersion":1}'],
    ['an array', [sampleCampaign()]],
    ['a number', 7],
  ])('rejects %s at the root without throwing', (_name, input) => {
    const result = validateCampaign(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.path).toEqual([]);
  });

  it('reports unreadable input instead of throwing', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    const result = validateCampaign(hostile);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.code).toBe('unreadable_input');
  });

  it('never throws on arbitrary JSON, and every issue is located and bilingual', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), fc.constant(sampleCampaign())),
        fc.jsonValue(),
        fc.string(),
        (doc, noise, key) => {
          const input =
            doc && typeof doc === 'object' && !Array.isArray(doc) ? { ...doc, [key]: noise } : doc;
          const result = validateCampaign(input);
          if (!result.ok) {
            for (const issue of result.issues) {
              expect(Array.isArray(issue.path)).toBe(true);
              expect(issue.message['zh-CN'].length).toBeGreaterThan(0);
              expect(issue.message.en.length).toBeGreaterThan(0);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
