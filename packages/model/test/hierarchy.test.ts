import { describe, expect, it } from 'vitest';
import { rollUp, unitHierarchy } from '../src/index.js';

// A city with a district and a county; streets, a town and communities under them, and a city bureau (条块结合).
const UNITS = [
  { id: 'city' },
  { id: 'bureau', parentId: 'city' },
  { id: 'district', parentId: 'city' },
  { id: 'county', parentId: 'city' },
  { id: 'street', parentId: 'district' },
  { id: 'town', parentId: 'county' },
  { id: 'community', parentId: 'street' },
  { id: 'orphan', parentId: 'nowhere' },
  { id: 'a', parentId: 'b' },
  { id: 'b', parentId: 'a' },
];

describe('the unit hierarchy', () => {
  const h = unitHierarchy(UNITS);

  it('knows parents, children, ancestors and roots at any depth', () => {
    expect(h.parentOf('community')).toBe('street');
    expect(h.childrenOf('city')).toEqual(['bureau', 'district', 'county']);
    expect(h.ancestorsOf('community')).toEqual(['street', 'district', 'city']);
    expect(h.roots()).toEqual(['city', 'orphan']);
    expect(h.ancestorsOf('nowhere')).toEqual([]);
  });

  it('never loops on a cycle', () => {
    expect(h.ancestorsOf('a')).toEqual(['b']);
  });

  it('rolls values up to every ancestor', () => {
    const own = new Map([
      ['community', 3],
      ['street', 1],
      ['town', 2],
      ['bureau', 5],
    ]);
    const totals = rollUp(
      own,
      h,
      (a, b) => a + b,
      () => 0,
    );
    expect(Object.fromEntries(totals)).toEqual({
      community: 3,
      street: 4,
      district: 4,
      town: 2,
      county: 2,
      bureau: 5,
      city: 11,
    });
  });
});
