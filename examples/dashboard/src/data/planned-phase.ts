// The phase a campaign's timeline plans for the moment shown: what the page shows for a file, whose record starts at
// 宣传发动 whatever the calendar says.
import type { Phase } from '@chuangwen/model';
import type { PhaseCountdown } from '@chuangwen/rules';

/** The phase under way at the countdown's moment, else the next to start, else the last. */
export function plannedPhase(countdowns: readonly PhaseCountdown[]): Phase {
  const current = countdowns.find((p) => !p.notStarted && !p.overdue);
  const next = countdowns.find((p) => p.notStarted);
  return (current ?? next ?? countdowns[countdowns.length - 1])?.phase ?? 'mobilization';
}
