/**
 * What the check of a log written by the 0.0.0 packages finds, in English: only a host migrating such a log (a server)
 * reads these, so they are kept apart from the machine's others. The other languages are typed by this catalogue
 * (`legacy-messages.zh-CN.ts`).
 */
export const en = {
  legacyNotList: () => 'the old audit log is not a list of entries',
  legacyNotEntry: (p: { seq: number }) => `entry ${p.seq} of the old audit log is not an entry`,
  legacyUnreadable: (p: { seq: number }) => `entry ${p.seq} of the old audit log cannot be read`,
  legacyChanged: (p: { seq: number }) => `entry ${p.seq} of the old audit log was changed or unlinked`,
  legacyCut: (p: { count: number; recorded: number; head: string }) =>
    `the old audit log holds ${p.count} entries, but the old tables say ${p.recorded} (head ${p.head.slice(0, 12)}…): cut, extended or forged`,
};
