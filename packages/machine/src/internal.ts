// Helpers the library's own packages and tests share. Not part of the public API: semver does not cover this entry,
// and any release may change or remove what it exports.
export {
  chainEntry,
  emptyHead,
  entryBody,
  genesisFor,
  genesisOf,
  isStreamId,
  rectificationStream,
} from './audit.js';
export { initialContext } from './campaign-context.js';
export { describeSpec, hasherFor, sameSpec, specOf, unkeyedHasher } from './chain-hasher.js';
export { frameworkHash } from './configuration.js';
export { changeConfiguration, checkConfiguration } from './configuration-changes.js';
export { readCreation } from './create.js';
export { derivedFacts } from './derived.js';
export { checkEvidence, evidenceChangeOf } from './evidence.js';
export { applyFact } from './facts-reducer.js';
export { canonicalJson, digestOf } from './hashing.js';
export { isKeptExcerpt, keptEvent } from './kept.js';
export { restoreCurrentCampaign } from './persistence.js';
export type { ProjectionStart } from './projection.js';
export { RecordProjection } from './projection.js';
export { rectificationOf, rectificationSnapshotOf } from './rectification-machine.js';
export type { Replay, ReplayOptions, Verdict } from './replay.js';
export { headAfter, Replayer, replayRecord } from './replay.js';
export { evidenceLookups, pairLookups } from './routing.js';
export { unitRolesOf } from './start-input.js';
export type { UntrustedRead } from './untrusted.js';
export { readUntrusted } from './untrusted.js';
export { problemAt } from './verify-chain.js';
