import { type IssueCode, PHASES, type Rectification, type ValidationIssue } from '@chuangwen/model';
import { issueAt } from '@chuangwen/model/internal';
import type { PhaseHistoryEntry } from './campaign-context.js';
import type { CampaignState } from './campaign-states.js';

const issue = (path: (string | number)[], code: IssueCode, zh: string, en: string) =>
  issueAt(path, code, { 'zh-CN': zh, en });
const next = (phase: CampaignState): CampaignState | undefined =>
  phase === 'closed' ? undefined : ([...PHASES, 'closed'] as const)[PHASES.indexOf(phase) + 1];
const LOOPS_FROM = new Set<CampaignState>(['finalSprint', 'inspectionReadiness', 'summaryEvaluation']);

/** Whether one history entry may follow another along the campaign machine's transitions. */
function legalMove(from: PhaseHistoryEntry, to: PhaseHistoryEntry): boolean {
  switch (to.via) {
    case 'advance':
    case 'force':
      return (
        next(from.phase) === to.phase &&
        to.cycle === from.cycle &&
        (to.via === 'advance' || to.forced !== undefined)
      );
    case 'loop':
      return to.phase === 'specialRectification' && LOOPS_FROM.has(from.phase) && to.cycle === from.cycle;
    case 'cycle':
      return from.phase === 'closed' && to.phase === 'mobilization' && to.cycle === from.cycle + 1;
    case 'start':
      return false;
  }
}

/** The campaign's invariants: the history starts with mobilization, moves only along transitions, and ends where the state is. */
export function checkHistory(snapshot: {
  value: CampaignState;
  context: { cycle: number; history: readonly PhaseHistoryEntry[] };
}): ValidationIssue[] {
  const { history } = snapshot.context;
  const out: ValidationIssue[] = [];
  const first = history[0];
  if (first?.via !== 'start' || first.phase !== 'mobilization' || first.cycle !== 1)
    out.push(
      issue(
        ['context', 'history', 0],
        'invalid_history',
        '阶段历史须从宣传发动开始',
        'the phase history must start with mobilization',
      ),
    );
  for (let i = 1; i < history.length; i++) {
    if (!legalMove(history[i - 1]!, history[i]!))
      out.push(
        issue(
          ['context', 'history', i],
          'phase_skipped',
          `第 ${i} 次阶段变化不符合阶段顺序（跳过阶段或无理由强制推进）`,
          `phase change ${i} does not follow the machine (a phase skipped, or forced without a reason)`,
        ),
      );
  }
  const last = history[history.length - 1];
  if (last && (last.phase !== snapshot.value || last.cycle !== snapshot.context.cycle))
    out.push(
      issue(
        ['value'],
        'invalid_state',
        '当前阶段与阶段历史的最后一项不符',
        'the state is not the last phase entered',
      ),
    );
  return out;
}

/** A rectification's invariants, as its machine keeps them. */
export function checkRectification(r: Rectification): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const handedOver = ['assigned', 'rectifying', 'submitted', 'returned'].includes(r.status);
  // The record's own hand-overs always set a deadline; a paper ledger's may have none, but never lacks the lead unit.
  if (handedOver && r.leadUnitId === undefined)
    out.push(
      issue(
        ['leadUnitId'],
        'invalid_state',
        '已交办的问题须有牵头单位',
        'a problem handed over needs a lead unit',
      ),
    );
  // A closure the record makes needs evidence and a reviewer (the machine's guards see to it); a closed problem from an
  // office's paper ledger may name neither. What must hold for both: nobody reviews their own fix.
  if (r.status === 'closed' && r.reviewerId !== undefined && r.reviewerId === r.rectifiedById)
    out.push(
      issue(
        ['reviewerId'],
        'invalid_state',
        '销号须由整改人以外的人员复核',
        'closure needs a reviewer other than the rectifier',
      ),
    );
  if (r.status === 'escalated' && r.escalatedTo === undefined)
    out.push(
      issue(
        ['escalatedTo'],
        'invalid_state',
        '上报上级的问题须写明上报去向',
        'an escalated problem must say where it went',
      ),
    );
  if (r.standardRef === undefined && r.area === undefined)
    out.push(
      issue(
        ['area'],
        'missing_standard_or_area',
        '未注明测评标准的问题须注明所属专项整治领域',
        'a finding that cites no standard must name its area',
      ),
    );
  return out;
}
