// The people of the sample who use the field app, every one fictional: two grid inspectors who split the street's
// sites, the liaison of the farmers' market unit, and the supervision group's officer who reviews fixes. The gateway
// (page-server.ts) sets the service's identity headers for them; inspectors act only at the sites assigned here.
import { sampleStreetCampaign } from '@chuangwen/checklists/district';
import type { Campaign } from '@chuangwen/model';

/** A person the gateway signs in, as the app sees them. */
export interface Person {
  id: string;
  name: string;
  role: 'inspector' | 'unitStaff' | 'communityStaff' | 'supervisionGroup' | 'office';
  unitId?: string;
  sites?: string[];
}

const street = sampleStreetCampaign() as Campaign;

/** The market the sample's problem is found at, and its unit. */
export const MARKET = 's-market-yunxi';
const marketUnit = street.sites.find((s) => s.id === MARKET)!.responsibleUnitId;

/** The sites of the first inspector: the street's public places; the second has the rest. */
const FIRST = new Set([
  's-main-road',
  's-commercial',
  's-back-lane',
  's-crossing',
  's-bus-stop',
  MARKET,
  's-market-wangjiang',
  's-square',
  's-toilet',
  's-transfer',
]);

/** The people of the sample, fresh (the gateway changes assignments on its own copy). */
export function samplePeople(): Person[] {
  const sites = street.sites.map((s) => s.id);
  return [
    { id: 'p-field-1', name: '裴志远', role: 'inspector', sites: sites.filter((id) => FIRST.has(id)) },
    { id: 'p-field-2', name: '甘露茜', role: 'inspector', sites: sites.filter((id) => !FIRST.has(id)) },
    { id: 'p-liaison-market', name: '苗雨桐', role: 'unitStaff', unitId: marketUnit },
    { id: 'p-inspector-2', name: '邓晓彤', role: 'supervisionGroup' },
  ];
}

/** The identity headers the service reads, for a person. */
export function identityOf(person: Person): Record<string, string> {
  return {
    'x-chuangwen-actor': person.id,
    'x-chuangwen-role': person.role,
    ...(person.unitId === undefined ? {} : { 'x-chuangwen-unit': person.unitId }),
    ...(person.sites === undefined ? {} : { 'x-chuangwen-sites': person.sites.join(',') }),
  };
}
