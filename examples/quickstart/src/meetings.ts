// Meetings and supervision records, for the cadence the campaign holds itself to (督查频次).
import type { Meeting, MeetingKind } from '@chuangwen/model';
import { cadenceReport } from '@chuangwen/rules';
import type { Clock } from './clock.js';
import type { Desk } from './desk.js';
import { A, campaign } from './street.js';

export class Meetings {
  readonly all: Meeting[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly desk: Desk,
  ) {}

  meet(kind: MeetingKind, date: string, makeUpFor?: string) {
    const m: Meeting = {
      id: `m${this.all.length + 1}`,
      kind,
      date,
      attendeeIds: ['p-secretary', 'p-office'],
      unitIds: [],
      siteIds: [],
      documentIds: [],
      ...(makeUpFor ? { makeUpFor } : {}),
    };
    this.all.push(m);
    this.desk.send({
      type: 'meeting.recorded',
      actor: A.office,
      kind,
      meetingId: m.id,
      date,
      ...(makeUpFor ? { makeUpFor } : {}),
    });
  }

  /** A month of the seed cadence, one on-site supervision short if asked. */
  superviseMonth(month: string, onSite = 2) {
    this.meet('leadershipReportHearing', `${month}-06`);
    for (let i = 0; i < onSite; i++)
      this.meet('onSiteSupervision', `${month}-${String(10 + i * 10).padStart(2, '0')}`);
    this.meet('jointMeeting', `${month}-12`);
    this.meet('coordinationMeeting', `${month}-15`);
    this.meet('monthlyInspection', `${month}-25`);
  }

  cadence() {
    return cadenceReport({
      meetings: this.all,
      from: '2026-04-01',
      asOf: this.clock.now(),
      obligations: campaign.cadence,
    });
  }
}
