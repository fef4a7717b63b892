import { type FrameworkEdition, listStandards, validateFramework } from '@chuangwen/checklists';
import { districtFramework, siteTypeCatalogue } from '@chuangwen/checklists/district';
import { generateDistrict } from '@chuangwen/fixtures';
import type { AssessmentRound, Rectification, TaskAssignment } from '@chuangwen/model';
import { classifyAll } from '@chuangwen/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exportBoard,
  exportFramework,
  exportRectifications,
  exportRounds,
  exportTasks,
  importBoardSummary,
  importFramework,
  importRectifications,
  importRounds,
  importTasks,
  rectificationSheets,
  summarizeBoard,
} from '../src/index.js';
import { context, okValue, street } from './helpers.js';

const campaign = street();
const ctx = context();
const unitIds = campaign.units.map((u) => u.id);
const personIds = campaign.organisation.people.map((p) => p.id);
const siteIds = campaign.sites.map((s) => s.id);
const typeCodes = siteTypeCatalogue.types.map((t) => t.code);
const codes = listStandards(districtFramework).map((l) => l.standard.code);

const text = fc.stringMatching(/^[\u4e00-\u9fa5]{1,6}[\u4e00-\u9fa5a-z0-9]{0,20}$/);
const day = fc
  .integer({ min: 0, max: 364 })
  .map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const instant = fc
  .tuple(day, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom(0, 0, 15))
  .map(
    ([d, h, m, s]) =>
      `${d}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}+08:00`,
  );
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const some = <T>(values: T[], max = 3) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: max });
const strip = <T extends object>(o: T) => JSON.parse(JSON.stringify(o)) as T;
const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

const rectification = (id: string): fc.Arbitrary<Rectification> =>
  fc
    .record({
      description: text,
      standardRef: opt(fc.constantFrom(...codes)),
      area: fc.constantFrom('trafficOrder', 'townscape', 'sanitation', 'market', 'other' as const),
      scope: fc.oneof(
        fc.constant({ kind: 'jurisdiction' as const }),
        fc.constantFrom(...siteIds).map((siteId) => ({ kind: 'site' as const, siteId })),
        fc.constantFrom(...typeCodes).map((siteType) => ({ kind: 'siteType' as const, siteType })),
        fc.constantFrom(...unitIds).map((unitId) => ({ kind: 'unit' as const, unitId })),
      ),
      requirement: opt(text),
      reportedAt: instant,
      reportedBy: opt(fc.constantFrom(...personIds)),
      leadUnitId: opt(fc.constantFrom(...unitIds)),
      supportingUnitIds: some(unitIds),
      guarantorUnitIds: some(unitIds, 2),
      responsibleLeaderId: opt(fc.constantFrom(...personIds)),
      deadline: opt(day),
      status: fc.constantFrom(
        'reported',
        'assigned',
        'rectifying',
        'submitted',
        'returned',
        'closed',
        'reopened',
        'escalated' as const,
      ),
      closedAt: opt(instant),
      rectifiedById: opt(fc.constantFrom(...personIds)),
      reviewerId: opt(fc.constantFrom(...personIds)),
      returnedCount: fc.integer({ min: 0, max: 3 }),
      repeatCount: fc.integer({ min: 0, max: 3 }),
      escalatedTo: opt(text),
      observationId: opt(fc.constantFrom('o-1', 'o-2')),
      evidence: some(['d-1', 'd-2', 'd-3']),
    })
    .map((r) => {
      // The lead unit is written first in its cell, so a supporting unit equal to it would read back as a second lead.
      const supportingUnitIds = r.supportingUnitIds.filter((u) => u !== r.leadUnitId);
      return strip({ id, ...r, supportingUnitIds }) as Rectification;
    });

const task = (id: string): fc.Arbitrary<TaskAssignment> =>
  fc
    .record({
      description: opt(text),
      standardRefs: fc.uniqueArray(fc.constantFrom(...codes), { minLength: 1, maxLength: 3 }),
      editionId: opt(fc.constant('sample-district-2026')),
      leadUnitIds: fc.uniqueArray(fc.constantFrom(...unitIds), { minLength: 1, maxLength: 2 }),
      supportingUnitIds: some(unitIds),
      responsibleLeaderId: opt(fc.constantFrom(...personIds)),
      deadline: fc.oneof(
        day.map((date) => ({ kind: 'date' as const, date })),
        fc.constantFrom('longTerm', 'routine' as const).map((duty) => ({ kind: 'standing' as const, duty })),
      ),
      frequency: fc.constantFrom('oneOff', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly' as const),
      materialRequirements: fc.array(
        fc.record({
          category: fc.constantFrom('photo', 'plan', 'record', 'mediaReport', 'register' as const),
          quantity: fc.integer({ min: 1, max: 12 }),
          description: opt(text.map((t) => ({ 'zh-CN': t }))),
          providerUnitId: opt(fc.constantFrom(...unitIds)),
        }),
        { maxLength: 3 },
      ),
      note: opt(text),
    })
    .map((t) => {
      const supportingUnitIds = t.supportingUnitIds.filter((u) => !t.leadUnitIds.includes(u));
      return strip({ id, ...t, supportingUnitIds }) as TaskAssignment;
    });

const round = (id: string, n: number): fc.Arbitrary<AssessmentRound> =>
  fc
    .record({
      kind: fc.constantFrom('mock', 'official', 'supervisionRanking' as const),
      heldOn: day,
      assessor: opt(fc.constantFrom('第三方测评机构', '区督查组')),
      results: fc.uniqueArray(
        fc.record({
          unitId: fc.constantFrom(...unitIds),
          rankingGroup: opt(fc.constantFrom('community', 'village', 'departments')),
          score: opt(fc.integer({ min: 0, max: 10000 }).map((x) => x / 100)),
          rank: fc.integer({ min: 1, max: 30 }),
          methodScores: fc.record(
            { fieldInspection: fc.integer({ min: 0, max: 60 }), survey: fc.integer({ min: 0, max: 40 }) },
            { requiredKeys: [] },
          ),
          parts: fc.constant([{ name: '实地部分', score: 50, maxPoints: 60 }]),
        }),
        { selector: (r) => r.unitId, minLength: 1, maxLength: 8 },
      ),
    })
    .map(
      (r) =>
        strip({
          id,
          title: `第${n + 1}轮模拟测评`,
          period: r.heldOn.slice(0, 7),
          ...r,
        }) as unknown as AssessmentRound,
    );

describe('every export re-imports to the same data', () => {
  it('the ledger per unit', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .array(fc.nat(), { minLength: 1, maxLength: 25 })
          .chain((ns) => fc.tuple(...ns.map((_, i) => rectification(`r${i}`)))),
        async (rectifications) => {
          const bytes = await exportRectifications(
            { ...campaign, rectifications },
            { siteTypes: siteTypeCatalogue.types },
          );
          const back = okValue(await importRectifications(bytes, ctx));
          expect(byId(back)).toEqual(byId(rectifications));
        },
      ),
      { numRuns: 15 },
    );
  });

  it('an empty ledger: its table with no row, read back as no problem at all', async () => {
    const empty = { ...campaign, rectifications: [] };
    const spec = rectificationSheets(empty, { asOf: '2026-06-30' });
    expect(spec.sheets.map((s) => s.name)).toEqual(['整改率汇总', '问题整改台账']);
    expect(spec.sheets[1]?.rows).toEqual([]);
    expect(okValue(await importRectifications(await exportRectifications(empty), ctx))).toEqual([]);
  });

  it('dates the ledger as an office does: an instant after 16:00 UTC is the next Beijing day', () => {
    const sheets = rectificationSheets(
      { ...campaign, rectifications: [] },
      { siteTypes: siteTypeCatalogue.types, asOf: '2026-06-30T23:30:00Z' },
    );
    expect(sheets.sheets[0]?.meta).toEqual([['截至', '2026-07-01']]);
    const day = rectificationSheets({ ...campaign, rectifications: [] }, { asOf: '2026-06-30' });
    expect(day.sheets[0]?.meta).toEqual([['截至', '2026-06-30']]);
  });

  it('the task table with its countdown', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .array(fc.nat(), { minLength: 1, maxLength: 20 })
          .chain((ns) => fc.tuple(...ns.map((_, i) => task(`t${i}`)))),
        async (tasks) => {
          const bytes = await exportTasks({ ...campaign, tasks }, { asOf: '2026-05-01' });
          expect(okValue(await importTasks(bytes, ctx))).toEqual(tasks);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('mock-assessment results per unit and method', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .array(fc.nat(), { minLength: 1, maxLength: 4 })
          .chain((ns) => fc.tuple(...ns.map((_, i) => round(`round-${i}`, i)))),
        async (rounds) => {
          const bytes = await exportRounds({ ...campaign, assessmentRounds: rounds });
          const back = okValue(await importRounds(bytes, ctx));
          const sorted = [...rounds].sort((a, b) => (a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : 0));
          expect(back).toEqual(sorted);
        },
      ),
      { numRuns: 10 },
    );
  });

  it('the 达标情况汇总表 of a generated district', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1000 }), async (seed) => {
        const district = generateDistrict({
          seed,
          streets: 2,
          unitsPerStreet: 4,
          sitesPerUnit: 2,
          observations: 300,
          standardCodes: codes,
        });
        const snapshot = classifyAll({
          framework: districtFramework,
          asOf: '2026-06-30T12:00:00+08:00',
          observations: district.observations,
          sites: district.sites,
        });
        const bytes = await exportBoard({ snapshot, framework: districtFramework, units: district.units });
        expect(okValue(await importBoardSummary(bytes, { units: district.units }))).toEqual(
          summarizeBoard(snapshot),
        );
      }),
      { numRuns: 5 },
    );
  });

  it('the 72-standard sample framework, but for what a printed table does not carry', async () => {
    const bytes = await exportFramework(districtFramework, { siteTypes: siteTypeCatalogue.types });
    const back = okValue(await importFramework(bytes, { siteTypes: siteTypeCatalogue.types }));
    expect(validateFramework(back).ok).toBe(true);
    expect(back).toEqual(printable(districtFramework));
  });
});

/** A framework without what a printed table does not carry: English texts, thresholds, edition-level rules. */
function printable(f: FrameworkEdition): FrameworkEdition {
  const zh = (t: { 'zh-CN': string }) => ({ 'zh-CN': t['zh-CN'] });
  const tier = <T extends { title: { 'zh-CN': string } }>(t: T) => ({ ...t, title: zh(t.title) });
  return strip({
    ...f,
    name: zh(f.name),
    sample: false,
    itemGroups: [],
    prerequisites: [],
    negativeList: [],
    sampling: [],
    distinctiveBonus: undefined,
    methodPools: undefined,
    materialWindow: undefined,
    cycleWeights: undefined,
    tierNames: undefined,
    items: f.items.map((item) => ({
      ...tier(item),
      contents: item.contents?.map((c) => ({
        ...tier(c),
        standards: c.standards.map((s) => ({
          ...s,
          text: zh(s.text),
          parts: s.parts.map((p) => ({ ...p, text: zh(p.text) })),
          siteThresholds: [],
          materialRequirements: s.materialRequirements.map((m) => ({
            ...m,
            ...(m.description ? { description: zh(m.description) } : {}),
            ...(m.provider ? { provider: zh(m.provider) } : {}),
          })),
        })),
      })),
    })),
  });
}
