// The sample street, from the published campaign template, validated as a host validates any document.
import { listStandards } from '@chuangwen/checklists';
import {
  districtArchiveInventory,
  districtFramework,
  minorsFramework,
  sampleStreetCampaign,
  siteTypeCatalogue,
} from '@chuangwen/checklists/district';
import type { Actor } from '@chuangwen/machine';
import { validateCampaign } from '@chuangwen/model';

const checked = validateCampaign(sampleStreetCampaign(), {
  standardCodes: {
    [districtFramework.id]: listStandards(districtFramework).map((l) => l.standard.code),
    [minorsFramework.id]: listStandards(minorsFramework).map((l) => l.standard.code),
  },
  siteTypes: siteTypeCatalogue.types.map((t) => t.code),
});
if (!checked.ok) throw new Error(`the sample street is invalid: ${JSON.stringify(checked.issues)}`);

/** The campaign document of the sample street. */
export const campaign = checked.value;
export const framework = districtFramework;
export const minorsEdition = minorsFramework;
export const inventory = districtArchiveInventory;
export const standards = listStandards(districtFramework);
/** The standards of the companion minors' assessment, assessed beside the main one. */
export const minors = listStandards(minorsFramework);

/** Who acts, in which role: people of the sample street. */
/** The service windows (窗口单位) of the street. */
export const WINDOW_TYPES = ['governmentServiceHall', 'hospital', 'bankOutlet'];
const WINDOW_SITES = campaign.sites.filter((s) => WINDOW_TYPES.includes(s.siteType)).map((s) => s.id);

export const A = {
  leader: { id: 'p-secretary', role: 'leadingGroup' },
  office: { id: 'p-office', role: 'office' },
  inspector: { id: 'p-inspector', role: 'supervisionGroup' },
  // The supervision group's member who reviews fixed problems and closes them (销号): never the one who fixed them.
  reviewer: { id: 'p-inspector-2', role: 'supervisionGroup' },
  // A field inspector (not on the street's roster) assigned to the service windows (窗口单位) the sprint checks unannounced.
  checker: {
    id: 'p-field-1',
    role: 'inspector',
    assignment: { siteIds: WINDOW_SITES, unitIds: [] },
  },
  archivist: { id: 'p-archivist', role: 'archivesGroup' },
  publicity: { id: 'p-writer', role: 'publicityGroup' },
} as const satisfies Record<string, Actor>;

/**
 * A unit's staff member acting for it: a fictional liaison (联络员). Not the unit's leader: the campaign's roster gives
 * its leaders their own roles (a leading-group member acts as one), and the record holds them to it.
 */
export const staffOf = (unitId: string) => ({
  id: `liaison-${unitId}`,
  role: 'unitStaff' as const,
  unitId,
});

/** Lead units of the task table, then the supporting ones. */
export const roles: Record<string, 'lead' | 'responsible'> = {};
for (const t of campaign.tasks) for (const u of t.supportingUnitIds) roles[u] = 'responsible';
for (const t of campaign.tasks) for (const u of t.leadUnitIds) roles[u] = 'lead';

/** The task serving each standard of the main edition, for its lead units. */
export const taskOf = new Map(
  campaign.tasks
    .filter((t) => t.editionId === undefined)
    .flatMap((t) => t.standardRefs.map((code) => [code, t] as const)),
);

export const unitName = (id: string) => campaign.units.find((u) => u.id === id)?.name ?? id;
export const siteOf = (id: string) => campaign.sites.find((s) => s.id === id)!;
/** Sites of the street where a standard is observed. */
export const sitesFor = (siteTypes: readonly string[]) =>
  campaign.sites.filter((s) => siteTypes.includes(s.siteType)).map((s) => s.id);
/** Where the street checks a standard: up to three of its sites, or the whole street. */
export const scopesFor = (siteTypes: readonly string[]) => {
  const sites = sitesFor(siteTypes).slice(0, 3);
  return sites.length > 0 ? sites : [undefined];
};
