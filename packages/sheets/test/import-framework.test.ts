import { validateFramework } from '@chuangwen/checklists';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportTemplate, importFramework } from '../src/index.js';
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

  it('reads the group and the year a published framework writes only in its title', async () => {
    const titled = (title: string) =>
      book((wb) => {
        const ws = wb.addWorksheet('测评体系');
        put(ws, 1, [
          [title],
          ['测评项目', '测评内容', '测评标准', '测评方法'],
          ['一、公共文明', '（一）公益广告', '1.主干道公益广告数量充足', '实地考察'],
        ]);
      });
    const edition = okValue(
      await importFramework(await titled('江澜市文明城市测评体系（2026年修订版）——地级城市')),
    );
    expect([edition.group, edition.editionYear]).toEqual(['prefectureLevel', 2026]);
    const county = okValue(
      await importFramework(await titled('某省文明城市测评体系（修订版）——县级城市'), {
        edition: { editionYear: 2025 },
      }),
    );
    expect([county.group, county.editionYear]).toEqual(['countyLevel', 2025]);
    const noYear = issuesOf(await importFramework(await titled('某省文明城市测评体系（修订版）——县级城市')));
    expect(noYear.map((i) => [i.code, i.cell])).toEqual([['missing_edition_details', '测评体系!2']]);
    expect(noYear[0]!.message['zh-CN']).toContain('年份');
    expect(noYear[0]!.message.en).toContain('year');
    expectBilingual(noYear);
  });

  it('reads the group and the year from the line the template offers for them', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportTemplate('framework')) as never);
    const ws = wb.worksheets[0]!;
    expect([ws.getCell('A2').value, ws.getCell('C2').value]).toEqual(['组别：', '年份：']);
    ws.getRow(4).values = ['一、公共文明', '（一）公益广告', '1.主干道公益广告数量充足', '实地考察', 2];
    const blank = issuesOf(await importFramework((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(blank.map((i) => i.code)).toEqual(['missing_edition_details']);
    ws.getCell('B2').value = '地级市';
    ws.getCell('D2').value = 2026;
    const edition = okValue(await importFramework((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect([
      edition.group,
      edition.editionYear,
      edition.items[0]!.contents![0]!.standards[0]!.points,
    ]).toEqual(['prefectureLevel', 2026, 2]);
    ws.getCell('B2').value = '乡镇组';
    const unknown = issuesOf(await importFramework((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(unknown.map((i) => [i.code, i.cell])).toEqual([['invalid_value', '测评体系!2']]);
    expect(unknown[0]!.message['zh-CN']).toContain('乡镇组');
  });

  it('reads numbered sub-standards in one cell as parts, with methods numbered the same way', async () => {
    const bytes = await book((wb) => {
      const ws = wb.addWorksheet('测评体系');
      put(ws, 1, [
        ['组别：', '地级市', '年份：', 2026],
        ['测评项目', '测评内容', '测评标准', '测评方法', '见证材料'],
        [
          '一、思想道德',
          '（一）文明实践',
          '1.文明实践站做到"三有"：1)有标识标牌；2)有活动档案；3)有志愿服务队伍',
          '1)实地考察；2)材料审核；3)实地考察、材料审核',
          '图片×3：站点照片',
        ],
        [undefined, undefined, '(1)公益广告数量充足;(2)公益广告无破损', '实地考察', undefined],
        [undefined, undefined, '第2)条所列设施完好', '实地考察', undefined],
      ]);
    });
    const edition = okValue(await importFramework(bytes));
    expect(validateFramework(edition).ok).toBe(true);
    const [station, ads, single] = edition.items[0]!.contents![0]!.standards;
    expect([station!.displayCode, station!.text['zh-CN'], station!.methods]).toEqual([
      '1.',
      '文明实践站做到"三有"',
      ['fieldInspection', 'documentReview'],
    ]);
    expect(station!.parts.map((p) => [p.label, p.text['zh-CN'], p.methods])).toEqual([
      ['1)', '有标识标牌', ['fieldInspection']],
      ['2)', '有活动档案', ['documentReview']],
      ['3)', '有志愿服务队伍', ['fieldInspection', 'documentReview']],
    ]);
    expect(station!.materialRequirements).toEqual([
      { category: 'photo', quantity: 3, description: { 'zh-CN': '站点照片' } },
    ]);
    expect([ads!.text['zh-CN'], ads!.parts.map((p) => [p.label, p.text['zh-CN'], p.methods])]).toEqual([
      '(1)公益广告数量充足;(2)公益广告无破损',
      [
        ['(1)', '公益广告数量充足', ['fieldInspection']],
        ['(2)', '公益广告无破损', ['fieldInspection']],
      ],
    ]);
    expect([single!.text['zh-CN'], single!.parts]).toEqual(['第2)条所列设施完好', []]);
  });

  it('reads 具体要求 as the material requirements column', async () => {
    const bytes = await book((wb) => {
      const ws = wb.addWorksheet('测评体系');
      put(ws, 1, [
        ['测评项目', '测评内容', '测评标准', '测评方法', '具体要求'],
        ['一、公共文明', '（一）志愿服务', '1.志愿服务活动常态开展', '材料审核', '活动照片5张、工作方案1份'],
      ]);
    });
    const edition = okValue(
      await importFramework(bytes, { edition: { group: 'countyLevel', editionYear: 2026 } }),
    );
    expect(
      edition.items[0]!.contents![0]!.standards[0]!.materialRequirements.map((r) => [r.category, r.quantity]),
    ).toEqual([
      ['photo', 5],
      ['plan', 1],
    ]);
  });
});
