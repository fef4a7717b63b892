/**
 * The campaign's record as append-only streams, and the machines that judge what goes into them: the campaign phase
 * machine (宣传发动 → 专项整治 → 全面冲刺 → 迎检 → 总结评议) and one rectification machine per problem, in XState v5;
 * evidence recorded, corrected and withdrawn only through audited events; a role policy with unit and assignment
 * scopes; keyed hash chains with anchors, and verification by replay. Dispatch needs only the heads and snapshots of
 * the streams an event touches. Readiness comes from `@chuangwen/rules`, so the machine and any UI give the same answer.
 *
 * @packageDocumentation
 */

export type { AuditDraft, AuditEntry, EntryRef, Head, Position, StoredEntry, StreamId } from './audit.js';
export { anchor, EMPTY_POSITION, GENESIS_HASH } from './audit.js';
export type { CampaignContext, CampaignMachineInput, PhaseHistoryEntry } from './campaign-context.js';
export {
  CampaignContextSchema,
  CampaignMachineInputSchema,
  PhaseHistoryEntrySchema,
  readinessOf,
} from './campaign-context.js';
export type { CampaignMachine, CampaignMachineEvent, JudgedPhaseEvent } from './campaign-machine.js';
export { campaignMachine, campaignMachineWith } from './campaign-machine.js';
export type { CampaignState } from './campaign-states.js';
export { CAMPAIGN_STATES, CLOSED_STATE_LABEL, stateLabel } from './campaign-states.js';
export type { ChainAlgorithm, ChainHasher, ChainHasherOptions, ChainSpec } from './chain-hasher.js';
export { CHAIN_ALGORITHMS, ChainSpecSchema, chainHasher, keyring } from './chain-hasher.js';
export type {
  CompiledConfiguration,
  Configuration,
  ConfigurationInput,
  RecordedFramework,
  RosterEntry,
  Settings,
} from './configuration.js';
export {
  ConfigurationSchema,
  compileConfiguration,
  configurationOf,
  RecordedFrameworkSchema,
  RosterEntrySchema,
  recordedFramework,
  rosterOf,
  SettingsSchema,
} from './configuration.js';
export { campaignCountdown } from './countdown.js';
export type { CreatedCampaign, CreateOptions } from './create.js';
export { CampaignInputError, createCampaign } from './create.js';
export type { DecideOptions } from './decide.js';
export { decide } from './decide.js';
export type { ClassSource } from './derived.js';
export type { Append, DispatchOptions, DispatchResult, DispatchState, StreamState } from './dispatch.js';
export { dispatch } from './dispatch.js';
export { type EchoEvent, EchoEventSchema } from './echoes.js';
export type { Effect, EffectName, EffectParams } from './effects.js';
export { EFFECT_NAMES } from './effects.js';
export { EVENT_TYPE_LABELS } from './event-labels.js';
// One named interface per event, generated from the schemas (scripts/event-types.ts).
export type * from './event-types.js';
export type {
  CampaignEvent,
  CampaignEventInput,
  CampaignEventType,
  EventGroup,
  EventInput,
} from './events.js';
export {
  CAMPAIGN_EVENT_TYPES,
  CampaignEventSchema,
  ConfigurationEventSchema,
  EVENT_GROUPS,
  EvidenceEventSchema,
  FactEventSchema,
  groupOf,
  PhaseEventSchema,
  RectificationEventSchema,
} from './events.js';
export type { EvidenceChange, EvidenceIndex, EvidenceItem, EvidenceStatus } from './evidence.js';
export type { FactChange } from './facts-reducer.js';
export type { LegacyAuditEntry, LegacyLogHead, LegacyLogVerification } from './import.js';
export { verifyLegacyLog } from './import.js';
export type { KeptExcerpt } from './kept.js';
export type { EnumName, LabelledValue } from './labels.js';
export { CAMPAIGN_STATE_LABELS, ENUM_LABELS, label, labels, REJECTION_CODE_LABELS } from './labels.js';
export type { EvidenceCounts } from './memory-evidence.js';
export { MemoryEvidence } from './memory-evidence.js';
export type { MemoryRecordOptions } from './memory-record.js';
export { MemoryRecord } from './memory-record.js';
export type { FirstFormatRecord, MigratedRecord, MigrationOptions } from './migrate-record.js';
export { importDocument, migrateLegacy, migrateStreams } from './migrate-record.js';
export type { Json, MigrationStep } from './migrations.js';
export { MIGRATIONS } from './migrations.js';
export type { CampaignSnapshot, PersistedCampaign, RestoredCampaign } from './persistence.js';
export {
  CAMPAIGN_MACHINE_NAME,
  CampaignSnapshotSchema,
  PersistedCampaignSchema,
  persist,
  restoreCampaign,
  restoreRectification,
  SNAPSHOT_VERSION,
} from './persistence.js';
export type { AuthorizationContext, RolePolicy, RolePolicyOverrides } from './policy.js';
export { authorize, DEFAULT_ROLE_POLICY, defineRolePolicy, RolePolicyOverridesSchema } from './policy.js';
export type { RecordProjection } from './projection.js';
export type { Changes, Decision, RecordState, Rejection, RejectionCode } from './record-state.js';
export { currentCode, REJECTION_CODES } from './record-state.js';
export type {
  RectificationContext,
  RectificationInput,
  RectificationMachine,
  RectificationMachineEvent,
} from './rectification-machine.js';
export { isOverdue, rectificationMachine } from './rectification-machine.js';
export type { Actor, Role } from './roles.js';
export { ActorSchema, ROLE_LABELS, ROLES, RoleSchema } from './roles.js';
export type { EvidenceLookups, Route } from './routing.js';
export { routeOf } from './routing.js';
export { RULES_VERSION } from './rules-version.js';
export { sha256Hex } from './sha256.js';
export type { ChainSigner, SealBatching } from './signer.js';
export { localSigner, SealQueue, sealQueueOf } from './signer.js';
export { hmacSm3Hex, sm3Hex } from './sm3.js';
export type { TaskUnits } from './start-input.js';
export { startInputOf } from './start-input.js';
export type { InputLimits, MalformedRecord } from './untrusted.js';
export { CONFIGURATION_INPUT_LIMITS, DEFAULT_INPUT_LIMITS } from './untrusted.js';
export type { RecordToVerify, StoredStream, Verification, VerifyOptions } from './verify.js';
export { verifyRecord } from './verify.js';
export type {
  AuditProblem,
  AuditProblemKind,
  ChainOptions,
  ChainVerification,
  SealCheck,
} from './verify-chain.js';
export { verifyChain } from './verify-chain.js';
export type { StoredProjections } from './verify-incremental.js';
export { IncrementalVerification } from './verify-incremental.js';
export { checkSeals, verifySealedRecord } from './verify-seals.js';
