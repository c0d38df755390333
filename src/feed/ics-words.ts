/**
 * What a registration's calendar file says besides the event, per language. Apart from ics.ts so the
 * calendar widget, which writes only events' own files, does not carry them; the reference server does.
 */
export interface RegistrationWords {
  /** After the title of a waiting-list entry: "Labo (wachtlijst)". */
  waitlist: string;
  /** First in the description of a waiting-list entry. */
  waitNote: string;
  /** Before the cancel link. */
  cancel: string;
}

const WORDS: Record<string, RegistrationWords> = {
  nl: {
    waitlist: 'wachtlijst',
    waitNote: 'Je staat op de wachtlijst. Komt er een plaats vrij, dan schuif je automatisch door.',
    cancel: 'Kan je niet komen? Annuleer je inschrijving',
  },
  fr: {
    waitlist: "liste d'attente",
    waitNote: "Vous êtes sur la liste d'attente. Si une place se libère, vous passez automatiquement.",
    cancel: 'Vous ne pouvez pas venir ? Annulez votre inscription',
  },
  de: {
    waitlist: 'Warteliste',
    waitNote: 'Sie stehen auf der Warteliste. Wird ein Platz frei, rücken Sie automatisch nach.',
    cancel: 'Sie können nicht kommen? Stornieren Sie Ihre Anmeldung',
  },
  en: {
    waitlist: 'waiting list',
    waitNote: 'You are on the waiting list. If a place comes free, you move up automatically.',
    cancel: 'Cannot come? Cancel your registration',
  },
};

/** The words in a language ("fr", "fr-BE"), Dutch when there are none. */
export const registrationWords = (lang: string): RegistrationWords =>
  WORDS[lang.slice(0, 2).toLowerCase()] ?? WORDS.nl!;
