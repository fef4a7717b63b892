// The annual results of the fictional district the sample edition is written for, as notices print them: the whole
// district's score split by method, its rank in its group, and the minors' assessment beside it. Fictional figures.

import { type AssessmentMethod, type AssessmentRound, AssessmentRoundSchema } from '@chuangwen/model';
import type { z } from 'zod';

type RoundInput = z.input<typeof AssessmentRoundSchema>;

const MAIN_METHODS: readonly AssessmentMethod[] = [
  'fieldInspection',
  'covertInspection',
  'documentReview',
  'survey',
  'simulatedVerification',
  'onlineMediaCheck',
];

/** A year's official result of the main edition: the district's score, split by method as the pools are. */
function annual(year: number, heldOn: string, split: readonly number[], rank: number): RoundInput {
  const methodScores: Partial<Record<AssessmentMethod, number>> = {};
  MAIN_METHODS.forEach((m, i) => {
    methodScores[m] = split[i]!;
  });
  const score = Number(split.reduce((s, v) => s + v, 0).toFixed(2));
  return {
    id: `jianglan-${year}`,
    kind: 'official',
    title: `${year}年度全国文明城区测评结果通报（示例）`,
    period: String(year),
    heldOn,
    assessor: '第三方测评机构（示例）',
    jurisdictionResult: { score, rank, rankingGroup: 'municipalDistrict', methodScores },
  };
}

/** A year's result of the companion minors' assessment, which is never compared with the main one. */
function minors(year: number, heldOn: string, score: number): RoundInput {
  return {
    id: `jianglan-minors-${year}`,
    kind: 'official',
    title: `${year}年度未成年人思想道德建设工作测评结果（示例）`,
    period: String(year),
    heldOn,
    editionId: 'sample-minors-2026',
    jurisdictionResult: { score },
  };
}

/**
 * The fictional district's official results over a three-year cycle (2024–2026), for the sample edition and its
 * minors' companion: the whole district's score (not a unit's), split by method into the edition's pools, with its
 * rank in its group. Read them with `roundReport` (year-on-year change) and `cycleTotal` (the cycle's weighted total:
 * 79.42 × 15% + 84.60 × 25% + 90.40 × 60% = 87.30). Fictional figures for demonstrations.
 */
export function sampleDistrictResults(): AssessmentRound[] {
  const rounds: RoundInput[] = [
    annual(2024, '2024-08-22', [30.12, 15.8, 19.5, 8.9, 3.6, 1.5], 9),
    minors(2024, '2024-08-22', 86.5),
    annual(2025, '2025-08-21', [32.4, 17.1, 20.3, 9.2, 3.9, 1.7], 6),
    minors(2025, '2025-08-21', 88),
    annual(2026, '2026-08-20', [34.8, 18.6, 21.4, 9.6, 4.2, 1.8], 3),
    minors(2026, '2026-08-20', 91),
  ];
  return rounds.map((r) => AssessmentRoundSchema.parse(r));
}
