import {
  ASSESSMENT_METHODS,
  type AssessmentRound,
  type Campaign,
  ENUM_LABELS,
  UNIT_KINDS,
  type UnitKind,
} from '@chuangwen/model';
import { roundReport } from '@chuangwen/rules';
import { namesOf } from './export-rectifications.js';
import { ROUND_META } from './rounds.js';
import { type SheetSpec, sheetName, type WorkbookSpec, type WriteCell } from './sheet-spec.js';
import { writeWorkbook } from './write-workbook.js';

/** The parts of a campaign the results export reads. */
export type RoundCampaign = Pick<Campaign, 'units' | 'assessmentRounds'>;

const groupName = (id: string) =>
  UNIT_KINDS.includes(id as UnitKind) ? ENUM_LABELS.unitKind[id as UnitKind]['zh-CN'] : id;
const partHeader = (p: { name: string; maxPoints?: number }) =>
  p.maxPoints !== undefined
    ? `${p.name}（${p.maxPoints}分）`
    : /部分$/.test(p.name)
      ? p.name
      : `${p.name}（部分）`;

/**
 * Mock-assessment results per unit and method (pure): one sheet per round, in date order, with the total, the rank
 * where the table gave one, the group, each method's score, the named parts and the change since the unit's previous
 * round. The round's details stand above the table, so the sheet re-imports as the same round.
 */
export function roundSheets(campaign: RoundCampaign): WorkbookSpec {
  const names = namesOf(campaign);
  const report = roundReport(campaign.assessmentRounds);
  const taken = new Set<string>();
  const sorted = [...campaign.assessmentRounds].sort((a, b) =>
    a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : 0,
  );
  const sheets: SheetSpec[] = sorted.map((round) => sheetOf(round, names.unit, report, taken));
  return { sheets };
}

function sheetOf(
  round: AssessmentRound,
  unitName: (id: string) => string,
  report: ReturnType<typeof roundReport>,
  taken: Set<string>,
): SheetSpec {
  const methods = ASSESSMENT_METHODS.filter((m) =>
    round.results.some((r) => r.methodScores[m] !== undefined),
  );
  const parts: { name: string; maxPoints?: number }[] = [];
  for (const r of round.results)
    for (const p of r.parts)
      if (!parts.some((q) => q.name === p.name))
        parts.push(p.maxPoints === undefined ? { name: p.name } : { name: p.name, maxPoints: p.maxPoints });
  const rows = round.results.map((result): WriteCell[] => {
    const line = report.units[result.unitId]?.find((l) => l.roundId === round.id);
    return [
      result.rank ?? null,
      unitName(result.unitId),
      result.rankingGroup === undefined ? null : groupName(result.rankingGroup),
      result.score ?? null,
      ...methods.map((m) => result.methodScores[m] ?? null),
      ...parts.map((p) => result.parts.find((q) => q.name === p.name)?.score ?? null),
      line?.change === null || line?.change === undefined ? '—' : Number(line.change.toFixed(2)),
    ];
  });
  const meta: [string, string][] = [
    [ROUND_META.id, round.id],
    [ROUND_META.kind, ENUM_LABELS.roundKind[round.kind]['zh-CN']],
    [ROUND_META.period, round.period],
    [ROUND_META.heldOn, round.heldOn],
  ];
  if (round.assessor !== undefined) meta.push([ROUND_META.assessor, round.assessor.replace(/\s+/g, '')]);
  return {
    name: sheetName(round.title, taken),
    title: round.title,
    meta,
    columns: [
      { header: '排名', width: 4 },
      { header: '单位', width: 14 },
      { header: '组别', width: 6 },
      { header: '总分', width: 5 },
      ...methods.map((m) => ({ header: ENUM_LABELS.assessmentMethod[m]['zh-CN'], width: 6 })),
      ...parts.map((p) => ({ header: partHeader(p) })),
      { header: '较上轮', width: 5 },
    ],
    rows,
    notes: ['注："较上轮"为总分与本单位上一轮之差。'],
  };
}

/** Writes mock-assessment results per unit and method to xlsx bytes, one sheet per round. */
export function exportRounds(campaign: RoundCampaign): Promise<Uint8Array> {
  return writeWorkbook(roundSheets(campaign));
}
