/** How equal results share ranks: competition ranking (1, 1, 3) or dense ranking (1, 1, 2). */
export type TieRule = 'competition' | 'dense';

/** A unit's result as a table gives it: a score, a rank, or both, in a ranking group. */
export interface RankInput {
  unitId: string;
  score?: number | undefined;
  rank?: number | undefined;
  rankingGroup?: string | undefined;
}

/** A unit's place within its ranking group (分类排名). */
export interface RankedResult {
  unitId: string;
  rankingGroup: string;
  score?: number;
  rank: number;
  /** Units in the group. */
  groupSize: number;
  /** Ranked last in the group (ties share last place; a group where every unit ties has no last place). */
  last: boolean;
}

/** Options of {@link rankUnits}. */
export interface RankOptions {
  ties?: TieRule;
  /** The group of a unit with none on its result (by default `all`). */
  groupOf?: (unitId: string) => string;
}

/**
 * Ranks units within their groups: districts apart from counties, departments apart from communities. A result that
 * carries a rank keeps it (rank-only tables); otherwise higher scores rank first, equal scores share a rank by the
 * tie rule. Results with neither score nor rank are left out. Pure; the order returned is by group, then rank.
 */
export function rankUnits(results: readonly RankInput[], options: RankOptions = {}): RankedResult[] {
  const ties = options.ties ?? 'competition';
  const groups = new Map<string, RankInput[]>();
  for (const r of results) {
    if (r.score === undefined && r.rank === undefined) continue;
    const group = r.rankingGroup ?? options.groupOf?.(r.unitId) ?? 'all';
    const list = groups.get(group);
    if (list) list.push(r);
    else groups.set(group, [r]);
  }
  const out: RankedResult[] = [];
  for (const [group, members] of groups) {
    const ranked = members.every((m) => m.rank !== undefined)
      ? members.map((m) => ({ m, rank: m.rank! }))
      : ranksByScore(members, ties);
    ranked.sort((a, b) => a.rank - b.rank || (a.m.unitId < b.m.unitId ? -1 : 1));
    const worst = ranked.reduce((w, r) => Math.max(w, r.rank), 0);
    const allTied = ranked.every((r) => r.rank === worst);
    for (const { m, rank } of ranked) {
      const line: RankedResult = {
        unitId: m.unitId,
        rankingGroup: group,
        rank,
        groupSize: members.length,
        last: rank === worst && members.length > 1 && !allTied,
      };
      if (m.score !== undefined) line.score = m.score;
      out.push(line);
    }
  }
  return out;
}

function ranksByScore(members: readonly RankInput[], ties: TieRule) {
  const sorted = [...members].sort(
    (a, b) => (b.score ?? Number.NEGATIVE_INFINITY) - (a.score ?? Number.NEGATIVE_INFINITY),
  );
  const out: { m: RankInput; rank: number }[] = [];
  let rank = 0;
  let distinct = 0;
  sorted.forEach((m, i) => {
    const previous = sorted[i - 1];
    if (!previous || previous.score !== m.score) {
      distinct += 1;
      rank = ties === 'dense' ? distinct : i + 1;
    }
    out.push({ m, rank });
  });
  return out;
}
