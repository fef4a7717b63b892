// The files the district's 文明办 sends the street, made here so the example runs anywhere: a framework as it is
// printed (title row, merged item and content cells, points after the titles) and a task table with a two-row header,
// several units per cell, a short date and a standing duty. Every name is fictional.
import ExcelJS from 'exceljs';

async function save(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** 测评体系.xlsx: two items, three contents, five standards. */
export async function frameworkWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('测评体系');
  ws.addRow(['江澜区文明城区测评体系（2026年版，示例）']);
  ws.mergeCells('A1:E1');
  ws.addRow(['编号：jianglan-2026　组别：直辖市城区　总分：10']);
  ws.mergeCells('A2:E2');
  ws.addRows([
    ['测评项目', '测评内容', '测评标准', '测评方法', '分值'],
    ['一、公共文明（6分）', '（一）公益广告', '1．主次干道、商业街公益广告数量充足、无破损', '实地考察', 2],
    [null, null, '2．公益广告台账齐全', '材料审核', 2],
    [null, '（二）志愿服务', '1．市民对志愿服务满意', '问卷调查', 2],
    ['二、社区环境（4分）', '（一）环境卫生', '1．小区无乱堆乱放、无卫生死角', '实地暗访', 2],
    [null, null, '2．垃圾分类设施完好', '实地考察', 2],
    ['注：本体系为虚构示例。'],
  ]);
  ws.mergeCells('A4:A6');
  ws.mergeCells('B4:B5');
  ws.mergeCells('A7:A8');
  ws.mergeCells('B7:B8');
  return save(wb);
}

/** 任务分解表.xlsx: 责任单位 over 主责单位 and 协办单位, as the street's office writes it. */
export async function taskWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('任务分解表');
  ws.addRow(['云溪街道创建工作任务分解表']);
  ws.mergeCells('A1:G1');
  ws.addRows([
    ['测评标准', '工作任务', '责任单位', null, '分管领导', '时间节点', '佐证材料'],
    [null, null, '主责单位', '协办单位', null, null, null],
    [
      '01.01.01',
      '主次干道公益广告全覆盖',
      '综合文化站',
      '城市管理办公室、各社区',
      '周雅琴',
      '6月底前',
      '图片×10：公益广告点位照片 10 张',
    ],
    [
      '02.01.01',
      '背街小巷和小区环境整治',
      '城市管理办公室',
      '环卫所；各社区',
      '郑海波',
      '长期坚持',
      '记录×3：巡查记录',
    ],
    [
      '（二）志愿服务',
      '学雷锋志愿服务站常态开放',
      '社会事务办公室',
      '各社区（村）',
      null,
      '2026年9月30日前',
      null,
    ],
    ['注：单位、人员均为虚构。'],
  ]);
  ws.mergeCells('C2:D2');
  for (const col of ['A', 'B', 'E', 'F', 'G']) ws.mergeCells(`${col}2:${col}3`);
  return save(wb);
}
