import type { Phase, PhasePlan } from '@chuangwen/model';
import { daysBetween, shanghaiDate, toMs } from './time.js';

/** Where a phase stands against its planned dates (倒计时). */
export interface PhaseCountdown {
  phase: Phase;
  start: string;
  end: string;
  /** Days from `asOf` to the planned end (0 on the last day); negative when overdue. */
  daysLeft: number;
  /** Days since the planned start, 0 on the first day; negative before it starts. */
  daysIn: number;
  overdue: boolean;
  notStarted: boolean;
}

/** The countdown of each planned phase at `asOf`, in Asia/Shanghai days. */
export function phaseCountdowns(timeline: readonly PhasePlan[], asOf: string): PhaseCountdown[] {
  const today = shanghaiDate(toMs(asOf));
  return timeline.map((p) => {
    const daysLeft = daysBetween(today, p.end);
    const daysIn = daysBetween(p.start, today);
    return {
      phase: p.phase,
      start: p.start,
      end: p.end,
      daysLeft,
      daysIn,
      overdue: daysLeft < 0,
      notStarted: daysIn < 0,
    };
  });
}
