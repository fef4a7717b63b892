import type { Campaign } from './campaign.js';
import { issueAt, type PathSegment, type ValidationIssue } from './issues.js';
import { labels } from './labels.js';
import { say } from './messages.js';

/** Checks phase dates and that every dated deadline falls inside the planned timeline. */
export function checkTimeline(campaign: Campaign): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  let first: string | undefined;
  let last: string | undefined;
  campaign.timeline.forEach((p, i) => {
    if (seen.has(p.phase)) {
      issues.push(
        issueAt(
          ['timeline', i, 'phase'],
          'duplicate_phase',
          say('phaseTwice', { phase: labels(p.phase) ?? { 'zh-CN': p.phase, en: p.phase } }),
        ),
      );
    }
    seen.add(p.phase);
    if (p.start > p.end) {
      issues.push(
        issueAt(
          ['timeline', i, 'end'],
          'invalid_date_range',
          say('endBeforeStart', { start: p.start, end: p.end }),
        ),
      );
    }
    if (first === undefined || p.start < first) first = p.start;
    if (last === undefined || p.end > last) last = p.end;
  });
  if (first === undefined || last === undefined) return issues;
  const outside = (date: string, path: PathSegment[]) => {
    if (date >= first! && date <= last!) return;
    issues.push(
      issueAt(
        path,
        'deadline_outside_timeline',
        say('deadlineOutsideTimeline', { date, first: first!, last: last! }),
      ),
    );
  };
  campaign.tasks.forEach((t, i) => {
    if (t.deadline.kind === 'date') outside(t.deadline.date, ['tasks', i, 'deadline', 'date']);
  });
  campaign.rectifications.forEach((r, i) => {
    if (r.deadline !== undefined) outside(r.deadline, ['rectifications', i, 'deadline']);
  });
  return issues;
}
