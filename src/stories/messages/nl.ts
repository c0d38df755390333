/** Interface text of the story widgets in Dutch, the default: in the bundle. */
export default {
  story: 'Verhaal',
  news: 'Nieuws',
  video: 'Video',
  podcast: 'Podcast',
  report: 'Verslag',
  min: '{n} min lezen',
  dur: '{n} min',
  more: 'Meer verhalen tonen',
  none: 'Er zijn nog geen verhalen.',
  noMatch: 'Er zijn nog geen verhalen die hierbij passen.',
  notFound: 'Dit verhaal is niet (meer) beschikbaar.',
  visit: 'Ga naar {name}',
};
