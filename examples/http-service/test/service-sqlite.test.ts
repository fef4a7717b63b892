import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { serviceSuite } from './service-suite.js';

const dir = mkdtempSync(join(tmpdir(), 'chuangwen-service-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

serviceSuite('SQLite', async () => ({ path: join(dir, 'service.db') }));
