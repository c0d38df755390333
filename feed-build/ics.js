// @ts-check
/**
 * A partner's public calendar (.ics: Google Calendar, Outlook/Exchange, a school's or library's site), parsed
 * with ical.js and mapped onto feed events. Recurring events are expanded within the build's window, with
 * EXDATE and RECURRENCE-ID overrides (a moved or cancelled date). Times with a TZID are read in that zone (an
 * IANA name through Intl, a Windows name through the file's VTIMEZONE or a small table), floating times in the
 * calendar's zone (X-WR-TIMEZONE, else the source's timeZone, else the network's).
 */
import ICAL from 'ical.js';
import { assignTaxonomies, compact, link, LIMITS, name, stableId } from './common.js';
import { cleanLine, cleanParagraphs, clamp } from './text.js';
import { addDaysKey, isoInZone, isZone, wallToInstant, WINDOWS_ZONES } from './time.js';

/** At most this many dates of one series in the window (a daily event over a year: 366). */
export const MAX_OCCURRENCES = 400;
/** Steps through a series before giving up (a daily rule that began in 1990 takes ~13,000). */
const MAX_STEPS = 50000;
const CANCELLED_PREFIX = /^\s*(cancel+ed|canceled|geannuleerd|afgelast|annul[ée]e?|abgesagt)\s*[:\-–]\s*/i;

const pad = (n, w = 2) => String(n).padStart(w, '0');

/**
 * @param {string} text  the .ics file
 * @param {any} ctx  source, now, window, zone, mapping, defaults, report(), maxItems
 * @returns {{ items: any[], failed?: string }}
 */
export function mapIcs(text, ctx) {
  let calendars;
  try {
    const jcal = ICAL.parse(text);
    calendars = (Array.isArray(jcal[0]) ? jcal : [jcal]).map((j) => new ICAL.Component(j));
  } catch (e) {
    ctx.report('notIcs', { error: String(e?.message ?? e).slice(0, 200) }, { severity: 'error' });
    return { items: [], failed: 'notIcs' };
  }
  const items = [];
  for (const cal of calendars.slice(0, 5)) {
    if (cal.name !== 'vcalendar') {
      ctx.report('notIcs', { error: `${cal.name} instead of VCALENDAR` }, { severity: 'error' });
      return { items: [], failed: 'notIcs' };
    }
    items.push(...mapCalendar(cal, ctx));
  }
  return { items };
}

function mapCalendar(cal, ctx) {
  const wr = cal.getFirstPropertyValue('x-wr-timezone');
  const floatingZone = isZone(wr) ? wr : isZone(ctx.source.timeZone) ? ctx.source.timeZone : ctx.zone;
  const vtimezones = new Map();
  for (const vtz of cal.getAllSubcomponents('vtimezone').slice(0, 50)) {
    try {
      const tz = new ICAL.Timezone(vtz);
      if (tz.tzid) vtimezones.set(tz.tzid, tz);
    } catch {
      // a broken VTIMEZONE: its times fall back to the table or the calendar's zone
    }
  }
  const warned = new Set();
  const time = timeReader({ floatingZone, vtimezones, ctx, warned });

  let vevents = cal.getAllSubcomponents('vevent');
  if (vevents.length > ctx.maxItems)
    ctx.report('tooMany', { count: vevents.length, max: ctx.maxItems }, { severity: 'warning' });
  vevents = vevents.slice(0, ctx.maxItems);
  // A series is its master and the overrides that share its UID.
  const groups = new Map();
  for (const v of vevents) {
    const uid = cleanLine(String(v.getFirstPropertyValue('uid') ?? '')).slice(0, 300);
    if (!uid) {
      ctx.report('noId', {}, { ref: cleanLine(String(v.getFirstPropertyValue('summary') ?? '')).slice(0, 80) });
      continue;
    }
    let g = groups.get(uid);
    if (!g) groups.set(uid, (g = { master: undefined, exceptions: [] }));
    if (v.hasProperty('recurrence-id')) g.exceptions.push(v);
    else if (!g.master) g.master = v;
  }
  const items = [];
  for (const [uid, g] of groups) {
    try {
      items.push(...mapSeries(uid, g, time, ctx));
    } catch (e) {
      ctx.report('invalidItem', { detail: String(e?.message ?? e).slice(0, 200) }, { ref: uid });
    }
  }
  return items;
}

/** ICAL.Time → { ms } for a timed value, { day } for a date, reading TZIDs as described above. */
function timeReader({ floatingZone, vtimezones, ctx, warned }) {
  const zoneFor = (tzid) => {
    if (isZone(tzid)) return tzid;
    // "/mozilla.org/20050126_1/Europe/Brussels" and similar prefixed names
    const tail = /([A-Za-z_]+\/[A-Za-z_+-]+(\/[A-Za-z_+-]+)?)$/.exec(tzid)?.[1];
    if (tail && isZone(tail)) return tail;
    return undefined;
  };
  return (t) => {
    if (!t) return undefined;
    if (t.isDate) return { day: `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}` };
    const wall = { year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute, second: t.second };
    if (t.zone?.tzid === 'UTC' || t.timezone === 'Z' || t.timezone === 'UTC')
      return { ms: Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) };
    const tzid = typeof t.timezone === 'string' ? t.timezone : undefined;
    if (tzid) {
      const iana = zoneFor(tzid);
      if (iana) return { ms: wallToInstant(wall, iana) };
      const vtz = vtimezones.get(tzid);
      if (vtz) {
        const local = ICAL.Time.fromData({ ...wall, isDate: false }, vtz);
        return { ms: local.toUnixTime() * 1000 };
      }
      if (WINDOWS_ZONES[tzid]) return { ms: wallToInstant(wall, WINDOWS_ZONES[tzid]) };
      if (!warned.has(tzid)) {
        warned.add(tzid);
        ctx.report('unknownZone', { zone: tzid.slice(0, 80), fallback: floatingZone }, { severity: 'warning' });
      }
    }
    return { ms: wallToInstant(wall, floatingZone) };
  };
}

/** A series' occurrences in the window, or its one event. */
function mapSeries(uid, g, time, ctx) {
  const master = g.master;
  if (master && /^(private|confidential)$/i.test(String(master.getFirstPropertyValue('class') ?? ''))) {
    ctx.report('privateEvent', {}, { ref: uid, severity: 'info' });
    return [];
  }
  // Overrides without their master (a series deleted except for some dates): each is an event of its own.
  if (!master)
    return g.exceptions.flatMap((x) => one(x, time(x.getFirstPropertyValue('recurrence-id')), uid, time, ctx, true));
  const recurring = master.hasProperty('rrule') || master.hasProperty('rdate');
  if (!recurring) return one(master, undefined, uid, time, ctx, false);

  const rule = master.getFirstPropertyValue('rrule');
  if (rule && /^(SECONDLY|MINUTELY|HOURLY)$/.test(rule.freq)) {
    ctx.report('recurrenceUnsupported', { freq: rule.freq.toLowerCase() }, { ref: uid });
    return [];
  }
  const event = new ICAL.Event(master, { exceptions: g.exceptions });
  const it = event.iterator();
  const out = [];
  let steps = 0;
  for (let next = it.next(); next; next = it.next()) {
    if (++steps > MAX_STEPS) break;
    const rid = time(next);
    const ridMs = rid.ms ?? Date.parse(`${rid.day}T00:00:00Z`);
    // Overrides may move a date by a few weeks; past that, the series has left the window.
    if (ridMs > ctx.window.to + 62 * 864e5) break;
    const details = event.getOccurrenceDetails(next);
    const component = details.item.component;
    const items = occurrence(component, details.startDate, details.endDate, uid, next, time, ctx, master);
    if (items === 'out') continue;
    if (out.length >= MAX_OCCURRENCES) {
      ctx.report('recurrenceTooLong', { max: MAX_OCCURRENCES }, { ref: uid, severity: 'warning' });
      break;
    }
    out.push(items);
  }
  return out;
}

function one(component, rid, uid, time, ctx, isOverride) {
  const start = component.getFirstPropertyValue('dtstart');
  if (!start) {
    ctx.report('noDate', {}, { ref: uid });
    return [];
  }
  const ev = new ICAL.Event(component);
  const item = occurrence(
    component,
    ev.startDate,
    ev.endDate,
    uid,
    isOverride ? component.getFirstPropertyValue('recurrence-id') : undefined,
    time,
    ctx,
  );
  return item === 'out' ? [] : [item];
}

/** The wall-clock key of an occurrence (its RECURRENCE-ID), for its stable id. */
const occurrenceKey = (t) =>
  t.isDate
    ? `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}`
    : `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}${pad(t.hour)}${pad(t.minute)}`;

/**
 * One feed event from a VEVENT (a master or an override) at one date; 'out' when outside the window. An
 * override that leaves out a property (Outlook's cancelled date often has only its status) takes the series'.
 */
function occurrence(own, startTime, endTime, uid, recurrenceId, time, ctx, master = own) {
  const component = {
    getFirstPropertyValue: (n) =>
      own.getFirstPropertyValue(n) ?? (own === master ? null : master.getFirstPropertyValue(n)),
    getFirstProperty: (n) => own.getFirstProperty(n) ?? (own === master ? null : master.getFirstProperty(n)),
    getAllProperties: (n) =>
      own.getAllProperties(n).length || own === master ? own.getAllProperties(n) : master.getAllProperties(n),
  };
  const zone = ctx.zone;
  const s = time(startTime);
  let e = endTime ? time(endTime) : undefined;
  if (!s) return 'out';
  /** @type {Record<string, string>} */
  let when;
  let startMs;
  let endMs;
  if (s.day) {
    // All day: DTEND is exclusive, the feed's end date inclusive.
    const last = e?.day && e.day > s.day ? addDaysKey(e.day, -1) : s.day;
    when = last > s.day ? { start: s.day, end: last } : { start: s.day };
    startMs = wallToInstant(dayParts(s.day), zone);
    endMs = wallToInstant(dayParts(addDaysKey(last, 1)), zone);
  } else {
    if (e?.day) e = { ms: wallToInstant(dayParts(e.day), zone) };
    startMs = s.ms;
    endMs = e?.ms !== undefined && e.ms > s.ms ? e.ms : s.ms;
    when = { start: isoInZone(s.ms, zone), ...(endMs > startMs ? { end: isoInZone(endMs, zone) } : {}) };
  }
  if (endMs < ctx.window.from || startMs > ctx.window.to) {
    ctx.outOfWindow++;
    return 'out';
  }
  const ref = recurrenceId ? `${uid} (${occurrenceKey(recurrenceId)})` : uid;
  // The status is the occurrence's own: a cancelled series has its STATUS on the master, read as its own.
  const status = String(
    own.getFirstPropertyValue('status') ?? (own === master ? '' : master.getFirstPropertyValue('status')) ?? '',
  ).toUpperCase();
  const cancelled = status === 'CANCELLED';
  let title = cleanLine(String(component.getFirstPropertyValue('summary') ?? '').slice(0, 4000));
  if (cancelled) title = title.replace(CANCELLED_PREFIX, '');
  title = clamp(title, LIMITS.title);
  if (!title) {
    ctx.report('noTitle', {}, { ref });
    return 'out';
  }
  const rawDescription =
    String(component.getFirstPropertyValue('description') ?? '') ||
    String(component.getFirstPropertyValue('x-alt-desc') ?? '');
  const categories = component
    .getAllProperties('categories')
    .slice(0, 20)
    .flatMap((p) => p.getValues())
    .filter((c) => typeof c === 'string')
    .slice(0, 50);
  const updated = component.getFirstPropertyValue('last-modified') ?? component.getFirstPropertyValue('dtstamp');
  const updatedMs = updated ? time(updated)?.ms : undefined;
  return compact({
    id: stableId(ctx.source.id, uid, recurrenceId ? occurrenceKey(recurrenceId) : undefined),
    title,
    description:
      clamp(cleanParagraphs(rawDescription.slice(0, LIMITS.description * 20)), LIMITS.description) || undefined,
    ...when,
    ...(cancelled ? { status: 'cancelled' } : {}),
    location: place(component),
    organizer: organizer(component, ctx, ref) ?? ctx.defaults.organizer,
    url: component.getFirstPropertyValue('url')
      ? link(ctx, String(component.getFirstPropertyValue('url')), 'url', ref)
      : undefined,
    updated: updatedMs !== undefined && Number.isFinite(updatedMs) ? isoInZone(updatedMs, zone) : undefined,
    ...assignTaxonomies(ctx.mapping, { categories }, ctx.defaults),
    _ref: ref,
  });
}

const dayParts = (key) => {
  const [year, month, day] = key.split('-').map(Number);
  return { year, month, day };
};

/**
 * LOCATION is one line: "HAL 5, Gineste Dumortierstraat 5, 3010 Leuven, België". A first part without digits
 * followed by parts with a house number or postcode is the place's name, the rest its address. Without an
 * address, GEO's coordinates serve as one (the widget's map link searches OpenStreetMap for it).
 */
function place(component) {
  const raw = cleanLine(String(component.getFirstPropertyValue('location') ?? '').slice(0, 2000));
  const parts = raw.split(/\s*,\s*/).filter(Boolean);
  const country = /^(belgi[eë]|belgium|belgique|belgien)$/i;
  // The address starts at the street before the postcode (4 or 5 digits), or at the postcode.
  const post = parts.findIndex((p) => /(^|\s)\d{4,5}(\s|$)/.test(p));
  let nameText;
  let address;
  if (post >= 0) {
    const from =
      post > 0 && /\d/.test(parts[post - 1]) && post - 1 > 0
        ? post - 1
        : post > 0 && /\d/.test(parts[post - 1])
          ? 0
          : post;
    nameText = parts.slice(0, from).join(', ');
    address = parts
      .slice(from)
      .filter((p) => !country.test(p))
      .join(', ');
  } else nameText = raw;
  const geo = component.getFirstPropertyValue('geo');
  if (!address && Array.isArray(geo) && geo.length === 2) {
    const [lat, lon] = geo.map(Number);
    if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && (lat || lon)) address = `${lat.toFixed(5)}, ${lon.toFixed(5)}`;
  }
  const loc = compact({
    name: nameText ? clamp(nameText, LIMITS.name) : undefined,
    address: address ? clamp(address, LIMITS.address) : undefined,
  });
  return Object.keys(loc).length ? loc : undefined;
}

function organizer(component, ctx, ref) {
  const prop = component.getFirstProperty('organizer');
  if (!prop) return undefined;
  const cn = name(String(prop.getParameter('cn') ?? ''));
  if (!cn) return undefined;
  const value = String(prop.getFirstValue() ?? '');
  // Google writes the calendar's own address (…@group.calendar.google.com) here: not a person to mail.
  const email =
    /^mailto:/i.test(value) && !/calendar\.google\.com$/i.test(value)
      ? link(ctx, value.replace(/^mailto:/i, 'mailto:'), 'organizer.email', ref, ['mailto'])
      : undefined;
  return compact({ name: cn, email });
}
