import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import type { FeedEvent } from '../../src/feed/schema.js';
import {
  calendarToIcs,
  escapeText,
  eventToIcs,
  foldLine,
  googleCalendarUrl,
  icsFileName,
  outlookUrl,
} from '../../src/feed/ics.js';

const now = new Date('2026-05-02T08:00:00Z');
const opts = { networkId: 'som-leuven', lang: 'nl', now };

const raad: FeedEvent = {
  id: 'open-som-raad-2026',
  title: { nl: 'Open SOM-raad', en: 'Open SOM council' },
  summary: 'Sofagesprekken over de SOM-werking, met receptie.',
  description:
    'Alle onderwijsmakers in Leuven zijn welkom: leerkrachten, directies, ouders én leerlingen 🎉 — ' +
    'we praten over welbevinden, gelijke kansen en de brede school; daarna café, crèche-verhalen en muziek.\n\n' +
    'Tweede alinea met een backslash \\ en een puntkomma; tot dan!',
  start: '2026-06-12T19:00:00+02:00',
  end: '2026-06-12T22:00:00+02:00',
  location: { name: 'HAL 5', address: 'Gineste Dumortierstraat 5, 3010 Leuven' },
  url: 'https://samenonderwijsmaken.example/kalender/open-som-raad-2026',
};

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;

function parse(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  // Resolve TZID=Europe/Brussels with the file's own VTIMEZONE, as a calendar client would.
  const vtz = cal.getFirstSubcomponent('vtimezone');
  if (vtz) ICAL.TimezoneService.register(vtz);
  return { cal, events: cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)) };
}

describe('ics', () => {
  afterEach(() => ICAL.TimezoneService.reset());

  it('writes CRLF line endings only, ending with CRLF', () => {
    const ics = eventToIcs(raad, opts);
    expect(ics.endsWith('END:VCALENDAR\r\n')).to.be.true;
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
  });

  it('describes the event in properties a calendar client reads', () => {
    const { cal, events } = parse(eventToIcs(raad, opts));
    const [e] = events;
    expect(cal.getFirstPropertyValue('version')).to.equal('2.0');
    expect(cal.getFirstPropertyValue('method')).to.equal('PUBLISH');
    expect(e!.uid).to.equal('open-som-raad-2026@som-leuven');
    expect(e!.summary).to.equal('Open SOM-raad');
    expect(e!.description).to.equal(`${raad.summary}\n\n${raad.description}`);
    expect(e!.location).to.equal('HAL 5, Gineste Dumortierstraat 5, 3010 Leuven');
    expect(e!.component.getFirstPropertyValue('url')).to.equal(raad.url);
    expect(String(e!.component.getFirstPropertyValue('dtstamp'))).to.equal('2026-05-02T08:00:00Z');
    expect(e!.component.getFirstSubcomponent('valarm')).to.equal(null);
  });

  it('uses the requested language and falls back to the first one present', () => {
    expect(parse(eventToIcs(raad, { ...opts, lang: 'en' })).events[0]!.summary).to.equal('Open SOM council');
    expect(parse(eventToIcs(raad, { ...opts, lang: 'de' })).events[0]!.summary).to.equal('Open SOM-raad');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const ics = eventToIcs(raad, opts);
    const lines = ics.split('\r\n');
    for (const line of lines) expect(octets(line), line).to.be.at.most(75);
    // A lone surrogate would mean an emoji was cut in two.
    for (const line of lines)
      expect(line).not.to.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    const description = lines.filter(
      (l, i) =>
        l.startsWith('DESCRIPTION:') ||
        (l.startsWith(' ') &&
          lines
            .slice(0, i)
            .reverse()
            .find((p) => !p.startsWith(' '))!
            .startsWith('DESCRIPTION:')),
    );
    expect(description.length).to.be.greaterThan(3);
    expect(description.slice(1).every((l) => l.startsWith(' '))).to.be.true;
    expect(description.map((l, i) => (i ? l.slice(1) : l)).join('')).to.equal(
      `DESCRIPTION:${escapeText(`${raad.summary}\n\n${raad.description}`)}`,
    );
  });

  it('counts octets, not characters, when folding', () => {
    const folded = foldLine(`X:${'é'.repeat(60)}`).split('\r\n');
    expect(octets(folded[0]!)).to.equal(74); // a 2-octet character would make 76
    expect(
      foldLine('X:' + '😀'.repeat(40))
        .split('\r\n')
        .every((l) => octets(l) <= 75 && !l.includes('\uFFFD')),
    ).to.be.true;
    expect(foldLine('short')).to.equal('short');
  });

  it('escapes backslash, semicolon, comma and newlines in text', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
    const tricky: FeedEvent = { id: 'x', title: 'Eén; twee, drie \\ vier\nvijf', start: '2026-06-12T10:00:00+02:00' };
    const ics = eventToIcs(tricky, opts);
    expect(ics).to.contain('SUMMARY:Eén\\; twee\\, drie \\\\ vier\\nvijf\r\n');
    expect(parse(ics).events[0]!.summary).to.equal(tricky.title);
  });

  it('writes timed events in Brussels wall-clock time with a VTIMEZONE (CET and CEST)', () => {
    const ics = eventToIcs(raad, opts);
    expect(ics).to.contain('DTSTART;TZID=Europe/Brussels:20260612T190000\r\n');
    expect(ics).to.contain('DTEND;TZID=Europe/Brussels:20260612T220000\r\n');
    const { cal, events } = parse(ics);
    const tz = cal.getFirstSubcomponent('vtimezone')!;
    expect(tz.getFirstPropertyValue('tzid')).to.equal('Europe/Brussels');
    expect(tz.getAllSubcomponents('standard')[0]!.getFirstPropertyValue('tzname')).to.equal('CET');
    expect(tz.getAllSubcomponents('daylight')[0]!.getFirstPropertyValue('tzname')).to.equal('CEST');
    expect(events[0]!.startDate.toJSDate().toISOString()).to.equal('2026-06-12T17:00:00.000Z');
    expect(events[0]!.endDate.toJSDate().toISOString()).to.equal('2026-06-12T20:00:00.000Z');
    const winter = parse(eventToIcs({ id: 'w', title: 'Winter', start: '2026-01-15T09:00:00Z' }, opts)).events[0]!;
    expect(winter.startDate.toJSDate().toISOString()).to.equal('2026-01-15T09:00:00.000Z');
    expect(winter.component.getFirstProperty('dtend')).to.equal(null); // no end: none invented
  });

  it('gives the same wall-clock time whatever offset the feed used or the visitor lives in', () => {
    const starts = [
      '2026-06-12T17:00:00Z',
      '2026-06-12T19:00:00+02:00',
      '2026-06-12T13:00:00-04:00',
      '2026-06-13T02:00:00+09:00',
    ];
    for (const start of starts) {
      expect(eventToIcs({ id: 'x', title: 'T', start }, opts)).to.contain(
        'DTSTART;TZID=Europe/Brussels:20260612T190000\r\n',
      );
    }
    // Just after the spring-forward change: 01:30 UTC is 03:30 CEST.
    expect(eventToIcs({ id: 'x', title: 'T', start: '2026-03-29T01:30:00Z' }, opts)).to.contain(':20260329T033000\r\n');
  });

  it('writes UTC times for a network in another time zone, and takes its days from that zone', () => {
    const opts2 = { ...opts, timeZone: 'America/New_York' };
    const ics = eventToIcs(raad, opts2);
    expect(ics).not.to.contain('VTIMEZONE');
    expect(ics).to.contain('DTSTART:20260612T170000Z\r\n');
    expect(ics).to.contain('DTEND:20260612T200000Z\r\n');
    expect(parse(ics).events[0]!.startDate.toJSDate().toISOString()).to.equal('2026-06-12T17:00:00.000Z');
    // Ending at midnight in New York (06:00 in Brussels): the last day is the 12th there.
    const late: FeedEvent = { id: 'laat', title: 'Laat', start: '2026-06-12T20:00:00-04:00', end: '2026-06-12' };
    expect(eventToIcs(late, opts2)).to.contain('DTEND:20260613T040000Z\r\n');
    const cal = calendarToIcs([raad], { ...opts2, name: 'Net' });
    expect(cal).to.contain('X-WR-TIMEZONE:America/New_York\r\n');
    expect(new URL(googleCalendarUrl(raad, 'nl', 'America/New_York')).searchParams.get('ctz')).to.equal(
      'America/New_York',
    );
  });

  it('writes all-day and multi-day events as dates with an exclusive end', () => {
    const one = parse(eventToIcs({ id: 'd', title: 'Studiedag', start: '2026-10-07' }, opts)).events[0]!;
    expect(one.startDate.isDate).to.be.true;
    expect(one.startDate.toString()).to.equal('2026-10-07');
    expect(one.endDate.toString()).to.equal('2026-10-08');
    const ics = eventToIcs({ id: 'm', title: 'Driedaagse', start: '2026-12-30', end: '2027-01-01' }, opts);
    expect(ics).to.contain('DTSTART;VALUE=DATE:20261230\r\n');
    expect(ics).to.contain('DTEND;VALUE=DATE:20270102\r\n');
  });

  it('marks a cancelled event and says why', () => {
    const cancelled: FeedEvent = { ...raad, status: 'cancelled', statusReason: { nl: 'Afgelast wegens storm' } };
    const e = parse(eventToIcs(cancelled, opts)).events[0]!;
    expect(e.component.getFirstPropertyValue('status')).to.equal('CANCELLED');
    expect(e.description.startsWith('Afgelast wegens storm\n\n')).to.be.true;
    expect(eventToIcs(raad, opts)).not.to.contain('STATUS:');
  });

  it('adds a reminder one day before when asked', () => {
    const alarm = parse(eventToIcs(raad, { ...opts, alarm: true })).events[0]!.component.getFirstSubcomponent(
      'valarm',
    )!;
    expect(alarm.getFirstPropertyValue('action')).to.equal('DISPLAY');
    expect(String(alarm.getFirstPropertyValue('trigger'))).to.equal('-P1D');
    expect(alarm.getFirstPropertyValue('description')).to.equal('Open SOM-raad');
  });

  it('uses the online URL as location when there is no place', () => {
    const online: FeedEvent = {
      id: 'o',
      title: 'Webinar',
      start: '2026-06-01T14:00:00+02:00',
      online: { url: 'https://meet.example/som' },
    };
    expect(parse(eventToIcs(online, opts)).events[0]!.location).to.equal('https://meet.example/som');
  });

  it('builds a subscription calendar', () => {
    const ics = calendarToIcs([raad, { id: 'd', title: 'Studiedag', start: '2026-10-07' }], {
      ...opts,
      name: 'SOM Leuven, secundair',
    });
    const { cal, events } = parse(ics);
    // X- properties are TEXT (RFC 5545 §3.8.8.2), so the comma is escaped; ical.js leaves unknown ones raw.
    expect(ics).to.contain('\r\nX-WR-CALNAME:SOM Leuven\\, secundair\r\n');
    expect(cal.getFirstPropertyValue('x-wr-timezone')).to.equal('Europe/Brussels');
    expect(ics).to.contain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n');
    expect(ics).to.contain('\r\nX-PUBLISHED-TTL:PT12H\r\n');
    expect(cal.getAllSubcomponents('vtimezone')).to.have.length(1);
    expect(events.map((e) => e.uid)).to.deep.equal(['open-som-raad-2026@som-leuven', 'd@som-leuven']);
  });

  it('builds Google Calendar and Outlook links', () => {
    const g = new URL(googleCalendarUrl(raad, 'nl'));
    expect(g.origin + g.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(g.searchParams.get('action')).to.equal('TEMPLATE');
    expect(g.searchParams.get('text')).to.equal('Open SOM-raad');
    expect(g.searchParams.get('dates')).to.equal('20260612T170000Z/20260612T200000Z');
    expect(g.searchParams.get('ctz')).to.equal('Europe/Brussels');
    expect(g.searchParams.get('location')).to.equal('HAL 5, Gineste Dumortierstraat 5, 3010 Leuven');
    expect(g.searchParams.get('details')).to.contain(raad.url);
    const allDay: FeedEvent = { id: 'm', title: 'Driedaagse', start: '2026-12-30', end: '2027-01-01' };
    expect(new URL(googleCalendarUrl(allDay, 'nl')).searchParams.get('dates')).to.equal('20261230/20270102');

    const o = new URL(outlookUrl(raad, 'en'));
    expect(o.origin + o.pathname).to.equal('https://outlook.live.com/calendar/0/action/compose');
    expect(o.searchParams.get('subject')).to.equal('Open SOM council');
    expect(o.searchParams.get('startdt')).to.equal('2026-06-12T17:00:00Z');
    expect(o.searchParams.get('enddt')).to.equal('2026-06-12T20:00:00Z');
    expect(o.searchParams.get('allday')).to.equal('false');
    const od = new URL(outlookUrl(allDay, 'nl'));
    expect([od.searchParams.get('startdt'), od.searchParams.get('enddt'), od.searchParams.get('allday')]).to.deep.equal(
      ['2026-12-30', '2027-01-02', 'true'],
    );
  });

  it('names the download after the event', () => {
    expect(icsFileName(raad)).to.equal('open-som-raad-2026.ics');
  });
});
