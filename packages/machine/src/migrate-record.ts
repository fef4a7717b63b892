import type {
  BilingualText,
  Campaign,
  Observation,
  Rectification,
  ValidationIssue,
  ValidationResult,
} from '@chuangwen/model';
import { validateWithSchema } from '@chuangwen/model';
import { issueAt } from '@chuangwen/model/internal';
import { contributionOf, groupMeetings } from '@chuangwen/rules/internal';
import {
  type AuditEntry,
  chainEntry,
  EMPTY_POSITION,
  type EntryRef,
  emptyHead,
  type Head,
  type Position,
  rectificationStream,
  type StoredEntry,
  type StreamId,
} from './audit.js';
import { initialCampaign, machineFor, stepCampaign } from './campaign-step.js';
import type { ChainHasher } from './chain-hasher.js';
import {
  type Configuration,
  type ConfigurationInput,
  ConfigurationSchema,
  compileConfiguration,
} from './configuration.js';
import { checkConfiguration } from './configuration-changes.js';
import type { Append } from './dispatch.js';
import type { EchoEvent } from './echoes.js';
import { CampaignEventSchema, type EvidenceEvent, type RectificationEvent } from './events.js';
import { type EvidenceItem, evidenceChangeOf } from './evidence.js';
import { IMPORT_BATCH, type RecordImport } from './import-entries.js';
import { MemoryEvidence } from './memory-evidence.js';
import { say } from './messages.js';
import {
  type PersistedCampaign,
  type RestoredCampaign,
  restoreCampaign,
  restoreRectification,
} from './persistence.js';
import { stepRectification } from './rectification-step.js';
import type { Actor } from './roles.js';
import { startInputOf } from './start-input.js';
import { verifyChain } from './verify-chain.js';

/** Who runs a migration, when, under which key, and the configuration the record's events are judged by from then on. */
export interface MigrationOptions {
  /** The person who runs it, recorded as the first entry's actor. */
  actor: Actor;
  at: string;
  hasher: ChainHasher;
  configuration: ConfigurationInput;
}

/** A migrated record: the entries to append, in order, and the projections they start. */
export interface MigratedRecord {
  campaignId: string;
  appends: Append[];
  campaign: PersistedCampaign;
  configuration: Configuration;
  rectifications: Rectification[];
  evidence: EvidenceItem[];
  /** Each stream's head after the migration, and the record's position. */
  heads: Map<StreamId, Head>;
  position: Position;
}

const located = (prefix: (string | number)[], issues: ValidationIssue[]) =>
  issues.map((i) => issueAt([...prefix, ...i.path], i.code, i.message));

/** Writes a migrated record's entries: the migration at position 0, then each rectification, then evidence in batches. */
function write(
  campaignId: string,
  event: Omit<RecordImport, 'configuration' | 'campaign'>,
  state: {
    campaign: PersistedCampaign;
    configuration: Configuration;
    rectifications: Rectification[];
    evidence: EvidenceItem[];
  },
  options: MigrationOptions,
  heads: Map<StreamId, Head>,
): MigratedRecord {
  const appends: Append[] = [];
  let position = EMPTY_POSITION;
  const put = (stream: StreamId, body: unknown) => {
    const head = heads.get(stream) ?? emptyHead(options.hasher, campaignId, stream);
    const chained = chainEntry(
      stream,
      head,
      position,
      { at: options.at, actor: options.actor, event: body, outcome: 'applied' },
      options.hasher,
    );
    appends.push({ stream, entry: chained.entry, body: chained.body });
    heads.set(stream, chained.head);
    position = chained.position;
  };
  put('campaign', { ...event, configuration: state.configuration, campaign: state.campaign });
  for (const record of state.rectifications)
    put(rectificationStream(record.id), { type: 'rectification.imported', record });
  for (let i = 0; i < state.evidence.length; i += IMPORT_BATCH)
    put('evidence', { type: 'evidence.imported', items: state.evidence.slice(i, i + IMPORT_BATCH) });
  return { campaignId, appends, ...state, heads, position };
}

function checkedConfiguration(input: ConfigurationInput): ValidationResult<Configuration> {
  const checked = validateWithSchema(ConfigurationSchema, input, { check: checkConfiguration });
  return checked.ok ? checked : { ok: false, issues: located(['configuration'], checked.issues) };
}

/**
 * Migrates a campaign a 0.0.0 host kept (its snapshot restored, its single audit log verified with `verifyLegacyLog`)
 * into a record of the current format: the record opens with a `record.imported` entry naming who ran the migration,
 * sealing the old log's length and last hash, and recording the configuration given; the rectifications the old
 * snapshot held and the observations kept outside the audit follow as imports. Run by an operator, never on start.
 */
export function migrateLegacy(
  restored: RestoredCampaign,
  options: MigrationOptions & {
    legacy: { entries: number; head: string };
    observations?: readonly Observation[];
  },
): ValidationResult<MigratedRecord> {
  const configuration = checkedConfiguration(options.configuration);
  if (!configuration.ok) return configuration;
  const campaignId = restored.campaign.snapshot.context.campaignId;
  const evidence: EvidenceItem[] = (options.observations ?? []).map((o) => ({
    kind: 'observation',
    id: o.id,
    status: 'effective',
    record: o,
  }));
  return {
    ok: true,
    value: write(
      campaignId,
      { type: 'record.imported', from: '0.0.0', seal: { legacy: options.legacy } },
      {
        campaign: restored.campaign,
        configuration: configuration.value,
        rectifications: restored.rectifications,
        evidence,
      },
      options,
      new Map(),
    ),
  };
}

/**
 * Opens a record with a campaign document that lands whole: the configuration it gives (from `configurationOf`), its
 * rectifications in the ledger (counted in the campaign's facts), and its observations, archive documents and survey
 * returns as evidence in force. The first entry (`record.imported`, from `document`) names who imported it; the rest
 * follow as imports. What the document holds is checked as stored records are (each rectification against its
 * machine's invariants); a document `validateCampaign` accepted passes.
 */
export function importDocument(
  document: Campaign,
  options: MigrationOptions & { receivedAt?: string },
): ValidationResult<MigratedRecord> {
  const configuration = checkedConfiguration(options.configuration);
  if (!configuration.ok) return configuration;
  const issues: ValidationIssue[] = [];
  const rectifications: Rectification[] = [];
  document.rectifications.forEach((r, i) => {
    const checked = restoreRectification(r);
    if (checked.ok) rectifications.push(checked.value);
    else issues.push(...located(['rectifications', i], checked.issues));
  });
  if (issues.length > 0) return { ok: false, issues };
  const machine = machineFor(compileConfiguration(configuration.value));
  let campaign = initialCampaign(machine, startInputOf(document, options.at)).campaign;
  const step = (change: EchoEvent) => {
    campaign = stepCampaign(machine, campaign, change).campaign;
  };
  const at = options.at;
  const actor = options.actor;
  for (const r of rectifications)
    step({
      type: 'ledger.changed',
      at,
      actor,
      rectificationId: r.id,
      trigger: 'rectification.reported',
      before: null,
      after: contributionOf(r),
    });
  for (const d of document.archive)
    if (d.standardRefs.length > 0)
      step({
        type: 'archive.changed',
        at,
        actor,
        documentId: d.id,
        changes: [...new Set(d.standardRefs)].map((standardRef) => ({
          standardRef,
          category: d.category,
          delta: 1 as const,
        })),
      });
  const evidence: EvidenceItem[] = [
    ...document.observations.map((o) => ({
      kind: 'observation' as const,
      id: o.id,
      status: 'effective' as const,
      record: o,
    })),
    ...document.archive.map((d) => ({
      kind: 'document' as const,
      id: d.id,
      status: 'filed' as const,
      record: d,
    })),
    ...document.surveyResponses.map((r) => ({
      kind: 'survey' as const,
      id: r.id,
      status: 'recorded' as const,
      record: r,
    })),
  ];
  return {
    ok: true,
    value: write(
      document.id,
      { type: 'record.imported', from: 'document', seal: {} },
      { campaign, configuration: configuration.value, rectifications, evidence },
      options,
      new Map(),
    ),
  };
}

/** A record of the first stream format, as a store holds it: its streams as stored, and its campaign snapshot. */
export interface FirstFormatRecord {
  campaignId: string;
  streams: Iterable<[StreamId, readonly StoredEntry[]]>;
  /** The stored campaign snapshot (any earlier version). */
  snapshot: unknown;
}

const typeOf = (event: unknown) =>
  event !== null && typeof event === 'object' ? (event as { type?: unknown }).type : undefined;
const problem = (stream: StreamId, seq: number, message: BilingualText) =>
  issueAt([stream, seq], 'migration_refused', message);

/**
 * Migrates a record of the first stream format (streams with echoes, judged under a configuration the host kept) into
 * the current format, continuing each stream's chain. Every chain is checked with the key; the evidence and each
 * rectification are rebuilt from their streams' applied entries (never read from tables someone could edit); the
 * campaign snapshot is taken as stored only when its phase history matches the phase entries of its stream, and gains
 * the meetings its stream recorded. The classes and missed months that were sent as facts are kept in the migration
 * entry as history; from here on they are derived. Anything that does not hold is refused with its place. Run by an
 * operator, never on start.
 */
export function migrateStreams(
  record: FirstFormatRecord,
  options: MigrationOptions,
): ValidationResult<MigratedRecord> {
  const configuration = checkedConfiguration(options.configuration);
  if (!configuration.ok) return configuration;
  const issues: ValidationIssue[] = [];
  const heads = new Map<StreamId, Head>();
  const seal: EntryRef[] = [];
  const applied = new Map<StreamId, AuditEntry[]>();
  for (const [stream, stored] of record.streams) {
    const check = verifyChain(stream, stored, {
      hasher: options.hasher,
      campaignId: record.campaignId,
    });
    for (const p of check.problems) issues.push(problem(stream, p.seq, p.message));
    if (check.entries.some((e) => typeof e.pos === 'number'))
      issues.push(problem(stream, 0, say('alreadyCurrent')));
    heads.set(stream, check.head);
    seal.push({ stream, seq: check.head.seq, hash: check.head.hash });
    applied.set(
      stream,
      check.entries.filter((e) => e.outcome === 'applied'),
    );
  }
  const restored = restoreCampaign(record.snapshot);
  if (!restored.ok) issues.push(...located(['snapshot'], restored.issues));
  if (issues.length > 0 || !restored.ok) return { ok: false, issues };

  const evidence = new MemoryEvidence();
  for (const entry of applied.get('evidence') ?? []) {
    if (entry.seq === 0 && typeOf(entry.event) === 'evidence.imported') {
      for (const o of (entry.event as { observations?: Observation[] }).observations ?? [])
        evidence.apply({ kind: 'observationRecorded', observation: o });
      continue;
    }
    const parsed = CampaignEventSchema.safeParse(entry.event);
    if (parsed.success) evidence.apply(evidenceChangeOf(parsed.data as EvidenceEvent));
    else issues.push(problem('evidence', entry.seq, say('evidenceEventUnreadable')));
  }
  const rectifications: Rectification[] = [...restored.value.rectifications];
  for (const [stream, entries] of applied) {
    if (!stream.startsWith('rectification/')) continue;
    let current: Rectification | undefined;
    for (const entry of entries) {
      if (entry.seq === 0 && typeOf(entry.event) === 'rectification.imported') {
        const r = restoreRectification((entry.event as { record?: unknown }).record);
        if (r.ok) current = r.value;
        else issues.push(problem(stream, 0, say('importedRectificationInvalid')));
        continue;
      }
      const parsed = CampaignEventSchema.safeParse(entry.event);
      const step = parsed.success ? stepRectification(current, parsed.data as RectificationEvent) : undefined;
      if (step?.accepted) current = step.record;
      else issues.push(problem(stream, entry.seq, say('outOfOrder')));
    }
    if (current) rectifications.push(current);
  }
  const campaignEntries = applied.get('campaign') ?? [];
  const moves = campaignEntries
    .filter((e) => {
      const type = typeOf(e.event);
      return (
        (type === 'phase.advance' && (e.blockers ?? []).length === 0) ||
        type === 'phase.force' ||
        type === 'cycle.start'
      );
    })
    .map((e) => e.at);
  const history = restored.value.campaign.snapshot.context.history;
  const recorded = history
    .filter((h) => h.via === 'advance' || h.via === 'force' || h.via === 'cycle')
    .map((h) => h.at);
  if (moves.join() !== recorded.join()) issues.push(problem('campaign', 0, say('historyEdited')));
  if (issues.length > 0) return { ok: false, issues };

  const raw = ((record.snapshot as { snapshot?: { context?: { facts?: Record<string, unknown> } } }).snapshot
    ?.context?.facts ?? {}) as Record<string, unknown>;
  const meetings = groupMeetings(
    campaignEntries.flatMap((e) => {
      const parsed = CampaignEventSchema.safeParse(e.event);
      if (!parsed.success || parsed.data.type !== 'meeting.recorded') return [];
      const m = parsed.data;
      return [
        { id: m.meetingId, kind: m.kind, date: m.date, ...(m.makeUpFor ? { makeUpFor: m.makeUpFor } : {}) },
      ];
    }),
  );
  const snapshot = restored.value.campaign;
  const campaign: PersistedCampaign = {
    ...snapshot,
    snapshot: {
      ...snapshot.snapshot,
      context: { ...snapshot.snapshot.context, facts: { ...snapshot.snapshot.context.facts, meetings } },
    },
  };
  const asserted = {
    standards: (raw.standards ?? {}) as Record<string, never>,
    missedMonths: (raw.missedMonths ?? raw.missedCadenceMonths ?? []) as string[],
  };
  return {
    ok: true,
    value: write(
      record.campaignId,
      { type: 'record.imported', from: 'streams-1', seal: { heads: seal }, asserted },
      { campaign, configuration: configuration.value, rectifications, evidence: [...evidence.items()] },
      options,
      heads,
    ),
  };
}
