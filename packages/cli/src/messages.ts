import { defineMessages } from '@chuangwen/model/internal';
import { en } from './messages.en.js';
import { zhCN } from './messages.zh-CN.js';

/** The command's messages, one catalogue per language: adding a language is adding a catalogue file here. */
export const CLI_MESSAGES = { 'zh-CN': zhCN, en } as const;

/** Writes a message of the command in every language: `say('cannotRead', { path, reason })`. */
export const say = defineMessages(CLI_MESSAGES);
