import type { Catalogue } from '@chuangwen/model/internal';
import type { en, Listed, SignerFault } from './record-messages.en.js';

const LISTED: Record<Listed, string> = { unit: '单位', site: '点位', person: '人员' };
const FAULTS: Record<SignerFault, string> = {
  results: '答复的条数不符',
  seals: '答复的封印条数不符',
  seal: '答复的封印格式不对',
  call: '调用失败',
};

/** The messages of what a record holds, in Chinese: every message of the English catalogue, from the same values. */
export const zhCN: Catalogue<typeof en> = {
  tooDeep: () => '数据嵌套过深',
  editionNotGiven: (p) => `未提供测评体系 ${p.editionId}`,
  historyStart: () => '阶段历史须从宣传发动开始',
  phaseSkipped: (p) => `第 ${p.change} 次阶段变化不符合阶段顺序（跳过阶段或无理由强制推进）`,
  stateNotLast: () => '当前阶段与阶段历史的最后一项不符',
  leadUnitMissing: () => '已交办的问题须有牵头单位',
  ownReview: () => '销号须由整改人以外的人员复核',
  escalatedNowhere: () => '上报上级的问题须写明上报去向',
  standardOrArea: () => '未注明测评标准的问题须注明所属专项整治领域',
  snapshotVersion: (p) => `不支持的快照版本 ${p.version}，此处读取第 ${p.first} 至 ${p.last} 版`,
  snapshotNotObject: () => '快照应为对象',
  snapshotUnmigrated: () => '旧版快照无法迁移',
  listedTwice: (p) => `${LISTED[p.what]} "${p.id}" 重复`,
  unitNotConfigured: (p) => `单位 "${p.unitId}" 不在配置中`,
  frameworkHash: (p) => `测评体系 ${p.editionId} 的内容与其哈希不符`,
  twoMainEditions: () => '主测评体系只能有一个',
  standardInNoEdition: (p) => `测评标准 "${p.standardRef}" 不在任何测评体系中`,
  signerFailed: (p) => `签名方 ${p.keyId}：${FAULTS[p.fault]}`,
  signerSilent: (p) => `签名方 ${p.keyId}：${p.ms} 毫秒内没有答复`,
};
