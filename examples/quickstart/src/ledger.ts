// The rectification ledger (整改台账) through the machine: report, hand over, fix, review, close (销号).
import { sha256Hex } from '@chuangwen/machine';
import type { Observation, Rectification } from '@chuangwen/model';
import { addDays } from '@chuangwen/rules';
import type { Desk } from './desk.js';
import { A, siteOf, staffOf, taskOf } from './street.js';

/** Who answers for a problem: the unit named on the finding, the site's unit, or the task's lead unit. */
function unitsFor(o: Observation) {
  const task = o.standardRef === undefined ? undefined : taskOf.get(o.standardRef);
  const site = o.scope.kind === 'site' ? siteOf(o.scope.siteId) : undefined;
  const lead = o.responsibleUnitId ?? site?.responsibleUnitId ?? task?.leadUnitIds[0] ?? 'u-urban';
  const supporting = (task?.leadUnitIds ?? []).filter((u) => u !== lead).slice(0, 2);
  return { lead, supporting, leader: task?.responsibleLeaderId };
}

export class Ledger {
  private photos = 0;

  constructor(private readonly desk: Desk) {}

  /** Every rectification as the model's record, each from its own stream: one shape everywhere. */
  records(): Rectification[] {
    return this.desk.record.allRectifications();
  }

  /** Reports a problem and hands it over with its lead and supporting units, deadline and the measure demanded. */
  open(o: Observation, requirement = '立即整改，举一反三，建立长效管理', days = 20) {
    const id = `r-${o.id}`;
    const { lead, supporting, leader } = unitsFor(o);
    this.desk.send({
      type: 'rectification.reported',
      actor: A.inspector,
      rectificationId: id,
      ...(o.standardRef === undefined ? { area: o.area ?? 'other' } : { standardRef: o.standardRef }),
      scope: o.scope,
      description: o.finding ?? `${o.standardRef} 检查发现问题`,
      observationId: o.id,
    });
    this.desk.send({
      type: 'rectification.assigned',
      actor: A.office,
      rectificationId: id,
      leadUnitId: lead,
      supportingUnitIds: supporting,
      ...(o.scope.kind === 'site' && siteOf(o.scope.siteId).responsibleUnitId !== lead
        ? { guarantorUnitIds: [siteOf(o.scope.siteId).responsibleUnitId] }
        : {}),
      ...(leader === undefined ? {} : { responsibleLeaderId: leader }),
      deadline: addDays(o.observedAt.slice(0, 10), days),
      requirement,
    });
    return { id, lead };
  }

  /** Opens, fixes and closes a problem: returned once if asked, or escalated beyond the street's power. */
  rectify(o: Observation, options: { returnOnce?: boolean; escalate?: boolean } = {}) {
    const { id, lead } = this.open(o);
    if (options.escalate) {
      this.desk.send({
        type: 'rectification.escalated',
        actor: A.office,
        rectificationId: id,
        to: '区城市管理局（牵头单位）',
      });
      return id;
    }
    this.fix(id, lead, options.returnOnce ?? false);
    return id;
  }

  /**
   * Files the lead unit's after-photo (整改后照片) in the archive: a closure may cite only evidence the record holds. A
   * real host stores the file and records its digest; the demo's digest is of its id.
   */
  private photo(rectificationId: string, lead: string): string {
    const id = `d-${rectificationId}-after-${++this.photos}`;
    const document = {
      id,
      title: '整改后照片（示例）',
      category: 'photo' as const,
      unitId: lead,
      date: this.desk.clock.today(),
      sha256: sha256Hex(id),
      uri: `archive://sample/${id}.jpg`,
    };
    this.desk.send({ type: 'document.filed', actor: staffOf(lead), document });
    return id;
  }

  /** The lead unit fixes and submits; a reviewer other than the rectifier closes it, after one return if asked. */
  fix(id: string, lead: string, returnOnce = false) {
    this.desk.send({ type: 'rectification.started', actor: staffOf(lead), rectificationId: id });
    this.desk.send({
      type: 'rectification.submitted',
      actor: staffOf(lead),
      rectificationId: id,
      evidence: [this.photo(id, lead)],
    });
    if (returnOnce) {
      this.desk.send({
        type: 'rectification.returned',
        actor: A.reviewer,
        rectificationId: id,
        reason: '整改后照片未体现全貌，退回重改',
      });
      this.desk.send({ type: 'rectification.started', actor: staffOf(lead), rectificationId: id });
      this.desk.send({
        type: 'rectification.submitted',
        actor: staffOf(lead),
        rectificationId: id,
        evidence: [this.photo(id, lead)],
      });
    }
    this.desk.send({ type: 'rectification.closed', actor: A.reviewer, rectificationId: id });
  }
}
