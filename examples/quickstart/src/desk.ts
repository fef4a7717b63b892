// The one place the demo talks to the machine, as a host's service layer would: events in, the record kept.
import {
  type CampaignContext,
  type CampaignEventInput,
  type CampaignRecord,
  campaignMachineWith,
  createCampaign,
  dispatch,
  type Role,
} from '@chuangwen/machine';
import type { Blocker } from '@chuangwen/rules';
import type { Clock } from './clock.js';
import { campaign, inventory, roles } from './street.js';

/** An event as the demo writes it: the clock stamps the time. */
export type Unstamped = CampaignEventInput extends infer E
  ? E extends CampaignEventInput
    ? Omit<E, 'at'> & { at?: string }
    : never
  : never;

export class Desk {
  /** The machine judges readiness with the framework's archive inventory, which the host keeps. */
  readonly machine = campaignMachineWith({ inventory });
  record: CampaignRecord;
  readonly refusals: { at: string; blockers: Blocker[] }[] = [];

  constructor(
    private readonly clock: Clock,
    office: { id: string; role: Role },
  ) {
    this.record = createCampaign(
      { campaignId: campaign.id, at: clock.now(), timeline: campaign.timeline, units: roles },
      office,
      { machine: this.machine },
    );
  }

  /** Sends an event; a rejection here is a bug in the demo, so it stops. A refused move is recorded. */
  send(event: Unstamped) {
    const result = dispatch(
      this.record,
      { ...event, at: event.at ?? this.clock.tick() },
      { machine: this.machine },
    );
    if (result.rejection) throw new Error(`${event.type} rejected: ${result.rejection.reason.en}`);
    if (result.refused) this.refusals.push({ at: this.clock.today(), blockers: result.refused });
    this.record = result.record;
    return result;
  }

  get state(): string {
    return (this.record.campaign.snapshot as unknown as { value: string }).value;
  }

  get context(): CampaignContext {
    return (this.record.campaign.snapshot as unknown as { context: CampaignContext }).context;
  }
}
