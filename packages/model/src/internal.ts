// Helpers the library's own packages and tests share. Not part of the public API: semver does not cover this entry,
// and any release may change or remove what it exports.
export { isSanction } from './appraisals.js';
export type { Catalogue, Catalogues, MessageTemplate, MessageValues, Say } from './catalogue.js';
export { defineMessages, inOneLine } from './catalogue.js';
export { valueOrThrow } from './content-error.js';
export { findForbiddenKeys, readPlain, SCAN_LIMITS } from './forbidden-keys.js';
export type { IssueContext } from './issues.js';
export { issueAt, toPointer, toValidationIssues } from './issues.js';
export { isMeaningfulText } from './primitives.js';
export type { ReferencePath, RefKind } from './references.js';
export { forEachReference, REF_KEYWORD, REF_KINDS, referencePaths, refTo } from './references.js';
export { hmacSha256Hex, sha256Hex } from './sha256.js';
export { deadlineAmount } from './time-limits.js';
export { rankingGroupOf } from './units.js';
