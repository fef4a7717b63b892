// Helpers the library's own packages and tests share. Not part of the public API: semver does not cover this entry,
// and any release may change or remove what it exports.
export { chainEntry, entryBody, genesisOf } from './audit.js';
export { initialContext } from './campaign-context.js';
export { checkEvidence } from './evidence.js';
export { applyFact } from './facts-reducer.js';
export { canonicalJson } from './hashing.js';
export { rectificationSnapshotOf } from './rectification-machine.js';
export { replayCampaign, replayEvidence, replayRectification } from './replay.js';
export { evidenceLookups } from './routing.js';
export type { UntrustedRead } from './untrusted.js';
export { readUntrusted } from './untrusted.js';
