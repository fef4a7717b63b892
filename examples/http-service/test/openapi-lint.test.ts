import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../src/openapi.js';

// The description as a Java team's tooling reads it: Redocly's recommended rules, run by the Redocly CLI itself.

const dir = mkdtempSync(join(tmpdir(), 'chuangwen-openapi-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const redocly = resolve(import.meta.dirname, '../../../node_modules/.bin/redocly');

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; location: { pointer: string }[] }[];
}

describe('the OpenAPI description under Redocly’s recommended rules', () => {
  it('has no errors: servers, a security scheme for the host to fill in, a licence', () => {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(openApiDocument(), null, 2));
    const result = spawnSync(redocly, ['lint', '--extends', 'recommended', '--format', 'json', file], {
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
    const report = JSON.parse(result.stdout) as LintReport;
    expect(report.totals.errors, result.stdout).toBe(0);
    expect(result.status).toBe(0);
    // The one warning left: GET /openapi.json answers nothing but 200 (no 4xx to declare without inventing one).
    expect(report.problems.map((p) => [p.ruleId, p.location[0]!.pointer])).toEqual([
      ['operation-4xx-response', '#/paths/~1openapi.json/get/responses'],
    ]);
    const document = openApiDocument() as {
      servers: unknown[];
      security: unknown[];
      components: { securitySchemes: Record<string, { type: string }> };
    };
    expect(document.servers).toHaveLength(1);
    expect(document.security).toEqual([{ hostAuthentication: [] }]);
    expect(document.components.securitySchemes.hostAuthentication!.type).toBe('apiKey');
  });
});
