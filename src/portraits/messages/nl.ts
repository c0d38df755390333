/** Interface text of the portrait widgets in Dutch, the default: in the bundle. */
export default {
  about: 'Meer over {name}',
  more: 'Meer portretten tonen',
  none: 'Er zijn nog geen portretten.',
  noMatch: 'Er zijn nog geen portretten die hierbij passen.',
  notFound: 'Dit portret is niet (meer) beschikbaar.',
  visit: 'Ga naar {name}',
};
