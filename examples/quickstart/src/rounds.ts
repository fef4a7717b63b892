// Quarterly mock assessments (模拟测评) as a third party reports them: each community's and department's score by
// method, composed, ranked within its group. The numbers are drawn from the demo's seeded generator: fictional.
import type { AssessmentMethod, AssessmentRound, UnitResult } from '@chuangwen/model';
import type { createRandom } from './random.js';
import { campaign } from './street.js';

/** The methods a mock assessment reports and their weights in the composite score. */
export const ROUND_METHODS: readonly [AssessmentMethod, number][] = [
  ['fieldInspection', 0.5],
  ['survey', 0.3],
  ['documentReview', 0.1],
  ['onlineMediaCheck', 0.1],
];

const GROUPS: Record<string, string> = {
  community: 'localities',
  village: 'localities',
  department: 'departments',
};

/** One round's result table; `improvement` lifts every score a little in later rounds. */
export function mockRound(
  id: string,
  title: string,
  period: string,
  heldOn: string,
  rng: ReturnType<typeof createRandom>,
  improvement: number,
): AssessmentRound {
  const results: UnitResult[] = campaign.units
    .filter((u) => GROUPS[u.kind] !== undefined)
    .map((u) => {
      const methodScores: Partial<Record<AssessmentMethod, number>> = {};
      let score = 0;
      for (const [method, weight] of ROUND_METHODS) {
        const value = Math.min(
          100,
          Math.round((76 + rng.next() * 18 + improvement * rng.next() * 6) * 10) / 10,
        );
        methodScores[method] = value;
        score += weight * value;
      }
      return {
        unitId: u.id,
        rankingGroup: GROUPS[u.kind]!,
        score: Math.round(score * 10) / 10,
        methodScores,
        parts: [],
      };
    });
  return { id, kind: 'mock', title, period, heldOn, assessor: '第三方测评机构（示例）', results };
}
