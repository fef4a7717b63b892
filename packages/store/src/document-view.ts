import type { FrameworkEdition } from '@chuangwen/checklists';
import { type Actor, configurationOf, type Settings } from '@chuangwen/machine';
import { unkeyedHasher } from '@chuangwen/machine/internal';
import type { Campaign, ValidationIssue } from '@chuangwen/model';
import { type CampaignView, campaignView } from './campaign-view.js';
import { MemoryRecordStore } from './memory-store.js';
import { importCampaign } from './migrate-campaign.js';

/** What reading a campaign document as a view needs: its editions, the moment, and who is reading. */
export interface DocumentViewOptions {
  /** The framework editions the document names (the main one and any companions). */
  editions: readonly FrameworkEdition[];
  asOf: string;
  /** Settings that differ from the defaults (thresholds, the archive inventory). */
  settings?: Partial<Settings>;
  /** Who the import is recorded as; a reader by default. */
  actor?: Actor;
  /** Days ahead the re-inspection schedule looks (default 14). */
  scheduleDays?: number;
}

/**
 * A view of a document, with the store holding its record (for views at other moments: `campaignView(store,
 * campaign.id, { asOf })`), or why the document does not import (its records located).
 */
export type DocumentView =
  | { ok: true; view: CampaignView; store: MemoryRecordStore }
  | { ok: false; issues: ValidationIssue[] };

/**
 * A campaign document read the way a record is read: imported whole into a record in memory (its configuration, its
 * rectifications in the ledger, its evidence in force) and viewed at `asOf`. What a host holding only a file uses (the
 * command's report, the dashboard's dropped file), so a file and a service's record show the same campaign alike. The
 * phase is the record's own: a document starts at 宣传发动, whatever its timeline plans.
 */
export async function documentView(document: Campaign, options: DocumentViewOptions): Promise<DocumentView> {
  const store = new MemoryRecordStore();
  const imported = await importCampaign(store, document, {
    actor: options.actor ?? { id: 'reader', role: 'office' },
    at: options.asOf,
    hasher: unkeyedHasher(),
    configuration: configurationOf(document, {
      editions: options.editions,
      ...(options.settings ? { settings: options.settings } : {}),
    }),
  });
  if (!imported.ok) return { ok: false, issues: imported.issues };
  const view = await campaignView(store, document.id, {
    asOf: options.asOf,
    ...(options.scheduleDays === undefined ? {} : { scheduleDays: options.scheduleDays }),
  });
  return { ok: true, view: view!, store };
}
