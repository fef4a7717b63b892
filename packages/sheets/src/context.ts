import { type Campaign, mainEditionId, type Person, type Site, type Unit } from '@chuangwen/model';

/**
 * What the imports read a campaign's tables against, taken from the campaign document: its units (names and aliases),
 * people, sites, the year of its timeline for dates written without one (6月底前), its main edition, and the codes of
 * that edition's standards when the campaign lists the standards it tracks.
 */
export function campaignContext(
  campaign: Pick<Campaign, 'units' | 'sites' | 'organisation' | 'timeline' | 'frameworks'> &
    Partial<Pick<Campaign, 'standards'>>,
): {
  units: readonly Unit[];
  people: readonly Person[];
  sites: readonly Site[];
  year?: number;
  standardCodes?: string[];
  mainEditionId: string;
} {
  const start = campaign.timeline[0]?.start;
  const main = mainEditionId(campaign);
  const codes = campaign.standards?.filter((s) => (s.editionId ?? main) === main).map((s) => s.code);
  return {
    units: campaign.units,
    people: campaign.organisation.people,
    sites: campaign.sites,
    mainEditionId: main,
    ...(start === undefined ? {} : { year: Number(start.slice(0, 4)) }),
    ...(codes === undefined ? {} : { standardCodes: codes }),
  };
}
