import type { PersistedCampaign } from '@chuangwen/machine';
import { describe, expect, it } from 'vitest';
import { MemoryRecordStore } from '../src/index.js';
import { joinSnapshot, partChanges, splitSnapshot } from '../src/snapshot-parts.js';
import { newCampaign, OFFICE, send } from './contract.js';

/** A snapshot read back the way a SQL store reads it: the core's text and each part's text, parsed. */
function roundTrip(campaign: PersistedCampaign): unknown {
  const { core, values } = splitSnapshot(campaign);
  return joinSnapshot(
    JSON.parse(core),
    [...values].map(([name, value]) => [name, JSON.parse(JSON.stringify(value))] as const),
  );
}

async function campaigns(): Promise<PersistedCampaign[]> {
  const store = new MemoryRecordStore();
  await newCampaign(store, 'p1');
  const meeting = (meetingId: string, date: string) =>
    send(store, 'p1', { type: 'meeting.recorded', actor: OFFICE, kind: 'workMeeting', meetingId, date });
  return [
    (await meeting('m1', '2026-04-02')).campaign!,
    (await meeting('m2', '2026-05-06')).campaign!,
    (await send(store, 'p1', { type: 'plan.issued', actor: OFFICE, plan: 'work' })).campaign!,
    // A phase request refused: the refusal's blockers are a part of their own.
    (await send(store, 'p1', { type: 'phase.advance', actor: OFFICE })).campaign!,
  ];
}

describe('a snapshot kept in parts', () => {
  it('reads back as the snapshot it was split from', async () => {
    for (const campaign of await campaigns()) expect(roundTrip(campaign)).toEqual(campaign);
  });

  it('writes every part when the stored layout is unknown, then only the parts an event changed', async () => {
    const [first, second, third, fourth] = await campaigns();
    const all = partChanges(undefined, splitSnapshot(first!));
    expect(all.rewrite).toBe(true);
    expect(all.put.map(([name]) => name)).toEqual(
      expect.arrayContaining(['facts.unitRoles', 'facts.meetings/2026-04']),
    );
    // A meeting in another month writes that month only; the core is unchanged.
    const meeting = partChanges(all.stored, splitSnapshot(second!));
    expect(meeting).toMatchObject({ rewrite: false, core: undefined, remove: [] });
    expect(meeting.put.map(([name]) => name)).toEqual(['facts.meetings/2026-05']);
    // A plan changes a flag in the core and no part.
    const plan = partChanges(meeting.stored, splitSnapshot(third!));
    expect(plan.put).toEqual([]);
    expect(plan.core).toContain('"workPlanIssued":true');
    const refused = partChanges(plan.stored, splitSnapshot(fourth!));
    expect(fourth!.snapshot.context.lastRefusal).toBeDefined();
    expect(refused.put.map(([name]) => name)).toEqual(['lastRefusal']);
  });

  it('removes a part the snapshot no longer holds', async () => {
    const [, , third, fourth] = await campaigns();
    const refused = partChanges(undefined, splitSnapshot(fourth!));
    const cleared = partChanges(refused.stored, splitSnapshot(third!));
    expect(cleared.remove).toEqual(['lastRefusal']);
  });

  it('reads a snapshot stored whole as written, and leaves unknown or hostile part names out', async () => {
    const [campaign] = await campaigns();
    const whole = JSON.parse(JSON.stringify(campaign));
    expect(joinSnapshot(whole, [])).toBe(whole);
    const { core } = splitSnapshot(campaign!);
    const joined = joinSnapshot(JSON.parse(core), [
      ['facts.unitRoles', { u1: 'lead' }],
      ['facts.meetings/__proto__', [{ polluted: true }]],
      ['facts.elsewhere', 1],
      ['somewhere', 2],
    ]) as { snapshot: { context: Record<string, unknown> & { facts: Record<string, unknown> } } };
    expect(joined.snapshot.context.facts.elsewhere).toBeUndefined();
    expect(joined.snapshot.context.somewhere).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(joined.snapshot.context.facts.meetings)).toBe(Object.prototype);
    // A core that is not a snapshot's shape is returned as it is, for validation to refuse.
    expect(joinSnapshot('garbage', [['facts.unitRoles', {}]])).toBe('garbage');
  });
});
