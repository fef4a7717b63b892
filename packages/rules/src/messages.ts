import { type BilingualText, label } from '@chuangwen/model';
import { defineMessages } from '@chuangwen/model/internal';
import { en as campaignEn } from './campaign-messages.en.js';
import { zhCN as campaignZh } from './campaign-messages.zh-CN.js';
import { en as classifyEn } from './classify-messages.en.js';
import { zhCN as classifyZh } from './classify-messages.zh-CN.js';
import { en as ledgerEn } from './ledger-messages.en.js';
import { zhCN as ledgerZh } from './ledger-messages.zh-CN.js';

/**
 * The rules' messages, one catalogue per language, each made of the catalogues of one concern (classification, the
 * campaign, the ledger): adding a language is adding a catalogue file per concern here.
 */
export const RULES_MESSAGES = {
  'zh-CN': { ...classifyZh, ...campaignZh, ...ledgerZh },
  en: { ...classifyEn, ...campaignEn, ...ledgerEn },
} as const;

/** Writes a message of the rules in every language: `say('unknownUnit', { written })`. */
export const say = defineMessages(RULES_MESSAGES);

/** Both labels of a model enumeration value, for a message that names it in each language. */
export const labelled = (value: Parameters<typeof label>[0]): BilingualText => ({
  'zh-CN': label(value, 'zh-CN'),
  en: label(value, 'en'),
});
