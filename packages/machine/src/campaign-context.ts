import { DateTimeSchema, IdSchema, type Phase, PhasePlanSchema, PhaseSchema } from '@chuangwen/model';
import {
  BlockerSchema,
  CampaignFactsSchema,
  type DerivedFacts,
  phaseReadiness,
  type Readiness,
  type ReadinessOptions,
} from '@chuangwen/rules';
import { emptyFacts } from '@chuangwen/rules/internal';
import { z } from 'zod';
import { CAMPAIGN_STATES } from './campaign-states.js';

/** A phase entered, when, and whether it was forced past its blockers by decision (and by whom, why). */
export const PhaseHistoryEntrySchema = z.strictObject({
  phase: z.enum(CAMPAIGN_STATES),
  cycle: z.int().min(1),
  at: DateTimeSchema,
  via: z.enum(['start', 'advance', 'force', 'loop', 'cycle']),
  forced: z.strictObject({ by: z.string(), reason: z.string(), blockers: z.array(z.string()) }).optional(),
});
/** A phase entered. */
export interface PhaseHistoryEntry extends z.infer<typeof PhaseHistoryEntrySchema> {}

/**
 * What the campaign machine keeps: facts and counters, never every record, so the snapshot grows with units and
 * standards only. The phase history grows with phase moves, a handful a year.
 */
export const CampaignContextSchema = z.strictObject({
  campaignId: IdSchema,
  /** The annual cycle: 1 for the first campaign, then one more for each re-check (复查). */
  cycle: z.int().min(1),
  timeline: z.array(PhasePlanSchema),
  facts: CampaignFactsSchema,
  history: z.array(PhaseHistoryEntrySchema),
  /** The last refused move, with its blockers, so a refusal is never silent. */
  lastRefusal: z
    .strictObject({ at: DateTimeSchema, phase: PhaseSchema, blockers: z.array(BlockerSchema) })
    .optional(),
});
/** What the campaign machine keeps. */
export interface CampaignContext extends z.infer<typeof CampaignContextSchema> {}

/** What a campaign starts from. */
export const CampaignMachineInputSchema = z.strictObject({
  campaignId: IdSchema,
  at: DateTimeSchema,
  timeline: z.array(PhasePlanSchema).default([]),
  /** Lead and responsible units known at the start. */
  units: z.record(IdSchema, z.enum(['lead', 'responsible'])).default({}),
});
/** What a campaign starts from, as written. */
export type CampaignMachineInput = z.input<typeof CampaignMachineInputSchema>;

/**
 * The readiness of a phase for this campaign, from `@chuangwen/rules`, so machine and any view agree: the recorded
 * facts with the facts derived at the moment of judgement (each standard's class, the months of missed supervision),
 * under the readiness options of the campaign's configuration (the archive inventory, local numbers).
 */
export function readinessOf(
  context: CampaignContext,
  phase: Phase,
  derived: DerivedFacts,
  options: ReadinessOptions = {},
): Readiness {
  return phaseReadiness(phase, { ...context.facts, ...derived }, options);
}

/** The initial context from the machine's input. */
export function initialContext(input: CampaignMachineInput): CampaignContext {
  const parsed = CampaignMachineInputSchema.parse(input);
  return {
    campaignId: parsed.campaignId,
    cycle: 1,
    timeline: parsed.timeline,
    facts: { ...emptyFacts(), unitRoles: { ...parsed.units } },
    history: [{ phase: 'mobilization', cycle: 1, at: parsed.at, via: 'start' }],
  };
}
