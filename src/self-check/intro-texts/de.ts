/** The self-check's first screen in German: the intro's texts and the built-in instrument's title, intro and sources. */
import type { IntroTexts } from './index.js';

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
  contentNote: '',
  start: 'Selbstcheck starten',
  about: 'Über diesen Selbstcheck',
  noStorage: 'Ihr Browser speichert die Antworten nicht. Lassen Sie diese Seite offen, bis Sie fertig sind.',
  builtin: {
    title: 'Selbstcheck Partnerschaft',
    intro:
      'Mit diesem Selbstcheck schauen Sie auf eine Partnerschaft. Zum Beispiel zwischen einer Schule und einer sozialen Einrichtung, einem Amt der Stadt, einer Hochschule oder einem Unternehmen.\n\n' +
      'Sie sehen, wo Sie stehen: vom Nebeneinander-Arbeiten bis zum Integrieren. Sie sehen auch, was schon gut läuft und woran Sie gemeinsam arbeiten können.',
    about:
      'Das Netzwerk Samen Onderwijs Maken hat diese Fragen selbst geschrieben. Sie stützen sich auf Forschung über Partnerschaften:\n\n' +
      'Bringle, Clayton & Price (2009), Partnerships in service learning and civic engagement: das SOFAR-Modell. Eine Beziehung wird stärker mit mehr Nähe (mehr Kontakt, mehr Arten von Aktivitäten, mehr gegenseitiger Einfluss), Gleichwertigkeit (faires Geben und Nehmen) und Integrität (gemeinsame Werte).\n\n' +
      'Clayton, Bringle, Senor, Huq & Morrison (2010): die Transformational Relationship Evaluation Scale (TRES). Jede Frage hat Antworten, die von wenig bis stark entwickelt gehen. TRES II fragt auch, wohin Partner wollen.\n\n' +
      'Das Kooperationsspektrum des Tamarack Institute: von Konkurrieren und Nebeneinander über Abstimmen bis zu Zusammenarbeiten, Integrieren und kollektiver Wirkung (Collective Impact). Entlang des Spektrums wächst das Vertrauen, und jeder Partner schützt sein eigenes Revier weniger. Kollektive Wirkung ist etwas für Netzwerke aus vielen Partnern, nicht für zwei.\n\n' +
      'Kania & Kramer (2011), Collective Impact: fünf Bedingungen. Gemeinsame Ziele und Vorgehensweise, gemeinsames Messen, Aktivitäten, die sich gegenseitig stärken, laufende Kommunikation und eine Organisation, die alles unterstützt (das „Backbone“).\n\n' +
      'Mattessich & Johnson (2018), das Wilder Collaboration Factors Inventory. Es misst ähnliche Bereiche mit Zustimmung/Ablehnung. Dieser Selbstcheck arbeitet mit Beschreibungen und vergleicht mit dem, wohin Sie selbst wollen.\n\n' +
      'Frey, Lohmeier, Lee & Tollefson (2006): Wenn zwei Partner dieselbe Partnerschaft unterschiedlich bewerten, ist das kein Fehler. Es ist ein Punkt, über den Sie gemeinsam sprechen können.\n\n' +
      'Die Stufen sind Faustregeln. Sie sind nicht wissenschaftlich getestet.',
  },
};
export default de;
