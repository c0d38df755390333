/** The feed contract and its loading: no custom elements, no side effects. */
export * from './schema.js';
export * from './parse.js';
export * from './load.js';
export * from './text.js';
export * from './url.js';
export * from './dates.js';
