import { defineMessages } from './catalogue.js';
import { en } from './messages.en.js';
import { zhCN } from './messages.zh-CN.js';

export type { Choice, Expected, Split } from './messages.en.js';

/** The model's messages, one catalogue per language: adding a language is adding a catalogue file here. */
export const MODEL_MESSAGES = { 'zh-CN': zhCN, en } as const;

/** Writes a message of the model in every language: `say('duplicateId', { id })`. */
export const say = defineMessages(MODEL_MESSAGES);
