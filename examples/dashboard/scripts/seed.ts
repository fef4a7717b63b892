// Seeds a running example service with the sample street over HTTP, as the street's people would fill it: the
// document, mobilisation and supervision entered from paper, checks and problems, archive, surveys, and one class the
// leading group decided. Nobody sends a class or a missed month: the record derives them from what was observed and met.
import { listStandards } from '@chuangwen/checklists';
import { districtFramework } from '@chuangwen/checklists/district';
import { type Identity, OFFICE, type SampleEvent } from './sample-actors.js';
import { sampleChecks } from './sample-checks.js';
import {
  sampleArchive,
  sampleDocumentWithTallies,
  sampleMobilisation,
  sampleOverride,
  sampleSupervision,
  sampleSurveys,
} from './sample-record.js';
import { at, SAMPLE_AS_OF, seeded } from './sample-time.js';

/** The sample campaign's id. */
export const SAMPLE_CAMPAIGN_ID = 'yunxi-2026';

/** Sends one request to the service; a refusal stops the seed with the service's own words. */
async function send(base: string, method: string, path: string, as: Identity, body?: unknown) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...as, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const payload = (await response.json()) as Record<string, unknown>;
  if (!response.ok)
    throw new Error(`${method} ${path} → ${response.status}: ${JSON.stringify(payload).slice(0, 600)}`);
  return payload;
}

/** Posts one event of the sample. */
export const post = (base: string, event: SampleEvent) =>
  send(base, 'POST', `/campaigns/${SAMPLE_CAMPAIGN_ID}/events`, event.as, event.body);

/** Every event of the sample after the document, in the order of their dates. */
function sampleEvents(): SampleEvent[] {
  const dice = seeded(2026);
  const codes = listStandards(districtFramework).map((l) => l.standard.code);
  const communities = [
    'u-c-qinghe',
    'u-c-wangjiang',
    'u-c-nanyuan',
    'u-c-xinhua',
    'u-c-liuyin',
    'u-v-taoyuan',
  ];
  const events = [
    ...sampleMobilisation(),
    ...sampleChecks(dice),
    ...sampleArchive(codes.slice(0, 24)),
    ...sampleSurveys(dice, communities),
    ...sampleSupervision(),
  ];
  // Stable: events of one moment keep the order they were made in (a problem's lifecycle, a document before its use).
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => Date.parse(a.e.body.at) - Date.parse(b.e.body.at) || a.i - b.i)
    .map(({ e }) => e);
}

/** When the leading group decides a class over the evidence: after the last supervision of the sample. */
const OVERRIDE_AT = at('2026-06-14', 18);

/** Seeds the service at `base` (no campaign of that id there yet); returns how many events were posted. */
export async function seedSampleStreet(base: string): Promise<number> {
  await send(base, 'POST', '/campaigns', OFFICE, sampleDocumentWithTallies(seeded(99)));
  const events = sampleEvents();
  for (const event of events) await post(base, event);
  // The leading group overrules the evidence on the first standard it finds failing: the board shows both classes.
  const board = (await send(
    base,
    'GET',
    `/campaigns/${SAMPLE_CAMPAIGN_ID}/board?asOf=${encodeURIComponent(OVERRIDE_AT)}`,
    OFFICE,
  )) as { standards: Record<string, { class: string }> };
  const failing = Object.entries(board.standards).find(([, s]) => s.class === 'nonCompliant');
  if (!failing) throw new Error('the sample has no failing standard for the leading group to decide on');
  for (const event of sampleOverride(failing[0], OVERRIDE_AT)) await post(base, event);
  return events.length + 1;
}

export { SAMPLE_AS_OF };
