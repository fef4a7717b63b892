// Readiness for a campaign read from a file: the facts a document can show (the board, the ledger, the archive,
// meetings, the task table's units, appraisals), counted the way the machine counts them from events. Facts only a
// record keeps (the organisation formed, plans issued, publicity, teams) are not in a document and stay unrecorded.
import { archiveInventory, type FrameworkEdition } from '@chuangwen/checklists';
import type { Phase } from '@chuangwen/model';
import {
  applyContribution,
  type BoardSnapshot,
  type CampaignFacts,
  contributionOf,
  countArchive,
  emptyFacts,
  phaseReadiness,
  type Readiness,
} from '@chuangwen/rules';
import type { CampaignData } from '../data/campaign-data.js';

/** The facts a document shows, on the board it was judged on. */
function documentFacts(data: CampaignData, snapshot: BoardSnapshot): CampaignFacts {
  const { document } = data;
  const facts = emptyFacts();
  // Lead units of the task table, then every unit it names (as the example service registers them).
  for (const t of document.tasks) for (const u of t.supportingUnitIds) facts.unitRoles[u] = 'responsible';
  for (const t of document.tasks) for (const u of t.leadUnitIds) facts.unitRoles[u] = 'lead';
  facts.standards = Object.fromEntries(Object.values(snapshot.standards).map((s) => [s.code, s.class]));
  facts.ledger = data.rectifications.reduce(
    (ledger, r) => applyContribution(ledger, null, contributionOf(r)),
    facts.ledger,
  );
  facts.archive = countArchive(
    facts.archive,
    data.documents.flatMap((d) =>
      [...new Set(d.standardRefs)].map((standardRef) => ({
        standardRef,
        category: d.category,
        delta: 1 as const,
      })),
    ),
  );
  facts.mobilizationMeetingHeld = document.meetings.some((m) => m.kind === 'mobilizationMeeting');
  facts.summaryMeetingHeld = document.meetings.some((m) => m.kind === 'summaryMeeting');
  facts.unitsAppraised = [...new Set(document.appraisals.map((a) => a.unitId))];
  return facts;
}

/** The phase a campaign's timeline plans for a day: the one under way, else the next, else the last. */
export function plannedPhase(data: CampaignData, today: string): Phase {
  const timeline = data.document.timeline;
  const current = timeline.find((p) => p.start <= today && today <= p.end);
  const next = timeline.find((p) => p.start > today);
  return (current ?? next ?? timeline[timeline.length - 1])?.phase ?? 'mobilization';
}

/** Whether the planned phase could end, judged on the document's facts. */
export function documentReadiness(
  data: CampaignData,
  framework: FrameworkEdition,
  snapshot: BoardSnapshot,
  phase: Phase,
): Readiness {
  return phaseReadiness(phase, documentFacts(data, snapshot), { inventory: archiveInventory(framework) });
}
