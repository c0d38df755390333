/**
 * Interface text of <som-signup>: short, plain (B1) sentences. Dutch, the default, is in the bundle;
 * French, German and English are separate chunks loaded on first use, so a page downloads one language.
 */
import { lazyMessages } from '../core/i18n.js';

export const nl = {
  to: 'tot',
  allDay: 'hele dag',
  left: 'Nog {n} plaatsen',
  left1: 'Nog 1 plaats',
  waitlist: 'Volzet — schrijf je in op de wachtlijst',
  full: 'Volzet',
  notYet: 'Inschrijven kan vanaf {d}',
  until: 'Inschrijven kan tot {d}',
  closed: 'Inschrijvingen gesloten',
  cancelled: 'Geannuleerd',
  postponed: 'Uitgesteld',
  none: 'Je hoeft je niet in te schrijven.',
  external: 'Inschrijven bij de organisator',
  unknown: 'Deze activiteit is niet gevonden.',
  name: 'Naam',
  email: 'E-mailadres',
  optional: '(niet verplicht)',
  pick: 'Kies…',
  max: 'Hoogstens {n} tekens.',
  privacy: '{who} gebruikt je gegevens alleen voor deze inschrijving en bewaart ze tot {n} dagen na de activiteit.',
  policy: 'Lees de privacyverklaring',
  consent: 'Ik ga akkoord dat mijn gegevens hiervoor gebruikt worden',
  submit: 'Inschrijven',
  submitWaitlist: 'Zet me op de wachtlijst',
  sending: 'Bezig met versturen…',
  offline: 'Niet verstuurd: er is geen verbinding. Wat je invulde, blijft bewaard. Zodra je weer online bent, proberen we het opnieuw.',
  server: 'Niet verstuurd: er ging iets mis bij de inschrijvingsdienst. Wat je invulde, blijft bewaard.',
  retry: 'Opnieuw proberen',
};

export type SignupMessages = Record<keyof typeof nl, string>;

/** The table for a language, or undefined while it loads; `ready` is called once it is there. */
export const signupMessages = lazyMessages<SignupMessages>(nl, {
  fr: () => import('./messages-fr.js'),
  de: () => import('./messages-de.js'),
  en: () => import('./messages-en.js'),
});
