import { defineMessages } from '@chuangwen/model/internal';
import { en } from './record-messages.en.js';
import { zhCN } from './record-messages.zh-CN.js';

export type { Listed, SignerFault } from './record-messages.en.js';

/**
 * The messages of what a record holds, one catalogue per language: apart from the machine's others (`messages.ts`),
 * which extend them, so a browser that only reads a campaign file bundles these alone.
 */
export const RECORD_MESSAGES = { 'zh-CN': zhCN, en } as const;

/** Writes a message of what a record holds in every language: `say('snapshotNotObject')`. */
export const say = defineMessages(RECORD_MESSAGES);
