// Seeds a running example service with the field app's sample, dated from today, as the street's office would set it
// up: the sample street's campaign document with its sites located on the map (fictional coordinates, marked as
// offices mark them: on Baidu or AMap, in BD-09 or GCJ-02), the leading group's decision that every photo must carry
// its provenance, checks made about 85 days ago (so their evidence lapses within the re-inspection schedule), and two
// problems at the farmers' market: one handed to its unit, one whose fix the unit has submitted for review.
import { createHash } from 'node:crypto';
import { listStandards } from '@chuangwen/checklists';
import { districtFramework, sampleStreetCampaign } from '@chuangwen/checklists/district';
import type { Campaign, Coordinates, MediaProvenance } from '@chuangwen/model';
import { convertDatum } from '@chuangwen/rules';
import { identityOf, MARKET, type Person, samplePeople } from './people.js';
import { samplePhoto } from './sample-photo.js';

/** The sample campaign's id. */
export const FIELD_CAMPAIGN_ID = 'yunxi-2026';
/** The problem handed to the market's unit, and the one whose fix waits for review. */
export const OPEN_PROBLEM = 'r-market-stalls';
export const SUBMITTED_PROBLEM = 'r-market-drain';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** Where the street's sites are: a grid of fictional points some 300 m apart, each marked in BD-09 or GCJ-02. */
function locatedStreet(): Campaign {
  const street = sampleStreetCampaign() as Campaign;
  street.sites = street.sites.map((site, i) => {
    const wgs = {
      longitude: 113.6402 + (i % 5) * 0.0032,
      latitude: 34.7458 + Math.floor(i / 5) * 0.0027,
      datum: 'WGS84' as const,
    };
    const location: Coordinates = convertDatum(wgs, i % 2 === 0 ? 'BD09' : 'GCJ02');
    return { ...site, location };
  });
  return street;
}

/** A site's location as a phone's GPS reports it (WGS-84), `north` metres north of it. */
export function gpsAt(street: Campaign, siteId: string, north = 0): { longitude: number; latitude: number } {
  const at = convertDatum(street.sites.find((s) => s.id === siteId)!.location!, 'WGS84');
  return { longitude: at.longitude, latitude: at.latitude + north / 111_195 };
}

async function send(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
  bytes?: Buffer,
) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...headers,
      ...(bytes
        ? { 'content-type': 'image/png' }
        : body === undefined
          ? {}
          : { 'content-type': 'application/json' }),
    },
    ...(bytes ? { body: new Uint8Array(bytes) } : body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const payload = (await response.json()) as Record<string, unknown>;
  if (!response.ok)
    throw new Error(`${method} ${path} → ${response.status}: ${JSON.stringify(payload).slice(0, 600)}`);
  return payload;
}

/** Seeds the service at `base` (no campaign of that id there yet). */
export async function seedField(base: string): Promise<{ street: Campaign; people: Person[] }> {
  const street = locatedStreet();
  const people = samplePeople();
  const as = (id: string, role: string) => ({ 'x-chuangwen-actor': id, 'x-chuangwen-role': role });
  const office = as(street.organisation.office.directorId, 'office');
  const leader = as(street.organisation.leadingGroup.leaderId, 'leadingGroup');
  const reviewer = identityOf(people.find((p) => p.role === 'supervisionGroup')!);
  const liaison = identityOf(people.find((p) => p.role === 'unitStaff')!);
  const unitId = people.find((p) => p.role === 'unitStaff')!.unitId!;
  const event = (headers: Record<string, string>, body: Record<string, unknown>) =>
    send(base, 'POST', `/campaigns/${FIELD_CAMPAIGN_ID}/events`, headers, body);

  await send(base, 'POST', '/campaigns', office, street);
  await event(leader, {
    type: 'settings.changed',
    settings: { provenance: { required: true } },
    reason: '实地督查须附现场拍摄、带定位的照片（示例）',
  });

  // Checks made 85 days ago at the first inspector's sites: their evidence lapses within the schedule's 14 days.
  const now = Date.now();
  const field = listStandards(districtFramework).filter((l) =>
    l.standard.methods.includes('fieldInspection'),
  );
  const checked = ['s-main-road', 's-crossing', MARKET, 's-square'];
  let n = 0;
  for (const siteId of checked) {
    const type = street.sites.find((s) => s.id === siteId)!.siteType;
    for (const { standard } of field.filter((l) => l.standard.siteTypes.includes(type)).slice(0, 2))
      await event(reviewer, {
        type: 'observation.recorded',
        observation: {
          id: `o-seed-${++n}`,
          standardRef: standard.code,
          scope: { kind: 'site', siteId },
          observedAt: iso(now - 85 * DAY + n * 60_000),
          method: 'fieldInspection',
          source: 'supervisionCheck',
          outcome: 'pass',
          violationCount: 0,
        },
      });
  }

  // A photo of the market's finding (and later of a fix), uploaded by its hash and filed with its provenance.
  const marketType = street.sites.find((s) => s.id === MARKET)!.siteType;
  const code = field.find((l) => l.standard.siteTypes.includes(marketType))!.standard.code;
  async function photo(
    id: string,
    seed: number,
    clutter: boolean,
    capturedAt: number,
    by: Record<string, string>,
    more: Record<string, unknown> = {},
  ) {
    const bytes = samplePhoto(seed, { clutter });
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await send(base, 'PUT', `/campaigns/${FIELD_CAMPAIGN_ID}/media/${sha256}`, by, undefined, bytes);
    const provenance: MediaProvenance = {
      contentSha256: sha256,
      capturedAt: iso(capturedAt),
      location: { ...gpsAt(street, MARKET, 12), datum: 'WGS84', accuracyMetres: 9 },
      source: 'camera',
    };
    await event(by, {
      type: 'document.filed',
      document: {
        id,
        title: `云溪农贸市场 ${clutter ? '整改前' : '整改后'}（示例）`,
        category: 'photo',
        standardRefs: [code],
        date: iso(capturedAt).slice(0, 10),
        capturedAt: iso(capturedAt),
        sha256,
        uri: `media:sha256:${sha256}`,
        provenance,
        ...more,
      },
    });
    return id;
  }
  const deadline = iso(now + 10 * DAY).slice(0, 10);
  for (const [rid, description, seed] of [
    [OPEN_PROBLEM, '市场入口占道堆放货箱（示例）', 3],
    [SUBMITTED_PROBLEM, '市场排水沟堵塞积水（示例）', 5],
  ] as const) {
    const found = now - 3 * DAY;
    const before = await photo(`d-${rid}-before`, seed, true, found, reviewer);
    await event(reviewer, {
      type: 'observation.recorded',
      observation: {
        id: `o-${rid}`,
        standardRef: code,
        scope: { kind: 'site', siteId: MARKET },
        observedAt: iso(found + 60_000),
        method: 'fieldInspection',
        source: 'supervisionCheck',
        outcome: 'fail',
        violationCount: 1,
        evidence: [before],
      },
    });
    await event(reviewer, {
      type: 'rectification.reported',
      rectificationId: rid,
      standardRef: code,
      scope: { kind: 'site', siteId: MARKET },
      description,
      observationId: `o-${rid}`,
    });
    await event(office, {
      type: 'rectification.assigned',
      rectificationId: rid,
      leadUnitId: unitId,
      deadline,
      requirement: '限期整改，提交整改前后对比照片（示例）',
    });
  }
  await event(liaison, { type: 'rectification.started', rectificationId: SUBMITTED_PROBLEM });
  const after = await photo(`d-${SUBMITTED_PROBLEM}-after`, 6, false, Date.now(), liaison, {
    unitId,
    beforeId: `d-${SUBMITTED_PROBLEM}-before`,
  });
  await event(liaison, {
    type: 'rectification.submitted',
    rectificationId: SUBMITTED_PROBLEM,
    evidence: [after],
  });
  return { street, people };
}
