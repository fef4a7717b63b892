// The service's worker thread: what could hold the event loop for long runs here, so other requests keep their
// latency. It reads posted campaign documents, and verifies records (from where the last run stopped) on its own
// connection to the same database.
import { parentPort, workerData } from 'node:worker_threads';
import type { IncrementalVerification, Position, StreamId } from '@chuangwen/machine';
import { type RecordStore, verifyFrom, verifyStore } from '@chuangwen/store';
import { type AuditConfig, hasherOf } from './audit-keys.js';
import { readCampaignDocument } from './intake.js';
import { type DatabaseLocation, openStore } from './store.js';

/** A task for the worker, and what it answers. */
export type Task =
  | { kind: 'intake'; id: number; bytes: Uint8Array; codes: Record<string, string[]> }
  | {
      kind: 'verify';
      id: number;
      campaignId: string;
      full: boolean;
      anchors?: { stream: StreamId; seq: number; hash: string }[];
      position?: Position;
    };

const { database, audit } = workerData as { database: DatabaseLocation; audit: AuditConfig };
const hasher = hasherOf(audit);
let store: Promise<RecordStore> | undefined;
const kept = new Map<string, IncrementalVerification>();

async function verify(task: Extract<Task, { kind: 'verify' }>) {
  store ??= openStore(database, { check: false });
  const s = await store;
  if (task.full || task.anchors) {
    const verdict = await verifyStore(s, task.campaignId, {
      hasher,
      ...(task.anchors ? { anchors: task.anchors } : {}),
      ...(task.position ? { position: task.position } : {}),
    });
    return verdict && { ...verdict, from: 'whole' };
  }
  const run = await verifyFrom(s, task.campaignId, {
    hasher,
    ...(kept.has(task.campaignId) ? { from: kept.get(task.campaignId)! } : {}),
    ...(task.position ? { position: task.position } : {}),
  });
  if (!run) return undefined;
  kept.set(task.campaignId, run.verification);
  return { ...run.verdict, from: 'checkpoint' };
}

parentPort!.on('message', async (task: Task) => {
  try {
    if (task.kind === 'intake') {
      const text = new TextDecoder().decode(task.bytes);
      parentPort!.postMessage({
        id: task.id,
        result: readCampaignDocument(text, (editionId) => task.codes[editionId]),
      });
    } else parentPort!.postMessage({ id: task.id, result: await verify(task) });
  } catch (error) {
    const detail = (error as { detail?: unknown }).detail;
    parentPort!.postMessage({
      id: task.id,
      error: detail ?? { 'zh-CN': '后台任务失败', en: 'the background task failed' },
    });
  }
});
// Everything above is loaded: tasks' budgets start now, not while the thread was still importing its code.
parentPort!.postMessage({ ready: true });
