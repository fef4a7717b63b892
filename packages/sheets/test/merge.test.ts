import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridOf, mergeIntoCampaign, mergeRecords, sitesFromGrid, tasksFromGrid } from '../src/index.js';
import { context, issuesOf, okValue, street } from './helpers.js';

const register = (rows: unknown[][]) =>
  gridOf('点位台账', [['点位名称', '点位类型', '责任单位'], ...(rows as string[][])]);

describe('ids derived from what identifies a row', () => {
  it('stay the same when the sheet is imported again or rows are inserted above', () => {
    const before = okValue(
      sitesFromGrid({ sheets: [register([['云溪新街', '主次干道', '城市管理办公室']])] }, context()),
    );
    const after = okValue(
      sitesFromGrid(
        {
          sheets: [
            register([
              ['望江新广场', '公共广场', '望江社区'],
              ['云溪新街', '主次干道', '城市管理办公室'],
            ]),
          ],
        },
        context(),
      ),
    );
    expect(after[1]!.id).toBe(before[0]!.id);
    expect(after[0]!.id).not.toBe(before[0]!.id);
  });

  it('number the rows that repeat an identity, in the order they stand', () => {
    const tasks = okValue(
      tasksFromGrid(
        {
          sheets: [
            gridOf('任务分解表', [
              ['测评标准', '任务', '牵头单位', '完成时限'],
              ['01.01.01', '公益广告全覆盖', '综合文化站', '长期坚持'],
              ['01.01.01', '公益广告全覆盖', '望江社区', '长期坚持'],
            ]),
          ],
        },
        context(),
      ),
    );
    expect(tasks[1]!.id).toBe(`${tasks[0]!.id}-2`);
  });
});

describe('a table import that refuses some rows', () => {
  it('gives the records of the other rows as accepted, and locates the refused ones', () => {
    const result = sitesFromGrid(
      {
        sheets: [
          register([
            ['望江新广场', '公共广场', '望江社区'],
            ['无主之地', '公共广场', '不存在的单位'],
          ]),
        ],
      },
      context(),
    );
    expect(issuesOf(result).map((i) => i.cell)).toEqual(['点位台账!C3']);
    expect(!result.ok && 'accepted' in result ? result.accepted.map((s) => s.name) : []).toEqual([
      '望江新广场',
    ]);
  });
});

describe('mergeIntoCampaign', () => {
  it('updates a site found by its name under the id the campaign gave it, and adds the new ones', () => {
    const campaign = street();
    const avenue = campaign.sites[0]!;
    const imported = okValue(
      sitesFromGrid(
        {
          sheets: [
            register([
              [avenue.name, '主次干道', '望江社区'],
              ['望江新广场', '公共广场', '望江社区'],
            ]),
          ],
        },
        context(),
      ),
    );
    const { campaign: merged, report } = mergeIntoCampaign(campaign, 'sites', imported);
    expect(report.changed).toEqual([avenue.id]);
    expect(report.added).toEqual([imported[1]!.id]);
    const updated = merged.sites.find((s) => s.id === avenue.id)!;
    expect(updated.responsibleUnitId).toBe('u-c-wangjiang');
    // A field the register does not carry keeps what the campaign had.
    expect(updated.location).toEqual(avenue.location);
    expect(merged.sites).toHaveLength(campaign.sites.length + 1);
    expect(campaign.sites[0]).toBe(avenue);

    const again = mergeIntoCampaign(merged, 'sites', imported);
    expect(again.report).toEqual({ added: [], changed: [], unchanged: [avenue.id, imported[1]!.id] });
    expect(again.campaign.sites).toEqual(merged.sites);
  });

  it('is idempotent: merging the same records twice changes nothing the second time (property)', () => {
    const record = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd'),
      name: fc.constantFrom('甲', '乙'),
      tags: fc.array(fc.constantFrom('x', 'y'), { maxLength: 2 }),
      note: fc.option(fc.string({ maxLength: 3 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 6 }), fc.array(record, { maxLength: 6 }), (stored, sheet) => {
        const unique = [...new Map(stored.map((r) => [r.id, r])).values()];
        const once = mergeRecords(unique, sheet);
        const twice = mergeRecords(once.records, sheet);
        expect(twice.records).toEqual(once.records);
        expect(twice.report.added).toEqual([]);
        expect(twice.report.changed).toEqual([]);
        expect(new Set(once.records.map((r) => r.id)).size).toBe(once.records.length);
      }),
      { numRuns: 300 },
    );
  });
});
