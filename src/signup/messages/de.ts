/** <som-signup> in German (loaded on first use). */
import type { SignupMessages } from './index.js';

export default {
  to: 'bis',
  allDay: 'ganztägig',
  left: 'Noch {n} Plätze',
  left1: 'Noch 1 Platz',
  waitlist: 'Ausgebucht — melden Sie sich für die Warteliste an',
  full: 'Ausgebucht',
  notYet: 'Anmeldung ab {d}',
  until: 'Anmeldung bis {d}',
  closed: 'Anmeldung geschlossen',
  cancelled: 'Abgesagt',
  postponed: 'Verschoben',
  none: 'Eine Anmeldung ist nicht nötig.',
  external: 'Beim Veranstalter anmelden',
  unknown: 'Diese Veranstaltung wurde nicht gefunden.',
  name: 'Name',
  email: 'E-Mail-Adresse',
  optional: '(freiwillig)',
  pick: 'Bitte wählen…',
  max: 'Höchstens {n} Zeichen.',
  privacy: '{who} nutzt Ihre Daten nur für diese Anmeldung und speichert sie bis {n} Tage nach der Veranstaltung.',
  policy: 'Datenschutzerklärung lesen',
  consent: 'Ich bin einverstanden, dass meine Daten dafür genutzt werden',
  submit: 'Anmelden',
  submitWaitlist: 'Auf die Warteliste setzen',
  sending: 'Wird gesendet…',
  offline:
    'Nicht gesendet: keine Verbindung. Ihre Eingaben bleiben erhalten. Sobald Sie wieder online sind, versuchen wir es erneut.',
  server: 'Nicht gesendet: beim Anmeldedienst ist ein Fehler aufgetreten. Ihre Eingaben bleiben erhalten.',
  retry: 'Erneut versuchen',
} satisfies SignupMessages;
