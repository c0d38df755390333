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
  none: 'Je hoeft je niet in te schrijven.',
  external: 'Inschrijven bij de organisator',
  unknown: 'Deze activiteit is niet gevonden.',
  name: 'Naam',
  email: 'E-mailadres',
  optional: '(niet verplicht)',
  pick: 'Kies…',
  max: 'Hoogstens {n} tekens.',
  privacy: '{who} gebruikt je gegevens alleen voor deze inschrijving en bewaart ze tot 30 dagen na de activiteit.',
  policy: 'Lees de privacyverklaring',
  consent: 'Ik ga akkoord dat mijn gegevens hiervoor gebruikt worden',
  submit: 'Inschrijven',
  submitWaitlist: 'Zet me op de wachtlijst',
  sending: 'Bezig met versturen…',
  problem: 'Er is een probleem',
  error: 'Fout:',
  req: 'Vul “{f}” in.',
  tick: 'Vink “{f}” aan.',
  choose: 'Kies een antwoord bij “{f}”.',
  eEmail: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.be.',
  tel: 'Vul een geldig telefoonnummer in bij “{f}”.',
  num: 'Vul een getal in bij “{f}”.',
  long: '“{f}” mag hoogstens {n} tekens hebben.',
  eConsent: 'Geef je toestemming om je in te schrijven.',
  offline: 'Niet verstuurd: er is geen verbinding. Wat je invulde, blijft bewaard. Zodra je weer online bent, proberen we het opnieuw.',
  server: 'Niet verstuurd: er ging iets mis bij de inschrijvingsdienst. Wat je invulde, blijft bewaard.',
  retry: 'Opnieuw proberen',
  wait: 'Het is even druk. We proberen het over {s} s opnieuw.',
  lateFull: 'Sorry, intussen is de activiteit volzet.',
  late: 'Sorry, inschrijven kan nu niet meer.',
  refused: 'Inschrijven lukte niet.',
  confirmed: 'Je bent ingeschreven',
  waitlisted: 'Je staat op de wachtlijst',
  position: ' (nummer {n})',
  duplicate: 'Je was al ingeschreven met dit e-mailadres.',
  promote: 'Komt er een plaats vrij, dan schuif je automatisch door.',
  ics: 'Zet het in je agenda',
  cancel: 'Inschrijving annuleren',
  cancelHint: 'Kan je toch niet komen? Annuleer dan via deze link, zodat iemand anders je plaats krijgt.',
};

export type SignupMessages = Record<keyof typeof nl, string>;

/** The table for a language, or undefined while it loads; `ready` is called once it is there. */
export const signupMessages = lazyMessages<SignupMessages>(nl, {
  fr: () => import('./messages-fr.js'),
  de: () => import('./messages-de.js'),
  en: () => import('./messages-en.js'),
});
