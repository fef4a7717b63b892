// What the app needs of a campaign, read once from the service's one campaign view and kept on the device for the
// day offline: the sites (with their locations and types), the checklist of each type from the campaign's own
// framework edition, the provenance rules and clock skew the record judges photos by, the re-inspection schedule, the
// sampling quotas, and the open and submitted problems with the photos of their findings and fixes.
import type { FrameworkEdition } from '@chuangwen/checklists';
import { listStandards } from '@chuangwen/checklists';
import type { LocalizedText, Rectification, Site } from '@chuangwen/model';
import type { ProvenanceRules, ReinspectionDue } from '@chuangwen/rules';
import { call } from './api.js';
import { read, write } from './idb.js';

/** One standard an inspector checks at a site of a type. */
interface CheckStandard {
  code: string;
  text: LocalizedText;
}

/** A problem as the app shows it: the ledger's row, with the photos of its finding and of its fix. */
export interface ProblemCard {
  record: Rectification;
  daysLeft?: number;
  overdue: boolean;
  /** SHA-256 and document id of each photo the finding cited (整改前). */
  before: { id: string; sha256: string }[];
  /** SHA-256 of each photo the submitted fix cited (整改后). */
  after: string[];
}

/** Everything the app reads of a campaign, kept for offline use. */
export interface FieldData {
  campaignId: string;
  /** When it was read from the service (the service's moment). */
  asOf: string;
  sites: (Pick<Site, 'id' | 'name' | 'siteType' | 'responsibleUnitId' | 'address' | 'location'> & {
    types: string[];
  })[];
  units: { id: string; name: string }[];
  /** The checklist of each site type: the standards of the main edition checked in the field at it. */
  checklists: Record<string, CheckStandard[]>;
  sampling: { siteType: string; count: number }[];
  rules: ProvenanceRules;
  skewMs: number;
  schedule: ReinspectionDue[];
  problems: ProblemCard[];
}

const FIELD_METHODS = new Set(['fieldInspection', 'covertInspection', 'simulatedVerification']);

/** The checklist of each site type the campaign's sites have. */
function checklistsOf(
  edition: FrameworkEdition | undefined,
  types: Set<string>,
): Record<string, CheckStandard[]> {
  const out: Record<string, CheckStandard[]> = {};
  for (const { standard } of edition ? listStandards(edition) : [])
    if (standard.methods.some((m) => FIELD_METHODS.has(m)))
      for (const type of standard.siteTypes)
        if (types.has(type)) {
          out[type] ??= [];
          out[type].push({ code: standard.code, text: standard.text });
        }
  return out;
}

interface ViewData {
  campaignId: string;
  asOf: string;
  configuration: {
    units: { id: string; name: string }[];
    sites: Site[];
    frameworks: { role: string; edition: FrameworkEdition }[];
    settings: { clockSkewMinutes: number; provenance: ProvenanceRules };
  };
  schedule: ReinspectionDue[];
  ledger: (Rectification & { overdue: boolean; daysLeft?: number })[];
}

interface EvidenceItem {
  kind: 'observation' | 'document';
  id: string;
  record: { id: string; evidence?: string[]; sha256?: string; uri?: string };
}

/** Every item of a kind the service holds (in force), page by page. */
async function evidenceOf(user: string, campaignId: string, kind: 'observation' | 'document') {
  const out: EvidenceItem[] = [];
  for (let from: number | null = 0; from !== null; ) {
    const page = await call(
      user,
      'GET',
      `/campaigns/${campaignId}/evidence?kind=${kind}&inForce=true&from=${from}&limit=1000`,
    );
    if (page.status !== 200) throw new Error(`evidence ${page.status}`);
    const body = page.body as { items: EvidenceItem[]; next: number | null };
    out.push(...body.items);
    from = body.next;
  }
  return out;
}

const OPEN = new Set(['assigned', 'rectifying', 'returned', 'submitted', 'reopened']);

/** Reads the campaign from the service and keeps it on the device; returns what it read. */
export async function refreshFieldData(user: string, campaignId: string): Promise<FieldData> {
  const answer = await call(user, 'GET', `/campaigns/${campaignId}/view`);
  if (answer.status !== 200) throw new Error(`view ${answer.status}`);
  const view = answer.body as ViewData;
  const config = view.configuration;
  const main = (config.frameworks.find((f) => f.role === 'main') ?? config.frameworks[0])?.edition;
  const sites = config.sites.map((s) => ({
    id: s.id,
    name: s.name,
    siteType: s.siteType,
    types: [s.siteType, ...(s.otherSiteTypes ?? [])],
    responsibleUnitId: s.responsibleUnitId,
    ...(s.address === undefined ? {} : { address: s.address }),
    ...(s.location === undefined ? {} : { location: s.location }),
  }));
  const open = view.ledger.filter((r) => OPEN.has(r.status));
  const [observations, documents] = open.length
    ? await Promise.all([
        evidenceOf(user, campaignId, 'observation'),
        evidenceOf(user, campaignId, 'document'),
      ])
    : [[], []];
  const findings = new Map(observations.map((o) => [o.id, o.record.evidence ?? []]));
  const hashes = new Map(documents.map((d) => [d.id, d.record.sha256 ?? '']));
  const photos = (ids: readonly string[]) =>
    ids.filter((id) => hashes.has(id)).map((id) => ({ id, sha256: hashes.get(id)! }));
  const data: FieldData = {
    campaignId,
    asOf: view.asOf,
    sites,
    units: config.units.map((u) => ({ id: u.id, name: u.name })),
    checklists: checklistsOf(main, new Set(sites.flatMap((s) => s.types))),
    sampling: main?.sampling ?? [],
    rules: config.settings.provenance,
    skewMs: config.settings.clockSkewMinutes * 60_000,
    schedule: view.schedule.filter((d) => d.scope.kind === 'site'),
    problems: open.map(({ overdue, daysLeft, ...record }) => ({
      record: record as Rectification,
      overdue,
      ...(daysLeft === undefined ? {} : { daysLeft }),
      before: photos(record.observationId === undefined ? [] : (findings.get(record.observationId) ?? [])),
      after: photos(record.evidence).map((p) => p.sha256),
    })),
  };
  await write('kept', `field:${campaignId}`, data);
  return data;
}

/** What the device kept of a campaign, if it ever read it. */
export function keptFieldData(campaignId: string): Promise<FieldData | undefined> {
  return read<FieldData>('kept', `field:${campaignId}`);
}
