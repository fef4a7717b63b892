import {
  type Actor,
  type CampaignConfig,
  type CampaignMachineInput,
  type ChainHasher,
  type CreatedCampaign,
  createCampaign as startRecord,
} from '@chuangwen/machine';
import type { RecordStore } from './contract.js';

/** What a new campaign in a store is created with. */
export interface CreateCampaignOptions {
  hasher: ChainHasher;
  config?: CampaignConfig;
  receivedAt?: string;
  /** The campaign document the host validated (`validateCampaign`), kept beside the record. */
  document: unknown;
}

/**
 * Creates a campaign's record in a store: the machine's `createCampaign`, with its creation entry, first snapshot and
 * document written in one transaction. A
 * `StoreError` with code `exists` when the id is taken; a `CampaignInputError` for input a host built wrongly.
 */
export async function createCampaign(
  store: RecordStore,
  input: CampaignMachineInput,
  actor: Actor,
  options: CreateCampaignOptions,
): Promise<CreatedCampaign> {
  const created = startRecord(input, actor, {
    hasher: options.hasher,
    ...(options.config ? { config: options.config } : {}),
    ...(options.receivedAt === undefined ? {} : { receivedAt: options.receivedAt }),
  });
  await store.createCampaign({
    id: created.campaign.snapshot.snapshot.context.campaignId,
    document: options.document,
    snapshot: created.campaign.snapshot,
    appends: [created.append],
  });
  return created;
}
