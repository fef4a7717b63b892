// The cross-check the classification benchmarks run on a million histories, at a size a test can afford: every
// contender gives every history the same class, at several moments. Bounded by the number of histories, not by time.
import { type ComplianceClass, cellClass, cellIndexer, classify } from '@chuangwen/rules';
import { describe, expect, it } from 'vitest';
import {
  ASOF,
  ASOF_MS,
  boardClasses,
  boardOf,
  engineClass,
  firstDisagreement,
  floor,
  floorWithScan,
  rawHistories,
  rulesEngine,
} from '../src/four-rules.js';

const COUNT = 20_000;
const histories = rawHistories(COUNT);
const expected = histories.map((h) => floor(h));
const indexers = new Map(histories.map((h) => [h.standard.code, cellIndexer({ standard: h.standard })]));
const DAY = 86_400_000;

describe(`the classification contenders on ${COUNT.toLocaleString('en')} generated histories`, () => {
  it('meet every class, so agreement says something', () => {
    const counts = new Map<ComplianceClass, number>();
    for (const c of expected) counts.set(c, (counts.get(c) ?? 0) + 1);
    for (const c of ['compliant', 'nonCompliant', 'undetermined', 'reboundProne'] as const)
      expect(counts.get(c) ?? 0).toBeGreaterThan(COUNT / 50);
  });

  it('classify, the index path and the hand-written loops agree on every history, at several moments', () => {
    for (const days of [0, -40, 75]) {
      const asOfMs = ASOF_MS + days * DAY;
      const asOf = new Date(asOfMs).toISOString();
      const byFloor = histories.map((h) => floor(h, asOfMs));
      const byClassify = histories.map(
        (h) =>
          classify({ standard: h.standard, observations: h.observations, closures: h.closures, asOf }).class,
      );
      const byIndex = histories.map((h) => {
        const indexer = indexers.get(h.standard.code)!;
        return cellClass(indexer.index(h.observations, h.closures), asOfMs, indexer.rules);
      });
      expect(firstDisagreement(byClassify, byFloor)).toBe(-1);
      expect(firstDisagreement(byIndex, byFloor)).toBe(-1);
    }
    expect(firstDisagreement(histories.map(floorWithScan), expected)).toBe(-1);
  });

  it('the board agrees on every cell, and again after moving back and forth', () => {
    const board = boardOf(histories);
    expect(firstDisagreement(boardClasses(board, histories), expected)).toBe(-1);
    board.at(new Date(ASOF_MS - DAY).toISOString());
    expect(
      firstDisagreement(
        boardClasses(board, histories),
        histories.map((h) => floor(h, ASOF_MS - DAY)),
      ),
    ).toBe(-1);
    board.at(ASOF);
    expect(firstDisagreement(boardClasses(board, histories), expected)).toBe(-1);
  });

  it('json-rules-engine, given the same raw histories, agrees on every one', async () => {
    const engine = rulesEngine();
    const byEngine: (string | undefined)[] = [];
    for (const h of histories) byEngine.push(await engineClass(engine, h));
    expect(firstDisagreement(byEngine, expected)).toBe(-1);
  });
});
