// @ts-check
/**
 * The server's problem answers (title and detail) in the four languages people sign up in. Keyed by the
 * English text, which stays the fallback (and what an API client without Accept-Language gets); a text that
 * varies carries its numbers in `{n}`. Answers meant for developers and the network's admin (Idempotency-Key,
 * ADMIN_TOKEN, FEED_SOURCES) stay English.
 */

/** The languages the server's messages and pages speak. */
export const SERVER_LANGUAGES = /** @type {const} */ (['nl', 'fr', 'de', 'en']);
/** @typedef {(typeof SERVER_LANGUAGES)[number]} ServerLanguage */

/** @type {Record<string, Record<Exclude<ServerLanguage, 'en'>, string>>} */
const TEXTS = {
  'Not found': { nl: 'Niet gevonden', fr: 'Introuvable', de: 'Nicht gefunden' },
  'There is nothing at this address.': {
    nl: 'Op dit adres staat niets.',
    fr: 'Il n’y a rien à cette adresse.',
    de: 'Unter dieser Adresse gibt es nichts.',
  },
  'There is no file at this address.': {
    nl: 'Op dit adres staat geen bestand.',
    fr: 'Il n’y a pas de fichier à cette adresse.',
    de: 'Unter dieser Adresse gibt es keine Datei.',
  },
  'There is no sign-up form for this event.': {
    nl: 'Voor deze activiteit is er geen inschrijvingsformulier.',
    fr: 'Il n’y a pas de formulaire d’inscription pour cette activité.',
    de: 'Für diese Veranstaltung gibt es kein Anmeldeformular.',
  },
  'There is no registration with this link.': {
    nl: 'Er is geen inschrijving met deze link.',
    fr: 'Aucune inscription ne correspond à ce lien.',
    de: 'Zu diesem Link gibt es keine Anmeldung.',
  },
  'Event cancelled': { nl: 'Activiteit geannuleerd', fr: 'Activité annulée', de: 'Veranstaltung abgesagt' },
  'This event has been cancelled.': {
    nl: 'Deze activiteit is geannuleerd.',
    fr: 'Cette activité a été annulée.',
    de: 'Diese Veranstaltung wurde abgesagt.',
  },
  'Registration closed': { nl: 'Inschrijving gesloten', fr: 'Inscriptions closes', de: 'Anmeldung geschlossen' },
  'Registration for this event is closed.': {
    nl: 'De inschrijving voor deze activiteit is gesloten.',
    fr: 'Les inscriptions à cette activité sont closes.',
    de: 'Die Anmeldung für diese Veranstaltung ist geschlossen.',
  },
  'Registration not yet open': {
    nl: 'Inschrijving nog niet open',
    fr: 'Inscriptions pas encore ouvertes',
    de: 'Anmeldung noch nicht geöffnet',
  },
  'Registration for this event has not opened yet.': {
    nl: 'De inschrijving voor deze activiteit is nog niet geopend.',
    fr: 'Les inscriptions à cette activité ne sont pas encore ouvertes.',
    de: 'Die Anmeldung für diese Veranstaltung ist noch nicht geöffnet.',
  },
  'Event full': { nl: 'Activiteit volzet', fr: 'Activité complète', de: 'Veranstaltung ausgebucht' },
  'There are no places left and there is no waiting list.': {
    nl: 'Er zijn geen plaatsen meer en er is geen wachtlijst.',
    fr: 'Il n’y a plus de places et pas de liste d’attente.',
    de: 'Es sind keine Plätze mehr frei und es gibt keine Warteliste.',
  },
  'Invalid sign-up': { nl: 'Inschrijving onvolledig', fr: 'Inscription incomplète', de: 'Anmeldung unvollständig' },
  'Some answers need attention.': {
    nl: 'Enkele antwoorden moeten nog aangepast worden.',
    fr: 'Certaines réponses sont à revoir.',
    de: 'Einige Angaben müssen noch korrigiert werden.',
  },
  'Too many requests': { nl: 'Te veel verzoeken', fr: 'Trop de requêtes', de: 'Zu viele Anfragen' },
  'Try again in {n} seconds.': {
    nl: 'Probeer het over {n} seconden opnieuw.',
    fr: 'Réessayez dans {n} secondes.',
    de: 'Versuchen Sie es in {n} Sekunden erneut.',
  },
  'Unsupported media type': {
    nl: 'Niet-ondersteund formaat',
    fr: 'Format non pris en charge',
    de: 'Nicht unterstütztes Format',
  },
  'Send the sign-up as application/json.': {
    nl: 'Stuur de inschrijving als application/json.',
    fr: 'Envoyez l’inscription en application/json.',
    de: 'Senden Sie die Anmeldung als application/json.',
  },
  'Send the result as application/json.': {
    nl: 'Stuur het resultaat als application/json.',
    fr: 'Envoyez le résultat en application/json.',
    de: 'Senden Sie das Ergebnis als application/json.',
  },
  'Bad request': { nl: 'Ongeldig verzoek', fr: 'Requête invalide', de: 'Ungültige Anfrage' },
  'The body must be a JSON object.': {
    nl: 'De inhoud moet een JSON-object zijn.',
    fr: 'Le contenu doit être un objet JSON.',
    de: 'Der Inhalt muss ein JSON-Objekt sein.',
  },
  'The body must be JSON.': {
    nl: 'De inhoud moet JSON zijn.',
    fr: 'Le contenu doit être du JSON.',
    de: 'Der Inhalt muss JSON sein.',
  },
  'Payload too large': { nl: 'Te groot', fr: 'Contenu trop volumineux', de: 'Inhalt zu groß' },
  'The request body is too large.': {
    nl: 'Wat je stuurde is te groot.',
    fr: 'Le contenu envoyé est trop volumineux.',
    de: 'Der gesendete Inhalt ist zu groß.',
  },
  'Request in progress': { nl: 'Al bezig', fr: 'Déjà en cours', de: 'Wird bereits bearbeitet' },
  'Internal server error': { nl: 'Serverfout', fr: 'Erreur du serveur', de: 'Serverfehler' },
  'Something went wrong on our side. Please try again.': {
    nl: 'Er ging bij ons iets mis. Probeer het opnieuw.',
    fr: 'Un problème est survenu de notre côté. Veuillez réessayer.',
    de: 'Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.',
  },
  'Registration cancelled': { nl: 'Inschrijving geannuleerd', fr: 'Inscription annulée', de: 'Anmeldung storniert' },
  'This registration has been cancelled.': {
    nl: 'Deze inschrijving is geannuleerd.',
    fr: 'Cette inscription a été annulée.',
    de: 'Diese Anmeldung wurde storniert.',
  },
  'This event is no longer in the calendar.': {
    nl: 'Deze activiteit staat niet meer in de kalender.',
    fr: 'Cette activité ne figure plus dans le calendrier.',
    de: 'Diese Veranstaltung steht nicht mehr im Kalender.',
  },
};

/**
 * `text` in `lang`, when there is a translation; numbers in the text are carried over (`{n}`).
 * @param {string} text the English text
 * @param {string | undefined} lang
 */
export function translate(text, lang) {
  if (!lang || lang === 'en') return text;
  const l = /** @type {Exclude<ServerLanguage, 'en'>} */ (lang);
  const exact = TEXTS[text]?.[l];
  if (exact) return exact;
  const n = /\d+/.exec(text)?.[0];
  const pattern = n === undefined ? undefined : TEXTS[text.replace(n, '{n}')]?.[l];
  return pattern ? pattern.replace('{n}', /** @type {string} */ (n)) : text;
}

/**
 * The language to answer in: the best-weighted of Accept-Language the server speaks, or undefined (English).
 * @param {string | undefined} header e.g. "fr-BE,fr;q=0.9,en;q=0.8"
 * @returns {ServerLanguage | undefined}
 */
export function acceptLanguage(header) {
  /** @type {ServerLanguage | undefined} */
  let best;
  let bestQ = 0;
  for (const part of (header ?? '').split(',')) {
    const [tag = '', ...params] = part.split(';').map((s) => s.trim());
    const q = Number(params.find((p) => p.startsWith('q='))?.slice(2) ?? 1);
    const lang = /** @type {ServerLanguage} */ (tag.toLowerCase().split('-')[0]);
    if (SERVER_LANGUAGES.includes(lang) && q > bestQ) [best, bestQ] = [lang, q];
  }
  return best;
}

/** A sign-up's `language` when the server speaks it. @param {unknown} language @returns {ServerLanguage | undefined} */
export function serverLanguage(language) {
  const lang = typeof language === 'string' ? language.toLowerCase().split('-')[0] : undefined;
  return SERVER_LANGUAGES.find((l) => l === lang);
}
