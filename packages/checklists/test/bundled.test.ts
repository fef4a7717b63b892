import { RECTIFICATION_AREAS } from '@chuangwen/model';
import { describe, expect, it } from 'vitest';
import {
  civilitySheet,
  districtArchiveInventory,
  districtFramework,
  minorsFramework,
  rectificationChecklists,
  siteTypeCatalogue,
} from '../src/district/index.js';
import { effectivePoints, listStandards, validateChecklist, validateFramework } from '../src/index.js';

const siteTypes = siteTypeCatalogue.types.map((t) => t.code);
const standards = listStandards(districtFramework);

describe('bundled sample content', () => {
  it('is a framework that validates against the site type catalogue', () => {
    const result = validateFramework(JSON.parse(JSON.stringify(districtFramework)), { siteTypes });
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('totals 100 points, as offices expect, and so does the companion minors assessment', () => {
    for (const edition of [districtFramework, minorsFramework]) {
      expect(edition.totalPoints).toBe(100);
      const sum = [...effectivePoints(edition).values()].reduce<number>((a, b) => a + (b ?? Number.NaN), 0);
      expect(sum).toBeCloseTo(100, 9);
      const result = validateFramework(JSON.parse(JSON.stringify(edition)), { siteTypes });
      expect(result.ok ? [] : result.issues, edition.id).toEqual([]);
    }
    expect(districtFramework.itemGroups.map((g) => g.points)).toEqual([75, 25]);
  });

  it('prints codes as the published tables do, and asks for material by count', () => {
    expect(districtFramework.items.map((i) => i.displayCode)).toEqual([
      '一、',
      '二、',
      '三、',
      '四、',
      '五、',
      '六、',
      '七、',
      '八、',
      '九、',
      '十、',
    ]);
    expect(standards[0]!.content.displayCode).toBe('（一）');
    expect(standards[0]!.standard.displayCode).toBe('1.');
    const media = standards
      .flatMap((s) => s.standard.materialRequirements)
      .find((r) => r.category === 'mediaReport');
    expect(media).toMatchObject({ quantity: 7, description: { 'zh-CN': '至少 7 篇媒体报道' } });
    expect(minorsFramework.items[0]!.contents![0]!.displayCode).toBe('Ⅰ—1');
  });

  it('declares the site draw of the official field assessment over catalogue site types', () => {
    expect(districtFramework.sampling.length).toBeGreaterThan(5);
    for (const q of districtFramework.sampling) expect(siteTypes).toContain(q.siteType);
  });

  it('has the 10 major items, at least 60 standards, each fully described', () => {
    expect(districtFramework.items).toHaveLength(10);
    expect(standards.length).toBeGreaterThanOrEqual(60);
    for (const { standard } of standards) {
      expect(standard.methods.length, standard.code).toBeGreaterThan(0);
      expect(standard.points, standard.code).toBeGreaterThan(0);
      expect(standard.text.en, standard.code).toBeTruthy();
      if (standard.kind !== 'survey')
        expect(
          standard.materialRequirements.length + standard.siteTypes.length,
          standard.code,
        ).toBeGreaterThan(0);
    }
    const perItem = districtFramework.items.map((item) => standards.filter((s) => s.item === item).length);
    expect(Math.min(...perItem)).toBeGreaterThanOrEqual(4);
  });

  it('exercises every scoring rule kind and every standard kind', () => {
    expect(new Set(standards.map((s) => s.standard.scoring.kind))).toEqual(
      new Set([
        'stateDescription',
        'countThreshold',
        'ratio',
        'survey',
        'incidence',
        'noOccurrence',
        'binary',
      ]),
    );
    expect(new Set(standards.map((s) => s.standard.kind))).toEqual(
      new Set(['facility', 'behaviourOrder', 'document', 'survey', 'service', 'activity']),
    );
    expect(standards.some((s) => s.standard.veto)).toBe(true);
    expect(
      standards.some(
        (s) => s.standard.parts.length > 0 && new Set(s.standard.parts.map((p) => p.methods.join())).size > 1,
      ),
    ).toBe(true);
    expect(standards.some((s) => s.standard.siteThresholds.length > 0)).toBe(true);
  });

  it('keeps prerequisites, the negative list and the distinctive bonus apart from the standards', () => {
    expect(districtFramework.prerequisites[0]?.minimumScore).toBe(85);
    expect(new Set(districtFramework.negativeList.map((n) => n.penalty.kind))).toEqual(
      new Set(['deductPoints', 'suspendNomination', 'suspendTitle', 'revokeTitle']),
    );
    expect(districtFramework.distinctiveBonus?.cap).toBe(5);
  });

  it('ships the six rectification checklists of the seed, 8 or more observable items each, all resolving', () => {
    expect(rectificationChecklists.map((c) => c.area).sort()).toEqual(
      RECTIFICATION_AREAS.filter((a) => a !== 'other').sort(),
    );
    for (const checklist of rectificationChecklists) {
      const items = checklist.sections.flatMap((s) => s.items);
      expect(items.length, checklist.id).toBeGreaterThanOrEqual(8);
      expect(
        items.every((i) => i.standardRefs.length > 0),
        checklist.id,
      ).toBe(true);
      const result = validateChecklist(JSON.parse(JSON.stringify(checklist)), {
        framework: districtFramework,
        siteTypes,
      });
      expect(result.ok ? [] : result.issues, checklist.id).toEqual([]);
    }
  });

  it('has a site type catalogue of at least 40 types that every reference resolves against', () => {
    expect(siteTypes.length).toBeGreaterThanOrEqual(40);
    expect(new Set(siteTypes).size).toBe(siteTypes.length);
    for (const behaviour of civilitySheet.behaviours)
      for (const t of behaviour.siteTypes) expect(siteTypes, behaviour.code).toContain(t);
    expect(new Set(civilitySheet.behaviours.map((b) => b.polarity))).toEqual(new Set(['uncivil', 'civil']));
  });

  it('lists the material each standard needs in the archive inventory', () => {
    const needing = standards.filter((s) => s.standard.materialRequirements.length > 0);
    expect(districtArchiveInventory.entries.map((e) => e.standardRef)).toEqual(
      needing.map((s) => s.standard.code),
    );
    expect(
      districtArchiveInventory.entries
        .find((e) => e.standardRef === '10.03.02')
        ?.requirements.map((r) => r.category),
    ).toContain('summary');
  });

  it('is marked as a sample everywhere', () => {
    expect(
      [
        districtFramework.sample,
        minorsFramework.sample,
        siteTypeCatalogue.sample,
        civilitySheet.sample,
        ...rectificationChecklists.map((c) => c.sample),
      ].every(Boolean),
    ).toBe(true);
    expect(districtFramework.name['zh-CN']).toContain('示例');
  });
});
