import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CampaignContext,
  createCampaign,
  dispatch,
  ROLES,
  readinessOf,
  replayAuditLog,
  restoreCampaign,
  verifyAuditLog,
} from '../src/index.js';
import { INPUT, MOBILIZE, READY, RECTIFY, SPRINT, SUMMARY } from './scenario.js';

const role = fc.constantFrom(...ROLES);
const person = fc.constantFrom('p-a', 'p-b', 'p-c');
const rid = fc.constantFrom('r1', 'r2');
const scripted = [...MOBILIZE, ...RECTIFY, ...SPRINT, ...READY, ...SUMMARY].map(
  ({ type, at: _at, actor: _actor, ...payload }) => ({ type, payload }),
);

/** One event of any kind, often from a role that may not send it, sometimes malformed. */
const anyEvent = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({ base: fc.constantFrom(...scripted), id: person, role })
      .map(({ base, id, role }) => ({ type: base.type, ...base.payload, actor: { id, role } })),
  },
  {
    weight: 3,
    arbitrary: fc
      .record({ id: person, role: fc.constantFrom('office', 'leadingGroup') })
      .map(({ id, role }) => ({ type: 'phase.advance', actor: { id, role } })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ id: person, role })
      .map(({ id, role }) => ({ type: 'phase.force', reason: '推进', actor: { id, role } })),
  },
  {
    weight: 5,
    arbitrary: fc
      .record({
        id: person,
        role,
        r: rid,
        kind: fc.constantFrom(
          'reported',
          'assigned',
          'started',
          'submitted',
          'closed',
          'returned',
          'escalated',
          'relapsed',
        ),
      })
      .map(({ id, role, r, kind }) => ({
        type: `rectification.${kind}`,
        rectificationId: r,
        actor: { id, role },
        ...(kind === 'reported'
          ? { standardRef: '06.01.01', scope: { kind: 'jurisdiction' }, description: '问题' }
          : {}),
        ...(kind === 'assigned' ? { leadUnitId: 'u1', deadline: '2026-05-01' } : {}),
        ...(kind === 'submitted' ? { evidence: ['d1'] } : {}),
        ...(kind === 'returned' ? { reason: '重改' } : {}),
        ...(kind === 'escalated' ? { to: '区级' } : {}),
      })),
  },
  {
    weight: 1,
    arbitrary: fc.record({ id: person, role, passed: fc.boolean() }).map(({ id, role, passed }) => ({
      type: 'result.recorded',
      passed,
      official: true,
      on: '2026-09-01',
      actor: { id, role },
    })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ id: person })
      .map(({ id }) => ({ type: 'cycle.start', actor: { id, role: 'leadingGroup' } })),
  },
  { weight: 1, arbitrary: fc.jsonValue() },
);

describe('campaign invariants under random event sequences', () => {
  it('hold for any sequence, authorised or not, well-formed or not', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 60 }), (events) => {
        let record = createCampaign(INPUT, { id: 'p-office', role: 'office' });
        events.forEach((raw, i) => {
          const event =
            raw !== null && typeof raw === 'object' && !Array.isArray(raw) && 'type' in raw
              ? { ...raw, at: new Date(Date.parse(INPUT.at) + (i + 1) * 3_600_000).toISOString() }
              : raw;
          const before = record.campaign.snapshot as unknown as { value: string; context: CampaignContext };
          const result = dispatch(record, event);
          const after = result.record.campaign.snapshot as unknown as {
            value: string;
            context: CampaignContext;
          };
          if (after.value !== before.value) {
            const move = after.context.history.at(-1)!;
            if (move.via === 'advance')
              expect(readinessOf(before.context, before.value as never).ready).toBe(true);
            if (move.via === 'force')
              expect((event as { actor: { role: string } }).actor.role).toBe('leadingGroup');
          }
          if (result.rejection) expect(result.record.campaign).toBe(record.campaign);
          record = result.record;
        });
        const context = (record.campaign.snapshot as unknown as { context: CampaignContext }).context;
        for (const entry of Object.values(context.ledger)) {
          if (entry.status !== 'closed') continue;
          expect(entry.context.evidence.length).toBeGreaterThan(0);
          expect(entry.context.reviewerId).not.toBe(entry.context.rectifiedById);
        }
        expect(verifyAuditLog(record.audit, { length: events.length + 1 }).ok).toBe(true);
        const replayed = replayAuditLog(record.audit);
        expect(replayed.ok && replayed.value).toEqual(record.campaign);
        const restored = restoreCampaign(JSON.parse(JSON.stringify(record.campaign)));
        expect(restored.ok && restored.value).toEqual(JSON.parse(JSON.stringify(record.campaign)));
      }),
      { numRuns: 150 },
    );
  });
});
