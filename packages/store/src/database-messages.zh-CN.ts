import type { Catalogue } from '@chuangwen/model/internal';
import type { en } from './database-messages.en.js';

/** The database adapters' messages in Chinese: every message of the English catalogue, from the same values. */
export const zhCN: Catalogue<typeof en> = {
  beyondHead: (p) => `记录流 ${p.stream} 有超出链头的记录`,
  positionMismatch: () => '记录的位置与其最后一条记录不符',
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
  postgresSchemaName: (p) =>
    `模式名 "${p.schema.slice(0, 70)}"：应为 1 至 63 个字母、数字、_ 或 $，不以数字开头`,
  authenticationUnspoken: (p) =>
    `服务器要求的认证方式为 ${p.code === undefined ? '（未说明的方式）' : `${p.method ?? '未知方式'}（请求代码 ${p.code}）`}，node-postgres 不支持${p.said ? `（${p.said}）` : ''}。` +
    'openGauss、GaussDB、Vastbase：请设置 password_encryption_type = 1（同时保存 MD5 与 SHA-256），重设该用户的口令以保存 MD5 摘要，' +
    '并在 pg_hba.conf 中对本客户端使用 md5（参见 node-postgres 的 issue 3505）；PostgreSQL 本身请使用 scram-sha-256 或 md5。',
};
