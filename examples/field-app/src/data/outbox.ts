// The outbox: everything captured is an item kept on the device until the service has it. An item is a short list of
// steps (upload each photo by its hash, file it, record the finding, report the problem…), each sent with an
// Idempotency-Key of its own, so a step repeated after a lost answer is answered from the audit, never recorded twice.
// What the service refuses becomes a conflict shown with what to do; anything else (no network, a busy service) waits
// and is sent again.
import type { BilingualText } from '@chuangwen/model';
import { ref, shallowRef, toRaw } from 'vue';
import { call, Unreachable } from './api.js';
import { all, remove, write } from './idb.js';

/** One step of an item. */
export type Step =
  | { kind: 'upload'; sha256: string; type: string; bytes: ArrayBuffer; done: boolean }
  | { kind: 'event'; body: Record<string, unknown>; done: boolean };

/** What the service refused, and what the person can do about it. */
interface Conflict {
  status: number;
  code: string;
  message: BilingualText;
  issues: { pointer: string; message: BilingualText }[];
  whatToDo: BilingualText;
}

/** One thing captured, on its way to the service. */
export interface OutboxItem {
  key: string;
  /** Who captured it; it is sent as them. */
  user: string;
  kind: 'check' | 'fix' | 'review';
  title: BilingualText;
  createdAt: string;
  /** Raised when a conflict is retried, so the retry's steps get keys of their own. */
  attempt: number;
  steps: Step[];
  state: 'pending' | 'sent' | 'conflict';
  conflict?: Conflict;
  /** Where it concerns one site or one problem, for the screens that show it. */
  siteId?: string;
  rectificationId?: string;
}

/** The outbox as the screens show it: plain items (no reactive proxies), so each can be stored as it is. */
export const outbox = shallowRef<OutboxItem[]>([]);
/** Whether the outbox is being sent now. */
export const draining = ref(false);
/** When the outbox was last sent whole. */
export const lastSynced = ref<string | undefined>();

const byTime = (a: OutboxItem, b: OutboxItem) =>
  a.createdAt.localeCompare(b.createdAt) || a.key.localeCompare(b.key);

/** Reads the outbox from the device. */
export async function loadOutbox(): Promise<void> {
  outbox.value = (await all<OutboxItem>('outbox')).sort(byTime);
}

async function save(item: OutboxItem): Promise<void> {
  await write('outbox', item.key, item);
  outbox.value = [...outbox.value.filter((o) => o.key !== item.key), { ...item }].sort(byTime);
}

/** A fresh key for an item: random, so two devices never share one. */
export function newKey(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

/** A copy with no reactive proxy anywhere in it (the screens' data is reactive), so IndexedDB can store it. */
function plain<T>(value: T): T {
  const raw = toRaw(value);
  if (Array.isArray(raw)) return raw.map(plain) as T;
  if (raw !== null && typeof raw === 'object' && !(raw instanceof ArrayBuffer))
    return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, plain(v)])) as T;
  return raw;
}

/** Whether the last item could not be kept on the device (its storage full, say): the screens say so. */
export const notKept = ref(false);

/** Puts an item in the outbox and starts sending; false when the device could not keep it (nothing is half-kept). */
export async function enqueue(item: Omit<OutboxItem, 'state' | 'attempt'>): Promise<boolean> {
  try {
    await save(plain({ ...item, attempt: 0, state: 'pending' as const }));
  } catch {
    notKept.value = true;
    return false;
  }
  notKept.value = false;
  void drain();
  return true;
}

const msg = (zh: string, en: string): BilingualText => ({ 'zh-CN': zh, en });

/** What to do about a refusal, by what the service said. */
function whatToDo(status: number, code: string, issues: Conflict['issues']): BilingualText {
  if (issues.some((i) => /provenance|pair_/.test(i.pointer) || /来源|拍摄|照片/.test(i.message['zh-CN'])))
    return msg(
      '照片未通过来源核验：请回到点位用相机重拍后重新提交；确属定位偏差的，请创建办说明理由后采信。',
      'The photos fail the provenance checks: take them again at the site with the camera and send again; if the position was off, the office may accept them with a reason.',
    );
  if (status === 403)
    return msg(
      '该点位或事项已不归你办理（可能已改派）：请联系创建办确认；如已重新分派给你，可点“重试”，否则放弃此条。',
      'This site or matter is no longer yours (it may have been reassigned): check with the office; if it is yours again press Retry, else discard this entry.',
    );
  if (status === 409)
    return msg(
      '该问题在此期间已有变化（如已销号或已退回）：请刷新查看最新状态，此条可放弃。',
      'The problem changed meanwhile (closed or sent back, say): refresh to see where it stands; this entry can be discarded.',
    );
  // The app never changes what it sends under a key: a key the service knows for another request was most likely
  // recorded before the service was upgraded. Entered again, it would be recorded twice.
  if (code === 'idempotency_key_reused')
    return msg(
      '此条可能已经记录过（例如服务升级之前）：请创建办在审计记录中核对；已记录的可放弃此条，不要重新录入。',
      'This may have been recorded already (before the service was upgraded, say): ask the office to check the audit; if it is there, discard this entry rather than enter it again.',
    );
  return msg(
    '请按提示修改后重新录入，或放弃此条。',
    'Correct what is said and enter it again, or discard this entry.',
  );
}

function conflictOf(status: number, body: unknown): Conflict {
  const b = (body ?? {}) as { code?: string; message?: BilingualText; issues?: Conflict['issues'] };
  const issues = (b.issues ?? []).map((i) => ({ pointer: i.pointer, message: i.message }));
  return {
    status,
    code: b.code ?? String(status),
    message: b.message ?? msg(`服务拒绝（${status}）`, `refused by the service (${status})`),
    issues,
    whatToDo: whatToDo(status, b.code ?? '', issues),
  };
}

/**
 * Whether a refused step files a photo the record already holds: its id comes from the photo's hash, so the same photo
 * used in two checks, or filed once under a key whose answer was lost, is the document the finding can cite. Not an
 * after-photo of a fix (it names the before-photo it pairs with): one already filed is no proof of the fix.
 */
function alreadyFiled(step: Step, answer: { status: number; body: unknown }): boolean {
  if (step.kind !== 'event' || step.body.type !== 'document.filed' || answer.status !== 422) return false;
  if ((step.body.document as { beforeId?: unknown } | undefined)?.beforeId !== undefined) return false;
  const issues = (answer.body as { issues?: { code?: unknown; pointer?: unknown }[] } | null)?.issues;
  return (
    Array.isArray(issues) &&
    issues.length > 0 &&
    issues.every((i) => i?.code === 'duplicate_id' && i.pointer === '/document/id')
  );
}

/** Sends one item's remaining steps; false when the service could not be reached (try later). */
async function send(item: OutboxItem, campaignId: string): Promise<boolean> {
  for (let i = 0; i < item.steps.length; i++) {
    const step = item.steps[i]!;
    if (step.done) continue;
    let answer: Awaited<ReturnType<typeof call>>;
    try {
      answer =
        step.kind === 'upload'
          ? await call(item.user, 'PUT', `/campaigns/${campaignId}/media/${step.sha256}`, {
              bytes: step.bytes,
              type: step.type,
            })
          : await call(item.user, 'POST', `/campaigns/${campaignId}/events`, {
              json: step.body,
              key: `${item.key}.${item.attempt}.${i}`,
            });
    } catch (error) {
      if (error instanceof Unreachable) return false;
      throw error;
    }
    // A busy record (another instance moved first) or one an operator must migrate answers later: wait, as offline.
    const code = (answer.body as { code?: unknown } | null)?.code;
    if (
      answer.status >= 500 ||
      (answer.status === 409 && (code === 'conflict' || code === 'needs_migration'))
    )
      return false;
    if (answer.status >= 400 && !alreadyFiled(step, answer)) {
      await save({ ...item, state: 'conflict', conflict: conflictOf(answer.status, answer.body) });
      return true;
    }
    step.done = true;
    await save(item);
  }
  // Sent, the service holds the photos: the device keeps the item's record, not its bytes.
  const steps = item.steps.map((s) => (s.kind === 'upload' ? { ...s, bytes: new ArrayBuffer(0) } : s));
  await save({ ...item, steps, state: 'sent' });
  return true;
}

let running: Promise<void> | undefined;
let campaign = '';

/** The campaign the outbox sends to. */
export function useCampaign(id: string): void {
  campaign = id;
}

/** Sends every waiting item in the order captured; returns once done or when the service cannot be reached. */
export function drain(): Promise<void> {
  if (running) return running;
  const run = (async () => {
    draining.value = true;
    try {
      for (const item of [...outbox.value].sort(byTime)) {
        if (item.state !== 'pending' || !campaign) continue;
        if (!(await send(item, campaign))) return;
      }
      lastSynced.value = new Date().toISOString();
    } finally {
      draining.value = false;
    }
  })();
  // Cleared once settled, whether the run awaited anything or finished at once.
  running = run;
  void run.finally(() => {
    if (running === run) running = undefined;
  });
  return run;
}

/** Sends a refused item again, its remaining steps under new keys (a refusal is recorded under the old ones). */
export async function retry(key: string): Promise<void> {
  const item = outbox.value.find((o) => o.key === key);
  if (!item) return;
  const { conflict: _c, ...rest } = item;
  await save({ ...rest, attempt: item.attempt + 1, state: 'pending' });
  void drain();
}

/** Removes an item from the outbox. */
export async function discard(key: string): Promise<void> {
  await remove('outbox', key);
  outbox.value = outbox.value.filter((o) => o.key !== key);
}
