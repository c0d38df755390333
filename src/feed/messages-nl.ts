/** Dutch problem texts for tools (the CLI); widgets log in English and never load this. */
import { FEED_VERSION } from './version.js';
import type { ParseMessages } from './parse.js';

const DETAILS: [RegExp, string][] = [
  [/is required$/, 'is verplicht'],
  [/must not be empty$/, 'mag niet leeg zijn'],
  [/expected a date-time with offset \((.*)\), got (.*)$/, 'verwacht een datum-tijd met tijdzone ($1), kreeg $2'],
  [/expected a date \((.*)\), got (.*)$/, 'verwacht een datum ($1), kreeg $2'],
  [/expected text matching (.*), got (.*)$/, 'verwacht tekst volgens $1, kreeg $2'],
  [/expected text, got (.*)$/, 'verwacht tekst, kreeg $1'],
  [/expected a number, got (.*)$/, 'verwacht een getal, kreeg $1'],
  [/expected a whole number$/, 'verwacht een geheel getal'],
  [/expected true or false, got (.*)$/, 'verwacht true of false, kreeg $1'],
  [/expected a list, got (.*)$/, 'verwacht een lijst, kreeg $1'],
  [/expected an object, got (.*)$/, 'verwacht een object, kreeg $1'],
  [/expected one of (.*)$/, 'verwacht een van $1'],
  [/must be at least (.*)$/, 'moet minstens $1 zijn'],
  [/must be at most (.*)$/, 'mag hoogstens $1 zijn'],
  [/must be more than (.*)$/, 'moet meer dan $1 zijn'],
  [/too long \(maximum (.*)\)$/, 'te lang (maximum $1)'],
  [/is not a language tag$/, 'is geen taalcode'],
  [/"end" is before "start"$/, '"end" ligt voor "start"'],
  [/a portrait needs "quote" or "bio"$/, 'een portret heeft "quote" of "bio" nodig'],
  [/option values must increase$/, 'de waarden van de opties moeten stijgen'],
];

export const NL_MESSAGES: ParseMessages = {
  notObject: 'De feed is geen JSON-object.',
  newer: (v) =>
    `Deze feed is versie ${v}; deze widget kent versie ${FEED_VERSION}. Werk de widgets bij om hem te tonen.`,
  envelope: 'De feed zelf is ongeldig',
  allInvalid: (list) => `Alle items in "${list}" zijn ongeldig: er is niets om te tonen.`,
  duplicate: (id) => `Dubbele id "${id}": het eerste item met deze id wordt gebruikt, dit wordt overgeslagen.`,
  unsafe: 'Link geweigerd (alleen absolute https:-links zijn toegestaan); het veld wordt weggelaten.',
  skipped: 'Item overgeslagen',
  detail: (text) => {
    for (const [pattern, dutch] of DETAILS) if (pattern.test(text)) return text.replace(pattern, dutch);
    return text;
  },
};
