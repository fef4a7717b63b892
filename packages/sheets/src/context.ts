import type { Campaign, Person, Site, Unit } from '@chuangwen/model';

/**
 * What the imports read a campaign's tables against, taken from the campaign document: its units (names and aliases),
 * people, sites, and the year of its timeline for dates written without one (6月底前).
 */
export function campaignContext(campaign: Pick<Campaign, 'units' | 'sites' | 'organisation' | 'timeline'>): {
  units: readonly Unit[];
  people: readonly Person[];
  sites: readonly Site[];
  year?: number;
} {
  const start = campaign.timeline[0]?.start;
  const context = { units: campaign.units, people: campaign.organisation.people, sites: campaign.sites };
  return start === undefined ? context : { ...context, year: Number(start.slice(0, 4)) };
}
