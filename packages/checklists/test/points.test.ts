import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineFramework, effectivePoints } from '../src/index.js';
import { roundScore } from '../src/internal.js';
import { standard, tinyFramework } from './sample.js';

describe('roundScore', () => {
  it.each([
    [3.3000000000000003, 2, 3.3],
    [2.675, 2, 2.68],
    [1.005, 2, 1.01],
    [0.66 * 1.5, 2, 0.99],
    [12.345, 1, 12.3],
    [12.35, 1, 12.4],
    [-0.0001, 2, 0],
    [7, 0, 7],
  ])('rounds %s to %s places as %s', (value, places, expected) => {
    expect(roundScore(value, places)).toBe(expected);
  });

  it('never leaves float noise behind', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), fc.integer({ min: 0, max: 4 }), (v, p) => {
        const r = roundScore(v, p);
        expect(Math.abs(r - v)).toBeLessThanOrEqual(0.5 * 10 ** -p + 1e-9);
        expect(String(r).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(p);
      }),
    );
  });
});

describe('effectivePoints', () => {
  it('keeps declared points', () => {
    const points = effectivePoints(defineFramework(tinyFramework()));
    expect(points.get('A.1.1')).toBe(2);
  });

  it('shares a tier’s points among the standards below that declare none', () => {
    const f = tinyFramework() as any;
    f.items[0].contents[0].points = 4;
    delete f.items[0].contents[0].standards[0].points;
    f.items[0].contents[0].standards[1].points = undefined;
    const points = effectivePoints(defineFramework(f));
    expect([points.get('A.1.1'), points.get('A.1.2')]).toEqual([2, 2]);
    f.items[0].contents[0].standards[1].points = 3;
    const mixed = effectivePoints(defineFramework(f));
    expect([mixed.get('A.1.1'), mixed.get('A.1.2')]).toEqual([1, 3]);
  });

  it('shares an item’s points past contents that declare nothing, after those that do', () => {
    const f = defineFramework({
      id: 'weighted-items',
      name: { 'zh-CN': '只给项目分值' },
      editionYear: 2026,
      group: 'provincialCity',
      totalPoints: 10,
      items: [
        {
          code: 'A',
          title: { 'zh-CN': '项目' },
          points: 10,
          contents: [
            {
              code: 'A.1',
              title: { 'zh-CN': '内容一' },
              points: 4,
              standards: [standard('A.1.1', { points: undefined })],
            },
            {
              code: 'A.2',
              title: { 'zh-CN': '内容二' },
              standards: [
                standard('A.2.1', { points: 1 }),
                standard('A.2.2', { points: undefined }),
                standard('A.2.3', { points: undefined }),
              ],
            },
          ],
        },
      ],
    });
    expect(Object.fromEntries(effectivePoints(f))).toEqual({
      'A.1.1': 4,
      'A.2.1': 1,
      'A.2.2': 2.5,
      'A.2.3': 2.5,
    });
  });

  it('says null where an edition is published without weights', () => {
    const f = defineFramework({
      id: 'unweighted',
      name: { 'zh-CN': '无分值' },
      editionYear: 2026,
      group: 'countyLevel',
      items: [
        {
          code: 'A',
          displayCode: 'Ⅰ—1',
          title: { 'zh-CN': '项目' },
          contents: [
            {
              code: 'A.1',
              title: { 'zh-CN': '内容' },
              standards: [standard('A.1.1', { points: undefined })],
            },
          ],
        },
      ],
    });
    expect(effectivePoints(f).get('A.1.1')).toBeNull();
    expect(f.totalPoints).toBeUndefined();
  });
});
