// The page's state: where the campaign comes from, the moment it is judged at, the computed views, and the poll that
// keeps a service's campaign live. Parameters come from the address: ?campaign=, ?asOf=, ?poll= (ms), ?api=.
import { shallowRef } from 'vue';
import { computeDashboard, type Dashboard } from './compute/dashboard.js';
import { type CampaignData, LoadError, loadFromService, readHeads } from './data/campaign-data.js';
import { loadFromFiles } from './data/campaign-file.js';
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

function moment(value: string | null): string {
  if (value && /^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T12:00:00+08:00`;
  if (value && !Number.isNaN(Date.parse(value))) return value;
  return new Date().toISOString();
}

function show(data: CampaignData) {
  try {
    dashboard.value = computeDashboard(data, asOf.value);
    error.value = undefined;
    updatedAt.value = new Date();
  } catch (e) {
    fail(e);
  }
}

function fail(e: unknown) {
  error.value = e instanceof LoadError ? e : new LoadError(String(e), String(e));
}

/** Reads the campaign from the service and keeps it live. */
export async function openService(): Promise<void> {
  stopPolling?.();
  loading.value = true;
  try {
    const load = async () => {
      const seen = await readHeads(api, campaignId);
      show(await loadFromService(api, campaignId));
      return seen;
    };
    const seen = await load();
    stopPolling = pollHeads({
      api,
      campaignId,
      everyMs: pollMs,
      seen,
      changed: async () => {
        show(await loadFromService(api, campaignId));
      },
      failed: fail,
    });
  } catch (e) {
    fail(e);
  } finally {
    loading.value = false;
  }
}

/**
 * Reads a dropped or chosen campaign file (with the framework files dropped beside it) and computes everything here;
 * the service is no longer polled.
 */
export async function openFiles(files: readonly File[]): Promise<void> {
  stopPolling?.();
  stopPolling = undefined;
  try {
    show(loadFromFiles(await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })))));
  } catch (e) {
    fail(e);
  }
}

/** Judges the campaign on screen at another moment. */
export function moveTo(value: string): void {
  asOf.value = moment(value);
  if (dashboard.value) show(dashboard.value.data);
}

/** Whether the page should try the service at start (?api=none turns it off: files only). */
export const serviceEnabled = api !== 'none';
