// @ts-check
/** Problem texts of the feed build, in plain Dutch and English (the CLI's --lang; the server picks one too). */

const n = (x) => Number(x).toLocaleString('nl-BE');
const en = (x) => Number(x).toLocaleString('en-GB');

export const MESSAGES = {
  en: {
    fetchFailed: (p) => `could not be read: ${p.error}`,
    tooLarge: (p) => `is larger than ${en(p.max)} bytes: left out`,
    notJson: (p) => `is not valid JSON: ${p.error}`,
    notIcs: (p) => `is not a valid iCalendar file: ${p.error}`,
    notUitdatabank: () => 'is not a UiTdatabank answer (expected an object with "member", or a list of events)',
    notEmbedded: () => 'events come without their content: add embed=true to the Search API address',
    keptLastGood: (p) => `kept its last good ${p.count} item(s) from ${p.when}`,
    noLastGood: () => 'no earlier copy to fall back on: its items are missing from this feed',
    notModified: () => 'unchanged since the last build (304)',
    missingEnv: (p) => `needs the environment variable ${p.name}`,
    tooMany: (p) => `has ${en(p.count)} items; only the first ${en(p.max)} are read`,
    moreProblems: (p) => `${en(p.count)} more problem(s) in this source are not listed`,
    outOfWindow: (p) => `${en(p.count)} item(s) outside the window (${p.from} to ${p.to}) left out`,
    noId: () => 'skipped: no @id / UID to give it a stable id',
    noTitle: () => 'skipped: no title',
    noDate: () => 'skipped: no valid start date',
    permanent: () => 'skipped: a permanent offer has no date a calendar can show',
    unpublished: (p) => `skipped: not published in UiTdatabank (workflowStatus ${p.status})`,
    privateEvent: () => 'skipped: a private event',
    endBeforeStart: () => 'end is before start: the end is left out',
    linkRefused: (p) => `${p.field}: link refused (only https: links): left out`,
    recurrenceTooLong: (p) =>
      `repeats more than ${en(p.max)} times in the window: only the first ${en(p.max)} are kept`,
    recurrenceUnsupported: (p) => `skipped: repeats every ${p.freq} (only daily or less often is shown)`,
    unknownZone: (p) => `unknown time zone "${p.zone}": read as ${p.fallback}`,
    duplicate: (p) => `same activity (title, start and place) as "${p.keptId}" from ${p.keptSource}: that one is kept`,
    idTaken: (p) => `skipped: id "${p.id}" is already used by ${p.by}`,
    invalidItem: (p) => `skipped: ${p.detail}`,
    unknownTerm: (p) => `mapping names "${p.id}", which is not in the base feed's ${p.list}`,
    eventsCapped: (p) => `the feed holds at most ${en(p.max)} activities: ${en(p.count)} from sources left out`,
    configInvalid: (p) => `the sources file is invalid: ${p.error}`,
    baseUnreadable: (p) => `the base feed could not be read: ${p.error}`,
    baseInvalid: (p) => `the base feed is invalid: ${p.error}`,
    truncated: (p) => `${p.field} was longer than ${en(p.max)} characters: cut`,
  },
  nl: {
    fetchFailed: (p) => `kon niet gelezen worden: ${p.error}`,
    tooLarge: (p) => `is groter dan ${n(p.max)} bytes: niet gebruikt`,
    notJson: (p) => `is geen geldige JSON: ${p.error}`,
    notIcs: (p) => `is geen geldig iCalendar-bestand: ${p.error}`,
    notUitdatabank: () => 'is geen UiTdatabank-antwoord (verwacht: een object met "member", of een lijst activiteiten)',
    notEmbedded: () => 'de activiteiten komen zonder inhoud: voeg embed=true toe aan het adres van de Search API',
    keptLastGood: (p) => `de laatste goede ${p.count} item(s) van ${p.when} blijven staan`,
    noLastGood: () => 'geen eerdere kopie om op terug te vallen: de items ervan ontbreken in deze feed',
    notModified: () => 'ongewijzigd sinds de vorige keer (304)',
    missingEnv: (p) => `heeft de omgevingsvariabele ${p.name} nodig`,
    tooMany: (p) => `heeft ${n(p.count)} items; alleen de eerste ${n(p.max)} worden gelezen`,
    moreProblems: (p) => `nog ${n(p.count)} probleem/problemen in deze bron worden niet opgesomd`,
    outOfWindow: (p) => `${n(p.count)} item(s) buiten de periode (${p.from} tot ${p.to}) weggelaten`,
    noId: () => 'overgeslagen: geen @id / UID voor een vaste id',
    noTitle: () => 'overgeslagen: geen titel',
    noDate: () => 'overgeslagen: geen geldige begindatum',
    permanent: () => 'overgeslagen: een permanent aanbod heeft geen datum die een kalender kan tonen',
    unpublished: (p) => `overgeslagen: niet gepubliceerd in UiTdatabank (workflowStatus ${p.status})`,
    privateEvent: () => 'overgeslagen: een privé-afspraak',
    endBeforeStart: () => 'het einde ligt voor het begin: het einde is weggelaten',
    linkRefused: (p) => `${p.field}: link geweigerd (alleen https:-links): weggelaten`,
    recurrenceTooLong: (p) => `herhaalt meer dan ${n(p.max)} keer in de periode: alleen de eerste ${n(p.max)} blijven`,
    recurrenceUnsupported: (p) =>
      `overgeslagen: herhaalt elke ${p.freq} (alleen dagelijks of minder vaak wordt getoond)`,
    unknownZone: (p) => `onbekende tijdzone "${p.zone}": gelezen als ${p.fallback}`,
    duplicate: (p) =>
      `dezelfde activiteit (titel, begin en plaats) als "${p.keptId}" uit ${p.keptSource}: die blijft staan`,
    idTaken: (p) => `overgeslagen: id "${p.id}" wordt al gebruikt door ${p.by}`,
    invalidItem: (p) => `overgeslagen: ${p.detail}`,
    unknownTerm: (p) => `de mapping noemt "${p.id}", dat niet in de ${p.list} van de basisfeed staat`,
    eventsCapped: (p) => `de feed bevat hoogstens ${n(p.max)} activiteiten: ${n(p.count)} uit bronnen weggelaten`,
    configInvalid: (p) => `het bronnenbestand is ongeldig: ${p.error}`,
    baseUnreadable: (p) => `de basisfeed kon niet gelezen worden: ${p.error}`,
    baseInvalid: (p) => `de basisfeed is ongeldig: ${p.error}`,
    truncated: (p) => `${p.field} was langer dan ${n(p.max)} tekens: ingekort`,
  },
};

/** @typedef {keyof typeof MESSAGES.en} ProblemCode */

/**
 * One problem of a build: which source, which of its items (`ref`: its @id or UID; `id`: the feed id), what.
 * @typedef {{ severity: 'error' | 'warning' | 'info', source: string, code: ProblemCode, params?: Record<string, unknown>, ref?: string, id?: string, message: string }} BuildProblem
 */

/** Render a problem's message in a language. */
export function problemText(code, params = {}, lang = 'en') {
  const table = MESSAGES[lang] ?? MESSAGES.en;
  return table[code](params);
}

/** One line for a person: "[source] ref: message". */
export function describeBuildProblem(p) {
  const where = p.ref ? ` ${p.ref.length > 90 ? p.ref.slice(0, 87) + '…' : p.ref}:` : '';
  return `[${p.source}]${where} ${p.message}`;
}
