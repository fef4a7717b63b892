import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import * as internal from '../src/internal.js';

// The documented public API: a change here is a deliberate change to the package (and a changeset).
const EXPORTED = [
  'ActorSchema',
  'CAMPAIGN_EVENT_TYPES',
  'CAMPAIGN_MACHINE_NAME',
  'CAMPAIGN_STATES',
  'CAMPAIGN_STATE_LABELS',
  'CLOSED_STATE_LABEL',
  'CampaignContextSchema',
  'CampaignEventSchema',
  'CampaignInputError',
  'CampaignMachineInputSchema',
  'CampaignSnapshotSchema',
  'DEFAULT_INPUT_LIMITS',
  'DEFAULT_ROLE_POLICY',
  'RolePolicyOverridesSchema',
  'EFFECT_NAMES',
  'ENUM_LABELS',
  'EVENT_GROUPS',
  'EVENT_TYPE_LABELS',
  'EchoEventSchema',
  'EvidenceEventSchema',
  'FactEventSchema',
  'GENESIS_HASH',
  'MIGRATIONS',
  'MemoryEvidence',
  'MemoryRecord',
  'PersistedCampaignSchema',
  'PhaseEventSchema',
  'PhaseHistoryEntrySchema',
  'REJECTION_CODE_LABELS',
  'ROLES',
  'ROLE_LABELS',
  'RectificationEventSchema',
  'RoleSchema',
  'SNAPSHOT_VERSION',
  'anchor',
  'authorize',
  'campaignConfig',
  'campaignCountdown',
  'campaignMachine',
  'campaignMachineWith',
  'chainHasher',
  'verifyLegacyLog',
  'createCampaign',
  'defineRolePolicy',
  'dispatch',
  'emptyHead',
  'groupOf',
  'migrateToStreams',
  'isOverdue',
  'label',
  'labels',
  'persist',
  'readinessOf',
  'rectificationMachine',
  'rectificationOf',
  'rectificationStream',
  'restoreCampaign',
  'restoreRectification',
  'routeOf',
  'sha256Hex',
  'startInputOf',
  'stateLabel',
  'unitRolesOf',
  'verifyChain',
  'verifyRecord',
];

// Helpers only the library's own packages and tests use: outside semver, kept apart from the public entry.
const INTERNAL = [
  'applyFact',
  'canonicalJson',
  'chainEntry',
  'checkEvidence',
  'entryBody',
  'evidenceLookups',
  'genesisOf',
  'initialContext',
  'readUntrusted',
  'rectificationSnapshotOf',
  'replayCampaign',
  'replayEvidence',
  'replayRectification',
];

describe('public API', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toEqual([...EXPORTED].sort());
  });

  it('keeps the internal helpers out of it, on their own entry', () => {
    expect(Object.keys(internal).sort()).toEqual([...INTERNAL].sort());
    for (const name of Object.keys(internal)) expect(Object.keys(api)).not.toContain(name);
  });
});
