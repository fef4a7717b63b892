import type { Standard } from '@chuangwen/checklists';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellClass, cellIndexer, classify, DEFAULT_POLICY, definePolicy } from '../src/index.js';
import { ASOF, behaviour, documentStd, facility, obs } from './helpers.js';
import { closures, history, policies, standards } from './histories.js';

const DAY = 86_400_000;
const asOfMs = Date.parse(ASOF);
/** Moments before, at and after ASOF: one index, classified at each. */
const moments = [-200, -30, -1, 0, 1, 45, 120].map((days) => new Date(asOfMs + days * DAY).toISOString());

describe('cellIndexer: the index path, public', () => {
  it('gives the class classify gives, at every moment, from one index', () => {
    fc.assert(
      fc.property(standards, history, closures, policies, (standard, observations, closed, policy) => {
        const indexer = cellIndexer({ standard, policy });
        const cell = indexer.index(observations, closed);
        for (const asOf of moments)
          expect(cellClass(cell, Date.parse(asOf), indexer.rules)).toBe(
            classify({ standard, observations, closures: closed, policy, asOf }).class,
          );
      }),
      { numRuns: 300 },
    );
  });

  it('keeps three numbers per observation and its id, with the closures as instants', () => {
    const fail = obs('fail', 10, { id: 'f', source: 'supervisionCheck' });
    const pass = obs('pass', 2, { id: 'p', method: 'documentReview' });
    const na = obs('notAssessable', 1, { id: 'n' });
    const cell = cellIndexer({ standard: facility }).index(
      [fail, pass, na],
      [{ id: 'r1', closedAt: '2026-06-01' }],
    );
    expect(cell.ids).toEqual(['f', 'p', 'n']);
    expect(cell.data).toHaveLength(9);
    expect(cell.data[0]).toBe(Date.parse(fail.observedAt));
    expect(cell.data[1]! - cell.data[0]!).toBe(DEFAULT_POLICY.validityDays.fieldInspection * DAY);
    expect(cell.data[4]! - cell.data[3]!).toBe(DEFAULT_POLICY.validityDays.documentReview * DAY);
    // The four judgements differ: a finding that fails, a self-check that passes, one not assessable.
    expect(new Set([cell.data[2], cell.data[5], cell.data[8]]).size).toBe(3);
    expect(cell.closures).toEqual([Date.parse('2026-05-31T16:00:00Z')]);
  });

  it("applies the standard's rule, the policy and the site type's threshold as classify does", () => {
    const counted: Standard = {
      ...facility,
      scoring: { kind: 'countThreshold', required: 2, deductionPerShortfall: 1 },
      siteThresholds: [{ siteType: 'mainRoad', text: { 'zh-CN': '每处不少于5个' }, required: 5 }],
    };
    const observations = [obs('pass', 3, { id: 'c', measuredCount: 3, source: 'supervisionCheck' })];
    for (const siteType of [undefined, 'mainRoad']) {
      const indexer = cellIndexer({ standard: counted, ...(siteType ? { siteType } : {}) });
      expect(cellClass(indexer.index(observations), asOfMs, indexer.rules)).toBe(
        classify({ standard: counted, observations, asOf: ASOF, ...(siteType ? { siteType } : {}) }).class,
      );
    }
    const short = definePolicy({ validityDays: { fieldInspection: 2 } });
    const lapsed = cellIndexer({ standard: facility, policy: short });
    expect(cellClass(lapsed.index(observations), asOfMs, lapsed.rules)).toBe('undetermined');
    const strict = cellIndexer({ standard: behaviour });
    const once = [obs('fail', 20, { id: 'x' }), obs('pass', 1, { id: 'y' })];
    expect(cellClass(strict.index(once), asOfMs, strict.rules)).toBe('reboundProne');
    const lenient = cellIndexer({ standard: documentStd });
    expect(cellClass(lenient.index(once), asOfMs, lenient.rules)).toBe('compliant');
  });

  it('refuses an unreadable instant with a RangeError that names it, as classify does', () => {
    const indexer = cellIndexer({ standard: facility });
    expect(() => indexer.index([{ ...obs('pass', 1), observedAt: '2026-13-45' }])).toThrow(/2026-13-45/);
    expect(() => indexer.index([], [{ id: 'r', closedAt: 'yesterday' }])).toThrow(RangeError);
    expect(indexer.index([])).toEqual({ data: [], ids: [], closures: [] });
  });
});
