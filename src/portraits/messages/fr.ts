import type { PortraitTexts } from './index.js';

const fr: PortraitTexts = {
  about: 'En savoir plus sur {name}',
  more: 'Afficher plus de portraits',
  none: "Il n'y a pas encore de portraits.",
  noMatch: "Il n'y a pas encore de portraits correspondants.",
  notFound: "Ce portrait n'est pas (ou plus) disponible.",
  visit: 'Aller sur le site {name}',
};
export default fr;
