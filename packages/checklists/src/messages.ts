import { defineMessages } from '@chuangwen/model/internal';
import { en } from './messages.en.js';
import { zhCN } from './messages.zh-CN.js';

export type { Named, PointsHolder } from './messages.en.js';

/**
 * The checklists' messages, one catalogue per language: adding a language is adding a catalogue file here. (Not
 * `CHECKLIST_MESSAGES`, the messages of the custom codes the schemas raise, written from these.)
 */
export const CHECKLISTS_MESSAGES = { 'zh-CN': zhCN, en } as const;

/** Writes a message of the checklists in every language: `say('duplicateCode', { code, first })`. */
export const say = defineMessages(CHECKLISTS_MESSAGES);
