// What the service answers for an event: from the result when it was just recorded, or from the entry its
// Idempotency-Key recorded when a request is retried, so a retry's answer is the audit's own.
import { type AuditEntry, currentCode, type DispatchResult } from '@chuangwen/machine';
import type { BilingualText } from '@chuangwen/model';
import type { FastifyRequest } from 'fastify';
import { problem } from './problems.js';

const msg = (zh: string, en: string): BilingualText => ({ 'zh-CN': zh, en });

/** The status and body of an event's outcome, its problem for a refusal. */
export interface Answer {
  status: number;
  body: unknown;
}

const STATUS: Record<string, [number, string]> = {
  malformed: [400, 'malformed_event'],
  unauthorized: [403, 'forbidden'],
  invalid: [422, 'invalid_event'],
  not_allowed_now: [409, 'not_allowed_now'],
};

/** The answer to an event just recorded. */
export function answer(request: FastifyRequest, result: DispatchResult): Answer {
  const audit = {
    stream: result.append.stream,
    seq: result.append.entry.seq,
    pos: result.append.entry.pos,
    hash: result.append.entry.hash,
  };
  const outcome = { accepted: result.accepted, state: result.state, effects: result.effects, audit };
  const rejection = result.rejection;
  if (rejection) {
    const [status, code] = STATUS[rejection.code]!;
    return {
      status,
      body: problem(request, status, code, rejection.reason, {
        ...(rejection.issues ? { issues: rejection.issues } : {}),
        outcome,
      }),
    };
  }
  if (result.refused)
    return {
      status: 409,
      body: problem(
        request,
        409,
        'not_ready',
        msg('当前阶段尚未具备推进条件', 'the current phase is not ready to end'),
        { blockers: result.refused, outcome },
      ),
    };
  return { status: 200, body: outcome };
}

/** The answer to a retried request: what the entry its key recorded says, without what only the first answer knew. */
export function answerFromEntry(request: FastifyRequest, entry: AuditEntry, state: string): Answer {
  const audit = { stream: entry.stream, seq: entry.seq, pos: entry.pos, hash: entry.hash };
  const outcome = {
    accepted: entry.outcome === 'applied' && !entry.blockers?.length,
    state,
    effects: [],
    audit,
  };
  if (entry.outcome === 'rejected') {
    // An entry written before codes were snake case names its code in camel case.
    const [status, code] = STATUS[currentCode(entry.code ?? 'invalid')] ?? [422, 'invalid_event'];
    return {
      status,
      body: problem(request, status, code, entry.reason ?? msg('已拒绝', 'refused'), { outcome }),
    };
  }
  if (entry.blockers?.length)
    return {
      status: 409,
      body: problem(
        request,
        409,
        'not_ready',
        msg('当前阶段尚未具备推进条件', 'the current phase is not ready to end'),
        { blockerCodes: entry.blockers.map(currentCode), outcome },
      ),
    };
  return { status: 200, body: outcome };
}
