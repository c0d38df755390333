export { SomFeed } from './som-feed.js';
export { SomElement } from './som-element.js';
export { FeedController, type FeedState } from './feed-controller.js';
export { feedContext, type FeedSource } from './context.js';
export { emit, type SomEventDetails, type SomEventName } from './events.js';
export { uiLang, UI_LANGS, type UiLang } from './i18n.js';
export { baseStyles } from './styles.js';
export { define } from './define.js';
