// Work that could hold the event loop, on worker threads: one reads posted documents (with a time budget after which
// it is stopped and started again), one verifies records. The event loop only hands bytes over and takes answers back.
import { Worker } from 'node:worker_threads';
import type { BilingualText } from '@chuangwen/model';
import type { AuditConfig } from './audit-keys.js';
import type { DatabaseLocation } from './store.js';
import type { Task } from './worker.js';

/** Why a task did not finish: it ran past its budget, or failed. */
export class OffLoopError extends Error {
  constructor(
    readonly reason: 'timeout' | 'failed',
    readonly detail: BilingualText,
  ) {
    super(detail.en);
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Pending = {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout | undefined;
};

/** How long a fresh thread may take to load its code before it counts as broken (a loaded machine is slow at it). */
const START_BUDGET_MS = 120_000;

/**
 * One worker thread, started when first needed and again after a task ran past its budget or the thread died. A task's
 * budget counts from when the thread is ready, so the time a fresh thread takes to load is never charged to a task.
 */
class Lane {
  private worker: Worker | undefined;
  private ready = false;
  private startTimer: NodeJS.Timeout | undefined;
  private readonly pending = new Map<number, Pending & { budgetMs: number }>();
  private next = 0;

  constructor(private readonly start: () => Worker) {}

  private current(): Worker {
    if (this.worker) return this.worker;
    const worker = this.start();
    worker.unref();
    this.ready = false;
    this.startTimer = setTimeout(() => this.stop(worker, 'timeout'), START_BUDGET_MS);
    this.startTimer.unref();
    worker.on(
      'message',
      (message: { id?: number; ready?: true; result?: unknown; error?: BilingualText }) => {
        if (message.ready) {
          if (this.worker !== worker) return;
          this.ready = true;
          clearTimeout(this.startTimer);
          for (const p of this.pending.values()) p.timer = this.budget(worker, p.budgetMs);
          return;
        }
        const p = this.pending.get(message.id!);
        if (!p) return;
        this.pending.delete(message.id!);
        clearTimeout(p.timer);
        if (message.error) p.reject(new OffLoopError('failed', message.error));
        else p.resolve(message.result);
      },
    );
    // A thread that dies fails what it held; the next task starts a fresh one (no restart loop on a broken start).
    worker.on('error', (error) => this.stop(worker, 'failed', error));
    worker.on('exit', () => this.stop(worker, 'failed'));
    this.worker = worker;
    return worker;
  }

  private budget(worker: Worker, budgetMs: number): NodeJS.Timeout {
    const timer = setTimeout(() => this.stop(worker, 'timeout'), budgetMs);
    timer.unref();
    return timer;
  }

  private stop(worker: Worker, reason: 'timeout' | 'failed', error?: Error) {
    if (this.worker !== worker) return;
    this.worker = undefined;
    clearTimeout(this.startTimer);
    const detail: BilingualText =
      reason === 'timeout'
        ? { 'zh-CN': '处理时间超出上限，已停止', en: 'it took longer than allowed and was stopped' }
        : {
            'zh-CN': `后台任务失败${error ? `：${error.message}` : ''}`,
            en: `the background task failed${error ? `: ${error.message}` : ''}`,
          };
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(new OffLoopError(reason, detail));
    }
    this.pending.clear();
    void worker.terminate();
  }

  run<T>(task: DistributiveOmit<Task, 'id'>, budgetMs: number, transfer: ArrayBuffer[] = []): Promise<T> {
    const id = ++this.next;
    const worker = this.current();
    return new Promise<T>((resolve, reject) => {
      // Before the thread is ready, the task waits in its queue with no clock running; `ready` starts it.
      const timer = this.ready ? this.budget(worker, budgetMs) : undefined;
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer, budgetMs });
      worker.postMessage({ ...task, id }, transfer);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    clearTimeout(this.startTimer);
    if (worker) await worker.terminate();
  }
}

/** Starts the worker file next to this one: the built `.js`, or the source through tsx when run from TypeScript. */
function workerStarter(workerData: unknown): () => Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return () => new Worker(new URL('./worker.js', here), { workerData });
  const source = new URL('./worker.ts', here).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); })`;
  return () => new Worker(boot, { eval: true, workerData, execArgv: ['--conditions', '@chuangwen/source'] });
}

/** The service's worker threads. */
export class OffLoop {
  private readonly intake: Lane;
  private readonly verify: Lane;

  constructor(database: DatabaseLocation, audit: AuditConfig) {
    const start = workerStarter({ database, audit });
    this.intake = new Lane(start);
    this.verify = new Lane(start);
  }

  /** Reads a posted document within a time budget; the bytes move to the worker, not copied. */
  readDocument<T>(bytes: Uint8Array, codes: Record<string, string[]>, budgetMs: number): Promise<T> {
    const copy =
      bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
    return this.intake.run<T>({ kind: 'intake', bytes: copy, codes }, budgetMs, [copy.buffer as ArrayBuffer]);
  }

  /** Verifies a campaign's record on the worker's own connection, from where its last run stopped (or whole). */
  verifyRecord<T>(
    task: Omit<Extract<Task, { kind: 'verify' }>, 'id' | 'kind'>,
    budgetMs: number,
  ): Promise<T> {
    return this.verify.run<T>({ kind: 'verify', ...task }, budgetMs);
  }

  async close(): Promise<void> {
    await Promise.all([this.intake.close(), this.verify.close()]);
  }
}
