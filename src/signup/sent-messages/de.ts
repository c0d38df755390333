/** What <som-signup> says once a person presses the button, in German (loaded with the submission code). */
import type { SentMessages } from './index.js';

export default {
  problem: 'Es gibt ein Problem',
  error: 'Fehler:',
  req: 'Füllen Sie „{f}“ aus.',
  tick: 'Kreuzen Sie „{f}“ an.',
  choose: 'Wählen Sie eine Antwort bei „{f}“.',
  eEmail: 'Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de.',
  tel: 'Geben Sie bei „{f}“ eine gültige Telefonnummer ein.',
  num: 'Geben Sie bei „{f}“ eine Zahl ein.',
  long: '„{f}“ darf höchstens {n} Zeichen haben.',
  eConsent: 'Geben Sie Ihr Einverständnis, um sich anzumelden.',
  wait: 'Gerade ist viel los. Neuer Versuch in {s} s.',
  lateFull: 'Leider ist die Veranstaltung inzwischen ausgebucht.',
  late: 'Leider ist keine Anmeldung mehr möglich.',
  refused: 'Die Anmeldung hat nicht geklappt.',
  confirmed: 'Sie sind angemeldet',
  waitlisted: 'Sie stehen auf der Warteliste',
  position: ' (Nummer {n})',
  duplicate: 'Sie waren mit dieser E-Mail-Adresse schon angemeldet.',
  resent: 'Wir haben Ihre Bestätigung noch einmal an {a} geschickt, mit den Links zum Ansehen und Stornieren.',
  promote: 'Wird ein Platz frei, rücken Sie automatisch nach.',
  ics: 'In meinen Kalender',
  icsWait: 'Vorläufig in meinen Kalender (ohne Erinnerung)',
  cancel: 'Anmeldung stornieren',
  cancelHint:
    'Sie können doch nicht kommen? Stornieren Sie über diesen Link, damit jemand anderes Ihren Platz bekommt.',
} satisfies SentMessages;
