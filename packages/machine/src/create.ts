import { type ValidationIssue, type ValidationResult, validateWithSchema } from '@chuangwen/model';
import { issueAt } from '@chuangwen/model/internal';
import type { z } from 'zod';
import { chainEntry, EMPTY_POSITION, emptyHead, type Position } from './audit.js';
import { type CampaignMachineInput, CampaignMachineInputSchema } from './campaign-context.js';
import { initialCampaign, machineFor } from './campaign-step.js';
import { type ChainHasher, unkeyedHasher } from './chain-hasher.js';
import {
  type Configuration,
  type ConfigurationInput,
  ConfigurationSchema,
  compileConfiguration,
} from './configuration.js';
import { checkConfiguration } from './configuration-changes.js';
import type { Append, StreamState } from './dispatch.js';
import type { Effect } from './effects.js';
import { say } from './messages.js';
import type { PersistedCampaign } from './persistence.js';
import { type Actor, ActorSchema } from './roles.js';
import { RULES_VERSION } from './rules-version.js';

/** Options for creating a campaign: its configuration, the audit key's hasher, and when the host received it. */
export interface CreateOptions {
  /** What every event will be judged by: units, sites, tasks, the roster, the framework editions, the settings. */
  configuration?: ConfigurationInput;
  hasher?: ChainHasher;
  receivedAt?: string;
}

/** The created campaign: its first snapshot and head, its configuration, the creation entry to store, and its effects. */
export interface CreatedCampaign {
  campaign: StreamState<PersistedCampaign>;
  configuration: Configuration;
  append: Append;
  position: Position;
  effects: Effect[];
}

/** Thrown when a campaign is created with input a host built wrongly; `issues` says where and why. */
export class CampaignInputError extends Error {
  override readonly name = 'CampaignInputError';
  constructor(readonly issues: ValidationIssue[]) {
    super(
      `the campaign cannot be created: ${issues
        .slice(0, 10)
        .map((i) => `${i.pointer || '/'} ${i.message.en}`)
        .join('; ')}`,
    );
  }
}

/** What a record's creation entry holds: the machine's input and the configuration, both checked. */
export interface Creation {
  input: z.output<typeof CampaignMachineInputSchema>;
  configuration: Configuration;
}

/** Reads a creation entry's event (`{ type: 'campaign.created', input, configuration }`), checking both parts. Never throws. */
export function readCreation(event: unknown): ValidationResult<Creation> {
  const fields = (event ?? {}) as { input?: unknown; configuration?: unknown };
  const input = validateWithSchema(CampaignMachineInputSchema, fields.input);
  const configuration = validateWithSchema(ConfigurationSchema, fields.configuration ?? {}, {
    check: checkConfiguration,
  });
  const issues = [
    ...(input.ok ? [] : input.issues.map((i) => issueAt(['input', ...i.path], i.code, i.message))),
    ...(configuration.ok
      ? []
      : configuration.issues.map((i) => issueAt(['configuration', ...i.path], i.code, i.message))),
  ];
  if (!input.ok || !configuration.ok) return { ok: false, issues };
  return { ok: true, value: { input: input.value, configuration: configuration.value } };
}

/**
 * Creates a campaign's record: the campaign stream's first entry (the record's position 0) records the creation (the
 * machine's input, the configuration every event will be judged by, and who created it), and the first snapshot is the
 * machine's initial state. Throws a {@link CampaignInputError} for input or configuration that is wrong, which is a
 * host's programming error, not a user's.
 */
export function createCampaign(
  input: CampaignMachineInput,
  actor: Actor,
  options: CreateOptions = {},
): CreatedCampaign {
  // A record is created under today's rules and keeps them (a configuration may name an earlier edition to import one).
  const creation = readCreation({
    input,
    configuration: { rulesVersion: RULES_VERSION, ...(options.configuration ?? {}) },
  });
  const who = ActorSchema.safeParse(actor);
  if (!creation.ok || !who.success)
    throw new CampaignInputError(
      creation.ok ? [issueAt(['actor'], 'invalid_actor', say('actorInvalid'))] : creation.issues,
    );
  const { input: start, configuration } = creation.value;
  const hasher = options.hasher ?? unkeyedHasher();
  const initial = initialCampaign(machineFor(compileConfiguration(configuration)), start);
  const received = options.receivedAt === undefined ? {} : { receivedAt: options.receivedAt };
  const chained = chainEntry(
    'campaign',
    emptyHead(hasher, start.campaignId, 'campaign'),
    EMPTY_POSITION,
    {
      at: start.at,
      actor: who.data,
      event: { type: 'campaign.created', input: start, configuration },
      outcome: 'applied',
      ...received,
    },
    hasher,
  );
  return {
    campaign: { head: chained.head, snapshot: initial.campaign },
    configuration,
    append: { stream: 'campaign', entry: chained.entry, body: chained.body },
    position: chained.position,
    effects: initial.effects,
  };
}
