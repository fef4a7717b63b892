import type { Catalogue } from '@chuangwen/model/internal';
import type { en, StoredPart } from './messages.en.js';

const PARTS: Record<StoredPart, string> = {
  snapshot: '活动快照',
  configuration: '配置',
  document: '创建工作文件',
  rectification: '整改记录',
  evidence: '证据',
  chain: '链头的链算法',
};

/** The store's messages in Chinese: every message of the English catalogue, from the same values. */
export const zhCN: Catalogue<typeof en> = {
  streamMoved: (p) => `记录流 ${p.stream} 已被其他写入方更新，本次未写入，请重试`,
  newerSchema: (p) =>
    `数据库结构版本为 ${p.found}，本程序只支持到 ${p.supported}：请升级 @chuangwen/store 后再打开`,
  integrityFailed: (p) => `数据库完整性检查发现 ${p.count} 处问题，首处：${p.first?.['zh-CN'] ?? ''}`,
  damagedRow: (p) =>
    `创建工作 ${p.campaignId} 存储的${PARTS[p.part]}（${p.key}）无法读取：该行在本程序之外被改动`,
  campaignExists: (p) => `创建工作 ${p.campaignId} 已存在`,
  campaignMissing: (p) => `创建工作 ${p.campaignId} 不存在`,
  needsMigration: (p) =>
    `创建工作 ${p.campaignId} 的记录是早期格式：须先由管理员迁移（migrateCampaign）再记录事件`,
  alreadyMigrated: (p) => `创建工作 ${p.campaignId} 已是当前格式`,
  storeClosed: () => '存储已关闭',
  headMismatch: (p) => `记录流 ${p.stream} 的链头与最后一条记录不符`,
  projectionUnreadable: () => '存储的投影无法读取',
  rectificationDeleted: (p) => `记录流 ${p.stream} 没有对应的整改记录（被删除）`,
  receiptChanged: (p) => `幂等键 ${p.key.slice(0, 40)} 的回执与其记录不符（被改动）`,
  receiptMisleads: (p) => `幂等键 ${p.key.slice(0, 40)} 的回执指向的记录不符：回执在本程序之外被改动`,
  idempotencyKeyLength: (p) => `幂等键应为 1 至 ${p.max} 个字符`,
};
