// Helpers the library's own packages and tests share. Not part of the public API: semver does not cover this entry,
// and any release may change or remove what it exports.

export { categoryEntry, categoryNamed } from './category-tables.js';
export { worseClass } from './classes.js';
export { passLineOf } from './classify.js';
export { plainCountdown } from './deadline-in-force.js';
export type { EvidenceScan } from './evidence.js';
export { scanEvidence } from './evidence.js';
export {
  addMeeting,
  countArchive,
  groupMeetings,
  hasMeeting,
  meetingList,
  standardArchive,
  standardGroup,
} from './fact-groups.js';
export { emptyFacts } from './facts.js';
export { applyContribution, contributionOf, emptyLedger, handledCount } from './ledger-counters.js';
export { inMaterialWindow } from './material-window.js';
export { wilsonInterval } from './surveys.js';
export { monthsBetween, shanghaiMonth } from './time.js';
