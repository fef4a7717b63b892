// The page's state: where the campaign comes from, the moment it is judged at, what is on screen, and the poll that
// keeps a service's campaign live. Parameters come from the address: ?campaign=, ?asOf=, ?poll= (ms), ?api=.
import { shallowRef } from 'vue';
import { computeDashboard, type Dashboard } from './compute/dashboard.js';
import { asLoadError, type LoadError } from './data/load-error.js';
import { readHeads, serviceSource } from './data/service-source.js';
import type { CampaignSource } from './data/source.js';
import { pollHeads } from './live.js';

const params = new URLSearchParams(location.search);
const api = params.get('api') ?? './api';
const campaignId = params.get('campaign') ?? 'yunxi-2026';
const pollMs = Math.max(200, Number(params.get('poll') ?? 3000) || 3000);

/** The moment every view is judged at: ?asOf= (a date or an instant), else now. */
export const asOf = shallowRef(moment(params.get('asOf')));
export const dashboard = shallowRef<Dashboard | undefined>();
export const error = shallowRef<LoadError | undefined>();
export const loading = shallowRef(false);
export const updatedAt = shallowRef<Date | undefined>();

let stopPolling: (() => void) | undefined;
/** Each read's turn: only the latest one shows, so a slow answer never replaces a newer one. */
let turn = 0;

function moment(value: string | null): string {
  if (value && /^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T12:00:00+08:00`;
  if (value && !Number.isNaN(Date.parse(value))) return value;
  return new Date().toISOString();
}

/** Reads a source and shows it, unless a later read started meanwhile. */
async function show(read: () => Promise<CampaignSource>): Promise<void> {
  const mine = ++turn;
  loading.value = true;
  try {
    const source = await read();
    if (mine !== turn) return;
    dashboard.value = computeDashboard(source);
    error.value = undefined;
    updatedAt.value = new Date();
  } catch (e) {
    if (mine === turn) error.value = asLoadError(e);
  } finally {
    if (mine === turn) loading.value = false;
  }
}

/** Reads the campaign from the service and keeps it live. */
export async function openService(): Promise<void> {
  stopPolling?.();
  let seen: string;
  try {
    seen = await readHeads(api, campaignId);
  } catch (e) {
    error.value = asLoadError(e);
    return;
  }
  await show(() => serviceSource(api, campaignId, asOf.value));
  stopPolling = pollHeads({
    api,
    campaignId,
    everyMs: pollMs,
    seen,
    changed: () => show(() => serviceSource(api, campaignId, asOf.value)),
    failed: (e) => {
      error.value = asLoadError(e);
    },
  });
}

/**
 * Reads a dropped or chosen campaign file (with the framework files dropped beside it) into a record in the browser;
 * the service is no longer polled. The code that does so is fetched with the first file.
 */
export async function openFiles(files: readonly File[]): Promise<void> {
  stopPolling?.();
  stopPolling = undefined;
  await show(async () => {
    const texts = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
    const { fileSource } = await import('./data/file-source.js');
    return fileSource(texts, asOf.value);
  });
}

/** Judges the campaign on screen at another moment: the service answers again, or the file's record is viewed again. */
export async function moveTo(value: string): Promise<void> {
  asOf.value = moment(value);
  const source = dashboard.value?.source;
  if (source) await show(() => source.at(asOf.value));
}

/** Whether the page should try the service at start (?api=none turns it off: files only). */
export const serviceEnabled = api !== 'none';
