// Observations (测评记录) and the board (达标情况汇总表): every check goes into the record, whose board derives the classes.
import type { Standard } from '@chuangwen/checklists';
import { minorsFramework } from '@chuangwen/checklists/district';
import type { Observation } from '@chuangwen/model';
import type { BoardSnapshot, ClassCounts, ComplianceBoard } from '@chuangwen/rules';
import type { Clock } from './clock.js';
import type { Desk } from './desk.js';
import type { createRandom } from './random.js';
import { A, minors, standards } from './street.js';

/** A point in the board's history, for the chart. */
export interface BoardPoint {
  date: string;
  label: { 'zh-CN': string; en: string };
  totals: ClassCounts;
}

/** What an inspector measures for a standard, by its declared rule: passing measures pass, failing ones fail. */
function measureFor(
  standard: Standard,
  pass: boolean,
  rng: ReturnType<typeof createRandom>,
): Partial<Observation> {
  const rule = standard.scoring;
  switch (rule.kind) {
    case 'stateDescription':
      return { violationCount: pass ? 0 : 2 + Math.floor(rng.next() * 2) };
    case 'countThreshold':
      return {
        measuredCount: pass ? rule.required : Math.max(0, rule.required - 1 - Math.floor(rng.next() * 2)),
      };
    case 'ratio':
      return { measuredRate: pass ? rule.fullAt : Math.max(0, rule.passAt - 0.05) };
    case 'incidence':
      return { measuredRate: pass ? rule.maxRate / 2 : rule.maxRate + 0.03, sampleSize: 200 };
    case 'noOccurrence':
      return { violationCount: pass ? 0 : 1 };
    case 'survey':
      return { measuredRate: pass ? rule.passLine + 0.03 : rule.passLine - 0.08, sampleSize: 400 };
    case 'binary':
      return {};
  }
}

export class Evidence {
  readonly observations: Observation[] = [];
  readonly history: BoardPoint[] = [];
  private seq = 0;

  constructor(
    private readonly clock: Clock,
    private readonly desk: Desk,
    private readonly rng: ReturnType<typeof createRandom>,
  ) {}

  /** The record's own board: kept by the record from the observations it holds, never sent in. */
  get board(): ComplianceBoard {
    const board = this.desk.record.projection.compliance();
    if (!board)
      throw new Error('the sample street is assessed against a framework, so its record keeps a board');
    return board;
  }

  /** Records one check of a standard at a site (or street-wide), with the measure its rule reads. */
  observe(
    code: string,
    siteId: string | undefined,
    pass: boolean,
    source: Observation['source'],
    extra: Partial<Observation> = {},
  ) {
    const main = standards.find((l) => l.standard.code === code)?.standard;
    const standard = main ?? minors.find((l) => l.standard.code === code)!.standard;
    const o = {
      id: `o${++this.seq}`,
      standardRef: code,
      ...(main ? {} : { editionId: minorsFramework.id }),
      scope: siteId ? { kind: 'site' as const, siteId } : { kind: 'jurisdiction' as const },
      observedAt: this.clock.tick(),
      method: standard.methods[0]!,
      source,
      outcome: pass ? ('pass' as const) : ('fail' as const),
      evidence: [],
      inspectorId: 'p-inspector',
      ...measureFor(standard, pass, this.rng),
      ...extra,
    } as Observation;
    return this.record(o);
  }

  /** Records an observation through the evidence stream (audited, never overwritten); the record's board follows. */
  private record(o: Observation): Observation {
    const result = this.desk.send({ type: 'observation.recorded', actor: A.inspector, observation: o });
    const recorded = result.evidence?.kind === 'observationRecorded' ? result.evidence.observation : o;
    this.observations.push(recorded);
    return recorded;
  }

  /** A finding from an inspection notice that cites no standard: a place, its unit, an area and the words. */
  finding(siteId: string, responsibleUnitId: string, area: Observation['area'], text: string) {
    const o: Observation = {
      id: `o${++this.seq}`,
      area,
      finding: text,
      scope: { kind: 'site', siteId },
      responsibleUnitId,
      observedAt: this.clock.tick(),
      method: 'covertInspection',
      source: 'unannouncedVisit',
      outcome: 'fail',
      evidence: [],
    };
    return this.record(o);
  }

  /** The board as it stands now, kept as a point of its history for the chart. */
  mark(label: BoardPoint['label']): BoardSnapshot {
    this.board.at(this.clock.now());
    const snap = this.board.snapshot();
    this.history.push({ date: this.clock.today(), label, totals: { ...snap.totals } });
    return snap;
  }

  /** Re-checks every standard no longer known to pass: field evidence expires after 90 days. */
  recheckExpired(scopesFor: (types: readonly string[]) => (string | undefined)[]) {
    this.board.at(this.clock.now());
    for (const { standard } of standards) {
      if (this.board.standard(standard.code)!.class !== 'undetermined') continue;
      const scopes = standard.kind === 'survey' ? [undefined] : scopesFor(standard.siteTypes);
      for (const siteId of scopes)
        this.observe(
          standard.code,
          siteId,
          true,
          'supervisionCheck',
          standard.kind === 'survey' ? { method: 'survey' } : {},
        );
    }
  }
}
