import { sampleStreetCampaign } from '@chuangwen/checklists/district';
import { describe, expect, it } from 'vitest';
import { CampaignMachineInputSchema, MemoryRecord, startInputOf } from '../src/index.js';
import { unitRolesOf } from '../src/internal.js';

describe('the start input from a campaign document', () => {
  it('makes a unit that leads any task lead, and one that only supports responsible', () => {
    expect(
      unitRolesOf([
        { leadUnitIds: ['a'], supportingUnitIds: ['b', 'c'] },
        { leadUnitIds: ['c'], supportingUnitIds: ['a', 'd'] },
      ]),
    ).toEqual({ a: 'lead', b: 'responsible', c: 'lead', d: 'responsible' });
    expect(unitRolesOf([])).toEqual({});
  });

  it('starts a record from the sample street as it is written', () => {
    const campaign = sampleStreetCampaign();
    const input = startInputOf(campaign, '2026-03-01T09:00:00+08:00');
    expect(CampaignMachineInputSchema.safeParse(input).success).toBe(true);
    const leads = new Set((campaign.tasks ?? []).flatMap((t) => t.leadUnitIds));
    expect(
      Object.entries(input.units ?? {})
        .filter(([, r]) => r === 'lead')
        .map(([id]) => id)
        .sort(),
    ).toEqual([...leads].sort());
    const record = new MemoryRecord(input, { id: 'p-office', role: 'office' });
    expect(record.campaign.snapshot.context.facts.unitRoles).toEqual(input.units);
  });
});
