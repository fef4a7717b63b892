import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { districtFramework, sampleStreetCampaign } from '@chuangwen/checklists/district';
import { mainEditionId } from '@chuangwen/model';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/index.js';

// The same command inside a host's process, through `run(argv, io)`: the language follows --lang, then the locale.
function capture(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      stdout: (t: string) => out.push(t),
      stderr: (t: string) => err.push(t),
      isTty: false,
      env,
      now: () => new Date('2026-06-30T04:00:00Z'),
    },
  };
}

describe('run', () => {
  it('speaks the locale of the environment unless --lang says otherwise', async () => {
    const en = capture({ LANG: 'en_US.UTF-8' });
    expect(await run(['--help'], en.io)).toBe(0);
    expect(en.out.join('')).toContain('Usage: chuangwen');
    const zh = capture({ LANG: 'zh_CN.UTF-8' });
    expect(await run(['--help'], zh.io)).toBe(0);
    expect(zh.out.join('')).toContain('用法：chuangwen');
    const forced = capture({ LANG: 'zh_CN.UTF-8' });
    await run(['--help', '--lang', 'en'], forced.io);
    expect(forced.out.join('')).toContain('Usage: chuangwen');
  });

  it('answers wrong usage with exit code 2 before touching a file, and a missing file with 3', async () => {
    const bad = capture();
    expect(await run(['validate', 'x.json', '--no-such-option'], bad.io)).toBe(2);
    const kind = capture();
    expect(await run(['import', 'nonsense', 'missing.xlsx', '--json'], kind.io)).toBe(2);
    expect(JSON.parse(kind.out.join(''))).toMatchObject({ ok: false, exitCode: 2 });
    const missing = capture();
    expect(await run(['import', 'rectifications', 'missing.xlsx', '--json'], missing.io)).toBe(3);
    expect(JSON.parse(missing.out.join('')).error.en).toContain('cannot read missing.xlsx');
  });

  it('keeps runs started side by side apart: neither writes over a file the other or it has read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chuangwen-runs-'));
    folders.push(dir);
    const campaign = sampleStreetCampaign();
    const framework = `${JSON.stringify(districtFramework, null, 2)}\n`;
    writeFileSync(join(dir, 'fw.json'), framework);
    writeFileSync(
      join(dir, 'c.json'),
      JSON.stringify({
        ...campaign,
        extensions: { 'chuangwen.frameworkFiles': { [mainEditionId(campaign)]: 'fw.json' } },
      }),
    );
    for (let round = 0; round < 5; round++) {
      const over = capture({ LANG: 'en_US.UTF-8' });
      const beside = capture({ LANG: 'en_US.UTF-8' });
      const codes = await Promise.all([
        run(['report', join(dir, 'c.json'), '-o', join(dir, 'fw.json')], over.io),
        run(['validate', join(dir, 'c.json')], beside.io),
      ]);
      expect(codes).toEqual([2, 0]);
      expect(over.err.join('')).toContain('is what the command reads; write to another file');
      expect(readFileSync(join(dir, 'fw.json'), 'utf8')).toBe(framework);
    }
  });

  it('ends the progress line before a late refusal, so the refusal starts on a line of its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chuangwen-progress-'));
    folders.push(dir);
    const file = join(dir, 'c.json');
    const campaign = sampleStreetCampaign();
    writeFileSync(join(dir, 'fw.json'), JSON.stringify(districtFramework));
    writeFileSync(
      file,
      JSON.stringify({
        ...campaign,
        extensions: { 'chuangwen.frameworkFiles': { [mainEditionId(campaign)]: 'fw.json' } },
      }),
    );
    const refused = capture({ LANG: 'en_US.UTF-8' });
    // The framework file the campaign records is read on the way, so writing the ledger over it is refused late,
    // after the bar has drawn.
    expect(
      await run(['export', 'rectifications', file, '-o', join(dir, 'fw.json'), '--progress'], refused.io),
    ).toBe(2);
    const err = refused.err.join('');
    expect(err).toMatch(/^\r\[[#-]{20}\]/);
    expect(err).toMatch(/%[^\n]*\n[^\r]*is what the command reads/);
    expect(err.endsWith('\n')).toBe(true);
    // A finished bar ends its own line, once.
    const done = capture({ LANG: 'en_US.UTF-8' });
    expect(
      await run(['export', 'rectifications', file, '-o', join(dir, 'l.xlsx'), '--progress'], done.io),
    ).toBe(0);
    expect(done.err.join('')).toMatch(/100% [^\n]*\n$/);
    expect(done.err.join('')).not.toContain('\n\n');
  });
});

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});
