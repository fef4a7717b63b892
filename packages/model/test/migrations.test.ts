import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_SCHEMA_VERSION, migrateCampaign, validateCampaign } from '../src/index.js';

const legacy = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/legacy/0.0.0/${name}`, import.meta.url), 'utf8'));

describe('campaign documents written by 0.0.0 (schema version 1)', () => {
  it('validate after migration, with nothing lost', () => {
    const v1 = legacy('campaign-every-collection.json');
    const result = validateCampaign(v1);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const c = result.value;
    expect(c.schemaVersion).toBe(CAMPAIGN_SCHEMA_VERSION);
    expect(c.frameworks).toEqual([{ editionId: v1.frameworkEditionId, role: 'main' }]);
    expect(c.honour).toBe('nationalCivilizedDistrict');
    expect(c.jurisdiction).toEqual(v1.jurisdiction);
    expect(c.units.map((u) => u.kind)).toEqual(['street', 'community']);
    expect(c.tasks[0]!.materialRequirements).toEqual([{ category: 'photo', quantity: 1 }]);
    expect(c.rectifications.map((r) => r.leadUnitId)).toEqual(['u1', undefined, 'u1']);
    expect(c.appraisalOutcomes.map((a) => a.kind)).toEqual([
      'admonitionMeeting',
      'criticism',
      'accountability',
    ]);
    expect(c.appraisalOutcomes[2]!.personIds).toEqual(['p2']);
    expect(c.observations).toHaveLength(v1.observations.length);
    expect(c.observations[2]).toMatchObject({ score: 3.3, measuredRate: 0.9, sampleSize: 10 });
    expect(c.extensions).toEqual(v1.extensions);
  });

  it('carry every record of the sample street document', () => {
    const v1 = legacy('campaign-document.json');
    const result = validateCampaign(v1);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    for (const key of ['units', 'sites', 'tasks', 'budget', 'timeline'] as const)
      expect(result.value[key]).toHaveLength(v1[key].length);
    expect(result.value.organisation.workingGroups).toHaveLength(v1.organisation.workingGroups.length);
  });

  it('leave the input untouched and pass other data through for validation to judge', () => {
    const v1 = legacy('campaign-every-collection.json');
    const before = JSON.stringify(v1);
    migrateCampaign(v1);
    expect(JSON.stringify(v1)).toBe(before);
    for (const other of [null, 7, 'x', [], { schemaVersion: 99 }, { schemaVersion: 'one' }])
      expect(migrateCampaign(other)).toBe(other);
  });

  it('never turn a __proto__ key into a prototype while migrating', () => {
    const v1 = JSON.parse(
      JSON.stringify(legacy('campaign-every-collection.json')).replace(
        '"assignedUnitId":"u1"',
        '"__proto__":{"polluted":true},"assignedUnitId":"u1"',
      ),
    );
    const result = validateCampaign(v1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.code)).toContain('forbidden_key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('campaign documents written before one name per concept (schema version 2)', () => {
  const v2 = JSON.parse(
    readFileSync(new URL('../../fixtures/stored/pre-0.1/campaign-document.json', import.meta.url), 'utf8'),
  );

  it("validate after migration, each site's unit and each part's maximum under its one name, nothing lost", () => {
    expect(v2.schemaVersion).toBe(2);
    const result = validateCampaign(v2);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const c = result.value;
    expect(c.schemaVersion).toBe(CAMPAIGN_SCHEMA_VERSION);
    expect(c.sites.map((s) => s.responsibleUnitId)).toEqual(
      v2.sites.map((s: { unitId: string }) => s.unitId),
    );
    expect(c.sites.some((s) => Object.hasOwn(s, 'unitId'))).toBe(false);
    const parts = c.assessmentRounds.flatMap((r) => r.results.flatMap((l) => l.parts));
    expect(parts.map((p) => p.maxPoints)).toEqual([60, 40, 60, undefined]);
    expect(JSON.stringify(c)).not.toContain('maxScore');
    for (const key of ['units', 'sites', 'tasks', 'budget', 'timeline', 'assessmentRounds'] as const)
      expect(c[key]).toHaveLength(v2[key].length);
  });

  it('leave a version 3 document as it is, and never rename a key the document already has', () => {
    const v3 = migrateCampaign(v2) as Record<string, unknown>;
    expect(migrateCampaign(v3)).toBe(v3);
    const both = { ...v2, sites: [{ ...v2.sites[0], responsibleUnitId: 'u-other' }] };
    const result = validateCampaign(both);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.pointer)).toContain('/sites/0/unitId');
  });
});
