/** The self-check's first screen in German. The built-in questions have no German version: the English title and intro stand in. */
import type { IntroTexts } from './index.js';
import en from './en.js';

const de: IntroTexts = {
  duration: 'Dauert etwa 10 Minuten.',
  parts: '{dimensions} Themen mit je {questions} Fragen und einer zusätzlichen Frage, die freiwillig ist.',
  partsMixed:
    '{dimensions} Themen mit zusammen {questions} Fragen. Jedes Thema hat noch eine zusätzliche Frage, die freiwillig ist.',
  privacy: 'Ihre Antworten bleiben auf diesem Gerät, in diesem Browser. Nichts wird an einen Server geschickt.',
  privacyOptIn:
    'Ihre Antworten bleiben auf diesem Gerät, in diesem Browser. Nur wenn Sie es am Ende selbst wählen, schicken wir die Werte anonym weiter.',
  pause: 'Sie können aufhören und später weitermachen.',
  howTo:
    'Denken Sie an eine Partnerschaft. Wählen Sie bei jeder Frage die Beschreibung, die am besten passt. Sie wissen es nicht? Wählen Sie „Weiß nicht“. Passt eine Frage nicht zu Ihrer Partnerschaft? Wählen Sie „Trifft nicht zu“.',
  contentNote: 'Die Fragen gibt es noch nicht auf Deutsch. Sie sind auf Englisch.',
  start: 'Selbstcheck starten',
  about: 'Über diesen Selbstcheck',
  noStorage: 'Ihr Browser speichert die Antworten nicht. Lassen Sie diese Seite offen, bis Sie fertig sind.',
  builtin: en.builtin,
};
export default de;
