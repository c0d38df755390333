/** Dates in the network's time zone, with no date library: Intl, or a language's words (DateWords) and a zone rule. */
export const DEFAULT_TIME_ZONE = 'Europe/Brussels';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
export const isDateOnly = (value: string): boolean => DATE_ONLY.test(value);

/**
 * The Intl locale for an interface language (nl, fr, de, en): Belgian conventions, British for English (a
 * bare "en" would write "Tue, Apr 13, 2027" and "3:30 PM" on a Belgian site). A longer tag is used as given.
 */
export const localeFor = (lang: string): string =>
  lang.length === 2 ? `${lang}-${lang === 'en' ? 'GB' : 'BE'}` : lang;

const formatterCache = new Map<string, Intl.DateTimeFormat>();
/** Intl.DateTimeFormat in the interface language's locale (localeFor); cached: a feed of 1,000 events needs only a handful. */
export function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(options);
  let fmt = formatterCache.get(key);
  if (!fmt) {
    try {
      fmt = new Intl.DateTimeFormat(localeFor(lang), options);
    } catch {
      fmt = new Intl.DateTimeFormat('nl-BE', options); // unknown tag or time zone: stay usable
    }
    formatterCache.set(key, fmt);
  }
  return fmt;
}

/**
 * Let ICU set up an interface language's dates (nl, fr, de, en) while the feed is on its way, one part per task: a
 * page's first date format is one native call of 40–90 ms on a phone, mostly the locale's likely subtags and the list
 * of locales ICU has, which can be asked for in tasks of their own first (the collator's list shares about half of
 * the work of the date format's), then the network's time zone; after them, a date format is made in a few ms. Each
 * task stays under 50 ms at 4× (bench/phone-trace.mjs). Work that writes dates waits for it rather than pay for ICU's
 * set-up in a task of its own.
 */
export async function warmDates(lang: string): Promise<void> {
  const locale = localeFor(lang);
  const task = () => new Promise((resolve) => setTimeout(resolve));
  await task();
  new Intl.Locale(locale).maximize();
  await task();
  Intl.Collator.supportedLocalesOf(locale);
  await task();
  Intl.DateTimeFormat.supportedLocalesOf(locale);
  await task();
  new Intl.DateTimeFormat(locale, { timeZone: DEFAULT_TIME_ZONE }).format();
}

/**
 * A language's words for dates, as Intl writes them for the interface locales (localeFor): the tests compare the
 * two for every day of two years. The calendar writes its dates with them, not with Intl.DateTimeFormat, whose first
 * use on a page sets ICU up in one native call of 25–75 ms on a phone (the task over 50 ms bench/phone.mjs still
 * found); the smaller widgets, whose budgets have no room for the words, use Intl (intlDays, dateFormat). Names are
 * separated by spaces, Monday and January first. In a pattern, {W} and {w} are the weekday's long and short name,
 * {M} and {m} the month's, {d} the day, {y} the year, {t} a time ("15:00").
 */
export interface DateWords {
  W: string;
  w: string;
  M: string;
  m: string;
  /** "di 24 sep 2026" */ short: string;
  /** "dinsdag 24 september 2026" */ long: string;
  /** "dinsdag 24 september" */ dayMonth: string;
  /** "24 september 2026" */ date: string;
  /** "24 september 2026 om 15:00" */ at: string;
}

/** A day ("YYYY-MM-DD") in one of the patterns, or `month` ("september 2026", the same in the four languages). */
export function dayText(
  words: DateWords,
  pattern: Exclude<keyof DateWords, 'W' | 'w' | 'M' | 'm'> | 'month',
  key: string,
  time = '',
): string {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return (pattern === 'month' ? '{M} {y}' : words[pattern]).replace(/\{(\w)\}/g, (_, k: string) =>
    k === 'd'
      ? String(d)
      : k === 'y'
        ? String(y)
        : k === 't'
          ? time
          : words[k as 'W'].split(' ')[k === 'W' || k === 'w' ? weekday : m - 1]!,
  );
}

/** "15:00": an instant's wall-clock time in a zone, as the four locales write it (24-hour, two digits). */
export const timeText = (value: string | Date, timeZone: string): string => wallIso(value, timeZone).slice(11, 16);

/** An instant as "24 september 2026 om 15:00" in a zone. */
export const dateTimeText = (words: DateWords, value: string | Date, timeZone: string): string =>
  dayText(words, 'at', dayKey(value, timeZone), timeText(value, timeZone));

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

/** The zone's offset from UTC (ms) at an instant, asked of Intl: formatToParts is the slow part (15 µs in Node). */
function intlOffset(t: number, timeZone: string): number {
  const n = 'numeric';
  const fmt = dateFormat('en-GB', {
    timeZone,
    year: n,
    month: n,
    day: n,
    hour: n,
    minute: n,
    second: n,
    hourCycle: 'h23',
  });
  const p: Record<string, number> = {};
  for (const { type, value } of fmt.formatToParts(t)) p[type] = +value;
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!) - Math.floor(t / 1000) * 1000;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * The offset of the network's zone without Intl, for the zones of the interface languages' countries: since 1996
 * the EU's clocks go forward on the last Sunday of March and back on the last Sunday of October, at 01:00 UTC. The
 * tests compare it with Intl's for every year to 2050, so a change in the browsers' time zone data shows there.
 * Used once a widget asks for it (useZoneRule): the calendar, which writes its dates without Intl; the others
 * ask Intl for their dates anyway, and their bundles have no room for the rule.
 */
function euOffset(t: number, timeZone: string): number | undefined {
  const y = new Date(t).getUTCFullYear();
  if (y < 1996 || !/^Europe\/(Brussels|Amsterdam|Luxembourg|Paris|Berlin)$/.test(timeZone)) return undefined;
  const lastSunday = (month: number) => {
    const last = Date.UTC(y, month + 1, 0, 1);
    return last - new Date(last).getUTCDay() * DAY_MS;
  };
  return t >= lastSunday(2) && t < lastSunday(9) ? 2 * HOUR_MS : HOUR_MS;
}
let zoneRule: typeof euOffset | undefined;
/** From now on, the zones of the EU rule (euOffset) are offset by the rule, not by Intl. */
export const useZoneRule = (): void => void (zoneRule = euOffset);

const dayOffsets = new Map<string, number>();
/**
 * The zone's offset at an instant. A zone changes its offset at most once a day, so where the offsets at the start
 * of a UTC day and of the next are the same, they hold all day: a feed of 1,000 events asks Intl once per day it
 * touches instead of for every date it reads (formatToParts was the calendar's costliest call on a phone).
 */
function offsetAt(t: number, timeZone: string): number {
  const rule = zoneRule?.(t, timeZone);
  if (rule !== undefined) return rule;
  const at = (day: number) => {
    let o = dayOffsets.get(timeZone + day);
    if (o === undefined) dayOffsets.set(timeZone + day, (o = intlOffset(day * DAY_MS, timeZone)));
    return o;
  };
  const day = Math.floor(t / DAY_MS);
  const o = at(day);
  return o === at(day + 1) ? o : intlOffset(t, timeZone);
}

/** The instant moved by the zone's offset: its UTC fields (and toISOString) read the wall clock in the zone. */
export function wallClock(date: Date, timeZone: string): Date {
  const t = date.getTime();
  return new Date(t + offsetAt(t, timeZone));
}

/** Wall-clock parts of an instant in a time zone (weekday 0 = Monday). */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const w = wallClock(date, timeZone);
  return {
    year: w.getUTCFullYear(),
    month: w.getUTCMonth() + 1,
    day: w.getUTCDate(),
    hour: w.getUTCHours(),
    minute: w.getUTCMinutes(),
    second: w.getUTCSeconds(),
    weekday: (w.getUTCDay() + 6) % 7,
  };
}

/** The instant at which a wall-clock time happens in a time zone (DST-aware, two passes). */
export function zonedTimeToDate(y: number, m: number, d: number, h: number, min: number, timeZone: string): Date {
  const wanted = Date.UTC(y, m - 1, d, h, min);
  let guess = wanted;
  for (let i = 0; i < 2; i++) guess = wanted - offsetAt(guess, timeZone);
  return new Date(guess);
}

/** An ISO value from the feed as an instant; a date alone is midnight in the network's zone. */
export function toDate(value: string, timeZone = DEFAULT_TIME_ZONE): Date {
  const m = DATE_ONLY.exec(value);
  if (m) return zonedTimeToDate(+m[1]!, +m[2]!, +m[3]!, 0, 0, timeZone);
  return new Date(value);
}

/** "YYYY-MM-DDTHH:MM:SS.sssZ" read as the wall clock of a feed value in a zone. */
const wallIso = (value: string | Date, timeZone: string): string =>
  wallClock(typeof value === 'string' ? new Date(value) : value, timeZone).toISOString();

/** "YYYY-MM-DD" of an instant in a zone; a date-only value is its own key. */
export function dayKey(value: string | Date, timeZone = DEFAULT_TIME_ZONE): string {
  if (typeof value === 'string' && isDateOnly(value)) return value;
  return wallIso(value, timeZone).slice(0, 10);
}

/** Add days to a "YYYY-MM-DD" key (calendar arithmetic, no time zone involved). */
export function addDays(key: string, days: number): string {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Noon UTC of a day key: a safe instant for formatting the day's name in any zone. */
export const dayKeyToDate = (key: string): Date => new Date(`${key}T12:00:00Z`);

export interface When {
  start: string;
  end?: string | undefined;
}

/** The last day an event touches (an all-day end date is inclusive). */
export function lastDayKey(when: When, timeZone = DEFAULT_TIME_ZONE): string {
  if (!when.end) return dayKey(when.start, timeZone);
  if (isDateOnly(when.end)) return when.end;
  // An event ending at midnight ends on the previous day.
  const end = wallIso(when.end, timeZone);
  const key = end.slice(0, 10);
  return end.slice(11, 16) === '00:00' && key > dayKey(when.start, timeZone) ? addDays(key, -1) : key;
}

/** The instant an event is over, for "upcoming" vs "past". */
export function endInstant(when: When, timeZone = DEFAULT_TIME_ZONE): number {
  if (!when.end) {
    return isDateOnly(when.start) ? toDate(addDays(when.start, 1), timeZone).getTime() : new Date(when.start).getTime();
  }
  return isDateOnly(when.end) ? toDate(addDays(when.end, 1), timeZone).getTime() : new Date(when.end).getTime();
}

export interface WhenText {
  /** compact visible text */ text: string;
  /** full sentence for assistive tech */ label: string;
}

/** Writes a day ("YYYY-MM-DD") short ("di 24 sep 2026") or long ("dinsdag 24 september 2026"). */
export type DayWriter = (key: string, long?: boolean) => string;

/** Days written by the words of a language (the calendar). */
export const wordDays =
  (words: DateWords): DayWriter =>
  (key, long) =>
    dayText(words, long ? 'long' : 'short', key);

/** Days written by Intl in an interface language (widgets and tools that do not carry the words). */
export function intlDays(lang: string): DayWriter {
  const short: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' };
  const shortF = dateFormat(lang, { ...short, timeZone: 'UTC' });
  const longF = dateFormat(lang, { ...short, weekday: 'long', month: 'long', timeZone: 'UTC' });
  return (key, long) => (long ? longF : shortF).format(dayKeyToDate(key));
}

/**
 * Human date/time of an event in its zone: "di 24 sep 2026 · 15:00–18:30" and, for screen readers,
 * "dinsdag 24 september 2026, 15:00 tot 18:30". `words.to` is the localised "to"; `words.allDay` "all day".
 */
export function formatWhen(
  when: When,
  day: DayWriter,
  timeZone: string,
  words: { to: string; allDay: string },
): WhenText {
  // Days from their keys; times in the network's zone, each written once for the text and the label alike.
  const startDay = dayKey(when.start, timeZone);
  const lastDay = lastDayKey(when, timeZone);
  const allDay = isDateOnly(when.start);
  const from = allDay ? '' : timeText(when.start, timeZone);
  const to = allDay || !when.end ? '' : timeText(when.end, timeZone);
  if (startDay !== lastDay) {
    const at = (key: string, long: boolean, t: string, sep: string) => day(key, long) + (t && sep + t);
    return {
      text: `${at(startDay, false, from, ' ')} – ${at(lastDay, false, to, ' ')}`,
      label: `${at(startDay, true, from, ', ')} ${words.to} ${at(lastDay, true, to, ', ')}`,
    };
  }
  if (allDay) return { text: `${day(startDay)} · ${words.allDay}`, label: `${day(startDay, true)}, ${words.allDay}` };
  return {
    text: `${day(startDay)} · ${to ? `${from}–${to}` : from}`,
    label: `${day(startDay, true)}, ${to ? `${from} ${words.to} ${to}` : from}`,
  };
}
