// The page's state: where the campaign comes from, the moment it is judged at, what is on screen, and the poll that
// keeps a service's campaign live. Parameters come from the address: ?campaign=, ?asOf=, ?poll= (ms), ?api=.
import { shallowRef } from 'vue';
import { computeDashboard, type Dashboard } from './compute/dashboard.js';
import { asLoadError, LoadError } from './data/load-error.js';
import { readHeads, serviceSource } from './data/service-source.js';
import type { CampaignSource } from './data/source.js';
import { pollHeads } from './live.js';

const params = new URLSearchParams(location.search);
/**
 * The service the page reads: ?api=none for files only, else a path on this site (./api by default). Another site is
 * refused, so a link cannot show another server's figures under this page's name.
 */
const given = params.get('api');
const foreign = given !== null && given !== 'none' && !onThisSite(given);
function onThisSite(path: string): boolean {
  try {
    return new URL(path, location.href).origin === location.origin;
  } catch {
    return false;
  }
}
const api = foreign || given === null ? './api' : given;
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
  if (foreign) {
    error.value = new LoadError(
      `地址中的 api 参数只能是本站的路径（或 none）：不读取 ${given}`,
      `the address's api parameter may only be a path on this site (or none): ${given} is not read`,
    );
    return;
  }
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
    recovered: () => {
      error.value = undefined;
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
    const texts = await Promise.all(
      files.map(async (f) => ({ name: f.name, text: textOf(f.name, await f.arrayBuffer()) })),
    );
    const { fileSource } = await import('./data/file-source.js');
    return fileSource(texts, asOf.value);
  });
}

/**
 * A file's text, read as a service reads a posted document: UTF-8 (or UTF-16 with its byte-order mark, as Windows
 * tools save it), never with stand-ins for bytes that are not text, which would show every name garbled.
 */
function textOf(name: string, bytes: ArrayBuffer): string {
  const head = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  const encoding =
    head[0] === 0xff && head[1] === 0xfe
      ? 'utf-16le'
      : head[0] === 0xfe && head[1] === 0xff
        ? 'utf-16be'
        : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new LoadError(
      `${name} 不是 UTF-8 编码的文本（可能是 GBK）：请另存为 UTF-8 后再拖入`,
      `${name} is not UTF-8 text (GBK, perhaps): save it as UTF-8 and drop it again`,
    );
  }
}

/** Judges the campaign on screen at another moment: the service answers again, or the file's record is viewed again. */
export async function moveTo(value: string): Promise<void> {
  asOf.value = moment(value);
  const source = dashboard.value?.source;
  if (source) await show(() => source.at(asOf.value));
}

/** Whether the page should try the service at start (?api=none turns it off: files only). */
export const serviceEnabled = api !== 'none';
