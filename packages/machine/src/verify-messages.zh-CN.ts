import type { Catalogue } from '@chuangwen/model/internal';
import type { EvidenceItem } from './evidence.js';
import type { en } from './verify-messages.en.js';

const KINDS: Record<EvidenceItem['kind'], string> = {
  observation: '测评记录',
  document: '档案材料',
  survey: '问卷',
};
const edited = (what: string) => `${what}与记录重放的结果不符（被修改）`;

/** What verification, replay and migration find, in Chinese: every message of the English catalogue. */
export const zhCN: Catalogue<typeof en> = {
  entryUnreadable: (p) => `第 ${p.seq} 条无法读取`,
  keyMissing: (p) =>
    `第 ${p.seq} 条起以 ${p.spec ?? '第一种格式（hmac-sha256 或 sha256，无密钥编号）'} 写入，验证时没有该算法和密钥：请提供该密钥（见 keyring）`,
  chainUnreadable: (p) => `第 ${p.seq} 条记录的链算法无法识别`,
  sealMissing: (p) => `第 ${p.seq} 条缺少签名方的封印`,
  sealMismatch: (p) => `第 ${p.seq} 条的封印与其哈希不符（被修改或伪造）`,
  wrongPlace: (p) => `第 ${p.seq} 条的序号或所属流不符`,
  linkBroken: (p) => `第 ${p.seq} 条与前一条的哈希链断开`,
  streamLinkBroken: (p) => `第 ${p.seq} 条与本流前一条的哈希链断开`,
  entryEdited: (p) => `第 ${p.seq} 条的内容与哈希不符（已被修改）`,
  allEntriesFail: (p) =>
    `第 0 条的内容与哈希不符；全部 ${p.count} 条都不符：验证所用的审计密钥很可能不是写入时的密钥（或整条流都被修改）`,
  sealsUnchecked: (p) => `${p.count} 条的封印须由签名方核验，本次未核验：请用 checkSeals 或异步验证`,
  sealsNotTaken: (p) => `${p.count} 条的封印须由签名方核验，本次未核验：请用 takeSeals 与 checkSeals`,
  signerUnreachable: (p) => `无法向签名方 ${p.keyId} 核验 ${p.count} 条封印：${p.said}`,
  anchorChain: (p) => `另行保存的链头记为 ${p.anchor}，流末端却是 ${p.ended}`,
  streamCut: (p) => `流末端（${p.count} 条）与另行保存的链头（${p.kept} 条）不符：被截断或被伪造`,
  recordUnreadable: () => '记录无法读取，无法验证',
  positionUnreadable: (p) => `第 ${p.pos} 个位置的记录无法读取`,
  earlierFormat: (p) => `第 ${p.seq} 条的格式早于其前面的记录`,
  positionMissing: (p) => `记录位置 ${p.pos} 缺失或重复（此条为 ${p.at}）`,
  recordCut: (p) => `记录共 ${p.count} 条，与另行保存的位置（${p.kept} 条）不符：被截断或被伪造`,
  sealedHeadMismatch: () => '早期格式的记录与迁移时封存的链头不符',
  sealedStreamMissing: () => '迁移时封存的记录流缺失',
  snapshotEdited: () => edited('活动快照'),
  configurationEdited: () => edited('存储的配置'),
  rectificationEdited: () => edited('整改记录'),
  rectificationDeleted: (p) => `整改 ${p.id} 在记录中，存储中却没有（被删除）`,
  evidenceEdited: (p) => `存储的${KINDS[p.kind]} ${p.id} 与记录重放的结果不符（被修改或无记录）`,
  evidenceDeleted: (p) => `记录中有${KINDS[p.kind]} ${p.id}，存储中却没有（被删除）`,
  notCreationFirst: () => '记录的第一条不是创建工作的建立记录',
  creationInvalid: () => '创建记录无效，无法重放',
  otherCampaign: () => '记录属于另一项创建工作',
  noStream: (p) => `第 ${p.seq} 条所属的流无效`,
  importInvalid: () => '迁移导入的记录无效',
  appliedRefused: (p) =>
    `第 ${p.seq} 条记为已执行，按当时的配置和规则本应被拒绝：${p.reason?.['zh-CN'] ?? ''}`,
  refusedApplies: (p) => `第 ${p.seq} 条记为已拒绝，按当时的配置和规则本应执行`,
  judgedOtherwise: (p) => `第 ${p.seq} 条的结果（所在流、拒绝原因、阻碍项或整改期限）与重新判定不符`,
  notReplayable: (p) => `第 ${p.seq} 条无法重放`,
  snapshotHoldsRectifications: () => '快照中不应含整改记录',
  recordOnOtherStream: () => '整改记录与其所在流不符',
  alreadyCurrent: () => '该记录已是当前格式',
  evidenceEventUnreadable: () => '无法读取的测评记录事件',
  importedRectificationInvalid: () => '迁移导入的整改记录无效',
  outOfOrder: () => '整改事件无法按顺序重放',
  historyEdited: () => '活动快照的阶段历史与其记录流不符（被修改）',
  auditKeyShort: () => '审计密钥至少需要 16 字节',
  signingKeyShort: () => '签名密钥至少需要 16 字节',
  unknownAlgorithm: () => '未知的链算法',
  needsKey: (p) => `${p.algorithm} 需要审计密钥`,
  takesNoKey: (p) => `${p.algorithm} 不用密钥，请用 hmac-${p.algorithm}`,
  sealedByDigest: () => '由签名方封印的链以摘要（sm3 或 sha256）相连',
  keyIdForm: () => '密钥编号为 1 至 64 个字母、数字或 . _ : -，且只用于带密钥的算法',
  oneFirstFormat: () => '密钥环中至多一个第一种格式的哈希器',
};
