import type { StoryTexts } from './index.js';

const en: StoryTexts = {
  story: 'Story',
  news: 'News',
  video: 'Video',
  podcast: 'Podcast',
  report: 'Report',
  min: '{n} min read',
  dur: '{n} min',
  more: 'Show more stories',
  none: 'There are no stories yet.',
  noMatch: 'There are no matching stories yet.',
  notFound: 'This story is not available (any more).',
  visit: 'Visit {name}',
};
export default en;
