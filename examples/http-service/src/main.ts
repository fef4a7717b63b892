// Starts the service. HOST, PORT and DATABASE_PATH configure it; the database defaults to data/chuangwen.db here.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildService } from './server.js';

const defaultPath = fileURLToPath(new URL('../data/chuangwen.db', import.meta.url));
const databasePath = process.env.DATABASE_PATH ?? defaultPath;
if (databasePath === defaultPath) mkdirSync(new URL('../data/', import.meta.url), { recursive: true });
const app = buildService({ databasePath });
const address = await app.listen({
  host: process.env.HOST ?? '127.0.0.1',
  port: Number(process.env.PORT ?? 3000),
});
console.log(`chuangwen service listening on ${address}, database ${databasePath}`);
