// @ts-check
/**
 * The organiser's side, pure parts: the organiser's capacity and early close applied to a feed event, the
 * figures (places left, turnout), answers by their labels, times in the network's zone, and the CSV that a
 * Belgian spreadsheet opens as it is (UTF-8 with BOM, ';', formulas neutralised, numbers left alone).
 */
import { PHONE_PATTERN, dayKey, resolveText, seatsOf, zonedParts } from 'som-widgets/feed';
import { ORGANISER_WORDS } from './organiser-texts.js';

/** @typedef {import('som-widgets/feed').FeedEvent} FeedEvent */
/** @typedef {import('som-widgets/feed').FeedField} FeedField */
/** @typedef {import('./db.js').EventSettings} EventSettings */
/** @typedef {import('./db.js').Figures} Figures */

/**
 * The feed event as the organiser set it: their capacity instead of the feed's, and registration closed from
 * the moment they closed it. The one availability rule (src/feed/availability.ts) then reads it as usual.
 * @template {FeedEvent} E
 * @param {E} event
 * @param {EventSettings | undefined} settings
 * @returns {E}
 */
export function withSettings(event, settings) {
  const reg = event.registration;
  if (!settings || reg?.type !== 'form' || (settings.capacity === null && !settings.closedAt)) return event;
  const closedAt = settings.closedAt;
  const closes = closedAt && (!reg.closes || Date.parse(closedAt) < Date.parse(reg.closes)) ? closedAt : reg.closes;
  return {
    ...event,
    registration: {
      ...reg,
      ...(settings.capacity !== null ? { capacity: settings.capacity } : {}),
      ...(closes ? { closes } : {}),
    },
  };
}

/**
 * The figures the page and the report show. Turnout is present / confirmed (at the start: nobody cancels
 * after it), null while nobody is confirmed.
 * @param {Figures | undefined} f
 * @param {FeedEvent} event with the organiser's settings applied
 */
export function summarise(f, event) {
  const z = { confirmed: 0, waitlisted: 0, cancelledPerson: 0, cancelledReminder: 0, cancelledOrganiser: 0 };
  const n = { ...z, present: 0, promoted: 0, ...f };
  const capacity = seatsOf(event);
  return {
    ...n,
    capacity,
    cancelled: n.cancelledPerson + n.cancelledReminder + n.cancelledOrganiser,
    placesLeft: capacity === null ? null : Math.max(0, capacity - n.confirmed),
    noShows: n.confirmed - n.present,
    turnout: n.confirmed ? n.present / n.confirmed : null,
  };
}

/**
 * An answer as people read it: the option's label, not its code; a tick as yes/no.
 * @param {FeedField} field
 * @param {unknown} value
 * @param {string[]} prefs languages, best first
 * @param {{ yes: string, no: string }} words
 */
export function answerText(field, value, prefs, words) {
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (field.type === 'select') {
    const option = field.options?.find((o) => o.value === value);
    return option ? resolveText(option.label, prefs) : String(value);
  }
  return String(value);
}

/**
 * "2026-12-03 15:42" in the network's zone (what a spreadsheet sorts and reads as a date-time).
 * @param {string | null | undefined} iso @param {string} timeZone
 */
export function localTime(iso, timeZone) {
  if (!iso) return '';
  const date = new Date(iso);
  const { hour, minute } = zonedParts(date, timeZone);
  return `${dayKey(date, timeZone)} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** Plainly a number: "-5", "3,5", "+12.50". A spreadsheet reads it as the number it is; nothing to run. */
const NUMBER = /^[+-]?\d+([.,]\d+)?$/;

/**
 * Whether a cell would be run as a formula and needs the leading apostrophe. Cells starting with = + -, an
 * at sign, a tab or a carriage return do, except values that are plainly numbers or phone numbers ("+32 475 12 34 56",
 * "-5"): those contain nothing a formula could call or reference (no letters, no = ! | or quotes).
 * @param {string} s
 */
export function needsGuard(s) {
  if (!/^[=+\-@\t\r]/.test(s)) return false;
  if (NUMBER.test(s)) return false;
  return !(s.startsWith('+') && PHONE_PATTERN.test(s));
}

/**
 * RFC 4180 with ';' (the list separator of Belgian and most European spreadsheets): every cell quoted,
 * CRLF between records, formulas neutralised (needsGuard).
 * @param {unknown[][]} rows
 * @param {string} [separator]
 */
export function toCsv(rows, separator = ';') {
  /** @param {unknown} v */
  const cell = (v) => {
    let s = v === null || v === undefined ? '' : String(v);
    if (needsGuard(s)) s = `'${s}`;
    return `"${s.replace(/"/g, '""')}"`;
  };
  return rows.map((r) => r.map(cell).join(separator)).join('\r\n') + '\r\n';
}

/** The byte order mark makes spreadsheet programs read the file as UTF-8 (accents in names). @param {unknown[][]} rows */
export const csvFile = (rows) => `\uFEFF${toCsv(rows)}`;

/**
 * Parse a file made by csvFile back into rows (for tests and anyone checking an export).
 * @param {string} text
 * @param {string} [separator]
 */
export function parseCsv(text, separator = ';') {
  /** @type {string[][]} */
  const rows = [];
  /** @type {string[]} */
  let row = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) endCell();
    else if (ch === '\r' && s[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += ch;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/**
 * The event's people as a table for a spreadsheet: labels not codes, the network's local times, status in
 * the page's language, who moved up from the waiting list, when each person was checked in.
 * @param {FeedEvent} event
 * @param {import('./db.js').Registration[]} people confirmed first, then the waiting list in order
 * @param {'nl' | 'fr' | 'en'} lang
 * @param {string} timeZone
 */
export function registrationTable(event, people, lang, timeZone) {
  const w = ORGANISER_WORDS[lang];
  const fields = event.registration?.type === 'form' ? (event.registration.fields ?? []) : [];
  const header = [
    w.registered,
    w.status,
    w.place,
    w.name,
    w.email,
    w.language,
    w.movedUp,
    w.present,
    ...fields.map((f) => resolveText(f.label, [lang])),
  ];
  const rows = people.map((r) => [
    localTime(r.createdAt, timeZone),
    r.status === 'confirmed' ? w.statusConfirmed : w.statusWaitlisted,
    r.position ?? '',
    r.name,
    r.email,
    r.language,
    r.promotedAt ? w.yes : '',
    r.presentAt ? localTime(r.presentAt, timeZone) : '',
    ...fields.map((f) => answerText(f, r.answers?.[f.id], [lang], w)),
  ]);
  return [header, ...rows];
}
