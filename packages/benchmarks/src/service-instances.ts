// The example HTTP service as its users run it: the built dist/main.js in processes of its own, each on a free port
// in a folder of its own, on a SQLite file or on one PostgreSQL database shared by all instances; and how the mix's
// senders are named to it (identity headers).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@chuangwen/fixtures/postgres';
import type { Actor } from '@chuangwen/machine';
import { KEY } from './record-driver.js';

const MAIN = fileURLToPath(new URL('../../../examples/http-service/dist/main.js', import.meta.url));

/** Running instances of the service, stopped together. */
export class Instances {
  private readonly children: { child: ChildProcess; folder: string }[] = [];

  /** Starts `count` instances on one database (`DATABASE_PATH` or `DATABASE_URL`); their base URLs. */
  async start(count: number, database: Record<string, string>): Promise<string[]> {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the service first (npm run build)`);
    const urls: string[] = [];
    for (let i = 0; i < count; i++) {
      const port = await freePort();
      const folder = mkdtempSync(join(tmpdir(), 'chuangwen-service-bench-'));
      const env: Record<string, string> = {
        ...(process.env as Record<string, string>),
        ...database,
        CHUANGWEN_AUDIT_KEY: KEY,
        HOST: '127.0.0.1',
        PORT: String(port),
      };
      if (env.DATABASE_PATH === '') env.DATABASE_PATH = join(folder, 'service.db');
      const child = spawn(process.execPath, [MAIN], {
        cwd: folder,
        env,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      this.children.push({ child, folder });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the service did not start within 60 s')), 60_000);
        child.once('exit', (code) => reject(new Error(`the service exited with ${code}`)));
        child.stdout!.on('data', (b: Buffer) => {
          if (b.toString().includes('listening')) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      urls.push(`http://127.0.0.1:${port}`);
    }
    return urls;
  }

  /** Stops every instance and removes its folder. */
  async stop(): Promise<void> {
    await Promise.all(
      this.children.splice(0).map(
        ({ child, folder }) =>
          new Promise<void>((resolve) => {
            const done = () => {
              rmSync(folder, { recursive: true, force: true });
              resolve();
            };
            if (child.exitCode !== null) return done();
            child.once('exit', done);
            child.kill('SIGTERM');
          }),
      ),
    );
  }
}

/** The headers that name a sender to the example service (its stand-in for a host's authentication). */
export function headersOf(actor: Actor): Record<string, string> {
  const sites = actor.assignment?.siteIds ?? [];
  const units = actor.assignment?.unitIds ?? [];
  return {
    'content-type': 'application/json',
    'x-chuangwen-actor': actor.id,
    'x-chuangwen-role': actor.role,
    ...(actor.unitId ? { 'x-chuangwen-unit': actor.unitId } : {}),
    ...(sites.length > 0 ? { 'x-chuangwen-sites': sites.join(',') } : {}),
    ...(units.length > 0 ? { 'x-chuangwen-units': units.join(',') } : {}),
  };
}
