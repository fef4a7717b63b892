import { defineMessages } from '@chuangwen/model/internal';
import { en } from './database-messages.en.js';
import { zhCN } from './database-messages.zh-CN.js';
import { STORE_MESSAGES } from './messages.js';

/**
 * The database adapters' messages, one catalogue per language, with the store's own: kept apart from those so a bundle
 * that holds no database (a browser reading a file) leaves them out.
 */
export const DATABASE_MESSAGES = {
  'zh-CN': { ...STORE_MESSAGES['zh-CN'], ...zhCN },
  en: { ...STORE_MESSAGES.en, ...en },
} as const;

/** Writes a message of the store or its database adapters in every language: `say('metaTableMissing')`. */
export const say = defineMessages(DATABASE_MESSAGES);
