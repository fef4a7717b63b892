// The summary and evaluation (总结评议): units appraised and ranked within their groups, outcomes suggested, the
// ledger's rectification rate per unit and per area, and the mock assessment rounds compared.
import { rectificationChecklists } from '@chuangwen/checklists/district';
import type { AssessmentRound, Observation, Rectification, RectificationArea } from '@chuangwen/model';
import { appraiseUnits, rankUnits, rectificationRates, roundReport, suggestOutcomes } from '@chuangwen/rules';
import { campaign, roles } from './street.js';

// The area of a standard: the special-rectification checklist whose items serve it.
const areaByStandard = new Map<string, RectificationArea>();
for (const checklist of rectificationChecklists)
  for (const section of checklist.sections)
    for (const item of section.items)
      for (const code of item.standardRefs) areaByStandard.set(code, checklist.area);

export function summarise(
  asOf: string,
  observations: readonly Observation[],
  rectifications: readonly Rectification[],
  rounds: readonly AssessmentRound[],
) {
  const units = campaign.units.filter((u) => roles[u.id] !== undefined);
  const appraisal = appraiseUnits({
    units,
    rectifications,
    observations,
    asOf,
    config: { attribution: 'everyNamed' },
  });
  const rounded = roundReport(rounds);
  const latest = rounds[rounds.length - 1]!;
  const ranked = rankUnits(latest.results);
  const previous = rounds.length > 1 ? [rankUnits(rounds[rounds.length - 2]!.results)] : [];
  return {
    appraisal,
    rounds: rounded,
    roundOutcomes: suggestOutcomes(ranked, { previous }),
    roundRanking: ranked,
    ratesByUnit: rectificationRates(rectifications, { asOf, by: 'unit', attribution: 'everyNamed' }),
    ratesByArea: rectificationRates(rectifications, {
      asOf,
      by: 'area',
      areaOf: (code) => areaByStandard.get(code),
    }),
  };
}
