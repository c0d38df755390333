// @ts-check
/** Wall-clock times and zones with Intl only, with RFC 5545's rules for the hour that is skipped or repeated. */
import { zonedParts } from '../dist/feed/index.js';

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** Is this an IANA zone this runtime knows? */
export function isZone(name) {
  if (typeof name !== 'string' || !name || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at an instant, in milliseconds. */
export function offsetAt(ms, zone) {
  const p = zonedParts(new Date(ms), zone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - (ms - (((ms % 1000) + 1000) % 1000));
}

/**
 * The instant of a wall-clock time in a zone. A time that does not exist (02:30 on the last Sunday of March
 * in Brussels) moves forward by the gap (03:30 summer time); a time that happens twice (02:30 on the last
 * Sunday of October) is the first one, as RFC 5545 says for both.
 * @param {{ year: number, month: number, day: number, hour?: number, minute?: number, second?: number }} t
 */
export function wallToInstant(t, zone) {
  const wanted = Date.UTC(t.year, t.month - 1, t.day, t.hour ?? 0, t.minute ?? 0, t.second ?? 0);
  const before = offsetAt(wanted - 864e5 / 2, zone);
  const after = offsetAt(wanted + 864e5 / 2, zone);
  const fits = [wanted - before, wanted - after].filter((ms) => wanted - offsetAt(ms, zone) === ms);
  if (fits.length) return Math.min(...fits);
  return wanted - before;
}

/** An instant as the feed writes it: local time in the zone with its offset ("2027-03-28T03:30:00+02:00"). */
export function isoInZone(ms, zone) {
  const p = zonedParts(new Date(ms), zone);
  const off = Math.round(offsetAt(ms, zone) / 60000);
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** "YYYY-MM-DD" of an instant in a zone. */
export function dayInZone(ms, zone) {
  const p = zonedParts(new Date(ms), zone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** Calendar arithmetic on "YYYY-MM-DD". */
export function addDaysKey(key, days) {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Wall-clock parts of an instant, for ids and for recognising UiTdatabank's all-day 00:00–23:59. */
export const partsInZone = (ms, zone) => zonedParts(new Date(ms), zone);

/**
 * Windows zone names that Outlook and Exchange write as TZID, for the zones a Belgian network meets; the rest
 * are resolved through the calendar's own VTIMEZONE.
 */
export const WINDOWS_ZONES = {
  'Romance Standard Time': 'Europe/Brussels',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  UTC: 'UTC',
  'Coordinated Universal Time': 'UTC',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'FLE Standard Time': 'Europe/Kiev',
  'GTB Standard Time': 'Europe/Bucharest',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Morocco Standard Time': 'Africa/Casablanca',
  'Eastern Standard Time': 'America/New_York',
  'Pacific Standard Time': 'America/Los_Angeles',
};
