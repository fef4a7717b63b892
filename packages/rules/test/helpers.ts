import type { Standard } from '@chuangwen/checklists';
import type { AssessmentMethod, Observation } from '@chuangwen/model';

export const ASOF = '2026-06-30T12:00:00+08:00';

export const facility: Standard = {
  code: 'F.1',
  text: { 'zh-CN': '设施' },
  methods: ['fieldInspection'],
  parts: [],
  points: 3,
  kind: 'facility',
  siteTypes: ['mainRoad'],
  siteThresholds: [],
  materialRequirements: [
    { category: 'photo', quantity: 1 },
    { category: 'record', quantity: 1 },
  ],
  scoring: {
    kind: 'stateDescription',
    bands: [
      { grade: 'A', maxViolations: 0, coefficient: 1 },
      { grade: 'B', maxViolations: 1, coefficient: 0.66 },
      { grade: 'C', maxViolations: 2, coefficient: 0.33 },
      { grade: 'C#', coefficient: 0 },
    ],
  },
  veto: false,
};
export const behaviour: Standard = {
  ...facility,
  code: 'B.1',
  kind: 'behaviourOrder',
  methods: ['covertInspection'],
};
export const survey: Standard = {
  ...facility,
  code: 'S.1',
  kind: 'survey',
  methods: ['survey'],
  siteTypes: [],
  scoring: { kind: 'survey', passLine: 0.9 },
};
export const documentStd: Standard = {
  ...facility,
  code: 'D.1',
  kind: 'document',
  methods: ['documentReview'],
  scoring: { kind: 'binary' },
};

let n = 0;
/** An observation `daysAgo` days before ASOF (fractions allowed). */
export function obs(
  outcome: 'pass' | 'fail' | 'notAssessable',
  daysAgo: number,
  extra: Partial<Observation> & { method?: AssessmentMethod } = {},
): Observation {
  n += 1;
  const at = new Date(Date.parse(ASOF) - daysAgo * 86_400_000).toISOString();
  const base = {
    id: extra.id ?? `o${String(n).padStart(4, '0')}`,
    standardRef: 'F.1',
    scope: { kind: 'site' as const, siteId: 's1' },
    observedAt: at,
    method: extra.method ?? 'fieldInspection',
    source: 'selfCheck' as const,
    evidence: [],
  };
  if (outcome === 'notAssessable')
    return { ...base, outcome, reason: 'refused', ...(extra as object) } as Observation;
  return { ...base, outcome, ...(extra as object) } as Observation;
}
