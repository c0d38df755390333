import type { CoreMessages } from './index.js';

const de: CoreMessages = {
  loading: 'Wird geladen…',
  errorTitle: 'Dieser Inhalt kann gerade nicht geladen werden.',
  errorHint: 'Bitte versuchen Sie es später erneut.',
  retry: 'Erneut versuchen',
  stale: 'Möglicherweise nicht aktuell: zuletzt aktualisiert am {date}.',
  newerVersion: 'Dieses Widget ist für den Feed zu alt. Die Website muss es aktualisieren.',
  noSource: 'Keine Quelle (src) angegeben.',
};
export default de;
