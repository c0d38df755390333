// @ts-check
/**
 * UiTdatabank (publiq) events in their JSON-LD model, as the Search API's /events answer them (with
 * embed=true) or as a list or single event, mapped onto feed events.
 *
 * calendarType:
 * - single: one event; multiple: one feed event per subEvent (each date is its own line in a calendar, with
 *   its own status and deep link; ids add the local date and time, so removing one date moves no other);
 * - periodic: one all-day event from startDate to endDate, the opening hours as a paragraph of the
 *   description (day-by-day entries would flood a month view with one exhibition);
 * - permanent: skipped and reported: a calendar has no date to put it on.
 */
import { assignTaxonomies, compact, link, LIMITS, name, stableId } from './common.js';
import { cleanLine, clamp, localised, pick } from './text.js';
import { dayInZone, isoInZone, partsInZone } from './time.js';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
const instant = (v) => (typeof v === 'string' && ISO.test(v) ? Date.parse(v) : NaN);

const STATUS = { Available: 'scheduled', Unavailable: 'cancelled', TemporarilyUnavailable: 'postponed' };
const UNPUBLISHED = new Set(['DELETED', 'REJECTED', 'DRAFT']);
/** UiTdatabank's address for "online only" (a placeholder place). */
const NIL_PLACE = /00000000-0000-0000-0000-000000000000/;
/** Sites whose http: links in sameAs are served over https as well. */
const HTTPS_HOSTS = /^http:\/\/(www\.)?(uitinvlaanderen\.be|cultuurkuur\.be|uitinleuven\.be|uitpas\.be)\//i;

const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * @param {unknown} json  the parsed answer
 * @param {any} ctx  source, now, window, zone, mapping, report(), maxItems
 * @returns {{ items: any[], failed?: string }}
 */
export function mapUitdatabank(json, ctx) {
  let list;
  if (Array.isArray(json)) list = json;
  else if (isObj(json) && Array.isArray(json.member)) list = json.member;
  else if (isObj(json) && typeof json['@id'] === 'string' && json.name) list = [json];
  else {
    ctx.report('notUitdatabank', {}, { severity: 'error' });
    return { items: [], failed: 'notUitdatabank' };
  }
  if (list.length > ctx.maxItems)
    ctx.report('tooMany', { count: list.length, max: ctx.maxItems }, { severity: 'warning' });
  list = list.slice(0, ctx.maxItems);
  // The Search API without embed=true answers ids only.
  if (list.length && list.every((m) => isObj(m) && m.name === undefined && typeof m['@id'] === 'string')) {
    ctx.report('notEmbedded', {}, { severity: 'error' });
    return { items: [], failed: 'notEmbedded' };
  }
  const items = [];
  for (const raw of list) {
    try {
      items.push(...mapEvent(raw, ctx));
    } catch (e) {
      // One odd item never stops the others.
      ctx.report(
        'invalidItem',
        { detail: String(e?.message ?? e).slice(0, 200) },
        { ref: isObj(raw) ? String(raw['@id'] ?? '') : '' },
      );
    }
  }
  return { items };
}

function mapEvent(e, ctx) {
  if (!isObj(e)) {
    ctx.report('invalidItem', { detail: 'not an object' }, {});
    return [];
  }
  const ref = typeof e['@id'] === 'string' ? e['@id'].slice(0, 300) : undefined;
  if (!ref) {
    ctx.report('noId', {}, { ref: cleanLine(pick(e.name, 'nl')).slice(0, 80) });
    return [];
  }
  if (typeof e.workflowStatus === 'string' && UNPUBLISHED.has(e.workflowStatus)) {
    ctx.report('unpublished', { status: e.workflowStatus }, { ref, severity: 'info' });
    return [];
  }
  const lang = typeof e.mainLanguage === 'string' ? e.mainLanguage : 'nl';
  const title = localised(e.name, { max: LIMITS.title, mainLanguage: lang });
  if (!title) {
    ctx.report('noTitle', {}, { ref });
    return [];
  }
  const type = ['single', 'multiple', 'periodic', 'permanent'].includes(e.calendarType)
    ? e.calendarType
    : Array.isArray(e.subEvent) && e.subEvent.length > 1
      ? 'multiple'
      : e.startDate
        ? 'single'
        : 'permanent';
  if (type === 'permanent') {
    ctx.report('permanent', {}, { ref, severity: 'info' });
    return [];
  }
  const langs = typeof title === 'string' ? [lang] : Object.keys(title);
  let description = localised(e.description, { max: LIMITS.description, paragraphs: true, mainLanguage: lang });
  if (type === 'periodic') description = withOpeningHours(description, e.openingHours, langs);

  const online = e.attendanceMode === 'online' || e.attendanceMode === 'mixed' || e.isOnline === true;
  const onlineOnly = e.attendanceMode === 'online' || (e.isOnline === true && !e.location);
  const base = compact({
    title,
    description,
    location: onlineOnly ? undefined : place(e.location, lang),
    online: online && e.onlineUrl ? compact({ url: link(ctx, e.onlineUrl, 'onlineUrl', ref) }) : undefined,
    organizer: organizer(e.organizer, lang, ctx, ref) ?? ctx.defaults.organizer,
    image: image(e, ctx, ref),
    url: eventUrl(e, ctx, ref),
    cost: cost(e.priceInfo, langs),
    registration: booking(e.bookingInfo, lang, ctx, ref),
    updated: Number.isFinite(instant(e.modified)) ? isoInZone(instant(e.modified), ctx.zone) : undefined,
    ...assignTaxonomies(ctx.mapping, taxonomyKeys(e), ctx.defaults),
  });

  // The dates: one occurrence for single and periodic, one per subEvent for multiple.
  const subs = Array.isArray(e.subEvent) ? e.subEvent.slice(0, 500).filter(isObj) : [];
  /** @type {{ start: number, end: number, status?: any, booking?: any, allDay?: boolean }[]} */
  let dates;
  if (type === 'periodic') dates = [{ start: instant(e.startDate), end: instant(e.endDate), allDay: true }];
  else if (subs.length)
    dates = subs.map((s) => ({
      start: instant(s.startDate),
      end: instant(s.endDate),
      status: s.status,
      booking: s.bookingAvailability,
    }));
  else dates = [{ start: instant(e.startDate), end: instant(e.endDate) }];
  dates = dates.filter((d) => Number.isFinite(d.start));
  if (!dates.length) {
    ctx.report('noDate', {}, { ref });
    return [];
  }
  const out = [];
  for (const d of dates) {
    const end = Number.isFinite(d.end) ? d.end : undefined;
    if ((end ?? d.start) < ctx.window.from || d.start > ctx.window.to) {
      ctx.outOfWindow++;
      continue;
    }
    const when = whenOf(d.start, end, d.allDay, ctx, ref);
    const status = statusOf(d.status, e.status, d.booking ?? e.bookingAvailability, lang);
    const occurrence = type === 'multiple' ? when.key : undefined;
    out.push(
      compact({ id: stableId(ctx.source.id, ref, occurrence), title, ...when.fields, ...status, ...base, _ref: ref }),
    );
  }
  return out;
}

/** Feed start/end in the network's zone; UiTdatabank writes a whole day as 00:00–23:59 local time. */
function whenOf(start, end, allDay, ctx, ref) {
  const zone = ctx.zone;
  const s = partsInZone(start, zone);
  const e = end !== undefined ? partsInZone(end, zone) : undefined;
  if (end !== undefined && end < start) {
    ctx.report('endBeforeStart', {}, { ref, severity: 'warning' });
    end = undefined;
  }
  const wholeDays = allDay || (s.hour === 0 && s.minute === 0 && e && e.hour === 23 && e.minute === 59);
  if (wholeDays) {
    const first = dayInZone(start, zone);
    const last = end !== undefined ? dayInZone(end, zone) : first;
    return { key: first.replaceAll('-', ''), fields: { start: first, ...(last > first ? { end: last } : {}) } };
  }
  const key = `${dayInZone(start, zone).replaceAll('-', '')}${String(s.hour).padStart(2, '0')}${String(s.minute).padStart(2, '0')}`;
  return {
    key,
    fields: {
      start: isoInZone(start, zone),
      ...(end !== undefined && end > start ? { end: isoInZone(end, zone) } : {}),
    },
  };
}

/** Unavailable → cancelled, TemporarilyUnavailable → postponed, with the reason; fully booked → full. */
function statusOf(own, parent, booking, lang) {
  const st = isObj(own) && STATUS[own.type] ? own : isObj(parent) && STATUS[parent.type] ? parent : undefined;
  let status = st ? STATUS[st.type] : 'scheduled';
  const reason =
    st && status !== 'scheduled' ? localised(st.reason, { max: LIMITS.reason, mainLanguage: lang }) : undefined;
  if (status === 'scheduled' && isObj(booking) && booking.type === 'Unavailable') status = 'full';
  return status === 'scheduled' ? {} : compact({ status, statusReason: reason });
}

function address(a, lang) {
  const one =
    isObj(a) && (a.streetAddress || a.addressLocality)
      ? a
      : isObj(a)
        ? (a[lang] ?? Object.values(a).find(isObj))
        : undefined;
  if (!isObj(one)) return undefined;
  const str = (v) => (typeof v === 'string' ? cleanLine(v.slice(0, 400)) : '');
  const town = [str(one.postalCode), str(one.addressLocality)].filter(Boolean).join(' ');
  const country = str(one.addressCountry);
  return (
    clamp(
      [str(one.streetAddress), town, country && country !== 'BE' ? country : ''].filter(Boolean).join(', '),
      LIMITS.address,
    ) || undefined
  );
}

function place(loc, lang) {
  if (!isObj(loc) || (typeof loc['@id'] === 'string' && NIL_PLACE.test(loc['@id']))) return undefined;
  const loc2 = compact({
    name: localised(loc.name, { max: LIMITS.name, mainLanguage: lang }),
    address: address(loc.address, lang),
  });
  return Object.keys(loc2).length ? loc2 : undefined;
}

function organizer(org, lang, ctx, ref) {
  if (!isObj(org)) return undefined;
  const n = name(pick(org.name, lang));
  if (!n) return undefined;
  const emails = [org.email, org.contactPoint?.email].flat().filter((x) => typeof x === 'string');
  // Stricter than the URL rule: an address a person could type, nothing that only looks like one.
  const address = emails.map((x) => x.trim()).find((x) => /^[^\s@"'<>()[\],;:\\]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(x));
  if (emails.length && !address) ctx.report('linkRefused', { field: 'organizer.email' }, { ref, severity: 'warning' });
  const email = address ? link(ctx, `mailto:${address}`, 'organizer.email', ref, ['mailto']) : undefined;
  return compact({ name: n, url: org.url ? link(ctx, org.url, 'organizer.url', ref) : undefined, email });
}

/** The main image (`image`) with its mediaObject: description as alt, else the copyright holder as credit. */
function image(e, ctx, ref) {
  const media = Array.isArray(e.mediaObject) ? e.mediaObject.slice(0, 50).filter(isObj) : [];
  const images = media.filter((m) => !m['@type'] || /image/i.test(String(m['@type'])));
  const main = (typeof e.image === 'string' && images.find((m) => m.contentUrl === e.image)) || images[0];
  const src = main?.contentUrl ?? (typeof e.image === 'string' ? e.image : undefined);
  if (!src) return undefined;
  const url = link(ctx, src, 'image', ref);
  if (!url) return undefined;
  const alt = cleanLine(typeof main?.description === 'string' ? main.description.slice(0, 2000) : '');
  const credit = cleanLine(typeof main?.copyrightHolder === 'string' ? main.copyrightHolder.slice(0, 400) : '');
  return { src: url, alt: clamp(alt || (credit ? `© ${credit}` : ''), 300) };
}

function eventUrl(e, ctx, ref) {
  const candidates = [e.url, ...(Array.isArray(e.sameAs) ? e.sameAs.slice(0, 10) : [])].filter(
    (u) => typeof u === 'string',
  );
  for (const u of candidates) {
    const url = link(
      { report() {} },
      u.replace(HTTPS_HOSTS, (m) => m.replace(/^http:/i, 'https:')),
      'url',
      ref,
    );
    if (url) return url;
  }
  if (candidates.length) ctx.report('linkRefused', { field: 'url' }, { ref, severity: 'warning' });
  return undefined;
}

function booking(info, lang, ctx, ref) {
  if (!isObj(info) || !info.url) return undefined;
  const url = link(ctx, info.url, 'bookingInfo.url', ref);
  if (!url) return undefined;
  return compact({ type: 'external', url, label: localised(info.urlLabel, { max: LIMITS.label, mainLanguage: lang }) });
}

const FREE = { nl: 'Gratis', fr: 'Gratuit', de: 'Kostenlos', en: 'Free' };
const LOCALE = { nl: 'nl-BE', fr: 'fr-BE', de: 'de-BE', en: 'en-GB' };

/** priceInfo as text: "Gratis", or "Basistarief € 8; Leerlingen € 5". */
function cost(prices, langs) {
  if (!Array.isArray(prices) || !prices.length) return undefined;
  const rows = prices
    .slice(0, 10)
    .filter((p) => isObj(p) && typeof p.price === 'number' && Number.isFinite(p.price) && p.price >= 0);
  if (!rows.length) return undefined;
  const text = {};
  for (const l of langs.filter((x) => FREE[x])) {
    if (rows.every((p) => p.price === 0)) text[l] = FREE[l];
    else {
      const money = (p) =>
        new Intl.NumberFormat(LOCALE[l], {
          style: 'currency',
          currency: /^[A-Z]{3}$/.test(p.priceCurrency) ? p.priceCurrency : 'EUR',
        }).format(p.price);
      text[l] = clamp(
        rows
          .map((p) =>
            `${cleanLine(pick(p.name, l)).slice(0, 60) || ''} ${p.price === 0 ? FREE[l].toLowerCase() : money(p)}`.trim(),
          )
          .join('; '),
        LIMITS.cost,
      );
    }
  }
  return Object.keys(text).length ? text : undefined;
}

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const DAY_NAMES = {
  nl: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
  fr: ['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'],
  de: ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};
const HOURS = { nl: 'Openingsuren', fr: "Heures d'ouverture", de: 'Öffnungszeiten', en: 'Opening hours' };

/** A periodic event's opening hours, as the last paragraph of its description in each of its languages. */
function withOpeningHours(description, hours, langs) {
  if (!Array.isArray(hours) || !hours.length) return description;
  const time = /^([01]?\d|2[0-3]):[0-5]\d$/;
  const rows = hours
    .slice(0, 14)
    .filter((h) => isObj(h) && time.test(h.opens) && time.test(h.closes) && Array.isArray(h.dayOfWeek));
  if (!rows.length) return description;
  const text = typeof description === 'string' ? { [langs[0] ?? 'nl']: description } : { ...(description ?? {}) };
  const targets = [...new Set([...Object.keys(text), ...langs])].filter((l) => DAY_NAMES[l]);
  for (const l of targets.length ? targets : ['nl']) {
    const line = rows
      .map(
        (h) =>
          `${h.dayOfWeek
            .map((d) => DAY_NAMES[l][DAYS.indexOf(d)])
            .filter(Boolean)
            .join(', ')} ${h.opens}–${h.closes}`,
      )
      .join('; ');
    text[l] = [text[l], `${HOURS[l]}: ${line}`].filter(Boolean).join('\n\n');
  }
  return text;
}

/** What the network's mapping looks at: term ids and labels, labels, audience type, age range. */
function taxonomyKeys(e) {
  const terms = Array.isArray(e.terms) ? e.terms.slice(0, 50).filter(isObj) : [];
  const labels = [
    ...(Array.isArray(e.labels) ? e.labels : []),
    ...(Array.isArray(e.hiddenLabels) ? e.hiddenLabels : []),
  ]
    .slice(0, 100)
    .filter((l) => typeof l === 'string');
  const keys = {
    terms: terms.flatMap((t) => [t.id, t.label].filter((x) => typeof x === 'string')),
    labels,
    audienceType:
      isObj(e.audience) && typeof e.audience.audienceType === 'string' ? e.audience.audienceType : undefined,
  };
  // "6-12", "12-" (12 and older), "-12", "-" (all ages: no level follows from it).
  const m = typeof e.typicalAgeRange === 'string' ? /^(\d{1,3})?-(\d{1,3})?$/.exec(e.typicalAgeRange.trim()) : null;
  if (m && (m[1] || m[2])) keys.ages = { from: m[1] ? +m[1] : 0, to: m[2] ? +m[2] : 200 };
  return keys;
}
