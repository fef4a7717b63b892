import { describe, expect, it } from 'vitest';
import { importRectifications, importRounds, importSites } from '../src/index.js';
import { book, context, expectBilingual, issuesOf, okValue, put } from './helpers.js';

describe('importSites', () => {
  it('reads a site register with type names, one unit a site, selection words and coordinates', async () => {
    const bytes = await book((wb) => {
      const ws = wb.addWorksheet('点位台账');
      put(ws, 1, [
        ['云溪街道点位台账'],
        ['点位名称', '点位类型', '包保单位', '包抓领导', '点位属性', '经度', '纬度', '坐标系'],
        ['云溪大道（主干道）', '主次干道', '城市管理办公室', '郑海波', '固定', 120.1, 30.2, '高德'],
        ['望江广场', '公共广场', '望江社区', undefined, '随机', undefined, undefined, undefined],
        ['注：坐标为示意。'],
      ]);
    });
    const sites = okValue(await importSites(bytes, context()));
    expect(sites.map((s) => [s.siteType, s.responsibleUnitId, s.selection])).toEqual([
      ['mainRoad', 'u-urban', 'fixed'],
      ['publicSquare', 'u-c-wangjiang', 'random'],
    ]);
    // Ids come from the names, so the same register imported again gives the same ids.
    expect(sites.map((s) => s.id)).toEqual([
      expect.stringMatching(/^site-[0-9a-z]{10}$/),
      expect.any(String),
    ]);
    expect(okValue(await importSites(bytes, context())).map((s) => s.id)).toEqual(sites.map((s) => s.id));
    expect(sites[0]!.location).toEqual({ longitude: 120.1, latitude: 30.2, datum: 'GCJ02' });
    expect(sites[0]!.responsibleLeaderId).toBe('p-legal');
  });

  it('reports an unknown site type and a second unit at their cells', async () => {
    const bytes = await book((wb) => {
      put(wb.addWorksheet('点位'), 1, [
        ['点位名称', '点位类型', '责任单位'],
        ['某路', '不存在的类型', '平安办、城市管理办公室'],
      ]);
    });
    const issues = issuesOf(await importSites(bytes, context()));
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ['unknown_site_type', '点位!B2'],
      ['several_units', '点位!C2'],
    ]);
    expectBilingual(issues);
  });
});

describe('importRectifications', () => {
  it('reads an office ledger: status words, date cells and Chinese times, a deadline without a year', async () => {
    const bytes = await book((wb) => {
      const ws = wb.addWorksheet('问题台账');
      put(ws, 1, [
        ['序号', '存在问题', '问题点位', '责任单位', '发现时间', '整改时限', '整改情况'],
        [
          1,
          '人行道占道经营',
          '望江商业街',
          '城市管理办公室',
          new Date(Date.UTC(2026, 2, 2, 9, 30)),
          '3月15日',
          '已整改',
        ],
        [
          2,
          '公益广告破损',
          '全域',
          '综合文化站、城市管理办公室',
          '2026年3月3日 14:05',
          new Date(Date.UTC(2026, 2, 20)),
          '整改中',
        ],
      ]);
      ws.getCell('E2').numFmt = 'yyyy-mm-dd hh:mm';
    });
    const [a, b] = okValue(await importRectifications(bytes, context()));
    expect([a!.scope, a!.leadUnitId, a!.reportedAt, a!.deadline, a!.status]).toEqual([
      { kind: 'site', siteId: 's-commercial' },
      'u-urban',
      '2026-03-02T09:30:00+08:00',
      '2026-03-15',
      'closed',
    ]);
    expect([b!.scope, b!.leadUnitId, b!.supportingUnitIds, b!.reportedAt, b!.status]).toEqual([
      { kind: 'jurisdiction' },
      'u-culture',
      ['u-urban'],
      '2026-03-03T14:05:00+08:00',
      'rectifying',
    ]);
  });

  it('reports an unknown status with the allowed ones in Chinese', async () => {
    const bytes = await book((wb) => {
      put(wb.addWorksheet('问题台账'), 1, [
        ['问题描述', '发现时间', '整改状态'],
        ['乱堆放', '2026-03-02', '差不多了'],
      ]);
    });
    const issues = issuesOf(await importRectifications(bytes, context()));
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['invalid_value', '问题台账!C2']]);
    expect(issues[0]!.message['zh-CN']).toContain('已销号');
    expectBilingual(issues);
  });

  it('repeats a time or a deadline it cannot read, at its cell', async () => {
    const bytes = await book((wb) => {
      put(wb.addWorksheet('问题台账'), 1, [
        ['问题描述', '发现时间', '整改时限', '整改状态', '销号时间'],
        ['乱堆放', '2026-13-45', '下周', '已销号', '昨天下午'],
      ]);
    });
    const issues = issuesOf(await importRectifications(bytes, context()));
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ['invalid_date', '问题台账!B2'],
      ['invalid_date', '问题台账!E2'],
      ['invalid_date', '问题台账!C2'],
    ]);
    expect(issues.map((i) => i.message['zh-CN'])).toEqual([
      expect.stringContaining('发现时间"2026-13-45"无法识别'),
      expect.stringContaining('销号时间"昨天下午"无法识别'),
      expect.stringContaining('整改时限"下周"不是日期'),
    ]);
    expect(issues[2]!.message.en).toContain('the deadline "下周" is not a date');
    expectBilingual(issues);
  });

  it('says that a cell is merged across columns when its text lands where it does not belong', async () => {
    const bytes = await book((wb) => {
      const ws = wb.addWorksheet('问题台账');
      put(ws, 1, [
        ['问题描述', '牵头单位', '整改时限', '发现时间', '整改状态'],
        ['乱堆放', '城市管理办公室', undefined, '2026-03-02', '整改中'],
      ]);
      ws.mergeCells('B2:C2');
    });
    const issues = issuesOf(await importRectifications(bytes, context()));
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['invalid_date', '问题台账!C2']]);
    expect(issues[0]!.message['zh-CN']).toContain('B2:C2 是跨"牵头单位""整改时限"的合并单元格');
    expect(issues[0]!.message.en).toContain(
      'B2:C2 is one cell merged across the columns "牵头单位", "整改时限"',
    );
    expectBilingual(issues);
  });
});

describe('importRounds', () => {
  it('reads a result table: title, details above it, groups, scores per method, named parts, a rank-only table', async () => {
    const bytes = await book((wb) => {
      const a = wb.addWorksheet('二季度');
      put(a, 1, [
        ['2026年第二季度模拟测评结果'],
        ['测评日期：2026-05-20　周期：2026-Q2'],
        ['名次', '单位名称', '组别', '综合得分', '实地考察得分', '问卷调查', '实地部分（60分）'],
        [1, '望江社区', '社区', 92.5, 55, 37.5, 55],
        [2, '桃源村', '村', 88, 50, 38, 50],
        ['合计', undefined, undefined, 180.5],
      ]);
      const b = wb.addWorksheet('督查排名');
      put(b, 1, [
        ['三月督查排名'],
        ['测评类型：督查排名　测评日期：2026年3月31日'],
        ['排名', '单位'],
        [1, '清禾社区'],
        [2, '南苑社区'],
      ]);
    });
    const [q2, march] = okValue(await importRounds(bytes, context()));
    expect([q2!.title, q2!.period, q2!.heldOn, q2!.kind]).toEqual([
      '2026年第二季度模拟测评结果',
      '2026-Q2',
      '2026-05-20',
      'mock',
    ]);
    expect(q2!.results[0]).toEqual({
      unitId: 'u-c-wangjiang',
      rankingGroup: 'community',
      score: 92.5,
      rank: 1,
      methodScores: { fieldInspection: 55, survey: 37.5 },
      parts: [{ name: '实地部分', score: 55, maxPoints: 60 }],
    });
    expect(q2!.results).toHaveLength(2);
    expect([march!.kind, march!.heldOn, march!.results.map((r) => [r.unitId, r.rank, r.score])]).toEqual([
      'supervisionRanking',
      '2026-03-31',
      [
        ['u-c-qinghe', 1, undefined],
        ['u-c-nanyuan', 2, undefined],
      ],
    ]);
  });

  it('asks for the date of a round the sheet does not date', async () => {
    const bytes = await book((wb) =>
      put(wb.addWorksheet('结果'), 1, [
        ['单位', '得分'],
        ['望江社区', 90],
      ]),
    );
    const issues = issuesOf(await importRounds(bytes, context()));
    expect(issues.map((i) => i.code)).toEqual(['missing_round_date']);
    expectBilingual(issues);
  });
});
