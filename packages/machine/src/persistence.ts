import {
  type Rectification,
  RectificationSchema,
  type ValidationIssue,
  type ValidationResult,
  validateWithSchema,
} from '@chuangwen/model';
import { issueAt } from '@chuangwen/model/internal';
import { z } from 'zod';
import { CampaignContextSchema } from './campaign-context.js';
import { CAMPAIGN_STATES } from './campaign-states.js';
import { checkHistory, checkRectification } from './invariants.js';
import { MIGRATIONS } from './migrations.js';
import { say } from './record-messages.js';

/** The name persisted snapshots carry, so a snapshot of another machine is never restored into this one. */
export const CAMPAIGN_MACHINE_NAME = 'chuangwen.campaign';
/** The current version of the persisted campaign format. */
export const SNAPSHOT_VERSION = 9;

/** The campaign machine's snapshot as stored: its state and its context, nothing else. */
export const CampaignSnapshotSchema = z.strictObject({
  status: z.enum(['active', 'done']),
  value: z.enum(CAMPAIGN_STATES),
  context: CampaignContextSchema,
  historyValue: z.record(z.string(), z.unknown()),
  children: z.record(z.string(), z.never()),
});
/** The campaign machine's snapshot as stored. */
export interface CampaignSnapshot extends z.infer<typeof CampaignSnapshotSchema> {}

/** The envelope a campaign's snapshot is stored in: which machine, which format version, and the snapshot. */
export const PersistedCampaignSchema = z.strictObject({
  machine: z.literal(CAMPAIGN_MACHINE_NAME),
  version: z.literal(SNAPSHOT_VERSION),
  snapshot: CampaignSnapshotSchema,
});
/** A stored campaign snapshot. */
export interface PersistedCampaign extends z.infer<typeof PersistedCampaignSchema> {}

const EnvelopeSchema = z.strictObject({
  machine: z.literal(CAMPAIGN_MACHINE_NAME),
  version: z.int().min(1),
  snapshot: z.unknown(),
});

/**
 * Wraps a campaign snapshot in the versioned envelope: the machine's own snapshot (`actor.getPersistedSnapshot()`)
 * or a stored one. Keeps only what the format holds, built directly: no walk over the context.
 */
export function persist(snapshot: {
  status: string;
  value: unknown;
  context: CampaignSnapshot['context'];
}): PersistedCampaign {
  return {
    machine: CAMPAIGN_MACHINE_NAME,
    version: SNAPSHOT_VERSION,
    snapshot: {
      status: snapshot.status === 'done' ? 'done' : 'active',
      value: snapshot.value as CampaignSnapshot['value'],
      context: snapshot.context,
      historyValue: {},
      children: {},
    },
  };
}

/** A stored campaign brought to the current format, with the rectifications an older format kept inside it. */
export interface RestoredCampaign {
  campaign: PersistedCampaign;
  /** Rectifications an older snapshot kept in its ledger: each now has a stream of its own. Empty from version 4. */
  rectifications: Rectification[];
}

const located = (prefix: (string | number)[], issues: ValidationIssue[]) =>
  issues.map((i) => issueAt([...prefix, ...i.path], i.code, i.message));

/**
 * Validates a stored campaign and brings it to the current format: checks the envelope, applies migrations from
 * earlier versions (the ledger an older snapshot kept moves out into rectification records), rejects unknown (newer)
 * versions, checks the snapshot with zod, and checks the machine's invariants: the phase history moves only along the
 * machine's transitions, and the state is the last phase entered. Never throws.
 */
export function restoreCampaign(input: unknown): ValidationResult<RestoredCampaign> {
  return restoreFrom(input, MIGRATIONS);
}

/**
 * `restoreCampaign` for a snapshot of the current format only, as a store in memory reads back what it wrote itself:
 * no migration comes with it (so a browser bundle leaves them out), and an older version is refused.
 */
export function restoreCurrentCampaign(input: unknown): ValidationResult<RestoredCampaign> {
  return restoreFrom(input, {});
}

function restoreFrom(input: unknown, migrations: typeof MIGRATIONS): ValidationResult<RestoredCampaign> {
  const envelope = validateWithSchema(EnvelopeSchema, input);
  if (!envelope.ok) return envelope;
  const { version } = envelope.value;
  if (version > SNAPSHOT_VERSION || (version < SNAPSHOT_VERSION && !migrations[version])) {
    // Without migrations only the current version reads.
    const first = migrations[1] ? 1 : SNAPSHOT_VERSION;
    return {
      ok: false,
      issues: [
        issueAt(
          ['version'],
          'unknown_version',
          say('snapshotVersion', { version, first, last: SNAPSHOT_VERSION }),
        ),
      ],
    };
  }
  let snapshot = envelope.value.snapshot;
  if (snapshot === null || typeof snapshot !== 'object' || Array.isArray(snapshot)) {
    return {
      ok: false,
      issues: [issueAt(['snapshot'], 'invalid_type', say('snapshotNotObject'))],
    };
  }
  let moved: unknown[] = [];
  try {
    for (let v = version; v < SNAPSHOT_VERSION; v++) {
      const step = migrations[v]!(snapshot as Record<string, unknown>);
      snapshot = step.snapshot;
      moved = [...moved, ...step.rectifications];
    }
  } catch {
    return {
      ok: false,
      issues: [issueAt(['snapshot'], 'unreadable_input', say('snapshotUnmigrated'))],
    };
  }
  const checked = validateWithSchema(CampaignSnapshotSchema, snapshot, { check: checkHistory });
  if (!checked.ok) return { ok: false, issues: located(['snapshot'], checked.issues) };
  const rectifications: Rectification[] = [];
  const issues: ValidationIssue[] = [];
  moved.forEach((r, i) => {
    const one = restoreRectification(r);
    if (one.ok) rectifications.push(one.value);
    else issues.push(...located(['snapshot', 'context', 'ledger', i], one.issues));
  });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { campaign: persist(checked.value), rectifications } };
}

/**
 * Validates a stored rectification (a rectification stream's snapshot: the model's record) and checks the machine's
 * invariants: a closed problem has evidence and a reviewer other than its rectifier, one handed over has a lead unit
 * and a deadline. Never throws.
 */
export function restoreRectification(input: unknown): ValidationResult<Rectification> {
  return validateWithSchema(RectificationSchema, input, { check: checkRectification });
}
