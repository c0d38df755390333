import type { PortraitTexts } from './index.js';

const en: PortraitTexts = {
  about: 'More about {name}',
  more: 'Show more portraits',
  none: 'There are no portraits yet.',
  noMatch: 'There are no matching portraits yet.',
  notFound: 'This portrait is not available (any more).',
  visit: 'Visit {name}',
};
export default en;
