import type { CivilityTally, ObservationSheet } from '@chuangwen/checklists';

/** Options of the public civility index; every number is local configuration. */
export interface CivilityIndexOptions {
  sheet: ObservationSheet;
  tallies: readonly CivilityTally[];
  /** Weight of each site type in the index; site types not listed weigh 1. */
  siteTypeWeights?: Readonly<Record<string, number>>;
  /** The index that passes, 0 to 100 (default 80). */
  passLine?: number;
  /** People watched per site type for its incidence to be trusted (default 100). */
  minObservedPerSiteType?: number;
}

/** One site type's part of the index. */
export interface SiteTypeIncidence {
  siteType: string;
  /** Weighted people watched for uncivil behaviours. */
  observed: number;
  /** Weighted occurrences of uncivil behaviour. */
  occurrences: number;
  /** occurrences ÷ observed: the incidence of uncivil behaviour (不文明现象发生率). */
  incidence: number;
  /** 100 × (1 − incidence). */
  score: number;
  weight: number;
  /** Enough people watched for the figure to be trusted. */
  enough: boolean;
  /** Behaviours written "无…现象" that occurred here: any one fails the site type, whatever its score. */
  anyOccurrence: string[];
  /** The site type passes: its score reaches the pass line and no "无…现象" behaviour occurred. */
  passed: boolean;
}

/** The public civility index (公共文明指数) and what it rests on. */
export interface CivilityIndex {
  /** Weighted mean of site-type scores, 0 to 100; null with no data. */
  index: number | null;
  passLine: number;
  /** The index reaches the pass line and no site type failed on a "无…现象" behaviour; null with no data. */
  passed: boolean | null;
  siteTypes: SiteTypeIncidence[];
  /** Per behaviour: people watched, occurrences and rate, civil behaviours included. */
  behaviours: {
    code: string;
    polarity: 'uncivil' | 'civil';
    observed: number;
    occurrences: number;
    rate: number | null;
  }[];
  /** Every site type with data was watched enough. */
  sampleEnough: boolean;
  /** Tallies left out and why: unknown sheet or behaviour, a site type the behaviour is not watched at, more occurrences than people. */
  ignored: {
    id: string;
    reason: 'otherSheet' | 'unknownBehaviour' | 'siteTypeNotOnSheet' | 'occurrencesExceedObserved';
  }[];
}

/**
 * Computes the public civility index from observation-sheet tallies: per site type, the weighted incidence of uncivil
 * behaviour becomes a 0-100 score, and the index is the site-type-weighted mean. Civil behaviours are reported beside
 * it, not mixed in. Pure.
 */
export function civilityIndex(options: CivilityIndexOptions): CivilityIndex {
  const { sheet } = options;
  const passLine = options.passLine ?? 80;
  const minObserved = options.minObservedPerSiteType ?? 100;
  const behaviours = new Map(sheet.behaviours.map((b) => [b.code, b]));
  const perBehaviour = new Map(sheet.behaviours.map((b) => [b.code, { observed: 0, occurrences: 0 }]));
  const perType = new Map<string, { observed: number; occurrences: number; raw: number; any: Set<string> }>();
  const ignored: CivilityIndex['ignored'] = [];
  for (const t of options.tallies) {
    const behaviour = behaviours.get(t.behaviourCode);
    if (t.sheetId !== sheet.id) ignored.push({ id: t.id, reason: 'otherSheet' });
    else if (!behaviour) ignored.push({ id: t.id, reason: 'unknownBehaviour' });
    else if (!behaviour.siteTypes.includes(t.siteType))
      ignored.push({ id: t.id, reason: 'siteTypeNotOnSheet' });
    else if (t.occurrences > t.observed) ignored.push({ id: t.id, reason: 'occurrencesExceedObserved' });
    else {
      const b = perBehaviour.get(behaviour.code)!;
      b.observed += t.observed;
      b.occurrences += t.occurrences;
      if (behaviour.polarity === 'uncivil') {
        const type = perType.get(t.siteType) ?? {
          observed: 0,
          occurrences: 0,
          raw: 0,
          any: new Set<string>(),
        };
        type.observed += behaviour.weight * t.observed;
        type.occurrences += behaviour.weight * t.occurrences;
        type.raw += t.observed;
        if (behaviour.anyOccurrenceFails && t.occurrences > 0) type.any.add(behaviour.code);
        perType.set(t.siteType, type);
      }
    }
  }
  const siteTypes: SiteTypeIncidence[] = [...perType]
    .filter(([, v]) => v.observed > 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([siteType, v]) => {
      const incidence = v.occurrences / v.observed;
      const score = 100 * (1 - incidence);
      return {
        siteType,
        observed: v.observed,
        occurrences: v.occurrences,
        incidence,
        score,
        weight: options.siteTypeWeights?.[siteType] ?? 1,
        enough: v.raw >= minObserved,
        anyOccurrence: [...v.any].sort(),
        passed: score >= passLine && v.any.size === 0,
      };
    });
  const totalWeight = siteTypes.reduce((s, t) => s + t.weight, 0);
  const index = totalWeight > 0 ? siteTypes.reduce((s, t) => s + t.weight * t.score, 0) / totalWeight : null;
  return {
    index,
    passLine,
    passed: index === null ? null : index >= passLine && siteTypes.every((t) => t.anyOccurrence.length === 0),
    siteTypes,
    behaviours: sheet.behaviours.map((b) => {
      const v = perBehaviour.get(b.code)!;
      return {
        code: b.code,
        polarity: b.polarity,
        observed: v.observed,
        occurrences: v.occurrences,
        rate: v.observed > 0 ? v.occurrences / v.observed : null,
      };
    }),
    sampleEnough: siteTypes.length > 0 && siteTypes.every((t) => t.enough),
    ignored,
  };
}
