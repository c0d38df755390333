import type { StoryTexts } from './index.js';

const fr: StoryTexts = {
  story: 'Récit',
  news: 'Actualité',
  video: 'Vidéo',
  podcast: 'Podcast',
  report: 'Rapport',
  min: '{n} min de lecture',
  dur: '{n} min',
  more: 'Afficher plus de récits',
  none: "Il n'y a pas encore de récits.",
  noMatch: "Il n'y a pas encore de récits correspondants.",
  notFound: "Ce récit n'est pas (ou plus) disponible.",
  visit: 'Aller sur le site {name}',
};
export default fr;
