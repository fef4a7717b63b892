// Starts the service, or runs an operator's migration. DATABASE_URL (postgres://…) or DATABASE_PATH (a SQLite file, the
// default data/chuangwen.db), CHUANGWEN_AUDIT_KEY (required), FRAMEWORKS_DIR (extra framework editions as JSON),
// MEDIA_DIR (a folder for uploaded photos; by default they go to the database), CONFLICT_RETRIES, HOST and PORT
// configure it (CHUANGWEN_AUDIT_ALGORITHM and CHUANGWEN_AUDIT_KEY_ID for HMAC-SM3 under a
// key id, CHUANGWEN_AUDIT_EARLIER_KEYS for the keys a record moved from, CHUANGWEN_SIGNER_URL, _KEY_ID and _TOKEN for a
// signer service that seals each entry: see src/audit-keys.ts); `--postgres` starts an embedded PostgreSQL (data in data/postgres, or
// POSTGRES_DIR) and uses it. The audit key is kept outside the database, so someone who can rewrite the database cannot
// forge the audit.
//
//   node dist/main.js [--postgres]                          serve
//   node dist/main.js migrate-legacy --actor p-office       migrate what the 0.0.0 service left in a SQLite file
//   node dist/main.js migrate <campaign> --actor p-office   migrate a campaign recorded in the first stream format
//
// A migration is run by a person, named with --actor (and --role, by default office), and recorded as the migrated
// record's first entry; nothing is migrated when the service starts.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Actor, ActorSchema } from '@chuangwen/machine';
import { type AuditConfig, auditFromEnvironment } from './audit-keys.js';
import { Frameworks } from './frameworks.js';
import { legacyWaiting, migrateLegacyFile, migrateStoredCampaign } from './migrations.js';
import { buildService } from './server.js';

const fail = (zh: string, en: string): never => {
  console.error(`${en} / ${zh}`);
  process.exit(1);
};

const configured = auditFromEnvironment(process.env);
if ('error' in configured) fail(configured.error.zh, configured.error.en);
const audit = configured as AuditConfig;

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      actor: { type: 'string' },
      role: { type: 'string', default: 'office' },
      postgres: { type: 'boolean', default: false },
    },
  });
}
try {
  args = parse();
} catch (error) {
  fail(`参数有误：${(error as Error).message}`, `wrong arguments: ${(error as Error).message}`);
}
const { positionals, values } = args!;
const [command, campaignId] = positionals;

const embedded = values.postgres
  ? // Loaded only when asked for: an ordinary start does not load the embedded server's packages.
    await (await import('./embedded-postgres.js'))
      .startEmbeddedPostgres(
        process.env.POSTGRES_DIR ?? fileURLToPath(new URL('../data/postgres', import.meta.url)),
      )
      .catch((error: unknown) => fail(String(error), error instanceof Error ? error.message : String(error)))
  : undefined;
const defaultPath = fileURLToPath(new URL('../data/chuangwen.db', import.meta.url));
const url = embedded?.url ?? process.env.DATABASE_URL;
const path = process.env.DATABASE_PATH ?? defaultPath;
if (url === undefined && path === defaultPath)
  mkdirSync(new URL('../data/', import.meta.url), { recursive: true });
const database = url !== undefined ? { url } : { path };

/** The person running a migration, as the record will name them. */
function operator(): Actor {
  const actor = ActorSchema.safeParse({ id: values.actor, role: values.role });
  if (!actor.success)
    fail(
      '请用 --actor 指明运行迁移的人员（及 --role 角色）',
      'name the person running the migration with --actor (and --role)',
    );
  return actor.data as Actor;
}

const at = () => new Date().toISOString();
const stopEmbedded = async () => {
  await embedded?.stop();
};
if (command === 'migrate-legacy') {
  if (url !== undefined)
    fail('0.0.0 的数据只在 SQLite 文件中', 'the 0.0.0 service kept its data in a SQLite file only');
  const frameworks = Frameworks.load(undefined, process.env.FRAMEWORKS_DIR);
  const result = await migrateLegacyFile(path, { actor: operator(), at: at(), audit, frameworks });
  for (const m of result.migrated)
    console.log(
      `migrated ${m.id}: ${m.entries} old entries sealed at ${m.head.slice(0, 12)}…, ${m.rectifications} rectifications, ${m.observations} observations`,
    );
  for (const r of result.refused) console.error(`refused ${r.id}: ${r.reason.en} / ${r.reason['zh-CN']}`);
  process.exit(result.refused.length > 0 ? 2 : 0);
} else if (command === 'migrate') {
  if (!campaignId) fail('请给出要迁移的创建工作编号', 'give the id of the campaign to migrate');
  const frameworks = Frameworks.load(undefined, process.env.FRAMEWORKS_DIR);
  const result = await migrateStoredCampaign(database, campaignId as string, {
    actor: operator(),
    at: at(),
    audit,
    frameworks,
  });
  await stopEmbedded();
  if (!result.ok) {
    console.error(`${result.reason.en} / ${result.reason['zh-CN']}`);
    for (const issue of result.issues.slice(0, 20))
      console.error(`${issue.pointer} ${issue.message.en} / ${issue.message['zh-CN']}`);
    process.exit(2);
  }
  console.log(`migrated ${campaignId}`);
  process.exit(0);
} else if (command !== undefined) fail(`未知命令 ${command}`, `unknown command ${command}`);

if (url === undefined) {
  const waiting = await legacyWaiting(path);
  if (waiting.length > 0)
    console.warn(
      `${waiting.length} campaign(s) the 0.0.0 service wrote wait for an operator: npm run service -- migrate-legacy --actor <id> / ` +
        `有 ${waiting.length} 个 0.0.0 版创建工作等待迁移：${waiting.join('、')}`,
    );
}
const app = await buildService({
  database,
  audit,
  ...(process.env.FRAMEWORKS_DIR ? { frameworksDir: process.env.FRAMEWORKS_DIR } : {}),
  ...(process.env.CONFLICT_RETRIES ? { conflictRetries: Number(process.env.CONFLICT_RETRIES) } : {}),
  ...(process.env.MEDIA_DIR ? { media: { folder: process.env.MEDIA_DIR } } : {}),
});
const address = await app.listen({
  host: process.env.HOST ?? '127.0.0.1',
  port: Number(process.env.PORT ?? 3000),
});
const where = embedded
  ? `embedded PostgreSQL (data in ${embedded.dir})`
  : url !== undefined
    ? 'PostgreSQL'
    : `SQLite ${path}`;
console.log(`chuangwen service listening on ${address}, ${where}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(
    signal,
    () =>
      void app
        .close()
        .then(stopEmbedded)
        .then(() => process.exit(0)),
  );
