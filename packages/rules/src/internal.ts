// Helpers the library's own packages and tests share. Not part of the public API: semver does not cover this entry,
// and any release may change or remove what it exports.

export { passLineOf } from './classify.js';
export { plainCountdown } from './deadline-in-force.js';
export type { EvidenceScan } from './evidence.js';
export { scanEvidence } from './evidence.js';
export { addMeeting, groupMeetings, hasMeeting, standardGroup } from './fact-groups.js';
export { emptyLedger } from './ledger-counters.js';
export { shanghaiMonth } from './time.js';
