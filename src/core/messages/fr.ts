import type { CoreMessages } from './index.js';

const fr: CoreMessages = {
  loading: 'Chargement…',
  errorTitle: 'Ce contenu ne peut pas être chargé pour le moment.',
  errorHint: 'Réessayez plus tard.',
  retry: 'Réessayer',
  stale: 'Peut-être pas à jour : dernière mise à jour le {date}.',
  newerVersion: 'Ce widget est trop ancien pour ce flux. Le gestionnaire du site doit le mettre à jour.',
  noSource: 'Aucune source (src) indiquée.',
};
export default fr;
