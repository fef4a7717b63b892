/** What a configuration lists once: a unit, a site, a person of the roster. */
export type Listed = 'unit' | 'site' | 'person';
/** How a signer's answer went wrong. */
export type SignerFault = 'results' | 'seals' | 'seal' | 'call';

const LISTED: Record<Listed, string> = { unit: 'unit', site: 'site', person: 'person' };
const FAULTS: Record<SignerFault, string> = {
  results: 'answered with the wrong number of results',
  seals: 'answered with the wrong number of seals',
  seal: 'answered a malformed seal',
  call: 'the call failed',
};

/**
 * The messages of what a record holds, in English: a snapshot restored, the machine's invariants, a configuration's own
 * checks, a signer's answers. A browser reading a campaign file bundles these alone (`messages.ts` adds the rest); the
 * other languages are typed by this catalogue (`record-messages.zh-CN.ts`).
 */
export const en = {
  tooDeep: (p: { levels: number }) => `data nested deeper than ${p.levels} levels`,
  editionNotGiven: (p: { editionId: string }) =>
    `configurationOf: the framework edition ${p.editionId} is not among the editions given`,
  historyStart: () => 'the phase history must start with mobilization',
  phaseSkipped: (p: { change: number }) =>
    `phase change ${p.change} does not follow the machine (a phase skipped, or forced without a reason)`,
  stateNotLast: () => 'the state is not the last phase entered',
  leadUnitMissing: () => 'a problem handed over needs a lead unit',
  ownReview: () => 'closure needs a reviewer other than the rectifier',
  escalatedNowhere: () => 'an escalated problem must say where it went',
  standardOrArea: () => 'a finding that cites no standard must name its area',
  snapshotVersion: (p: { version: number; first: number; last: number }) =>
    `unknown snapshot version ${p.version}; this reads versions ${p.first} to ${p.last}`,
  snapshotNotObject: () => 'the snapshot must be an object',
  snapshotUnmigrated: () => 'the older snapshot cannot be migrated',
  listedTwice: (p: { what: Listed; id: string }) => `${LISTED[p.what]} "${p.id}" appears twice`,
  unitNotConfigured: (p: { unitId: string }) => `unit "${p.unitId}" is not in the configuration`,
  frameworkHash: (p: { editionId: string }) =>
    `the content of framework ${p.editionId} does not match its hash`,
  twoMainEditions: () => 'only one edition can be the main one',
  standardInNoEdition: (p: { standardRef: string }) =>
    `standard "${p.standardRef}" is in no framework edition`,
  signerFailed: (p: { keyId: string; fault: SignerFault }) => `signer ${p.keyId}: ${FAULTS[p.fault]}`,
  signerSilent: (p: { keyId: string; ms: number }) => `signer ${p.keyId}: no answer within ${p.ms} ms`,
};
