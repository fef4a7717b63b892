// Who sends the sample street's events, as the identity headers the example service reads from its gateway. Every
// person is fictional. The people the campaign's organisation names act only in the roles it gives them (the record
// holds them to it); field inspectors, bound to the sites they are assigned, and unit liaisons are not on that roster.
import { createHash } from 'node:crypto';
import { sampleStreetCampaign } from '@chuangwen/checklists/district';
import { rosterOf } from '@chuangwen/machine';
import type { Campaign } from '@chuangwen/model';

/** The request headers of one actor. */
export type Identity = Record<string, string>;

/** One event of the sample, with who sends it; `at` is in the body, so the record keeps the sample's own dates. */
export interface SampleEvent {
  as: Identity;
  body: { type: string; at: string } & Record<string, unknown>;
}

const street = sampleStreetCampaign() as Campaign;

/** People the organisation gives a campaign role (the leading group, the office, the working groups). */
const ROSTERED = new Set(rosterOf(street.organisation).map((r) => r.personId));

/**
 * Liaisons (创建联络员) for the units whose leader is not free to act as the unit's staff: the template names no leader,
 * or the leader holds a campaign role. Fictional, like everyone in the sample.
 */
export const LIAISONS = [
  ['u-street', '陆晨曦'],
  ['u-party', '聂文轩'],
  ['u-urban', '詹立群'],
  ['u-safety', '温佳慧'],
  ['u-economy', '鲍宇航'],
  ['u-social', '尹书瑶'],
  ['u-culture', '阎子墨'],
  ['u-market-reg', '严思远'],
  ['u-police', '柯文静'],
  ['u-traffic', '岳海峰'],
  ['u-sanitation', '梁小雨'],
  ['u-s-middle', '钟铭'],
  ['u-m-wangjiang', '卢佳怡'],
  ['u-w-service', '邱志刚'],
  ['u-w-health', '秦若兰'],
  ['u-w-bank', '江一鸣'],
].map(([unitId, name]) => ({
  id: `p-liaison-${unitId!.slice(2)}`,
  name: name!,
  position: '创建联络员',
  unitId: unitId!,
}));

const as = (id: string, role: string, extra: Identity = {}): Identity => ({
  'x-chuangwen-actor': id,
  'x-chuangwen-role': role,
  ...extra,
});

/** Two field inspectors (网格督查员): in the document's people, not on the roster; fictional like everyone else. */
export const FIELD_INSPECTORS = [
  { id: 'p-field-1', name: '裴志远', position: '网格督查员', unitId: 'u-urban' },
  { id: 'p-field-2', name: '甘露茜', position: '网格督查员', unitId: 'u-urban' },
];

/** The field inspectors split the street's sites between them. */
const INSPECTOR_SITES: Record<string, readonly string[]> = {
  'p-field-1': [
    's-main-road',
    's-commercial',
    's-back-lane',
    's-crossing',
    's-bus-stop',
    's-market-yunxi',
    's-market-wangjiang',
    's-square',
    's-toilet',
    's-transfer',
  ],
  'p-field-2': [
    's-service-hall',
    's-clinic',
    's-bank',
    's-culture',
    's-practice',
    's-c-qinghe',
    's-c-nanyuan',
    's-c-xinhua',
    's-school-gate',
    's-v-taoyuan',
  ],
};

export const OFFICE = as('p-office', 'office');
export const LEADER = as('p-secretary', 'leadingGroup');
export const PUBLICITY = as('p-writer', 'publicityGroup');
export const ARCHIVES = as('p-archivist', 'archivesGroup');
/** The supervision group checks what no site holds: documents, activities, surveys across the street. */
export const SUPERVISION = as('p-inspector-2', 'supervisionGroup');

/** The inspector assigned to a site, with the assignment header the service binds them by. */
export function inspectorAt(siteId: string): Identity {
  const [id, sites] = Object.entries(INSPECTOR_SITES).find(([, s]) => s.includes(siteId))!;
  return as(id, 'inspector', { 'x-chuangwen-sites': sites.join(',') });
}

/** A member of a unit's staff acting for it: its leader when they hold no campaign role, else its liaison. */
export function staffOf(unitId: string): Identity {
  const unit = street.units.find((u) => u.id === unitId);
  const role = unit?.kind === 'community' || unit?.kind === 'village' ? 'communityStaff' : 'unitStaff';
  const leader = unit?.leaderId !== undefined && !ROSTERED.has(unit.leaderId) ? unit.leaderId : undefined;
  const person = leader ?? LIAISONS.find((l) => l.unitId === unitId)!.id;
  return as(person, role, { 'x-chuangwen-unit': unitId });
}

/** The unit responsible for a site. */
export function unitOfSite(siteId: string): string {
  return street.sites.find((s) => s.id === siteId)!.responsibleUnitId;
}

/** The street's sites of the given types. */
export function sitesOfTypes(types: readonly string[]): string[] {
  return street.sites.filter((s) => types.includes(s.siteType)).map((s) => s.id);
}

/** The lead unit of the task that covers a standard, or the street's party office. */
export function leadUnitFor(code: string): string {
  return street.tasks.find((t) => t.standardRefs.includes(code))?.leadUnitIds[0] ?? 'u-party';
}

/** Units the task table names (lead and supporting): each forms a team and submits a plan in mobilisation. */
export function taskUnits(): string[] {
  return [...new Set(street.tasks.flatMap((t) => [...t.leadUnitIds, ...t.supportingUnitIds]))];
}

/** A sample archive document: its hash stands for the file it would point at. */
export function sampleDocument(
  id: string,
  title: string,
  category: string,
  standardRefs: string[],
  date: string,
  unitId?: string,
) {
  return {
    id,
    title,
    category,
    standardRefs,
    date,
    sha256: createHash('sha256').update(id).digest('hex'),
    uri: `archive://yunxi/${id}`,
    ...(unitId === undefined ? {} : { unitId }),
  };
}
