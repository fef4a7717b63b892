import type { Site } from '@chuangwen/model';

/** How many sites of a type to draw. */
export interface SiteQuota {
  siteType: string;
  count: number;
}

/** A draw of sites for a mock assessment: the sites of each type, and the types with too few sites. */
export interface SiteDraw {
  seed: number;
  drawn: { siteType: string; siteIds: string[] }[];
  /** Types with fewer sites than the quota: every site of the type is drawn, and the shortfall is reported. */
  shortfalls: { siteType: string; wanted: number; available: number }[];
}

/** A small seeded generator (mulberry32): the same seed always gives the same numbers, on every runtime. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Draws sites as official assessors do: a stratified sample by site type, with the counts a framework edition
 * declares (its `sampling`). Fixed sites (固定点位) are always drawn first; the rest of each quota is a seeded random
 * draw, so a street can rehearse the real draw and reproduce it. The result depends on the seed and the set of sites,
 * not on their order. Pure.
 */
export function drawSites(
  sites: readonly Pick<Site, 'id' | 'siteType' | 'selection'>[],
  quotas: readonly SiteQuota[],
  seed: number,
): SiteDraw {
  const next = seeded(seed);
  const draw: SiteDraw = { seed, drawn: [], shortfalls: [] };
  for (const quota of quotas) {
    const candidates = sites
      .filter((s) => s.siteType === quota.siteType)
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const fixed = candidates.filter((s) => s.selection === 'fixed').map((s) => s.id);
    const rest = candidates.filter((s) => s.selection !== 'fixed').map((s) => s.id);
    for (let i = rest.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [rest[i], rest[j]] = [rest[j]!, rest[i]!];
    }
    const siteIds = [...fixed, ...rest].slice(0, Math.max(quota.count, 0));
    draw.drawn.push({ siteType: quota.siteType, siteIds });
    if (candidates.length < quota.count)
      draw.shortfalls.push({ siteType: quota.siteType, wanted: quota.count, available: candidates.length });
  }
  return draw;
}
