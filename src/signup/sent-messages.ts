/**
 * What <som-signup> says once a person presses the button: field problems, the answer, the confirmation.
 * Part of the submission chunk (sent.ts), so a page that only shows the form does not carry it. Dutch is
 * built in; French, German and English are chunks of their own.
 */
import { lazyMessages, type UiLang } from '../core/i18n.js';
import { whenLoaded } from '../core/when-loaded.js';

const nl = {
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
  wait: 'Het is even druk. We proberen het over {s} s opnieuw.',
  lateFull: 'Sorry, intussen is de activiteit volzet.',
  late: 'Sorry, inschrijven kan nu niet meer.',
  refused: 'Inschrijven lukte niet.',
  confirmed: 'Je bent ingeschreven',
  waitlisted: 'Je staat op de wachtlijst',
  position: ' (nummer {n})',
  duplicate: 'Je was al ingeschreven met dit e-mailadres.',
  resent: 'We stuurden je bevestiging opnieuw naar {a}, met de links om ze te bekijken of te annuleren.',
  promote: 'Komt er een plaats vrij, dan schuif je automatisch door.',
  ics: 'Zet het in je agenda',
  icsWait: 'Zet het voorlopig in je agenda (zonder herinnering)',
  cancel: 'Inschrijving annuleren',
  cancelHint: 'Kan je toch niet komen? Annuleer dan via deze link, zodat iemand anders je plaats krijgt.',
};

export type SentMessages = Record<keyof typeof nl, string>;

/** The table for a language, or undefined while it loads; `ready` is called once it is there. */
export const sentTexts = lazyMessages<SentMessages>(nl, {
  fr: () => import('./messages-sent-fr.js'),
  de: () => import('./messages-sent-de.js'),
  en: () => import('./messages-sent-en.js'),
});

/** The table for a language, once it is there (Dutch stands in when its chunk cannot be loaded). */
export const sentMessages = (lang: UiLang): Promise<SentMessages> => whenLoaded(sentTexts, lang);
