// Every story module, so that one browser test renders each story and runs axe-core on it.
import * as somFeed from './som-feed.stories.js';
import * as calendar from './calendar.stories.js';
import * as signup from './signup.stories.js';
import * as storyList from './story-list.stories.js';
import * as portraits from './portraits.stories.js';
import * as selfCheck from './self-check.stories.js';

export const storyModules: Record<string, Record<string, unknown>> = {
  somFeed,
  calendar,
  signup,
  storyList,
  portraits,
  selfCheck,
};
