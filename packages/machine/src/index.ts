/**
 * The campaign phase machine (宣传发动 → 专项整治 → 全面冲刺 → 迎检 → 总结评议) and the rectification lifecycle in
 * XState v5, with a role policy, versioned persistence with migrations, a hash-chained audit log and pure helpers for
 * servers. Readiness comes from `@chuangwen/rules`, so the machine and any UI give the same answer.
 *
 * @packageDocumentation
 */

export type { AuditDraft, AuditEntry, AuditProblem } from './audit.js';
export { appendAudit, GENESIS_HASH, hashEntry, verifyAuditLog } from './audit.js';
export type {
  CampaignContext,
  CampaignMachineInput,
  LedgerEntry,
  PhaseHistoryEntry,
} from './campaign-context.js';
export { factsFor, initialContext, nextCycleFacts, readinessOf } from './campaign-context.js';
export type { CampaignMachine, CampaignState } from './campaign-machine.js';
export { CAMPAIGN_STATES, campaignMachine, campaignMachineWith } from './campaign-machine.js';
export { campaignCountdown } from './countdown.js';
export { CLOSED_STATE_LABEL, EVENT_TYPE_LABELS } from './event-labels.js';
export type { CampaignEvent, CampaignEventInput, CampaignEventType, RectificationEvent } from './events.js';
export { CAMPAIGN_EVENT_TYPES, CampaignEventSchema, RectificationEventSchema } from './events.js';
export { applyFact } from './facts-reducer.js';
export { applyToLedger, ledgerAccepts } from './ledger.js';
export type { PersistedCampaign } from './persistence.js';
export {
  CAMPAIGN_MACHINE_NAME,
  CampaignContextSchema,
  MIGRATIONS,
  PersistedCampaignSchema,
  PersistedSnapshotSchema,
  persist,
  restoreCampaign,
  SNAPSHOT_VERSION,
} from './persistence.js';
export type { RolePolicy } from './policy.js';
export { authorize, DEFAULT_ROLE_POLICY, defineRolePolicy } from './policy.js';
export type {
  RectificationContext,
  RectificationInput,
  RectificationMachine,
} from './rectification-machine.js';
export { isOverdue, rectificationMachine } from './rectification-machine.js';
export type { Actor, Role } from './roles.js';
export { ActorSchema, ROLE_LABELS, ROLES, RoleSchema } from './roles.js';
export type { CampaignRecord, DispatchResult, MachineOptions, RejectionCode } from './service.js';
export { createCampaign, dispatch, nextState, replayAuditLog } from './service.js';
export { canonicalJson, sha256Hex } from './sha256.js';
