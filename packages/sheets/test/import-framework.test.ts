import { validateFramework } from '@chuangwen/checklists';
import { describe, expect, it } from 'vitest';
import { importFramework } from '../src/index.js';
import { book, expectBilingual, issuesOf, okValue, put } from './helpers.js';

// A fictional district's framework as its office prints it: a title row, a spacer, merged item and content cells
// written once for several standards, points after the titles, full-width numbering, a note below.
async function threeTier(methods = '实地考察、材料审核') {
  return book((wb) => {
    const ws = wb.addWorksheet('测评体系');
    put(ws, 1, [['江澜区文明城区测评体系（2026年版）']]);
    ws.mergeCells('A1:E1');
    put(ws, 3, [
      ['测评项目', '测评内容', '测评标准', '测评方法', '分值'],
      ['一、公共文明（6分）', '（一）公益广告', '1．主次干道公益广告数量充足', '实地考察', 2],
      [undefined, undefined, '2．商业街公益广告无破损', methods, 2],
      [undefined, '（二）志愿服务', '①市民对志愿服务满意', '问卷调查', 2],
      [],
      ['二、社区环境', '（一）环境卫生（4分）', '1.小区无乱堆乱放', '实地暗访', undefined],
      [undefined, undefined, '2.垃圾分类设施完好', '实地考察', undefined],
      ['注：本表为虚构示例，分值仅供演示。'],
    ]);
    ws.mergeCells('A4:A6');
    ws.mergeCells('B4:B5');
    ws.mergeCells('A8:A9');
    ws.mergeCells('B8:B9');
  });
}

describe('importFramework', () => {
  it('reads a three-tier framework with merged cells, printed numbering, points in titles and a note below', async () => {
    const edition = okValue(
      await importFramework(await threeTier(), {
        edition: { id: 'jianglan-2026', group: 'municipalDistrict' },
      }),
    );
    expect(validateFramework(edition).ok).toBe(true);
    expect(edition.editionYear).toBe(2026);
    expect(edition.name['zh-CN']).toBe('江澜区文明城区测评体系（2026年版）');
    expect(edition.items.map((i) => [i.code, i.displayCode, i.title['zh-CN'], i.points])).toEqual([
      ['01', '一、', '公共文明', 6],
      ['02', '二、', '社区环境', undefined],
    ]);
    const [first, second] = edition.items;
    expect(first!.contents!.map((c) => c.standards.length)).toEqual([2, 1]);
    const ads = first!.contents![0]!.standards;
    expect(ads.map((s) => [s.code, s.displayCode, s.text['zh-CN'], s.points])).toEqual([
      ['01.01.01', '1．', '主次干道公益广告数量充足', 2],
      ['01.01.02', '2．', '商业街公益广告无破损', 2],
    ]);
    expect(ads[1]!.methods).toEqual(['fieldInspection', 'documentReview']);
    const survey = first!.contents![1]!.standards[0]!;
    expect([survey.displayCode, survey.kind, survey.scoring]).toEqual([
      '①',
      'survey',
      { kind: 'survey', passLine: 0.85 },
    ]);
    const content = second!.contents![0]!;
    expect([content.displayCode, content.points, content.standards[0]!.methods]).toEqual([
      '（一）',
      4,
      ['covertInspection'],
    ]);
  });

  it('reads a four-tier framework under a two-row header', async () => {
    const bytes = await book((wb) => {
      const ws = wb.addWorksheet('体系');
      put(ws, 1, [
        ['测评项目', '指标名称', '测评要求', undefined, '测评方法', '分值'],
        [undefined, undefined, '测评内容', '测评标准', undefined, undefined],
        ['Ⅰ 精神文明', 'Ⅰ—1 思想道德', '（一）核心价值观', '1.公益广告', '实地考察', 1],
        [undefined, undefined, undefined, '2.宣传栏', '实地考察', 1],
      ]);
      ws.mergeCells('C1:D1');
      for (const col of ['A', 'B', 'E', 'F']) ws.mergeCells(`${col}1:${col}2`);
      ws.mergeCells('A3:A4');
      ws.mergeCells('B3:B4');
      ws.mergeCells('C3:C4');
    });
    const edition = okValue(
      await importFramework(bytes, {
        edition: { id: 'four', group: 'prefectureLevel', editionYear: 2025, name: '四级' },
      }),
    );
    const indicator = edition.items[0]!.indicators![0]!;
    expect([indicator.code, indicator.displayCode, indicator.title['zh-CN']]).toEqual([
      '01.01',
      'Ⅰ—1',
      '思想道德',
    ]);
    expect(indicator.contents[0]!.standards.map((s) => s.code)).toEqual(['01.01.01.01', '01.01.01.02']);
  });

  it('reports an unknown method at its cell, in both languages', async () => {
    const issues = issuesOf(
      await importFramework(await threeTier('目测'), { edition: { id: 'x', group: 'municipalDistrict' } }),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.cell).toBe('测评体系!D5');
    expect(issues[0]!.message['zh-CN']).toContain('目测');
    expectBilingual(issues);
  });

  it('says which edition details are missing when neither the sheet nor the caller gives them', async () => {
    const issues = issuesOf(await importFramework(await threeTier()));
    expect(issues[0]!.code).toBe('missing_edition_details');
    expect(issues[0]!.message['zh-CN']).toContain('直辖市城区');
    expectBilingual(issues);
  });

  it('locates points that do not add up at the cell of the tier that declares them', async () => {
    const bytes = await book((wb) => {
      const ws = wb.addWorksheet('测评体系');
      put(ws, 1, [
        ['测评项目', '测评内容', '测评标准', '测评方法', '分值'],
        ['一、公共文明（9分）', '（一）公益广告', '1.公益广告', '实地考察', 2],
      ]);
    });
    const issues = issuesOf(
      await importFramework(bytes, { edition: { id: 'x', group: 'countyLevel', editionYear: 2026 } }),
    );
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['points_mismatch', '测评体系!A2']]);
    expectBilingual(issues);
  });
});
