import type { StoryTexts } from './index.js';

const de: StoryTexts = {
  story: 'Geschichte',
  news: 'Nachricht',
  video: 'Video',
  podcast: 'Podcast',
  report: 'Bericht',
  min: '{n} Min. Lesezeit',
  dur: '{n} Min.',
  more: 'Weitere Geschichten zeigen',
  none: 'Es gibt noch keine Geschichten.',
  noMatch: 'Es gibt noch keine passenden Geschichten.',
  notFound: 'Diese Geschichte ist nicht (mehr) verfügbar.',
  visit: 'Zur Website {name}',
};
export default de;
