// Starts the service. HOST, PORT, DATABASE_PATH and CHUANGWEN_AUDIT_KEY configure it; the database defaults to
// data/chuangwen.db here. The audit key is kept outside the database, so someone who can rewrite the database cannot
// forge the audit.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildService } from './server.js';

const defaultPath = fileURLToPath(new URL('../data/chuangwen.db', import.meta.url));
const databasePath = process.env.DATABASE_PATH ?? defaultPath;
if (databasePath === defaultPath) mkdirSync(new URL('../data/', import.meta.url), { recursive: true });
const auditKey = process.env.CHUANGWEN_AUDIT_KEY;
if (auditKey === undefined || auditKey.length < 16) {
  console.error(
    'Set CHUANGWEN_AUDIT_KEY to a secret of at least 16 characters (32 random bytes is best). / 请设置审计密钥 CHUANGWEN_AUDIT_KEY（至少 16 个字符）。',
  );
  process.exit(1);
}
const app = buildService({ databasePath, auditKey });
const address = await app.listen({
  host: process.env.HOST ?? '127.0.0.1',
  port: Number(process.env.PORT ?? 3000),
});
console.log(`chuangwen service listening on ${address}, database ${databasePath}`);
