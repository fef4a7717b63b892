import { describe, expect, it } from 'vitest';
import { gridOf, importTasks, tasksFromGrid } from '../src/index.js';
import { book, context, expectBilingual, issuesOf, okValue, put } from './helpers.js';

const serial = (date: string) => (Date.parse(`${date}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

function units() {
  const ctx = context();
  // An office writes 文化站 for 综合文化站: the unit's alias.
  return { ...ctx, units: ctx.units.map((u) => (u.id === 'u-culture' ? { ...u, aliases: ['文化站'] } : u)) };
}

// The street's task table as an office keeps it: a title, 责任单位 heading 主责单位 and 协办单位 in a two-row
// header, header synonyms, a standard merged over two tasks, several units per cell, serial and Chinese dates.
async function officeTable(extra: unknown[][] = []) {
  return book((wb) => {
    const ws = wb.addWorksheet('任务分解表');
    put(ws, 1, [['云溪街道创建全国文明城区工作任务分解表']]);
    ws.mergeCells('A1:H1');
    put(ws, 2, [
      ['序号', '测评标准', '工作任务', '责任单位', undefined, '分管领导', '时间节点', '佐证材料'],
      [undefined, undefined, undefined, '主责单位', '协办单位', undefined, undefined, undefined],
      [
        1,
        '01.01.01',
        '主次干道公益广告全覆盖',
        '文化站',
        '城市管理办公室、各社区',
        '周雅琴（副书记）',
        serial('2026-06-30'),
        '图片×10：公益广告点位照片 10 张',
      ],
      [
        2,
        undefined,
        '商业街公益广告更换',
        '综合文化站',
        '城市管理办公室',
        undefined,
        '长期坚持',
        '方案1份、照片5张',
      ],
      [],
      [
        3,
        '02.01.01',
        '窗口单位规范化服务',
        '社会事务办公室，社区事务受理服务中心',
        '社区卫生服务中心;\n交警中队',
        undefined,
        '6月底前',
        undefined,
      ],
      [
        4,
        '03.01.02',
        '普法宣传进社区',
        '平安办',
        '望江社区居委会',
        undefined,
        '２０２６年９月３０日前',
        undefined,
      ],
      ...extra,
      ['注：本表人员、单位均为虚构。'],
    ]);
    ws.mergeCells('D2:E2');
    for (const col of ['A', 'B', 'C', 'F', 'G', 'H']) ws.mergeCells(`${col}2:${col}3`);
    ws.mergeCells('B4:B5');
  });
}

describe('importTasks', () => {
  it('reads an office task table: two-row header, synonyms, merged cells, several units a cell, aliases, 各社区, dates', async () => {
    const tasks = okValue(await importTasks(await officeTable(), units()));
    expect(new Set(tasks.map((t) => t.id)).size).toBe(4);
    expect(tasks.every((t) => /^task-[0-9a-z]{10}$/.test(t.id))).toBe(true);
    const [ads, replace, windows, legal] = tasks;
    expect(ads!.standardRefs).toEqual(['01.01.01']);
    expect(replace!.standardRefs).toEqual(['01.01.01']);
    expect(ads!.leadUnitIds).toEqual(['u-culture']);
    expect(ads!.supportingUnitIds).toEqual([
      'u-urban',
      'u-c-qinghe',
      'u-c-wangjiang',
      'u-c-nanyuan',
      'u-c-xinhua',
      'u-c-liuyin',
    ]);
    expect(ads!.responsibleLeaderId).toBe('p-deputy-npc');
    expect(ads!.deadline).toEqual({ kind: 'date', date: '2026-06-30' });
    expect(ads!.materialRequirements).toEqual([
      { category: 'photo', quantity: 10, description: { 'zh-CN': '公益广告点位照片 10 张' } },
    ]);
    expect(replace!.deadline).toEqual({ kind: 'standing', duty: 'longTerm' });
    expect(replace!.materialRequirements.map((m) => [m.category, m.quantity])).toEqual([
      ['plan', 1],
      ['photo', 5],
    ]);
    expect(windows!.leadUnitIds).toEqual(['u-social', 'u-w-service']);
    expect(windows!.supportingUnitIds).toEqual(['u-w-health', 'u-traffic']);
    expect(windows!.deadline).toEqual({ kind: 'date', date: '2026-06-30' });
    expect(legal!.supportingUnitIds).toEqual(['u-c-wangjiang']);
    expect(legal!.deadline).toEqual({ kind: 'date', date: '2026-09-30' });
  });

  it('reports every unmatched name at its cell with the nearest known name, and drops none', async () => {
    const issues = issuesOf(
      await importTasks(
        await officeTable([[5, '01.01.01', '背街小巷整治', '望江社', '不存在的局', undefined, '年底前', '']]),
        units(),
      ),
    );
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ['unknown_name', '任务分解表!D9'],
      ['unknown_name', '任务分解表!E9'],
    ]);
    expect(issues[0]!.message['zh-CN']).toContain('是否为"望江社区"');
    expect(issues[0]!.message.en).toContain('did you mean "望江社区"');
    expect(issues[0]!.pointer).toBe('/tasks/4/leadUnitIds');
    expectBilingual(issues);
  });

  it('suggests the unit by its name when the nearest written name is one of its aliases', () => {
    const ctx = units();
    const grid = gridOf('任务分解表', [
      ['任务', '牵头单位', '完成时限'],
      ['公益广告', '文化占', '长期坚持'],
    ]);
    const issues = issuesOf(tasksFromGrid({ sheets: [grid] }, ctx));
    expect(issues[0]!.message['zh-CN']).toContain('是否为"综合文化站"');
    expect(issues[0]!.message.en).toContain('did you mean "综合文化站"');
  });

  it('asks for the year of a short date when none is known, and refuses a date it cannot read', async () => {
    const { year: _year, ...noYear } = units();
    const issues = issuesOf(
      await importTasks(
        await officeTable([[5, '01.01.01', '整治', '平安办', undefined, undefined, '尽快', '']]),
        noYear,
      ),
    );
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ['date_needs_year', '任务分解表!G7'],
      ['invalid_date', '任务分解表!G9'],
    ]);
    expectBilingual(issues);
  });

  it('takes the first unit under 责任单位 as the lead when there is no 牵头单位 column', () => {
    const grid = gridOf('Sheet1', [
      ['任务', '责任单位', '完成时限', '对应标准'],
      ['整治', '平安办、云溪派出所', '长期', '03.01.02'],
    ]);
    const [task] = okValue(tasksFromGrid({ sheets: [grid] }, units()));
    expect([task!.leadUnitIds, task!.supportingUnitIds]).toEqual([['u-safety'], ['u-police']]);
  });

  it('reads columns it does not know through an explicit mapping', () => {
    const grid = gridOf('Sheet1', [
      ['事项', '主抓科室', '期限', '标准'],
      ['整治', '平安办', '常态化', '03.01.02'],
    ]);
    const mapping = { description: '事项', lead: '主抓科室', deadline: 'C', standards: 'D' };
    const [task] = okValue(tasksFromGrid({ sheets: [grid] }, { ...units(), mapping }));
    expect([task!.description, task!.leadUnitIds, task!.deadline]).toEqual([
      '整治',
      ['u-safety'],
      { kind: 'standing', duty: 'routine' },
    ]);
  });

  it('reports a formula with no saved result where it stands, and reads a formula with one', () => {
    const grid = gridOf('任务', [
      ['任务', '牵头单位', '完成时限', '测评标准'],
      ['整治', '平安办', { problem: 'formula', detail: '=TODAY()+30' }, '03.01.02'],
      ['宣传', '平安办', '2026-06-30', '03.01.02'],
    ]);
    const issues = issuesOf(tasksFromGrid({ sheets: [grid] }, units()));
    expect(issues.map((i) => [i.code, i.cell])).toContainEqual(['formula_without_result', '任务!C2']);
    expectBilingual(issues);
  });
});
