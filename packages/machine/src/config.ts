import type { ReadinessOptions } from '@chuangwen/rules';

/**
 * What a campaign is configured with, kept by the host beside the campaign rather than in its snapshot: the edition's
 * archive inventory and local numbers for readiness, and the sites, units and standards that evidence and the role
 * policy are checked against. Build it once per campaign (`campaignConfig`) and pass the same object each time.
 */
export interface CampaignConfig {
  readiness?: ReadinessOptions;
  /** Sites by id, with the unit responsible for each: an inspector's assignment and a unit's own sites follow them. */
  sites?: ReadonlyMap<string, { responsibleUnitId: string }>;
  /** Units of the campaign. */
  units?: ReadonlySet<string>;
  /** Standard codes evidence may cite (of every edition the campaign is assessed against). */
  standardCodes?: ReadonlySet<string>;
}

/** A configuration from a campaign document's sites and units and the editions' standard codes. */
export function campaignConfig(input: {
  sites?: readonly { id: string; responsibleUnitId: string }[];
  units?: readonly { id: string }[];
  standardCodes?: Iterable<string>;
  readiness?: ReadinessOptions;
}): CampaignConfig {
  return {
    ...(input.readiness ? { readiness: input.readiness } : {}),
    ...(input.sites
      ? { sites: new Map(input.sites.map((s) => [s.id, { responsibleUnitId: s.responsibleUnitId }])) }
      : {}),
    ...(input.units ? { units: new Set(input.units.map((u) => u.id)) } : {}),
    ...(input.standardCodes ? { standardCodes: new Set(input.standardCodes) } : {}),
  };
}
