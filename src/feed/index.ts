/**
 * The feed contract and its loading, for tools and npm consumers: no custom elements. Here `parseFeed`
 * checks every list; the widgets import `parse.js` directly and register only the lists they show.
 */
import { parseFeed as parseRegistered, type MessageLang, type ParseResult } from './parse.js';
import { NL_MESSAGES } from './messages-nl.js';
import { registerAllLists } from './all.js';

export * from './schema.js';
export * from './parse.js';
export * from './load.js';
export * from './text.js';
export * from './url.js';
export * from './dates.js';
export * from './availability.js';
export * from './signup-rules.js';
export * from './filter.js';
export * from './ics.js';
export * from './ics-words.js';
export { registerAllLists } from './all.js';

/** Validate a whole feed: every list, every item (FEED.md); problems in English or Dutch. */
export function parseFeed(json: unknown, options: { lang?: MessageLang } = {}): ParseResult {
  registerAllLists();
  return parseRegistered(json, options.lang === 'nl' ? { messages: NL_MESSAGES } : {});
}
