import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertDatum, type DatumPoint, distanceMetres } from '../src/index.js';

// Reference values published with gcoord (github.com/hujiulong/gcoord), an established open-source converter: its unit
// tests convert [123, 45] between every pair of datums, and its fixture gives points across China in all three datums.
// Its tests accept 1e-5 degrees for the first and 1e-4 degrees for the fixture; these tests hold the same bounds.
const P = (longitude: number, latitude: number, datum: DatumPoint['datum']): DatumPoint => ({
  longitude,
  latitude,
  datum,
});

const UNIT_VALUES: [DatumPoint, DatumPoint][] = [
  [P(123, 45, 'WGS84'), P(123.00607541, 45.00197815, 'GCJ02')],
  [P(123, 45, 'WGS84'), P(123.0124491, 45.0083293, 'BD09')],
  [P(123, 45, 'GCJ02'), P(122.99395597, 44.99804071, 'WGS84')],
  [P(123, 45, 'GCJ02'), P(123.00636499, 45.00636899, 'BD09')],
  [P(123, 45, 'BD09'), P(122.99363304, 44.9936543, 'GCJ02')],
  [P(123, 45, 'BD09'), P(122.9876221, 44.9917154, 'WGS84')],
];

/** [WGS-84, GCJ-02, BD-09] of the same points, from gcoord's fixture of points across China. */
const FIXTURE: [number, number][][] = [
  [
    [114.0164322, 33.0133556],
    [114.022306, 33.0115324],
    [114.0287781, 33.0176697],
  ],
  [
    [111.4622119, 27.242124],
    [111.4677938, 27.2388981],
    [111.4742271, 27.2451662],
  ],
  [
    [114.498916, 37.0700925],
    [114.5048503, 37.0705911],
    [114.5113116, 37.0766797],
  ],
  [
    [92.0499619, 31.4784436],
    [92.0512438, 31.4762063],
    [92.0576832, 31.4824421],
  ],
  [
    [102.2658401, 27.8850446],
    [102.2673386, 27.8816151],
    [102.2738428, 27.8876621],
  ],
  [
    [116.6775114, 23.3567569],
    [116.6819735, 23.3540964],
    [116.6885014, 23.3598884],
  ],
  [
    [123.4253306, 41.8032629],
    [123.4314787, 41.8057023],
    [123.438095, 41.8114013],
  ],
  [
    [98.4937175, 39.7319946],
    [98.4943595, 39.7328234],
    [98.5008441, 39.7388949],
  ],
  [
    [116.0414035, 43.9312805],
    [116.0482308, 43.9334573],
    [116.0546232, 43.9397782],
  ],
  [
    [108.6503952, 21.9828281],
    [108.6541485, 21.9799392],
    [108.6607283, 21.9856319],
  ],
];
const DATUMS = ['WGS84', 'GCJ02', 'BD09'] as const;

describe('convertDatum', () => {
  it.each(UNIT_VALUES)('converts %o as the reference converter does', (from, to) => {
    const out = convertDatum(from, to.datum);
    expect(out.datum).toBe(to.datum);
    expect(Math.abs(out.longitude - to.longitude)).toBeLessThan(1e-5);
    expect(Math.abs(out.latitude - to.latitude)).toBeLessThan(1e-5);
  });

  it('converts every point of the reference fixture between every pair of datums', () => {
    for (const row of FIXTURE)
      for (let i = 0; i < 3; i++)
        for (let j = 0; j < 3; j++) {
          const out = convertDatum(P(row[i]![0], row[i]![1], DATUMS[i]!), DATUMS[j]!);
          expect(Math.abs(out.longitude - row[j]![0]), `${DATUMS[i]}→${DATUMS[j]}`).toBeLessThan(5e-5);
          expect(Math.abs(out.latitude - row[j]![1]), `${DATUMS[i]}→${DATUMS[j]}`).toBeLessThan(5e-5);
        }
  });

  it('leaves points outside China where they are between WGS-84 and GCJ-02', () => {
    expect(convertDatum(P(-0.1276, 51.5072, 'WGS84'), 'GCJ02')).toEqual(P(-0.1276, 51.5072, 'GCJ02'));
    expect(convertDatum(P(179.5, 45, 'GCJ02'), 'WGS84')).toEqual(P(179.5, 45, 'WGS84'));
  });

  // The BD-09 formulas are each other's inverse only approximately (to about 20 cm), as in every converter.
  it('round-trips any point in China to within half a metre', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 73, max: 135, noNaN: true }),
        fc.double({ min: 18, max: 53, noNaN: true }),
        fc.constantFrom(...DATUMS),
        fc.constantFrom(...DATUMS),
        (longitude, latitude, from, to) => {
          const start = P(longitude, latitude, from);
          const back = convertDatum(convertDatum(start, to), from);
          return distanceMetres(start, back) < 0.5;
        },
      ),
    );
  });
});

describe('distanceMetres', () => {
  it('measures along the great circle', () => {
    // One degree of latitude is about 111.2 km on the mean sphere.
    expect(distanceMetres(P(116, 39, 'WGS84'), P(116, 40, 'WGS84'))).toBeCloseTo(111_195, -1);
    expect(distanceMetres(P(116, 39, 'WGS84'), P(116, 39, 'WGS84'))).toBe(0);
  });

  it('reads each point in its own datum: the same place in two datums is the same place', () => {
    for (const row of FIXTURE) {
      const wgs = P(row[0]![0], row[0]![1], 'WGS84');
      // Within the fixture's 7-digit rounding and the converters' 1e-5 degree agreement: a few metres at most.
      expect(distanceMetres(wgs, P(row[1]![0], row[1]![1], 'GCJ02'))).toBeLessThan(5);
      expect(distanceMetres(wgs, P(row[2]![0], row[2]![1], 'BD09'))).toBeLessThan(5);
      // Read naively as one datum, the same place is hundreds of metres apart.
      expect(distanceMetres(wgs, P(row[2]![0], row[2]![1], 'WGS84'))).toBeGreaterThan(300);
    }
  });

  it('is symmetric and never negative', () => {
    const point = fc
      .tuple(
        fc.double({ min: 73, max: 135, noNaN: true }),
        fc.double({ min: 18, max: 53, noNaN: true }),
        fc.constantFrom(...DATUMS),
      )
      .map(([lon, lat, d]) => P(lon, lat, d));
    fc.assert(
      fc.property(point, point, (a, b) => {
        const d = distanceMetres(a, b);
        return d >= 0 && Math.abs(d - distanceMetres(b, a)) < 1e-6;
      }),
    );
  });
});
