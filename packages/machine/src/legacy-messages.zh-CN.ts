import type { Catalogue } from '@chuangwen/model/internal';
import type { en } from './legacy-messages.en.js';

/** What the check of a 0.0.0 log finds, in Chinese: every message of the English catalogue, from the same values. */
export const zhCN: Catalogue<typeof en> = {
  legacyNotList: () => '旧版审计日志不是记录列表，无法读取',
  legacyNotEntry: (p) => `旧版审计日志第 ${p.seq} 条不是记录`,
  legacyUnreadable: (p) => `旧版审计日志第 ${p.seq} 条无法读取`,
  legacyChanged: (p) => `旧版审计日志第 ${p.seq} 条被改动或断链`,
  legacyCut: (p) =>
    `旧版审计日志有 ${p.count} 条，而旧表记载 ${p.recorded} 条（链头 ${p.head.slice(0, 12)}…）：日志被截断、追加或伪造`,
};
