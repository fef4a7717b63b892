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

/**
 * The caller's environment without what chooses the service's database, media, keys or signer: a service started here
 * always runs on its own fresh folder and key, whatever the shell it was started from has set.
 */
function ownEnvironment(): NodeJS.ProcessEnv {
  const chosen = /^(DATABASE_|POSTGRES_|MEDIA_DIR$|FRAMEWORKS_DIR$|CONFLICT_RETRIES$|HOST$|PORT$|CHUANGWEN_)/;
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !chosen.test(name)));
}

/** Starts the built service (`dist/main.js`); resolves once it says where it listens. */
export async function startService(options: ServiceProcessOptions = {}): Promise<RunningService> {
  const dir = mkdtempSync(join(tmpdir(), 'chuangwen-service-'));
  const timeout = options.timeoutMs ?? 30_000;
  const child = spawn(process.execPath, [fileURLToPath(new URL('./main.js', import.meta.url))], {
    env: {
      ...ownEnvironment(),
      CHUANGWEN_AUDIT_KEY: randomBytes(32).toString('hex'),
      DATABASE_PATH: join(dir, 'campaigns.db'),
      ...(options.mediaInFolder ? { MEDIA_DIR: join(dir, 'media') } : {}),
      HOST: '127.0.0.1',
      PORT: String(options.port ?? 0),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      // A service that does not close in time is killed, so stopping never hangs.
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(kill);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  let output = '';
  // What it said before listening, kept for an error; the last 16 KB at most.
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-16_384);
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the service did not start in ${timeout / 1000} s:\n${output}`)),
        timeout,
      );
      const read = (chunk: Buffer) => {
        keep(chunk);
        const found = /listening on (http:\/\/[^\s,]+)/.exec(output);
        if (found) {
          clearTimeout(timer);
          child.stdout!.off('data', read);
          child.stderr!.off('data', read);
          resolve(found[1]!);
        }
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(new Error(`the service could not be started: ${error.message}`));
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the service exited (${code}) before listening:\n${output}`));
      });
    });
    // Read on and dropped, so a chatty service never fills its pipes.
    child.stdout!.resume();
    child.stderr!.resume();
    return { url, dir, process: child, stop };
  } catch (error) {
    // A service that never listened leaves no process and no folder behind.
    await stop();
    throw error;
  }
}
