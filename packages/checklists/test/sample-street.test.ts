import { BUILT_IN_WORKING_GROUP_KINDS, RECTIFICATION_AREAS, validateCampaign } from '@chuangwen/model';
import { describe, expect, it } from 'vitest';
import {
  districtFramework,
  minorsFramework,
  SAMPLE_NOTICE,
  SEED_CADENCE,
  sampleStreetCampaign,
  siteTypeCatalogue,
} from '../src/district/index.js';
import { listStandards } from '../src/index.js';

const standardCodes = {
  [districtFramework.id]: listStandards(districtFramework).map((l) => l.standard.code),
  [minorsFramework.id]: listStandards(minorsFramework).map((l) => l.standard.code),
};
const siteTypes = siteTypeCatalogue.types.map((t) => t.code);

describe('the sample street template', () => {
  it('is a valid campaign document against both sample editions and the site type catalogue', () => {
    const result = validateCampaign(sampleStreetCampaign(), { standardCodes, siteTypes });
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (!result.ok) return;
    expect(result.value.frameworks.map((f) => [f.editionId, f.role])).toEqual([
      [districtFramework.id, 'main'],
      [minorsFramework.id, 'companion'],
    ]);
    expect(result.value.honour).toBe('nationalCivilizedDistrict');
  });

  it('has the seed plan organisation: leading group, office and the six working groups with duties', () => {
    const street = sampleStreetCampaign();
    const org = street.organisation;
    const leader = org.people!.find((p) => p.id === org.leadingGroup.leaderId);
    expect(leader?.position).toBe('党工委书记');
    expect(org.leadingGroup.deputyIds).toHaveLength(2);
    expect(org.leadingGroup.memberIds).toHaveLength(6);
    expect(org.workingGroups!.map((g) => g.kind)).toEqual([...BUILT_IN_WORKING_GROUP_KINDS]);
    for (const group of org.workingGroups!) expect(group.duties!.length, group.id).toBeGreaterThan(0);
    const kinds = new Set(street.units!.map((u) => u.kind));
    for (const kind of ['street', 'department', 'community', 'village', 'school', 'hospital', 'market'])
      expect(kinds).toContain(kind);
    expect(street.units!.filter((u) => u.kind === 'community' || u.kind === 'village')).toHaveLength(8);
  });

  it('carries the budget, the seed cadence and a task table with counted material', () => {
    const street = sampleStreetCampaign();
    expect(street.budget!.reduce((sum, b) => sum + b.amountYuan, 0)).toBeGreaterThan(1_000_000);
    expect(street.cadence).toEqual([...SEED_CADENCE]);
    expect(SEED_CADENCE.find((c) => c.kind === 'onSiteSupervision')?.minPerMonth).toBe(2);
    const tasks = street.tasks!;
    expect(tasks.every((t) => t.description && t.responsibleLeaderId)).toBe(true);
    expect(tasks.flatMap((t) => t.materialRequirements ?? []).some((m) => (m.quantity ?? 1) >= 7)).toBe(true);
    expect(tasks.some((t) => t.deadline.kind === 'standing')).toBe(true);
    expect(tasks.some((t) => t.editionId === minorsFramework.id)).toBe(true);
  });

  it('is labelled as a sample, fictional, and returns a fresh copy each time', () => {
    expect(SAMPLE_NOTICE.en).toMatch(/fictional/);
    expect(SAMPLE_NOTICE['zh-CN']).toMatch(/虚构/);
    const a = sampleStreetCampaign();
    expect(a.extensions).toEqual({ sample: true });
    expect(a.title).toContain('示例');
    a.units!.pop();
    expect(sampleStreetCampaign().units!.length).toBe(a.units!.length + 1);
  });

  it('has sites for the places of the six rectification areas', () => {
    const street = sampleStreetCampaign();
    const types = new Set(street.sites!.map((s) => s.siteType));
    expect(RECTIFICATION_AREAS).toHaveLength(7);
    for (const t of ['trafficIntersection', 'mainRoad', 'farmersMarket', 'governmentServiceHall'])
      expect(types).toContain(t);
  });
});
