import type { BilingualText, Locale } from './primitives.js';

// Each package writes its messages (errors, refusals, problems found) from one catalogue per language, after zod's
// locales: the English catalogue names every message and the values it is written from, and every other language is
// typed by it, so a message missing in one language does not compile. Call sites name a message and pass its values;
// they never hold the text.

/** How one message is written from its values. */
export type MessageTemplate = (...values: never[]) => string;

/**
 * A package's messages in one language, typed by the package's English catalogue `C`: the same keys, each written
 * from the same values.
 */
export type Catalogue<C extends Record<keyof C, MessageTemplate>> = { readonly [K in keyof C]: C[K] };

/** A package's catalogues, one per language the library speaks. */
export type Catalogues<C extends Record<keyof C, MessageTemplate>> = { readonly [L in Locale]: Catalogue<C> };

/** The values a message of catalogue `C` is written from. */
export type MessageValues<C extends Record<keyof C, MessageTemplate>, K extends keyof C> = Parameters<C[K]>;

/** Writes a message of a package in every language: `say('campaignMissing', { campaignId })`. */
export type Say<C extends Record<keyof C, MessageTemplate>> = <K extends keyof C>(
  key: K,
  ...values: MessageValues<C, K>
) => BilingualText;

/** The writer of a package's messages, from its catalogues. */
export function defineMessages<C extends Record<keyof C, MessageTemplate>>(
  catalogues: Catalogues<C>,
): Say<C> {
  return (key, ...values) => ({
    'zh-CN': (catalogues['zh-CN'][key] as (...v: typeof values) => string)(...values),
    en: (catalogues.en[key] as (...v: typeof values) => string)(...values),
  });
}

/** A message on one line, for a thrown error's text: the English, then the Chinese. */
export function inOneLine(text: BilingualText): string {
  return `${text.en} / ${text['zh-CN']}`;
}
