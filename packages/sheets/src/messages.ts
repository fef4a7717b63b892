import { defineMessages } from '@chuangwen/model/internal';
import { en } from './messages.en.js';
import { zhCN } from './messages.zh-CN.js';

/** The workbook messages, one catalogue per language: adding a language is adding a catalogue file here. */
export const SHEET_MESSAGES = { 'zh-CN': zhCN, en } as const;

/** Writes a workbook message in every language: `say('duplicateId', { id, row })`. */
export const say = defineMessages(SHEET_MESSAGES);
