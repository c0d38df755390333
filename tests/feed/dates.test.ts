import { expect } from '@open-wc/testing';
import {
  formatWhen,
  dayKey,
  lastDayKey,
  toDate,
  zonedTimeToDate,
  endInstant,
  zonedParts,
  dayText,
  dateTimeText,
  dayKeyToDate,
  localeFor,
  wallClock,
  wordDays,
  useZoneRule,
} from '../../src/feed/dates.js';
import { DATE_WORDS } from '../feed/date-words.js';

const words = { to: 'tot', allDay: 'hele dag' };
const nl = wordDays(DATE_WORDS.nl);
describe('dates in the network time zone', () => {
  it('formats a timed event in Brussels whatever the visitor zone', () => {
    // 13:00Z in September is 15:00 in Brussels (CEST).
    const w = formatWhen({ start: '2026-09-22T13:00:00Z', end: '2026-09-22T16:30:00Z' }, nl, 'Europe/Brussels', words);
    expect(w.label).to.equal('dinsdag 22 september 2026, 15:00 tot 18:30');
    expect(w.text).to.contain('15:00–18:30');
  });
  it('says "all day" for a date alone and spans multi-day events', () => {
    expect(formatWhen({ start: '2027-02-15' }, nl, 'Europe/Brussels', words).label).to.equal(
      'maandag 15 februari 2027, hele dag',
    );
    const multi = formatWhen({ start: '2027-02-15', end: '2027-02-17' }, nl, 'Europe/Brussels', words);
    expect(multi.label).to.equal('maandag 15 februari 2027 tot woensdag 17 februari 2027');
  });
  it('keys days in the zone, not in UTC', () => {
    expect(dayKey('2026-12-31T23:30:00Z', 'Europe/Brussels')).to.equal('2027-01-01');
    expect(dayKey('2026-12-31', 'Europe/Brussels')).to.equal('2026-12-31');
  });
  it('treats an end at midnight as the day before', () => {
    expect(lastDayKey({ start: '2026-10-10T20:00:00+02:00', end: '2026-10-11T00:00:00+02:00' })).to.equal('2026-10-10');
  });
  it('finds wall-clock instants across daylight saving', () => {
    expect(zonedTimeToDate(2027, 3, 28, 12, 0, 'Europe/Brussels').toISOString()).to.equal('2027-03-28T10:00:00.000Z');
    expect(zonedTimeToDate(2027, 1, 10, 12, 0, 'Europe/Brussels').toISOString()).to.equal('2027-01-10T11:00:00.000Z');
    expect(toDate('2027-07-01').toISOString()).to.equal('2027-06-30T22:00:00.000Z');
  });
  it('ends an all-day event at the end of its last day', () => {
    expect(new Date(endInstant({ start: '2027-02-15', end: '2027-02-17' })).toISOString()).to.equal(
      '2027-02-17T23:00:00.000Z',
    );
  });
  it('reads wall-clock time as Intl does, across every offset change of 2026–2028, in zones with odd offsets', function () {
    this.timeout(20_000);
    // zonedParts asks Intl once per UTC day and zone; the reference asks at every instant.
    const formats = new Map<string, Intl.DateTimeFormat>();
    const reference = (t: number, timeZone: string) => {
      let fmt = formats.get(timeZone);
      if (!fmt) {
        const options = {
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
        } as const;
        fmt = new Intl.DateTimeFormat('en-GB', { ...options, second: '2-digit', hourCycle: 'h23', timeZone });
        formats.set(timeZone, fmt);
      }
      const p = Object.fromEntries(fmt.formatToParts(t).map((x) => [x.type, x.value]));
      return `${p.year}-${p.month}-${p.day}T${String(+p.hour! % 24).padStart(2, '0')}:${p.minute}:${p.second}`;
    };
    const ours = (t: number, timeZone: string) => {
      const p = zonedParts(new Date(t), timeZone);
      const two = (n: number) => String(n).padStart(2, '0');
      return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}:${two(p.second)}`;
    };
    const same = (t: number, zone: string) => {
      const wall = reference(t, zone);
      expect(ours(t, zone), `${zone} ${new Date(t).toISOString()}`).to.equal(wall);
      expect(zonedParts(new Date(t), zone).weekday).to.equal((new Date(`${wall}Z`).getUTCDay() + 6) % 7);
      return Date.parse(`${wall}Z`) - Math.floor(t / 1000) * 1000; // the offset
    };
    const from = Date.UTC(2026, 0, 1);
    const to = Date.UTC(2029, 0, 1);
    // Brussels, New York, Lord Howe (half an hour of DST, changing at a half hour UTC), Chatham (+12:45),
    // Kathmandu (+5:45, no DST), Casablanca (DST suspended for Ramadan: two changes a month apart),
    // Santiago (changes at midnight local time).
    const zones = [
      'Europe/Brussels',
      'America/New_York',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'Asia/Kathmandu',
      'Africa/Casablanca',
      'America/Santiago',
    ];
    let changes = 0;
    let brussels = 0;
    for (const zone of zones) {
      // Every 6 hours and 7 minutes, and around each offset change found between two of them, to the second.
      let [before, offset] = [from, same(from, zone)];
      for (let t = from; t < to; t += 6 * 3_600_000 + 7 * 60_000) {
        const now = same(t, zone);
        if (now !== offset) {
          changes++;
          if (zone === 'Europe/Brussels') brussels++;
          let [lo, hi] = [before, t];
          while (hi - lo > 1000) {
            const mid = Math.floor((lo + hi) / 2000) * 1000;
            if (Date.parse(`${reference(mid, zone)}Z`) - mid === offset) lo = mid;
            else hi = mid;
          }
          for (const x of [lo - 1, lo, hi - 1, hi, hi + 1, hi + 59_999, hi - 3_600_000, hi + 3_600_000]) same(x, zone);
        }
        [before, offset] = [t, now];
      }
    }
    // Six zones change twice a year (2026–2028: 36 in Node's time-zone data; a browser's own data may differ a
    // little), Brussels exactly so.
    expect(changes).to.be.at.least(30);
    expect(brussels).to.equal(6);
  });
});

describe('dates without Intl.DateTimeFormat', () => {
  before(useZoneRule);
  const LANGS = ['nl', 'fr', 'de', 'en'] as const;
  const intl = (lang: string, o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(localeFor(lang), o);

  it('writes every day of two years as Intl writes it, in the four languages', () => {
    const patterns = {
      short: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
      long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
      dayMonth: { weekday: 'long', day: 'numeric', month: 'long' },
      date: { dateStyle: 'long' },
      month: { month: 'long', year: 'numeric' },
    } as const;
    let n = 0;
    for (const lang of LANGS)
      for (const [pattern, options] of Object.entries(patterns)) {
        const fmt = intl(lang, { ...options, timeZone: 'UTC' });
        for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
          const key = new Date(t).toISOString().slice(0, 10);
          expect(dayText(DATE_WORDS[lang], pattern as keyof typeof patterns, key), `${lang} ${pattern}`).to.equal(
            fmt.format(dayKeyToDate(key)),
          );
          n++;
        }
      }
    expect(n).to.equal(4 * 5 * 730);
  });

  it('writes a moment with its time in the network zone as Intl does, and the weekdays a month grid heads', () => {
    for (const lang of LANGS) {
      const fmt = intl(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Brussels' });
      // Late in the evening (the next day in Brussels) and across both changes of 2027.
      for (const v of [
        '2027-03-28T00:59:00Z',
        '2027-03-28T01:00:00Z',
        '2027-10-30T22:30:00Z',
        '2027-10-31T00:59:00Z',
        '2027-10-31T01:00:00Z',
        '2026-12-31T23:05:00Z',
      ])
        expect(dateTimeText(DATE_WORDS[lang], v, 'Europe/Brussels'), `${lang} ${v}`).to.equal(fmt.format(new Date(v)));
      const monday = Date.UTC(2027, 1, 1, 12);
      for (const [key, weekday] of [
        ['w', 'short'],
        ['W', 'long'],
      ] as const)
        expect(DATE_WORDS[lang][key].split(' '), lang).to.deep.equal(
          [0, 1, 2, 3, 4, 5, 6].map((i) => intl(lang, { weekday, timeZone: 'UTC' }).format(monday + i * 86_400_000)),
        );
    }
  });

  it("keeps the EU's clock rule in the zones it knows without Intl, as Intl has it from 1996 to 2050", () => {
    const ZONES = ['Europe/Brussels', 'Europe/Amsterdam', 'Europe/Luxembourg', 'Europe/Paris', 'Europe/Berlin'];
    const offsets = new Map(
      ZONES.map((zone) => [
        zone,
        new Intl.DateTimeFormat('en-GB', {
          timeZone: zone,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
          second: 'numeric',
        }),
      ]),
    );
    const intlOffset = (t: number, zone: string) => {
      const p = Object.fromEntries(
        offsets
          .get(zone)!
          .formatToParts(t)
          .map((x) => [x.type, +x.value]),
      );
      return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - t;
    };
    let checked = 0;
    for (let y = 1996; y <= 2050; y++)
      for (const month of [2, 9]) {
        // The last Sunday of March and of October at 01:00 UTC, and around it.
        const last = Date.UTC(y, month + 1, 0, 1);
        const change = last - new Date(last).getUTCDay() * 86_400_000;
        for (const t of [
          change - 3_600_000,
          change - 1000,
          change,
          change + 1000,
          change + 3_600_000,
          change - 40 * 86_400_000,
        ])
          for (const zone of ZONES) {
            expect(wallClock(new Date(t), zone).getTime() - t, `${zone} ${new Date(t).toISOString()}`).to.equal(
              intlOffset(t, zone),
            );
            checked++;
          }
      }
    expect(checked).to.equal(55 * 2 * 6 * 5);
  });

  it('asks nothing of Intl for the network zone and the four languages', () => {
    const real = Intl.DateTimeFormat;
    let made = 0;
    Intl.DateTimeFormat = function (...a: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      made++;
      return new real(...a);
    } as typeof Intl.DateTimeFormat;
    try {
      // A day no other test of this file has asked for (the offsets of other zones are kept per day).
      for (const lang of LANGS) {
        formatWhen(
          { start: '2031-06-17T16:00:00Z', end: '2031-06-18T09:00:00Z' },
          wordDays(DATE_WORDS[lang]),
          'Europe/Brussels',
          words,
        );
        dateTimeText(DATE_WORDS[lang], '2031-11-02T10:00:00Z', 'Europe/Brussels');
      }
      expect(made).to.equal(0);
      // Another zone (one no other test asks for) still asks Intl, once.
      dayKey('2031-06-17T16:00:00Z', 'Asia/Tokyo');
      dayKey('2031-06-19T16:00:00Z', 'Asia/Tokyo');
      expect(made).to.equal(1);
    } finally {
      Intl.DateTimeFormat = real;
    }
  });
});
