import { describe, expectTypeOf, it } from 'vitest';
import { createActor } from 'xstate';
import type { z } from 'zod';
import {
  type CampaignContext,
  type CampaignEvent,
  type CampaignEventSchema,
  type CampaignState,
  campaignMachine,
  type DispatchResult,
  type Effect,
  type EventInput,
  MemoryRecord,
  type PersistedCampaign,
  type RectificationAssignedEvent,
  type ResultRecordedEvent,
} from '../src/index.js';

describe('machine types', () => {
  it('accepts only known events with their payloads', () => {
    const actor = createActor(campaignMachine, {
      input: { campaignId: 'c', at: '2026-03-01T09:00:00+08:00' },
    });
    const actorField = { at: '2026-03-01T10:00:00+08:00', actor: { id: 'p', role: 'office' as const } };
    actor.send({ type: 'phase.advance', ...actorField });
    actor.send({ type: 'plan.issued', plan: 'work', ...actorField });
    // @ts-expect-error an unknown event type does not compile
    actor.send({ type: 'phase.teleport', ...actorField });
    // @ts-expect-error a wrong payload does not compile
    actor.send({ type: 'plan.issued', plan: 'budget', ...actorField });
    // @ts-expect-error an unknown role does not compile
    actor.send({ type: 'phase.advance', at: actorField.at, actor: { id: 'p', role: 'mayor' } });
    expectTypeOf<CampaignEvent['type']>().toExtend<string>();
    expectTypeOf<CampaignState>().toEqualTypeOf<
      | 'mobilization'
      | 'specialRectification'
      | 'finalSprint'
      | 'inspectionReadiness'
      | 'summaryEvaluation'
      | 'closed'
    >();
  });

  it('names every event, and the named events are exactly what the schema parses', () => {
    type Parsed = z.infer<typeof CampaignEventSchema>;
    expectTypeOf<CampaignEvent>().toExtend<Parsed>();
    expectTypeOf<Parsed>().toExtend<CampaignEvent>();
    expectTypeOf<CampaignEvent['type']>().toEqualTypeOf<Parsed['type']>();
    expectTypeOf<
      Extract<CampaignEvent, { type: 'rectification.assigned' }>
    >().toEqualTypeOf<RectificationAssignedEvent>();
    expectTypeOf<RectificationAssignedEvent['supportingUnitIds']>().toEqualTypeOf<string[]>();
    expectTypeOf<ResultRecordedEvent['score']>().toEqualTypeOf<number | undefined>();
    const write: EventInput<'rectification.assigned'> = {
      type: 'rectification.assigned',
      at: '2026-04-01T09:00:00+08:00',
      actor: { id: 'p', role: 'office' },
      rectificationId: 'r',
      leadUnitId: 'u',
      deadline: '2026-04-10',
    };
    expectTypeOf(write).toExtend<Parameters<MemoryRecord['dispatch']>[0]>();
    // @ts-expect-error a misspelt field does not compile where an event is written
    const slip: EventInput<'rectification.assigned'> = { ...write, requirment: '立行立改' };
    expectTypeOf(slip).not.toBeAny();
    // @ts-expect-error another event's field is not there
    expectTypeOf<ResultRecordedEvent>().toHaveProperty('deadline');
  });

  it('gives hosts typed snapshots and effects, with no casts', () => {
    const record = new MemoryRecord(
      { campaignId: 'c', at: '2026-03-01T09:00:00+08:00' },
      { id: 'p', role: 'office' },
    );
    expectTypeOf(record.campaign).toEqualTypeOf<PersistedCampaign>();
    expectTypeOf(record.campaign.snapshot.context).toEqualTypeOf<CampaignContext>();
    expectTypeOf(record.campaign.snapshot.value).toEqualTypeOf<CampaignState>();
    const result = record.dispatch({});
    expectTypeOf(result).toEqualTypeOf<DispatchResult>();
    const effect = result.effects[0]!;
    if (effect.type === 'scheduleDeadlineReminder')
      expectTypeOf(effect.params.deadline).toEqualTypeOf<string>();
    expectTypeOf<Effect['type']>().toEqualTypeOf<
      'notifyPhaseEntered' | 'notifyRefusal' | 'scheduleDeadlineReminder' | 'notifyEscalation'
    >();
  });
});
