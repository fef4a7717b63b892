import { defineMessages } from '@chuangwen/model/internal';
import { en } from './messages.en.js';
import { zhCN } from './messages.zh-CN.js';

export type { StoredPart } from './messages.en.js';

/** The store's messages, one catalogue per language: adding a language is adding a catalogue file here. */
export const STORE_MESSAGES = { 'zh-CN': zhCN, en } as const;

/** Writes a message of the store in every language: `say('campaignMissing', { campaignId })`. */
export const say = defineMessages(STORE_MESSAGES);
