// The realistic event mix every record, store and service benchmark sends: a problem's whole lifecycle per cycle,
// findings and re-inspections that move the board, evidence filed before it is cited, corrections, refusals of
// the kinds a real service sees, meetings the cadence counts, and now and then a phase request.
import type { Actor, ConfigurationInput } from '@chuangwen/machine';

/** The units, sites and standards of a campaign, and the people of its roster the mix acts as. */
export interface CampaignShape {
  units: readonly string[];
  /** The sites of each unit (every unit has at least one). */
  sites: ReadonlyMap<string, readonly string[]>;
  codes: readonly string[];
  office: Actor;
  supervisor: Actor;
}

/** What an event of the mix must come to: applied, refused by the decider, or a phase request held by its blockers. */
export type Expected = 'applied' | 'refused' | 'blocked';

/** One event of the mix: a label for the per-kind breakdown, who sends it, its body, and what it must come to. */
export interface MixEvent {
  label: string;
  actor: Actor;
  body: { type: string; at: string } & Record<string, unknown>;
  expect: Expected;
}

/** The cycle's share of each kind, in words, for the benchmarks to print beside their figures. */
export const MIX_DESCRIPTION = {
  en: 'a realistic mix of 10 events per problem: a finding (fail); the problem reported, assigned and started; a meeting, or (half the time) a refused event, unauthorized or citing evidence never filed; a photo filed and the fix submitted citing it; a re-inspection (pass) and the closure citing it; a routine observation elsewhere, or in 1 cycle of 10 a correction, in 1 of 20 a withdrawal, in 1 of 20 an archive document, in 1 of 100 a phase request (answered with its blockers)',
  'zh-CN':
    '贴近实际的事件组合，每个问题 10 个事件：发现问题（不合格）；上报、交办、开始整改；会议，或（一半情况下）被拒事件（越权，或引用未归档的材料）；上传照片并提交整改引用照片；复查（合格）并引用复查记录销号；其他点位的日常测评记录，或每 10 轮 1 次更正、每 20 轮 1 次撤回、每 20 轮 1 份归档材料、每 100 轮 1 次阶段推进请求（以未满足条件答复）',
};

/** A campaign shape of `units` units with `sitesPerUnit` sites each, over `codes`. */
export function shapeOf(
  units: number,
  sitesPerUnit: number,
  codes: readonly string[],
  people: { office?: string; supervisor?: string } = {},
): CampaignShape {
  const ids = Array.from({ length: units }, (_, i) => `u${i}`);
  return {
    units: ids,
    sites: new Map(ids.map((u) => [u, Array.from({ length: sitesPerUnit }, (_, k) => `${u}-s${k}`)])),
    codes,
    office: { id: people.office ?? 'p-office', role: 'office' },
    supervisor: { id: people.supervisor ?? 'p-supervisor', role: 'supervisionGroup' },
  };
}

/** The site list and unit list a configuration records for a shape (names and kinds made up, labelled as samples). */
export function configurationParts(
  shape: CampaignShape,
): Pick<ConfigurationInput, 'units' | 'sites' | 'cadence'> {
  return {
    units: shape.units.map((id, i) => ({
      id,
      name: `示例单位 ${i + 1}`,
      kind: i % 3 === 0 ? ('community' as const) : ('department' as const),
    })),
    sites: [...shape.sites].flatMap(([unit, sites]) =>
      sites.map((id, k) => ({
        id,
        name: `示例点位 ${id}`,
        siteType: k % 2 ? 'mainRoad' : 'farmersMarket',
        responsibleUnitId: unit,
      })),
    ),
    cadence: [
      { kind: 'onSiteSupervision', minPerMonth: 2 },
      { kind: 'monthlyInspection', minPerMonth: 1 },
    ],
  };
}

const day = (at: string) => new Date(Date.parse(at) + 8 * 3_600_000).toISOString().slice(0, 10);
const later = (at: string, days: number) => day(new Date(Date.parse(at) + days * 86_400_000).toISOString());

/**
 * The events of cycle `n`, each dated by `at()` when it is built (pass a clock that moves forward). Deterministic for a
 * shape and `n`: the same cycle is the same events in every benchmark. A correction and a withdrawal refer to an
 * earlier cycle: ten and one cycles back when one sender sends every cycle in turn; `back` cycles back (and only to
 * cycles `back` apart) when each of `back` senders sends every `back`-th cycle, so they refer to the sender's own.
 */
export function cycle(n: number, shape: CampaignShape, at: () => string, back?: number): MixEvent[] {
  const { codes, office, supervisor } = shape;
  const { unit, site, code, other } = placeOf(n, shape);
  const staff: Actor = { id: `p-staff-${unit}`, role: 'unitStaff', unitId: unit };
  const inspectorOf = (u: string): Actor => ({
    id: `p-inspector-${u}`,
    role: 'inspector',
    assignment: { siteIds: [], unitIds: [u] },
  });
  const inspector = inspectorOf(unit);
  const rid = `r${n}`;
  const observation = (
    id: string,
    outcome: 'pass' | 'fail',
    when: string,
    where = site,
    standard = code,
  ) => ({
    id,
    standardRef: standard,
    scope: { kind: 'site', siteId: where },
    observedAt: when,
    method: 'fieldInspection',
    source: 'supervisionCheck',
    outcome,
    violationCount: outcome === 'fail' ? 1 + (n % 3) : 0,
    ...(outcome === 'fail' ? { finding: '占道经营，门前堆放杂物（示例）' } : {}),
  });
  const event = (
    label: string,
    actor: Actor,
    body: { type: string } & Record<string, unknown>,
    expect: Expected = 'applied',
  ): MixEvent => ({ label, actor, body: { ...body, at: at() }, expect });
  const found = at();
  const out: MixEvent[] = [
    event('observation.recorded', inspector, {
      type: 'observation.recorded',
      observation: observation(`o${n}`, 'fail', found),
    }),
    event('rectification.reported', supervisor, {
      type: 'rectification.reported',
      rectificationId: rid,
      standardRef: code,
      scope: { kind: 'site', siteId: site },
      description: '占道经营（示例）',
      observationId: `o${n}`,
    }),
    event('rectification.assigned', office, {
      type: 'rectification.assigned',
      rectificationId: rid,
      leadUnitId: unit,
      deadline: later(found, 30),
    }),
    event('rectification.started', staff, { type: 'rectification.started', rectificationId: rid }),
  ];
  // A meeting, or a refused event: another unit's staff submitting, or a submission citing evidence never filed.
  if (n % 4 === 1) {
    const stranger = shape.units[(n + 1) % shape.units.length]!;
    out.push(
      event(
        'refused (unauthorized)',
        { id: `p-staff-${stranger}`, role: 'unitStaff', unitId: stranger },
        { type: 'rectification.submitted', rectificationId: rid, evidence: [`d${n}`] },
        'refused',
      ),
    );
  } else if (n % 4 === 3)
    out.push(
      event(
        'refused (ghost evidence)',
        staff,
        { type: 'rectification.submitted', rectificationId: rid, evidence: [`d-ghost-${n}`] },
        'refused',
      ),
    );
  else
    out.push(
      event('meeting.recorded', office, {
        type: 'meeting.recorded',
        kind: n % 8 === 0 ? 'monthlyInspection' : 'onSiteSupervision',
        meetingId: `m${n}`,
        date: day(found),
      }),
    );
  out.push(
    event('document.filed', staff, {
      type: 'document.filed',
      document: {
        id: `d${n}`,
        title: `整改后照片 ${n}（示例）`,
        category: 'photo',
        standardRefs: [code],
        unitId: unit,
        date: day(found),
        sha256: (n % 16).toString(16).repeat(64),
        uri: `archive://sample/d${n}.jpg`,
      },
    }),
    event('rectification.submitted', staff, {
      type: 'rectification.submitted',
      rectificationId: rid,
      evidence: [`d${n}`],
    }),
  );
  const recheck = at();
  out.push(
    event('observation.recorded', inspector, {
      type: 'observation.recorded',
      observation: observation(`o${n}-re`, 'pass', recheck),
    }),
    event('rectification.closed', supervisor, {
      type: 'rectification.closed',
      rectificationId: rid,
      evidence: [`o${n}-re`],
    }),
  );
  // The tenth event: mostly a routine check elsewhere; now and then a correction of the re-inspection ten cycles back,
  // a withdrawal of the last cycle's routine check, an archive document, and once per hundred cycles a phase request,
  // which the record answers with its blockers.
  if (n % 100 === 99) out.push(event('phase.advance', office, { type: 'phase.advance' }, 'blocked'));
  else if (n % 10 === 4 && n >= (back ?? 10)) {
    const m = n - (back ?? 10);
    const earlier = placeOf(m, shape);
    out.push(
      event('observation.corrected', inspectorOf(earlier.unit), {
        type: 'observation.corrected',
        supersedes: `o${m}-re`,
        observation: observation(`o${n}-fix`, 'pass', at(), earlier.site, earlier.code),
        reason: '复查记录有误，更正（示例）',
      }),
    );
  } else if (n % 20 === 7 && routineBefore(n, back ?? 1, back ?? 10) !== undefined)
    out.push(
      event('observation.withdrawn', office, {
        type: 'observation.withdrawn',
        observationId: `o${routineBefore(n, back ?? 1, back ?? 10)}-x`,
        reason: '重复录入（示例）',
      }),
    );
  else if (n % 20 === 12)
    out.push(
      event('document.filed', office, {
        type: 'document.filed',
        document: {
          id: `a${n}`,
          title: `工作简报 ${n}（示例）`,
          category: 'bulletin',
          standardRefs: [code],
          date: day(found),
          sha256: 'e'.repeat(64),
          uri: `archive://sample/a${n}.pdf`,
        },
      }),
    );
  else
    out.push(
      event('observation.recorded', inspector, {
        type: 'observation.recorded',
        observation: observation(
          `o${n}-x`,
          n % 5 === 0 ? 'fail' : 'pass',
          at(),
          other,
          codes[(n * 13 + 5) % codes.length]!,
        ),
      }),
    );
  return out;
}

/** The latest cycle `step`, `2 × step`, … before `n` whose tenth event was a routine check, if any. */
function routineBefore(n: number, step: number, correctionBack: number): number | undefined {
  for (let m = n - step; m >= 0; m -= step) {
    const routine = m % 100 !== 99 && !(m % 10 === 4 && m >= correctionBack) && m % 20 !== 7 && m % 20 !== 12;
    if (routine) return m;
  }
  return undefined;
}

/** Where cycle `n` happens: its unit, the site of its problem, the standard broken, and the site of its routine check. */
function placeOf(n: number, shape: CampaignShape) {
  const unit = shape.units[n % shape.units.length]!;
  const sites = shape.sites.get(unit)!;
  const turn = Math.floor(n / shape.units.length);
  return {
    unit,
    site: sites[turn % sites.length]!,
    code: shape.codes[(n * 7) % shape.codes.length]!,
    other: sites[(turn + 1) % sites.length]!,
  };
}
