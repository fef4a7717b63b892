import {
  type ChainHasher,
  checkSeals,
  IncrementalVerification,
  type Position,
  type StoredEntry,
  type Verification,
} from '@chuangwen/machine';
import type { RecordStore } from './contract.js';
import { storedSnapshot } from './verify-store.js';

/** How to verify from a checkpoint: the audit key, where the last run stopped, and a position kept elsewhere. */
export interface VerifyFromOptions {
  hasher: ChainHasher;
  /** The verification a previous run left: it goes on from there. Without it, from the record's first entry. */
  from?: IncrementalVerification;
  /** The record's position kept elsewhere, to catch a cut tail; by default the store's own. */
  position?: Position;
}

/**
 * Verifies a campaign's record from where the last run stopped: the entries appended since are read in the order of
 * their positions, checked link by link and judged again, and the projections they touched (with the campaign's
 * snapshot and configuration) compared with the replay. Its cost is what was appended since, however long the record;
 * keep the returned verification to go on next time. `verifyStore` checks the whole record, including what no entry
 * since touched. Undefined for an unknown campaign.
 */
export async function verifyFrom(
  store: RecordStore,
  campaignId: string,
  options: VerifyFromOptions,
): Promise<{ verdict: Verification; verification: IncrementalVerification } | undefined> {
  const verification = options.from ?? new IncrementalVerification(campaignId, options.hasher);
  verification.useHasher(options.hasher);
  const fed: StoredEntry[] = [];
  const catchUp = async (upTo: number) => {
    while (verification.position.pos < upTo) {
      const page = await store.read(
        campaignId,
        { from: verification.position.pos },
        { limit: Math.min(5_000, upTo - verification.position.pos) },
      );
      if (page.entries.length === 0) break;
      verification.feed(page.entries);
      fed.push(...page.entries);
    }
  };
  const start = await store.project(campaignId, {});
  if (start?.format !== 2) return undefined;
  await catchUp(start.position.pos);
  // Read the projections the entries touched in one consistent read; if the record moved meanwhile, catch up again.
  for (let attempt = 0; ; attempt++) {
    const p = await store.project(campaignId, {
      rawSnapshot: true,
      configuration: true,
      rectifications: [...verification.touched],
      evidence: verification.touchedEvidence(fed),
    });
    if (!p) return undefined;
    if (p.position.pos !== verification.position.pos && attempt < 5) {
      await catchUp(p.position.pos);
      continue;
    }
    const sealed = await checkSeals(verification.takeSeals());
    const extra = verification.compare({
      campaign: storedSnapshot(campaignId, p.rawSnapshot),
      configuration: p.configuration?.value,
      rectifications: p.rectifications,
      evidence: p.evidence,
    });
    return {
      verdict: verification.verdict([...sealed, ...extra], options.position ?? p.position),
      verification,
    };
  }
}
