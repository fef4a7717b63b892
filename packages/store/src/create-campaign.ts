import {
  type Actor,
  type CampaignMachineInput,
  type ChainHasher,
  type ConfigurationInput,
  type CreatedCampaign,
  compileConfiguration,
  EMPTY_POSITION,
  createCampaign as startRecord,
} from '@chuangwen/machine';
import type { RecordStore } from './contract.js';
import { sealAppends } from './seal-appends.js';

/** What a new campaign in a store is created with. */
export interface CreateCampaignOptions {
  hasher: ChainHasher;
  /** What every event will be judged by, recorded in the creation entry (`configurationOf` builds it from a document). */
  configuration?: ConfigurationInput;
  receivedAt?: string;
  /** The campaign document as the office wrote it, kept beside the record for views; never judged by. */
  document?: unknown;
}

/**
 * Creates a campaign's record in a store: the machine's `createCampaign`, its creation entry (with the configuration)
 * written at position 0 with the first snapshot, the configuration and the document, in one transaction. A `StoreError`
 * with code `exists` when the id is taken; a `CampaignInputError` for input or a configuration a host built wrongly.
 */
export async function createCampaign(
  store: RecordStore,
  input: CampaignMachineInput,
  actor: Actor,
  options: CreateCampaignOptions,
): Promise<CreatedCampaign> {
  const created = startRecord(input, actor, {
    hasher: options.hasher,
    ...(options.configuration ? { configuration: options.configuration } : {}),
    ...(options.receivedAt === undefined ? {} : { receivedAt: options.receivedAt }),
  });
  await store.append(created.campaign.snapshot.snapshot.context.campaignId, {
    appends: await sealAppends([created.append], options.hasher),
    position: EMPTY_POSITION,
    heads: new Map([['campaign', created.campaign.head]]),
    next: created.position,
    changes: {
      campaign: created.campaign.snapshot,
      configuration: {
        value: created.configuration,
        digest: compileConfiguration(created.configuration).digest,
      },
      document: options.document ?? null,
    },
  });
  return created;
}
