// Helpers the library's own packages and tests share. Not part of the public API: semver does not cover this entry,
// and any release may change or remove what it exports.
export { CHECKLIST_MESSAGES } from './content-issues.js';
export { contentsOf } from './framework.js';
export { roundScore } from './points.js';
