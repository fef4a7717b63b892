// The one place the demo talks to the machine, as a host's service layer would: events in, the record kept.
import {
  type Actor,
  type CampaignContext,
  type CampaignEventInput,
  type CampaignState,
  configurationOf,
  type DispatchResult,
  MemoryRecord,
} from '@chuangwen/machine';
import type { Blocker } from '@chuangwen/rules';
import type { Clock } from './clock.js';
import { campaign, framework, inventory, minorsEdition, roles } from './street.js';

/** An event as the demo writes it: the clock stamps the time. */
export type Unstamped = CampaignEventInput extends infer E
  ? E extends CampaignEventInput
    ? Omit<E, 'at'> & { at?: string }
    : never
  : never;

/**
 * The audit key a host keeps outside its database (an environment variable, a secrets manager). This one is a sample,
 * printed in the source for the demo: never use a key anyone can read.
 */
const SAMPLE_AUDIT_KEY = 'sample-key-for-the-demo-only-never-use-it';

export class Desk {
  /**
   * The campaign's record: its streams (campaign, one per rectification, evidence), kept in memory. Its configuration
   * (the street's units, sites and tasks, the people its organisation names, both framework editions whole, the archive
   * inventory) is recorded in it when it starts: everything it judges by is inside it.
   */
  readonly record: MemoryRecord;
  readonly refusals: { at: string; blockers: Blocker[] }[] = [];

  constructor(
    readonly clock: Clock,
    office: Actor,
  ) {
    const configuration = configurationOf(campaign, {
      editions: [framework, minorsEdition],
      settings: { inventory: inventory.entries },
    });
    this.record = new MemoryRecord(
      { campaignId: campaign.id, at: clock.now(), timeline: campaign.timeline, units: roles },
      office,
      { configuration, key: SAMPLE_AUDIT_KEY },
    );
  }

  /** Sends an event; a rejection here is a bug in the demo, so it stops. A refused move is recorded. */
  send(event: Unstamped): DispatchResult {
    const result = this.record.dispatch({ ...event, at: event.at ?? this.clock.tick() });
    if (result.rejection) throw new Error(`${event.type} rejected: ${result.rejection.reason.en}`);
    if (result.refused) this.refusals.push({ at: this.clock.today(), blockers: result.refused });
    return result;
  }

  get state(): CampaignState {
    return this.record.campaign.snapshot.value;
  }

  get context(): CampaignContext {
    return this.record.campaign.snapshot.context;
  }
}
