import { effectivePoints } from '@chuangwen/checklists';
import { roundScore } from '@chuangwen/checklists/internal';
import type { Observation, Rectification } from '@chuangwen/model';
import { type FrameworkScore, type ScoreInput, scoreFramework } from './scoring.js';
import { toMs } from './time.js';

/** The score now and the score if every open rectification closes by its deadline. */
export interface ScoreProjection {
  current: FrameworkScore;
  projected: FrameworkScore;
  /** projected.additive − current.additive. */
  gain: number;
  /** Rectifications assumed closed: open, not escalated, with a deadline. */
  assumedClosed: string[];
  /** Open rectifications left out, and why: escalated ones are beyond the street's power; some have no deadline or standard. */
  excluded: { id: string; reason: 'escalated' | 'noDeadline' | 'noStandard' }[];
}

/**
 * A what-if projection: the score if every open rectification closes by its deadline, each closure counted as a
 * passing check at its standard and scope that meets the rule in full. Escalated problems are not counted as fixed.
 */
export function projectScore(
  input: ScoreInput & { rectifications: readonly Rectification[] },
): ScoreProjection {
  const current = scoreFramework(input);
  const assumedClosed: string[] = [];
  const excluded: ScoreProjection['excluded'] = [];
  const synthetic: Observation[] = [];
  const maxima = effectivePoints(input.framework);
  const at = new Date(toMs(input.asOf)).toISOString();
  for (const r of input.rectifications) {
    if (r.status === 'closed') continue;
    if (r.status === 'escalated') excluded.push({ id: r.id, reason: 'escalated' });
    else if (r.deadline === undefined) excluded.push({ id: r.id, reason: 'noDeadline' });
    else if (r.standardRef === undefined) excluded.push({ id: r.id, reason: 'noStandard' });
    else {
      assumedClosed.push(r.id);
      const max = maxima.get(r.standardRef);
      synthetic.push({
        id: `projected:${r.id}`,
        standardRef: r.standardRef,
        scope: r.scope,
        observedAt: at,
        method: 'fieldInspection',
        source: 'supervisionCheck',
        outcome: 'pass',
        evidence: [],
        ...(max === null || max === undefined ? {} : { score: max }),
      });
    }
  }
  const projected = scoreFramework({ ...input, observations: [...input.observations, ...synthetic] });
  return {
    current,
    projected,
    gain: roundScore(projected.additive - current.additive, input.framework.precision),
    assumedClosed,
    excluded,
  };
}
