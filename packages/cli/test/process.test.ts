import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  createReadStream,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import * as office from './office-workbooks.js';

// A data person's day, from nothing to a validated campaign, with only the office's own workbooks: init from them,
// four imports merged into the campaign, validate catching a standard the framework lacks, exports and the report.
// The command runs as users run it (the built bin, a process of its own), once in Chinese and once in English.

const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8'));
const bin = resolve(import.meta.dirname, '..', pkg.bin.chuangwen);
const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

async function officeFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'chuangwen-day-'));
  folders.push(dir);
  for (const write of [office.framework, office.sites, office.tasks, office.ledger]) await write(dir);
  return dir;
}

function command(dir: string, lang: 'zh_CN.UTF-8' | 'en_US.UTF-8') {
  return (...args: string[]) => {
    const result = spawnSync(process.execPath, [bin, ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '' },
    });
    return {
      code: result.status,
      out: result.stdout,
      err: result.stderr,
      all: result.stdout + result.stderr,
    };
  };
}

const readCampaign = (dir: string) => JSON.parse(readFileSync(join(dir, 'campaign.json'), 'utf8'));
/** A Chinese line has no half-width colon after a Chinese character, and no run of English words. */
const chineseLines = (text: string) => text.split('\n').filter((l) => /\p{Script=Han}/u.test(l));

describe('a data person’s day with the command, in Chinese', async () => {
  const dir = await officeFolder();
  const chuangwen = command(dir, 'zh_CN.UTF-8');

  it('starts a campaign from the office’s workbooks: units and people from their tables, the name from a title', () => {
    const init = chuangwen(
      'init',
      'campaign.json',
      '任务分解表.xlsx',
      '点位台账.xlsx',
      '问题整改台账.xlsx',
      '--leader',
      '陈江',
      '--director',
      '林澜',
    );
    expect(init.code, init.all).toBe(0);
    expect(init.out).toContain('已写入 campaign.json（创建工作文件，单位 5 个、人员 3 名）');
    const campaign = readCampaign(dir);
    expect(campaign.jurisdiction).toEqual({ name: '江澜市', level: 'city' });
    expect(campaign.honour).toBe('nationalCivilizedCity');
    // 各区 stands for every district, not for a unit called 各区.
    expect(campaign.units.map((u: { name: string; kind: string }) => [u.name, u.kind])).toEqual([
      ['市委宣传部', 'department'],
      ['市城市管理局', 'department'],
      ['望江区人民政府', 'district'],
      ['市市场监督管理局', 'department'],
      ['市文明办', 'department'],
    ]);
    expect(campaign.organisation.people.map((p: { name: string }) => p.name)).toEqual([
      '陈江',
      '林澜',
      '周建平',
    ]);
    expect(campaign.units.every((u: { id: string }) => /^u-[0-9a-f]{10}$/.test(u.id))).toBe(true);
    expect(chuangwen('init', 'campaign.json').code).toBe(2);
    expect(chuangwen('validate', 'campaign.json').out).toBe('通过：创建工作文件\n');
  });

  it('merges the framework, reading its group and year from its title', () => {
    const merged = chuangwen('import', 'framework', '测评体系.xlsx', '--into', 'campaign.json');
    expect(merged.code, merged.all).toBe(0);
    expect(merged.out).toMatch(
      /^已合并到 campaign\.json：测评体系"江澜市文明城市测评体系（2026年版）——地级城市"（4 条测评标准，新增 4 条）/,
    );
    const campaign = readCampaign(dir);
    expect(campaign.standards.map((s: { code: string }) => s.code)).toEqual([
      '01.01.01',
      '01.01.02',
      '01.02.01',
      '02.01.01',
    ]);
    const file = campaign.extensions['chuangwen.frameworkFiles'][campaign.frameworks[0].editionId];
    const framework = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    expect([framework.group, framework.editionYear]).toEqual(['prefectureLevel', 2026]);
    // Imported again, it replaces its own file without --force.
    const again = chuangwen('import', 'framework', '测评体系.xlsx', '--into', 'campaign.json');
    expect(again.code, again.all).toBe(0);
    expect(again.out).toContain('新增 0 条');
    // The framework file is read with the campaign though no argument names it: no output goes over it.
    const before = readFileSync(join(dir, file), 'utf8');
    expect(chuangwen('report', 'campaign.json', '-o', 'report.html').code).toBe(0);
    const over = chuangwen('report', 'campaign.json', '-o', file);
    expect(over.code).toBe(2);
    expect(over.err).toBe(`${file} 是本命令读取的文件；请写到另一个文件\n`);
    expect(readFileSync(join(dir, file), 'utf8')).toBe(before);
    // Nor does a framework import write over what it imports: the JSON itself, or the workbook named as -o.
    const workbook = readFileSync(join(dir, '测评体系.xlsx'));
    for (const args of [
      ['import', 'framework', file, '--into', 'campaign.json'],
      ['import', 'framework', '测评体系.xlsx', '--into', 'campaign.json', '-o', '测评体系.xlsx'],
    ]) {
      const run = chuangwen(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.err).toContain('是本命令读取的文件；请写到另一个文件');
    }
    expect(readFileSync(join(dir, file), 'utf8')).toBe(before);
    expect(readFileSync(join(dir, '测评体系.xlsx')).equals(workbook)).toBe(true);
  });

  it('merges the site register, the task table and the ledger, refusing the row that cites 09.09.09 at its cell', () => {
    const sites = chuangwen('import', 'sites', '点位台账.xlsx', '--into', 'campaign.json');
    expect(sites.code, sites.all).toBe(0);
    expect(sites.out).toBe('已合并到 campaign.json：点位台账新增 3 条、更新 0 条、未变 0 条\n');
    const tasks = chuangwen('import', 'tasks', '任务分解表.xlsx', '--into', 'campaign.json');
    expect(tasks.code, tasks.all).toBe(0);
    expect(tasks.out).toContain('任务分解表新增 3 条');
    const ledger = chuangwen('import', 'rectifications', '问题整改台账.xlsx', '--into', 'campaign.json');
    expect(ledger.code).toBe(1);
    expect(ledger.out).toBe(
      '已合并到 campaign.json：问题整改台账新增 2 条、更新 0 条、未变 0 条；另有 1 行有问题，未合并\n',
    );
    expect(ledger.err).toContain('1 个问题：\n  问题整改台账!C5：测评标准"09.09.09"不在名单中');
    const campaign = readCampaign(dir);
    expect(campaign.rectifications.map((r: { id: string }) => r.id)).toEqual(['ZG-001', 'ZG-002']);
    const again = chuangwen('import', 'sites', '点位台账.xlsx', '--into', 'campaign.json');
    expect(again.out).toBe('已合并到 campaign.json：点位台账新增 0 条、更新 0 条、未变 3 条\n');
  });

  it('validate catches the wrong code in the ledger and in the campaign, and so do the board and the report', () => {
    const sheet = chuangwen('validate', '问题整改台账.xlsx', '--campaign', 'campaign.json');
    expect(sheet.code).toBe(1);
    expect(sheet.err).toContain('问题整改台账!C5：测评标准"09.09.09"不在名单中');
    expect(chuangwen('validate', 'campaign.json').code).toBe(0);
    const campaign = readCampaign(dir);
    const broken = structuredClone(campaign);
    broken.rectifications[1].standardRef = '09.09.09';
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken));
    for (const args of [
      ['validate', 'broken.json'],
      ['export', 'board', 'broken.json', '-o', 'x.xlsx'],
      ['report', 'broken.json', '-o', 'x.html'],
    ]) {
      const result = chuangwen(...args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.err).toContain(
        '问题整改台账第 2 条（ZG-002）的测评标准：引用的测评标准 "09.09.09" 不存在',
      );
    }
    // A campaign without its framework at hand still knows the standards it tracks.
    delete broken.extensions;
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken));
    expect(chuangwen('validate', 'broken.json').code).toBe(1);
  });

  it('exports the board, the ledger and the task table, and writes the report, without naming the framework again', async () => {
    for (const [kind, file] of [
      ['board', '达标情况汇总表.xlsx'],
      ['rectifications', '整改台账.xlsx'],
      ['tasks', '任务分解表（导出）.xlsx'],
    ]) {
      const result = chuangwen('export', kind!, 'campaign.json', '-o', file!, '--as-of', '2026-06-30');
      expect(result.code, result.all).toBe(0);
      expect(result.out).toMatch(/^已写入 .+\.xlsx（.+）\n$/);
    }
    const board = new ExcelJS.Workbook();
    await board.xlsx.readFile(join(dir, '达标情况汇总表.xlsx'));
    expect(board.worksheets.length).toBeGreaterThan(0);
    const report = chuangwen('report', 'campaign.json', '-o', 'report.html', '--as-of', '2026-06-30');
    expect(report.code, report.all).toBe(0);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('江澜市');
    expect(html).toContain('公益广告');
  });

  it('speaks Chinese with Chinese punctuation, and no English sentence inside a Chinese line', () => {
    const lines = [
      ...chineseLines(chuangwen('validate', 'campaign.json', '--versio').err),
      ...chineseLines(chuangwen('validate', 'broken.json').err),
      ...chineseLines(
        chuangwen('import', 'rectifications', '问题整改台账.xlsx', '--into', 'campaign.json').all,
      ),
    ];
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      expect(line).not.toMatch(/\p{Script=Han}[:,;]/u);
      expect(line).not.toMatch(/\b[A-Za-z]+ [A-Za-z]+ [A-Za-z]+\b/);
    }
    expect(chuangwen('--version').out).toBe(`chuangwen ${pkg.version}\n`);
  });
});

describe('the same day in English', async () => {
  const dir = await officeFolder();
  const chuangwen = command(dir, 'en_US.UTF-8');

  it('goes from the workbooks to a validated campaign, a board and a report', () => {
    expect(
      chuangwen('init', 'campaign.json', '任务分解表.xlsx', '点位台账.xlsx', '问题整改台账.xlsx').out,
    ).toContain('wrote campaign.json (campaign document, 5 units, 3 people)');
    expect(chuangwen('import', 'framework', '测评体系.xlsx', '--into', 'campaign.json').out).toContain(
      '(4 standards, 4 new) as the main edition',
    );
    expect(chuangwen('import', 'sites', '点位台账.xlsx', '--into', 'campaign.json').out).toBe(
      'merged into campaign.json: site register, 3 added, 0 changed, 0 unchanged\n',
    );
    expect(chuangwen('import', 'tasks', '任务分解表.xlsx', '--into', 'campaign.json').code).toBe(0);
    const ledger = chuangwen(
      'import',
      'rectifications',
      '问题整改台账.xlsx',
      '--into',
      'campaign.json',
      '--strict',
    );
    expect(ledger.code).toBe(1);
    expect(ledger.out).toContain('with --strict nothing was merged');
    expect(ledger.err).toContain('问题整改台账!C5: standard "09.09.09" is not on the list');
    expect(readCampaign(dir).rectifications ?? []).toEqual([]);
    expect(
      chuangwen('import', 'rectifications', '问题整改台账.xlsx', '--into', 'campaign.json').out,
    ).toContain('2 added, 0 changed, 0 unchanged; 1 row(s) with problems were not merged');
    expect(chuangwen('validate', 'campaign.json').out).toBe('valid: campaign document\n');
    expect(
      chuangwen('export', 'board', 'campaign.json', '-o', 'board.xlsx', '--as-of', '2026-06-30').code,
    ).toBe(0);
    expect(chuangwen('report', 'campaign.json', '-o', 'report.html', '--as-of', '2026-06-30').code).toBe(0);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('Compliance by item');
    expect(chuangwen('validate', 'campaign.json', '--versio').err).toBe(
      'bad arguments: there is no option "--versio"; see chuangwen --help for every option\n',
    );
  });
});

describe('the sample street’s own exports, read back by the command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chuangwen-sample-'));
  folders.push(dir);
  const chuangwen = command(dir, 'en_US.UTF-8');

  it('starts a campaign from an exported task table, its bracketed remark kept with the name', () => {
    expect(chuangwen('init', 'sample.json', '--sample').code).toBe(0);
    expect(chuangwen('export', 'tasks', 'sample.json', '-o', 'tasks.xlsx').code).toBe(0);
    const init = chuangwen('init', 'again.json', 'tasks.xlsx');
    expect(init.code, init.all).toBe(0);
    const again = JSON.parse(readFileSync(join(dir, 'again.json'), 'utf8'));
    expect(again.jurisdiction).toEqual({ name: '江澜区云溪街道（虚构）', level: 'street' });
    // Not even --force writes the campaign over the workbook it is made from.
    const workbook = readFileSync(join(dir, 'tasks.xlsx'));
    const over = chuangwen('init', 'tasks.xlsx', 'tasks.xlsx', '--force');
    expect(over.code, over.all).toBe(2);
    expect(over.err).toBe('tasks.xlsx is what the command reads; write to another file\n');
    expect(readFileSync(join(dir, 'tasks.xlsx')).equals(workbook)).toBe(true);
  });

  it('reads an exported ledger with no problem in it as a ledger, and merges nothing from it', () => {
    const exported = chuangwen('export', 'rectifications', 'sample.json', '-o', 'ledger.xlsx');
    expect(exported.out).toBe('wrote ledger.xlsx (rectification ledger)\n');
    const unchecked = chuangwen('validate', 'ledger.xlsx');
    expect(unchecked.code).toBe(2);
    expect(unchecked.err).toContain('the workbook reads as: rectification ledger;');
    expect(chuangwen('validate', 'ledger.xlsx', '--campaign', 'sample.json').out).toBe(
      'valid: rectification ledger, 0 record(s)\n',
    );
    const merged = chuangwen('import', 'rectifications', 'ledger.xlsx', '--into', 'sample.json');
    expect(merged.code, merged.all).toBe(0);
    expect(merged.out).toBe(
      'merged into sample.json: rectification ledger, 0 added, 0 changed, 0 unchanged\n',
    );
  });

  it('says a workbook with no ledger in it could not be read, not that rows had problems, and leaves the file alone', () => {
    const before = readFileSync(join(dir, 'sample.json'), 'utf8');
    const merged = chuangwen('import', 'rectifications', 'tasks.xlsx', '--into', 'sample.json');
    expect(merged.code).toBe(1);
    expect(merged.out).toBe(
      'nothing of the rectification ledger could be read, so nothing was merged; sample.json is unchanged\n',
    );
    expect(merged.out).not.toContain('row(s)');
    expect(readFileSync(join(dir, 'sample.json'), 'utf8')).toBe(before);
  });
});

describe('what the command will not read, and what it will not write over', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chuangwen-guard-'));
  folders.push(dir);
  const chuangwen = command(dir, 'en_US.UTF-8');
  const at = (name: string) => join(dir, name);

  it('reads only regular files, and locates a JSON syntax error by line and column', () => {
    for (const path of ['/dev/zero', dir]) {
      const read = chuangwen('validate', path);
      expect(read.code, path).toBe(3);
      expect(read.err).toBe(`${path} is not a file (a folder, a device or a pipe)\n`);
    }
    writeFileSync(at('bad.json'), '{\n  "id": "c-1",,\n}');
    const bad = chuangwen('validate', 'bad.json');
    expect(bad.code).toBe(3);
    expect(bad.err).toMatch(/^bad\.json cannot be read as JSON\n {2}not valid JSON \(line 2, column 15\)/);
    writeFileSync(at('twice.json'), '{\n  "id": "c-1",\n  "id": "c-2"\n}');
    const twice = chuangwen('validate', 'twice.json');
    expect(twice.code).toBe(3);
    expect(twice.err).toBe(
      'twice.json cannot be read as JSON\n  /id: the key "id" appears twice in one object (line 3, column 3)\n',
    );
  });

  it('speaks only the languages it has: --lang fr is a usage error, not Chinese in silence', () => {
    const french = chuangwen('validate', 'c.json', '--lang', 'fr');
    expect(french.code).toBe(2);
    expect(french.err).toBe('--lang is zh-CN or en, not fr\n');
    expect(chuangwen('--version', '--lang', 'en-GB').code).toBe(0);
  });

  it('takes --as-of only as a real day or instant, as a usage error otherwise', () => {
    expect(chuangwen('init', 'c.json', '--sample').code).toBe(0);
    for (const asOf of [
      '1',
      '2026-02-30',
      '99999-01-01',
      'Tue, 01 Jan 10000 00:00:00',
      '2026-06-30T18:00:00',
    ]) {
      const report = chuangwen('report', 'c.json', '-o', 'r.html', '--as-of', asOf);
      expect(report.code, asOf).toBe(2);
      expect(report.err, asOf).toContain('--as-of is not a day (2026-06-30) or an instant with its offset');
    }
    expect(chuangwen('report', 'c.json', '-o', 'r.html', '--as-of', '2026-06-30T18:00:00+08:00').code).toBe(
      0,
    );
  });

  it('reports a broken reference to a unit and one to a standard in the same run', () => {
    const campaign = JSON.parse(readFileSync(at('c.json'), 'utf8'));
    campaign.tasks[0].leadUnitIds = ['u-nowhere'];
    campaign.tasks[0].standardRefs = ['99.99.99'];
    writeFileSync(at('broken.json'), JSON.stringify(campaign));
    const run = chuangwen('validate', 'broken.json');
    expect(run.code).toBe(1);
    expect(run.err).toContain('refers to unknown unit "u-nowhere"');
    expect(run.err).toContain('refers to unknown standard "99.99.99"');
  });

  it('writes no output over one of its inputs', () => {
    const before = readFileSync(at('c.json'), 'utf8');
    for (const args of [
      ['report', 'c.json', '-o', 'c.json'],
      ['export', 'tasks', 'c.json', '-o', `${dir}/c.json`],
    ]) {
      const run = chuangwen(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.err).toContain('is what the command reads; write to another file');
    }
    expect(readFileSync(at('c.json'), 'utf8')).toBe(before);
    // A kind is not a file: an output may share its name.
    expect(chuangwen('template', 'tasks', '-o', 'tasks').code).toBe(0);
  });

  it('writes -o /dev/stdout to its standard output, appending where that was sent with >>', () => {
    writeFileSync(at('log.txt'), 'kept\n');
    const shell = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${bin}" report c.json -o /dev/stdout --as-of 2026-06-30 >> log.txt`],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '' } },
    );
    expect(shell.status, shell.stderr).toBe(0);
    const log = readFileSync(at('log.txt'), 'utf8');
    expect(log.startsWith('kept\n<!doctype html>')).toBe(true);
  });

  it('writes into a pipe straight, never replacing it with a file', async () => {
    const fifo = at('out.fifo');
    execFileSync('mkfifo', [fifo]);
    const read = new Promise<string>((resolve) => {
      let text = '';
      createReadStream(fifo, 'utf8')
        .on('data', (chunk) => {
          text += chunk;
        })
        .on('end', () => resolve(text));
    });
    const child = spawn(process.execPath, [bin, 'report', 'c.json', '-o', fifo, '--as-of', '2026-06-30'], {
      cwd: dir,
      env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '' },
    });
    expect(await new Promise((resolve) => child.on('close', resolve))).toBe(0);
    expect(await read).toMatch(/^<!doctype html>/i);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('writes a framework named by its workbook over neither the campaign nor a file that is not its own', async () => {
    const { districtFramework } = await import('@chuangwen/checklists/district');
    writeFileSync(at('fw.json'), JSON.stringify(districtFramework));
    expect(chuangwen('export', 'framework', 'fw.json', '-o', 'fw.xlsx').code).toBe(0);
    const victim = at(`${districtFramework.id}.json`);
    writeFileSync(victim, '{"important":1}');
    const refused = chuangwen('import', 'framework', 'fw.xlsx', '--into', 'c.json');
    expect(refused.code).toBe(2);
    expect(refused.err).toBe(`${districtFramework.id}.json already exists; add --force to replace it\n`);
    expect(readFileSync(victim, 'utf8')).toBe('{"important":1}');
    writeFileSync(victim, readFileSync(at('c.json')));
    const over = chuangwen('import', 'framework', 'fw.xlsx', '--into', `${districtFramework.id}.json`);
    expect(over.code).toBe(2);
    expect(over.err).toContain("the framework's id would write it over the campaign file");
    expect(readFileSync(victim, 'utf8')).toBe(readFileSync(at('c.json'), 'utf8'));
  });
});

describe('writing a file the command has read', () => {
  it('replaces the file a link names, keeping the link and the file’s permissions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chuangwen-link-'));
    folders.push(dir);
    const chuangwen = command(dir, 'en_US.UTF-8');
    expect(chuangwen('init', 'real.json', '--sample').code).toBe(0);
    // Wider than the usual umask lets a new file be: kept only if the mode is set, not asked for at creation.
    chmodSync(join(dir, 'real.json'), 0o666);
    symlinkSync('real.json', join(dir, 'link.json'));
    const before = readFileSync(join(dir, 'real.json'), 'utf8');
    expect(chuangwen('import', 'sites', 'none.xlsx', '--into', 'link.json').code).toBe(3);
    expect(chuangwen('export', 'tasks', 'link.json', '-o', 'tasks.xlsx').code).toBe(0);
    const merged = chuangwen('import', 'tasks', 'tasks.xlsx', '--into', 'link.json');
    expect(merged.code, merged.all).toBe(0);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(statSync(join(dir, 'real.json')).mode & 0o777).toBe(0o666);
    expect(readFileSync(join(dir, 'real.json'), 'utf8')).not.toBe('');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(JSON.parse(readFileSync(join(dir, 'real.json'), 'utf8')).id).toBe(JSON.parse(before).id);
  });
});
