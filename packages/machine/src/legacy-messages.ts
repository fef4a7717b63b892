import { defineMessages } from '@chuangwen/model/internal';
import { en } from './legacy-messages.en.js';
import { zhCN } from './legacy-messages.zh-CN.js';

/**
 * What the check of a 0.0.0 log finds, one catalogue per language: imported only by that check (`import.ts`), which
 * only a server migrating such a log runs, so nothing else bundles them.
 */
export const LEGACY_MESSAGES = { 'zh-CN': zhCN, en } as const;

/** Writes a message of the 0.0.0 log check in every language: `say('legacyNotList')`. */
export const say = defineMessages(LEGACY_MESSAGES);
