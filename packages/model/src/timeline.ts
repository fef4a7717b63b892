import type { Campaign } from './campaign.js';
import { issueAt, type PathSegment, type ValidationIssue } from './issues.js';
import { label } from './labels.js';

/** Checks phase dates and that every dated deadline falls inside the planned timeline. */
export function checkTimeline(campaign: Campaign): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  let first: string | undefined;
  let last: string | undefined;
  campaign.timeline.forEach((p, i) => {
    if (seen.has(p.phase)) {
      issues.push(
        issueAt(['timeline', i, 'phase'], 'duplicate_phase', {
          'zh-CN': `"${label(p.phase, 'zh-CN')}"阶段重复安排`,
          en: `the ${label(p.phase, 'en').toLowerCase()} phase is planned twice`,
        }),
      );
    }
    seen.add(p.phase);
    if (p.start > p.end) {
      issues.push(
        issueAt(['timeline', i, 'end'], 'invalid_date_range', {
          'zh-CN': `结束日期 ${p.end} 早于开始日期 ${p.start}`,
          en: `end date ${p.end} is before start date ${p.start}`,
        }),
      );
    }
    if (first === undefined || p.start < first) first = p.start;
    if (last === undefined || p.end > last) last = p.end;
  });
  if (first === undefined || last === undefined) return issues;
  const outside = (date: string, path: PathSegment[]) => {
    if (date >= first! && date <= last!) return;
    issues.push(
      issueAt(path, 'deadline_outside_timeline', {
        'zh-CN': `期限 ${date} 不在创建时间安排（${first} 至 ${last}）之内`,
        en: `deadline ${date} is outside the campaign timeline (${first} to ${last})`,
      }),
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
