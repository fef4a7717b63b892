import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

// The documented public API: a change here is a deliberate change to the package (and a changeset).
const EXPORTED = [
  'ActorSchema',
  'CAMPAIGN_EVENT_TYPES',
  'CAMPAIGN_MACHINE_NAME',
  'CAMPAIGN_STATES',
  'CLOSED_STATE_LABEL',
  'CampaignContextSchema',
  'CampaignEventSchema',
  'DEFAULT_ROLE_POLICY',
  'EVENT_TYPE_LABELS',
  'GENESIS_HASH',
  'MIGRATIONS',
  'PersistedCampaignSchema',
  'PersistedSnapshotSchema',
  'ROLES',
  'ROLE_LABELS',
  'RectificationEventSchema',
  'RoleSchema',
  'SNAPSHOT_VERSION',
  'appendAudit',
  'applyFact',
  'applyToLedger',
  'authorize',
  'campaignCountdown',
  'campaignMachine',
  'campaignMachineWith',
  'canonicalJson',
  'createCampaign',
  'defineRolePolicy',
  'dispatch',
  'factsFor',
  'hashEntry',
  'initialContext',
  'isOverdue',
  'ledgerAccepts',
  'nextCycleFacts',
  'nextState',
  'persist',
  'readinessOf',
  'rectificationMachine',
  'replayAuditLog',
  'restoreCampaign',
  'sha256Hex',
  'verifyAuditLog',
];

describe('public API', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toEqual([...EXPORTED].sort());
  });
});
