/**
 * Calendar files (RFC 5545) and "add to Google / Outlook" links for feed events. Pure: no DOM, no
 * dependencies, so the calendar widget and the reference server share it.
 *
 * Times are written as Brussels wall-clock time with TZID and a VTIMEZONE block, which every client
 * understands (PROTOCOL.md); a network in another time zone gets UTC times, which are as exact and need no
 * zone rules. All-day events use VALUE=DATE with an exclusive end (the feed's date-only `end` is inclusive).
 */
import type { FeedEvent } from './schema.js';
import { resolveText, type Text } from './text.js';
import { addDays, isDateOnly, lastDayKey, toDate, wallClock } from './dates.js';
import type { RegistrationWords } from './ics-words.js';

const TZ = 'Europe/Brussels';

export interface IcsOptions {
  /** Makes the UID stable and unique across networks: `<event-id>@<network-id>`. */
  networkId: string;
  lang: string;
  /** Adds a reminder one day before (a confirmed seat's; never on a waiting list). */
  alarm?: boolean;
  /**
   * The file is a person's registration: it says its status (a waiting list is TENTATIVE, in its title
   * too, and has no reminder) and carries the link to cancel it, in `words` (ics-words.ts) of its language.
   */
  registration?: { status: 'confirmed' | 'waitlisted'; cancelUrl?: string | undefined; words: RegistrationWords };
  /** DTSTAMP; defaults to the current time. */
  now?: Date;
  /** The network's time zone (`network.timeZone`): which day an all-day or midnight end falls on. Default Europe/Brussels. */
  timeZone?: string;
}

export interface CalendarOptions extends Omit<IcsOptions, 'alarm' | 'registration'> {
  /** Shown by clients as the subscribed calendar's name. */
  name: string;
  /** Each event's SEQUENCE (its version), so calendar apps update a moved or cancelled event in place. */
  sequences?: ReadonlyMap<string, number>;
}

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZ}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT value escaping (RFC 5545 §3.3.11). */
export const escapeText = (s: string): string => s.replace(/[\\;,]/g, '\\$&').replace(/\r\n?|\n/g, '\\n');

/** Fold a content line at 75 octets (UTF-8), never inside a character; continuation lines start with a space. */
export function foldLine(line: string): string {
  let out = '';
  let bytes = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + size > 75) {
      out += '\r\n ';
      bytes = 1;
    }
    out += ch;
    bytes += size;
  }
  return out;
}

const compactDay = (key: string) => key.replaceAll('-', '');
const utcStamp = (d: Date) => d.toISOString().replace(/[-:]|\.\d{3}/g, '');

/** The end instant of a timed event; a date-only end means "until the end of that day". */
const timedEnd = (end: string, tz: string) => (isDateOnly(end) ? toDate(addDays(end, 1), tz) : new Date(end));
/** A timed value: Brussels wall-clock time with its TZID, or UTC for any other zone. */
const timed = (name: string, d: Date, tz: string) =>
  tz === TZ ? `${name};TZID=${TZ}:${utcStamp(wallClock(d, TZ)).slice(0, -1)}` : `${name}:${utcStamp(d)}`;

interface Parts {
  title: string;
  details: string;
  location: string;
  allDay: boolean;
}

function parts(event: FeedEvent, lang: string): Parts {
  const t = (text: Text | undefined) => resolveText(text, [lang]);
  const place = event.location ? [t(event.location.name), event.location.address].filter(Boolean).join(', ') : '';
  const details = [
    event.status === 'cancelled' || event.status === 'postponed' ? t(event.statusReason) : '',
    t(event.summary),
    t(event.description),
  ];
  return {
    title: t(event.title),
    details: details.filter(Boolean).join('\n\n'),
    location: place || event.online?.url || '',
    allDay: isDateOnly(event.start),
  };
}

function vevent(event: FeedEvent, o: IcsOptions, sequence = 0): string[] {
  const p = parts(event, o.lang);
  const tz = o.timeZone ?? TZ;
  const reg = o.registration;
  const waiting = reg?.status === 'waitlisted';
  const wait = waiting ? reg.words : undefined;
  const lines = ['BEGIN:VEVENT', `UID:${event.id}@${o.networkId}`];
  if (sequence > 0) lines.push(`SEQUENCE:${sequence}`);
  lines.push(`DTSTAMP:${utcStamp(o.now ?? new Date())}`);
  if (p.allDay) {
    lines.push(
      `DTSTART;VALUE=DATE:${compactDay(event.start)}`,
      `DTEND;VALUE=DATE:${compactDay(addDays(lastDayKey(event, tz), 1))}`,
    );
  } else {
    lines.push(timed('DTSTART', new Date(event.start), tz));
    if (event.end) lines.push(timed('DTEND', timedEnd(event.end, tz), tz));
  }
  lines.push(`SUMMARY:${escapeText(wait ? `${p.title} (${wait.waitlist})` : p.title)}`);
  const details = [wait?.waitNote, p.details, reg?.cancelUrl && `${reg.words.cancel}: ${reg.cancelUrl}`]
    .filter(Boolean)
    .join('\n\n');
  if (details) lines.push(`DESCRIPTION:${escapeText(details)}`);
  if (p.location) lines.push(`LOCATION:${escapeText(p.location)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  if (event.status === 'cancelled') lines.push('STATUS:CANCELLED');
  else if (reg) lines.push(waiting ? 'STATUS:TENTATIVE' : 'STATUS:CONFIRMED');
  if (o.alarm && !waiting)
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(p.title)}`, 'TRIGGER:-P1D', 'END:VALARM');
  lines.push('END:VEVENT');
  return lines;
}

function vcalendar(body: string[], tz: string, head: string[] = []): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//SOM widgets//som-widgets//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...head,
    ...(tz === TZ ? VTIMEZONE : []),
    ...body,
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A calendar file with one event, for "add to my calendar" (optionally with a reminder the day before, or as a person's registration). */
export const eventToIcs = (event: FeedEvent, options: IcsOptions): string =>
  vcalendar(vevent(event, options), options.timeZone ?? TZ);

/** A subscription calendar (webcal) with many events; clients refresh it twice a day. */
export function calendarToIcs(events: readonly FeedEvent[], options: CalendarOptions): string {
  const tz = options.timeZone ?? TZ;
  const head = [
    `X-WR-CALNAME:${escapeText(options.name)}`,
    `X-WR-TIMEZONE:${tz}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
    'X-PUBLISHED-TTL:PT12H',
  ];
  return vcalendar(
    events.flatMap((e) => vevent(e, options, options.sequences?.get(e.id))),
    tz,
    head,
  );
}

/** Start and (exclusive) end: day keys for all-day events, instants otherwise. */
function span(event: FeedEvent, allDay: boolean, tz: string): [string, string] | [Date, Date] {
  if (allDay) return [event.start, addDays(lastDayKey(event, tz), 1)];
  const start = new Date(event.start);
  return [start, event.end ? timedEnd(event.end, tz) : start];
}

/** Web calendars have no URL field: the event's page goes at the end of the details. */
const linkDetails = (event: FeedEvent, p: Parts) => [p.details, event.url].filter(Boolean).join('\n\n');

const query = (params: Record<string, string>) => new URLSearchParams(Object.entries(params).filter(([, v]) => v));

/** A link that opens Google Calendar with the event filled in. */
export function googleCalendarUrl(event: FeedEvent, lang: string, tz = TZ): string {
  const p = parts(event, lang);
  const [start, end] = span(event, p.allDay, tz);
  const fmt = (v: string | Date) => (typeof v === 'string' ? compactDay(v) : utcStamp(v));
  return `https://calendar.google.com/calendar/render?${query({ action: 'TEMPLATE', text: p.title, dates: `${fmt(start)}/${fmt(end)}`, details: linkDetails(event, p), location: p.location, ctz: tz })}`;
}

/** A link that opens Outlook.com's new-event form with the event filled in. */
export function outlookUrl(event: FeedEvent, lang: string, tz = TZ): string {
  const p = parts(event, lang);
  const [start, end] = span(event, p.allDay, tz);
  const fmt = (v: string | Date) => (typeof v === 'string' ? v : v.toISOString().replace(/\.\d{3}/, ''));
  return `https://outlook.live.com/calendar/0/action/compose?${query({ subject: p.title, startdt: fmt(start), enddt: fmt(end), body: linkDetails(event, p), location: p.location, allday: String(p.allDay) })}`;
}

/** A safe download name: ids are already restricted to [a-z0-9_-]. */
export const icsFileName = (event: Pick<FeedEvent, 'id'>): string => `${event.id}.ics`;
