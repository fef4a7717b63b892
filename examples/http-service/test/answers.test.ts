// A retry is answered from the entry its key recorded, whichever name that entry gives its code.
import type { AuditEntry } from '@chuangwen/machine';
import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { answerFromEntry } from '../src/answers.js';

const request = {
  url: '/campaigns/c1/events',
  headers: { 'accept-language': 'en' },
} as unknown as FastifyRequest;
const entry = (fields: Partial<AuditEntry>): AuditEntry => ({
  stream: 'campaign',
  seq: 3,
  pos: 3,
  at: '2026-03-01T09:00:00+08:00',
  actor: { id: 'p-office', role: 'office' },
  event: { type: 'phase.advance' },
  outcome: 'applied',
  prevHash: '0'.repeat(64),
  hash: '1'.repeat(64),
  ...fields,
});

describe('answering a retry from its entry', () => {
  it('answers a refusal alike whether its entry names the code in snake case or, written before, in camel case', () => {
    for (const code of ['not_allowed_now', 'notAllowedNow']) {
      const answer = answerFromEntry(
        request,
        entry({ outcome: 'rejected', code, reason: { 'zh-CN': '当前不允许', en: 'not now' } }),
        'mobilization',
      );
      expect(answer.status, code).toBe(409);
      expect(answer.body).toMatchObject({ code: 'not_allowed_now', detail: 'not now' });
    }
    expect(answerFromEntry(request, entry({ outcome: 'rejected', code: 'unauthorized' }), 'x').status).toBe(
      403,
    );
  });

  it('names the blockers of a refused move in snake case, as a first answer does', () => {
    for (const blockers of [['leading_group_missing'], ['leadingGroupMissing']]) {
      const answer = answerFromEntry(request, entry({ blockers }), 'mobilization');
      expect(answer.status).toBe(409);
      expect(answer.body).toMatchObject({ code: 'not_ready', blockerCodes: ['leading_group_missing'] });
    }
  });
});
