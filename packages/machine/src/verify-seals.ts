import { say } from './messages.js';
import type { ChainSigner } from './signer.js';
import { sealQueueOf } from './signer.js';
import { type RecordToVerify, type Verification, type VerifyOptions, verifyRecord } from './verify.js';
import { type AuditProblem, problemAt, type SealCheck } from './verify-chain.js';

/**
 * Asks each signer, in batches, whether the seals verification collected are right: a problem for each that is not,
 * and one for a signer that cannot be asked (its error, in both languages). Never throws.
 */
export async function checkSeals(checks: readonly SealCheck[]): Promise<AuditProblem[]> {
  const bySigner = new Map<ChainSigner, SealCheck[]>();
  for (const c of checks) bySigner.set(c.signer, [...(bySigner.get(c.signer) ?? []), c]);
  const out: AuditProblem[] = [];
  for (const [signer, list] of bySigner) {
    let answers: boolean[];
    try {
      answers = await sealQueueOf(signer).verify(list);
    } catch (error) {
      const said = error instanceof Error ? error.message : String(error);
      out.push(
        problemAt(
          list[0]!.stream,
          list[0]!.seq,
          'seal',
          say('signerUnreachable', { count: list.length, keyId: signer.keyId, said }),
        ),
      );
      continue;
    }
    list.forEach((c, i) => {
      if (!answers[i]) out.push(problemAt(c.stream, c.seq, 'seal', say('sealMismatch', { seq: c.seq })));
    });
  }
  return out;
}

/**
 * `verifyRecord`, with every seal of a sealed chain checked by its signer (a device or service asked in batches, or a
 * key in this process). Never throws.
 */
export async function verifySealedRecord(
  record: RecordToVerify,
  options: VerifyOptions,
): Promise<Verification> {
  const seals: SealCheck[] = [];
  const verdict = verifyRecord(record, { ...options, seals });
  const problems = [...verdict.problems, ...(await checkSeals(seals))];
  return { ...verdict, ok: problems.length === 0, problems };
}
