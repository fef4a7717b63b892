// Starts the service. DATABASE_URL (postgres://…) or DATABASE_PATH (a SQLite file, the default data/chuangwen.db),
// CHUANGWEN_AUDIT_KEY (required), FRAMEWORKS_DIR (extra framework editions as JSON), CONFLICT_RETRIES, HOST and PORT
// configure it; `--postgres` starts an embedded PostgreSQL (data in data/postgres, or POSTGRES_DIR) and uses it. The
// audit key is kept outside the database, so someone who can rewrite the database cannot forge the audit.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildService } from './server.js';

const auditKey = process.env.CHUANGWEN_AUDIT_KEY;
if (auditKey === undefined || auditKey.length < 16) {
  console.error(
    'Set CHUANGWEN_AUDIT_KEY to a secret of at least 16 characters (32 random bytes is best). / 请设置审计密钥 CHUANGWEN_AUDIT_KEY（至少 16 个字符）。',
  );
  process.exit(1);
}
const defaultPath = fileURLToPath(new URL('../data/chuangwen.db', import.meta.url));
const embedded = process.argv.includes('--postgres')
  ? // Loaded only when asked for: an ordinary start does not load the embedded server's packages.
    await (await import('./embedded-postgres.js'))
      .startEmbeddedPostgres(
        process.env.POSTGRES_DIR ?? fileURLToPath(new URL('../data/postgres', import.meta.url)),
      )
      .catch((error: unknown) => {
        console.error(error instanceof Error ? error.message : String(error));
        process.exit(1);
      })
  : undefined;
const url = embedded?.url ?? process.env.DATABASE_URL;
const path = process.env.DATABASE_PATH ?? defaultPath;
if (url === undefined && path === defaultPath)
  mkdirSync(new URL('../data/', import.meta.url), { recursive: true });
const app = await buildService({
  database: url !== undefined ? { url } : { path },
  auditKey,
  ...(process.env.FRAMEWORKS_DIR ? { frameworksDir: process.env.FRAMEWORKS_DIR } : {}),
  ...(process.env.CONFLICT_RETRIES ? { conflictRetries: Number(process.env.CONFLICT_RETRIES) } : {}),
});
const address = await app.listen({
  host: process.env.HOST ?? '127.0.0.1',
  port: Number(process.env.PORT ?? 3000),
});
const database = embedded
  ? `embedded PostgreSQL (data in ${embedded.dir})`
  : url !== undefined
    ? 'PostgreSQL'
    : `SQLite ${path}`;
console.log(`chuangwen service listening on ${address}, ${database}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(
    signal,
    () =>
      void app
        .close()
        .then(() => embedded?.stop())
        .then(() => process.exit(0)),
  );
