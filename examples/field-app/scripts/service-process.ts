// Starts the example service as its own process, as its README does: on a free port, with a fresh folder for its
// SQLite file and, when asked, for the uploaded photos (else they go to the database).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A running service: its base URL, its folder, and how to stop it (which removes the folder). */
export interface RunningService {
  url: string;
  dir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

function serviceEntry(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@chuangwen/example-http-service/package.json')), 'dist', 'main.js');
}

/** Starts the service; resolves once it says where it listens. */
export async function startService(
  options: { port?: number; mediaInFolder?: boolean } = {},
): Promise<RunningService> {
  const dir = mkdtempSync(join(tmpdir(), 'chuangwen-field-'));
  const child = spawn(process.execPath, [serviceEntry()], {
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
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the service did not start in 30 s:\n${output}`)),
      30_000,
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
  return {
    url,
    dir,
    process: child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
