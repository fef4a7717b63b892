import {
  type ChainHasher,
  type ClassSource,
  type CompiledConfiguration,
  compileConfiguration,
  type DispatchState,
  type EvidenceIndex,
  type EvidenceItem,
  groupOf,
  routeOf,
  type StreamId,
} from '@chuangwen/machine';
import { emptyHead, evidenceLookups, pairLookups } from '@chuangwen/machine/internal';
import type { Rectification } from '@chuangwen/model';
import { ComplianceBoard } from '@chuangwen/rules';
import { keptView, projectionOf } from './campaign-view.js';
import type { Projections, RecordStore } from './contract.js';

/** The configurations a store's campaigns were last read with, by digest: compiled once, trusted while the digest holds. */
const configurations = new WeakMap<RecordStore, Map<string, CompiledConfiguration>>();

const NO_BOARD: ClassSource = { classesAt: () => ({}) };

/** An evidence index over the rows read for one event. */
function indexOf(items: readonly EvidenceItem[]): EvidenceIndex {
  const find = (kind: string, id: string) => items.find((i) => i.kind === kind && i.id === id);
  return {
    observation(id) {
      const i = find('observation', id);
      return i?.kind === 'observation' ? { status: i.status, observation: i.record } : undefined;
    },
    document(id) {
      const i = find('document', id);
      return i?.kind === 'document' ? { status: i.status, document: i.record } : undefined;
    },
    hasSurvey: (id) => find('survey', id) !== undefined,
  };
}

/** The board built from the evidence in force and the rectifications, when a phase request asks for classes. */
function builtBoard(config: CompiledConfiguration, p: Projections): ClassSource {
  return {
    classesAt(at) {
      if (!config.main) return {};
      const board = new ComplianceBoard({
        framework: config.main,
        asOf: at,
        policy: config.classification,
        sites: config.value.sites,
        units: config.value.units,
        tasks: config.value.tasks,
        rectifications: p.rectifications ?? [],
      });
      board.recordAll(
        (p.evidence ?? []).flatMap((i) =>
          i.kind === 'observation' && i.status === 'effective' ? [i.record] : [],
        ),
      );
      return board.classes();
    },
  };
}

/**
 * What the decider needs for one event, read from a store in one consistent read: the configuration (compiled once per
 * digest), the campaign's snapshot (kept by the store by its position's hash), the heads and the rectification of the
 * event's stream, the evidence it looks up, and for a phase request the board. Undefined for an unknown campaign;
 * `firstFormat` for a campaign that must be migrated first.
 */
export async function storedState(
  store: RecordStore,
  campaignId: string,
  input: unknown,
  hasher: ChainHasher,
): Promise<DispatchState | 'firstFormat' | undefined> {
  const route = routeOf(input);
  const lookups = evidenceLookups(input);
  const type = (input as { type?: unknown } | null)?.type;
  const phase = typeof type === 'string' && groupOf(type) === 'phase';
  let compiled = configurations.get(store);
  if (!compiled) {
    compiled = new Map();
    configurations.set(store, compiled);
  }
  const known = compiled.get(campaignId);
  const id = route.stream.startsWith('rectification/')
    ? route.stream.slice('rectification/'.length)
    : undefined;
  const p = await store.project(campaignId, {
    campaign: true,
    configuration: known ? { unless: known.digest } : true,
    heads: [...new Set<StreamId>(['campaign', route.stream])],

    ...(!phase && id !== undefined ? { rectifications: [id] } : {}),
    ...(!phase
      ? {
          evidence: [
            ...lookups.observations.map((i) => ({ kind: 'observation' as const, id: i })),
            ...lookups.documents.map((i) => ({ kind: 'document' as const, id: i })),
            ...lookups.surveys.map((i) => ({ kind: 'survey' as const, id: i })),
          ],
        }
      : {}),
  });
  if (!p) return undefined;
  if (p.format === 1) return 'firstFormat';
  const digest = p.configuration!.digest;
  const configuration =
    p.configuration?.value !== undefined ? compileConfiguration(p.configuration.value, digest) : known!;
  compiled.set(campaignId, configuration);
  const rectifications = new Map<string, Rectification>((p.rectifications ?? []).map((r) => [r.id, r]));
  // An after photo's pair is known once the photos it cites are read: its before photo and the problem's finding.
  let evidence = p.evidence ?? [];
  const more = pairLookups(input, indexOf(evidence), id === undefined ? undefined : rectifications.get(id));
  if (more.observations.length + more.documents.length > 0) {
    const extra = await store.project(campaignId, {
      evidence: [
        ...more.observations.map((i) => ({ kind: 'observation' as const, id: i })),
        ...more.documents.map((i) => ({ kind: 'document' as const, id: i })),
      ],
    });
    evidence = [...evidence, ...(extra?.evidence ?? [])];
  }
  const heads = p.heads ?? new Map();
  // A phase request is judged on the classes: from a view kept current at this very position when there is one, else
  // from the evidence in force read now (if the record moves meanwhile, the append finds it moved and reads again).
  let board: ClassSource = NO_BOARD;
  if (phase) {
    // The kept view, caught up by the entries appended since it last read (loaded whole only the first time), so a
    // phase request on a district campaign does not read and re-judge all of its evidence again.
    const at = (input as { at?: unknown }).at;
    const view =
      typeof at === 'string' && !Number.isNaN(Date.parse(at))
        ? await projectionOf(store, campaignId, at)
        : keptView(store, campaignId);
    if (
      view &&
      view.position.pos === p.position.pos &&
      view.position.hash === p.position.hash &&
      view.board
    ) {
      board = { classesAt: (at) => view.boardAt(at)?.classes() ?? {} };
    } else {
      const rows = await store.project(campaignId, { rectifications: 'all', evidence: 'inForce' });
      board = builtBoard(configuration, rows ?? p);
    }
  }
  return {
    campaignId,
    configuration,
    campaign: p.campaign!,
    position: p.position,
    head: (stream) => heads.get(stream) ?? emptyHead(hasher, campaignId, stream),
    rectification: (rid) => rectifications.get(rid),
    evidence: indexOf(evidence),
    board,
  };
}
