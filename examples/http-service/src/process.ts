// Starts this service as its own process, as its README does: on a free port, with a fresh folder for its SQLite file
// and, when asked, for uploaded photos (else they go to the database). The pages that talk to the service (the
// dashboard, the field app) start it this way for their launchers and their tests.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A running service: its base URL, its folder, and how to stop it (which removes the folder). */
export interface RunningService {
  url: string;
  dir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** How to start the service. */
export interface ServiceProcessOptions {
  /** The port; a free one by default. */
  port?: number;
  /** Keeps uploaded photos in a folder of their own (`MEDIA_DIR`) rather than in the database. */
  mediaInFolder?: boolean;
  /** How long it may take to say where it listens; 30 s by default, for a busy machine. */
  timeoutMs?: number;
}

/** Starts the built service (`dist/main.js`); resolves once it says where it listens. */
export async function startService(options: ServiceProcessOptions = {}): Promise<RunningService> {
  const dir = mkdtempSync(join(tmpdir(), 'chuangwen-service-'));
  const timeout = options.timeoutMs ?? 30_000;
  const child = spawn(process.execPath, [fileURLToPath(new URL('./main.js', import.meta.url))], {
    env: {
      ...process.env,
      CHUANGWEN_AUDIT_KEY: randomBytes(32).toString('hex'),
      DATABASE_PATH: join(dir, 'campaigns.db'),
      ...(options.mediaInFolder ? { MEDIA_DIR: join(dir, 'media') } : {}),
      HOST: '127.0.0.1',
      PORT: String(options.port ?? 0),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  let output = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the service did not start in ${timeout / 1000} s:\n${output}`)),
        timeout,
      );
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const found = /listening on (http:\/\/[^\s,]+)/.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(found[1]!);
        }
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the service exited (${code}) before listening:\n${output}`));
      });
    });
    return { url, dir, process: child, stop };
  } catch (error) {
    // A service that never listened leaves no process and no folder behind.
    await stop();
    throw error;
  }
}
