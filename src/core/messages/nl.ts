/** The shared state texts in Dutch, the default: in every bundle. */
export default {
  loading: 'Bezig met laden…',
  errorTitle: 'Deze inhoud kan nu niet geladen worden.',
  errorHint: 'Probeer het later opnieuw.',
  retry: 'Opnieuw proberen',
  stale: 'Mogelijk niet actueel: laatst bijgewerkt op {date}.',
  newerVersion: 'Deze widget is te oud voor de feed. De beheerder van de website moet hem bijwerken.',
  noSource: 'Er is geen bron (src) opgegeven.',
};
