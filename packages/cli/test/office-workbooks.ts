import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

// The workbooks a fictional city office (江澜市) keeps, as its people type them: titles above the tables, merged item
// and content cells, headers in the office's own words, several units a cell, dates in words and in date cells. Every
// name of a person, unit or place is invented. The ledger cites one standard the framework does not have (09.09.09).

async function save(dir: string, file: string, build: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Sheet1'));
  writeFileSync(join(dir, file), new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return file;
}

const rows = (ws: ExcelJS.Worksheet, from: number, values: unknown[][]) => {
  values.forEach((line, i) => {
    line.forEach((v, c) => {
      if (v !== undefined) ws.getCell(from + i, c + 1).value = v as ExcelJS.CellValue;
    });
  });
};

/** 测评体系: a published framework whose group and year are written only in its title. */
export const framework = (dir: string) =>
  save(dir, '测评体系.xlsx', (ws) => {
    ws.name = '测评体系';
    rows(ws, 1, [
      ['江澜市文明城市测评体系（2026年版）——地级城市'],
      [],
      ['测评项目', '测评内容', '测评标准', '测评方法', '分值', '点位类型', '见证材料'],
      [
        '一、公共文明（6分）',
        '（一）公益广告',
        '1.主次干道公益广告数量充足',
        '实地考察',
        2,
        '主次干道',
        undefined,
      ],
      [undefined, undefined, '2.公益广告无破损、无过时内容', '实地考察', 2, '主次干道、公共广场', undefined],
      [
        undefined,
        '（二）市场秩序',
        '1.农贸市场"三有"：1)有公示栏；2)有投诉台；3)有公平秤',
        '1)实地考察；2)实地考察；3)实地考察、材料审核',
        2,
        '农贸市场',
        '图片×3：市场公示栏、投诉台、公平秤照片',
      ],
      [
        '二、志愿服务（4分）',
        '（一）志愿服务活动',
        '1.志愿服务活动常态开展',
        '材料审核',
        4,
        undefined,
        '活动照片5张、工作方案1份',
      ],
      ['注：本表为虚构示例。'],
    ]);
    ws.mergeCells('A1:G1');
    ws.mergeCells('A4:A6');
    ws.mergeCells('B4:B5');
  });

/** 点位台账: the sites and who answers for each. */
export const sites = (dir: string) =>
  save(dir, '点位台账.xlsx', (ws) => {
    ws.name = '点位台账';
    rows(ws, 1, [
      ['江澜市创建全国文明城市点位台账'],
      ['点位名称', '点位类型', '包保单位', '包抓领导', '点位属性'],
      ['澜江大道', '主次干道', '市城市管理局', '周建平（副市长）', '固定'],
      ['青禾农贸市场', '农贸市场', '市市场监督管理局', undefined, '重点'],
      ['望江广场', '公共广场', '望江区人民政府', undefined, '随机'],
    ]);
  });

/** 任务分解表: a two-row header, several units a cell, dates in words. */
export const tasks = (dir: string) =>
  save(dir, '任务分解表.xlsx', (ws) => {
    ws.name = '任务分解表';
    rows(ws, 1, [
      ['江澜市创建全国文明城市工作任务分解表'],
      ['序号', '测评标准', '工作任务', '责任单位', undefined, '分管领导', '时间节点'],
      [undefined, undefined, undefined, '牵头单位', '配合单位', undefined, undefined],
      [
        1,
        '01.01.01',
        '主次干道公益广告全覆盖',
        '市委宣传部',
        '市城市管理局、望江区人民政府',
        '周建平（副市长）',
        '2026年6月30日前',
      ],
      [2, '01.02.01', '农贸市场"三有"全面达标', '市市场监督管理局', '望江区人民政府', undefined, '长期坚持'],
      [3, '02.01.01', '志愿服务活动常态化', '市文明办', '各区', undefined, '常态化'],
    ]);
    ws.mergeCells('A1:G1');
    ws.mergeCells('D2:E2');
    for (const col of ['A', 'B', 'C', 'F', 'G']) ws.mergeCells(`${col}2:${col}3`);
  });

/** 问题整改台账: one row cites 09.09.09, a standard the framework does not have (unless the ledger is to be clean). */
export const ledger = (dir: string, options: { clean?: boolean } = {}) =>
  save(dir, '问题整改台账.xlsx', (ws) => {
    ws.name = '问题整改台账';
    rows(ws, 1, [
      ['江澜市创建全国文明城市问题整改台账'],
      ['问题编号', '问题描述', '测评标准', '点位', '牵头单位', '发现时间', '整改时限', '整改状态'],
      [
        'ZG-001',
        '公益广告破损',
        '01.01.02',
        '澜江大道',
        '市城市管理局',
        new Date(Date.UTC(2026, 3, 2, 9, 30)),
        '2026-04-10',
        '已销号',
      ],
      [
        'ZG-002',
        '公平秤缺失',
        '01.02.01',
        '青禾农贸市场',
        '市市场监督管理局',
        '2026-04-03 10:00',
        '2026-04-20',
        '整改中',
      ],
      [
        'ZG-003',
        '广场乱停车',
        options.clean ? '01.01.01' : '09.09.09',
        '望江广场',
        '望江区人民政府',
        '2026-04-05 15:20',
        '2026-04-25',
        '已交办',
      ],
    ]);
  });
