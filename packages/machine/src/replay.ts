import type { BilingualText } from '@chuangwen/model';
import { type AuditEntry, type Head, isStreamId, type Position } from './audit.js';
import { initialCampaign, machineFor } from './campaign-step.js';
import type { ChainHasher } from './chain-hasher.js';
import { specOf } from './chain-hasher.js';
import { compileConfiguration } from './configuration.js';
import { readCreation } from './create.js';
import { decide } from './decide.js';
import { canonicalJson } from './hashing.js';
import { readImportEntry, readRecordImport } from './import-entries.js';
import { isKeptExcerpt } from './kept.js';
import { say } from './messages.js';
import { RecordProjection } from './projection.js';
import { currentCode } from './record-state.js';
import { type AuditProblem, problemAt } from './verify-chain.js';

/** How to replay: the campaign the record is said to be, and the hasher its stream genesis hashes use. */
export interface ReplayOptions {
  campaignId: string;
  hasher: ChainHasher;
}

/** The decider's verdict on an entry, as replay reached it: what dispatch must have returned for the entry. */
export interface Verdict {
  outcome: 'applied' | 'rejected' | 'imported';
  code?: string | undefined;
  blockers?: string[] | undefined;
}

/** A replay: the projections the record's entries build, every entry the decider judges otherwise than stored, and each verdict. */
export interface Replay {
  projection: RecordProjection | undefined;
  problems: AuditProblem[];
  /** The verdict on each entry, in the order given (the first is the creation or the migration). */
  verdicts: Verdict[];
}

const problem = (
  entry: Pick<AuditEntry, 'stream' | 'seq'>,
  kind: AuditProblem['kind'],
  message: BilingualText,
) => problemAt(entry.stream, entry.seq, kind, message);

/** The head a stream has after an entry: what `chainEntry` gives when it writes it. */
export function headAfter(head: Head, entry: AuditEntry): Head {
  const later =
    entry.outcome === 'applied' && (head.at === undefined || Date.parse(entry.at) > Date.parse(head.at));
  const at = later ? entry.at : head.at;
  const chain = specOf(entry).spec ?? head.chain;
  return {
    seq: entry.seq + 1,
    hash: entry.hash,
    ...(at === undefined ? {} : { at }),
    ...(chain === undefined ? {} : { chain }),
  };
}

const typeOf = (event: unknown) =>
  event !== null && typeof event === 'object' ? (event as { type?: unknown }).type : undefined;

/** The projections a record's first entry (its creation, or a migration) starts. */
function start(first: AuditEntry | undefined, options: ReplayOptions, problems: AuditProblem[]) {
  if (first?.stream !== 'campaign' || first.pos !== 0) {
    problems.push(problemAt('campaign', 0, 'replay', say('notCreationFirst')));
    return undefined;
  }
  const type = typeOf(first.event);
  const created = type === 'campaign.created' ? readCreation(first.event) : undefined;
  const migrated = type === 'record.imported' ? readRecordImport(first.event) : undefined;
  const read = created ?? migrated;
  if (!read?.ok) {
    problems.push(problem(first, 'replay', say('creationInvalid')));
    return undefined;
  }
  const configuration = read.value.configuration;
  const campaign =
    created?.ok === true
      ? initialCampaign(machineFor(compileConfiguration(configuration)), created.value.input).campaign
      : migrated?.ok === true
        ? migrated.value.campaign
        : undefined;
  if (!campaign) return undefined;
  if (campaign.snapshot.context.campaignId !== options.campaignId) {
    problems.push(problem(first, 'replay', say('otherCampaign')));
    return undefined;
  }
  const position: Position = { pos: 1, hash: first.hash };
  const projection = new RecordProjection(
    { campaignId: options.campaignId, configuration, campaign, hasher: options.hasher, at: first.at },
    position,
  );
  // A record migrated from the first stream format goes on where each of its streams was sealed.
  for (const sealed of migrated?.ok ? (migrated.value.seal.heads ?? []) : [])
    if (isStreamId(sealed.stream))
      projection.apply({}, sealed.stream, { seq: sealed.seq, hash: sealed.hash }, position);
  projection.apply({}, 'campaign', headAfter(projection.head('campaign'), first), position);
  return projection;
}

/**
 * A replay that goes on entry by entry: started from a record's first entry (its creation, or an import), then fed each
 * later entry in the order of its position. Every entry is judged again by the same decider, under the configuration
 * then in force read from the record itself, at the heads it found; what it changes is applied to the projections
 * exactly as dispatch applied it. An applied entry the decider refuses now, a refused one it would apply, a different
 * code, different blockers or another deadline, an entry on another stream than its event's: each is a located
 * problem. Never throws.
 * Verification keeps one between runs, so checking what was appended since costs what was appended.
 */
export class Replayer {
  readonly problems: AuditProblem[] = [];
  readonly verdicts: Verdict[] = [];
  readonly projection: RecordProjection | undefined;
  private importing: boolean;

  constructor(first: AuditEntry | undefined, options: ReplayOptions) {
    this.projection = start(first, options, this.problems);
    this.importing = this.projection !== undefined && typeOf(first!.event) === 'record.imported';
    if (this.projection) this.verdicts.push({ outcome: 'applied' });
  }

  /** Judges one more entry, the next by position, and applies what it changes. */
  step(entry: AuditEntry): void {
    const projection = this.projection;
    if (!projection) return;
    const { problems, verdicts } = this;
    const stream = entry.stream;
    if (!isStreamId(stream)) {
      problems.push(problem(entry, 'sequence', say('noStream', { seq: entry.seq })));
      return;
    }
    const position: Position = { pos: projection.position.pos + 1, hash: entry.hash };
    const after = headAfter(projection.head(stream), entry);
    try {
      const imported = this.importing ? readImportEntry(entry) : undefined;
      if (imported) {
        if (!imported.ok) problems.push(problem(entry, 'replay', say('importInvalid')));
        else projection.seed(imported.value.rectifications, imported.value.evidence);
        projection.apply({}, stream, after, position);
        verdicts.push({ outcome: 'imported' });
        return;
      }
      this.importing = false;
      if (entry.outcome === 'rejected' && (isKeptExcerpt(entry.event) || isMalformed(entry.event))) {
        // Kept as a digest: nothing to judge again, and a refusal changes nothing.
        projection.apply({}, stream, after, position);
        verdicts.push({
          outcome: 'rejected',
          code: typeof entry.code === 'string' ? currentCode(entry.code) : entry.code,
        });
        return;
      }
      const decision = decide(entry.event, projection, { receivedAt: entry.receivedAt });
      const outcome = decision.draft.outcome;
      if (outcome !== entry.outcome) {
        const unauthorized = decision.rejection?.code === 'unauthorized';
        problems.push(
          entry.outcome === 'applied'
            ? problem(
                entry,
                unauthorized ? 'policy' : 'replay',
                say('appliedRefused', { seq: entry.seq, reason: decision.rejection?.reason }),
              )
            : problem(entry, 'replay', say('refusedApplies', { seq: entry.seq })),
        );
      } else if (
        decision.stream !== stream ||
        (entry.outcome === 'rejected' && decision.rejection?.code !== currentCode(entry.code ?? '')) ||
        (decision.draft.blockers ?? []).join() !== (entry.blockers ?? []).map(currentCode).join() ||
        canonicalJson(decision.draft.timeLimit ?? null) !== canonicalJson(entry.timeLimit ?? null)
      )
        problems.push(problem(entry, 'replay', say('judgedOtherwise', { seq: entry.seq })));
      projection.apply(outcome === 'applied' ? decision.changes : {}, stream, after, position);
      verdicts.push({ outcome, code: decision.rejection?.code, blockers: decision.draft.blockers });
    } catch {
      problems.push(problem(entry, 'replay', say('notReplayable', { seq: entry.seq })));
      projection.apply({}, stream, after, position);
      verdicts.push({ outcome: 'rejected', code: 'replay' });
    }
  }
}

/** Replays a record's entries, in the order of their positions, from its first: see {@link Replayer}. Never throws. */
export function replayRecord(entries: readonly AuditEntry[], options: ReplayOptions): Replay {
  const replayer = new Replayer(entries[0], options);
  for (let i = 1; i < entries.length; i++) replayer.step(entries[i]!);
  return { projection: replayer.projection, problems: replayer.problems, verdicts: replayer.verdicts };
}

const isMalformed = (event: unknown) =>
  event !== null && typeof event === 'object' && Object.hasOwn(event, 'malformed');
