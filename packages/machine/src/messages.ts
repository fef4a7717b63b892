import { defineMessages } from '@chuangwen/model/internal';
import { en as decideEn } from './decide-messages.en.js';
import { zhCN as decideZh } from './decide-messages.zh-CN.js';
import { RECORD_MESSAGES } from './record-messages.js';
import { en as verifyEn } from './verify-messages.en.js';
import { zhCN as verifyZh } from './verify-messages.zh-CN.js';

/**
 * The machine's messages, one catalogue per language: what a record holds (`record-messages.ts`, which a browser reading
 * a campaign file bundles alone), the refusals and problems an event is judged by (`decide-messages`), and what
 * verification, replay and migration find (`verify-messages`). Adding a language is adding a catalogue file to each.
 */
export const MACHINE_MESSAGES = {
  'zh-CN': { ...RECORD_MESSAGES['zh-CN'], ...decideZh, ...verifyZh },
  en: { ...RECORD_MESSAGES.en, ...decideEn, ...verifyEn },
} as const;

/** Writes a message of the machine in every language: `say('rectificationMissing', { id })`. */
export const say = defineMessages(MACHINE_MESSAGES);
