import type { PortraitTexts } from './index.js';

const de: PortraitTexts = {
  about: 'Mehr über {name}',
  more: 'Weitere Porträts zeigen',
  none: 'Es gibt noch keine Porträts.',
  noMatch: 'Es gibt noch keine passenden Porträts.',
  notFound: 'Dieses Porträt ist nicht (mehr) verfügbar.',
  visit: 'Zur Website {name}',
};
export default de;
