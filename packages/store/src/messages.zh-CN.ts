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
    `创建工作 ${p.campaignId} 的记录是早期格式：请先由管理员运行迁移（chuangwen-store migrate）再记录事件`,
  alreadyMigrated: (p) => `创建工作 ${p.campaignId} 已是当前格式`,
  storeClosed: () => '存储已关闭',
  headMismatch: (p) => `记录流 ${p.stream} 的链头与最后一条记录不符`,
  beyondHead: (p) => `记录流 ${p.stream} 有超出链头的记录`,
  positionMismatch: () => '记录的位置与其最后一条记录不符',
  projectionUnreadable: () => '存储的投影无法读取',
  rectificationDeleted: (p) => `记录流 ${p.stream} 没有对应的整改记录（被删除）`,
  receiptChanged: (p) => `幂等键 ${p.key.slice(0, 40)} 的回执与其记录不符（被改动）`,
  receiptMisleads: (p) => `幂等键 ${p.key.slice(0, 40)} 的回执指向的记录不符：回执在本程序之外被改动`,
  idempotencyKeyLength: (p) => `幂等键应为 1 至 ${p.max} 个字符`,
  metaTableMissing: () =>
    '数据库中有创文的数据表，却没有记录结构版本的 chuangwen_meta 表：请从备份恢复该表，或确认数据库来源后再打开',
  schemaVersionMissing: () => 'chuangwen_meta 表中没有结构版本记录（schema_version）：请从备份恢复后再打开',
  schemaVersionNotWhole: (p) =>
    `数据库记录的结构版本 "${p.recorded.slice(0, 40)}" 不是整数：该记录被改动，请从备份恢复`,
  legacyDocumentInvalid: () => '旧版创建工作文件无效',
  legacySnapshotUnrestorable: () => '旧版活动快照无法恢复',
  legacyObservationsUnreadable: (p) => `有 ${p.count} 条旧观测记录无法读取`,
  legacyConfigurationInvalid: (p) => `配置无效：${p.first?.['zh-CN'] ?? ''}`,
  mysqlLoginRefused: (p) => `数据库拒绝了用户名或密码：${p.said}`,
  mysqlDatabaseMissing: (p) => `数据库不存在：请先建库（CREATE DATABASE … CHARACTER SET utf8mb4）：${p.said}`,
  postgresUserRefused: (p) =>
    `数据库拒绝了该用户（口令错误，或 pg_hba.conf 中没有允许本客户端的规则）：${p.said}`,
  postgresDatabaseMissing: (p) =>
    `数据库不存在：请先建库，并在连接串中写明库名（KingbaseES 没有名为 postgres 的库）：${p.said}`,
  postgresSchemaRefused: (p) => `存储所用的模式不存在：请先 CREATE SCHEMA 并授予该用户建表权限：${p.said}`,
  postgresSchemaMissing: (p) =>
    `模式 ${p.schema} 不存在，或该用户无权使用：请先 CREATE SCHEMA ${p.schema} AUTHORIZATION <用户>`,
  postgresSchemaName: () => '模式名应为 1 至 63 个字母、数字、_ 或 $，不以数字开头',
  authenticationUnspoken: (p) =>
    `服务器要求的认证方式为 ${p.code === undefined ? 'a method it did not say' : `${p.method ?? 'an unknown method'} (request code ${p.code})`}，node-postgres 不支持${p.said ? `（${p.said}）` : ''}。` +
    'openGauss、GaussDB、Vastbase：请设置 password_encryption_type = 1（同时保存 MD5 与 SHA-256），重设该用户的口令以保存 MD5 摘要，' +
    '并在 pg_hba.conf 中对本客户端使用 md5（参见 node-postgres 的 issue 3505）；PostgreSQL 本身请使用 scram-sha-256 或 md5。',
};
