// The views of the command screen, in the order the navigation lists them; the address's hash names the one shown.
import type { Component } from 'vue';
import type { UiKey } from './i18n.js';
import CivilityView from './views/CivilityView.vue';
import HistoryView from './views/HistoryView.vue';
import LedgerView from './views/LedgerView.vue';
import PhaseView from './views/PhaseView.vue';
import ScheduleView from './views/ScheduleView.vue';
import SummaryView from './views/SummaryView.vue';
import SurveyView from './views/SurveyView.vue';

export const VIEWS: readonly { id: UiKey; component: Component }[] = [
  { id: 'summary', component: SummaryView },
  { id: 'phase', component: PhaseView },
  { id: 'ledger', component: LedgerView },
  { id: 'schedule', component: ScheduleView },
  { id: 'surveys', component: SurveyView },
  { id: 'civility', component: CivilityView },
  { id: 'history', component: HistoryView },
];

/** The view the hash names, else the first. */
export function viewOf(hash: string) {
  return VIEWS.find((v) => `#${v.id}` === hash) ?? VIEWS[0]!;
}
