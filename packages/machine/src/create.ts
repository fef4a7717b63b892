import { type ValidationIssue, validateWithSchema } from '@chuangwen/model';
import { issueAt } from '@chuangwen/model/internal';
import { chainEntry, emptyHead } from './audit.js';
import { type CampaignMachineInput, CampaignMachineInputSchema } from './campaign-context.js';
import { initialCampaign, machineFor } from './campaign-step.js';
import type { CampaignConfig } from './config.js';
import type { Append, StreamState } from './dispatch.js';
import type { Effect } from './effects.js';
import { type ChainHasher, chainHasher } from './hashing.js';
import type { PersistedCampaign } from './persistence.js';
import { type Actor, ActorSchema } from './roles.js';

/** Options for creating a campaign: the configuration and the audit key it will be dispatched with. */
export interface CreateOptions {
  config?: CampaignConfig;
  hasher?: ChainHasher;
  receivedAt?: string;
}

/** The created campaign: its first snapshot and head, the creation entry to store, and the effects it names. */
export interface CreatedCampaign {
  campaign: StreamState<PersistedCampaign>;
  append: Append;
  effects: Effect[];
}

/** Thrown when a campaign is created with input a host built wrongly; `issues` says where and why. */
export class CampaignInputError extends Error {
  override readonly name = 'CampaignInputError';
  constructor(readonly issues: ValidationIssue[]) {
    super(
      `the campaign cannot be created: ${issues.map((i) => `${i.pointer || '/'} ${i.message.en}`).join('; ')}`,
    );
  }
}

/**
 * Creates a campaign's record: the campaign stream's first entry records the creation (the input and who created it), and
 * the first snapshot is the machine's initial state. Throws a {@link CampaignInputError} for input that is wrong, which
 * is a host's programming error, not a user's.
 */
export function createCampaign(
  input: CampaignMachineInput,
  actor: Actor,
  options: CreateOptions = {},
): CreatedCampaign {
  const checked = validateWithSchema(CampaignMachineInputSchema, input);
  const who = ActorSchema.safeParse(actor);
  if (!checked.ok || !who.success)
    throw new CampaignInputError(
      checked.ok
        ? [issueAt(['actor'], 'invalid_actor', { 'zh-CN': '创建人无效', en: 'the actor is invalid' })]
        : checked.issues,
    );
  const hasher = options.hasher ?? chainHasher();
  const initial = initialCampaign(machineFor(options.config), checked.value);
  const received = options.receivedAt === undefined ? {} : { receivedAt: options.receivedAt };
  const chained = chainEntry(
    'campaign',
    emptyHead(hasher, checked.value.campaignId, 'campaign'),
    {
      at: checked.value.at,
      actor: who.data,
      event: { type: 'campaign.created', input: checked.value },
      outcome: 'applied',
      ...received,
    },
    hasher,
  );
  return {
    campaign: { head: chained.head, snapshot: initial.campaign },
    append: { stream: 'campaign', entry: chained.entry, body: chained.body },
    effects: initial.effects,
  };
}
